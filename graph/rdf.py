"""The graph as RDF: ELI where it has a term, the small luocdo vocabulary for the rest.

No relation is named here: classes come from `NodeLabel.rdf_class`, relations from
`RelType.rdf_property` (empty: luocdo:<camelCase>), values from `Prop.rdf` (empty: the same rule),
so adding to graph/schema.py adds to the RDF. The one label named is Document, whose `path`
turns a source path into a document IRI. The luocdo: terms are declared, with English and
Vietnamese labels, in luocdo/data/luocdo.ttl; instrument types come from doc_types.json;
docs/rdf.md gives the reasons.

    >>> g = to_rdf(G)                      # rdflib.Graph
    >>> write_turtle(G, "out/graph.ttl")   # what `luocdo export --format ttl` calls
"""
from __future__ import annotations

import json

from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator
from urllib.parse import quote, unquote

import networkx as nx
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SKOS, XSD

from luocdo.data import load
from luocdo.graph.schema import DATE, INT, NODE_BY_NAME, NODES, REL_BY_NAME, RELS, STATED_BY_TASK, Prop, RelType

ELI = Namespace("http://data.europa.eu/eli/ontology#")
LUOCDO = Namespace("https://luocdo.dev/ns#")
ENTITY_BASE = "https://luocdo.dev/id/"
TYPE_SCHEME = URIRef("https://luocdo.dev/type/")

# Every prefix a schema CURIE may use; also the Turtle prefixes and the inline JSON-LD context.
PREFIXES = {"eli": ELI, "luocdo": LUOCDO, "rdf": RDF, "rdfs": RDFS, "skos": SKOS, "prov": PROV,
            "xsd": XSD}
JSONLD_CONTEXT = {prefix: str(ns) for prefix, ns in PREFIXES.items()}

Triple = tuple[URIRef, URIRef, object]


def id_segment(entity_id: str) -> str:
    """One IRI path segment for an id: everything but ':' and '@' percent-encoded, so Vietnamese
    letters, '/', '#' and '?' cannot change the IRI's structure."""
    return quote(entity_id, safe=":@")


def entity_iri(entity_id: str) -> URIRef:
    """`CT:17/CT-TTg@2018` -> <https://luocdo.dev/id/CT:17%2FCT-TTg@2018>."""
    return URIRef(ENTITY_BASE + id_segment(entity_id))


def statement_iri(source: str, rel_type: str, target: str) -> URIRef:
    """A stable IRI for the rdf:Statement of one edge; (source, type, target) is the edge's key."""
    return URIRef(f"{entity_iri(source)}/{rel_type}/{id_segment(target)}")


def type_iri(code: str) -> URIRef:
    """The SKOS concept for a type code (`CT`, `ĐA`), the value of eli:type_document."""
    return URIRef(TYPE_SCHEME + quote(code, safe=""))


def camel(name: str) -> str:
    """`REQUIRES_IMPLEMENTATION_OF` -> `requiresImplementationOf`, `via_task` -> `viaTask`."""
    first, *rest = name.lower().split("_")
    return first + "".join(word.capitalize() for word in rest)


def expand(curie: str) -> URIRef:
    """`eli:cites` -> the full IRI; an unknown prefix is a schema error, so it raises."""
    prefix, _, local = curie.partition(":")
    return PREFIXES[prefix][local]


def prop_spec(prop: Prop) -> str:
    """The property's CURIE with its optional `@lang`, as in schema.py or luocdo's default."""
    return prop.rdf or f"luocdo:{camel(prop.name)}"


def prop_term(prop: Prop) -> tuple[URIRef, str | None]:
    """The RDF property for a value and the language its text is in (None: not text)."""
    curie, _, lang = prop_spec(prop).partition("@")
    return expand(curie), lang or None


def rel_spec(rel: RelType) -> str:
    return rel.rdf_property or f"luocdo:{camel(rel.name)}"


def rel_term(rel: RelType) -> URIRef:
    return expand(rel_spec(rel))


# Values that ELI wants as resources rather than literals.
VALUE_RESOURCES = {ELI.type_document: type_iri}


def rdf_value(prop: Prop, term: URIRef, lang: str | None, value) -> URIRef | Literal:
    """One value as a typed literal (xsd:date, xsd:integer, text@lang) or, where ELI expects a
    resource, as that resource."""
    if term in VALUE_RESOURCES:
        return VALUE_RESOURCES[term](str(value))
    if prop.type == DATE:
        return Literal(str(value), datatype=XSD.date)
    if prop.type == INT:
        return Literal(int(value))
    return Literal(str(value), lang=lang)


def present(value) -> list:
    """The values an attribute holds: lists spread out, None and empty strings dropped."""
    values = value if isinstance(value, (list, tuple)) else [value]
    return [v for v in values if v is not None and v != ""]


def value_triples(subject: URIRef, props: Iterable[Prop], attrs: dict) -> Iterator[Triple]:
    for prop in props:
        term, lang = prop_term(prop)
        for value in present(attrs.get(prop.name)):
            yield subject, term, rdf_value(prop, term, lang, value)


def provenance_triples(subject: URIRef, attrs: dict, documents: dict[str, str]) -> Iterator[Triple]:
    """Sources as prov:wasDerivedFrom the Document nodes loaded from those paths (or an IRI minted
    from the path when the graph has none), evidence sentences as literals: offsets stay in JSON."""
    for path in present(attrs.get("sources")):
        yield subject, PROV.wasDerivedFrom, entity_iri(documents.get(path, f"doc:{path}"))
    for item in attrs.get("evidence") or ():
        if item.get("sentence"):  # a task's edges leave the sentence to the task
            yield subject, LUOCDO.evidence, Literal(item["sentence"], lang="vi")


def printed_number(attrs: dict) -> str | None:
    """Number and symbol as the instrument prints them (`17/CT-TTg`): what eli:number means."""
    number, symbol = attrs.get("number"), attrs.get("symbol")
    if number and symbol:
        return f"{number}/{symbol}"
    return number or None


def node_triples(node_id: str, attrs: dict, documents: dict[str, str]) -> Iterator[Triple]:
    label = NODE_BY_NAME.get(attrs.get("label"))
    if label is None:
        raise ValueError(f"node {node_id!r} has label {attrs.get('label')!r}, "
                         "which graph/schema.py does not declare")
    subject = entity_iri(node_id)
    rdf_class = expand(label.rdf_class)
    yield subject, RDF.type, rdf_class
    yield from value_triples(subject, label.props, attrs)
    if rdf_class == ELI.LegalResource and printed_number(attrs):
        yield subject, ELI.number, Literal(printed_number(attrs))
    yield from provenance_triples(subject, attrs, documents)


def edge_triples(source: str, target: str, attrs: dict, documents: dict[str, str]) -> Iterator[Triple]:
    """The direct triple, which queries use, plus an rdf:Statement that carries the edge's
    properties and provenance: every edge has some, so every edge gets one."""
    rel = REL_BY_NAME.get(attrs.get("type"))
    if rel is None:
        raise ValueError(f"edge {source!r} -> {target!r} has type {attrs.get('type')!r}, "
                         "which graph/schema.py does not declare")
    subject, predicate, obj = entity_iri(source), rel_term(rel), entity_iri(target)
    yield subject, predicate, obj
    statement = statement_iri(source, rel.name, target)
    yield statement, RDF.type, RDF.Statement
    yield statement, RDF.subject, subject
    yield statement, RDF.predicate, predicate
    yield statement, RDF.object, obj
    yield from value_triples(statement, rel.props, attrs)
    yield from provenance_triples(statement, attrs, documents)


@lru_cache(maxsize=None)
def type_words() -> dict[str, list[str]]:
    """Type code -> the type words printed for it (`CV` -> Công văn, Văn bản), from the same data
    file the extractor reads, so the export names every type the extractor knows."""
    words: dict[str, list[str]] = {}
    for word, code in load("doc_types.json")["words"].items():
        words.setdefault(code, []).append(word)
    return words


def type_concept_triples(concept: URIRef) -> Iterator[Triple]:
    """A type concept with its code and Vietnamese names, so the export reads without a lookup."""
    code = unquote(concept[len(TYPE_SCHEME):])
    yield concept, RDF.type, SKOS.Concept
    yield concept, SKOS.inScheme, TYPE_SCHEME
    yield concept, SKOS.notation, Literal(code)
    for rank, word in enumerate(type_words().get(code, [])):
        yield concept, SKOS.altLabel if rank else SKOS.prefLabel, Literal(word, lang="vi")


def document_ids_by_path(G: nx.MultiDiGraph) -> dict[str, str]:
    """Source path -> id of the Document node loaded from it, for prov:wasDerivedFrom."""
    return {attrs["path"]: node for node, attrs in G.nodes(data=True)
            if attrs.get("label") == "Document" and attrs.get("path")}


def to_rdf(G: nx.MultiDiGraph) -> Graph:
    """The whole graph as an rdflib Graph with the project's prefixes bound.

    Raises ValueError for a node label or edge type that graph/schema.py does not declare.
    """
    g = Graph()
    for prefix, namespace in PREFIXES.items():
        g.bind(prefix, namespace)
    documents = document_ids_by_path(G)
    for node, attrs in G.nodes(data=True):
        for triple in node_triples(node, attrs, documents):
            g.add(triple)
    for source, target, attrs in G.edges(data=True):
        for triple in edge_triples(source, target, _with_task_sources(G, source, target, attrs), documents):
            g.add(triple)
    for concept in set(g.objects(None, ELI.type_document)):
        for triple in type_concept_triples(concept):
            g.add(triple)
    return g


def _with_task_sources(G: nx.MultiDiGraph, source: str, target: str, attrs: dict) -> dict:
    """An edge a task states has no sources of its own (graph/schema.py): its statement is
    derived from the task's documents."""
    if attrs.get("type") not in STATED_BY_TASK:
        return attrs
    task = source if G.nodes[source].get("label") == "Task" else target
    return {**attrs, "sources": G.nodes[task].get("sources") or []}


def write_text(text: str, path) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def write_turtle(G: nx.MultiDiGraph, path) -> None:
    """Write the graph as Turtle (UTF-8); `luocdo export --format ttl` calls this."""
    write_text(to_rdf(G).serialize(format="turtle"), path)


def write_jsonld(G: nx.MultiDiGraph, path) -> None:
    """Write the graph as JSON-LD with an inline context, so reading it never fetches anything.

    rdflib emits subjects and multi-valued properties in set order; they are sorted so that the
    same graph always gives the same file."""
    document = json.loads(to_rdf(G).serialize(format="json-ld", context=JSONLD_CONTEXT))
    write_text(json.dumps(_sorted_jsonld(document), ensure_ascii=False, indent=2) + "\n", path)


def _sorted_jsonld(value):
    if isinstance(value, dict):
        return {key: value[key] if key == "@context" else _sorted_jsonld(value[key]) for key in value}
    if isinstance(value, list):
        items = [_sorted_jsonld(v) for v in value]
        return sorted(items, key=lambda v: json.dumps(v, ensure_ascii=False, sort_keys=True))
    return value


def mapping_table() -> str:
    """The schema-to-RDF table in docs/rdf.md, generated so that the docs cannot drift."""
    rows = ["| schema | RDF | values |", "| --- | --- | --- |"]
    rows += [f"| {n.name} | `{n.rdf_class}` | {values_cell(n.props)} |" for n in NODES]
    rows += [f"| {r.name} | `{rel_spec(r)}` | {values_cell(r.props)} |" for r in RELS]
    return "\n".join(rows) + "\n"


def values_cell(props: Iterable[Prop]) -> str:
    return ", ".join(f"{p.name} → `{prop_spec(p)}`" for p in props) or "—"
