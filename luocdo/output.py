"""The extraction JSON format (documented in README.md): plain dicts with ids and evidence."""
from __future__ import annotations

from luocdo.extract.sentences import SentenceIndex
from luocdo.ids import entity_id, instrument_id, meeting_id, org_id, subject_id, task_id
from luocdo.model import Extraction, InstrumentMention, PageMetadata, Span

FORMAT_VERSION = "luocdo-extraction/1"


class _Evidence:
    """Turns spans of cleaned text into {file, start, end, sentence} with source offsets."""

    def __init__(self, extraction: Extraction):
        self.doc = extraction.document
        self.sentences = SentenceIndex(self.doc.text)

    def __call__(self, span: Span) -> dict:
        start, end = self.doc.source_span(span)
        sentence = self.sentences.around(span).text
        if len(sentence) > 600:
            sentence = self.doc.text[max(0, span.start - 200):span.end + 200].strip()
        return {"file": self.doc.path, "start": start, "end": end, "sentence": sentence}


def extraction_to_json(ex: Extraction) -> dict:
    evidence = _Evidence(ex)
    doc = ex.document
    return {
        "format": FORMAT_VERSION,
        "file": doc.path,
        "document": {
            "path": doc.path, "sha256": doc.sha256, "kind": doc.kind, "encoding": doc.encoding,
            "title": doc.title, "date": doc.date, "author": doc.author,
            "metadata": _page_metadata_json(doc.metadata),
        },
        "subject": _subject_json(ex, evidence),
        "instruments": _instruments_json(ex.instruments, evidence),
        "relations": [
            {"source": r.source, "type": r.type, "target": r.target, **r.properties, "evidence": evidence(r.span)}
            for r in ex.relations
        ],
        "persons": [
            {"id": entity_id("person", p.name), "name": p.name, "positions": p.positions, "rank": p.rank,
             "evidence": evidence(p.span)}
            for p in ex.persons
        ],
        "organizations": _organizations_json(ex, evidence),
        "meetings": [
            {"id": meeting_id(doc, i), "name": m.name, "date": m.date, "place": m.place,
             "chair": entity_id("person", m.chair) if m.chair else None,
             "attendees": [entity_id("person", a) for a in m.attendees], "period": m.period,
             "evidence": evidence(m.span)}
            for i, m in enumerate(ex.meetings)
        ],
        "tasks": [
            {"id": task_id(doc, i), "ordinal": t.ordinal, "path": t.path, "text": t.text, "deadline": t.deadline,
             "deadline_text": t.deadline_text,
             "assignees": [{"organization": org_id(a.organization), "name": a.organization, "role": a.role}
                           for a in t.assignees],
             "requires": t.requires, "reports_to": t.reports_to, "evidence": evidence(t.span)}
            for i, t in enumerate(ex.tasks)
        ],
        "signature": None if ex.signature is None else {
            "capacity": ex.signature.capacity,
            "signer": entity_id("person", ex.signature.signer) if ex.signature.signer else None,
            "signer_name": ex.signature.signer, "source": ex.signature.source,
            "evidence": (_metadata_evidence(ex, "signer") if ex.signature.source == "metadata" else None)
            or evidence(ex.signature.span),
        },
        "recipients": [org_id(r.name) for r in ex.recipients],
        "warnings": ex.warnings,
    }


def instrument_json(m: InstrumentMention) -> dict:
    return {
        "id": instrument_id(m), "type": m.type, "number": m.number, "symbol": m.symbol, "year": m.year,
        "date": m.date, "name": m.name, "issuer": m.issuer, "aliases": m.aliases,
    }


def _subject_json(ex: Extraction, evidence: _Evidence) -> dict | None:
    if ex.subject is None:
        return None
    return {**instrument_json(ex.subject), "id": subject_id(ex), "role": ex.subject_role,
            "source": ex.subject_source, "evidence": [_metadata_evidence(ex, "number_symbol") or evidence(ex.subject.span)]}


def _page_metadata_json(metadata: PageMetadata | None) -> dict | None:
    """The legal database's table: each field with the source characters that print it."""
    if metadata is None:
        return None
    names = ("number_symbol", "type_name", "issuer", "signer", "issued_date")
    return {**{name: getattr(metadata, name) for name in names},
            "spans": {name: list(span) for name, span in metadata.spans.items()}}


def _metadata_evidence(ex: Extraction, field: str) -> dict | None:
    """Evidence in the page table (which is not in the cleaned text) for what was read from it."""
    metadata = ex.document.metadata
    if ex.subject_source != "metadata" and field == "number_symbol" or not metadata or field not in metadata.spans:
        return None
    start, end = metadata.spans[field]
    return {"file": ex.document.path, "start": start, "end": end, "sentence": getattr(metadata, field)}


def _instruments_json(mentions: list[InstrumentMention], evidence: _Evidence) -> list[dict]:
    """One entry per instrument, with every place it is mentioned as evidence."""
    by_id: dict[str, dict] = {}
    for m in mentions:
        entry = by_id.setdefault(instrument_id(m), {**instrument_json(m), "evidence": []})
        for key, value in instrument_json(m).items():
            if entry.get(key) in (None, [], "") and value not in (None, [], ""):
                entry[key] = value
        entry["aliases"] = sorted(set(entry["aliases"]) | set(m.aliases))
        entry["evidence"].append(evidence(m.span))
    return list(by_id.values())


def _organizations_json(ex: Extraction, evidence: _Evidence) -> list[dict]:
    by_id: dict[str, dict] = {}
    assigned = dict.fromkeys(a.organization for t in ex.tasks for a in t.assignees)  # in order: a set's depends on the hash seed
    for o in list(ex.organizations) + list(ex.recipients):
        entry = by_id.setdefault(org_id(o.name), {
            "id": org_id(o.name), "name": o.name, "parent": o.parent, "known": o.known, "evidence": []})
        entry["parent"] = entry["parent"] or o.parent
        entry["evidence"].append(evidence(o.span))
    for name in assigned:  # assignees found only through the general addressee still need an entry
        by_id.setdefault(org_id(name), {"id": org_id(name), "name": name, "parent": None, "known": True,
                                        "evidence": []})
    return list(by_id.values())
