"""Lines of cleaned text and what a line looks like: heading, list item, sentence end, a name.

Furniture removal and reflow both reason about whole lines; they share these predicates so that
"a heading" means the same thing everywhere.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import accumulate
from typing import Callable, Iterable

from .builder import Text, TextBuilder

_SPACES = re.compile(r"[ \t\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
# A run of spaces to squash has a space other than " " or two spaces ("  " in text, at memory
# speed); one pattern for both would be tried at every space.
_ODD_SPACE = re.compile(r"[\t\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]")
_NUMBERED = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3})*\.|[IVXLC]{1,7}\.)\s")
_MINOR_ITEM = re.compile(r"^(?:[-–—+•·*]\s*\S|[a-zđ]\)\s|\d{1,3}\)\s)")
_LIST_ITEM = re.compile(f"(?:{_NUMBERED.pattern})|(?:{_MINOR_ITEM.pattern})")  # either, in one match
_STRUCTURAL = re.compile(r"^(?:(?:Chương|Phần|Mục|Tiểu mục)\s+[IVXLC\d]+\b|Điều\s+\d+[\w.]*\.\s)")
_STRUCTURAL_INITIALS = "CPMTĐ"  # the first letters of those words: other lines need no match
_FOOTNOTE = re.compile(r"^\[\d{1,3}\]\s*\S")
_CAPACITY = re.compile(r"^(?:TM|KT|TL|TUQ|Q)\.\s*\S")
_ARCHIVE_ITEM = re.compile(r"^[-–+•]\s*Lưu\s*:")
_LETTERS = re.compile(r"[^\W\d_]")
# Text, a gap of six or more spaces, more text: two columns side by side.
_COLUMN_GAP = re.compile(r"(?<=\S) {6,}(?=\S)")
_SIX_SPACES = " " * 6  # `in` finds these at memory speed: most lines have no column gap to search for
_RIGHT_COLUMN_INDENT = 20
_SENTENCE_END = re.compile(r"[.:;!?…](?:[\"'”’)\]]*)$")


@dataclass(slots=True)
class Line:
    """A non-blank line: span of its stripped text, blank lines above it, its indentation."""

    start: int
    end: int
    text: str
    gap: int  # blank lines between this line and the previous non-blank one
    indent: int
    index: int  # position among the file's non-blank lines, before any was dropped


def split_lines(src: Text) -> list[Line]:
    """Non-blank lines of `src`, stripped, with the blank-line gap before each."""
    text = src.text
    lines: list[Line] = []
    prev_end = 0
    for run_start, raw in _runs(text):
        stripped = raw.strip()
        if not stripped:
            continue
        lead = len(raw) - len(raw.lstrip())
        start = run_start + lead
        if lines:
            breaks = text.count("\n", prev_end, run_start)
            gap = breaks - 1 if breaks > 1 else 0
        else:
            gap = 0
        lines.append(Line(start, start + len(stripped), stripped, gap, lead, len(lines)))
        prev_end = run_start + len(raw)
    return lines


def _runs(text: str) -> Iterable[tuple[int, str]]:
    """(start, text) of the pieces between line breaks (some empty), made by `str.split` at C
    speed: the NFC stage has made every break a `\n`."""
    pieces = text.split("\n")
    return zip(accumulate((len(piece) + 1 for piece in pieces), initial=0), pieces)


def split_columns(lines: list[Line], is_row: Callable[[str], bool] = lambda text: False) -> list[Line]:
    """Two-column blocks of `pdftotext -layout` output read column by column.

    A document's header (issuer | national motto; number | place and date) and its closing
    (Nơi nhận list | signature) are laid out side by side. Within a run of consecutive lines where
    some line has text on both sides of a wide gap, the left column is read first, then the right
    one; a line indented as far as the right column belongs to it. A block with a line that
    `is_row` (a table's `field   value` row) is a table, read row by row."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        j = i + 1
        while j < len(lines) and lines[j].gap == 0:
            j += 1
        block = lines[i:j]
        if any(_column_gap(line.text) for line in block) and not any(is_row(line.text) for line in block):
            left, right = [], []
            for line in block:
                _split_line(line, left, right)
            out += left + right
        else:
            out += block
        i = j
    for index, line in enumerate(out):
        line.index = index
    return out


def _column_gap(text: str) -> re.Match | None:
    return _COLUMN_GAP.search(text) if _SIX_SPACES in text else None


def _split_line(line: Line, left: list[Line], right: list[Line]) -> None:
    gap = _column_gap(line.text)
    if gap is None:
        (right if line.indent >= _RIGHT_COLUMN_INDENT else left).append(line)
        return
    left.append(Line(line.start, line.start + gap.start(), line.text[:gap.start()], line.gap, line.indent, 0))
    right.append(Line(line.start + gap.end(), line.end, line.text[gap.end():], 0, line.indent + gap.end(), 0))


def render(src: Text, lines: list[Line], joiners: list[str]) -> Text:
    """Lines joined by `joiners[i]` (before line i+1); runs of spaces inside a line become one."""
    out = TextBuilder(src)
    odd_spaces = _ODD_SPACE.search(src.text) is not None  # one pass: most texts have none
    for i, line in enumerate(lines):
        if i:
            out.insert(joiners[i - 1], lines[i - 1].end)
        if "  " in line.text or odd_spaces and _ODD_SPACE.search(line.text):
            _copy_squashed(out, src.text, line.start, line.end, keep_tabs=is_table_row(line.text))
        else:
            out.copy(line.start, line.end)
    return out.build()


def is_table_row(text: str) -> bool:
    """A row of a table of three columns or more, its cells between tabs (as the Markdown loader
    writes them): the task tables are read by them. Two-column tables (a page's `Số hiệu | ...`
    fields) read as text."""
    return text.count("\t") >= 2


def _copy_squashed(out: TextBuilder, text: str, start: int, end: int, keep_tabs: bool) -> None:
    """Each run of spaces as one space, or as one tab in a table's row when it holds one."""
    pos = start
    for match in _SPACES.finditer(text, start, end):
        out.copy(pos, match.start())
        out.replace(match.start(), match.start() + 1, "\t" if keep_tabs and "\t" in match.group() else " ")
        pos = match.end()
    out.copy(pos, end)


def squash(text: str) -> str:
    if "  " in text or _ODD_SPACE.search(text):  # else every run of spaces is one " " already
        text = _SPACES.sub(" ", text)
    return text.strip()


def is_numbered(line: str) -> bool:
    """`1.`, `2.1.`, `II.`: items that start a paragraph of their own."""
    return _NUMBERED.match(line) is not None


def is_minor_item(line: str) -> bool:
    """Dash, bullet or `a)` items: lines of a list, kept one per line."""
    return _MINOR_ITEM.match(line) is not None


def is_list_item(line: str) -> bool:
    return _LIST_ITEM.match(line) is not None


def is_heading(line: str) -> bool:
    """ALL-CAPS lines (`THÔNG BÁO`, `I. ĐÁNH GIÁ CHUNG`, `KT. BỘ TRƯỞNG`) and `Chương`/`Điều` titles."""
    if is_structural(line):
        return True
    return len(line) <= 160 and line == line.upper() and len(_LETTERS.findall(line)) >= 3


def is_structural(line: str) -> bool:
    """`Chương II`, `Mục 1`, `Điều 5. ...`: a unit of a legal text opens the line."""
    return line[:1] in _STRUCTURAL_INITIALS and _STRUCTURAL.match(line) is not None


def is_footnote(line: str) -> bool:
    """`[1] Công văn số ...`: a footnote that a site prints after the signature."""
    return _FOOTNOTE.match(line) is not None


def is_archive_item(line: str) -> bool:
    """The recipients' last item, the copy kept (`- Lưu: VT, KSTT (3).`, Nghị định 30/2020/NĐ-CP)."""
    return _ARCHIVE_ITEM.match(line) is not None


def is_capacity(line: str) -> bool:
    """The signing capacity that opens a signature block: `KT. BỘ TRƯỞNG`, `TM. CHÍNH PHỦ`."""
    return _CAPACITY.match(line) is not None and line == line.upper()


def ends_sentence(line: str) -> bool:
    return _SENTENCE_END.search(line) is not None


def starts_lower(line: str) -> bool:
    return line[:1].islower()


def is_name(line: str, max_words: int = 5) -> bool:
    """A person's name alone on a line: `Cao Huy`, `Phạm Duy`, `Thanh Loan`."""
    if len(line) > 40:
        return False  # before splitting: the line may be a whole codified article
    words = line.split()
    return 2 <= len(words) <= max_words and all(_is_name_word(w) for w in words)


def _is_name_word(word: str) -> bool:
    return word.isalpha() and word[0].isupper() and (len(word) == 1 or word[1:].islower())
