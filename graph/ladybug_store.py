"""LadybugDB: DDL generated from the schema, and the graph written with bulk COPY.

One node table per NodeLabel (primary key `id`) and one relationship table per RelType, with
every allowed (from, to) pair in the same table: `CREATE REL TABLE R(FROM A TO B, FROM C TO B,
...)`, and COPY told which pair each batch is (`COPY R FROM $rows (from='C', to='B')`).
Lists are STRING[], dates DATE, the evidence list a JSON STRING (as PROVENANCE declares).
COPY from Arrow tables, because row-at-a-time MERGE is about 500 times slower; a build stages
them as Parquet files first (`stage`) and writes them after it has let the graph go.
"""
from __future__ import annotations

import datetime as dt
import json
import shutil
from collections import defaultdict
from dataclasses import dataclass
from itertools import groupby
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

from luocdo.graph.schema import (
    DATE, INT, NODE_BY_NAME, NODES, RELS, STRINGS, NodeLabel, Prop, RelType, node_props, rel_props,
)

if TYPE_CHECKING:  # pyarrow and networkx take half a second to import; a query needs neither
    import networkx as nx
    import pyarrow as pa

DB_FILE = "graph.lbug"


def _quoted(name: str) -> str:
    """Property names such as `as`, `type` and `date` are Cypher words, so all are quoted."""
    return f"`{name}`"


def _columns(props: tuple[Prop, ...]) -> str:
    return ", ".join(f"{_quoted(p.name)} {p.type}" for p in props)


def node_table_ddl(node: NodeLabel) -> str:
    return f"CREATE NODE TABLE {node.name}({_columns(node_props(node))}, PRIMARY KEY({_quoted(node.key)}))"


def rel_table_ddl(rel: RelType) -> str:
    ends = ", ".join(f"FROM {a} TO {b}" for a, b in rel.ends)
    return f"CREATE REL TABLE {rel.name}({ends}, {_columns(rel_props(rel))})"


def ddl() -> list[str]:
    """Every CREATE statement, node tables first (rel tables refer to them)."""
    return [node_table_ddl(n) for n in NODES] + [rel_table_ddl(r) for r in RELS]


def _cell(prop: Prop, value):
    if value is None or value == "":
        return [] if prop.type == STRINGS else None
    if prop.type == DATE:
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None  # extraction keeps impossible dates as None; a malformed one is not a date
    if prop.name == "evidence":
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return value


def _arrow_table(rows: list[dict], props: tuple[Prop, ...], ends: tuple[str, ...] = ()) -> pa.Table:
    import pyarrow as pa

    types = {DATE: pa.date32(), INT: pa.int64(), STRINGS: pa.list_(pa.string())}
    columns = {end: pa.array([r[end] for r in rows], pa.string()) for end in ends}
    for p in props:
        columns[p.name] = pa.array([_cell(p, r.get(p.name)) for r in rows], types.get(p.type, pa.string()))
    return pa.table(columns)


def node_tables(g: nx.MultiDiGraph, rows: int = 0) -> Iterator[tuple[str, pa.Table]]:
    """(label, Arrow table of that label's nodes ordered by id), one table at a time, and with
    `rows`, a label's nodes in tables of at most that many rows."""
    ids: dict[str, list[str]] = defaultdict(list)
    for n, label in g.nodes(data="label"):
        ids[label].append(n)
    for node in NODES:
        for chunk in _chunks(sorted(ids[node.name]), rows):
            yield node.name, _arrow_table([{**g.nodes[n], "id": n} for n in chunk], node_props(node))


def rel_tables(g: nx.MultiDiGraph, rows: int = 0) -> Iterator[tuple[tuple[str, str, str], pa.Table]]:
    """((type, from label, to label), Arrow table with `from`, `to` and the properties), one
    table at a time (of at most `rows` rows if given), edges ordered by their ends."""
    ends: dict[tuple[str, str, str], list[tuple[str, str]]] = defaultdict(list)
    labels = dict(g.nodes(data="label"))
    for u, v, key in g.edges(keys=True):
        ends[(key, labels[u], labels[v])].append((u, v))
    by_name = {r.name: r for r in RELS}
    for table, pairs in sorted(ends.items()):
        for chunk in _chunks(sorted(pairs), rows):
            batch = [{**g.edges[u, v, table[0]], "from": u, "to": v} for u, v in chunk]
            yield table, _arrow_table(batch, rel_props(by_name[table[0]]), ("from", "to"))


def _chunks(items: list, size: int) -> Iterator[list]:
    """`items` in slices of `size` (in one when `size` is 0); nothing for no items."""
    size = size or len(items) or 1
    return (items[start:start + size] for start in range(0, len(items), size))


# A table is staged in files of at most ROWS_PER_COPY rows (what one Arrow table of the graph
# costs in memory), and each table (each from-to pair of a rel table) is then written by one
# COPY of all its files, committed and checkpointed: one transaction for the whole corpus kept
# every page of it in memory until the end, and a checkpoint after every 25,000 rows left each
# appended batch's pages partly filled (174 MB instead of 114 MB for the corpus's 192,058 tasks,
# and twice the time).
ROWS_PER_COPY = 25_000
# The buffer pool of the writing process: LadybugDB's default is most of the machine's memory,
# which a build shares with its extraction workers. What a write needs grows with the store
# (the benchmark corpus's fits in 512 MiB, committed table by table), so a
# write that runs out starts again with twice the pool, up to WRITE_BUFFER_POOL_MAX.
WRITE_BUFFER_POOL = 512 << 20
WRITE_BUFFER_POOL_MAX = 8 << 30


@dataclass(frozen=True)
class StagedCopy:
    """One COPY batch of the graph, waiting in a Parquet file for the database to be written."""

    statement: str  # `COPY label FROM $rows ...`
    path: Path
    rows: int


def stage(g: nx.MultiDiGraph, folder: Path) -> list[StagedCopy]:
    """Every COPY batch of `g` as a Parquet file in `folder`, so that the caller can let the
    graph go before the database is written: networkx and LadybugDB's buffer pool never hold
    the corpus at the same time (a build's peak memory)."""
    import pyarrow.parquet as pq

    folder.mkdir(parents=True, exist_ok=True)
    staged = []
    for index, (statement, table) in enumerate(_copies(g)):
        path = folder / f"{index:05d}.parquet"
        pq.write_table(table, path)
        staged.append(StagedCopy(statement, path, table.num_rows))
    return staged


def write(g: nx.MultiDiGraph, db_file: Path) -> int:
    """Create the tables in a new database file and COPY `g` in; returns rows written."""
    folder = Path(db_file).with_name(Path(db_file).name + ".tables")
    try:
        return write_staged(stage(g, folder), db_file)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def write_staged(staged: list[StagedCopy], db_file: Path) -> int:
    """Create the tables in a new database file and COPY the staged batches in, each read by
    the database from its file; returns rows written. The file is new and swapped in only once complete
    (luocdo.graph.store), so committing in groups loses no atomicity."""
    pool = WRITE_BUFFER_POOL
    while True:
        try:
            return _write(staged, db_file, pool)
        except RuntimeError as exc:
            if "buffer pool is full" not in str(exc) or pool >= WRITE_BUFFER_POOL_MAX:
                raise
            Path(db_file).unlink(missing_ok=True)
            pool *= 2


def _write(staged: list[StagedCopy], db_file: Path, pool: int) -> int:
    import ladybug as lb

    db = lb.Database(str(db_file), auto_checkpoint=False, buffer_pool_size=pool)
    conn = lb.Connection(db)
    written = 0
    try:
        _in_transaction(conn, [(statement, {}) for statement in ddl()])
        for statement, copies in groupby(staged, key=lambda copy: copy.statement):
            copies = list(copies)
            files = "[" + ", ".join(_string_literal(copy.path) for copy in copies) + "]"
            conn.execute("BEGIN TRANSACTION")
            conn.execute(statement.replace("$rows", files))
            _commit(conn)
            written += sum(copy.rows for copy in copies)
        return written
    finally:  # on failure the half-written file goes with its staging folder
        conn.close()
        db.close()


def _copies(g: nx.MultiDiGraph) -> Iterator[tuple[str, pa.Table]]:
    for label, table in node_tables(g, ROWS_PER_COPY):
        yield f"COPY {label} FROM $rows", table
    for (rel, src, dst), table in rel_tables(g, ROWS_PER_COPY):
        yield f"COPY {rel} FROM $rows (from='{src}', to='{dst}')", table


def _string_literal(path: Path) -> str:
    """A Cypher string literal of `path`: COPY reads the Parquet files itself, in its own memory
    and without a Python Arrow table in between, and takes no parameter for file names."""
    return "'" + str(path).replace("\\", "\\\\").replace("'", "\\'") + "'"


def _commit(conn) -> None:
    conn.execute("COMMIT")
    conn.execute("CHECKPOINT")


def _in_transaction(conn, statements: list[tuple[str, dict]]) -> None:
    conn.execute("BEGIN TRANSACTION")
    try:
        for statement, params in statements:
            conn.execute(statement, params)
    except BaseException:
        try:
            conn.execute("ROLLBACK")
        except RuntimeError:
            pass  # a failure that ended the transaction: its own error is the one to report
        raise
    conn.execute("COMMIT")


def connect(db_file: Path, read_only: bool = True):
    """A connection to an existing database file; the Database stays alive with it."""
    import ladybug as lb

    return lb.Connection(lb.Database(str(db_file), read_only=read_only))


def rows(conn, cypher: str, params: dict | None = None) -> list[dict]:
    """Query results as dicts keyed by the RETURN column names."""
    result = conn.execute(cypher, params or {})
    names = result.get_column_names()
    return [dict(zip(names, row)) for row in result.get_all()]


# Reading: the rows back in the Python types the networkx graph (and graph.json) uses.

def _python_value(prop: Prop, value):
    """What `_cell` wrote, as the graph has it: dates as ISO text, evidence as its list."""
    if value is None:
        return [] if prop.type == STRINGS else None
    if prop.type == DATE:
        return value.isoformat()
    if prop.name == "evidence":
        return json.loads(value)
    return value


def _return_clause(alias: str, props: tuple[Prop, ...]) -> str:
    return ", ".join(f"{alias}.{_quoted(p.name)} AS {_quoted(p.name)}" for p in props)


def node_rows(conn, label: str, names: tuple[str, ...] | None = None, where: str = "",
              params: dict | None = None) -> list[dict]:
    """The `label` nodes (`n`) that pass the Cypher condition `where` (all when empty), as
    {property: value} in the graph's types, ordered by id; only the properties in `names` when
    given (target resolution needs a few columns of 17,000 rows, not their evidence)."""
    node = NODE_BY_NAME[label]
    props = tuple(p for p in node_props(node) if names is None or p.name in names)
    found = rows(conn, f"MATCH (n:{label}) {'WHERE ' + where if where else ''} "
                       f"RETURN {_return_clause('n', props)} ORDER BY n.{_quoted(node.key)}", params)
    return [{p.name: _python_value(p, row[p.name]) for p in props} for row in found]


def rel_rows(conn, rel: RelType, where: str = "", params: dict | None = None) -> list[dict]:
    """The `rel` edges `(a)-[r]->(b)` that pass the Cypher condition `where` (all when empty),
    as {"from", "to", property: value} in the graph's types, ordered by ends."""
    props = rel_props(rel)
    found = rows(conn, f"MATCH (a)-[r:{rel.name}]->(b) {'WHERE ' + where if where else ''} "
                       f"RETURN a.id AS `from`, b.id AS `to`, {_return_clause('r', props)} ORDER BY `from`, `to`",
                 params)
    return [{"from": row["from"], "to": row["to"], **{p.name: _python_value(p, row[p.name]) for p in props}}
            for row in found]


def _edges(conn, where: str = "", params: dict | None = None) -> list[tuple[str, str, str, dict]]:
    """(from, to, type, properties) of every edge that passes `where`, as networkx keys them."""
    found = [(row.pop("from"), row.pop("to"), rel.name, {"type": rel.name, **row})
             for rel in RELS for row in rel_rows(conn, rel, where, params)]
    return sorted(found, key=lambda e: e[:3])


def neighbourhood(conn, label: str, node_id: str) -> tuple[dict, list, list]:
    """One node's properties (with `label`), its out-edges and its in-edges as (from, to, type,
    properties), in the order networkx gives them for the graph `read_graph` returns."""
    [node] = node_rows(conn, label, where="n.id = $id", params={"id": node_id})
    params = {"id": node_id}
    return {"label": label, **node}, _edges(conn, "a.id = $id", params), _edges(conn, "b.id = $id", params)


def read_graph(conn) -> nx.MultiDiGraph:
    """The networkx graph that `write` stored: every node and edge with its properties, edges
    keyed by type, nodes and edges in the order graph.json keeps them."""
    import networkx as nx

    g = nx.MultiDiGraph()
    nodes = [(row["id"], {"label": node.name, **row}) for node in NODES for row in node_rows(conn, node.name)]
    g.add_nodes_from(sorted(nodes, key=lambda n: n[0]))
    g.add_edges_from(_edges(conn))
    return g
