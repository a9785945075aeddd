"""The graph: labels, properties and ends from the schema, provenance on everything."""
from __future__ import annotations

import dataclasses

import pytest

from extractions import full_text_381, news_381, report_205
from luocdo.graph.build import EVIDENCE_PER_DOCUMENT, SchemaError, build_graph
from luocdo.graph.schema import NODE_BY_NAME, REL_BY_NAME, STATED_BY_TASK, node_props, rel_props
from luocdo.model import Relation, Span


@pytest.fixture(scope="module")
def graph():
    return build_graph([full_text_381(), news_381(), report_205("seeds/000.txt"), report_205("seeds/002.txt")])


def test_every_node_has_its_labels_properties_and_provenance(graph):
    for node, attrs in graph.nodes(data=True):
        declared = {p.name for p in node_props(NODE_BY_NAME[attrs["label"]])}
        assert set(attrs) == declared | {"label"}, node
        assert attrs["id"] == node and attrs["sources"]


def test_every_edge_is_allowed_by_the_schema_and_carries_evidence_unless_its_tasks(graph):
    for u, v, key, attrs in graph.edges(keys=True, data=True):
        rel = REL_BY_NAME[key]
        assert (graph.nodes[u]["label"], graph.nodes[v]["label"]) in rel.ends
        assert set(attrs) == {p.name for p in rel_props(rel)} | {"type"}
        assert attrs["type"] == key, (u, key, v)
        if key in STATED_BY_TASK:  # the task's sources and evidence are the edge's
            task = graph.nodes[v if key == "HAS_TASK" else u]
            assert attrs["sources"] == attrs["evidence"] == [] and len(task["sources"]) == 1, (u, key, v)
        else:
            assert attrs["sources"] and attrs["evidence"], (u, key, v)


def test_a_task_gives_no_evidence_sentence_its_text_holds(graph):
    tasks = [a for _, a in graph.nodes(data=True) if a["label"] == "Task"]
    assert tasks
    for task in tasks:
        [evidence] = task["evidence"]
        assert set(evidence) == {"file", "start", "end"}, task["id"]
        assert evidence["file"] == task["sources"][0] and evidence["end"] > evidence["start"]


def test_evidence_is_the_sentence_at_source_offsets(graph):
    [evidence] = graph.edges["TB:381/@2024", "CT:18/CT-TTg@2023", "CITES"]["evidence"][:1]
    source = full_text_381().document.text
    assert source[evidence["start"]:evidence["end"]] == "Chỉ thị số 18/CT-TTg ngày 30/5/2023"
    assert evidence["sentence"].startswith("Bộ Công an chủ trì")


def test_one_instrument_described_by_its_full_text_and_its_report(graph):
    describes = sorted((graph.nodes[u]["path"], a["as"]) for u, v, k, a in graph.in_edges("TB:381/@2024", keys=True, data=True)
                       if k == "DESCRIBES")
    assert describes == [("seeds/001.txt", "full_text"), ("seeds/004.txt", "report")]
    described = {v for _, v, k in graph.edges(keys=True) if k == "DESCRIBES"}
    assert described == {"TB:381/@2024", "TB:205/TB-VPCP@2025"}


def test_a_task_requirement_is_also_the_instruments_via_the_task(graph):
    edge = graph.edges["TB:381/@2024", "CT:18/CT-TTg@2023", "REQUIRES_IMPLEMENTATION_OF"]
    assert edge["via_task"].startswith("task:") and graph.has_edge(edge["via_task"], "CT:18/CT-TTg@2023")
    assert sorted(edge["sources"]) == ["seeds/001.txt", "seeds/004.txt"]  # the report states it too


def test_tasks_meetings_people_and_positions(graph):
    task = next(n for n, a in graph.nodes(data=True) if a["label"] == "Task" and a["ordinal"] == "1")
    assert {(v, a["role"]) for _, v, k, a in graph.out_edges(task, keys=True, data=True) if k == "ASSIGNED_TO"} == \
        {("org:bo-cong-an", "lead"), ("org:bo-cong-thuong", "support")}
    assert graph.nodes[task]["deadline"] == "2024-12-31"
    assert graph.has_edge("person:nguyen-hong-dien", "org:bo-cong-thuong", "HOLDS_POSITION_IN")
    meeting = next(v for _, v, k in graph.out_edges("TB:381/@2024", keys=True) if k == "CONCLUDES")
    assert graph.has_edge(meeting, "person:tran-luu-quang", "CHAIRED_BY")
    assert graph.nodes[meeting]["date"] == "2024-08-08"


def test_an_edge_the_schema_does_not_allow_is_an_error():
    ex = full_text_381()
    ex.relations.append(Relation("org:bo-cong-an", "CITES", "CT:18/CT-TTg@2023", Span(0, 1)))
    with pytest.raises(SchemaError, match="CITES may not go from Organization"):
        build_graph([ex])


def test_an_edge_to_nothing_is_an_error():
    ex = full_text_381()
    ex.relations.append(Relation("CT:18/CT-TTg@2023", "CITES", "NQ:1/NQ-CP@2020", Span(0, 1)))
    with pytest.raises(SchemaError, match="a missing node"):
        build_graph([ex])


def test_conflicts_travel_with_the_graph():
    g = build_graph([report_205("a.txt"), report_205("b.txt", date="2025-05-01")])
    assert [c["property"] for c in g.graph["conflicts"]] == ["date"]


@pytest.mark.parametrize("second", [
    ("Luật Đất đai năm 2024", "LUẬT", None, None, 2024, {"name": "Luật Đất đai năm 2024"}),
    ("Luật số 31/2024/qh15", "LUẬT", "31", "qh15", 2024),
    ("Luật Đất đai", "LUẬT", None, None, None, {"name": "Luật Đất đai"}),
], ids=["by name and year", "symbol in lower case", "by name alone"])
def test_one_law_written_two_ways_is_one_node_with_both_documents_evidence(second):
    from extractions import citing

    g = build_graph([citing("a.txt", ("Luật Đất đai số 31/2024/QH15", "LUẬT", "31", "QH15", 2024, {"name": "Đất đai"}),
                            subject=("Nghị định số 102/2024/NĐ-CP", "NĐ", "102", "NĐ-CP", 2024)),
                     citing("b.txt", second, subject=("Nghị định số 101/2024/NĐ-CP", "NĐ", "101", "NĐ-CP", 2024))])
    law = g.nodes["LUẬT:31/QH15@2024"]
    assert law["sources"] == ["a.txt", "b.txt"]
    assert [e["file"] for e in law["evidence"]] == ["a.txt", "b.txt"]
    assert {u for u, _, k in g.in_edges("LUẬT:31/QH15@2024", keys=True) if k == "CITES"} == \
        {"NĐ:102/NĐ-CP@2024", "NĐ:101/NĐ-CP@2024"}
    assert len([n for n, a in g.nodes(data=True) if a["label"] == "Instrument" and a.get("type") == "LUẬT"]) == 1


@pytest.mark.parametrize("names, name, aliases", [
    (["Cục KSTTHC", "Cục Kiểm soát thủ tục hành chính"], "Cục Kiểm soát thủ tục hành chính", ["Cục KSTTHC"]),
    (["Cục Kiểm soát thủ tục hành chính", "Cục KSTTHC"], "Cục Kiểm soát thủ tục hành chính", ["Cục KSTTHC"]),
    (["bộ, ngành", "Các bộ, ngành"], "Các bộ, ngành", ["bộ, ngành"]),
    (["Các bộ, ngành", "các bộ, ngành"], "Các bộ, ngành", []),
], ids=["abbreviation first", "spelled out first", "collective without các first", "two cases"])
def test_a_body_written_two_ways_is_named_as_its_id_spells_it(names, name, aliases):
    from extractions import document, extraction, org

    g = build_graph([extraction(document(f"{i}.txt", n), organizations=[org(n, n, known=False)])
                     for i, n in enumerate(names)])
    [body] = [a for _, a in g.nodes(data=True) if a["label"] == "Organization"]
    assert (body["name"], body["aliases"]) == (name, aliases)



def _cited_times(times: int):
    """A notice that cites one decree `times` times (each citation its own span and evidence)."""
    from extractions import document, extraction, instrument

    head, each = "Thông báo số 1/TB-VPCP.\n", "Nghị định số 2/2020/NĐ-CP.\n"
    text = head + each * times
    doc = document(f"cites-{times}.txt", text)
    subject = instrument(text, "Thông báo số 1/TB-VPCP", "TB", "1", "TB-VPCP", 2020)
    cited = instrument(text, "Nghị định số 2/2020/NĐ-CP", "NĐ", "2", "NĐ-CP", 2020)
    ex = extraction(doc, subject, "full_text", instruments=[cited])
    first = ex.relations[0]
    starts = [len(head) + len(each) * i for i in range(times)]
    ex.relations = [Relation(first.source, "CITES", first.target, Span(at, at + len(each) - 2)) for at in starts]
    return ex


def test_provenance_grows_linearly_with_the_evidence_of_one_edge():
    """An edge stated N times in a document costs N steps, not N²: a list search per added
    evidence (as the dedupe once was) made 16 times the mentions cost 75 times as much."""
    from growth import timed_until

    def build_cited(times: int):
        ex = _cited_times(times)
        return lambda: build_graph([ex])

    g = build_cited(100)()  # warm up: imports, gazetteer
    [(_, _, attrs)] = [e for e in g.edges(data=True) if e[2]["type"] == "CITES"]
    assert len(attrs["evidence"]) == EVIDENCE_PER_DOCUMENT  # the first mentions; the rest are counted out
    once, sixteen = timed_until(lambda once, sixteen: sixteen < 40 * once + 0.05, build_cited(1_000), build_cited(16_000))
    assert sixteen < 40 * once + 0.05, f"{once:.3f} s for 1,000 mentions, {sixteen:.3f} s for 16,000"


def test_an_issuer_named_longer_than_the_gazetteer_is_the_node_its_edge_targets():
    """A `/TW` symbol's issuer, `Ban Chấp hành Trung ương Đảng`, is keyed by the gazetteer's
    name; a build of a document that never names the body must not leave the edge dangling."""
    from luocdo.extract import extract
    from luocdo.loaders.pipeline import load_string

    text = ("ỦY BAN NHÂN DÂN TỈNH LÀO CAI\nSố: 12/KH-UBND\nKẾ HOẠCH\nTriển khai Nghị quyết\n"
            "Thực hiện Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 về đột phá phát triển "
            "khoa học, công nghệ.\n")
    g = build_graph([extract(load_string(text, "kh.txt"))])
    [(law, body)] = [(u, v) for u, v, k in g.edges(keys=True) if k == "ISSUED_BY" and "57" in u]
    assert g.nodes[body]["name"] == "Ban Chấp hành Trung ương"


def test_a_task_keeps_the_sentence_its_text_does_not_hold():
    """A task whose text is not its sentence (a heading's lead-in, a table row) keeps it."""
    from extractions import document, extraction, task

    text = "Giao Bộ Tư pháp: rà soát văn bản trước ngày 30/6/2025."
    doc = document("a.txt", text)
    stated = task(text, "rà soát văn bản trước ngày 30/6/2025")
    reworded = dataclasses.replace(stated, text="Rà soát văn bản quy phạm pháp luật")
    g = build_graph([extraction(doc, tasks=[reworded])])
    [evidence] = next(a for _, a in g.nodes(data=True) if a["label"] == "Task")["evidence"]
    assert evidence["sentence"] == text
