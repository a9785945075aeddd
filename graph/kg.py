"""The Python API: build a knowledge graph from files, open one, query it.

>>> kg = build(["examples/"], db="out/db")                                   # doctest: +SKIP
>>> kg.query("MATCH (d:Document)-[:DESCRIBES]->(i:Instrument) RETURN count(DISTINCT i) AS n")  # doctest: +SKIP
[{'n': 3}]
>>> kg.instrument("Đề án 06")["node"]["display_name"]                       # doctest: +SKIP

`build` reads files and folders (recursively), extracts each document (or takes it from the
cache), resolves across documents, builds the networkx graph and writes the database folder.
"""
from __future__ import annotations

import shutil
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Optional, Sequence

import networkx as nx

from luocdo.cache import ExtractionCache, content_sha256
from luocdo.graph import store
from luocdo.graph.build import build_graph
from luocdo.model import Extraction
from luocdo.resolve import Conflict, resolve


class BuildError(Exception):
    """Nothing to build from; the message lists why each document was skipped."""


@dataclass(frozen=True)
class Skipped:
    path: str
    reason: str


@dataclass
class BuildReport:
    """What a build did, for the command's summary and for tests."""

    documents: list[str] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    extracted: int = 0  # documents extracted now
    cached: int = 0  # documents taken from the cache
    rows_written: int = 0
    seconds: float = 0.0
    nodes: dict[str, int] = field(default_factory=dict)  # by label
    edges: dict[str, int] = field(default_factory=dict)  # by type


def input_files(paths: Iterable) -> tuple[list[Path], list[Skipped]]:
    """Files under `paths` in a stable order. In folders, hidden files and folders are left out,
    and so are files whose ending is not a document's (`.json`, `.png` ...); a file named
    explicitly is always read."""
    from luocdo.loaders.formats import EXTENSIONS

    files, missing = [], []
    for path in map(Path, paths):
        if path.is_dir():
            files += sorted(p for p in path.rglob("*") if p.is_file()
                            and (p.suffix.lower() in EXTENSIONS or not p.suffix)
                            and not any(part.startswith(".") for part in p.relative_to(path).parts))
        elif path.is_file():
            files.append(path)
        else:
            missing.append(Skipped(str(path), "no such file or folder"))
    return sorted(dict.fromkeys(files)), missing


def extract_file(path: Path, cache: ExtractionCache) -> Extraction:
    """Load and extract one file, or take it from the cache. Raises LoadError."""
    from luocdo.extract import extract
    from luocdo.loaders import load

    sha = content_sha256(path)
    return cache.get(sha, str(path)) or cache.put(sha, extract(load(path)))


def read_documents(files: Sequence[Path], cache: ExtractionCache,
                   progress: Callable[[Iterable], Iterable] = iter) -> tuple[list[Extraction], list[Skipped]]:
    """Extractions of the files that could be read; the others with the reason."""
    from luocdo.loaders import LoadError

    extractions, skipped = [], []
    for path in progress(files):
        try:
            extractions.append(extract_file(path, cache))
        except LoadError as exc:
            skipped.append(Skipped(str(path), exc.problem))
        except Exception as exc:  # noqa: BLE001 - one document's extraction bug must not lose the corpus
            skipped.append(Skipped(str(path), f"extraction failed: {type(exc).__name__}: {exc}"))
    return extractions, skipped


def _counts(g: nx.MultiDiGraph) -> tuple[dict[str, int], dict[str, int]]:
    nodes = Counter(attrs["label"] for _, attrs in g.nodes(data=True))
    edges = Counter(key for _, _, key in g.edges(keys=True))
    return dict(sorted(nodes.items())), dict(sorted(edges.items()))


def build_database(files: Sequence[Path], db_dir: Path,
                   progress: Callable[[Iterable], Iterable] = iter) -> tuple[nx.MultiDiGraph, BuildReport]:
    """Extract (with the cache), resolve, build and write `db_dir` atomically."""
    started = time.perf_counter()
    staging = store.staging_dir(db_dir)
    cache = ExtractionCache(write_dir=staging / store.CACHE_DIR, read_dirs=[Path(db_dir) / store.CACHE_DIR])
    extractions, skipped = read_documents(files, cache, progress)
    if not extractions:
        shutil.rmtree(staging, ignore_errors=True)
        reasons = "".join(f"\n  {s.path}: {s.reason}" for s in skipped)
        raise BuildError(f"no document could be read{reasons or ' (no files)'}")
    g = build_graph(extractions, resolve(extractions))
    rows = store.write_database(g, db_dir, staging=staging)
    nodes, edges = _counts(g)
    report = BuildReport(documents=[ex.document.path for ex in extractions], skipped=skipped,
                         extracted=cache.misses, cached=cache.hits, rows_written=rows,
                         seconds=time.perf_counter() - started, nodes=nodes, edges=edges)
    return g, report


class KnowledgeGraph:
    """A built graph: `nx` (networkx), Cypher over LadybugDB with `query`, and the build's facts."""

    def __init__(self, db_dir: Path, graph: nx.MultiDiGraph, report: Optional[BuildReport] = None):
        self.db_dir = Path(db_dir)
        self.nx = graph
        self.report = report
        self._conn = None

    @classmethod
    def open(cls, db_dir) -> "KnowledgeGraph":
        """A database that `luocdo build` or `build()` wrote. Raises StoreError."""
        return cls(Path(db_dir), store.load_graph(db_dir))

    @property
    def documents(self) -> list[str]:
        return sorted(a["path"] for _, a in self.nx.nodes(data=True) if a["label"] == "Document")

    @property
    def skipped(self) -> list[Skipped]:
        return self.report.skipped if self.report else []

    @property
    def conflicts(self) -> list[Conflict]:
        return [Conflict.from_dict(c) for c in self.nx.graph.get("conflicts", [])]

    def query(self, cypher: str, **params) -> list[dict]:
        """Rows of a Cypher query as dicts keyed by the RETURN names (read-only)."""
        from luocdo.graph.ladybug_store import rows

        if self._conn is None:
            self._conn = store.open_connection(self.db_dir)
        return rows(self._conn, cypher, params)

    def instrument(self, text: str) -> dict:
        """The instrument `text` names (`Đề án 06`, `205/TB-VPCP`, `Chỉ thị 18`), with its
        neighbourhood: {"id", "node", "out": [{type, target, ...}], "in": [{type, source, ...}]}.
        Raises luocdo.queries.targets.AmbiguousTarget or UnknownTarget."""
        from luocdo.queries.targets import resolve_target

        node_id = resolve_target(self.nx, text)[0]
        return {
            "id": node_id, "node": dict(self.nx.nodes[node_id]),
            "out": [{"type": k, "target": v, **a} for _, v, k, a in self.nx.out_edges(node_id, keys=True, data=True)],
            "in": [{"type": k, "source": u, **a} for u, _, k, a in self.nx.in_edges(node_id, keys=True, data=True)],
        }

    def close(self) -> None:
        self._conn = None


def build(paths: Iterable, db=None) -> KnowledgeGraph:
    """Build a knowledge graph from files and folders into `db` (a temporary folder if None)."""
    db_dir = Path(db) if db is not None else Path(tempfile.mkdtemp(prefix="luocdo-")) / "db"
    files, missing = input_files(paths)
    g, report = build_database(files, db_dir)
    report.skipped = missing + report.skipped
    return KnowledgeGraph(db_dir, g, report)
