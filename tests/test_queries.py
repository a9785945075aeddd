"""Named queries and `luocdo query` on a real LadybugDB store written from a small graph."""
from __future__ import annotations

import datetime as dt
import json
import re
import sys
from pathlib import Path

import networkx as nx
import pytest

from luocdo.cli import main
from luocdo.graph import store
from luocdo.queries import QueryUsageError, named_queries, run_cypher, run_named
from luocdo.tables import render_table, width, wrap
from luocdo.queries.library import Answer, merge_evidence, parse_header
from test_targets import DA06, add_instrument, add_named

T205 = "TB:205/TB-VPCP@2025"
T381 = "TB:381/TB-VPCP@2024"
CT18 = "CT:18/CT-TTg@2023"
CT17 = "CT:17/CT-TTg@2018"
QD06 = "QĐ:06/QĐ-TTg@2022"
SENTENCE_381 = "Bộ Công an chủ trì triển khai Đề án 06 và Chỉ thị số 18/CT-TTg."
SENTENCE_205 = "Bộ Công an chủ trì, phối hợp với Bộ Công Thương thực hiện nghiêm Chỉ thị số 17/CT-TTg."


def evidence(path: str, sentence: str) -> list[dict]:
    return [{"file": path, "start": 0, "end": len(sentence), "sentence": sentence}]


def edge(G, u, v, rel, path="seeds/381.txt", sentence="", **props):
    G.add_edge(u, v, key=rel, type=rel, **props, sources=[path], evidence=evidence(path, sentence) if sentence else [])


def add_task(G, tid, text, deadline, instrument, path):
    G.add_node(tid, label="Task", id=tid, text=text, ordinal="1", deadline=deadline, sources=[path],
               evidence=evidence(path, text))
    edge(G, instrument, tid, "HAS_TASK", path, text)
    return tid


def seeds_graph() -> nx.MultiDiGraph:
    """381 requires Đề án 06 and 18/CT-TTg through its task; 205 requires 17/CT-TTg (2018);
    citations 205 -> 381 -> {18/CT-TTg, 06/QĐ-TTg} -> Đề án 06, and 06/QĐ-TTg approves it."""
    G = nx.MultiDiGraph(format="luocdo-graph/1")
    add_instrument(G, DA06, "ĐA", "06", title="Phát triển ứng dụng dữ liệu về dân cư", aliases=["Đề án 06"])
    add_instrument(G, QD06, "QĐ", "06", "QĐ-TTg", 2022, "2022-01-06", "Phê duyệt Đề án 06")
    add_instrument(G, CT18, "CT", "18", "CT-TTg", 2023, "2023-05-30", "Đẩy mạnh triển khai Đề án 06")
    add_instrument(G, CT17, "CT", "17", "CT-TTg", 2018, "2018-06-19", "Chống buôn lậu dược phẩm")
    add_instrument(G, "CT:17/CT-TTg@2024", "CT", "17", "CT-TTg", 2024, "2024-04-13", "Tăng trưởng")
    add_instrument(G, T381, "TB", "381", "TB-VPCP", 2024, "2024-08-21", "Kết luận về Đề án 06")
    add_instrument(G, T205, "TB", "205", "TB-VPCP", 2025, "2025-04-28", "Kết luận Ban Chỉ đạo 389")
    add_named(G, "org:bo-cong-an", "Organization", "Bộ Công an")
    add_named(G, "org:bo-cong-thuong", "Organization", "Bộ Công Thương")
    add_named(G, "org:van-phong-chinh-phu", "Organization", "Văn phòng Chính phủ", aliases=["VPCP"])
    add_named(G, "person:bui-thanh-son", "Person", "Bùi Thanh Sơn")
    add_named(G, "org:cuc-canh-sat-kinh-te", "Organization", "Cục Cảnh sát kinh tế")
    G.add_node("meeting:389-q1-2025", label="Meeting", id="meeting:389-q1-2025", name="Hội nghị giao ban quý I/2025",
               date="2025-04-15", place="Hà Nội", period="quý I/2025", sources=[], evidence=[])
    G.add_node("doc:aaaa", label="Document", id="doc:aaaa", path="seeds/205.txt", sha256="aaaa", kind="text",
               title="Tin", date="2025-04-29", author=None, sources=[], evidence=[])
    t381 = add_task(G, "task:381-1", SENTENCE_381, "2024-12-31", T381, "seeds/381.txt")
    t381b = add_task(G, "task:381-2", "Bộ Công an báo cáo kết quả.", None, T381, "seeds/381.txt")
    t205 = add_task(G, "task:205-1", SENTENCE_205, "2025-05-31", T205, "seeds/205.txt")
    t381c = add_task(G, "task:381-3", "Cục Cảnh sát kinh tế rà soát.", "2024-10-31", T381, "seeds/381.txt")
    for target in (DA06, CT18):
        edge(G, t381, target, "REQUIRES_IMPLEMENTATION_OF", sentence=SENTENCE_381, via_task=None)
        edge(G, T381, target, "REQUIRES_IMPLEMENTATION_OF", sentence=SENTENCE_381, via_task=t381)
    edge(G, t205, CT17, "REQUIRES_IMPLEMENTATION_OF", "seeds/205.txt", SENTENCE_205, via_task=None)  # task only
    for u, v in ((T205, T381), (T381, CT18), (T381, QD06), (CT18, DA06), (QD06, DA06), (T205, CT17)):
        edge(G, u, v, "CITES")
    edge(G, QD06, DA06, "APPROVES")
    edge(G, t381, "org:bo-cong-an", "ASSIGNED_TO", role="lead")
    edge(G, t381b, "org:bo-cong-an", "ASSIGNED_TO", role="")
    edge(G, t205, "org:bo-cong-an", "ASSIGNED_TO", "seeds/205.txt", role="lead")
    edge(G, t205, "org:bo-cong-thuong", "ASSIGNED_TO", "seeds/205.txt", role="support")
    edge(G, T205, "org:van-phong-chinh-phu", "ISSUED_BY")
    edge(G, T205, "person:bui-thanh-son", "SIGNED_BY", capacity="KT. THỦ TƯỚNG / PHÓ THỦ TƯỚNG")
    edge(G, T205, "meeting:389-q1-2025", "CONCLUDES")
    edge(G, "meeting:389-q1-2025", "person:bui-thanh-son", "CHAIRED_BY")
    edge(G, t381c, "org:cuc-canh-sat-kinh-te", "ASSIGNED_TO", role="lead")
    edge(G, "org:cuc-canh-sat-kinh-te", "org:bo-cong-an", "PART_OF")
    edge(G, T205, "org:bo-cong-an", "SENT_TO")
    edge(G, T381, "org:bo-cong-an", "SENT_TO")
    edge(G, T381, "org:van-phong-chinh-phu", "ISSUED_BY")
    edge(G, "doc:aaaa", T205, "DESCRIBES", **{"as": "report"})
    G.add_node("doc:bbbb", label="Document", id="doc:bbbb", path="seeds/381.txt", sha256="bbbb", kind="text",
               title="Thông báo 381", date=None, author=None, sources=[], evidence=[])
    edge(G, "doc:bbbb", T381, "DESCRIBES", **{"as": "full_text"})
    edge(G, "doc:bbbb", CT18, "DESCRIBES", **{"as": "full_text"})  # an appendix: a second instrument
    return G


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("queries") / "db"
    store.write_database(seeds_graph(), path)
    return path


def ids(rows):
    return [r["id"] for r in rows]


def test_requires_implementation_direct_and_through_tasks(db):
    assert run_named(db, "requires-implementation", target="Đề án 06") == [{
        "id": T381, "type": "TB", "number": "381", "symbol": "TB-VPCP", "year": 2024,
        "date": dt.date(2024, 8, 21), "title": "Kết luận về Đề án 06", "evidence": SENTENCE_381,
        "source": "seeds/381.txt", "sources": ["seeds/381.txt"]}]
    assert ids(run_named(db, "requires-implementation", target="18/CT-TTg")) == [T381]
    assert ids(run_named(db, "requires-implementation", target="17/CT-TTg 2018")) == [T205]
    assert run_named(db, "requires-implementation", target="CT:17/CT-TTg@2024") == []


def test_cited_by_follows_chains_up_to_depth(db):
    by_depth = [(r["id"], r["depth"]) for r in run_named(db, "cited-by", target="Đề án 06", depth="3")]
    assert by_depth == [(QD06, 1), (CT18, 1), (T381, 2), (T205, 3)]
    assert [(r["id"], r["depth"]) for r in run_named(db, "cited-by", target="Đề án 06")] == [(QD06, 1), (CT18, 1)]


@pytest.mark.parametrize("depth", ["0", "11", "two", "1.5"])
def test_cited_by_rejects_depths_outside_1_to_10(db, depth):
    with pytest.raises(QueryUsageError, match="whole number from 1 to 10"):
        run_named(db, "cited-by", target="Đề án 06", depth=depth)


def test_reference_chain_lists_all_shortest_paths(db):
    assert run_named(db, "reference-chain", **{"from": "205/TB-VPCP", "to": "de an 06"}) == [
        {"hops": 3, "path": ["205/TB-VPCP (2025)", "381/TB-VPCP (2024)", "18/CT-TTg (2023)", "06"],
         "ids": [T205, T381, CT18, DA06]},
        {"hops": 3, "path": ["205/TB-VPCP (2025)", "381/TB-VPCP (2024)", "06/QĐ-TTg (2022)", "06"],
         "ids": [T205, T381, QD06, DA06]},
    ]
    assert run_named(db, "reference-chain", **{"from": "Đề án 06", "to": "205/TB-VPCP"}) == []


def test_instrument_shows_its_whole_luoc_do(db):
    facts = [(r["relation"], r["id"], r["date"], r["detail"]) for r in run_named(db, "instrument", target="205/TB-VPCP")]
    day = dt.date(2025, 4, 28)
    assert facts == [
        ("is", T205, day, "Kết luận Ban Chỉ đạo 389"),
        ("issued by", "org:van-phong-chinh-phu", day, "ministry"),
        ("signed by", "person:bui-thanh-son", day, "KT. THỦ TƯỚNG / PHÓ THỦ TƯỚNG"),
        ("concludes", "meeting:389-q1-2025", dt.date(2025, 4, 15), "Hà Nội"),
        ("meeting chaired by", "person:bui-thanh-son", dt.date(2025, 4, 15), "Hội nghị giao ban quý I/2025"),
        ("cites", CT17, dt.date(2018, 6, 19), "Chống buôn lậu dược phẩm"),
        ("cites", T381, dt.date(2024, 8, 21), "Kết luận về Đề án 06"),
        ("requires", CT17, dt.date(2018, 6, 19), "Chống buôn lậu dược phẩm"),
        ("has task", "task:205-1", dt.date(2025, 5, 31), "1"),
        ("sent to", "org:bo-cong-an", day, "ministry"),
        ("described by", "doc:aaaa", dt.date(2025, 4, 29), "report"),
    ]


def test_instrument_shows_what_requires_and_approves_it(db):
    facts = [(r["relation"], r["id"]) for r in run_named(db, "instrument", target="Đề án 06")]
    assert facts == [("is", DA06), ("cited by", QD06), ("cited by", CT18), ("required by", T381),
                     ("approved by", QD06)]


def test_tasks_for_marks_overdue_as_of_a_date(db):
    rows = run_named(db, "tasks-for", org="BCA", as_of="2025-01-01")
    assert [(r["task_id"], r["body_id"], r["role"], r["deadline"], r["overdue"], r["instrument_id"])
            for r in rows] == [
        ("task:381-3", "org:cuc-canh-sat-kinh-te", "lead", dt.date(2024, 10, 31), True, T381),  # a sub-body's
        ("task:381-1", "org:bo-cong-an", "lead", dt.date(2024, 12, 31), True, T381),
        ("task:205-1", "org:bo-cong-an", "lead", dt.date(2025, 5, 31), False, T205),
        ("task:381-2", "org:bo-cong-an", None, None, False, T381)  # the store keeps an empty role as null,
    ]
    assert [r["task_id"] for r in run_named(db, "tasks-for", org="Cục Cảnh sát kinh tế")] == ["task:381-3"]
    assert [(r["task_id"], r["role"]) for r in run_named(db, "tasks-for", org="bo cong thuong")] == [
        ("task:205-1", "support")]


def test_tasks_for_lists_a_task_once_when_its_body_is_reached_by_several_paths(tmp_path):
    """A bureau under a department and directly under the ministry: its task once for the ministry."""
    G = seeds_graph()
    add_named(G, "org:phong-x", "Organization", "Phòng Xuất nhập cảnh")
    edge(G, "org:phong-x", "org:cuc-canh-sat-kinh-te", "PART_OF")
    edge(G, "org:phong-x", "org:bo-cong-an", "PART_OF")
    edge(G, add_task(G, "task:381-4", "Phòng Xuất nhập cảnh rà soát.", "2024-11-30", T381, "seeds/381.txt"),
         "org:phong-x", "ASSIGNED_TO", role="lead")
    store.write_database(G, tmp_path / "db")
    rows = run_named(tmp_path / "db", "tasks-for", org="BCA", as_of="2025-01-01")
    assert [(r["task_id"], r["body_id"]) for r in rows] == [
        ("task:381-3", "org:cuc-canh-sat-kinh-te"), ("task:381-4", "org:phong-x"), ("task:381-1", "org:bo-cong-an"),
        ("task:205-1", "org:bo-cong-an"), ("task:381-2", "org:bo-cong-an")]


def test_documents_filter_by_type_issuer_signer_dates_and_title_words(db):
    everything = [(r["id"], r["files"]) for r in run_named(db, "documents")]
    assert everything == [(CT18, ["seeds/381.txt"]), (T381, ["seeds/381.txt"]), (T205, ["seeds/205.txt"])]
    assert run_named(db, "documents", type="Thông báo")[0] == {
        "id": T381, "type": "TB", "number": "381", "symbol": "TB-VPCP", "date": dt.date(2024, 8, 21),
        "title": "Kết luận về Đề án 06", "issuer": "Văn phòng Chính phủ", "files": ["seeds/381.txt"]}
    for typed in ("TB", "tb", "thong bao", "THÔNG BÁO"):
        assert ids(run_named(db, "documents", type=typed)) == [T381, T205], typed
    assert ids(run_named(db, "documents", type="chi thi")) == [CT18]
    assert ids(run_named(db, "documents", issuer="VPCP", signer="bui thanh son")) == [T205]
    assert ids(run_named(db, "documents", **{"from": "2024-01-01", "to": "2024-12-31"})) == [T381]
    assert ids(run_named(db, "documents", **{"from": "2024-01-01"})) == [T381, T205]
    for words in ("de an 06", "ĐỀ ÁN", "06 đề"):
        assert ids(run_named(db, "documents", title=words)) == [CT18, T381], words
    assert ids(run_named(db, "documents", type="any", issuer="", title="ket luan")) == [T381, T205]
    assert run_named(db, "documents", title="buon lau") == []


def test_documents_rejects_an_unknown_type(db):
    with pytest.raises(QueryUsageError, match=r"'Thong tin' is no instrument type; known codes: .*TB"):
        run_named(db, "documents", type="Thong tin")


def test_sent_to_lists_the_instruments_whose_recipients_name_the_body(db):
    assert [(r["id"], r["issuer"]) for r in run_named(db, "sent-to", org="bo cong an")] == [
        (T205, "Văn phòng Chính phủ"), (T381, "Văn phòng Chính phủ")]
    assert run_named(db, "sent-to", org="Bộ Công Thương") == []


def test_signed_by_gives_the_capacity(db):
    assert run_named(db, "signed-by", person="bui thanh son") == [{
        "id": T205, "type": "TB", "number": "205", "symbol": "TB-VPCP", "date": dt.date(2025, 4, 28),
        "title": "Kết luận Ban Chỉ đạo 389", "capacity": "KT. THỦ TƯỚNG / PHÓ THỦ TƯỚNG"}]


def test_overdue_lists_every_bodys_late_tasks_as_of_a_date(db):
    rows = run_named(db, "overdue", as_of="2025-01-01")
    assert [(r["task_id"], r["assignee"], r["role"], r["deadline"], r["instrument_id"]) for r in rows] == [
        ("task:381-3", "Cục Cảnh sát kinh tế", "lead", dt.date(2024, 10, 31), T381),
        ("task:381-1", "Bộ Công an", "lead", dt.date(2024, 12, 31), T381)]
    assert [(r["task_id"], r["assignee_id"]) for r in run_named(db, "overdue", as_of="2025-06-01")][-2:] == [
        ("task:205-1", "org:bo-cong-an"), ("task:205-1", "org:bo-cong-thuong")]
    assert run_named(db, "overdue", as_of="2024-10-31") == []  # due that day is not yet late


def test_timeline_orders_instruments_meetings_and_deadlines(db):
    events = [(r["date"].isoformat(), r["kind"], r["id"]) for r in run_named(db, "timeline")]
    assert events == [
        ("2018-06-19", "instrument", CT17), ("2022-01-06", "instrument", QD06),
        ("2023-05-30", "instrument", CT18), ("2024-04-13", "instrument", "CT:17/CT-TTg@2024"),
        ("2024-08-21", "instrument", T381), ("2024-10-31", "deadline", "task:381-3"),
        ("2024-12-31", "deadline", "task:381-1"),
        ("2025-04-15", "meeting", "meeting:389-q1-2025"), ("2025-04-28", "instrument", T205),
        ("2025-05-31", "deadline", "task:205-1"),
    ]


def test_every_named_query_declares_the_parameters_its_cypher_uses():
    for dialect in ("ladybug", "neo4j"):
        for q in named_queries(dialect).values():
            used = set(re.findall(r"\$(\w+)", q.cypher))
            assert used == {p.cypher_name for p in q.params}, (dialect, q.name)


def test_dialect_variants_share_their_header():
    ladybug, neo4j = named_queries("ladybug"), named_queries("neo4j")
    assert sorted(ladybug) == sorted(neo4j) == [
        "cited-by", "documents", "instrument", "overdue", "reference-chain", "requires-implementation", "sent-to",
        "signed-by", "tasks-for", "timeline"]
    for name in ladybug:
        assert (ladybug[name].params, ladybug[name].description, ladybug[name].examples) == \
            (neo4j[name].params, neo4j[name].description, neo4j[name].examples), name


def test_header_continuation_lines_join_the_field_above():
    assert parse_header("// name: x\n// description: one\n//   two\n// plain note\n//   not joined\nMATCH") == {
        "name": ["x"], "description": ["one two"]}


def test_rows_that_differ_only_in_evidence_merge_into_one():
    later = {"file": "a.txt", "start": 50, "end": 60, "sentence": "Later."}
    rows = [{"id": "x", "evidence": json.dumps([later] + evidence("b.txt", "Two.")), "year": 1},
            {"id": "x", "evidence": json.dumps(evidence("a.txt", "One.") + [later]), "year": 1},
            {"id": "y", "evidence": None, "year": 2}]
    answer = merge_evidence(Answer(["id", "evidence", "year"], rows), "evidence")
    assert answer.columns == ["id", "evidence", "source", "sources", "year"]
    assert answer.rows == [
        {"id": "x", "evidence": "One.", "source": "a.txt", "sources": ["a.txt", "b.txt"], "year": 1},
        {"id": "y", "evidence": None, "source": None, "sources": [], "year": 2}]


def cli(capsys, *argv):
    code = main(["query", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_json_is_an_array_of_rows_keyed_by_column(db, capsys):
    code, out, _ = cli(capsys, "--db", str(db), "--name", "requires-implementation",
                       "--param", "target=Đề án 06", "--format", "json")
    assert code == 0
    assert [(r["type"], r["number"], r["year"], r["date"]) for r in json.loads(out)] == [
        ("TB", "381", 2024, "2024-08-21")]


def test_cli_csv_has_a_header_even_without_rows(db, capsys):
    code, out, _ = cli(capsys, "--db", str(db), "MATCH (i:Instrument) WHERE i.year = $year RETURN i.id AS id, "
                       "i.aliases AS aliases ORDER BY id", "--param", "year=2022", "--format", "csv")
    assert (code, out) == (0, 'id,aliases\nQĐ:06/QĐ-TTg@2022,[]\n')
    code, out, _ = cli(capsys, "--db", str(db), "MATCH (i:Instrument) WHERE i.year = $year RETURN i.id AS id",
                       "--param", "year=1990", "--format", "csv")
    assert (code, out) == (0, "id\n")


def test_cli_table_aligns_vietnamese_and_wide_letters(capsys):
    assert render_table(["tên", "n"], [{"tên": "Bộ Công an", "n": 1}, {"tên": "漢字漢字漢字", "n": None}]) == "\n".join([
        "tên           n",
        "------------  -",
        "Bộ Công an    1",
        "漢字漢字漢字"])
    assert width("Đề án 06") == 8 and width("漢字") == 4


@pytest.mark.parametrize("argv, code, message", [
    (["--name", "requires-implementation", "--param", "target=17/CT-TTg"], 2,
     "'17/CT-TTg' fits 2 Instrument nodes; add the year (\"17/CT-TTg 2018\")"),
    (["--name", "requires-implementation", "--param", "target=Chỉ thị 99"], 2, "no Instrument in the graph fits"),
    (["--name", "requires-implementation"], 2, "requires-implementation needs --param target=..."),
    (["--name", "cited-by", "--param", "target=Đề án 06", "--param", "depth=20"], 2, "whole number from 1 to 10"),
    (["--name", "tasks-for", "--param", "org=BCA", "--param", "as_of=31/12/2025"], 2, "must be a date YYYY-MM-DD"),
    (["--name", "timeline", "--param", "year=2024"], 2, "timeline takes no parameter year"),
    (["--name", "no-such-query"], 2, "no named query 'no-such-query'; known: cited-by, documents, instrument"),
    (["--name", "timeline", "--param", "oops"], 2, "--param 'oops' is not KEY=VALUE"),
    (["MATCH (i:Instrument RETURN i"], 2, "the database rejected the query: Parser exception"),
    (["MATCH (i:Instrument) RETURN i.no_such_property"], 2, "Binder exception"),
    (["CREATE (:Person {id: 'x'})"], 2, "refused: CREATE writes the graph or its schema; queries only read"),
    ([], 2, "give either a Cypher statement or --name NAME"),
])
def test_cli_usage_errors_exit_2_with_the_reason(db, capsys, argv, code, message):
    got, out, err = cli(capsys, "--db", str(db), *argv)
    assert (got, out) == (code, "")
    assert message in err


def test_cli_missing_database_names_the_folder(tmp_path, capsys):
    code, _, err = cli(capsys, "--db", str(tmp_path / "nowhere"), "--name", "timeline")
    assert code == 1
    assert f"{tmp_path / 'nowhere'} does not exist" in err


def test_cli_list_shows_every_query_with_its_parameters(capsys):
    code, out, _ = cli(capsys, "--list")
    assert code == 0
    assert [line for line in out.splitlines() if line and not line.startswith(" ")] == sorted(named_queries())
    assert "    --param depth=...  (int 1..10, default 1) how many citation steps to follow back" in out
    assert '  e.g. luocdo query --db out/db --name requires-implementation --param target="Đề án 06"' in out


def test_table_wraps_long_text_in_its_column_and_never_breaks_ids():
    long_id = "KH:" + "ke-hoach-" * 12
    title = "Bộ Tư pháp chủ trì rà soát văn bản quy phạm pháp luật 漢字漢字 " * 4
    lines = render_table(["id", "title"], [{"id": long_id, "title": title}], room=140).splitlines()
    assert lines[2].startswith(long_id + "  ")
    assert all(width(line) <= 140 for line in lines) and len(lines) > 3
    column = len(long_id) + 2  # every line of the title starts in the title's column
    assert " ".join(line[column:].strip() for line in lines[2:]) == " ".join(title.split())
    assert all(line[:column].strip() == "" for line in lines[3:])


def test_wide_table_keeps_each_row_on_one_line_uncut():
    rows = [{"id": "task:1", "task": "x " * 200}, {"id": "task:2", "task": "y"}]
    lines = render_table(["id", "task"], rows, wide=True, room=40).splitlines()
    assert len(lines) == 4 and lines[2] == "task:1  " + ("x " * 200).strip()


@pytest.mark.parametrize("text, columns, lines", [
    ("Bộ Công an chủ trì phối hợp", 10, ["Bộ Công an", "chủ trì", "phối hợp"]),
    ("漢字漢字漢字 Bộ", 5, ["漢字", "漢字", "漢字", "Bộ"]),  # a wide letter is two columns, never split
    ("abcdefghijklmnop qr", 6, ["abcdef", "ghijkl", "mnop", "qr"]),  # a word longer than the line is cut
    ("", 5, [""]),
])
def test_wrap_breaks_between_words_within_the_columns(text, columns, lines):
    assert wrap(text, columns) == lines


def test_table_wraps_long_task_texts_in_time_linear_in_their_length():
    """tasks-for on the corpus has 1,254 rows, some tasks 60,000 characters long: four times the
    rows take at most about four times as long (CPU time, not a speed target)."""
    from growth import timed_until

    text = "Bộ Tư pháp chủ trì, phối hợp thực hiện 漢字. " * 500
    once, four = timed_until(lambda once, four: four < 8 * once,
                             lambda: render_table(["task"], [{"task": text}] * 60, room=80),
                             lambda: render_table(["task"], [{"task": text}] * 240, room=80), runs=2)
    assert four < 8 * once, f"{once:.3f} s for 60 rows, {four:.3f} s for 240"
    table = render_table(["task"], [{"task": text}] * 3, room=80)
    lines = table.splitlines()
    assert max(map(width, lines)) == 80
    assert " ".join(lines[-300:]).endswith(" ".join(text.split()[-40:]))


EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@pytest.fixture(scope="module")
def seeds_db(tmp_path_factory):
    """The bundled seeds through the real pipeline: the issue's acceptance questions."""
    path = tmp_path_factory.mktemp("seeds") / "db"
    assert main(["build", str(EXAMPLES), "--db", str(path), "--quiet"]) == 0
    return path


@pytest.mark.parametrize("target, expected", [
    ("Đề án 06", [("TB", "381", 2024)]),
    ("18/CT-TTg", [("TB", "381", 2024)]),
    ("17/CT-TTg", [("TB", "205", 2025)]),
])
def test_seeds_requires_implementation(seeds_db, capsys, target, expected):
    code, out, _ = cli(capsys, "--db", str(seeds_db), "--name", "requires-implementation",
                       "--param", f"target={target}", "--format", "json")
    assert code == 0
    rows = json.loads(out)
    assert [(r["type"], r["number"], r["year"]) for r in rows] == expected
    assert all(target.split("/")[0].split()[-1] in r["evidence"] and Path(r["source"]).parent.name == "examples"
               for r in rows)


def test_seeds_documents_of_type_tb_are_the_three_notices(seeds_db, capsys):
    code, out, _ = cli(capsys, "--db", str(seeds_db), "--name", "documents", "--param", "type=TB", "--format", "json")
    assert code == 0
    assert [(r["id"], len(r["files"])) for r in json.loads(out)] == [
        ("TB:205/TB-VPCP@2025", 2), ("TB:381/@2024", 2), ("TB:?@2021~e6dbca79d8", 1)]


def test_seeds_tasks_for_a_body_include_its_sub_bodies(seeds_db):
    bodies = {r["body_id"] for r in run_named(seeds_db, "tasks-for", org="Ban Chỉ đạo 389 quốc gia")}
    assert bodies == {"org:van-phong-thuong-truc-ban-chi-dao-389-quoc-gia"}


def test_docs_describe_every_named_query():
    docs = (Path(__file__).resolve().parent.parent / "docs" / "queries.md").read_text(encoding="utf-8")
    assert sorted(re.findall(r"^### (\S+)$", docs, re.M)) == sorted(named_queries())


# Modules a query never needs: the graph's builder and the extractors (networkx alone is about
# a fifth of a second, the extractors as much again), which made `luocdo query` start in 0.65 s.
BUILD_ONLY_MODULES = ("networkx", "luocdo.extract", "luocdo.graph.build", "luocdo.graph.kg")


@pytest.mark.parametrize("args", [
    ["MATCH (i:Instrument) RETURN count(i) AS n"],
    ["--name", "requires-implementation", "--param", "target=Đề án 06"],
])
def test_a_query_from_the_shell_loads_neither_the_builder_nor_the_extractors(db, args):
    import subprocess

    script = ("import sys; from luocdo.cli import main; code = main(sys.argv[1:]); "
              f"print([m for m in {BUILD_ONLY_MODULES!r} if m in sys.modules]); sys.exit(code)")
    result = subprocess.run([sys.executable, "-c", script, "query", "--db", str(db), *args],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "[]"
