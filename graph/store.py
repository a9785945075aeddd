"""A luocdo database folder: the LadybugDB file, what it cannot hold, and the extraction cache.

    out/db/graph.lbug    LadybugDB, for Cypher queries; also the networkx graph (`load_graph`)
    out/db/meta.json     the graph's own attributes: conflicts and ambiguities found in resolution
    out/db/graph.json    optional: the whole graph as networkx reads it, kept when asked for
    out/db/cache/        extractions by content, so a rebuild re-extracts only changed files
    out/db/search.sqlite the full-text index (graph.search_index), written into staging by the build

A build writes a complete new folder beside the old one and swaps the two in one step, so a
failed or killed build leaves the previous database as it was, and readers never see half.
"""
from __future__ import annotations

import ctypes
import fcntl
import json
import os
import shutil
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Iterator, Optional

from luocdo import heap
from luocdo.graph import jsonio, ladybug_store
from luocdo.graph.schema import NODES, RELS, node_props, rel_props

if TYPE_CHECKING:  # networkx takes half a second to import; opening a connection needs none of it
    import networkx as nx

GRAPH_JSON = "graph.json"
META_JSON = "meta.json"
CACHE_DIR = "cache"


class StoreError(Exception):
    """A database folder that is missing or not luocdo's; the message names folder and problem."""


def _rebuild(db_dir: Path) -> str:
    return f"rebuild it with `luocdo build PATH --db {db_dir}`"


def _check(db_dir: Path) -> Path:
    """The folder, if it holds what a build writes; a zero-byte graph.lbug would open as a new,
    empty database and answer `count(n) = 0`, so it is refused here, before LadybugDB sees it."""
    db_dir = Path(db_dir)
    db_file = db_dir / ladybug_store.DB_FILE
    _restore_retired(db_dir)
    if db_dir.is_file():
        raise StoreError(f"{db_dir} is a file, not a database folder: build one with `luocdo build PATH --db DIR`")
    if not db_dir.is_dir():
        raise StoreError(f"{db_dir} does not exist: build it with `luocdo build PATH --db {db_dir}`")
    if not db_file.is_file():
        raise StoreError(f"{db_dir} is not a luocdo database: no {ladybug_store.DB_FILE}")
    if db_file.stat().st_size == 0:
        raise StoreError(f"{db_dir}: {ladybug_store.DB_FILE} is empty (0 bytes); {_rebuild(db_dir)}")
    if not is_database(db_dir):
        raise StoreError(f"{db_dir} is not a complete luocdo database: no {META_JSON}; {_rebuild(db_dir)}")
    return db_dir


def staging_dir(db_dir: Path) -> Path:
    """The sibling folder a build writes into; same filesystem, so the final swap is a rename."""
    db_dir = Path(db_dir).absolute()
    return db_dir.parent / f".{db_dir.name}.building-{os.getpid()}"


@contextmanager
def staging_for(db_dir: Path) -> Iterator[Path]:
    """This build's staging folder, made and locked for as long as the build runs, after removing
    those of builds that died (killed, out of power) before they could remove their own."""
    _remove_stale_staging(db_dir)
    staging = staging_dir(db_dir)
    staging.mkdir(parents=True, exist_ok=True)
    lock = os.open(staging, os.O_RDONLY)
    try:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released by the kernel however this process ends
        yield staging
    finally:
        os.close(lock)


def retired_dir(db_dir: Path) -> Path:
    """Where `publish` moves the previous database when it cannot swap the two in one step."""
    db_dir = Path(db_dir).absolute()
    return db_dir.parent / f".{db_dir.name}.retired-{os.getpid()}"


def _restore_retired(db_dir: Path) -> None:
    """A build killed between publish's two renames left no database, and the previous one
    retired beside it: put it back (once the new one is in place, a retired one is garbage)."""
    db_dir = Path(db_dir).absolute()
    for retired in sorted(db_dir.parent.glob(f".{db_dir.name}.retired-*")):
        pid = retired.name.rsplit("-", 1)[-1]
        if pid.isdigit() and _alive(int(pid)) and int(pid) != os.getpid():
            continue  # that build is between its renames right now
        if not db_dir.exists():
            os.rename(retired, db_dir)
        else:
            shutil.rmtree(retired, ignore_errors=True)


def _remove_stale_staging(db_dir: Path) -> None:
    """Folders left by builds that died; a running build's folder is left alone: its pid is alive
    here, or (a build in another pid namespace on a shared disk) it holds the folder's lock."""
    _restore_retired(db_dir)
    for stale in Path(db_dir).absolute().parent.glob(f".{Path(db_dir).name}.building-*"):
        pid = stale.name.rsplit("-", 1)[-1]
        if pid.isdigit() and not _alive(int(pid)) and not _locked(stale):
            shutil.rmtree(stale, ignore_errors=True)


def _locked(folder: Path) -> bool:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return True  # gone, or not ours to judge
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return False
    except BlockingIOError:
        return True
    finally:
        os.close(fd)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths atomically (Linux renameat2 RENAME_EXCHANGE); False where unsupported."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    return renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0


def publish(staging: Path, db_dir: Path) -> None:
    """Make `staging` the database at `db_dir` and remove the previous one."""
    db_dir = Path(db_dir).absolute()
    if not db_dir.exists():
        os.rename(staging, db_dir)
        return
    if not _exchange(staging, db_dir):
        # Two renames: a crash between them leaves the old database retired, not lost; the
        # next build or query puts it back (_restore_retired).
        retired = retired_dir(db_dir)
        os.rename(db_dir, retired)
        os.rename(staging, db_dir)
        staging = retired
    shutil.rmtree(staging)


TABLES_DIR = ".tables"  # in staging: the COPY batches (ladybug_store.stage), gone once written


def write_database(g: nx.MultiDiGraph, db_dir, staging: Optional[Path] = None, write_json: bool = False,
                   timed=lambda stage, function, *args: function(*args)) -> int:
    """Write `g` as the database at `db_dir`, replacing any previous one atomically; returns the
    number of rows COPY wrote. A build uses the two halves, stage_database and finish_database,
    to let the graph go in between."""
    staging = staging or staging_dir(db_dir)
    staged = stage_database(g, db_dir, staging, write_json, timed)
    return finish_database(staged, db_dir, staging, timed)


def stage_database(g: nx.MultiDiGraph, db_dir, staging: Path, write_json: bool = False,
                   timed=lambda stage, function, *args: function(*args)) -> list[ladybug_store.StagedCopy]:
    """What the database needs of `g`, written into `staging` (from `staging_dir`, where the caller
    may have put files such as the extraction cache): the graph's own attributes (conflicts,
    ambiguities, warnings) as meta.json, the whole graph as graph.json only with `write_json`,
    and the tables to COPY. `timed(stage, function, *args)` runs each step (a build passes its clock)."""
    db_dir = Path(db_dir)
    if db_dir.exists() and not is_database(db_dir) and any(db_dir.iterdir()):
        raise StoreError(f"{db_dir} is not a luocdo database: no {ladybug_store.DB_FILE}; refusing to replace it")
    _remove_stale_staging(db_dir)
    staging.mkdir(parents=True, exist_ok=True)
    with _removed_on_failure(staging):
        write_meta(g, staging / META_JSON)
        if write_json:
            timed("json", jsonio.write_json, g, staging / GRAPH_JSON)
        return timed("tables", ladybug_store.stage, g, staging / TABLES_DIR)


def finish_database(staged: list[ladybug_store.StagedCopy], db_dir, staging: Path,
                    timed=lambda stage, function, *args: function(*args)) -> int:
    """The staged tables written into the database file, and `staging` published as `db_dir`."""
    with _removed_on_failure(staging):
        written = timed("store", ladybug_store.write_staged, staged, staging / ladybug_store.DB_FILE)
        shutil.rmtree(staging / TABLES_DIR)
        publish(staging, db_dir)
    return written


@contextmanager
def _removed_on_failure(staging: Path) -> Iterator[None]:
    try:
        yield
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def is_database(db_dir: Path) -> bool:
    """A folder a build wrote: the database file with its meta.json (or graph.json, before meta.json)."""
    return (db_dir / ladybug_store.DB_FILE).is_file() and any((db_dir / n).is_file() for n in (META_JSON, GRAPH_JSON))


def write_meta(g: nx.MultiDiGraph, path: Path) -> None:
    """The graph's own attributes (as graph.json keeps them under `graph`), in a fixed order."""
    meta = {k: v for k, v in g.graph.items() if k != "format"}
    path.write_text(json.dumps(meta, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def load_graph(db_dir) -> nx.MultiDiGraph:
    """The networkx graph of the database: graph.json where the build kept it (read faster),
    else read from graph.lbug with meta.json's graph attributes; the same graph either way."""
    conn = open_connection(db_dir)
    try:
        with heap.cycle_collection_paused():
            if (Path(db_dir) / GRAPH_JSON).is_file():
                return jsonio.read_json(Path(db_dir) / GRAPH_JSON)
            g = ladybug_store.read_graph(conn)
    except ValueError as exc:
        raise StoreError(f"{db_dir}/{GRAPH_JSON} cannot be read: {exc}") from exc
    except RuntimeError as exc:
        raise _unreadable(db_dir, exc) from exc
    finally:
        close_connection(conn)
    g.graph.update({"format": jsonio.FORMAT, **_attributes(Path(db_dir))})
    return g


def graph_attributes(db_dir) -> dict:
    """Conflicts and ambiguities (the graph's attributes) without reading the whole graph when
    meta.json holds them, once the database is known to open (a `check` of a damaged store
    would otherwise report no conflicts)."""
    close_connection(open_connection(db_dir))
    return _attributes(Path(db_dir))


def _attributes(db_dir: Path) -> dict:
    """meta.json, or graph.json's attributes in an older folder that has no meta.json."""
    try:
        if (db_dir / META_JSON).is_file():
            return json.loads((db_dir / META_JSON).read_text(encoding="utf-8"))
        if (db_dir / GRAPH_JSON).is_file():
            return {k: v for k, v in load_graph(db_dir).graph.items() if k != "format"}
    except ValueError as exc:
        raise StoreError(f"{db_dir}: the graph's attributes cannot be read: {exc}") from exc
    return {}


def open_connection(db_dir, read_only: bool = True):
    """A LadybugDB connection to the database in `db_dir`, read-only unless asked, once the file
    opens and holds every table and column of the schema (a damaged, truncated or foreign
    file, or one an older luocdo wrote, is a StoreError naming the folder and the problem)."""
    db_dir = _check(db_dir)
    try:
        conn = ladybug_store.connect(db_dir / ladybug_store.DB_FILE, read_only=read_only)
    except RuntimeError as exc:
        raise StoreError(f"{db_dir}: cannot open {ladybug_store.DB_FILE} (damaged, truncated or not "
                         f"a LadybugDB file?): {_first_line(exc)}; {_rebuild(db_dir)}") from exc
    try:
        missing = _missing_schema(conn)
    except RuntimeError as exc:
        close_connection(conn)
        raise _unreadable(db_dir, exc) from exc
    if missing:
        close_connection(conn)
        raise StoreError(f"{db_dir} was written by another version of luocdo (no {', '.join(missing[:3])}"
                         f"{', ...' if len(missing) > 3 else ''}); {_rebuild(db_dir)}")
    return conn


def close_connection(conn) -> None:
    """Close a connection from `open_connection` and the database it keeps open."""
    conn.close()
    conn.database.close()


def _missing_schema(conn) -> list[str]:
    """The schema's tables (`Task`) and columns (`Task.deadline`) that the database lacks."""
    tables = {name for [name] in conn.execute("CALL show_tables() RETURN name").get_all()}
    missing = []
    for name, props in [(n.name, node_props(n)) for n in NODES] + [(r.name, rel_props(r)) for r in RELS]:
        if name not in tables:
            missing.append(name)
            continue
        columns = {column for [column] in conn.execute(f"CALL table_info('{name}') RETURN name").get_all()}
        missing += [f"{name}.{p.name}" for p in props if p.name not in columns]
    return missing


def _unreadable(db_dir: Path, exc: Exception) -> StoreError:
    """A database file that opened but fails when read (damaged pages, a foreign catalog)."""
    return StoreError(f"{db_dir}: {ladybug_store.DB_FILE} cannot be read: {_first_line(exc)}; {_rebuild(db_dir)}")


def _first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0].rstrip(".") if str(exc).strip() else type(exc).__name__
