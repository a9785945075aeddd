"""The graph for Neo4j: the Cypher statements, the rows they take, a script and import CSVs.

Every Cypher statement luocdo sends to or writes for Neo4j is generated here from graph/schema.py,
so that `push` (luocdo.graph.neo4j_push) sends, `export --format cypher` writes and the tests lint
the very same text:

- one uniqueness constraint per label on its key (`CONSTRAINTS`), first, so MERGE finds nodes
  by index;
- per label, `UNWIND $rows AS row MERGE (n:Label {id: row.id}) SET n += row.props`;
- per relationship type and end pair, `UNWIND $rows AS row MATCH (a:From {id: row.from})
  MATCH (b:To {id: row.to}) MERGE (a)-[r:TYPE]->(b) SET r += row.props`.

A row's `props` holds every declared property, null where the graph has no value, so that
`SET +=` also removes a value that a rebuilt graph dropped: pushing the same graph twice, or a
new build over an old one, leaves exactly the graph. Node ids are globally unique strings
(the networkx node ids), so the CSV export uses one id space.

    >>> print(node_merge_statement(NODE_BY_NAME["Task"]))
    UNWIND $rows AS row MERGE (n:Task {id: row.id}) SET n += row.props
"""
from __future__ import annotations

import csv
import datetime as dt
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from luocdo.graph.schema import (
    DATE, INT, NODE_BY_NAME, NODES, REL_BY_NAME, RELS, STRING, STRINGS, NodeLabel, Prop, RelType,
    node_props, rel_props,
)

ROWS = "$rows"  # the one parameter of the MERGE statements; the script inlines a literal list
BATCH_SIZE = 1000  # rows per statement: one transaction each, small enough for any server heap

# neo4j-admin's --array-delimiter for string[] columns: it has no escape for it, so an export
# uses the first of these that no list value contains (`;` unless a file name has one).
ARRAY_DELIMITERS = (";", "|", "\u001f", "\u001e")
# neo4j-admin reads RFC 4180 CSV: `"` quotes a field, `""` inside one is a quote, and newlines
# in quoted fields need --multiline-fields=true; backslashes are plain (no --legacy-style-quoting).
CSV_DIALECT = csv.excel
CSV_TYPES = {STRING: "", INT: "long", DATE: "date", STRINGS: "string[]"}
IMPORT_SCRIPT = "import.sh"
CONSTRAINTS_SCRIPT = "constraints.cypher"  # neo4j-admin import creates none; run after it


class SchemaMismatch(ValueError):
    """The graph holds a label, relationship type or end pair that graph/schema.py does not."""


# --- statements -------------------------------------------------------------------------------

def cypher_name(name: str) -> str:
    """A label, type or key as Cypher reads it: backticked unless it is a plain identifier."""
    return name if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name) else "`" + name.replace("`", "``") + "`"


def constraint_statement(node: NodeLabel) -> str:
    name = cypher_name(f"{node.name.lower()}_{node.key}_unique")
    return (f"CREATE CONSTRAINT {name} IF NOT EXISTS FOR (n:{cypher_name(node.name)}) "
            f"REQUIRE n.{cypher_name(node.key)} IS UNIQUE")


def node_merge_statement(node: NodeLabel, rows: str = ROWS) -> str:
    return (f"UNWIND {rows} AS row MERGE (n:{cypher_name(node.name)} "
            f"{{{cypher_name(node.key)}: row.id}}) SET n += row.props")


def rel_merge_statement(rel: RelType, start: str, end: str, rows: str = ROWS) -> str:
    a, b = NODE_BY_NAME[start], NODE_BY_NAME[end]
    return (f"UNWIND {rows} AS row "
            f"MATCH (a:{cypher_name(a.name)} {{{cypher_name(a.key)}: row.from}}) "
            f"MATCH (b:{cypher_name(b.name)} {{{cypher_name(b.key)}: row.to}}) "
            f"MERGE (a)-[r:{cypher_name(rel.name)}]->(b) SET r += row.props")


CONSTRAINTS: tuple[str, ...] = tuple(constraint_statement(n) for n in NODES)
NODE_MERGES: dict[str, str] = {n.name: node_merge_statement(n) for n in NODES}
REL_MERGES: dict[tuple[str, str, str], str] = {
    (r.name, start, end): rel_merge_statement(r, start, end) for r in RELS for start, end in r.ends
}


def all_statements() -> list[str]:
    """Every statement `push` can send, in the order it sends them, for the linter."""
    return [*CONSTRAINTS, *NODE_MERGES.values(), *REL_MERGES.values()]


# --- rows -------------------------------------------------------------------------------------

def neo4j_value(prop: Prop, value: object) -> object:
    """A graph attribute as the driver should send it: `datetime.date` for dates (stored as
    Neo4j DATE), int, list of str, and evidence as one JSON string (Neo4j has no nested maps)."""
    if value is None:
        return None
    if prop.name == "evidence":
        return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    if prop.type == DATE:
        return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))
    if prop.type == INT:
        return int(value)
    if prop.type == STRINGS:
        return [str(v) for v in value]
    return str(value)


def property_map(props: tuple[Prop, ...], attrs: dict) -> dict:
    return {p.name: neo4j_value(p, attrs.get(p.name)) for p in props}


def stored_node_props(node: NodeLabel) -> tuple[Prop, ...]:
    """The properties a node row carries in `props`: all declared ones but the key."""
    return tuple(p for p in node_props(node) if p.name != node.key)


def node_label(graph, node_id: str) -> NodeLabel:
    name = graph.nodes[node_id].get("label")
    if name not in NODE_BY_NAME:
        raise SchemaMismatch(f"node {node_id!r} has label {name!r}, which graph/schema.py does not declare")
    return NODE_BY_NAME[name]


def node_rows(graph) -> dict[str, list[dict]]:
    """label -> [{"id", "props"}], labels in schema order, rows sorted by id (stable output)."""
    rows: dict[str, list[dict]] = {n.name: [] for n in NODES}
    for node_id in sorted(graph.nodes):
        node = node_label(graph, node_id)
        rows[node.name].append(
            {"id": node_id, "props": property_map(stored_node_props(node), graph.nodes[node_id])})
    return {name: found for name, found in rows.items() if found}


def edge_group(graph, start: str, end: str, attrs: dict) -> tuple[str, str, str]:
    """(type, from label, to label) of an edge, checked against the schema's ends."""
    rel = REL_BY_NAME.get(attrs.get("type"))
    pair = (node_label(graph, start).name, node_label(graph, end).name)
    if rel is None or pair not in rel.ends:
        raise SchemaMismatch(f"edge {start!r} -[{attrs.get('type')}]-> {end!r} between {pair} "
                             "is not declared in graph/schema.py")
    return (rel.name, *pair)


def rel_rows(graph) -> dict[tuple[str, str, str], list[dict]]:
    """(type, from label, to label) -> [{"from", "to", "props"}], in REL_MERGES order."""
    rows: dict[tuple[str, str, str], list[dict]] = {group: [] for group in REL_MERGES}
    for start, end, attrs in sorted(graph.edges(data=True), key=lambda e: (e[0], e[1], e[2].get("type", ""))):
        group = edge_group(graph, start, end, attrs)
        rows[group].append(
            {"from": start, "to": end, "props": property_map(rel_props(REL_BY_NAME[group[0]]), attrs)})
    return {group: found for group, found in rows.items() if found}


@dataclass(frozen=True)
class Batch:
    """One statement to run with `{"rows": rows}` as its parameters."""

    statement: str
    rows: list[dict]


def chunks(rows: list[dict], size: int) -> Iterator[list[dict]]:
    for i in range(0, len(rows), size):
        yield rows[i:i + size]


def merge_batches(graph, size: int = BATCH_SIZE) -> list[Batch]:
    """The MERGE statements and their rows for the whole graph: all nodes, then all edges
    (whose MATCHes need the nodes). Pure, so tests check exactly what `push` sends."""
    nodes = [Batch(NODE_MERGES[label], chunk)
             for label, rows in node_rows(graph).items() for chunk in chunks(rows, size)]
    rels = [Batch(REL_MERGES[group], chunk)
            for group, rows in rel_rows(graph).items() for chunk in chunks(rows, size)]
    return nodes + rels


# --- Cypher script ----------------------------------------------------------------------------

_ESCAPES = {"\\": "\\\\", "'": "\\'", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
_STRING_ESCAPES = str.maketrans(
    {**{chr(c): f"\\u{c:04x}" for c in [*range(0x20), 0x7F, 0x2028, 0x2029]}, **_ESCAPES})


def cypher_string(text: str) -> str:
    """A single-quoted Cypher string literal; Vietnamese and other text stays as it is."""
    return "'" + text.translate(_STRING_ESCAPES) + "'"


def cypher_literal(value: object) -> str:
    """A Cypher literal for a value of a row: null, numbers, strings, date(), lists and maps."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return cypher_string(value)
    if isinstance(value, dt.date):
        return f"date('{value.isoformat()}')"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(cypher_literal(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{cypher_name(k)}: {cypher_literal(v)}" for k, v in value.items()) + "}"
    raise TypeError(f"no Cypher literal for {type(value).__name__}: {value!r}")


def inline_rows(batch: Batch) -> str:
    """The batch's statement with its rows written in place of $rows, for a script file."""
    rows = "[\n  " + ",\n  ".join(cypher_literal(row) for row in batch.rows) + "\n]"
    return batch.statement.replace(ROWS, rows, 1)


def as_script(statements) -> str:
    """Statements as cypher-shell reads a file: each ended by `;` on its own line."""
    return "".join(s + ";\n" for s in statements)


def cypher_script(graph, size: int = BATCH_SIZE) -> str:
    """The whole graph as `;`-terminated statements for cypher-shell or Neo4j Browser."""
    head = (f"// luocdo graph: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} "
            "relationships. Run: cypher-shell -f THIS_FILE\n"
            "// Constraints first, then MERGE: running it twice changes nothing.\n")
    statements = [*CONSTRAINTS, *(inline_rows(b) for b in merge_batches(graph, size))]
    return head + as_script(statements)


def write_cypher_script(graph, path) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(cypher_script(graph), encoding="utf-8")


# --- neo4j-admin CSV --------------------------------------------------------------------------

def csv_column(prop: Prop) -> str:
    kind = CSV_TYPES[prop.type]
    return f"{prop.name}:{kind}" if kind else prop.name


def csv_cell(value: object, delimiter: str = ARRAY_DELIMITERS[0]) -> str:
    """A property value as neo4j-admin reads it, lists joined by `delimiter`; empty means no property."""
    if value is None:
        return ""
    if isinstance(value, list):
        return delimiter.join(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def array_delimiter(rows: Iterable[dict]) -> str:
    """The first of ARRAY_DELIMITERS that no list value in the rows' `props` contains."""
    text = "".join(v for row in rows for value in row["props"].values() if isinstance(value, list) for v in value)
    free = [d for d in ARRAY_DELIMITERS if d not in text]
    if not free:
        raise ValueError(f"every array delimiter neo4j-admin could use ({', '.join(map(repr, ARRAY_DELIMITERS))}) "
                         "occurs in a list value")
    return free[0]


def delimiter_option(delimiter: str) -> str:
    """How neo4j-admin's --array-delimiter takes it: printable as itself, else as `U+001F`."""
    return delimiter if delimiter.isprintable() else f"U+{ord(delimiter):04X}"


def node_table(node: NodeLabel, rows: list[dict], delimiter: str) -> list[list[str]]:
    props = stored_node_props(node)
    header = [f"{node.key}:ID", ":LABEL", *(csv_column(p) for p in props)]
    return [header, *([row["id"], node.name, *(csv_cell(row["props"][p.name], delimiter) for p in props)]
                      for row in rows)]


def rel_table(rel: RelType, rows: list[dict], delimiter: str) -> list[list[str]]:
    props = rel_props(rel)
    header = [":START_ID", ":END_ID", ":TYPE", *(csv_column(p) for p in props)]
    return [header, *([row["from"], row["to"], rel.name, *(csv_cell(row["props"][p.name], delimiter) for p in props)]
                      for row in rows)]


def csv_tables(graph) -> tuple[dict[str, list[list[str]]], str]:
    """(file name -> header and data rows, the array delimiter they use): `Label.nodes.csv` per
    label, `TYPE.relationships.csv` per relationship type (all its end pairs in one file: the id
    space is global)."""
    nodes = node_rows(graph)
    by_type: dict[str, list[dict]] = {}
    for (rel, _start, _end), rows in rel_rows(graph).items():
        by_type.setdefault(rel, []).extend(rows)
    delimiter = array_delimiter(row for rows in [*nodes.values(), *by_type.values()] for row in rows)
    tables = {f"{label}.nodes.csv": node_table(NODE_BY_NAME[label], rows, delimiter) for label, rows in nodes.items()}
    tables.update({f"{rel}.relationships.csv": rel_table(REL_BY_NAME[rel], rows, delimiter)
                   for rel, rows in by_type.items()})
    return tables, delimiter


def import_command(files: list[str], delimiter: str = ARRAY_DELIMITERS[0]) -> str:
    """The neo4j-admin command that loads the CSV folder into a new database."""
    nodes = " ".join(f"--nodes={f}" for f in files if f.endswith(".nodes.csv"))
    rels = " ".join(f"--relationships={f}" for f in files if f.endswith(".relationships.csv"))
    return (f"neo4j-admin database import full --id-type=string --array-delimiter=\"{delimiter_option(delimiter)}\" "
            f"--multiline-fields=true {nodes} {rels}").rstrip()


def write_neo4j_csv(graph, folder) -> None:
    """One header+data CSV per label and per relationship type, import.sh running neo4j-admin
    on them (the database name is its first argument, `neo4j` by default), and the constraints
    as a script to run once the database is started."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    tables, delimiter = csv_tables(graph)
    for name, table in tables.items():
        with open(folder / name, "w", encoding="utf-8", newline="") as f:
            csv.writer(f, CSV_DIALECT).writerows(table)
    script = folder / IMPORT_SCRIPT
    script.write_text(
        "#!/bin/sh\n"
        "# Load this folder into a new Neo4j database (stop it first; add --overwrite-destination\n"
        f"# to replace one). Arrays (string[]) are split on '{delimiter_option(delimiter)}'. Then start it and run\n"
        f"# cypher-shell -d DATABASE -f {CONSTRAINTS_SCRIPT}\n"
        'cd "$(dirname "$0")" || exit 1\n'
        f'{import_command(sorted(tables), delimiter)} "${{1:-neo4j}}"\n', encoding="utf-8")
    script.chmod(0o755)
    (folder / CONSTRAINTS_SCRIPT).write_text(as_script(CONSTRAINTS), encoding="utf-8")
