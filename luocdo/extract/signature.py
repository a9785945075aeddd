"""The closing part of an administrative document: `./.`, the recipients list and the signature.

Text taken from PDF puts the two columns of the closing part (recipients on the left, signature
on the right) one after the other or side by side on the same lines, so the closing part is read
as segments: runs of words separated by at most two spaces. A line `Nơi nhận:    KT. BỘ TRƯỞNG`
is two segments.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Optional

from luocdo.data import load
from luocdo.extract.organizations import (
    find_organizations, in_parentheses, one_line, recipient_matcher, surnames,
)
from luocdo.model import OrganizationMention, Signature, Span
from luocdo.normalize import fold, fold_keep_length

# A table pipe separates cells as wide spacing separates columns (`Nguyễn Văn A | Quyết định ...`).
_SEGMENT = re.compile(r"[^\s|]+(?:[ \t]{1,2}[^\s|]+)*")
# A table row's pipe may open the line: `| Nơi nhận:` in the left cell.
_RECIPIENTS_HEAD = re.compile(r"(?m)^[|*_ \t]*noi nhan[*_]*[^\S\n]*:[*_]*")
_BODY_END = re.compile(r"\./\.")
_ITEM_DASH = re.compile(r"[-–—+•][^\S\n]*")
_ARCHIVE = re.compile(r"lưu\s*:", re.IGNORECASE)
_PLACEHOLDER = re.compile(r"…|\.{3}")
_CONCERNED = re.compile(r"^(?:các|Các)\s+")  # `Các Thứ trưởng`: the title, in the plural
_MIN_NAME_WORDS, _MAX_NAME_WORDS = 2, 4
# A document's addressees: `Kính gửi:` or a telegram's `THỦ TƯỚNG CHÍNH PHỦ điện:` (folded text).
_ADDRESSEES_HEAD = re.compile(r"(?m)(?:kinh gui|^[|*_ \t]*[^\n:|]{2,60}? dien)[*_ \t]*:[*_]*")
_PURPOSE = re.compile(r"\((?:để|đ/|de )[^)]*\)", re.IGNORECASE)
_DECORATION = "*_ \t"
_MAX_STRAYS = 6  # lines neither capacity nor name that may stand between a capacity and the name
_CAPITALS = 0.85  # share of capital letters that makes a line a capacity despite OCR slips
_LINES_ABOVE = 8  # lines above `Nơi nhận:` that may hold a signature when none follows it
_TAIL_SEGMENTS = 12  # without `./.` or `Nơi nhận:`, a signature is looked for only this near the end


@dataclass(frozen=True)
class _Segment:
    span: Span
    text: str  # without markdown emphasis

    @property
    def is_item(self) -> bool:
        return bool(_ITEM_DASH.match(self.text))


@lru_cache(maxsize=None)
def _vocabulary() -> dict:
    return load("positions.json")


def _segments(text: str, start: int = 0) -> list[_Segment]:
    """The segments from `start`; from a line start they are those of the whole text, as no
    segment spans a newline."""
    out = []
    for m in _SEGMENT.finditer(text, start):
        clean = m.group().strip(_DECORATION)
        if clean:
            begin = m.start() + m.group().index(clean)
            out.append(_Segment(Span(begin, begin + len(clean)), clean))
    return out


def strip_signing_prefix(capacity: str) -> str:
    """`KT. BỘ TRƯỞNG` -> `BỘ TRƯỞNG`: the office, without who signs for whom."""
    for prefix in sorted(_vocabulary()["signing_prefixes"], key=len, reverse=True):
        if capacity.startswith(prefix):
            return capacity[len(prefix):].strip()
    return capacity


def is_capacity(line: str) -> bool:
    """A capacity line is in capitals (but for an OCR slip: `CHỦ TlCH`) and either starts with a signing prefix (TM., KT., TL.,
    TUQ., Q.) or consists of titles, each perhaps with its unit (`BỘ TRƯỞNG, CHỦ NHIỆM`,
    `PHÓ CHỦ NHIỆM`, `VỤ TRƯỞNG VỤ PHÁP CHẾ`)."""
    line = line.strip(_DECORATION)
    letters = [c for c in line if c.isalpha()]
    if not letters or sum(c.isupper() for c in letters) < _CAPITALS * len(letters):
        return False
    if strip_signing_prefix(line) != line:
        return True
    return all(_is_title(part.strip()) for part in line.split(","))


def _is_marker(line: str) -> bool:
    """`(Đã ký)`, `[daky]`: stands where the handwritten signature was."""
    return line in _vocabulary()["signed_markers"]


def _as_name(line: str) -> Optional[str]:
    """A signer's name: 2–5 words, each capitalised (or all in capitals: `CAO HUY`), the first a
    family name, so that a heading (`PHỤ LỤC`, `Danh mục`) is never taken for one."""
    words = line.split()
    if not 2 <= len(words) <= 5 or not all(w.isalpha() for w in words):
        return None
    if all(w.isupper() for w in words):
        words = [w.capitalize() for w in words]
    elif not all(w[0].isupper() and (len(w) == 1 or w[1:].islower()) for w in words):
        return None
    name = " ".join(words)
    return name if words[0] in surnames() and not fold(name).startswith(_heading_starts()) else None


@lru_cache(maxsize=None)
def _heading_starts() -> tuple[str, ...]:
    return tuple(fold(h) + " " for h in _vocabulary()["headings_not_names"])


def _continues_capacity(text: str, capacity: _Segment, seg: _Segment) -> bool:
    """A capacity broken over lines: `TM. ỦY BAN NHÂN` / `DÂN`, `KT. BỘ TRƯỞNG,` / `CHỦ NHIỆM`,
    `TL.` / `CỤC TRƯỞNG`. The next line, in capitals, goes on the same capacity when the first
    is a bare prefix; right below it (no blank line: a stamp's text stands apart), when the
    first ends with a comma or the next is a short run of words that is neither a capacity of
    its own nor a name."""
    line = seg.text
    words = line.replace(",", " ").split()
    if not line.isupper() or not all(w.isalpha() for w in words) or strip_signing_prefix(line) != line \
            or _as_name(line):
        return False
    if not strip_signing_prefix(capacity.text):
        return True
    if text.count("\n", capacity.span.end, seg.span.start) > 1:
        return False
    return capacity.text.endswith(",") or (len(words) <= 3 and not is_capacity(line))


def _is_title(office: str) -> bool:
    """Compared without diacritics: OCR misreads tones (`THỨ TRUỞNG`)."""
    return fold(f"{office} ").startswith(_folded_titles())


@lru_cache(maxsize=None)
def _folded_titles() -> tuple[str, ...]:
    return tuple(fold(f"{t} ") for t in _vocabulary()["signing_titles"])


def _joined(first: _Segment, second: _Segment) -> _Segment:
    return _Segment(Span(first.span.start, second.span.end), f"{first.text} {second.text}")


@lru_cache(maxsize=4)
def _closing_start(text: str) -> Optional[int]:
    """Where `./.` or `Nơi nhận:` begins, whichever comes first; None if neither does.

    Cached: the signature, its start and the persons ask for it about the same text."""
    marks = [m.start() for m in [_last(_BODY_END, text), _recipients_head(text)] if m]
    return min(marks) if marks else None


@lru_cache(maxsize=4)
def _recipients_head(text: str) -> Optional[re.Match]:
    """The last `Nơi nhận:` (matched in the folded text); cached like `_closing_start`."""
    return _last(_RECIPIENTS_HEAD, fold_keep_length(text))


def _tail(text: str, closing: Optional[int]) -> list[_Segment]:
    """The segments a signature is looked for in: those of the closing part, else the last few.

    Only the end of the text is segmented, from a line start, so the segments are those of the
    whole text without reading megabytes of body.
    """
    if closing is not None:
        return [s for s in _segments(text, text.rfind("\n", 0, closing) + 1) if s.span.start >= closing]
    reach = 1024
    while True:
        start = text.rfind("\n", 0, max(0, len(text) - reach)) + 1
        segments = _segments(text, start)
        if len(segments) >= _TAIL_SEGMENTS or start == 0:
            return segments[-_TAIL_SEGMENTS:]
        reach *= 4


def _last(regex: re.Pattern, text: str) -> Optional[re.Match]:
    found = None
    for found in regex.finditer(text):
        pass
    return found


def find_signature(text: str) -> Optional[Signature]:
    """The signature block: its capacity lines and the signer's name.

    The capacity lines are those in the closing part (after `./.` or `Nơi nhận:`, or in the last
    few lines of a text without them, or just above `Nơi nhận:` when nothing follows); the signer is the first name after them, past `(Đã ký)`
    and past a recipients list that PDF text put in between.

    >>> find_signature("thực hiện./.\\nKT. BỘ TRƯỞNG, CHỦ NHIỆM\\nPHÓ CHỦ NHIỆM\\n(Đã ký)\\nCao Huy").signer
    'Cao Huy'
    """
    closing = _closing_start(text)
    blocks = _signature_blocks(text, _tail(text, closing))
    if not blocks and closing is not None:
        blocks = _signature_blocks(text, _lines_before(text, closing))
    if not blocks:
        return None
    capacities, signer = next(((c, s) for c, s in blocks if s is not None), blocks[0])
    end = (signer or capacities[-1]).span.end
    return Signature(capacity=[one_line(c.text) for c in capacities],
                     signer=_as_name(signer.text) if signer else None,
                     span=Span(capacities[0].span.start, end))


def _lines_before(text: str, pos: int) -> list[_Segment]:
    """The segments of the few lines before `pos`: where PDF text of a letter without `./.` may
    put the signature, above `Nơi nhận:`."""
    start = pos
    for _ in range(_LINES_ABOVE):
        start = text.rfind("\n", 0, max(0, start - 1)) + 1
        if start == 0:
            break
    return [seg for seg in _segments(text, start) if seg.span.end <= pos]


def _signature_blocks(text: str, tail: list[_Segment]) -> list[tuple[list[_Segment], Optional[_Segment]]]:
    """Runs of capacity lines, each with the name that ends it (None if no name does).

    Recipient items, `(Đã ký)` and a few stray lines (a stamp's text, `Nơi nhận:`) may stand
    between the lines of one block; more stray lines than that end it."""
    blocks: list[tuple[list[_Segment], Optional[_Segment]]] = []
    capacities: list[_Segment] = []
    strays = 0
    for seg in tail:
        if capacities and _continues_capacity(text, capacities[-1], seg):
            capacities[-1] = _joined(capacities[-1], seg)
        elif is_capacity(seg.text):
            capacities.append(seg)
            strays = 0
        elif not capacities or seg.is_item or _is_marker(seg.text):
            continue
        elif _as_name(seg.text):
            blocks.append((capacities, seg))
            capacities = []
        elif (strays := strays + 1) > _MAX_STRAYS:
            blocks.append((capacities, None))
            capacities = []
    if capacities:
        blocks.append((capacities, None))
    return blocks


def signature_span_start(text: str) -> Optional[int]:
    """Where the closing part begins (`./.`, `Nơi nhận:` or the signature block, whichever is
    first), so that other extractors can leave it out; None when the text has none."""
    starts = [s for s in [_closing_start(text)] if s is not None]
    sig = find_signature(text)
    if sig:
        starts.append(sig.span.start)
    return min(starts) if starts else None


def _recipient_items(text: str, head: re.Match) -> list[list[_Segment]]:
    """The items of `Nơi nhận:`: a dash starts one, unless the previous one ended with a comma
    (PDF text breaks one item over dashed lines); capacity lines, `(Đã ký)` and the signer's
    name, which PDF text may put among them, are skipped; `Lưu:` (the archive) ends the list."""
    items: list[list[_Segment]] = []
    for seg in _segments(text, head.end()):
        if is_capacity(seg.text) or _is_marker(seg.text) or _as_name(seg.text):
            continue
        body = seg.text[_ITEM_DASH.match(seg.text).end():] if seg.is_item else seg.text
        if _ARCHIVE.match(body):
            break
        if seg.is_item and not (items and items[-1][-1].text.endswith(",")):
            items.append([seg])
        elif items:
            items[-1].append(seg)
    return items


def find_recipients(text: str) -> list[OrganizationMention]:
    """Each addressee (`Kính gửi:`, a telegram's `THỦ TƯỚNG CHÍNH PHỦ điện:`) and each
    recipient of the `Nơi nhận:` list, as canonical organisations with spans.

    Bodies in parentheses are parents of the items before them, not recipients; an item naming
    no known body is kept as its text (`known=False`), without its purpose (`(để báo cáo)`),
    unless it names no body at all: `Như trên`, a person (`TT. Trương Hải Long`), a bare title
    (`Bộ trưởng (để báo cáo)`).
    """
    folded = fold_keep_length(text)
    out: list[OrganizationMention] = []
    addressees = _addressees_head(text, folded)
    if addressees is not None:
        out += _recipients_of(text, folded, _addressee_items(text, addressees.end()))
    head = _recipients_head(text)
    if head is not None:
        out += _recipients_of(text, folded, _recipient_items(text, head))
    return out


def _addressees_head(text: str, folded: str) -> Optional[re.Match]:
    """The first `Kính gửi:` or `... điện:` before the closing part. A text without a closing
    part is no letter (a news page, a site's `Kính gửi: Quý Thành viên` notice), so has none."""
    closing = signature_span_start(text)
    return None if closing is None else _ADDRESSEES_HEAD.search(folded, 0, closing)


def _addressee_items(text: str, start: int) -> list[list[_Segment]]:
    """The addressees after their head: the rest of its line (`Kính gửi: Thuế tỉnh Quảng Trị.`),
    else the dashed lines below it, up to the first line that is not one."""
    line_end = _line_end(text, start)
    inline = [s for s in _segments(text, start) if s.span.end <= line_end]
    if inline:
        return [inline]
    items = []
    pos = line_end + 1
    while pos < len(text):
        end = _line_end(text, pos)
        line = [s for s in _segments(text, pos) if s.span.end <= end]
        if line and not line[0].is_item:
            break
        if line:
            items.append(line)
        pos = end + 1
    return items


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _recipients_of(text: str, folded: str, items: list[list[_Segment]]) -> list[OrganizationMention]:
    if not items:
        return []
    start, end = items[0][0].span.start, items[-1][-1].span.end
    part = text[start:end]
    orgs = [_shifted(o, start) for o in find_organizations(part) if not in_parentheses(part, o.span)]
    out: list[OrganizationMention] = []
    for item in items:
        found = [o for o in orgs if any(_inside(o.span, s.span) for s in item)]
        found += _recipient_aliases(text, folded, item, found)
        if found:
            out += sorted(found, key=lambda o: o.span.start)
        elif (unknown := _unknown_recipient(text, item)) is not None:
            out.append(unknown)
    return out


def _shifted(o: OrganizationMention, offset: int) -> OrganizationMention:
    return replace(o, span=Span(o.span.start + offset, o.span.end + offset))


def _inside(inner: Span, outer: Span) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


def _recipient_aliases(text: str, folded: str, item: list[_Segment],
                       found: list[OrganizationMention]) -> list[OrganizationMention]:
    """`Thủ tướng`, `các Phó Thủ tướng`: names that mean a body only in a recipients list."""
    out = []
    for seg in item:
        for span, alias in recipient_matcher().find(text, folded, seg.span.start, seg.span.end):
            if not any(o.span.start < span.end and span.start < o.span.end for o in found):
                out.append(OrganizationMention(alias.entry["name"], span, text[span.start:span.end],
                                               alias.entry.get("parent"), True))
    return out


def _unknown_recipient(text: str, item: list[_Segment]) -> Optional[OrganizationMention]:
    span = Span(item[0].span.start, item[-1].span.end)
    raw = " ".join(s.text for s in item)
    dash = _ITEM_DASH.match(raw)
    name = one_line(_PURPOSE.sub("", raw[dash.end() if dash else 0:])).rstrip(";,. ")
    if not name or _names_no_body(name):
        return None
    return OrganizationMention(name, span, text[span.start:span.end], None, False)


def _names_no_body(item: str) -> bool:
    """`Như trên` (the addressees again), `TT. Trương Hải Long` (a person after a title),
    `Các Thứ trưởng` (a title alone) or a form's blank (`Kính gửi: ……(03)……`): no body."""
    folded = fold(item)
    if folded.startswith(_references()) or _PLACEHOLDER.search(item):
        return True
    titles = _person_titles()
    if " " + fold(_CONCERNED.sub("", item)) in titles:
        return True
    words = item.split()
    for k in range(_MIN_NAME_WORDS, min(_MAX_NAME_WORDS, len(words)) + 1):
        before = " " + fold(" ".join(words[:-k])).rstrip(".: ")
        if _as_name(" ".join(words[-k:])) and (before == " " or before.endswith(titles)):
            return True
    return False


@lru_cache(maxsize=None)
def _references() -> tuple[str, ...]:
    return tuple(fold(r) for r in _vocabulary()["references_to_addressees"])


@lru_cache(maxsize=None)
def _person_titles() -> tuple[str, ...]:
    """Folded titles and honorifics that may stand before a person's name in a list, each with
    a space before it, so that a match starts at a word."""
    v = _vocabulary()
    return tuple(sorted({" " + fold(t).rstrip(".") for key in ("positions", "abbreviated_positions", "honorifics")
                         for t in v[key]}, key=len, reverse=True))
