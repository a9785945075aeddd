"""RDF export: the ELI mapping, the vocabulary file, round trips, and the SPARQL in docs/rdf.md.

The graph is built by hand with build.py's conventions: a small version of the seeds, where
Thông báo 381/TB-VPCP (2024) requires Đề án 06 and Chỉ thị 18/CT-TTg (2023) directly and through
a task, and 205/TB-VPCP (2025) requires and cites 17/CT-TTg (2018). Look-alikes (18/CT-TTg of
2019, 17/CT-TTg of 2020, a notice that only cites Đề án 06) are there to be left out.
"""
from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import unquote

import networkx as nx
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS, XSD

from luocdo.commands.export import exporter
from luocdo.graph.rdf import (
    ELI, ENTITY_BASE, LUOCDO, entity_iri, mapping_table, prop_term, rel_term, to_rdf, type_iri,
    write_jsonld, write_turtle,
)
from luocdo.graph.schema import NODES, RELS, STATED_BY_TASK, rel_props

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs" / "rdf.md"
VOCABULARY = ROOT / "luocdo" / "data" / "luocdo.ttl"

# The ELI terms the mapping may use, as the ELI ontology defines them; a typo in schema.py fails.
ELI_TERMS = {ELI[t] for t in ("LegalResource", "cites", "passed_by", "number", "type_document",
                              "date_document", "title", "related_to", "responsibility_of_agent")}

TB381, TB205, TB13 = "TB:381/TB-VPCP@2024", "TB:205/TB-VPCP@2025", "TB:13/TB-VPCP@2021"
DA06 = "ĐA:de-an-phat-trien-ung-dung-du-lieu-ve-dan-cu"
CT18, CT18_2019 = "CT:18/CT-TTg@2023", "CT:18/CT-TTg@2019"
CT17, CT17_2020 = "CT:17/CT-TTg@2018", "CT:17/CT-TTg@2020"
TASK = "task:abc123:3"
DOC001, DOC000 = "doc:0123abcd", "doc:4567ef01"
PATH001, PATH000 = "examples/001_2e663b31c79c2c39.txt", "examples/000_6cfdd9eb0ababaab.txt"
TASK_TEXT = ('Bộ Công an chủ trì triển khai "Đề án 06" <script>alert(1)</script>\n'
             "trước ngày 31/12/2024")


def evidence(path: str, sentence: str) -> list[dict]:
    return [{"file": path, "start": 10, "end": 10 + len(sentence), "sentence": sentence}]


def add_node(G, node_id, label, source=PATH001, **props):
    G.add_node(node_id, label=label, id=node_id, **props, sources=[source],
               evidence=evidence(source, f"Câu nói về {node_id}."))


def add_edge(G, u, v, rel, source=PATH001, **props):
    """An edge as the graph has it: the edges a task states with no provenance of their own."""
    stated_by_task = rel in STATED_BY_TASK
    G.add_edge(u, v, key=rel, type=rel, **props, sources=[] if stated_by_task else [source],
               evidence=[] if stated_by_task else evidence(source, f"{u} {rel} {v}."))


def instrument(G, node_id, type_, number, symbol, year, source=PATH001, **props):
    add_node(G, node_id, "Instrument", source, type=type_, number=number, symbol=symbol, year=year,
             display_name=f"{number}/{symbol} ({year})", **props)


def seed_graph() -> nx.MultiDiGraph:
    G = nx.MultiDiGraph()
    add_node(G, DOC001, "Document", path=PATH001, kind="text")
    add_node(G, DOC000, "Document", PATH000, path=PATH000, kind="news",
             title="Kết luận về chống buôn lậu")
    instrument(G, TB381, "TB", "381", "TB-VPCP", 2024, date="2024-08-13",
               title='Kết luận của Phó Thủ tướng Trần Lưu Quang về "Đề án 06"')
    add_node(G, DA06, "Instrument", type="ĐA", number="06", aliases=["Đề án 06"],
             title="Đề án Phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực")
    instrument(G, CT18, "CT", "18", "CT-TTg", 2023, date="2023-05-30")
    instrument(G, CT18_2019, "CT", "18", "CT-TTg", 2019)
    instrument(G, TB205, "TB", "205", "TB-VPCP", 2025, source=PATH000, date="2025-04-28")
    instrument(G, CT17, "CT", "17", "CT-TTg", 2018, source=PATH000, date="2018-06-19")
    instrument(G, CT17_2020, "CT", "17", "CT-TTg", 2020)
    instrument(G, TB13, "TB", "13", "TB-VPCP", 2021)
    add_node(G, TASK, "Task", text=TASK_TEXT, ordinal="3", deadline="2024-12-31")
    add_node(G, "org:bo-cong-an", "Organization", name="Bộ Công an", aliases=["BCA"])
    add_node(G, "org:van-phong-chinh-phu", "Organization", name="Văn phòng Chính phủ")
    add_node(G, "person:tran-luu-quang", "Person", name="Trần Lưu Quang",
             positions=["Phó Thủ tướng Chính phủ (2024-08-13)"])
    add_node(G, "meeting:abc123", "Meeting", name="Cuộc họp về Đề án 06", date="2024-08-08")

    add_edge(G, DOC001, TB381, "DESCRIBES", **{"as": "full_text"})
    add_edge(G, DOC000, TB205, "DESCRIBES", source=PATH000, **{"as": "report"})
    for target in (DA06, CT18):
        add_edge(G, TB381, target, "CITES")
        add_edge(G, TB381, target, "REQUIRES_IMPLEMENTATION_OF", via_task=TASK)
        add_edge(G, TASK, target, "REQUIRES_IMPLEMENTATION_OF")
    add_edge(G, TB381, TASK, "HAS_TASK")
    add_edge(G, TASK, "org:bo-cong-an", "ASSIGNED_TO", role="lead")
    add_edge(G, TASK, "org:van-phong-chinh-phu", "ASSIGNED_TO", role="support")
    add_edge(G, TB381, "org:van-phong-chinh-phu", "ISSUED_BY")
    add_edge(G, TB381, "person:tran-luu-quang", "SIGNED_BY", capacity="KT. BỘ TRƯỞNG, CHỦ NHIỆM")
    add_edge(G, TB381, "meeting:abc123", "CONCLUDES")
    add_edge(G, "meeting:abc123", "person:tran-luu-quang", "CHAIRED_BY")
    add_edge(G, TB205, CT17, "CITES", source=PATH000)
    add_edge(G, TB205, CT17, "REQUIRES_IMPLEMENTATION_OF", source="reports/not-loaded.txt")
    add_edge(G, TB13, CT17_2020, "CITES")
    add_edge(G, TB13, DA06, "CITES")
    add_edge(G, TB13, CT18_2019, "REQUIRES_IMPLEMENTATION_OF")
    return G


@pytest.fixture(scope="module")
def turtle_graph(tmp_path_factory) -> Graph:
    """The seed graph exported as Turtle and parsed again: what a user's triple store sees."""
    path = tmp_path_factory.mktemp("rdf") / "graph.ttl"
    write_turtle(seed_graph(), path)
    return Graph().parse(path, format="turtle")


def vocabulary() -> Graph:
    return Graph().parse(VOCABULARY, format="turtle")


def docs_queries() -> dict[str, str]:
    """The SPARQL examples of docs/rdf.md by their heading, so the tests run what users read."""
    pattern = re.compile(r"^### (.+?)\n.*?```sparql\n(.*?)```", re.S | re.M)
    return dict(pattern.findall(DOCS.read_text(encoding="utf-8")))


def docs_query(heading_start: str) -> str:
    [query] = [q for heading, q in docs_queries().items() if heading.startswith(heading_start)]
    return query


def answer(g: Graph, query: str, var: str = "instrument") -> set[str]:
    return {str(row[var]) for row in g.query(query)}


# ---------------------------------------------------------------- mapping and vocabulary


def luocdo_terms_used() -> set[URIRef]:
    """Every luocdo: term the mapping can write: schema classes, relations and values, plus
    what an export actually contains (evidence)."""
    terms = {URIRef(n.rdf_class.replace("luocdo:", str(LUOCDO))) for n in NODES}
    terms |= {rel_term(r) for r in RELS}
    terms |= {prop_term(p)[0] for n in NODES for p in n.props}
    terms |= {prop_term(p)[0] for r in RELS for p in rel_props(r) if p.name not in ("sources", "evidence")}
    exported = to_rdf(seed_graph())
    terms |= set(exported.predicates()) | set(exported.objects(None, RDF.type))
    return {t for t in terms if t.startswith(str(LUOCDO))}


def test_every_relation_type_maps_to_an_eli_property_or_a_declared_vocabulary_property():
    vocab = vocabulary()
    for rel in RELS:
        term = rel_term(rel)
        assert term in ELI_TERMS or (term, RDF.type, OWL.ObjectProperty) in vocab, rel.name


def test_every_eli_term_the_schema_names_is_an_eli_term():
    specs = [n.rdf_class for n in NODES] + [r.rdf_property for r in RELS]
    specs += [p.rdf.partition("@")[0] for n in NODES for p in n.props] + [
        p.rdf.partition("@")[0] for r in RELS for p in r.props]
    named = {ELI[s.removeprefix("eli:")] for s in specs if s.startswith("eli:")}
    assert named and named <= ELI_TERMS


def test_every_luocdo_term_used_is_declared_with_english_and_vietnamese_labels_and_a_comment():
    vocab = vocabulary()
    for term in luocdo_terms_used():
        labels = {label.language for label in vocab.objects(term, RDFS.label)}
        assert {"en", "vi"} <= labels, term
        assert (term, RDFS.comment, None) in vocab, term
        assert set(vocab.objects(term, RDF.type)) & {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty}, term


def test_the_vocabulary_declares_nothing_the_mapping_does_not_use():
    declared = {s for s in vocabulary().subjects(RDF.type, None) if s.startswith(str(LUOCDO))}
    assert declared - luocdo_terms_used() == set()


def test_the_vocabulary_is_the_namespace_the_code_writes():
    assert (URIRef(str(LUOCDO).rstrip("#")), RDF.type, OWL.Ontology) in vocabulary()


def test_the_mapping_table_in_the_docs_is_generated_from_the_schema():
    text = DOCS.read_text(encoding="utf-8")
    table = text.split("<!-- mapping:start -->\n")[1].split("<!-- mapping:end -->")[0]
    assert table == mapping_table()
    for name in [n.name for n in NODES] + [r.name for r in RELS]:
        assert f"| {name} |" in table


def test_the_docs_show_the_export_command():
    assert "luocdo export --db DIR --format ttl --out graph.ttl" in DOCS.read_text(encoding="utf-8")


def test_the_export_command_dispatches_to_these_writers():
    assert exporter("ttl") is write_turtle
    assert exporter("jsonld") is write_jsonld


# ---------------------------------------------------------------- IRIs

IRI_CHARS = re.compile(r"^[A-Za-z0-9\-._~%:@!$&'()*+,;=]+$")  # RFC 3986 pchar


@pytest.mark.parametrize("entity_id", [
    "CT:17/CT-TTg@2018", DA06, "Đ:đặc biệt", "TB:?@2024~5f3a", "org:bộ công an#hà-nội", TASK,
])
def test_an_entity_iri_is_one_valid_path_segment_that_gives_the_id_back(entity_id):
    iri = str(entity_iri(entity_id))
    segment = iri.removeprefix(ENTITY_BASE)
    assert iri.startswith(ENTITY_BASE) and IRI_CHARS.match(segment), iri
    assert unquote(segment) == entity_id


def test_ids_that_differ_only_in_vietnamese_letters_get_different_iris():
    assert entity_iri("ĐA:de-an") != entity_iri("DA:de-an") != entity_iri("ĐA:dê-an")


def test_a_vietnamese_iri_survives_the_round_trip(turtle_graph):
    assert (entity_iri(DA06), RDF.type, ELI.LegalResource) in turtle_graph
    assert str(entity_iri(DA06)).startswith(ENTITY_BASE + "%C4%90A:")


# ---------------------------------------------------------------- round trips


def test_turtle_parses_back_to_the_same_graph(turtle_graph):
    exported = to_rdf(seed_graph())
    assert len(turtle_graph) == len(exported) > 100
    assert isomorphic(turtle_graph, exported)


def test_jsonld_has_an_inline_context_and_parses_back_to_the_same_graph(tmp_path):
    path = tmp_path / "out" / "graph.jsonld"
    write_jsonld(seed_graph(), path)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert isinstance(document["@context"], dict)
    assert document["@context"]["eli"] == str(ELI)
    parsed = Graph().parse(path, format="json-ld")
    assert isomorphic(parsed, to_rdf(seed_graph()))


def test_text_with_quotes_newlines_and_markup_comes_back_unchanged(turtle_graph):
    [text] = turtle_graph.objects(entity_iri(TASK), LUOCDO.text)
    assert text == Literal(TASK_TEXT, lang="vi")


# ---------------------------------------------------------------- what an instrument says


def test_an_instrument_is_an_eli_legal_resource_with_its_number_as_printed(turtle_graph):
    ct17 = entity_iri(CT17)
    assert (ct17, RDF.type, ELI.LegalResource) in turtle_graph
    assert (ct17, ELI.number, Literal("17/CT-TTg")) in turtle_graph
    assert (ct17, LUOCDO.number, Literal("17")) in turtle_graph
    assert (ct17, ELI.date_document, Literal("2018-06-19", datatype=XSD.date)) in turtle_graph
    assert (ct17, LUOCDO.year, Literal(2018)) in turtle_graph


def test_an_unnumbered_symbol_leaves_the_number_alone(turtle_graph):
    assert set(turtle_graph.objects(entity_iri(DA06), ELI.number)) == {Literal("06")}


def test_the_type_is_a_skos_concept_named_in_vietnamese(turtle_graph):
    concept = type_iri("CT")
    assert (entity_iri(CT17), ELI.type_document, concept) in turtle_graph
    assert (concept, SKOS.prefLabel, Literal("Chỉ thị", lang="vi")) in turtle_graph
    assert (concept, SKOS.notation, Literal("CT")) in turtle_graph
    assert (type_iri("ĐA"), SKOS.prefLabel, Literal("Đề án", lang="vi")) in turtle_graph


def test_title_and_names_are_vietnamese_text(turtle_graph):
    [title] = turtle_graph.objects(entity_iri(TB381), ELI.title)
    assert title.language == "vi" and '"Đề án 06"' in title
    assert (entity_iri(DA06), SKOS.altLabel, Literal("Đề án 06", lang="vi")) in turtle_graph
    assert (entity_iri("org:bo-cong-an"), SKOS.prefLabel, Literal("Bộ Công an", lang="vi")) in turtle_graph


def test_the_issuer_is_eli_passed_by(turtle_graph):
    assert (entity_iri(TB381), ELI.passed_by, entity_iri("org:van-phong-chinh-phu")) in turtle_graph


# ---------------------------------------------------------------- relations and provenance


def statement_values(g: Graph, source: str, predicate: URIRef, target: str, value: URIRef) -> set:
    statements = set(g.subjects(RDF.subject, entity_iri(source))) & set(
        g.subjects(RDF.object, entity_iri(target))) & set(g.subjects(RDF.predicate, predicate))
    return {o for s in statements for o in g.objects(s, value)}


def test_a_relation_value_sits_on_the_relation_statement(turtle_graph):
    assert statement_values(turtle_graph, TB381, LUOCDO.signedBy, "person:tran-luu-quang",
                            LUOCDO.capacity) == {Literal("KT. BỘ TRƯỞNG, CHỦ NHIỆM", lang="vi")}
    assert statement_values(turtle_graph, TB381, LUOCDO.requiresImplementationOf, DA06,
                            LUOCDO.viaTask) == {Literal(TASK)}


def test_a_relation_keeps_its_evidence_sentence_and_source_document(turtle_graph):
    assert statement_values(turtle_graph, TB381, ELI.cites, CT18, LUOCDO.evidence) == {
        Literal(f"{TB381} CITES {CT18}.", lang="vi")}
    assert statement_values(turtle_graph, TB381, ELI.cites, CT18, PROV.wasDerivedFrom) == {entity_iri(DOC001)}


def test_an_edge_a_task_states_is_derived_from_the_tasks_document(turtle_graph):
    assert statement_values(turtle_graph, TASK, LUOCDO.assignedTo, "org:bo-cong-an",
                            PROV.wasDerivedFrom) == {entity_iri(DOC001)}
    assert statement_values(turtle_graph, TB381, LUOCDO.hasTask, TASK, PROV.wasDerivedFrom) == {entity_iri(DOC001)}


def test_a_node_is_derived_from_the_document_loaded_from_its_source_path(turtle_graph):
    assert set(turtle_graph.objects(entity_iri(TB205), PROV.wasDerivedFrom)) == {entity_iri(DOC000)}


def test_a_source_with_no_document_node_gets_an_iri_minted_from_its_path(turtle_graph):
    assert statement_values(turtle_graph, TB205, LUOCDO.requiresImplementationOf, CT17,
                            PROV.wasDerivedFrom) == {entity_iri("doc:reports/not-loaded.txt")}


def test_a_label_the_schema_does_not_declare_is_refused():
    G = seed_graph()
    G.add_node("thing:x", label="Thing")
    with pytest.raises(ValueError, match="Thing"):
        to_rdf(G)


def test_an_edge_type_the_schema_does_not_declare_is_refused():
    G = seed_graph()
    G.add_edge(TB381, CT17, key="AMENDS", type="AMENDS")
    with pytest.raises(ValueError, match="AMENDS"):
        to_rdf(G)


# ---------------------------------------------------------------- the SPARQL of docs/rdf.md


def without_requirements(G: nx.MultiDiGraph, from_label: str) -> nx.MultiDiGraph:
    """The graph without the REQUIRES_IMPLEMENTATION_OF edges that start at `from_label` nodes."""
    G = G.copy()
    G.remove_edges_from([(u, v, k) for u, v, k in G.edges(keys=True)
                         if k == "REQUIRES_IMPLEMENTATION_OF" and G.nodes[u]["label"] == from_label])
    return G


def reparsed(G: nx.MultiDiGraph, tmp_path: Path) -> Graph:
    write_turtle(G, tmp_path / "graph.ttl")
    return Graph().parse(tmp_path / "graph.ttl", format="turtle")


@pytest.mark.parametrize("dropped, expected", [
    ((), {TB381}),
    (("Instrument",), {TB381}),  # only through the task
    (("Task",), {TB381}),  # only directly
    (("Instrument", "Task"), set()),
])
def test_which_instruments_require_de_an_06_or_ct_18_directly_or_through_a_task(tmp_path, dropped, expected):
    G = seed_graph()
    for label in dropped:
        G = without_requirements(G, label)
    query = docs_query("Which instruments require implementation of Đề án 06")
    assert answer(reparsed(G, tmp_path), query) == {str(entity_iri(i)) for i in expected}


def test_what_cites_ct_17_of_2018(turtle_graph):
    assert answer(turtle_graph, docs_query("What cites Chỉ thị 17/CT-TTg")) == {str(entity_iri(TB205))}


def test_who_leads_the_tasks_of_tb_381(turtle_graph):
    rows = list(turtle_graph.query(docs_query("Which bodies lead a task")))
    assert [(str(r["name"]), str(r["text"])) for r in rows] == [("Bộ Công an", TASK_TEXT)]


def test_the_docs_hold_the_three_queries():
    assert len(docs_queries()) == 3
