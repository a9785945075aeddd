"""Decide, between every two lines, whether they belong to one paragraph, one list, or neither.

PDF text breaks lines every ~80 characters, in the middle of names and dates (`Phó Thủ tướng
Thường trực Chính phủ` / `Phạm Bình Minh`), and often puts a blank line after every line. A line
that ends a sentence or a heading and a line that starts a list item, heading or capitalised
sentence mark a paragraph break; anything else is a wrapped line to be joined with a space.
Ordinary text (one paragraph per line) is only reflowed where a line plainly continues
(it starts in lower case after an unfinished sentence).
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from luocdo import data

from .furniture import config
from .lines import (Line, ends_sentence, is_archive_item, is_capacity, is_footnote, is_heading, is_list_item,
                    is_minor_item, is_name, is_numbered, is_structural, is_table_row, starts_lower)

PARAGRAPH, LINE, SPACE, GLUE = "\n\n", "\n", " ", ""
# A number's symbol broken at its hyphen (`Nghị định số 30/2020/NĐ-` / `CP ngày ...`): one word again.
_SYMBOL_BREAK = re.compile(r"[A-ZĐ0-9]-$")
_SYMBOL_REST = re.compile(r"[A-ZĐ0-9]")
# `Nghị định số` / `217/2025/NĐ-CP.`: a number broken from its `số` goes on, though the short line of a
# symbol alone looks like a heading.
_NUMBER_WORD_BREAK = re.compile(r"(?:^|\s)(?:số|Số|SỐ)$")
_NUMBER_REST = re.compile(r"\d{1,5}(?:/|-[A-ZĐ])")
# `..., cụ thể: (i) Đánh giá ...;` / `(ii) Rà soát ...`: items numbered inside a sentence, one of
# which a line break put at a line's start, go on in the paragraph that numbered the item before
# it mid-line, when the line before ends as such an item does (`;`, `,`) or is cut in a word; a
# list of such items one per line has none mid-line, a cross-reference (`... quy định tại (1) và
# (2),` / `(4) ...`) is not the item before, and a note or a lead-in (`... (1) ... điều kiện sau
# đây:`, `... NĐ-CP)`) ends its line otherwise; nor is a point's own number (`điểm a(i)`). Text
# that is not hard-wrapped breaks such a sentence only without a blank line.
_INLINE_ENUMERATOR = re.compile(r"\(([ivx]{1,5}|\d{1,2})\)\s")
_ITEM_GOES_ON = re.compile(r"[;,\w]$")
_JOINS_ITEMS = re.compile(r"(?:,|\s(?:và|hoặc))$")  # `(7) Ngày Cách mạng Tháng Tám và` / `(8) Ngày Quốc khánh`
_ROMAN = {r: i for i, r in enumerate("i ii iii iv v vi vii viii ix x xi xii xiii xiv xv xvi xvii xviii xix xx".split(), 1)}
_WRAPPED_ARTICLE = 70  # characters: an `Điều 2. ...` line this long is the article's text, wrapped
_HEADER_LINES = 25  # header fields (`Số:`, `V/v`, place and date, `Kính gửi:`) sit in the first lines
_RECIPIENTS = re.compile(r"^Nơi\s+nhận\s*:?", re.I)
_ADDRESSEES = re.compile(r"^\W*(?:Kính gửi|KÍNH GỬI)\b")
_LONG_LINE = 200
_HEAD_WORD_ALONE = re.compile(r"(?:Điều|Chương|Mục|Phần|ĐIỀU|CHƯƠNG|MỤC|PHẦN)$")
_HEAD_NUMBER = re.compile(r"(?:\d{1,3}[a-z]?|[IVXLC]{1,7})(?:[.:]|$)")
# A line broken after a comma or a spaced hyphen (`Công báo -` / `Tin học`) goes on, whatever case the
# next opens in
_BROKEN_AT_COMMA = re.compile(r"(?:,|(?<![?.!])\s[-–])$")  # not a list of questions, `... ra sao? -`
_UNFINISHED_PROSE = 40  # characters: shorter lines ending in a title are signatures (`Phó Chủ tịch` / name)
# A text wrapped at a width (a PDF's justified body) breaks a line only where its next word would
# not fit: a line far shorter than that, after a full one, ends its paragraph, though it ends
# without a stop (a heading `3. Xây dựng ... các nội dung` / `được giao trong Luật Việc làm`) and
# the next opens in capitals (`Sở, ban, ngành ...`). A text has a width when most lines that go
# on in lower case are within a fifth of its longest lines; a table's narrow cells, short line
# after short line, are left as they are.
_WRAPS_AT_WIDTH = 0.7  # share of the lines going on in lower case that are near the width
_FULL_LINE, _SHORT_LINE = 0.8, 0.7  # of the width
_SHORTS_GOING_ON = 0.25  # share of short lines after full ones that go on in lower case


def is_hard_wrapped(lines: list[Line]) -> bool:
    """True when many short lines stop mid-sentence: PDF-style hard wraps, not one paragraph per line."""
    if len(lines) < 3:
        return False
    if sum(len(line.text) > _LONG_LINE for line in lines) > len(lines) * 0.05:
        return False
    unfinished = sum(1 for line in lines[:-1] if not ends_sentence(line.text) and not is_heading(line.text))
    return unfinished >= max(2, (len(lines) - 1) * 0.3)


def wrap_width(lines: list[Line]) -> "int | None":
    """The width, in characters, a text's lines are wrapped at, or None when they show none; a
    table's rows, one line each however long, have none."""
    lines = [line for line in lines if not is_table_row(line.text)]
    going_on = [len(a.text) for a, b in zip(lines, lines[1:]) if _continues(b.text) and len(a.text) >= 20]
    if len(going_on) < 5:
        return None
    lengths = sorted(len(line.text) for line in lines)
    width = lengths[int(len(lengths) * 0.95)]
    near = sum(1 for length in going_on if length >= _FULL_LINE * width)
    if near < _WRAPS_AT_WIDTH * len(going_on):
        return None
    # A text wrapped twice (a PDF's lines wrapped again, narrower) leaves short lines that go on in
    # lower case: there a short line ends nothing.
    shorts = [c for a, b, c in zip(lines, lines[1:], lines[2:])
              if len(a.text) >= _FULL_LINE * width and len(b.text) < _SHORT_LINE * width]
    going_on_after_short = sum(1 for line in shorts if _continues(line.text))
    return width if going_on_after_short <= _SHORTS_GOING_ON * len(shorts) else None


def _continues(text: str) -> bool:
    """A line that goes on with the sentence above: in lower case, and no item (`a) ...`)."""
    return starts_lower(text) and not is_minor_item(text)


def _ends_short(before: "Line | None", prev: Line, nxt: Line, width: int, printed: bool) -> bool:
    """`prev` closes a paragraph wrapped at `width`: the next line's first word would have fitted
    on it, and the line `before` it in the paragraph is full, or, in a PDF's own text layer, whose
    breaks are the page's lines, it is an item of its own (`3. Sở Nông nghiệp và Môi trường` /
    `Chủ trì triển khai ...`); a database's page breaks its items' lines anywhere (`1. Sở` /
    `Nông nghiệp và Môi trường:`)."""
    own_item = printed and before is None and (is_numbered(prev.text) or is_list_item(prev.text))
    return ((own_item or (before is not None and len(before.text) >= _FULL_LINE * width))
            and nxt.text[:1].isupper() and not _BROKEN_AT_COMMA.search(prev.text)
            and len(prev.text) + 1 + len(nxt.text.split(" ", 1)[0]) < _SHORT_LINE * width)


def joiners(lines: list[Line], wrapped: bool, printed: bool = False) -> list[str]:
    """joiners[i] goes between lines[i] and lines[i+1]: PARAGRAPH, LINE or SPACE; `printed` when
    the lines are a PDF's text layer."""
    usual_gap = Counter(line.gap for line in lines[1:]).most_common(1)[0][0] if len(lines) > 1 else 0
    width = wrap_width(lines) if wrapped else None
    result = []
    recipients = addressing = False
    numbered = None  # the last item number the paragraph gave mid-line: (kind, value)
    opened = None  # the last item number a line opened with
    header_field, address_body = config()["header_field"], config()["address_body"]
    prev = lines[0] if lines else None
    for i, nxt in enumerate(lines[1:]):
        recipients = (recipients or _RECIPIENTS.match(prev.text) is not None) and not _ends_recipients(prev, nxt)
        addressing = addressing or _ADDRESSEES.match(prev.text) is not None
        numbered = _numbered_on(prev.text, numbered)
        opens_with = _line_number(nxt.text)
        if addressing and address_body.match(nxt.text):
            joiner = PARAGRAPH  # `Kính gửi: Ủy` / `ban nhân dân các tỉnh ...` / `Thực hiện ...`: the body opens
        elif (going_on := _following(opens_with, numbered)) and _ITEM_GOES_ON.search(prev.text) \
                and (wrapped or not nxt.gap):
            joiner, numbered = SPACE, going_on
        elif _following(opens_with, opened) and not _JOINS_ITEMS.search(prev.text):
            joiner = PARAGRAPH  # `(2) ... không đúng quy định` / `(3) Mang theo ...`: the list's next item
        else:
            before = lines[i - 1] if i and result[-1] == SPACE else None
            short = bool(width and _ends_short(before, prev, nxt, width, printed))
            joiner = _recipient_joiner(nxt, wrapped) if recipients else _joiner(prev, nxt, wrapped, usual_gap, short)
        addressing = addressing and joiner != PARAGRAPH
        numbered = numbered if joiner != PARAGRAPH else None
        opened = (opens_with or opened) if joiner != SPACE else opened
        if joiner == SPACE and i < _HEADER_LINES and header_field.match(nxt.text):
            joiner = LINE  # a flattened two-column header: each field on its own line
        result.append(joiner)
        # `Điều` / `5. Trách nhiệm thi hành`: the line after that is read after the whole heading
        glued = joiner == SPACE and _HEAD_WORD_ALONE.match(prev.text)
        prev = Line(nxt.start, nxt.end, f"{prev.text} {nxt.text}", nxt.gap, nxt.indent, nxt.index) if glued else nxt
    return result


def _enumerator_value(token: str) -> tuple[str, int]:
    return ("digit", int(token)) if token.isdigit() else ("roman", _ROMAN.get(token, 0))


def _numbered_on(text: str, last: "tuple | None") -> "tuple | None":
    """The last item number inside `text` after its start (or `last` when it has none)."""
    if "(" not in text:
        return last
    found = [m[1] for m in _INLINE_ENUMERATOR.finditer(text) if m.start() > 0 and not text[m.start() - 1].isalnum()]
    return _enumerator_value(found[-1]) if found else last


def _following(number: "tuple | None", last: "tuple | None") -> "tuple | None":
    """`number` when it is the one right after `last`."""
    return number if number and last and number == (last[0], last[1] + 1) else None


def _line_number(line: str) -> "tuple | None":
    """The item number `line` opens with (`(3) ...`), or None."""
    m = _INLINE_ENUMERATOR.match(line) if line[:1] == "(" else None
    return _enumerator_value(m[1]) if m else None


def _ends_recipients(prev: Line, nxt: Line) -> bool:
    """The signature block closes the list; an indented `A04, C03 (BCA);` does not. The archive
    item (`- Lưu: VT, KSTT (3).`), once finished, is the list's last (Nghị định 30/2020/NĐ-CP);
    a line in lower case or opening with a digit (`05 bản, QĐ164.`) still continues it."""
    n = nxt.text
    if is_archive_item(prev.text) and (is_name(n) or prev.text.endswith((".", ")"))
                                           and not (starts_lower(n) or n[:1].isdigit())):
        return True  # after `- Lưu: VT, CN (2). Ha` (the typist's initials), a name is the signer's
    return is_capacity(n) or (is_heading(n) and nxt.indent < 2 and not ends_sentence(n))


def _recipient_joiner(nxt: Line, wrapped: bool) -> str:
    """`Nơi nhận:` lists: one recipient per line; indented or wrapped lines continue the last one."""
    if is_minor_item(nxt.text):
        return LINE
    return SPACE if nxt.indent >= 2 or wrapped else LINE


@lru_cache(maxsize=None)
def _paragraph_openers() -> re.Pattern:
    """The recipients list, a capitalised date, a news dateline: lines that open a paragraph
    after anything; one match for all of them."""
    patterns = (f"(?i:{_RECIPIENTS.pattern})", config()["paragraph_opening"].pattern, config()["dateline"].pattern)
    return re.compile("|".join(f"(?:{pattern})" for pattern in patterns))


@lru_cache(maxsize=None)
def _signed_markers() -> frozenset[str]:
    return frozenset(data.load("positions.json")["signed_markers"])


def _joiner(prev: Line, nxt: Line, wrapped: bool, usual_gap: int, ends_short: bool = False) -> str:
    p, n = prev.text, nxt.text
    if is_table_row(p) or is_table_row(n):  # a table's row, its cells between tabs, is a line of its own
        return LINE if is_table_row(p) and is_table_row(n) else PARAGRAPH
    if is_footnote(n) or _paragraph_openers().match(n):
        return PARAGRAPH
    if is_archive_item(p) and is_name(n):
        return PARAGRAPH  # `- Lưu: VT, CN (2). Ha` / `Phạm Mạnh Cường`: the block above the list is signed
    if p in _signed_markers() or n in _signed_markers():
        return LINE  # `(Đã ký)` stands alone between the capacity and the signer's name
    if _HEAD_WORD_ALONE.match(p) and _HEAD_NUMBER.match(n):
        return SPACE  # `**Điều` / `12. Trách nhiệm của Sở Tài chính**`: markup broke the heading
    if _NUMBER_WORD_BREAK.search(p) and _NUMBER_REST.match(n):
        return SPACE
    if is_list_item(n) or is_heading(n):
        if is_minor_item(n) and (is_list_item(p) or p.endswith(":") or ends_sentence(p)):
            return LINE
        if is_heading(p) and is_heading(n) and not is_numbered(n):
            return LINE
        return PARAGRAPH
    if p.endswith("-") and _SYMBOL_BREAK.search(p) and _SYMBOL_REST.match(n):
        return GLUE
    if starts_lower(n) and (wrapped or not ends_sentence(p)):
        return SPACE
    if (len(p) >= _UNFINISHED_PROSE or is_structural(p)) and config()["unfinished_line"].search(p):
        return SPACE  # `... Giám đốc Sở Khoa học và Công nghệ; Chủ tịch` / `UBND các xã, phường; ...`
    if not nxt.gap and (len(p) >= _UNFINISHED_PROSE or is_structural(p)) and config()["unnamed_body"].search(p):
        return SPACE  # `... Giám đốc Sở` / `Khoa học và Công nghệ; ...`: the body's name goes on
    if not nxt.gap and wrapped and len(p) >= _UNFINISHED_PROSE and p.endswith(";") and config()["list_going_on"].match(n):
        return SPACE  # `... Chủ tịch Ủy ban nhân dân các xã, phường;` / `Thủ trưởng các cơ quan ...`: the heads go on
    if not nxt.gap and (len(p) >= _UNFINISHED_PROSE or is_structural(p)) and _BROKEN_AT_COMMA.search(p) \
            and not (is_heading(p) and not is_structural(p)):
        return SPACE  # `Điều 3. Chánh Văn phòng Bộ,` / `Vụ trưởng Vụ Pháp chế, ...`; `... Công báo -` / `Tin học tỉnh; ...`
    if (is_heading(p) and wrapped and is_structural(p) and len(p) >= _WRAPPED_ARTICLE and not ends_sentence(p)
            and not n.isdigit()):  # a codified article's id line (`170010000...`) is no continuation
        return SPACE  # `Điều 2. Quyết định này ... thay thế Quyết định số` / `3089/QĐ-UBND ...`
    if is_heading(p) or is_capacity(p):
        return LINE if is_name(n) else PARAGRAPH
    if wrapped:
        if nxt.gap > usual_gap or ends_sentence(p) or ends_short:
            return PARAGRAPH
        return SPACE
    dropped_between = nxt.index != prev.index + 1  # furniture removed between them
    return PARAGRAPH if nxt.gap or dropped_between or ends_sentence(p) else LINE
