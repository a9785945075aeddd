"""The closing part of an administrative document: `./.`, the recipients list and the signature.

Text taken from PDF puts the two columns of the closing part (recipients on the left, signature
on the right) one after the other or side by side on the same lines, so the closing part is read
as segments: runs of words separated by at most two spaces. A line `Nơi nhận:    KT. BỘ TRƯỞNG`
is two segments.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Iterator, Optional, Sequence

from luocdo.data import load
from luocdo.extract.organizations import (
    find_organization, find_organizations, in_parentheses, one_line, recipient_matcher, surnames,
)
from luocdo.extract.parts import document_parts, is_addressee_field
from luocdo.extract.sentences import line_end
from luocdo.model import InstrumentMention, OrganizationMention, Signature, Span
from luocdo.normalize import fold, fold_keep_length

# A table pipe separates cells as wide spacing separates columns (`Nguyễn Văn A | Quyết định ...`).
_SEGMENT = re.compile(r"[^\s|]+(?:[ \t]{1,2}[^\s|]+)*")
# A table row's pipe may open the line: `| Nơi nhận:` in the left cell.
_RECIPIENTS_HEAD = re.compile(r"(?m)^[|*_ \t]*noi nhan[*_]*[^\S\n]*:[*_]*")
_BODY_END = re.compile(r"\./\.")
_ITEM_DASH = re.compile(r"[-–—+•][^\S\n]*")
_ARCHIVE = re.compile(r"lưu\s*:", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+|\S")
_TOKEN = re.compile(r"\S+")
_MAX_SIGNER_WORDS = 5
# A folded Vietnamese syllable: initial consonant(s), vowels, final consonant(s).
_SYLLABLE = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?")
_ROMAN = re.compile(r"[IVXLivxl]+")  # `LỤC II` of a broken `PHỤ LỤC II` heading
_SEMICOLON = re.compile(r";\s+(?=\S)")
_PLACEHOLDER = re.compile(r"…|\.{3}")
_CONCERNED = re.compile(r"^(?:các|Các)\s+")  # `Các Thứ trưởng`: the title, in the plural
_MIN_NAME_WORDS, _MAX_NAME_WORDS = 2, 4
_PURPOSE = re.compile(r"\((?:để|đ/|de )[^)]*\)", re.IGNORECASE)
_DECORATION = "*_ \t"
# A report's `Công điện ... gửi (đến) Bộ trưởng, ...; Chủ tịch ...`: the sending and where its list ends.
_SENT_TO = re.compile(r"\b(?:được\s+|đã\s+)?gửi(?:\s+(?:đến|tới|cho))?\s+")
_LIST_END = re.compile(r"[.(\n]|\s+(?:chỉ đạo|về việc|về|yêu cầu|đề nghị|nêu|để|nhằm|với nội dung|trong đó|theo đó|"
                       r"sau khi|trước ngày|trong thời gian)\b|,\s+(?=[a-zđà-ỹ]+\s+(?:rõ|cụ thể)\b)")
_CLAUSE_BREAK = re.compile(r"[,;:]|\svà\s")
# A type word alone is the subject's when it opens the clause (`Công điện gửi đến ...`) or follows
# its signing (`ký ban hành Công điện ... gửi`), not in `các địa phương có văn bản gửi Bộ Tài chính`.
_OPENS_CLAUSE = re.compile(r"[\s*_#>\-–•]*|.*\bban hanh\s+", re.DOTALL)
# `Công điện yêu cầu các Bộ gửi báo cáo`: a request to addressees, who then send (not `chỉ đạo đối với`).
_REQUEST = re.compile(r"\b(?:yêu cầu|đề nghị|giao|chỉ đạo)\s+(?P<whom>các\s|\w)")
_MAX_STRAYS = 6  # lines neither capacity nor name that may stand between a capacity and the name
_CAPITALS = 0.85  # share of capital letters that makes a line a capacity despite OCR slips
_PREFIXED_LINE = re.compile(r"(?m)^[|*_ \t]*((?:TM|KT|TL|TUQ|T/M|K/T)\.?[ \t]+[A-ZĐÀ-Ỹ])")
_DANGLING_PREFIX = re.compile(r"\s((?:TM|KT|TL|TUQ|T/M|K/T)\.)$")
# A level with no place after a body's kind (`UBND tỉnh`, `Ủy ban nhân dân cấp xã`).
_LEVEL_ONLY = re.compile(r"\s+(?:cấp\s+)?(?:tỉnh|thành phố|TP\.?|huyện|quận|thị xã|xã|phường|trung ương|cơ sở)$", re.I)
_WINDOW = 4000  # characters after an earlier `Nơi nhận:` that may hold its signature
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


def _segments(text: str, start: int = 0, end: Optional[int] = None) -> list[_Segment]:
    """The segments from `start` (to `end`); from a line start they are those of the whole
    text, as no segment spans a newline."""
    out = []
    for m in _SEGMENT.finditer(text, start, len(text) if end is None else end):
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


def signer_office(sig: Signature) -> Optional[str]:
    """The office the signer holds: the last capacity line without its prefix (`KT. THỦ TƯỚNG` /
    `PHÓ THỦ TƯỚNG` -> `PHÓ THỦ TƯỚNG`); None when it signs for a body (`T/M BỘ CHÍNH TRỊ`)."""
    last = sig.capacity[-1] if sig.capacity else ""
    if not last or last.startswith(tuple(_vocabulary()["on_behalf_prefixes"])):
        return None
    return strip_signing_prefix(last)


@lru_cache(maxsize=1 << 14)
def is_capacity(line: str) -> bool:
    """A capacity line is in capitals (but for an OCR slip: `CHỦ TlCH`) and either starts with
    a signing prefix (TM., KT., TL., TUQ., Q.) or consists of titles, each perhaps with its unit
    (`BỘ TRƯỞNG, CHỦ NHIỆM`, `PHÓ CHỦ NHIỆM`, `VỤ TRƯỞNG VỤ PHÁP CHẾ`).

    Cached: the signature's passes ask this of the same lines of a closing part again and again."""
    line = line.strip(_DECORATION)
    letters = "".join(filter(str.isalpha, line))
    if not letters or sum(map(str.isupper, letters)) < _CAPITALS * len(letters):
        return False
    if strip_signing_prefix(line) != line:
        return True
    return all(_is_title(part.strip()) for part in line.split(","))


def _is_marker(line: str) -> bool:
    """`(Đã ký)`, `[daky]`: stands where the handwritten signature was."""
    return line in _vocabulary()["signed_markers"] or _SIGNED.fullmatch(line) is not None


# `(Đã ký)` inside a line, spaced or glued: a page that ran the signature's cell together
# (`TM. CHÍNH PHỦKT. THỦ TƯỚNGPHÓ THỦ TƯỚNG(Đã ký)Nguyễn Hòa Bình`, `( Đã ký) Lê Thành Long`)
_SIGNED = re.compile(r"[(\[]\s*[Đđ]ã\s*ký\s*[)\]]")


def _markers_apart(segments: list[_Segment]) -> list[_Segment]:
    """A segment holding `(Đã ký)` among other words is three: what stands before the marker
    (the capacity), the marker, and what follows it (the signer's name)."""
    out: list[_Segment] = []
    for seg in segments:
        marker = _SIGNED.search(seg.text)
        if marker is None or marker.group() == seg.text:
            out.append(seg)
            continue
        out += [part for part in (_part(seg, 0, marker.start()), _part(seg, marker.start(), marker.end()),
                                  _part(seg, marker.end(), len(seg.text))) if part.text]
    return out


@lru_cache(maxsize=1 << 14)
def _as_name(line: str) -> Optional[str]:
    """A signer's name: 2–5 words, each capitalised (or all in capitals: `CAO HUY`), the first a
    family name and none a title's or a body's word, so that a heading (`PHỤ LỤC`, `Danh mục`)
    or a title (`PHÓ TRƯỞNG THUẾ TỈNH`) is never taken for one. OCR's split syllable is
    joined again (`Lê Hải H òa`), a rank left out (`Thượng tướng Vũ Hải Sản`)."""
    words = _rejoined(_without_rank(line).split())
    if not 2 <= len(words) <= 5 or not all(w.isalpha() for w in words):
        return None
    if all(w.isupper() for w in words):
        words = [w.capitalize() for w in words]
    elif not all(w[0].isupper() and (len(w) == 1 or w[1:].islower()) for w in words):
        return None
    name = " ".join(words)
    if words[0] not in surnames() or f"{fold(name)} ".startswith(_heading_starts()) or _office_words() & set(words) \
            or any(_ROMAN.fullmatch(w) for w in words):
        return None
    return name


@lru_cache(maxsize=None)
def _office_words() -> frozenset:
    return frozenset(_vocabulary()["office_words"])


@lru_cache(maxsize=None)
def _heading_starts() -> tuple[str, ...]:
    return tuple(fold(h) + " " for h in _vocabulary()["headings_not_names"])


def _without_rank(line: str) -> str:
    """`Thượng tướng Vũ Hải Sản` -> `Vũ Hải Sản`: a military or police signer's rank."""
    if not line.startswith(_rank_openings()):  # most lines: one test instead of one per rank
        return line
    for rank in _ranks():
        if line.startswith(rank + " "):
            return line[len(rank) + 1:]
    return line


@lru_cache(maxsize=None)
def _ranks() -> tuple[str, ...]:
    return tuple(sorted(_vocabulary()["ranks"], key=len, reverse=True))


@lru_cache(maxsize=None)
def _rank_openings() -> tuple[str, ...]:
    return tuple(rank + " " for rank in _ranks())


def _rejoined(words: list[str]) -> list[str]:
    """A capital letter alone and the lower-case rest of its syllable after it are one word."""
    out: list[str] = []
    for w in words:
        if out and len(out[-1]) == 1 and out[-1].isupper() and w[0].islower():
            out[-1] += w
        else:
            out.append(w)
    return out


def _continues_capacity(text: str, capacity: _Segment, seg: _Segment) -> bool:
    """A capacity broken over lines: `TM. ỦY BAN NHÂN` / `DÂN`, `KT. BỘ TRƯỞNG,` / `CHỦ NHIỆM`,
    `TL.` / `CỤC TRƯỞNG`. The next line, in capitals, goes on the same capacity when the first
    is a bare prefix; right below it (no blank line: a stamp's text stands apart), when the
    first ends with a comma, or is no whole title yet and the next is a short run of words
    that is neither a capacity of its own nor a name."""
    line = seg.text
    words = line.replace(",", " ").split()
    if not line.isupper() or not all(w.isalpha() for w in words) or strip_signing_prefix(line) != line \
            or _as_name(line):
        return False
    if not strip_signing_prefix(capacity.text):
        return True
    if text.count("\n", capacity.span.end, seg.span.start) > 1:
        return False
    return capacity.text.endswith(",") or (len(words) <= 3 and not is_capacity(line)
                                           and fold(strip_signing_prefix(capacity.text)) not in _whole_titles())


@lru_cache(maxsize=None)
def _whole_titles() -> frozenset:
    """Folded titles and bodies signed for: a capacity line that is one of them is complete, and
    the capitals below it are a stamp's text (`VĂN PHÒNG`), not its rest."""
    v = _vocabulary()
    return frozenset(fold(t) for t in [*v["signing_titles"], *v["signing_bodies"]])


def _is_title(office: str) -> bool:
    """Compared without diacritics: OCR misreads tones (`THỨ TRUỞNG`)."""
    return fold(f"{office} ").startswith(_folded_titles())


@lru_cache(maxsize=None)
def _folded_titles() -> tuple[str, ...]:
    return tuple(fold(f"{t} ") for t in _vocabulary()["signing_titles"])


def _joined(first: _Segment, second: _Segment) -> _Segment:
    return _Segment(Span(first.span.start, second.span.end), f"{first.text} {second.text}")


def _closing_start(text: str, folded: str) -> Optional[int]:
    """Where the last `./.` or the last `Nơi nhận:` begins, whichever comes first; None if neither does."""
    marks = [m.start() for m in [_last(_BODY_END, text), _last(_RECIPIENTS_HEAD, folded)] if m]
    return min(marks) if marks else None


def _tail(text: str, closing: Optional[int], end: Optional[int] = None) -> list[_Segment]:
    """The segments a signature is looked for in: those of the closing part (up to `end`),
    else the last few.

    Only the end of the text is segmented, from a line start, so the segments are those of the
    whole text without reading megabytes of body.
    """
    if closing is not None:
        return [s for s in _segments(text, text.rfind("\n", 0, closing) + 1, end) if s.span.start >= closing]
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


@dataclass(frozen=True)
class Closing:
    """The closing part of one document, read once: where it begins (`./.`, `Nơi nhận:` or the
    signature block, whichever is first; None when the text has none) and its signature block.
    Other finders leave the closing out of the body and take the signer from here."""

    start: Optional[int]
    signature: Optional[Signature]


def read_closing(text: str) -> Closing:
    """The closing part and its signature block: the capacity lines and the signer's name.

    The capacity lines are those in the closing part (after `./.` or `Nơi nhận:`, or in the last
    few lines of a text without them, or just above `Nơi nhận:` when nothing follows); the
    signer is the first name after them, past `(Đã ký)` and past a recipients list that PDF
    text put in between. When the last closing part is a blank form's in an appendix (no name),
    the signature follows an earlier `Nơi nhận:`; in a text with no closing part, it starts at
    the last line opening with a signing prefix. The last closing part counts for the start:
    appendices after an earlier signature stay in the body.

    >>> read_closing("thực hiện./.\\nKT. BỘ TRƯỞNG, CHỦ NHIỆM\\nPHÓ CHỦ NHIỆM\\n(Đã ký)\\nCao Huy").signature.signer
    'Cao Huy'
    """
    folded = fold_keep_length(text)
    closing = _closing_start(text, folded)
    # A text without a closing part may still end with its signature: from its last signing line.
    last = _signature_after(text, closing if closing is not None else _last_prefixed_capacity(text))
    starts = [s for s in (closing, last.span.start if last else None) if s is not None]
    signature = last
    if last is None or last.signer is None:
        earlier = (_signature_after(text, head.start(), head.start() + _WINDOW)
                   for head in _RECIPIENTS_HEAD.finditer(folded, 0, closing or 0))
        signature = next((sig for sig in earlier if sig and sig.signer), last)
    if signature is None or signature.signer is None:
        # A decision signed above the regulation it issues (`QUY ĐỊNH ...` printed after it,
        # unsigned): the last signed block before the last closing part.
        signed = (_signature_after(text, start, start + _WINDOW)
                  for start in _prefixed_block_starts(text, closing if closing is not None else len(text)))
        signature = next((sig for sig in signed if sig and sig.signer), signature)
    return Closing(min(starts) if starts else None, signature)


def find_signature(text: str) -> Optional[Signature]:
    """The signature block of `text` (see `read_closing`).

    >>> find_signature("thực hiện./.\\nTHỦ TƯỚNG\\nPhạm Minh Chính").signer
    'Phạm Minh Chính'
    """
    return read_closing(text).signature


def _last_prefixed_capacity(text: str) -> Optional[int]:
    """Where the last line opening with a signing prefix (`KT. BỘ TRƯỞNG`), or the capacity
    lines right above it, start: the signature of a text that lost `./.` and `Nơi nhận:` and
    ends with a site's notice."""
    return next(_prefixed_block_starts(text, len(text)), None)


def _prefixed_block_starts(text: str, end: int) -> Iterator[int]:
    """Where each block of capacity lines holding a signing prefix begins before `end`, the last
    first (`TM. CHÍNH PHỦ` / `KT. THỦ TƯỚNG` above the prefixed line belong to its block), each
    block once: a prefixed line inside the block found last is not walked up from again, so that
    a run of prefixed lines costs its length, not its square."""
    block_start = block_line = -1  # the block found last, and its prefixed line
    for found in reversed(list(_PREFIXED_LINE.finditer(text, 0, end))):
        start = line = text.rfind("\n", 0, found.start(1)) + 1
        if block_start <= line < block_line:
            continue
        while start > 0:
            above = text.rfind("\n", 0, start - 1) + 1
            if not is_capacity(text[above:start - 1].strip(" |*")):
                break
            start = above
        block_start, block_line = start, line
        yield start


def _signature_after(text: str, closing: Optional[int], end: Optional[int] = None) -> Optional[Signature]:
    """The signature block of the closing part that begins at `closing` (up to `end`)."""
    tail = _tail(text, closing, end)
    blocks = _signature_blocks(text, tail)
    if not blocks and closing is not None:
        blocks = _signature_blocks(text, _lines_before(text, closing))
    if not blocks:
        return None
    capacities, signer = next(((c, s) for c, s in blocks if s is not None), blocks[0])
    last = (signer or capacities[-1]).span.end
    return Signature(capacity=[one_line(c.text) for c in capacities],
                     signer=_as_name(signer.text) if signer else None,
                     span=Span((capacities or [signer])[0].span.start, last))


def _lines_before(text: str, pos: int) -> list[_Segment]:
    """The segments of the few lines before `pos`: where PDF text of a letter without `./.` may
    put the signature, above `Nơi nhận:`."""
    start = pos
    for _ in range(_LINES_ABOVE):
        start = text.rfind("\n", 0, max(0, start - 1)) + 1
        if start == 0:
            break
    return _segments(text, start, pos)


def _merged_blocks_apart(segments: list[_Segment]) -> list[_Segment]:
    """`- Lưu: VT, NN (2). THỦ TƯỚNG Phạm Minh Chính`: text reflowed from two columns puts the
    capacity and the name at the end of the last recipient's line; they are segments apart."""
    out: list[_Segment] = []
    for seg in segments:
        out += _capacity_and_name_at_end(seg) or [seg]
    return out


def _capacity_and_name_at_end(seg: _Segment) -> Optional[list[_Segment]]:
    # A name is words of letters only: none ends a segment that ends otherwise (most recipients'
    # lines: `(2).`, `VT.`), and none starts before the run of such words at the end.
    if not seg.text[-1:].isalpha() or is_capacity(seg.text) or _as_name(seg.text):
        return None
    tokens = list(_TOKEN.finditer(seg.text))
    letters = 0
    while letters < len(tokens) and tokens[-1 - letters].group().isalpha():
        letters += 1
    for k in range(min(_MAX_SIGNER_WORDS, len(tokens) - 1, letters), 1, -1):
        name_start = tokens[-k].start()
        if not _as_name(seg.text[name_start:]):
            continue
        first = len(tokens) - k
        while first > 0 and tokens[first - 1].group().isupper():
            first -= 1
        for token in tokens[first:len(tokens) - k]:  # the longest run of capitals that is a capacity
            if is_capacity(seg.text[token.start():name_start].strip()):
                return [part for part in (_part(seg, 0, token.start()), _part(seg, token.start(), name_start),
                                          _part(seg, name_start, len(seg.text))) if part.text]
    return None


def _part(seg: _Segment, start: int, end: int) -> _Segment:
    piece = seg.text[start:end]
    clean = piece.strip()
    begin = seg.span.start + start + (piece.index(clean) if clean else 0)
    return _Segment(Span(begin, begin + len(clean)), clean)


def _dangling_prefixes_apart(segments: list[_Segment]) -> list[_Segment]:
    """`- Lưu: VT, Th2. TM.` / `ỦY BAN NHÂN DÂN`: a table's cells merged put the signing prefix
    at the end of the line above; it is a segment of its own, which the next line continues. Not
    when that line has a prefix of its own (`- Lưu: VT, KT.` / `TM. ỦY BAN NHÂN DÂN`: KT is the
    archive's unit)."""
    out: list[_Segment] = []
    for seg, below in zip(segments, [*segments[1:], None]):
        prefix = _DANGLING_PREFIX.search(seg.text)
        if prefix and not is_capacity(seg.text) and below is not None and below.text.isupper() \
                and strip_signing_prefix(below.text) == below.text:
            start = seg.span.start + prefix.start(1)
            out += [_Segment(Span(seg.span.start, start - 1), seg.text[:prefix.start(1) - 1]),
                    _Segment(Span(start, seg.span.end), prefix.group(1))]
        else:
            out.append(seg)
    return out


def _fragments_joined(text: str, segments: list[_Segment]) -> list[_Segment]:
    """OCR breaks a title over lines (`THỨ` / `TRƯỞNG`): two runs of capitals, one right below
    the other, that are no capacity or name each but together a capacity, are one line."""
    out: list[_Segment] = []
    for seg in segments:
        if out and _is_fragment(out[-1]) and _is_fragment(seg) \
                and text.count("\n", out[-1].span.end, seg.span.start) <= 1 \
                and is_capacity((joined := _joined(out[-1], seg)).text):
            out[-1] = joined
        else:
            out.append(seg)
    return out


def _is_fragment(seg: _Segment) -> bool:
    words = seg.text.split()
    return seg.text.isupper() and all(w.isalpha() for w in words) and len(words) <= 3 \
        and not is_capacity(seg.text) and not _as_name(seg.text)


def _leading_name(seg: _Segment) -> Optional[_Segment]:
    """The name that opens a line run on into the page's next cell (`Nguyễn Thị Bích Ngọc Thông
    tư 112/2025/TT-BTC ...`, `Đào Thu Hương Ghi chú: ...`): the capitalised words from the
    start (Vietnamese syllables: `Cao Anh Tuấn Circular No. 109`), without the last one when a
    lower-case word follows it (it opens the next phrase)."""
    words = list(_WORD.finditer(seg.text))
    run = 0
    while run < len(words) and words[run].group()[0].isupper() and _is_syllable(words[run].group()):
        run += 1
    if run < len(words) and words[run].group()[0].islower():
        run -= 1
    for k in range(min(run, _MAX_SIGNER_WORDS), 1, -1):
        end = words[k - 1].end()
        if _as_name(seg.text[:end]):
            return _Segment(Span(seg.span.start, seg.span.start + end), seg.text[:end])
    return None


def _is_syllable(word: str) -> bool:
    """A Vietnamese syllable (`Nguyễn`, `Ngọc`), not a word of the page's English title (`Circular`)."""
    return bool(_SYLLABLE.fullmatch(fold(word)))


def _signature_blocks(text: str, tail: list[_Segment]) -> list[tuple[list[_Segment], Optional[_Segment]]]:
    """Runs of capacity lines, each with the name that ends it (None if no name does).

    Recipient items, `(Đã ký)` and a few stray lines (a stamp's text, `Nơi nhận:`) may stand
    between the lines of one block; more stray lines than that end it."""
    blocks: list[tuple[list[_Segment], Optional[_Segment]]] = []
    capacities: list[_Segment] = []
    strays = 0
    marked = False  # the segment before was `(Đã ký)`: a name right after it signed, capacity or not
    for seg in _fragments_joined(text, _dangling_prefixes_apart(_markers_apart(_merged_blocks_apart(tail)))):
        after_marker, marked = marked, _is_marker(seg.text)
        if capacities and _continues_capacity(text, capacities[-1], seg):
            capacities[-1] = _joined(capacities[-1], seg)
        elif is_capacity(seg.text):
            capacities.append(seg)
            strays = 0
        elif not capacities and after_marker and _as_name(seg.text):
            blocks.append(([], seg))
        elif not capacities or seg.is_item or marked:
            continue
        elif (name := _as_name(seg.text) and seg or _leading_name(seg)) is not None:
            blocks.append((capacities, name))
            capacities = []
        elif (strays := strays + 1) > _MAX_STRAYS:
            blocks.append((capacities, None))
            capacities = []
    if capacities:
        blocks.append((capacities, None))
    return blocks


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


def find_recipients(text: str, closing: Optional[Closing] = None,
                    addressees: Optional[Sequence[Span]] = None) -> list[OrganizationMention]:
    """Each addressee (`Kính gửi:`, a telegram's `THỦ TƯỚNG CHÍNH PHỦ điện:`) and each
    recipient of the `Nơi nhận:` list, as canonical organisations with spans, each body once
    (at its first mention: `Kính gửi: Bộ Công Thương` and `Nơi nhận: - Bộ Công Thương;`).

    Bodies in parentheses are parents of the items before them, not recipients; an item naming
    no known body is kept as its text (`known=False`), without its purpose (`(để báo cáo)`),
    unless it names no body at all: `Như trên`, a person (`TT. Trương Hải Long`), a bare title
    (`Bộ trưởng (để báo cáo)`). `closing` (`read_closing(text)`) and `addressees` (the zones
    of `document_parts`) are the caller's when it has them.
    """
    closing = closing or read_closing(text)
    if addressees is None:
        addressees = document_parts(text, None, closing.start).addressees
    folded = fold_keep_length(text)
    out: list[OrganizationMention] = []
    # A text without a closing part is no letter (a news page, a site's `Kính gửi: Quý Thành
    # viên` notice), so has no addressees.
    if addressees and closing.start is not None:
        out += _recipients_of(text, folded, _addressee_items(text, addressees[0]))
    head = _signed_recipients_head(folded, closing.signature)
    if head is not None:
        out += _recipients_of(text, folded, _recipient_items(text, head))
    return each_once(out)


def reported_recipients(text: str, subject: InstrumentMention,
                        instruments: Sequence[InstrumentMention]) -> list[OrganizationMention]:
    """The addressees of the instrument a report is about, as the report states them: `Công điện
    số 87/CĐ-TTg ngày 12/6/2025 gửi Bộ trưởng, Thủ trưởng cơ quan ngang bộ; Chủ tịch Ủy ban nhân
    dân các tỉnh ... chỉ đạo ...`, `Công điện gửi đến ...`, `văn bản gửi các Bộ: Công an, Tư
    pháp`. The sender is the subject (its mention, or its type word with no other instrument
    between: `Thủ tướng ký ban hành Công điện ... gửi ...`); the list runs to the end of the
    clause, and only bodies it names count (running text has no items to keep as written).

    `instruments` are all instrument mentions of the text (the subject's among them)."""
    if subject.type not in _vocabulary()["sent_types"]:
        return []
    folded = fold_keep_length(text)
    out: list[OrganizationMention] = []
    for sent in _SENT_TO.finditer(text):
        clause = max(text.rfind(". ", 0, sent.start()), text.rfind("\n", 0, sent.start())) + 1
        if _is_sent_by(text, folded, subject, instruments, clause, sent.start()):
            end = _LIST_END.search(text, sent.end())
            items = _running_items(text, sent.end(), end.start() if end else len(text))
            out += [r for r in _recipients_of(text, folded, items, named_only=True) if not _is_generic(r)]
    return each_once(out)


def _is_sent_by(text: str, folded: str, subject: InstrumentMention, instruments: Sequence[InstrumentMention],
                start: int, sent: int) -> bool:
    """Is the subject what `gửi` at `sent` sends: the last instrument or type word before it in
    the clause from `start`, in the same clause (no comma, no `và`: `... theo Nghị định này, gửi
    Chủ tịch ...`, `lập hồ sơ theo Nghị định 95 và gửi đến ...` have another doer), with no request to
    others between?"""
    before = [i for i in instruments if start <= i.span.start and i.span.end <= sent]
    words = [m for m in _type_words(subject.type).finditer(folded, start, sent)
             if not any(i.span.start <= m.start() < i.span.end for i in instruments)
             and _OPENS_CLAUSE.fullmatch(folded, start, m.start())]
    last_mention = max(before, key=lambda i: i.span.end, default=None)
    last_word = max(words, key=lambda m: m.end(), default=None)
    if last_word is not None and (last_mention is None or last_word.end() > last_mention.span.end):
        referent_end = last_word.end()
    elif last_mention is not None and _same_instrument(last_mention, subject):
        referent_end = last_mention.span.end
    else:
        return False
    between = text[referent_end:sent]
    return not _CLAUSE_BREAK.search(between) and \
        not any(m["whom"] == "các " or m["whom"].isupper() for m in _REQUEST.finditer(between))


def _is_generic(org: OrganizationMention) -> bool:
    """`Ủy ban nhân dân` with no place, or with only a level (`UBND tỉnh`, `Ủy ban nhân dân cấp
    xã`), names a kind of body, not a recipient."""
    name = _LEVEL_ONLY.sub("", org.name).strip()
    entry = find_organization(name) if org.known or name != org.name else None
    return bool(entry and entry.get("generic"))


def _same_instrument(mention: InstrumentMention, subject: InstrumentMention) -> bool:
    return mention.span == subject.span or (mention.type == subject.type and bool(subject.number)
                                            and (mention.number or "").lstrip("0") == subject.number.lstrip("0"))


@lru_cache(maxsize=None)
def _type_words(code: Optional[str]) -> re.Pattern:
    """The folded type words of `code` (`cong dien`; `van ban`, `cong van` for CV)."""
    words = [fold(w) for w, c in load("doc_types.json")["words"].items() if c == code]
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, words))})\b" if words else r"(?!)")


def _running_items(text: str, start: int, end: int) -> list[list[_Segment]]:
    """A list in running text, one item per `;`-separated part."""
    items, pos = [], start
    for m in [*re.finditer(r";", text[start:end]), None]:
        stop = start + m.start() if m else end
        piece = text[pos:stop]
        clean = piece.strip(" *_:")
        if clean:
            begin = pos + piece.index(clean)
            items.append([_Segment(Span(begin, begin + len(clean)), clean)])
        pos = stop + 1
    return items


def each_once(recipients: list[OrganizationMention]) -> list[OrganizationMention]:
    """Each body once, at its first mention."""
    first: dict[str, OrganizationMention] = {}
    for r in recipients:
        first.setdefault(r.name, r)
    return list(first.values())


def _signed_recipients_head(folded: str, sig: Optional[Signature]) -> Optional[re.Match]:
    """The `Nơi nhận:` of the signed closing part: the last one before the signer's name (an
    appendix's blank form may have its own after it), else the last one."""
    last = _last(_RECIPIENTS_HEAD, folded)
    return last if sig is None else _last(_RECIPIENTS_HEAD, folded[:sig.span.end]) or last


def _addressee_items(text: str, zone: Span) -> list[list[_Segment]]:
    """The addressees of the zone `Kính gửi: ...` (parts finds it): what follows the head's
    colon on its line and the lines wrapping it as one item (`Kính gửi: Thuế tỉnh Quảng Trị.`),
    else each dashed line (`Kính gửi:` / `- Các Bộ ...;` / `- Ủy ban nhân dân ...`), or each
    line up to one ending with `;` where OCR dropped the dashes (`Bộ Tài chính;` / `Bộ Công Thương;`)."""
    start = text.index(":", zone.start) + 1
    segments = _segments(text, start, zone.end)
    if segments and not segments[0].is_item and _to_a_person(segments[0].text):
        return []
    items: list[list[_Segment]] = []
    for seg in segments:
        if is_addressee_field(seg.text):
            continue
        if seg.is_item or not items or items[-1][-1].text.endswith(";"):
            items.append([seg])
        else:
            items[-1].append(seg)
    return items


def _to_a_person(addressee: str) -> bool:
    """`Kính gửi: Ông Thái Mạnh Cường`: a letter to a citizen, whose line PDF text may run on
    into the body (`... Cục Thuế nhận được đơn ...`)."""
    return any(addressee.startswith(h + " ") for h in _vocabulary()["honorifics"])


def _recipients_of(text: str, folded: str, items: list[list[_Segment]],
                   named_only: bool = False) -> list[OrganizationMention]:
    if not items:
        return []
    start, end = items[0][0].span.start, items[-1][-1].span.end
    part, origin = heads_as_bodies(text[start:end])
    orgs = [_mapped(text, o, origin, start) for o in find_organizations(part) if not in_parentheses(part, o.span)]
    by_start = sorted(range(len(orgs)), key=lambda i: orgs[i].span.start)
    starts = [orgs[i].span.start for i in by_start]
    out: list[OrganizationMention] = []
    for item in items:
        found = _units_with_parents(text, [orgs[i] for i in _inside_item(orgs, by_start, starts, item)])
        found += _recipient_aliases(text, folded, item, found)
        if _names_officers(" ".join(s.text for s in item)):
            # `Lãnh đạo Bộ Tài chính` is sent to the ministry, `CT, các PCT UBND tỉnh` to no body named
            out += sorted((o for o in found if not _is_generic(o)), key=lambda o: o.span.start)
        elif found:
            out += sorted(found, key=lambda o: o.span.start)
        elif not named_only:
            out += [u for sub in _split_at_semicolons(item) if (u := _unknown_recipient(text, sub)) is not None]
    return out


@lru_cache(maxsize=None)
def _head_title() -> re.Pattern:
    """A head's title opening an addressee or following a comma, semicolon or colon in one."""
    titles = _head_titles().pattern
    # A title alone before the next head's (`Bộ trưởng, Thủ trưởng ...`) stands for its bodies;
    # alone at an item's end (`- Bộ trưởng;` in Nơi nhận) it is the minister, a person.
    # `Các Bộ trưởng, Thủ trưởng ...`: the plural before the first title.
    return re.compile(rf"(?:^|(?<=[,;:\-–•+\n])|(?<=\svà))(?P<space>\s*)(?P<title>(?:[Cc]ác\s+)?(?:{titles}))"
                      rf"(?P<alone>(?=(?:\s*,|\s+và)\s*(?:{titles})))?\s*")


@lru_cache(maxsize=None)
def _head_titles() -> re.Pattern:
    """The titles alone: a text without one has no head, which this finds far faster than
    `_head_title` (a regex that opens with a literal is searched for by its letters)."""
    return re.compile("|".join(re.escape(t) for t in sorted(_vocabulary()["heads_of_bodies"], key=len, reverse=True)))


def heads_as_bodies(part: str) -> tuple[str, list[int]]:
    """`Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ; Chủ tịch Ủy ban nhân dân
    các tỉnh` -> `Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ; Ủy ban nhân dân các tỉnh`: an
    addressee named by its head is the body headed, and a title alone in a list of heads stands
    for its bodies (heads_of_bodies). With each character's offset in `part`, to give the bodies their spans."""
    if not _head_titles().search(part):
        return part, list(range(len(part) + 1))
    out, origin, pos = [], [], 0
    body = ""
    for m in _head_title().finditer(part):
        kept = part[pos:m.start("title")]
        out.append(kept)
        origin += range(pos, m.start("title"))
        # after a title standing for its bodies, the next head's `các` is the list's, said once
        # (`Bộ trưởng, Thủ trưởng các cơ quan ngang bộ` -> `Các bộ, cơ quan ngang bộ`)
        repeated_plural = len("các ") if body and part.startswith("các ", m.end()) else 0
        title = re.sub(r"^[Cc]ác\s+", "", m["title"])
        body = _vocabulary()["heads_of_bodies"][title] if m["alone"] is not None else ""
        out.append(body)
        origin += [m.start("title")] * len(body)
        pos = m.end("title") if body else m.end() + repeated_plural
    out.append(part[pos:])
    origin += range(pos, len(part) + 1)
    return "".join(out), origin


def _mapped(text: str, o: OrganizationMention, origin: list[int], offset: int) -> OrganizationMention:
    """A body found in the rewritten part, with its span and surface in the text."""
    span = Span(origin[o.span.start] + offset, origin[o.span.end - 1] + 1 + offset)
    return replace(o, span=span, surface=text[span.start:span.end])


def _inside_item(orgs: list[OrganizationMention], by_start: list[int], starts: list[int],
                 item: list[_Segment]) -> list[int]:
    """Indices in `orgs` of the bodies inside the item's segments, in order; `by_start` are the
    indices sorted by start, `starts` their starts. Looked up by start: a scan of every body for
    each item made a long `Nơi nhận` list N²."""
    inside = set()
    for s in item:
        for i in by_start[bisect_left(starts, s.span.start):bisect_left(starts, s.span.end)]:
            if _inside(orgs[i].span, s.span):
                inside.add(i)
    return sorted(inside)


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


def _split_at_semicolons(item: list[_Segment]) -> list[list[_Segment]]:
    """`- Đoàn ĐBQH thành phố; UBMTTQVN thành phố;`: two unknown recipients on one dashed line
    (an item naming a known body keeps its units after `;` as that body's: `VPCP: ...; các Vụ`)."""
    subs: list[list[_Segment]] = [[]]
    for seg in item:
        start = 0
        for m in _SEMICOLON.finditer(seg.text):
            subs[-1].append(_part(seg, start, m.start()))
            subs.append([])
            start = m.end()
        subs[-1].append(_part(seg, start, len(seg.text)))
    return [[s for s in sub if s.text] for sub in subs if any(s.text for s in sub)]


_PARENT_DASH = re.compile(r"\s*[-–]\s*")


def _units_with_parents(text: str, found: list[OrganizationMention]) -> list[OrganizationMention]:
    """`Vụ Pháp chế - Bộ Khoa học và Công nghệ`, `Cục Kiểm soát TTHC - VPCP`: the unit is sent
    to, and the body after the dash is its parent, not a recipient of its own."""
    found = sorted(found, key=lambda o: o.span.start)
    out: list[OrganizationMention] = []
    for org in found:
        if out and out[-1].parent is None and _PARENT_DASH.fullmatch(text, out[-1].span.end, org.span.start):
            out[-1] = replace(out[-1], parent=org.name)
            continue
        out.append(org)
    return out


def _unknown_recipient(text: str, item: list[_Segment]) -> Optional[OrganizationMention]:
    span = Span(item[0].span.start, item[-1].span.end)
    raw = " ".join(s.text for s in item)
    dash = _ITEM_DASH.match(raw)
    name = one_line(_PURPOSE.sub("", raw[dash.end() if dash else 0:])).rstrip(";,.: ")
    if not name or _names_no_body(name):
        return None
    # The heads of a collective (`Thủ trưởng các cơ quan tham mưu thuộc Bộ`) stand for the
    # collective as written (`Các cơ quan tham mưu thuộc Bộ`).
    bodies = heads_as_bodies(name)[0].strip(" :")
    if bodies.startswith(("các ", "Các ")):
        name = "C" + bodies[1:]
    return OrganizationMention(name, span, text[span.start:span.end], None, False)


def _names_no_body(item: str) -> bool:
    """`Như trên` (the addressees again), `TT. Trương Hải Long` (a person after a title),
    `Đ/c Bộ trưởng`, `Các đồng chí Thứ trưởng` (persons by honorific), `Các Thứ trưởng` (a title
    alone) or a form's blank (`Kính gửi: ……(03)……`): no body."""
    folded = fold(item)
    if folded.startswith(_references()) or _PLACEHOLDER.search(item) or _to_a_person(item) \
            or item.startswith(tuple(c + " " for c in _vocabulary()["publication_channels"])):
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


_BODY_PREFIX = re.compile(r"^[^:;,()]{1,40}:\s*")  # `TTUB: CT, các PCT`, `UBND tỉnh: CT và các PCT`
_BETWEEN_OFFICERS = re.compile(r"\s*(?:[,;+]|\bvà\b)\s*")


def _names_officers(item: str) -> bool:
    """`CT, các PCT UBND tỉnh`, `TTUB: CT, các PCT`, `Bộ trưởng và các Thứ trưởng`, `Lãnh đạo Bộ`,
    `VP: Lãnh đạo và các CV`: an item whose every part is an office holder (a title or an
    officer word, then nothing, a name, or a body) is sent to persons, and only a body it
    identifies is a recipient."""
    rest = _PURPOSE.sub("", item)
    rest = rest[_ITEM_DASH.match(rest).end() if _ITEM_DASH.match(rest) else 0:].strip(" ;,.:")
    rest = rest[_BODY_PREFIX.match(rest).end():] if _BODY_PREFIX.match(rest) else rest
    parts = [p for p in _BETWEEN_OFFICERS.split(rest) if p]
    return bool(parts) and all(_is_officer(p) for p in parts)


def _is_officer(part: str) -> bool:
    """`các PCT UBND tỉnh`, `Đ/c Thứ trưởng`, `PCT Âu Anh Tuấn`, `Lãnh đạo Bộ`: a title after any
    plural or honorific, then nothing, a name, a body's bare head word or a body."""
    part = _officer_lead().sub("", part)
    title = next((t for t in _officer_titles() if part == t or part.startswith((t + " ", t + "."))), None)
    if title is None:
        return False
    after = part[len(title):].lstrip(". ")
    return not after or bool(_as_name(after)) or after.split()[0] in _vocabulary()["bare_bodies"] \
        or any(o.span.start == 0 for o in find_organizations(after))


@lru_cache(maxsize=None)
def _officer_lead() -> re.Pattern:
    """The plural and honorifics before an officer's title (`các`, `Các đồng chí`, `Đ/c`)."""
    words = sorted({"các", "Các", *_vocabulary()["honorifics"]}, key=len, reverse=True)
    return re.compile(rf"^(?:(?:{'|'.join(map(re.escape, words))})\s+)+")


@lru_cache(maxsize=None)
def _officer_titles() -> tuple[str, ...]:
    v = _vocabulary()
    return tuple(sorted({*v["positions"], *v["abbreviated_positions"], *v["officer_words"]}, key=len, reverse=True))
