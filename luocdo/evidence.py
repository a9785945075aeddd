"""An extraction made ready for the graph: the evidence of every span, then the text dropped.

The graph keeps, for each mention, the source characters and the sentence around it. Working
them out needs the document's text and offset map, which are several times the size of what
was found, so it happens where the text is (the extraction worker) and only the evidence goes
on to the parent process, the cache and the graph.
"""
from __future__ import annotations

import dataclasses
import functools

from luocdo.extract.sentences import Sentence, SentenceIndex
from luocdo.model import Evidence, Extraction, LoadedDocument, Span


def spans(value, found: set[Span]) -> set[Span]:
    """Every Span inside a tree of dataclasses and lists (mentions, tasks, relations ...)."""
    inside = _inside(type(value))
    if inside is _SPAN:
        found.add(value)
    elif inside is _ITEMS:
        for item in value:
            spans(item, found)
    else:
        for name in inside:
            spans(getattr(value, name), found)
    return found


_SPAN, _ITEMS = ("span",), ("items",)  # markers, told apart from a field list by identity


@functools.lru_cache(maxsize=None)
def _inside(kind: type) -> tuple[str, ...]:
    """Where a value of `kind` may hold spans: it is one (_SPAN), its items (_ITEMS), its fields
    (a dataclass), or nowhere (()). Worked out once per class: the walk meets a quarter of a
    million values in a codified law."""
    if issubclass(kind, Span):
        return _SPAN
    if issubclass(kind, (list, tuple)):
        return _ITEMS
    return tuple(f.name for f in dataclasses.fields(kind)) if dataclasses.is_dataclass(kind) else ()


# What the graph reads of an extraction; the document's text, its parts and its dates it does not.
_GRAPH_FIELDS = ("subject", "instruments", "organizations", "persons", "meetings", "tasks", "relations",
                 "recipients", "signature")


# The longest sentence kept whole as evidence; a longer one (an article of a codified law, a
# table flattened into one line) is cut to this many characters around the mention.
SNIPPET_CHARS = 300


def evidence_of(doc: LoadedDocument, span: Span, sentences: SentenceIndex) -> Evidence:
    start, end = doc.source_span(span)
    return Evidence(start, end, snippet(doc.text, sentences.around(span), span))


def snippet(text: str, sentence: Sentence, span: Span, limit: int = SNIPPET_CHARS) -> str:
    """The sentence around `span`, or when it is longer than `limit`, the words around the
    mention with `…` where it was cut: enough to read the fact, not a page per mention."""
    if len(sentence.text) <= limit:
        return sentence.text
    first, last = sentence.span.start, sentence.span.end
    low = max(first, min(span.start, last) - limit // 4)
    high = min(last, low + limit)
    if low > first:  # start and end on word boundaries where there are any
        low = text.find(" ", low, high) + 1 or low
    cut = text.rfind(" ", low, high)
    if high < last and cut > low:
        high = cut
    return ("…" if low > first else "") + text[low:high].strip() + ("…" if high < last else "")


def for_graph(ex: Extraction) -> Extraction:
    """`ex` with `evidence` for each span the graph reads, without what only extraction's
    own output uses: the text, offset map, parts and the list of every date."""
    found: set[Span] = set()
    for name in _GRAPH_FIELDS:
        spans(getattr(ex, name), found)
    doc = ex.document
    sentences = SentenceIndex(doc.text)
    evidence = {span: evidence_of(doc, span, sentences) for span in sorted(found, key=lambda s: (s.start, s.end))}
    slim = dataclasses.replace(doc, text="", source_offsets=[])
    return dataclasses.replace(ex, document=slim, parts=None, dates=[], evidence=evidence)
