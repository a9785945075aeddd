"""LadybugDB: DDL generated from the schema, and the graph written with bulk COPY.

One node table per NodeLabel (primary key `id`) and one relationship table per RelType, with
every allowed (from, to) pair in the same table: `CREATE REL TABLE R(FROM A TO B, FROM C TO B,
...)`, and COPY told which pair each batch is (`COPY R FROM $rows (from='C', to='B')`).
Lists are STRING[], dates DATE, the evidence list a JSON STRING (as PROVENANCE declares).
COPY from Arrow tables, because row-at-a-time MERGE is about 500 times slower.
"""
from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from pathlib import Path

import networkx as nx
import pyarrow as pa

from luocdo.graph.schema import DATE, INT, NODES, RELS, STRINGS, NodeLabel, Prop, RelType, node_props, rel_props

DB_FILE = "graph.lbug"
_ARROW = {DATE: pa.date32(), INT: pa.int64(), STRINGS: pa.list_(pa.string())}


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
        return json.dumps(value, ensure_ascii=False)
    return value


def _arrow_table(rows: list[dict], props: tuple[Prop, ...], ends: tuple[str, ...] = ()) -> pa.Table:
    columns = {end: pa.array([r[end] for r in rows], pa.string()) for end in ends}
    for p in props:
        columns[p.name] = pa.array([_cell(p, r.get(p.name)) for r in rows], _ARROW.get(p.type, pa.string()))
    return pa.table(columns)


def node_tables(g: nx.MultiDiGraph) -> dict[str, pa.Table]:
    """Label -> Arrow table of that label's nodes, ordered by id."""
    rows: dict[str, list[dict]] = defaultdict(list)
    for n, attrs in sorted(g.nodes(data=True)):
        rows[attrs["label"]].append({**attrs, "id": n})
    return {node.name: _arrow_table(rows[node.name], node_props(node)) for node in NODES if rows[node.name]}


def rel_tables(g: nx.MultiDiGraph) -> dict[tuple[str, str, str], pa.Table]:
    """(type, from label, to label) -> Arrow table with `from`, `to` and the properties."""
    rows: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
    for u, v, key, attrs in sorted(g.edges(keys=True, data=True), key=lambda e: e[:3]):
        rows[(key, g.nodes[u]["label"], g.nodes[v]["label"])].append({**attrs, "from": u, "to": v})
    by_name = {r.name: r for r in RELS}
    return {k: _arrow_table(r, rel_props(by_name[k[0]]), ("from", "to")) for k, r in sorted(rows.items())}


def write(g: nx.MultiDiGraph, db_file: Path) -> int:
    """Create the tables in a new database file and COPY the graph in; returns rows written.

    Each statement committed on its own costs a WAL sync (about 0.1 s here, whatever its
    size), so the tables and the rows go in one transaction each and are checkpointed once."""
    import ladybug as lb

    db = lb.Database(str(db_file), auto_checkpoint=False)
    conn = lb.Connection(db)
    try:
        _in_transaction(conn, [(statement, {}) for statement in ddl()])
        copies = [(f"COPY {label} FROM $rows", {"rows": t}) for label, t in node_tables(g).items()]
        copies += [(f"COPY {rel} FROM $rows (from='{src}', to='{dst}')", {"rows": t})
                   for (rel, src, dst), t in rel_tables(g).items()]
        _in_transaction(conn, copies)
        conn.execute("CHECKPOINT")
        return sum(params["rows"].num_rows for _, params in copies)
    finally:
        conn.close()
        db.close()


def _in_transaction(conn, statements: list[tuple[str, dict]]) -> None:
    conn.execute("BEGIN TRANSACTION")
    try:
        for statement, params in statements:
            conn.execute(statement, params)
    except BaseException:
        conn.execute("ROLLBACK")
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
