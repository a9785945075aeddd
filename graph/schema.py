"""The graph's declared schema: the one place that names labels, properties and relationships.

Everything else is generated from it: the LadybugDB DDL, the Neo4j constraints, the RDF mapping,
the picture's colours and legend, and the schema table in docs/schema.md. Adding a relation
type means adding one `RelType` here plus its extractor.
"""
from __future__ import annotations

from dataclasses import dataclass, field

# Property types, named as in LadybugDB; Neo4j and RDF mappings derive from these.
STRING, INT, DATE, STRINGS = "STRING", "INT64", "DATE", "STRING[]"


@dataclass(frozen=True)
class Prop:
    name: str
    type: str = STRING
    doc: str = ""
    rdf: str = ""  # CURIE for graph/rdf.py, "@lang" after it for text; empty: luocdo:<camelCase name>


@dataclass(frozen=True)
class NodeLabel:
    name: str
    doc: str
    props: tuple[Prop, ...]
    color: str
    shape: str
    rdf_class: str  # CURIE: eli:LegalResource, luocdo:Task, ...
    key: str = "id"


@dataclass(frozen=True)
class RelType:
    name: str
    doc: str
    ends: tuple[tuple[str, str], ...]  # allowed (from label, to label) pairs
    props: tuple[Prop, ...] = ()
    rdf_property: str = ""  # CURIE; empty means luocdo:<camelCase name>
    color: str = "#888888"


# Provenance that every node and edge carries: which documents and which evidence.
PROVENANCE = (
    Prop("sources", STRINGS, "paths of the documents that state this"),
    Prop("evidence", STRING, "JSON list of {file, start, end, sentence}: the first 3 mentions per document; "
                             "a task gives no sentence when its text holds it"),
)
# The edges a task states carry no provenance of their own (empty `sources` and `evidence`): a
# task is one document's, and theirs is its sources and evidence.
STATED_BY_TASK = frozenset({"HAS_TASK", "ASSIGNED_TO", "REPORTS_TO"})

NODES: tuple[NodeLabel, ...] = (
    NodeLabel(
        "Document", "A loaded file.",
        (Prop("id"), Prop("path"), Prop("sha256"), Prop("kind"), Prop("title"), Prop("date", DATE),
         Prop("author")),
        color="#9e9e9e", shape="box", rdf_class="luocdo:Document",
    ),
    NodeLabel(
        "Instrument", "A legal or administrative instrument (văn bản): notice, directive, decision, project ...",
        (Prop("id"), Prop("type", doc="official type code: TB, CT, QĐ, CĐ, NQ, NĐ, ĐA, CV ...",
                          rdf="eli:type_document"),
         Prop("number"), Prop("symbol"), Prop("year", INT), Prop("date", DATE, rdf="eli:date_document"),
         Prop("title", rdf="eli:title@vi"), Prop("issuer"),
         Prop("aliases", STRINGS, rdf="skos:altLabel@vi"),
         Prop("display_name", doc="what a picture or a table shows: `205/TB-VPCP (2025)`; not `label`, "
              "which every node uses for its NodeLabel")),
        color="#1f77b4", shape="dot", rdf_class="eli:LegalResource",
    ),
    NodeLabel(
        "Organization", "A public body, ministry, steering committee or collective addressee.",
        (Prop("id"), Prop("name", rdf="skos:prefLabel@vi"), Prop("kind"),
         Prop("aliases", STRINGS, rdf="skos:altLabel@vi")),
        color="#2ca02c", shape="diamond", rdf_class="luocdo:Organization",
    ),
    NodeLabel(
        "Person", "An official, with the positions each document states.",
        (Prop("id"), Prop("name", rdf="skos:prefLabel@vi"),
         Prop("positions", STRINGS, "\"position (date of the stating document)\"", rdf="luocdo:positions@vi")),
        color="#ff7f0e", shape="triangle", rdf_class="luocdo:Person",
    ),
    NodeLabel(
        "Meeting", "A meeting or conference that a notice concludes.",
        (Prop("id"), Prop("name", rdf="skos:prefLabel@vi"), Prop("date", DATE),
         Prop("place", rdf="luocdo:place@vi"), Prop("period", rdf="luocdo:period@vi")),
        color="#9467bd", shape="star", rdf_class="luocdo:Meeting",
    ),
    NodeLabel(
        "Task", "A numbered conclusion or an assignment sentence, with assignees and deadline.",
        (Prop("id"), Prop("text", rdf="luocdo:text@vi"), Prop("ordinal"),
         Prop("path", doc="the ordinals of the items holding it and its own, outermost first: `II.3.b`"),
         Prop("deadline", DATE)),
        color="#d62728", shape="square", rdf_class="luocdo:Task",
    ),
)

RELS: tuple[RelType, ...] = (
    RelType("DESCRIBES", "A document is the full text of, or a report on, an instrument.",
            (("Document", "Instrument"),), (Prop("as", doc="full_text or report"),), color="#8c564b"),
    RelType("CITES", "An instrument cites another.", (("Instrument", "Instrument"),),
            rdf_property="eli:cites", color="#7f7f7f"),
    RelType("REQUIRES_IMPLEMENTATION_OF", "The text demands that the target be carried out.",
            (("Instrument", "Instrument"), ("Task", "Instrument")),
            (Prop("via_task", doc="id of the task that says it, for instrument-level edges"),),
            color="#d62728"),
    RelType("APPROVES", "A decision approves a project, plan or programme.",
            (("Instrument", "Instrument"),), color="#17becf"),
    RelType("ISSUED_BY", "The body that issued an instrument.", (("Instrument", "Organization"),),
            rdf_property="eli:passed_by", color="#2ca02c"),
    RelType("SIGNED_BY", "Who signed, and in what capacity.", (("Instrument", "Person"),),
            (Prop("capacity", rdf="luocdo:capacity@vi"),), color="#ff7f0e"),
    RelType("CONCLUDES", "A notice concludes a meeting.", (("Instrument", "Meeting"),), color="#9467bd"),
    RelType("CHAIRED_BY", "Who chaired a meeting.", (("Meeting", "Person"),), color="#5e3c99"),
    RelType("ATTENDED_BY", "Who attended a meeting.", (("Meeting", "Person"),), color="#c5b0d5"),
    RelType("HAS_TASK", "An instrument sets a task.", (("Instrument", "Task"),), color="#ff9896"),
    RelType("ASSIGNED_TO", "A task falls to a body.", (("Task", "Organization"),),
            (Prop("role", doc="lead (chủ trì), support (phối hợp) or empty"),), color="#e377c2"),
    RelType("REPORTS_TO", "Whom a task reports to.", (("Task", "Person"), ("Task", "Organization")),
            color="#bcbd22"),
    RelType("SENT_TO", "A recipient in the Nơi nhận list.", (("Instrument", "Organization"),),
            color="#aec7e8"),
    RelType("PART_OF", "Organisation hierarchy.", (("Organization", "Organization"),), color="#98df8a"),
    RelType("HOLDS_POSITION_IN", "A person holds a position in a body, as a document states.",
            (("Person", "Organization"),),
            (Prop("position", rdf="luocdo:position@vi"), Prop("as_of", DATE)), color="#ffbb78"),
)

NODE_BY_NAME = {n.name: n for n in NODES}
REL_BY_NAME = {r.name: r for r in RELS}


def rel_props(rel: RelType) -> tuple[Prop, ...]:
    return rel.props + PROVENANCE


def node_props(node: NodeLabel) -> tuple[Prop, ...]:
    return node.props + PROVENANCE
