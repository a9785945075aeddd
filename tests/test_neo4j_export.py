"""The Neo4j statements, their rows, the Cypher script and the neo4j-admin CSV folder.

`sample_graph()` follows the graph conventions by hand (it is also used by test_neo4j_push and
test_cypher_lint) and holds the text that breaks naive writers: quotes, backslashes, newlines,
Vietnamese, `<script>`, a `;` inside a string.
"""
from __future__ import annotations

import csv
import datetime as dt
import json

import networkx as nx
import pytest

from luocdo.graph import neo4j_export as nx4
from luocdo.graph.schema import NODES, RELS

TRICKY = 'Kết luận của Thủ tướng: "khẩn"; it\'s C:\\dữ liệu\\\nline 2 <script>alert(1)</script>'
EVIDENCE = [{"file": "examples/001.txt", "start": 10, "end": 42, "sentence": TRICKY}]


def sample_graph() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()

    def node(node_id, label, **props):
        g.add_node(node_id, label=label, **props, sources=["examples/001.txt"], evidence=EVIDENCE)

    def edge(u, v, rel, **props):
        g.add_edge(u, v, key=rel, type=rel, **props, sources=["examples/001.txt"], evidence=EVIDENCE)

    node("doc:001", "Document", path="examples/001.txt", sha256="ab" * 32, kind="text",
         title=TRICKY, date="2024-03-05", author=None)
    node("TB:123/TB-VPCP@2024", "Instrument", type="TB", number="123", symbol="TB-VPCP", year=2024,
         date="2024-03-05", title="Thông báo kết luận", issuer="Văn phòng Chính phủ",
         aliases=["Thông báo 123", "TB 123/TB-VPCP"], display_name="123/TB-VPCP (2024)")
    node("ĐA:de-an-06", "Instrument", type="ĐA", title="Đề án 06", aliases=[])
    node("org:bo-cong-an", "Organization", name="Bộ Công an", kind="ministry", aliases=["BCA"])
    node("person:tran-luu-quang", "Person", name="Trần Lưu Quang",
         positions=["Phó Thủ tướng (2024-03-05)"])
    node("meeting:001", "Meeting", name="Hội nghị", date="2024-03-01", place="Hà Nội", period=None)
    node("task:001#1", "Task", text=TRICKY, ordinal="1", deadline="2024-12-31")
    edge("doc:001", "TB:123/TB-VPCP@2024", "DESCRIBES", **{"as": "full_text"})
    edge("TB:123/TB-VPCP@2024", "ĐA:de-an-06", "REQUIRES_IMPLEMENTATION_OF", via_task="task:001#1")
    edge("task:001#1", "ĐA:de-an-06", "REQUIRES_IMPLEMENTATION_OF")
    edge("TB:123/TB-VPCP@2024", "task:001#1", "HAS_TASK")
    edge("task:001#1", "org:bo-cong-an", "ASSIGNED_TO", role="lead")
    edge("task:001#1", "person:tran-luu-quang", "REPORTS_TO")
    edge("task:001#1", "org:bo-cong-an", "REPORTS_TO")
    edge("person:tran-luu-quang", "org:bo-cong-an", "HOLDS_POSITION_IN", position="Phó Thủ tướng",
         as_of="2024-03-05")
    return g


# --- statements, generated from the schema ----------------------------------------------------

def test_one_constraint_per_label_on_its_key():
    assert len(nx4.CONSTRAINTS) == len(NODES)
    assert nx4.CONSTRAINTS[1] == ("CREATE CONSTRAINT instrument_id_unique IF NOT EXISTS "
                                  "FOR (n:Instrument) REQUIRE n.id IS UNIQUE")


def test_one_merge_per_relationship_type_and_end_pair():
    assert set(nx4.REL_MERGES) == {(r.name, a, b) for r in RELS for a, b in r.ends}
    assert nx4.REL_MERGES["REPORTS_TO", "Task", "Person"] == (
        "UNWIND $rows AS row MATCH (a:Task {id: row.from}) MATCH (b:Person {id: row.to}) "
        "MERGE (a)-[r:REPORTS_TO]->(b) SET r += row.props")


def test_constraints_come_first():
    statements = nx4.all_statements()
    assert statements[:len(NODES)] == list(nx4.CONSTRAINTS)
    assert all(s.startswith("UNWIND $rows AS row") for s in statements[len(NODES):])


# --- rows -------------------------------------------------------------------------------------

def test_node_row_has_every_declared_property_typed_for_the_driver():
    rows = nx4.node_rows(sample_graph())
    assert [r["id"] for r in rows["Instrument"]] == ["TB:123/TB-VPCP@2024", "ĐA:de-an-06"]
    props = rows["Instrument"][0]["props"]
    assert props == {
        "type": "TB", "number": "123", "symbol": "TB-VPCP", "year": 2024, "date": dt.date(2024, 3, 5),
        "title": "Thông báo kết luận", "issuer": "Văn phòng Chính phủ",
        "aliases": ["Thông báo 123", "TB 123/TB-VPCP"], "display_name": "123/TB-VPCP (2024)", "sources": ["examples/001.txt"],
        "evidence": json.dumps(EVIDENCE, ensure_ascii=False),
    }
    # absent values are sent as null, so that SET += removes what a rebuilt graph dropped
    assert rows["Instrument"][1]["props"]["date"] is None
    assert rows["Instrument"][1]["props"]["aliases"] == []


def test_rel_rows_group_by_type_and_end_pair():
    rows = nx4.rel_rows(sample_graph())
    assert rows["REPORTS_TO", "Task", "Organization"] == [{
        "from": "task:001#1", "to": "org:bo-cong-an",
        "props": {"sources": ["examples/001.txt"], "evidence": json.dumps(EVIDENCE, ensure_ascii=False)},
    }]
    assert rows["HOLDS_POSITION_IN", "Person", "Organization"][0]["props"]["as_of"] == dt.date(2024, 3, 5)
    assert rows["DESCRIBES", "Document", "Instrument"][0]["props"]["as"] == "full_text"
    assert ("REPORTS_TO", "Task", "Person") in rows
    assert ("CITES", "Instrument", "Instrument") not in rows


def test_batches_split_rows_and_put_nodes_before_edges():
    batches = nx4.merge_batches(sample_graph(), size=1)
    assert len(batches) == 7 + 8
    assert batches[0] == nx4.Batch(nx4.NODE_MERGES["Document"], nx4.node_rows(sample_graph())["Document"])
    assert [b.statement for b in batches[1:3]] == [nx4.NODE_MERGES["Instrument"]] * 2
    assert all(b.statement in nx4.REL_MERGES.values() for b in batches[7:])


@pytest.mark.parametrize("mutate, message", [
    (lambda g: g.add_node("x", label="Instrumnt"), "label 'Instrumnt'"),
    (lambda g: g.add_edge("org:bo-cong-an", "task:001#1", key="HAS_TASK", type="HAS_TASK"), "HAS_TASK"),
    (lambda g: g.add_edge("task:001#1", "org:bo-cong-an", key="CITEZ", type="CITEZ"), "CITEZ"),
])
def test_graph_that_breaks_the_schema_is_refused(mutate, message):
    g = sample_graph()
    mutate(g)
    with pytest.raises(nx4.SchemaMismatch, match=message):
        nx4.merge_batches(g)


# --- the Cypher script ------------------------------------------------------------------------

@pytest.mark.parametrize("text, literal", [
    ("plain", "'plain'"),
    ("it's", r"'it\'s'"),
    ('say "hi"', "'say \"hi\"'"),
    ("C:\\dir\\", r"'C:\\dir\\'"),
    ("a\nb\r\tc", r"'a\nb\r\tc'"),
    ("Thủ tướng Chính phủ", "'Thủ tướng Chính phủ'"),
    ("bell\x07 nul\x00 sep\u2028", r"'bell\u0007 nul\u0000 sep\u2028'"),
    ("<script>x;</script>", "'<script>x;</script>'"),
])
def test_cypher_string_escaping(text, literal):
    assert nx4.cypher_string(text) == literal


@pytest.mark.parametrize("value, literal", [
    (None, "null"), (True, "true"), (2024, "2024"), (dt.date(2024, 3, 5), "date('2024-03-05')"),
    (["a", "b"], "['a', 'b']"), ({"as": "x", "odd key": 1}, "{as: 'x', `odd key`: 1}"),
])
def test_cypher_literal(value, literal):
    assert nx4.cypher_literal(value) == literal


def test_script_is_constraints_then_the_push_statements_with_rows_inlined():
    script = nx4.cypher_script(sample_graph())
    code = "".join(line for line in script.splitlines(keepends=True) if not line.startswith("//"))
    body = code.split(";\n")
    assert body.pop() == ""
    assert body[:len(NODES)] == list(nx4.CONSTRAINTS)
    first = body[len(NODES)]
    assert first.startswith("UNWIND [\n  {id: 'doc:001', props: {path: 'examples/001.txt'")
    assert first.endswith("] AS row MERGE (n:Document {id: row.id}) SET n += row.props")
    assert "date: date('2024-03-05')" in first
    assert nx4.cypher_string(TRICKY) in first
    assert script.endswith(";\n")


def test_write_cypher_script(tmp_path):
    out = tmp_path / "sub" / "graph.cypher"
    nx4.write_cypher_script(sample_graph(), out)
    assert out.read_text(encoding="utf-8") == nx4.cypher_script(sample_graph())


# --- neo4j-admin CSV --------------------------------------------------------------------------

def read_csv(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.reader(f))


def test_csv_headers_carry_neo4j_admin_types(tmp_path):
    nx4.write_neo4j_csv(sample_graph(), tmp_path)
    header, *rows = read_csv(tmp_path / "Instrument.nodes.csv")
    assert header == ["id:ID", ":LABEL", "type", "number", "symbol", "year:long", "date:date", "title",
                      "issuer", "aliases:string[]", "display_name", "sources:string[]", "evidence"]
    assert rows[0][:6] == ["TB:123/TB-VPCP@2024", "Instrument", "TB", "123", "TB-VPCP", "2024"]
    assert rows[0][9] == "Thông báo 123;TB 123/TB-VPCP"
    assert json.loads(rows[0][12]) == EVIDENCE  # quotes, newlines and ; survive CSV quoting
    assert rows[1][5:7] == ["", ""]  # no year, no date: no property


def test_csv_relationships_share_one_file_per_type_across_end_pairs(tmp_path):
    nx4.write_neo4j_csv(sample_graph(), tmp_path)
    header, *rows = read_csv(tmp_path / "REPORTS_TO.relationships.csv")
    assert header == [":START_ID", ":END_ID", ":TYPE", "sources:string[]", "evidence"]
    assert [r[:3] for r in rows] == [["task:001#1", "person:tran-luu-quang", "REPORTS_TO"],
                                     ["task:001#1", "org:bo-cong-an", "REPORTS_TO"]]
    header, *rows = read_csv(tmp_path / "HOLDS_POSITION_IN.relationships.csv")
    assert header[3:5] == ["position", "as_of:date"] and rows[0][3:5] == ["Phó Thủ tướng", "2024-03-05"]


def test_import_script_names_every_file(tmp_path):
    nx4.write_neo4j_csv(sample_graph(), tmp_path)
    files = sorted(p.name for p in tmp_path.glob("*.csv"))
    assert len(files) == 6 + 6
    command = (tmp_path / "import.sh").read_text(encoding="utf-8").splitlines()[-1]
    assert command.startswith('neo4j-admin database import full --id-type=string --array-delimiter=";" '
                              "--multiline-fields=true --nodes=Document.nodes.csv ")
    assert all(f"={f}" in command for f in files)
    assert command.endswith('--relationships=REQUIRES_IMPLEMENTATION_OF.relationships.csv "${1:-neo4j}"')


def test_constraints_come_with_the_csv_folder(tmp_path):
    nx4.write_neo4j_csv(sample_graph(), tmp_path)
    script = (tmp_path / "constraints.cypher").read_text(encoding="utf-8")
    assert script == nx4.as_script(nx4.CONSTRAINTS)
    assert "cypher-shell -d DATABASE -f constraints.cypher" in (tmp_path / "import.sh").read_text()


@pytest.mark.parametrize("aliases, delimiter, option", [
    (["BCA; Bộ CA", 'Bộ "CA", cũ\nmới'], "|", '--array-delimiter="|"'),
    (["a;b", "c|d"], "\u001f", '--array-delimiter="U+001F"'),
])
def test_array_delimiter_is_one_no_list_value_contains(tmp_path, aliases, delimiter, option):
    """neo4j-admin cannot escape its array delimiter, so the export picks one that is free."""
    g = sample_graph()
    g.nodes["org:bo-cong-an"]["aliases"] = aliases
    nx4.write_neo4j_csv(g, tmp_path)
    header, *rows = read_csv(tmp_path / "Organization.nodes.csv")
    [row] = [r for r in rows if r[0] == "org:bo-cong-an"]
    assert row[header.index("aliases:string[]")].split(delimiter) == aliases
    assert option in (tmp_path / "import.sh").read_text(encoding="utf-8")
