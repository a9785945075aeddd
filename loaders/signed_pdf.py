"""What the text of a signed PDF (pdftotext, OCR) adds to a document, and how to take it off.

The Government portal's PDFs carry a digital-signature stamp on signed pages (`Ký bởi: ...`,
`Email: ...`, `Cơ quan: ...`, `Thời gian ký: 05.03.2025 10:15:22 +07:00`), anywhere: above the
header, between two items, between the capacity and the signer's name. Its names and dates are
not the document's. Page numbers (`2`, `- 2 -`, `Trang 2/5`) break sentences, and extraction
without layout runs the two-column header and the closing (recipients | signature block) onto
single lines. Patterns: luocdo/data/furniture.json (`signed_pdf`).
"""
from __future__ import annotations

import re
from functools import lru_cache

from luocdo import data

from .lines import Line, is_archive_item, is_capacity, is_name, starts_lower

_HEADER_LINES = 12  # the header's fields sit in the document's first lines
_RECIPIENTS = re.compile(r"N[ơo]i\s+nh[ậa]n\s*:")
_LIST_ITEM = re.compile(r"[-–+•]\s*\S")
_BARE_NUMBER = re.compile(r"\d{1,3}")
# The place and date read before the number, glued to it (`Thanh Hóa, ngày 20 tháng 11 năm 2025Số:
# 3617/QĐ-UBND`: a PDF that draws the header's right column first).
_PLACE_DATE_OPENING = re.compile(r"(?:(?:TP\.\s*)?(?:[A-ZĐÀ-Ỹ][^\W\d_]*\s+){0,4}[^\W\d_]+,|Hà Nội|TP\.? Hồ Chí Minh)"
                                 r"\s*ng[àảáạãa]y\s+\d")
_NUMBER_LABEL = re.compile(r"S[ốôo6]\s*:")  # `Số:` with its number below (`Số:<TAB>Hà Nội, ngày ...` / `70/2025/QĐ-UBND`)
# Typists set the right column with tabs (`Nơi nhận:<TAB><TAB>KT. BỘ TRƯỞNG`): in the header and
# the closing, a run of tabs between two texts is where the columns meet.
_TAB_GAP = re.compile(r"(?<=\S)[ \t]*\t[ \t]*(?=\S)")


@lru_cache(maxsize=None)
def _patterns() -> dict[str, re.Pattern]:
    raw = data.load("furniture.json")["signed_pdf"]
    return {key: re.compile("|".join(f"(?:{p})" for p in raw[key]))
            for key in ("stamp_anchor_patterns", "stamp_field_patterns", "page_number_patterns",
                        "header_split_patterns", "closing_split_patterns", "closing_beside_patterns")}


def without_stamps(lines: list[Line]) -> list[Line]:
    """Without signature stamps: each anchor line (`Ký bởi:`, `Thời gian ký:`) and the stamp's
    other fields around it; text before an anchor on its line (a flattened column) is kept."""
    anchor, field = _patterns()["stamp_anchor_patterns"], _patterns()["stamp_field_patterns"]
    if not anchor.search("\n".join(line.text for line in lines)):
        return lines  # no stamp anywhere (most texts): one search, not one a line
    anchors = {i for i, line in enumerate(lines) if anchor.search(line.text)}
    in_stamp = set(anchors)
    for i in sorted(anchors):
        for step in (-1, 1):
            j = i + step
            while 0 <= j < len(lines) and (j in anchors or field.match(lines[j].text)):
                in_stamp.add(j)
                j += step
    kept = []
    for i, line in enumerate(lines):
        if i not in in_stamp:
            kept.append(line)
            continue
        found = anchor.search(line.text)
        before = line.text[:found.start()].rstrip() if found else ""
        if before and not field.match(before):
            kept.append(Line(line.start, line.start + len(before), before, line.gap, line.indent, line.index))
    return kept


def without_page_numbers(lines: list[Line], from_pdf: bool) -> list[Line]:
    """Without page-number lines. In a PDF's own text layer every bare number line is one; in
    text saved from elsewhere a bare number counts only as the next page of the run (1 or 2
    first), so a table's cell `15` on a line of its own stays."""
    marked = _patterns()["page_number_patterns"]
    kept, last_page = [], 0
    for line in lines:
        text = line.text
        if marked.fullmatch(text):
            numbers = re.findall(r"\d+", text)
            last_page = int(numbers[0]) if len(numbers) == 1 else last_page  # not the gazette's issue numbers
            continue
        if _BARE_NUMBER.fullmatch(text) and (from_pdf or int(text) in ({last_page + 1} if last_page else {1, 2})):
            last_page = int(text)
            continue
        kept.append(line)
    return kept


def split_flattened_header(lines: list[Line]) -> list[Line]:
    """The first lines split before each header field run onto them, read column by column:
    `ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI ...` / `TỈNH QUẢNG NINH Độc lập ...` / `Số: 215/TB-UBND
    Quảng Ninh, ngày ...` gives the issuer's lines and the number, then the motto and the date."""
    out: list[Line] = []
    left: list[Line] = []
    right: list[Line] = []
    for position, line in enumerate(lines):
        pieces = _pieces(line) if position < _HEADER_LINES else [line]
        if len(pieces) > 1:
            left.append(pieces[0])
            right += pieces[1:]
        elif left and (starts_lower(line.text) or line.text[:1].isdigit()):
            left.append(line)  # the left field goes on (`V/v triển khai Nghị quyết số` / `01/NQ-CP ...`)
        else:
            out += left + right + pieces
            left, right = [], []
    return out + left + right


def split_flattened_closing(lines: list[Line]) -> list[Line]:
    """The `Nơi nhận:` list read before the signature block run onto its lines (`Nơi nhận: TL.
    CHỦ TỊCH` / `- Các sở, ngành; CHÁNH VĂN PHÒNG` / `- Lưu: VT, TH. Nguyễn Văn Hồi`). Once the
    block is seen beside the list, every line up to the archive item (`- Lưu: VT, CN.`) is the
    list's, the items' wrapped rests too (`- Cục Kiểm soát TTHC (để` / `b/c); PHÓ CHỦ TỊCH`),
    and more of the block is taken off the lines' ends (`- Bộ Công an; DÂN`, `- Website CT;
    Phạm Thị Minh Hiền`)."""
    out: list[Line] = []
    left: list[Line] = []
    right: list[Line] = []
    in_list = archived = False
    for line in lines:
        text = line.text
        opens = _RECIPIENTS.match(text) is not None
        in_list = opens or (in_list and (_LIST_ITEM.match(text) is not None
                                         or (bool(right) and (not archived or _goes_on(text)))))
        if not in_list:
            out += left + right + [line]
            left, right = [], []
            continue
        archived = not opens and (archived or is_archive_item(text))
        if right and (is_capacity(text) or is_name(text)):
            right.append(line)  # a line of the block between the list's lines
            continue
        pieces = _split(line, _closing_cuts(text, beside=bool(right)))
        left.append(pieces[0])
        right += pieces[1:]
    return out + left + right


def _goes_on(text: str) -> bool:
    """An item's wrapped rest (`quan thuộc Chính phủ;`, `QLKT, PC;`)."""
    return starts_lower(text) or text.endswith((";", ","))


def _closing_cuts(text: str, beside: bool) -> list[int]:
    """Where the signature block's pieces start on a line of the list; a name after a title
    (`- Thủ tướng, PTTg Trần Hồng Hà` / `(để b/c);`) is the recipient's."""
    patterns = [_patterns()["closing_split_patterns"]] + ([_patterns()["closing_beside_patterns"]] if beside else [])
    cuts = {m.start() for pattern in patterns for m in pattern.finditer(text)
            if m.start() > 0 and (m.group() == m.group().upper() or _signers_name(text, m))}
    return sorted(cuts | _tab_cuts(text))


def _signers_name(text: str, m: re.Match) -> bool:
    """A whole name, not the rest of one (`Trần` before `Thị Diệu Thúy`), nor a recipient's."""
    before = text[:m.start()].split()
    return (is_name(m.group()) and not (before and before[-1].isalpha() and before[-1][0].isupper())
            and not _titles().search(text, 0, m.start()))


def _tab_cuts(text: str) -> set[int]:
    """Where the right column starts after the tabs, on a line of two columns (a table's row,
    three cells or more, is no header's)."""
    gaps = list(_TAB_GAP.finditer(text)) if "\t" in text else []
    return {gaps[0].end()} if len(gaps) == 1 else set()


@lru_cache(maxsize=None)
def _titles() -> re.Pattern:
    """A position, its abbreviation or an honorific ending the text before a name."""
    positions = data.load("positions.json")
    words = positions["positions"] + positions["abbreviated_positions"] + positions["honorifics"]
    return re.compile(r"(?:^|\s)(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\.?\s*$", re.I)


def _pieces(line: Line) -> list[Line]:
    """`line` cut before each header field that does not open it, when the line is a header's:
    it opens with a field or with the issuer in capitals (not a sentence quoting `Số: 110/...`)."""
    field = _patterns()["header_split_patterns"]
    cuts = sorted({m.start() for m in field.finditer(line.text) if m.start() > 0} | _tab_cuts(line.text))
    if cuts and not field.match(line.text) and not _NUMBER_LABEL.match(line.text) \
            and not _PLACE_DATE_OPENING.match(line.text) and line.text[:cuts[0]] != line.text[:cuts[0]].upper():
        cuts = []
    return _split(line, cuts)


def _split(line: Line, cuts: list[int]) -> list[Line]:
    """`line` cut at each of `cuts` (positions in its text), the pieces stripped on the right."""
    if not cuts:
        return [line]  # uncut: the line itself (its text is stripped)
    bounds = [0, *cuts, len(line.text)]
    pieces = []
    for k, (a, b) in enumerate(zip(bounds, bounds[1:])):
        piece = line.text[a:b].rstrip()
        pieces.append(Line(line.start + a, line.start + a + len(piece), piece,
                           line.gap if k == 0 else 0, line.indent + a, line.index))
    return pieces
