"""The Python API: build a knowledge graph from files, open one, query it.

>>> kg = build(["examples/"], db="out/db")                                   # doctest: +SKIP
>>> kg.query("MATCH (d:Document)-[:DESCRIBES]->(i:Instrument) RETURN count(DISTINCT i) AS n")  # doctest: +SKIP
[{'n': 3}]
>>> kg.instrument("Đề án 06")["node"]["display_name"]                       # doctest: +SKIP

`build` reads files and folders (recursively), extracts each document (or takes it from the
cache), resolves across documents, builds the networkx graph and writes the database folder.
"""
from __future__ import annotations

import contextlib
import errno
import functools
import os
import shutil
import sqlite3
import tempfile
import time
import weakref
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional, Sequence

import networkx as nx
import zstandard

from luocdo import heap
from luocdo.budget import TimeLimitExceeded, time_budget, time_limit
from luocdo.cache import ExtractionCache, content_sha256
from luocdo.graph import search_index, store, workers
from luocdo.graph.build import graph_of
from luocdo.model import Extraction
from luocdo.resolve import NOT_RESOLVED, Conflict, for_resolution, resolve


class BuildError(Exception):
    """Nothing to build from; the message lists why each document was skipped."""


@dataclass(frozen=True)
class Skipped:
    path: str
    reason: str


@dataclass
class BuildReport:
    """What a build did, for the command's summary and for tests."""

    documents: list[str] = field(default_factory=list)  # paths of the Document nodes
    read: int = 0  # files read (byte-identical copies are one Document node)
    skipped: list[Skipped] = field(default_factory=list)
    # Documents read anyway: what their extraction noticed (a date that is no date, a guessed
    # encoding, a cut news tail) and the build's own (a corrupt cache entry extracted again).
    warnings: list[str] = field(default_factory=list)
    extracted: int = 0  # documents extracted now
    cached: int = 0  # documents taken from the cache
    retried: int = 0  # documents read after their worker had died on them
    tasks_with_deadline: int = 0
    conflicts: int = 0  # conflicting facts (`luocdo check` lists them)
    ambiguities: int = 0  # citations that fit several instruments
    rows_written: int = 0
    indexed: int = 0  # documents whose text the search index took in now (new or changed ones)
    seconds: float = 0.0
    nodes: dict[str, int] = field(default_factory=dict)  # by label
    edges: dict[str, int] = field(default_factory=dict)  # by type
    # Seconds per stage: hash, cache, load, extract, evidence (summed over workers, so CPU
    # seconds of one core each), resolve, graph, search (the full-text index), json, tables, store
    # (in this process).
    timings: dict[str, float] = field(default_factory=dict)


NOT_FOUND = "no such file or folder"


def input_files(paths: Iterable) -> tuple[list[Path], list[Skipped]]:
    """Files under `paths` in a stable order, and what was passed over with the reason: a path
    that does not exist (NOT_FOUND), and in folders a broken link, a link loop or a link to a
    folder (not followed, so that a walk always ends). In folders, hidden files and folders are
    left out, and so are files whose ending is not a document's (`.json`, `.png` ...); a file
    named explicitly is always read."""
    files, skipped = [], []
    for path in map(Path, paths):
        if path.is_dir():
            found, passed_over = _walk(path)
            files += found
            skipped += passed_over
        elif path.is_file():
            files.append(path)
        else:
            skipped.append(Skipped(str(path), NOT_FOUND))
    return sorted(dict.fromkeys(files)), skipped


def _walk(folder: Path) -> tuple[list[Path], list[Skipped]]:
    from luocdo.loaders.errors import OFFICE_BINARY
    from luocdo.loaders.formats import EXTENSIONS

    files, skipped = [], []
    for path in sorted(folder.rglob("*")):
        if any(part.startswith(".") for part in path.relative_to(folder).parts):
            continue
        if path.is_symlink() and not path.is_file():
            skipped.append(Skipped(str(path), _link_problem(path)))
        elif path.is_file() and path.suffix.lower() == ".doc":
            skipped.append(Skipped(str(path), OFFICE_BINARY))  # an archive's old letters: said, not passed over
        elif path.is_file() and (path.suffix.lower() in EXTENSIONS or not path.suffix):
            files.append(path)
    return files, skipped


def _link_problem(link: Path) -> str:
    try:
        link.stat()
    except OSError as exc:
        return "is a link loop" if exc.errno == errno.ELOOP else "is a broken link"
    return "is a link to a folder; not followed"


# Fewer uncached files than this are extracted in this process whatever `jobs` says: starting
# worker processes costs more than a handful of documents take to extract.
POOL_MIN_FILES = 4


def default_jobs() -> int:
    """One worker per core: extraction is pure-Python CPU work, so more would only contend."""
    return os.cpu_count() or 1


def _failed(path: Path, exc: BaseException) -> Skipped:
    return Skipped(str(path), f"extraction failed: {type(exc).__name__}: {exc}")


@dataclass
class Extracted:
    """What extracting one file gives: the graph-ready extraction (or why there is none), its
    cache entry already encoded (the worker has the spare core, the parent has not), and the
    seconds each stage took."""

    outcome: Extraction | Skipped
    entry: Optional[bytes] = None
    seconds: dict[str, float] = field(default_factory=dict)


def extract_file(path: Path, keep: Optional[Callable[[Extraction], Extraction]] = None,
                 texts: Optional[Path] = None) -> Extracted:
    """Load and extract one file, ready for the graph (evidence in, text out), or why it could
    not be, within the time budget (`time_limit()`). Runs in a worker process too, so it only
    computes: the parent writes the cache. `keep` cuts the extraction down to what the caller
    reads once the cache entry is encoded, so that only that crosses to the parent; `texts`, a
    folder, receives the loaded text for the search index (stage_text). Never raises, so that
    one document's bug cannot lose the corpus, and the Skipped names the file."""
    from luocdo.cache import encode
    from luocdo.evidence import for_graph
    from luocdo.extract import extract
    from luocdo.loaders import LoadError, load

    clock = _Clock()
    try:
        with time_budget(time_limit()):
            doc = clock.run("load", load, path)
            if texts is not None:
                clock.run("load", stage_text, texts, doc.sha256, doc.text)
            ex = clock.run("extract", extract, doc)
            ready = clock.run("evidence", for_graph, ex)
            entry = clock.run("encode", encode, ready)
            return Extracted(keep(ready) if keep else ready, entry, clock.seconds)
    except LoadError as exc:
        return Extracted(Skipped(str(path), exc.problem), seconds=clock.seconds)
    except TimeLimitExceeded as exc:
        return Extracted(Skipped(str(path), exc.reason), seconds=clock.seconds)
    except Exception as exc:  # noqa: BLE001 - see the docstring
        return Extracted(_failed(path, exc), seconds=clock.seconds)


class _Clock:
    """Seconds spent per stage, added up over documents (and over workers: CPU seconds)."""

    def __init__(self):
        self.seconds: dict[str, float] = {}

    def run(self, stage: str, function, *args):
        started = time.perf_counter()
        try:
            return function(*args)
        finally:
            self.add(stage, time.perf_counter() - started)

    def add(self, stage: str, seconds: float) -> None:
        self.seconds[stage] = self.seconds.get(stage, 0.0) + seconds

    def merge(self, seconds: dict[str, float]) -> None:
        for stage, value in seconds.items():
            self.add(stage, value)


def _size(path: Path) -> int:
    """For ordering only: a file that vanished sorts last and is reported by its worker."""
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _extract_in_pool(todo: list[tuple[int, Path]], jobs: int, deaths: Counter,
                     work: Callable[[Path], Extracted]) -> Iterator[tuple[int, Extracted]]:
    """(index, extract_file's answer) in completion order, from worker processes that each hold
    one file at a time (graph.workers): a worker that dies is replaced and its file tried again.
    The biggest files go first so that one of them is not left running alone at the end."""
    import luocdo.extract  # noqa: F401 - imported before the fork, so that workers inherit it
    import luocdo.loaders  # noqa: F401

    paths = dict(todo)
    todo = sorted(todo, key=lambda item: _size(item[1]), reverse=True)
    for index, answer in workers.map_unordered(work, todo, jobs, deaths):
        yield index, Extracted(Skipped(str(paths[index]), answer.reason)) if isinstance(answer, workers.Lost) else answer


def _outcomes(files: Sequence[Path], cache: ExtractionCache, jobs: int, clock: _Clock, skip: Optional[dict],
              deaths: Counter, work: Callable[[Path], Extracted]) -> Iterator[tuple[int, Extraction | Skipped]]:
    """(index in `files`, extraction or skip) as each document is done: cached ones first
    (without the fields in `skip`), then the others by `work` (extract_file as the caller set
    it up), in a pool when there are enough of them. Cache writes happen here, in the parent."""
    todo, shas = [], {}
    for index, path in enumerate(files):
        try:
            shas[index] = clock.run("hash", content_sha256, path)
        except OSError as exc:
            yield index, Skipped(str(path), f"cannot be read ({exc.strerror or exc})")
            continue
        cached = clock.run("cache", cache.get, shas[index], str(path), skip)
        if cached is None:
            todo.append((index, path))
        else:
            yield index, cached
    if jobs > 1 and len(todo) >= POOL_MIN_FILES:
        extracted = _extract_in_pool(todo, jobs, deaths, work)
    else:
        extracted = ((index, work(path)) for index, path in todo)
    for index, done in extracted:
        clock.merge(done.seconds)
        if isinstance(done.outcome, Skipped):
            yield index, done.outcome
        else:
            yield index, clock.run("cache", cache.put, shas[index], done.outcome, done.entry)


@dataclass
class _Counted:
    """An iterator that knows its length, so that a progress bar (tqdm takes len()) shows a total."""

    items: Iterator
    total: int

    def __iter__(self) -> Iterator:
        return self.items

    def __len__(self) -> int:
        return self.total


def read_documents(files: Sequence[Path], cache: ExtractionCache, progress: Callable[[Iterable], Iterable] = iter,
                   jobs: Optional[int] = None, clock: Optional[_Clock] = None,
                   keep: Optional[Callable[[Extraction], Extraction]] = None,
                   skip: Optional[dict] = None, deaths: Optional[Counter] = None,
                   texts: Optional[Path] = None) -> tuple[list[Extraction], list[Skipped]]:
    """Extractions of the files that could be read (as `keep` makes them, as soon as each is
    done), the others with the reason, both in the order of `files` whatever order the workers
    finish in (the graph must not depend on it); `skip` names fields `keep` drops, which a
    cache hit then need not rebuild. `jobs` worker processes (default: one per core); 1
    extracts in this process. `deaths` counts, by index in `files`, the workers that died on a file.
    `keep` must give the same for an extraction it has already cut down (cache hits are cut here,
    misses in their worker). `texts`, a folder, receives the text of each file extracted (not of
    cache hits), for the search index."""
    done: list = [None] * len(files)
    outcomes = _outcomes(files, cache, jobs or default_jobs(), clock or _Clock(), skip,
                         Counter() if deaths is None else deaths, functools.partial(extract_file, keep=keep, texts=texts))
    for index, outcome in progress(_Counted(outcomes, len(files))):
        done[index] = keep(outcome) if keep and isinstance(outcome, Extraction) else outcome
    return ([o for o in done if isinstance(o, Extraction)], [o for o in done if isinstance(o, Skipped)])


TEXTS_DIR = ".texts"  # in staging: the loaded texts of the files extracted, until the search index has them


def stage_text(texts: Path, sha: str, text: str) -> None:
    """A document's loaded text, compressed into `texts` under its sha256, so that the search
    index takes it from there instead of loading the file a second time (a sixth of a build's
    CPU). Best effort: a text that cannot be written is loaded again by the index."""
    try:
        (texts / f"{sha}.zst").write_bytes(zstandard.ZstdCompressor(level=1).compress(text.encode("utf-8")))
    except OSError:
        pass


def staged_text(texts: Path, sha: str) -> Optional[str]:
    """The text stage_text wrote for `sha`, or None (a file cut short by a full disk is none)."""
    try:
        return zstandard.ZstdDecompressor().decompress((texts / f"{sha}.zst").read_bytes()).decode("utf-8")
    except (OSError, zstandard.ZstdError, UnicodeDecodeError):
        return None


def _reread(cache: ExtractionCache, views: Iterable[Extraction]) -> Iterator[Extraction]:
    """Each view's whole extraction, read back from this build's cache folder, where the first
    pass has just put it; one that cannot be (the disk failed in between) stops the build."""
    for view in views:
        try:
            yield cache.reread(view.document)
        except (OSError, ValueError) as exc:
            raise BuildError(f"{view.document.path}: its extraction could not be read back from the cache: {exc}") from exc


def _counts(g: nx.MultiDiGraph) -> tuple[dict[str, int], dict[str, int]]:
    nodes = Counter(attrs["label"] for _, attrs in g.nodes(data=True))
    edges = Counter(key for _, _, key in g.edges(keys=True))
    return dict(sorted(nodes.items())), dict(sorted(edges.items()))


def _build_in(staging: Path, files: Sequence[Path], db_dir: Path, progress, jobs: Optional[int], write_json: bool,
              clock: _Clock, report: BuildReport) -> None:
    """build_database's work, with the cache, the search index and the new database in `staging`;
    fills `report`."""
    cache = ExtractionCache(write_dir=staging / store.CACHE_DIR, read_dirs=[Path(db_dir) / store.CACHE_DIR])
    deaths: Counter = Counter()
    # Two passes, so that the whole corpus's extractions are never in memory at once: what
    # resolution reads of each document first, then each whole extraction again from the
    # cache, one at a time, into the graph.
    texts = staging / TEXTS_DIR
    texts.mkdir(exist_ok=True)
    views, skipped = read_documents(files, cache, progress, jobs, clock, keep=for_resolution, skip=NOT_RESOLVED,
                                    deaths=deaths, texts=texts)
    if not views:
        reasons = "".join(f"\n  {s.path}: {s.reason}" for s in skipped)
        raise BuildError(f"no document could be read{reasons or ' (no files)'}")
    job = _DocumentIndexJob(Path(db_dir) / search_index.INDEX_FILE, staging / search_index.INDEX_FILE,
                            {v.document.sha256: v.document.path for v in views}, texts)
    with _beside(job, alone=jobs == 1) as documents_result:  # the search index takes the documents' texts meanwhile
        resolution = clock.run("resolve", resolve, views)
        in_order = sorted(views, key=lambda ex: ex.document.path)
        warnings = [w for ex in in_order for w in ex.warnings]  # meta.json keeps them for `luocdo check`
        g = clock.run("graph", graph_of, _reread(cache, in_order), resolution)
        del views, in_order, resolution
        documents_indexed = clock.run("search", documents_result)
    shutil.rmtree(texts, ignore_errors=True)
    if isinstance(documents_indexed, workers.Lost):
        raise BuildError(f"{job.index}: the search index could not be written: {documents_indexed.reason}")
    warnings += documents_indexed.warnings
    g.graph["warnings"] = warnings
    lost = {s.path for s in skipped}
    _describe(report, g)
    report.read, report.skipped, report.warnings = len(files) - len(skipped), skipped, warnings + cache.warnings
    report.extracted, report.cached = cache.misses, cache.hits
    report.retried = sum(1 for i in deaths if str(files[i]) not in lost)
    report.indexed = documents_indexed.inserted
    clock.run("search", index_tasks, g, job.index)
    staged = store.stage_database(g, db_dir, staging, write_json, clock.run)
    del g  # the graph goes before the database is written: the two never share the memory
    heap.release_memory()
    report.rows_written = store.finish_database(staged, db_dir, staging, clock.run)


def _describe(report: BuildReport, g: nx.MultiDiGraph) -> None:
    """What the summary says of the graph itself."""
    report.nodes, report.edges = _counts(g)
    report.documents = sorted(a["path"] for _, a in g.nodes(data=True) if a["label"] == "Document")
    report.tasks_with_deadline = sum(1 for _, a in g.nodes(data=True) if a["label"] == "Task" and a.get("deadline"))
    report.conflicts, report.ambiguities = len(g.graph.get("conflicts", [])), len(g.graph.get("ambiguities", []))


@dataclass(frozen=True)
class _DocumentIndexJob:
    """The documents (sha256 -> path) whose texts the search index at `index` must hold, starting
    from the published index `previous`."""

    previous: Path
    index: Path
    documents: dict[str, str]
    texts: Optional[Path] = None  # the texts the workers loaded (stage_text), by sha256


@dataclass(frozen=True)
class _DocumentsIndexed:
    inserted: int  # documents new to the index
    warnings: list[str]


def index_documents(job: _DocumentIndexJob) -> _DocumentsIndexed:
    """Put the text of each of the job's documents into the search index, starting from the
    published one so that only new or changed documents are loaded again (neither the graph nor
    the cache keeps whole texts). It needs only the files, so it runs in its own process while
    this one builds the graph. A file that can no longer be read as it was extracted (deleted
    or changed since) is left out of the index with a warning: its facts are in the graph."""
    from luocdo.loaders import LoadError, load

    warnings = []

    def text_of(sha: str) -> Optional[str]:
        staged = staged_text(job.texts, sha) if job.texts else None
        if staged is not None:
            return staged
        path = job.documents[sha]
        try:
            doc = load(Path(path))
        except (LoadError, OSError) as exc:
            warnings.append(f"{path}: left out of the search index: it cannot be read again ({exc})")
            return None
        if doc.sha256 != sha:
            warnings.append(f"{path}: left out of the search index: it changed while the build read it")
            return None
        return doc.text

    if job.previous.is_file():
        shutil.copyfile(job.previous, job.index)
    return _DocumentsIndexed(search_index.add_texts(job.index, search_index.DOCUMENT, job.documents, text_of),
                             warnings)


@contextlib.contextmanager
def _beside(job: _DocumentIndexJob, alone: bool):
    """A function that answers index_documents(job), run in a worker process while the block
    runs (`alone`: in this process, when the block calls it), so that the second core indexes
    while this one builds."""
    if alone:
        yield lambda: _index_documents_safely(job)
        return
    with workers.Background(_index_documents_safely, job) as background:
        yield background.result


def _index_documents_safely(job: _DocumentIndexJob):
    """index_documents for a worker, whose exceptions would end it without a word: a failure
    comes back as the reason (a full disk, a damaged copy of the published index)."""
    try:
        return index_documents(job)
    except (OSError, sqlite3.Error) as exc:
        return workers.Lost(f"{type(exc).__name__}: {exc}")


def search_owners(g: nx.MultiDiGraph) -> list[search_index.Owner]:
    """Every Document and Task of `g` as the search index knows them: its text's key, its file
    and the instruments it belongs to (a document's DESCRIBES targets, a task's HAS_TASK source)."""
    owners = []
    for node, attrs in g.nodes(data=True):
        if attrs["label"] == "Document":
            kind, key, file = search_index.DOCUMENT, attrs["sha256"], attrs["path"]
            instruments = [v for v, rels in g.succ[node].items() if "DESCRIBES" in rels]  # an edge's key is its relation
        elif attrs["label"] == "Task" and attrs.get("text"):
            kind, key, file = search_index.TASK, search_index.task_key(attrs["text"]), attrs["sources"][0]
            instruments = [u for u, rels in g.pred[node].items() if "HAS_TASK" in rels]
        else:
            continue
        owners += [search_index.Owner(kind, key, node, file, i) for i in instruments or [None]]
    return owners


def index_tasks(g: nx.MultiDiGraph, index: Path) -> None:
    """The tasks' texts (from the graph) and every text's owners into the search index, once the
    documents' texts are in."""
    owners = search_owners(g)
    texts = {o.key: g.nodes[o.node]["text"] for o in owners if o.kind == search_index.TASK}
    search_index.add_texts(index, search_index.TASK, texts, texts.get)
    search_index.set_owners(index, owners)


def build_database(files: Sequence[Path], db_dir: Path, progress: Callable[[Iterable], Iterable] = iter,
                   jobs: Optional[int] = None, write_json: bool = False) -> BuildReport:
    """Extract (with the cache, in `jobs` processes), resolve, build and write `db_dir`
    atomically; `write_json` also keeps the whole graph as graph.json beside the database.
    The graph itself is not kept: `KnowledgeGraph.nx` reads it back from the store."""
    started = time.perf_counter()
    clock, report = _Clock(), BuildReport()
    with store.staging_for(db_dir) as staging, heap.cycle_collection_paused():
        try:
            _build_in(staging, files, db_dir, progress, jobs, write_json, clock, report)
        except BaseException:  # a failure or an interrupt leaves no staging folder behind
            shutil.rmtree(staging, ignore_errors=True)
            raise
    report.seconds, report.timings = time.perf_counter() - started, clock.seconds
    return report


class KnowledgeGraph:
    """A built graph: Cypher over LadybugDB with `query`, instruments by what people call them,
    the build's facts, and `nx` (networkx), read from the store on first use: at corpus scale
    that takes seconds and a gigabyte or two, which a query does not need."""

    def __init__(self, db_dir: Path, graph: Optional[nx.MultiDiGraph] = None, report: Optional[BuildReport] = None):
        self.db_dir = Path(db_dir)
        self._nx = graph
        self.report = report
        self._conn = None

    @classmethod
    def open(cls, db_dir) -> "KnowledgeGraph":
        """A database that `luocdo build` or `build()` wrote. Raises StoreError."""
        kg = cls(Path(db_dir))
        kg._connection()
        return kg

    @property
    def nx(self) -> nx.MultiDiGraph:
        if self._nx is None:
            self._nx = store.load_graph(self.db_dir)
        return self._nx

    @property
    def documents(self) -> list[str]:
        return sorted(r["path"] for r in self.query("MATCH (d:Document) RETURN d.path AS path"))

    @property
    def skipped(self) -> list[Skipped]:
        return self.report.skipped if self.report else []

    @property
    def conflicts(self) -> list[Conflict]:
        attrs = self._nx.graph if self._nx is not None else store.graph_attributes(self.db_dir)
        return [Conflict.from_dict(c) for c in attrs.get("conflicts", [])]

    def _connection(self):
        if self._conn is None:
            self._conn = store.open_connection(self.db_dir)
        return self._conn

    def query(self, cypher: str, **params) -> list[dict]:
        """Rows of a Cypher query as dicts keyed by the RETURN names. The query must only read
        (luocdo.cypher_guard); a refused or malformed one raises luocdo.queries.QueryUsageError."""
        from luocdo.queries.library import execute

        return execute(self._connection(), cypher, params).rows

    def instrument(self, text: str) -> dict:
        """The instrument `text` names (`Đề án 06`, `205/TB-VPCP`, `Chỉ thị 18`), with its
        neighbourhood: {"id", "node", "out": [{type, target, ...}], "in": [{type, source, ...}]}.
        Raises luocdo.queries.targets.AmbiguousTarget or UnknownTarget."""
        from luocdo.graph.ladybug_store import neighbourhood
        from luocdo.queries.library import resolve

        node_id = resolve(self._connection(), text, "Instrument")
        node, out_edges, in_edges = neighbourhood(self._connection(), "Instrument", node_id)
        return {"id": node_id, "node": node,
                "out": [{"type": k, "target": v, **a} for _, v, k, a in out_edges],
                "in": [{"type": k, "source": u, **a} for u, _, k, a in in_edges]}

    def search(self, words: str, limit: int = 10) -> list[search_index.Hit]:
        """Documents and tasks that hold every word of `words`, with or without diacritics, best
        first: each with its kind, node, file, instruments and a snippet with the words marked.
        Raises StoreError for a database built before the search index existed, or a damaged index.

        >>> kg.search("de an 06")[0].instruments                          # doctest: +SKIP
        ('TB:381/@2024',)"""
        index = self.db_dir / search_index.INDEX_FILE
        if not index.is_file():
            self._connection()  # a missing or damaged store says so first
            raise self._index_problem(f"{self.db_dir} has no search index (built before `luocdo search` existed)")
        try:
            return search_index.search(index, words, limit)
        except sqlite3.DatabaseError as exc:
            raise self._index_problem(f"{index} cannot be read ({exc})") from exc

    def _index_problem(self, problem: str) -> store.StoreError:
        return store.StoreError(f"{problem}: rebuild it with `luocdo build PATH --db {self.db_dir}`")

    def close(self) -> None:
        self._conn = None


def build(paths: Iterable, db=None, jobs: Optional[int] = None, write_json: bool = False) -> KnowledgeGraph:
    """Build a knowledge graph from files and folders into `db`, extracting in `jobs` processes
    (default: one per core); `write_json` keeps graph.json too. Without `db` the store goes to a
    temporary folder that is deleted with the returned graph (or at exit): pass `db` to keep it."""
    temporary = Path(tempfile.mkdtemp(prefix="luocdo-")) if db is None else None
    try:
        db_dir = Path(db) if temporary is None else temporary / "db"
        files, passed_over = input_files(paths)
        report = build_database(files, db_dir, jobs=jobs, write_json=write_json)
    except BaseException:
        if temporary is not None:
            shutil.rmtree(temporary, ignore_errors=True)
        raise
    report.skipped = passed_over + report.skipped
    kg = KnowledgeGraph(db_dir, report=report)
    if temporary is not None:
        weakref.finalize(kg, shutil.rmtree, temporary, ignore_errors=True)
    return kg
