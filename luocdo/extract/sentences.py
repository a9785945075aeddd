"""Sentences and paragraphs with their spans: the unit of evidence for every fact."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from luocdo.model import Span

# A sentence ends at . ! ? … followed by space and a capital letter, a quote or an opening
# bracket, except after abbreviations that Vietnamese documents put before names or titles.
_END = re.compile(r"(?<=[.!?…])[\"”’»)]?\s+(?=[\"“‘«(]?[A-ZÀ-ỸĐ0-9])")
_ABBREVIATIONS = ("TP.", "Tp.", "KT.", "TM.", "TL.", "TUQ.", "Q.", "ThS.", "TS.", "PGS.", "GS.",
                  "BS.", "Th.S.", "St.", "v.v.", "Mr.", "Ms.", "Điều.", "tr.", "Tr.", "số.", "P.")
# A list item's number (`2.`, `1.2.`, `II.`, `a)`) ends a "sentence" of its own; as evidence,
# the item's first sentence after it is meant.
_ORDINAL_ONLY = re.compile(r"(?:\d{1,2}(?:\.\d{1,2}){0,2}|[IVXL]{1,5}|[a-zđ])[.)]")
_PARAGRAPH = re.compile(r"\n\s*\n|\n(?=\s*(?:[-•+*]\s|\d{1,2}[.)]\s|[IVXL]{1,5}[.)]\s|[a-zđ][)]\s))")


@dataclass(frozen=True)
class Sentence:
    text: str
    span: Span


def paragraphs(text: str) -> list[Span]:
    """Blocks separated by blank lines or starting a list item."""
    spans, start = [], 0
    for m in _PARAGRAPH.finditer(text):
        if text[start:m.start()].strip():
            spans.append(trim_span(text, start, m.start()))
        start = m.end()
    if text[start:].strip():
        spans.append(trim_span(text, start, len(text)))
    return spans


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of the whole text, each with its span; newlines always end a sentence."""
    out: list[Sentence] = []
    for line in re.finditer(r"[^\n]+", text):
        seg_start = line.start()
        for m in _END.finditer(line.group()):
            cut = line.start() + m.start()
            # Only the end of the sentence so far decides, and a sentence that never ends
            # (`NĐ-CP.` reads as the abbreviation `P.`) must not be copied at every full stop.
            before = text[max(seg_start, cut - _TAIL):cut]
            if before.rstrip().endswith(_ABBREVIATIONS) or _ends_with_initial(before):
                continue
            _append(out, text, seg_start, cut)
            seg_start = line.start() + m.end()
        _append(out, text, seg_start, line.end())
    return out


class SentenceIndex:
    """Finds the sentence around any offset in O(log n)."""

    def __init__(self, text: str):
        self.sentences = split_sentences(text)
        self._starts = [s.span.start for s in self.sentences]

    def around(self, span: Span) -> Sentence:
        """The sentence that holds `span`'s start; for a span that starts at a list item's
        number (a task), the sentence after the number, never `2.` alone."""
        i = max(0, bisect_right(self._starts, span.start) - 1)
        if not self.sentences:
            return Sentence("", span)
        if _ORDINAL_ONLY.fullmatch(self.sentences[i].text) and i + 1 < len(self.sentences) and \
                self.sentences[i + 1].span.start < span.end:
            return self.sentences[i + 1]
        return self.sentences[i]


_TAIL = 16  # longer than any abbreviation plus the space before an initial


def _ends_with_initial(before: str) -> bool:
    return bool(re.search(r"(?:^|\s)[A-ZĐ]\.$", before.rstrip()))


def _append(out: list[Sentence], text: str, start: int, end: int) -> None:
    if text[start:end].strip():
        span = trim_span(text, start, end)
        out.append(Sentence(text[span.start:span.end], span))


def trim_span(text: str, start: int, end: int) -> Span:
    """The span without the white space at its ends."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


@lru_cache(maxsize=8)
def newlines(text: str) -> list[int]:
    """Where each newline of `text` is, found once per text: finders look a line's ends up here
    (bisect) instead of searching for them from each mention, N² on one long line."""
    return [m.start() for m in re.finditer("\n", text)]


def line_start(text: str, pos: int) -> int:
    """Start of the line that holds `pos` (`text.rfind("\\n", 0, pos) + 1`, looked up)."""
    lines = newlines(text)
    i = bisect_left(lines, pos)
    return lines[i - 1] + 1 if i else 0


def line_end(text: str, pos: int) -> int:
    """End of the line that holds `pos`: its newline, or the end of the text (looked up)."""
    lines = newlines(text)
    i = bisect_left(lines, pos)
    return lines[i] if i < len(lines) else len(text)


class ByStart:
    """Mentions sorted by where they start, to take those inside a span in O(log n)."""

    def __init__(self, mentions: list):
        self.mentions = sorted(mentions, key=lambda m: m.span.start)
        self.starts = [m.span.start for m in self.mentions]

    def within(self, start: int, end: int) -> list:
        return self.mentions[bisect_left(self.starts, start):bisect_left(self.starts, end)]
