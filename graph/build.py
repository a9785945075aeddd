"""The graph: resolved extractions as one networkx MultiDiGraph with the declared schema.

Nodes are keyed by entity id and carry `label` (a NodeLabel name), the label's properties and
provenance (`sources`: document paths; `evidence`: {file, start, end, sentence} with offsets in
the source file). There is one edge per (from, to, type), keyed by its type; every document that
states it adds its evidence. Every edge is checked against the schema's allowed ends, because a
wrong one is a bug in extraction or here, and a store would reject it later with less to go on.
"""
from __future__ import annotations

from collections import Counter
from typing import Iterable, Optional, Sequence

import networkx as nx

from luocdo.evidence import evidence_of
from luocdo.extract.organizations import canonical_name
from luocdo.extract.sentences import SentenceIndex
from luocdo.graph.schema import NODE_BY_NAME, REL_BY_NAME, STATED_BY_TASK
from luocdo.ids import entity_id, meeting_id, subject_id, task_id
from luocdo.model import Extraction, InstrumentMention, Span
from luocdo.normalize import fold
from luocdo.resolve import Resolution, document_date, resolve

class SchemaError(ValueError):
    """An edge whose ends the schema does not allow, or a node of an unknown label."""


def document_id(ex: Extraction) -> str:
    return f"doc:{ex.document.sha256[:12]}"


# Evidence kept per node or edge from one document: the first mentions show where and how the
# document states it; a law that names a ministry 300 times adds 3 sentences, not 300 (the
# document is in `sources` either way).
EVIDENCE_PER_DOCUMENT = 3


class _Writer:
    """Adds nodes and edges for one document, merging provenance into what is already there."""

    def __init__(self, graph: nx.MultiDiGraph, ex: Extraction):
        self.g, self.ex, self.path = graph, ex, ex.document.path
        # networkx's own dicts (node -> attributes, node -> neighbour -> key -> attributes):
        # its views cost a Python call per lookup, a fifth of the graph stage of a build.
        self.nodes, self._succ = graph._node, graph._succ
        self._sentences: Optional[SentenceIndex] = None
        self._interned: dict[str, str] = {}  # one str per sentence, however many mentions it holds
        # What this document has already added, by node or edge: sources and evidence of other
        # documents never repeat this one's (another file), so a set per document is enough
        # and a body named 50,000 times costs 50,000 set lookups, not a scan each time.
        self._sourced: set = set()
        self._seen: set = set()
        self._kept: Counter = Counter()

    def evidence(self, span: Optional[Span]) -> list[dict]:
        """From the extraction's own evidence (luocdo.evidence.for_graph), or from its text."""
        if span is None:
            return []
        found = self.ex.evidence.get(span)
        if found is None:
            if self._sentences is None:
                self._sentences = SentenceIndex(self.ex.document.text)
            found = evidence_of(self.ex.document, span, self._sentences)
        sentence = self._interned.setdefault(found.sentence, found.sentence)
        return [{"file": self.path, "start": found.start, "end": found.end, "sentence": sentence}]

    def _add_provenance(self, key, attrs: dict, span: Optional[Span], said_in: str = "") -> None:
        """Add this document to `sources` and the mention at `span` to `evidence`, without its
        sentence when `said_in` (a task's text) already holds it."""
        if key not in self._sourced:
            self._sourced.add(key)
            attrs["sources"].append(self.path)
        for e in self.evidence(span) if self._kept[key] < EVIDENCE_PER_DOCUMENT else ():
            if said_in and e["sentence"].strip("…") in said_in:
                del e["sentence"]
            seen = (key, e["start"], e["end"], e.get("sentence"))
            if seen not in self._seen:
                self._seen.add(seen)
                self._kept[key] += 1
                attrs["evidence"].append(e)

    def node(self, node_id: str, label: str, props: dict, span: Optional[Span] = None, said_in: str = "") -> str:
        """Add or merge a node; `said_in` is a text of its own that holds its evidence sentence."""
        if label not in NODE_BY_NAME:
            raise SchemaError(f"{self.path}: unknown node label {label!r}")
        attrs = self.nodes.get(node_id)
        if attrs is None:
            own = {k: list(v) if isinstance(v, list) else v for k, v in {**props, "id": node_id}.items()}
            self.g.add_node(node_id, label=label, **own, sources=[], evidence=[])
            attrs = self.nodes[node_id]
        else:
            attrs.update({k: v for k, v in props.items() if attrs.get(k) in (None, [], "")})
        self._add_provenance(node_id, attrs, span, said_in)
        return node_id

    def edge(self, u: str, v: str, rel: str, span: Optional[Span] = None, **props) -> None:
        """Add or merge an edge. The edges a task states (HAS_TASK, ASSIGNED_TO, REPORTS_TO) carry
        no provenance of their own: a task is one document's, and its edges' sources and evidence
        were always the task's (same file, same span), stored again on every assignee and, in the
        database, in both directions: a third of a corpus-sized database."""
        attrs = self._succ.get(u, {}).get(v, {}).get(rel)
        if attrs is None:
            _check_edge(self.nodes, u, v, rel, self.path)
            self.g.add_edge(u, v, key=rel, type=rel, **props, sources=[], evidence=[])
            attrs = self._succ[u][v][rel]
        else:
            attrs.update({k: val for k, val in props.items() if attrs.get(k) is None})
        if rel not in STATED_BY_TASK:
            self._add_provenance((u, v, rel), attrs, span)

    def organization(self, name: str, res: Resolution, span: Optional[Span] = None) -> str:
        """The body's node, named as its id spells it: `Cục KSTTHC` met first becomes an alias
        of `Cục Kiểm soát thủ tục hành chính` when that is the body resolution chose."""
        oid = self.node(res.org_id(name), "Organization", {"name": name, "kind": None, "aliases": []}, span)
        attrs = self.nodes[oid]
        if entity_id("org", attrs["name"]) != oid and entity_id("org", name) == oid:
            attrs["name"], name = name, attrs["name"]
        if fold(name) != fold(attrs["name"]) and name not in attrs["aliases"]:
            attrs["aliases"].append(name)
        return oid

    def person(self, name: str, res: Resolution, span: Optional[Span] = None) -> str:
        pid = entity_id("person", name)
        return self.node(pid, "Person", {"name": name, "positions": res.positions.get(pid, [])}, span)




def _check_edge(nodes: dict, u: str, v: str, rel: str, path: str) -> None:
    """A new edge's type and ends against the schema (`nodes`: the graph's node -> attributes);
    an edge already there passed when it was added."""
    if rel not in REL_BY_NAME:
        raise SchemaError(f"{path}: unknown relationship type {rel!r} ({u} -> {v})")
    ends = tuple(nodes[n]["label"] if n in nodes else None for n in (u, v))
    if ends not in REL_BY_NAME[rel].ends:
        raise SchemaError(f"{path}: {rel} may not go from {ends[0] or 'a missing node'} {u!r} "
                          f"to {ends[1] or 'a missing node'} {v!r}")


def _schema_props(rel: str, props: dict) -> dict:
    """The properties a relationship declares; extractors may attach more for their own use."""
    return {p.name: props.get(p.name) for p in REL_BY_NAME[rel].props}


def _add_document(w: _Writer) -> str:
    doc = w.ex.document
    props = {"id": document_id(w.ex), "path": doc.path, "sha256": doc.sha256, "kind": doc.kind,
             "title": doc.title, "date": doc.date, "author": doc.author}
    return w.node(props["id"], "Document", props)


def _instrument_mentions(ex: Extraction) -> list[tuple[InstrumentMention, str]]:
    """Every instrument mentioned with its local id, the subject first."""
    subject = [(ex.subject, subject_id(ex))] if ex.subject is not None else []
    return subject + [(m, m.key) for m in ex.instruments]


def _add_instruments(w: _Writer, res: Resolution) -> Optional[str]:
    """Instruments and the bodies that issued them; returns the subject's id."""
    for m, local in _instrument_mentions(w.ex):
        iid = res.id(w.path, local)
        w.node(iid, "Instrument", res.instruments[iid], m.span)
        if m.issuer:  # under the name its ISSUED_BY edge targets
            w.organization(canonical_name(m.issuer), res)
    return res.id(w.path, subject_id(w.ex)) if w.ex.subject is not None else None


def _add_people_and_bodies(w: _Writer, res: Resolution) -> None:
    date = document_date(w.ex)
    for org in w.ex.organizations + w.ex.recipients:
        oid = w.organization(org.name, res, org.span)
        aliases = w.nodes[oid]["aliases"]
        if fold(org.surface) != fold(org.name) and org.surface not in aliases:
            aliases.append(org.surface)
        if org.parent:
            w.edge(oid, w.organization(org.parent, res), "PART_OF", org.span)
    for p in w.ex.persons:
        pid = w.person(p.name, res, p.span)
        for position in p.positions:
            body = _body_of_position(position, w.ex, res)
            if body:
                w.edge(pid, body, "HOLDS_POSITION_IN", p.span, position=position, as_of=date)


def _body_of_position(position: str, ex: Extraction, res: Resolution) -> Optional[str]:
    """`Bộ trưởng Bộ Công Thương` -> the body this document names whose name sits longest
    inside the position."""
    folded = fold(position)
    inside = [(len(fold(text)), res.org_id(org.name)) for org in ex.organizations
              for text in (org.name, org.surface) if fold(text) in folded]
    return max(inside)[1] if inside else None


def _add_meetings(w: _Writer, res: Resolution) -> None:
    for i, m in enumerate(w.ex.meetings):
        mid = res.id(w.path, meeting_id(w.ex.document, i))
        w.node(mid, "Meeting", res.meetings[mid], m.span)
        if m.chair:
            w.edge(mid, w.person(m.chair, res), "CHAIRED_BY", m.span)
        for name in m.attendees:
            w.edge(mid, w.person(name, res), "ATTENDED_BY", m.span)


def _add_tasks(w: _Writer, res: Resolution, subject: Optional[str]) -> None:
    person_names = {fold(p.name) for p in w.ex.persons}
    for i, t in enumerate(w.ex.tasks):
        tid = task_id(w.ex.document, i)
        w.node(tid, "Task", {"id": tid, "text": t.text, "ordinal": t.ordinal, "path": t.path, "deadline": t.deadline}, t.span,
               said_in=t.text)
        if subject:
            w.edge(subject, tid, "HAS_TASK")
        for a in t.assignees:
            w.edge(tid, w.organization(a.organization, res), "ASSIGNED_TO", role=a.role)
        for name in t.reports_to:
            to = w.person(name, res) if fold(name) in person_names else w.organization(name, res)
            w.edge(tid, to, "REPORTS_TO")


def _add_relations(w: _Writer, res: Resolution) -> None:
    """What extraction states as relations (CITES, REQUIRES_IMPLEMENTATION_OF with `via_task`,
    APPROVES, ISSUED_BY, SIGNED_BY, SENT_TO, CONCLUDES ...), between resolved ends."""
    sig = w.ex.signature
    if sig and sig.signer:
        w.person(sig.signer, res, sig.span)
    for r in w.ex.relations:
        w.edge(res.id(w.path, r.source), res.id(w.path, r.target), r.type, r.span,
               **_schema_props(r.type, r.properties))


def _add_extraction(g: nx.MultiDiGraph, ex: Extraction, res: Resolution) -> None:
    """Nodes from mentions; edges from extraction's relations, plus those its mentions imply:
    DESCRIBES, HAS_TASK, ASSIGNED_TO, REPORTS_TO, CHAIRED_BY, ATTENDED_BY, PART_OF, HOLDS_POSITION_IN."""
    w = _Writer(g, ex)
    doc = _add_document(w)
    subject = _add_instruments(w, res)
    if subject:
        w.edge(doc, subject, "DESCRIBES", ex.subject.span, **{"as": ex.subject_role})
    _add_people_and_bodies(w, res)
    _add_meetings(w, res)
    _add_tasks(w, res, subject)
    _add_relations(w, res)


def _sort_provenance(g: nx.MultiDiGraph) -> None:
    """Stable order whatever order documents came in, so rebuilding gives the same bytes."""
    for attrs in [*(a for _, a in g.nodes(data=True)), *(a for _, _, a in g.edges(data=True))]:
        attrs["sources"].sort()
        attrs["evidence"].sort(key=lambda e: (e["file"], e["start"], e["end"]))


def build_graph(extractions: Sequence[Extraction], resolution: Optional[Resolution] = None) -> nx.MultiDiGraph:
    """One graph from many documents' extractions.

    >>> G = build_graph([extract(load("examples/001_2e663b31c79c2c39.txt"))])   # doctest: +SKIP
    >>> G.nodes["TB:?@2024~2e663b31c7"]["label"]
    'Instrument'

    `G.graph` holds the resolution's `conflicts` and `ambiguities` as plain dicts.
    """
    extractions = sorted(extractions, key=lambda ex: ex.document.path)
    return graph_of(extractions, resolution or resolve(extractions))


def graph_of(extractions: Iterable[Extraction], res: Resolution) -> nx.MultiDiGraph:
    """The graph of `extractions` taken in the order of their paths, each once: a stream
    from the cache does, so that one extraction at a time need be in memory."""
    g = nx.MultiDiGraph(conflicts=[c.as_dict() for c in res.conflicts],
                        ambiguities=[a.as_dict() for a in res.ambiguities])
    for ex in extractions:
        _add_extraction(g, ex, res)
    _sort_provenance(g)
    return g
