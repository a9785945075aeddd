"""An extraction made ready for the graph: the evidence of every span, then the text dropped.

The graph keeps, for each mention, the source characters and the sentence around it. Working
them out needs the document's text and offset map, which are several times the size of what
was found, so it happens where the text is (the extraction worker) and only the evidence goes
on to the parent process, the cache and the graph.
"""
from __future__ import annotations

import dataclasses

from luocdo.extract.sentences import SentenceIndex
from luocdo.model import Evidence, Extraction, LoadedDocument, Span


def spans(value, found: set[Span]) -> set[Span]:
    """Every Span inside a tree of dataclasses and lists (mentions, tasks, relations ...)."""
    if isinstance(value, Span):
        found.add(value)
    elif dataclasses.is_dataclass(value):
        for f in dataclasses.fields(value):
            spans(getattr(value, f.name), found)
    elif isinstance(value, (list, tuple)):
        for item in value:
            spans(item, found)
    return found


# What the graph reads of an extraction; the document, its parts and its dates it does not.
_GRAPH_FIELDS = ("subject", "instruments", "organizations", "persons", "meetings", "tasks", "relations",
                 "recipients", "signature")


def evidence_of(doc: LoadedDocument, span: Span, sentences: SentenceIndex) -> Evidence:
    start, end = doc.source_span(span)
    return Evidence(start, end, sentences.around(span).text)


def for_graph(ex: Extraction) -> Extraction:
    """`ex` with `evidence` for each span the graph reads, without the text, offsets and parts."""
    found: set[Span] = set()
    for name in _GRAPH_FIELDS:
        spans(getattr(ex, name), found)
    doc = ex.document
    sentences = SentenceIndex(doc.text)
    evidence = {span: evidence_of(doc, span, sentences) for span in sorted(found, key=lambda s: (s.start, s.end))}
    slim = dataclasses.replace(doc, text="", source_offsets=[])
    return dataclasses.replace(ex, document=slim, parts=None, evidence=evidence)
