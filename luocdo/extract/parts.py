"""The document-parts model: the zones of one document's cleaned text, found once.

An administrative document is laid out the same way everywhere (Nghị định 30/2020/NĐ-CP,
Phụ lục I): the header (issuer, `Số: 205/TB-VPCP`, place and date, the type heading and its
trích yếu), the addressees (`Kính gửi:`, or `THỦ TƯỚNG CHÍNH PHỦ điện:` in a telegram), the
preamble (`Căn cứ ...`, `Xét ...`), the body, the closing (`./.`, `Nơi nhận:` and the
signature block) and the appendices after it (`PHỤ LỤC I`, `DANH MỤC ...`). A legal database's
table of properties comes with the page (`LoadedDocument.metadata`), outside the text.

`document_parts(text, metadata, closing)` finds the zones; finders ask `parts.zone(pos)` or
read the span they need instead of re-reading the raw string.

>>> parts = document_parts("BỘ Y TẾ\\nSố: 12/BYT-KH\\nKính gửi: Sở Y tế.\\n\\nNội dung.\\n\\nPHỤ LỤC I\\nDanh sách")
>>> parts.zone(parts.text.index("Sở Y tế")), parts.zone(parts.text.index("Danh sách"))
('addressees', 'appendix')
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from luocdo import data
from luocdo.extract.organizations import find_organizations
from luocdo.extract.sentences import line_end
from luocdo.model import InstrumentMention, LoadedDocument, PageMetadata, Span
from luocdo.normalize import fold, fold_keep_length

HEADER_LINES = 25  # the header never runs longer than this many lines
# `Số: 205/TB-VPCP` opens a line, or (two-column headers flattened by PDF extraction) follows
# other header text on the same line, then always with its colon; the number may be on the next
# line. OCR of signed PDFs misreads the tone or the vowel of `Số` (`Sô:`, `Sồ:`, `Sỗ:`, `Só:`, `S6:`).
# A law's or the National Assembly's header prints its type before it (`Luật số: 60/2024/QH15`,
# `Nghị quyết số: 190/2025/QH15`), and so does an annex's line under its title, the number of
# the instrument it is issued with (`(Ban hành kèm theo Quyết định số: 2806/QĐ-UBND ...)`);
# anywhere else inside a line it is the header's only with a capital S: `Chương trình ... ban
# hành kèm theo Quyết định số: 1014/QĐ-HVTP` in a sentence near a page's top is a citation.
_HEADER_NUMBER = re.compile(r"(?:^[ \t]*S[ốoôồổỗộóòỏõọơớờởỡợ6]\s*[:.]?|^[ \t|*_]*(?:Bộ luật|Luật|Pháp lệnh|Lệnh|Nghị quyết"
                            r"|\(\s*(?:Ban\s+hành\s+)?kèm\s+theo\s+[^\W\d][^\n:(]{1,20}?)\s+S[ốôồổỗộ]\s*:"
                            r"|(?<=\s)(?-i:S)[ốôồổỗộóòỏõọ]\s*:)\s*(?P<num>\d[^\s,;]*)",
                            re.M | re.I)
# `Hà Nội, ngày 21 tháng 11 năm 2025`; the capital's name opening a line may go without its comma.
_PLACE_DATE = re.compile(r"(?:(?:^[^\n]{0,40}|(?:Hà Nội|TP\.? Hồ Chí Minh|[A-ZĐ][a-zà-ỹ]+(?: [A-ZĐ][a-zà-ỹ]+){0,3})),"
                         r"|^[ \t*_-]*(?:Hà Nội|TP\.? Hồ Chí Minh))"  # after the issuer's rule too: `------- Hà Nội ngày`
                         r"\s*ng[aàáảãạ]y\s+\d", re.M)  # OCR misreads the tone: ngảy, ngáy
_TYPE_LINE = re.compile(r"^[ \t*#]*(?P<word>[A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ ]{2,40}?)[ \t*#.]*$", re.M)
_BODY_LINE = re.compile(r"\n(?=\s*(?:Ngày|Căn cứ|Thực hiện|Kính gửi|Xét|Theo đề nghị|Sau khi|Vừa qua|Thời gian qua|"
                        r"\d{1,2}[.)]\s|[IVX]{1,5}\.\s|Điều \d))")
_VE_VIEC = re.compile(r"^\s*V/v:?\s*(?P<title>[^\n]+(?:\n[ \t]*(?=[a-zà-ỹđ])[^\n]+)?)", re.M)  # a wrapped V/v goes on in lower case
# `Kính gửi:` or a telegram's `THỦ TƯỚNG CHÍNH PHỦ điện:`, in folded text (`KÍNH GỬI`); `Kính
# gửi` may follow other header text on its line (a table's `| | Kính gửi:`, a PDF's flattened header).
# OCR of a signed PDF may break the words over a line or glue them (`Kính\ngửi:`, `Kínhgửi:`).
_ADDRESSEES = re.compile(r"(?:^[|*_ \t]*|(?<=[\s|*]))kinh\s?gui[*_ \t]*:[*_]*|^[|*_ \t]*[^\n.:|]{2,120}? dien[*_ \t]*:[*_]*",
                         re.M)
# A flattened header runs the addressee on into the preamble or the body on one line.
_ADDRESSEE_RUN_ON = re.compile(r"\s+(?=(?:Căn cứ|Thực hiện|Theo đề nghị|Xét|Ngày \d)\b)")
# A reply's body opens with the sender receiving: `Kính gửi: Thuế tỉnh Ninh Bình Cục Thuế nhận được ...`.
_RECEIVED = re.compile(r"\s+(?:đã\s+)?nhận được\b")
_PREAMBLE_OPENER = re.compile(r"[ \t*]*(?:Căn cứ|Xét|Theo đề nghị)\b")
_PREAMBLE_LEAD = 200  # characters (the signing authority's line) the căn cứ may start below the header
_PARAGRAPH_END = re.compile(r"\n[ \t]*\n")
_RECIPIENTS_HEAD = re.compile(r"^[ \t*_]*N[ơo]i\s+nh[ậa]n\s*:", re.M | re.I)
_LIST_ITEM = re.compile(r"[-–—+•]")


@lru_cache(maxsize=1)
def type_headings() -> dict[str, str]:
    """Folded type word -> type code, from doc_types.json (`thong bao` -> `TB`)."""
    return {fold(word): code for word, code in data.load("doc_types.json")["words"].items()}


@lru_cache(maxsize=1)
def _appendix_heading() -> re.Pattern:
    words = data.load("furniture.json")["document"]["appendix_headings"]
    return re.compile(rf"^[ \t*#]*(?:{'|'.join(words)})\b[^\n]*", re.M)


@dataclass(frozen=True)
class DocumentParts:
    """Spans of one document's zones in its cleaned text; a zone the text lacks is None or empty."""

    text: str
    metadata: Optional[PageMetadata] = None
    header: Span = Span(0, 0)  # from the top to the end of the trích yếu (or the `Số:` line)
    number: Optional[Span] = None  # the number and symbol after `Số:`
    place_date: Optional[Span] = None  # `Hà Nội, ngày 21 tháng 11 năm 2025`
    type_heading: Optional[Span] = None  # `THÔNG BÁO`, `CÔNG ĐIỆN`
    title: Optional[Span] = None  # the trích yếu under the type heading, or the công văn's `V/v`
    addressees: list[Span] = field(default_factory=list)  # `Kính gửi: ...` paragraphs
    preamble: Optional[Span] = None  # the căn cứ lines
    body: Span = Span(0, 0)
    closing: Optional[Span] = None  # `./.`, `Nơi nhận:` and the signature block
    recipients: Optional[Span] = None  # `Nơi nhận:` and its list, inside the closing
    signature: Optional[Span] = None  # the closing outside the recipients: capacity, signer
    appendices: list[Span] = field(default_factory=list)  # `PHỤ LỤC I ...` to the next or the end

    @property
    def appendix_start(self) -> Optional[int]:
        """Where the first appendix begins: a signature or recipients finder stops there."""
        return self.appendices[0].start if self.appendices else None

    def zone(self, pos: int) -> str:
        """The name of the zone holding character `pos`: header, addressees, preamble, body,
        recipients, signature, closing (the `./.` before them) or appendix."""
        if any(s.start <= pos < s.end for s in self.appendices):
            return "appendix"
        if self.recipients and self.recipients.start <= pos < self.recipients.end:
            return "recipients"
        if self.signature and self.signature.start <= pos < self.signature.end:
            return "signature"
        if self.closing and self.closing.start <= pos < self.closing.end:
            return "closing"
        if any(s.start <= pos < s.end for s in self.addressees):
            return "addressees"
        if self.preamble and self.preamble.start <= pos < self.preamble.end:
            return "preamble"
        if pos < self.header.end:
            return "header"
        return "body"

    def span_text(self, span: Optional[Span]) -> Optional[str]:
        """The text of `span` on one line, or None."""
        if span is None:
            return None
        return re.sub(r"\s+", " ", self.text[span.start:span.end]).strip(" *") or None


def document_parts(text: str, metadata: Optional[PageMetadata] = None,
                   closing_start: Optional[int] = None) -> DocumentParts:
    """The zones of `text`; `closing_start` is where the closing part begins, as the signature
    finder sees it (`signature.read_closing(text).start`)."""
    top = header_end_limit(text)
    number = _number(text, top)
    place_date = _place_date(text, top)
    heading = _type_heading(text, top)
    title = _trich_yeu(text, heading) if heading else _ve_viec(text, top)
    header_end = max([s.end for s in (number, place_date, heading, title) if s] or [0])
    appendices = _appendices(text, closing_start if closing_start is not None else header_end)
    text_end = appendices[0].start if appendices else len(text)
    closing = Span(closing_start, text_end) if closing_start is not None and closing_start < text_end else None
    recipients = _recipients(text, closing) if closing else None
    signature = _signature(text, closing, recipients) if closing else None
    body_end = closing.start if closing else text_end
    # An addressee's head opens in the header, and no head reaches past the line after its
    # own (only `kinh\ngui` breaks a line), so the search ends there, not at the body's end.
    opens_before = max(header_end, line_end(text, top))
    reach = min(body_end, line_end(text, line_end(text, opens_before) + 1))
    addressees = [_addressee_zone(text, m, body_end) for m in _ADDRESSEES.finditer(fold_keep_length(text), 0, reach)
                  if m.start() < opens_before]
    preamble = _preamble(text, max([header_end] + [a.end for a in addressees]), body_end)
    body_start = max([header_end] + [a.end for a in addressees] + ([preamble.end] if preamble else []))
    return DocumentParts(
        text=text, metadata=metadata, header=Span(0, header_end), number=number, place_date=place_date,
        type_heading=heading, title=title, addressees=addressees, preamble=preamble,
        body=Span(min(body_start, body_end), body_end), closing=closing, recipients=recipients,
        signature=signature, appendices=appendices,
    )


def header_end_limit(text: str) -> int:
    """The end of the header's first HEADER_LINES lines: no header field lies below."""
    pos = 0
    for _ in range(HEADER_LINES):
        nxt = text.find("\n", pos + 1)
        if nxt < 0:
            return len(text)
        pos = nxt
    return pos


# `(ví dụ: Số: 110/2012/QĐST-DS)`: a form's instructions show how to fill in a number.
_EXAMPLE_BEFORE = re.compile(r"(?:\(|\b(?:ví|Ví|VÍ) (?:dụ|DỤ)\s*:?)\s*$")


def _number(text: str, top: int) -> Optional[Span]:
    for m in _HEADER_NUMBER.finditer(text, 0, top):
        if not _EXAMPLE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            return Span(m.start("num"), m.end("num"))
    return None


def _place_date(text: str, top: int) -> Optional[Span]:
    m = _PLACE_DATE.search(text, 0, top)
    if not m:
        return None
    day = m.end() - 1  # the match ends on the day's first digit
    end = re.match(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|[^\n]{0,40}?năm\s+\d{4}", text[day:day + 60])
    return Span(m.start(), day + (end.end() if end else 1))


def _type_heading(text: str, top: int) -> Optional[Span]:
    """A line near the top that is only a type word in capitals (`THÔNG BÁO`, `CHỈ THỊ`), perhaps
    letter-spaced (`T H Ô N G  B Á O`) or with an urgency mark after it (`CÔNG ĐIỆN HỎA TỐC`)."""
    for m in _TYPE_LINE.finditer(text, 0, top):
        if _heading_type(m.group("word")):
            return Span(m.start("word"), m.end("word"))
    return None


@lru_cache(maxsize=1)
def _spaceless_headings() -> dict[str, str]:
    return {word.replace(" ", ""): code for word, code in type_headings().items()}


@lru_cache(maxsize=1)
def _heading_marks() -> re.Pattern:
    marks = sorted((fold(m) for m in data.load("furniture.json")["document"]["heading_marks"]), key=len, reverse=True)
    return re.compile(rf"\s+(?:{'|'.join(marks)})$")


def _heading_type(line: str) -> Optional[str]:
    """The type code a heading line names, or None."""
    folded = _heading_marks().sub("", fold(line).strip())
    return _spaceless_headings().get(folded.replace(" ", ""))


def heading_code(parts: DocumentParts) -> Optional[str]:
    """The type code of the type heading (`THÔNG BÁO` -> `TB`), if there is one."""
    if parts.type_heading is None:
        return None
    return _heading_type(parts.text[parts.type_heading.start:parts.type_heading.end])


def _trich_yeu(text: str, heading: Span) -> Optional[Span]:
    """The subject line(s) under the type heading, up to the first blank line, the addressees or
    the first line that opens the body (`Ngày ...`, `Căn cứ ...`, `1. ...`), as Word files and
    OCR text have no blank lines."""
    start = heading.end
    while start < len(text) and text[start] in "\n *.":
        start += 1
    block = re.split(r"\n\s*\n", text[start:], maxsplit=1)[0]
    block = _BODY_LINE.split(block, maxsplit=1)[0]
    addressees = _ADDRESSEES.search(fold_keep_length(block))  # a telegram's `THỦ TƯỚNG CHÍNH PHỦ điện:` right below
    block = block[:addressees.start() if addressees else 400][:400].rstrip(" *\n")
    return Span(start, start + len(block)) if block.strip() else None


def _ve_viec(text: str, top: int) -> Optional[Span]:
    """The `V/v ...` line under a công văn's number."""
    m = _VE_VIEC.search(text, 0, top)
    return Span(m.start("title"), m.end("title")) if m else None


def _paragraph(text: str, start: int, limit: int) -> Span:
    end = _PARAGRAPH_END.search(text, start, limit)
    return Span(start, end.start() if end else limit)


def _addressee_zone(text: str, head: re.Match, limit: int) -> Span:
    """The head and what follows it: the rest of its line and the lines that wrap it (they go
    on in lower case), or the dashed lines below it, blank lines between them included
    (`Kính gửi:` / `` / `- Các Bộ: ...;` / `- Ủy ban nhân dân ...`), with the lines that wrap
    them (after a comma: `- Bộ trưởng Bộ Công an,` / `Chủ tịch Ủy ban nhân dân tỉnh ...`). OCR may
    drop the dashes (`Bộ Tài chính;` / `Bộ Công Thương;` / `Ủy ban nhân dân ...`): below a bare head,
    lines are items while each before ended with `;`, if the first does (a lone line may be a form's)."""
    base = end = line_end(text, head.end())
    rest = text[head.end():end].strip(" *_\t|")
    run_on = _ADDRESSEE_RUN_ON.search(text, head.end(), end)
    if run_on and rest:
        return Span(head.start(), run_on.start())
    if rest and (sender := _receiving_sender(text, head.end(), end)) is not None:
        return Span(head.start(), sender)
    dashed = not rest or _LIST_ITEM.match(rest)
    undashed = False
    for m in re.finditer(r"[^\n]*\S[^\n]*", text[base:limit]):
        line = m.group().strip(" *_\t|")
        if not line:  # a table's cell border
            continue
        before = text[:end].rstrip(" *_\t|")
        wraps = text.count("\n", end, base + m.start()) == 1 and \
            (line[:1].islower() or dashed and before.endswith(","))
        if is_addressee_field(line) and line.endswith((";", ")")):  # one that runs on into the body ends the list
            end = base + m.end()
            continue
        if end == base:
            undashed = not rest and not _LIST_ITEM.match(line) and line.endswith(";")
        if not (wraps or dashed and _LIST_ITEM.match(line) or undashed and (end == base or before.endswith(";"))):
            break
        end = base + m.end()
    return Span(head.start(), end)


def _receiving_sender(text: str, start: int, end: int) -> Optional[int]:
    """Where the body starts on an addressee's line that runs on into it: at the body that
    `nhận được` right after it (`Thuế tỉnh Ninh Bình Cục Thuế nhận được công văn`), if any."""
    received = _RECEIVED.search(text, start, end)
    if received is None:
        return None
    line = text[start:received.start()]
    sender = next((o for o in find_organizations(line) if o.span.end == len(line) and o.span.start > 0), None)
    return None if sender is None else start + len(line[:sender.span.start].rstrip())


@lru_cache(maxsize=None)
def _addressee_field() -> re.Pattern:
    labels = "|".join(re.escape(w) for w in sorted(data.load("positions.json")["addressee_fields"], key=len, reverse=True))
    return re.compile(rf"[-–(*_ \t]*(?:{labels})\b[^:;,.\n]{{0,30}}:", re.I)


def is_addressee_field(line: str) -> bool:
    """`Mã số thuế: 1102044417;`, `(Địa chỉ: Lô A8, Cụm công nghiệp ...)` below an addressee:
    its particulars, which neither end the list nor name a recipient (addressee_fields)."""
    return bool(_addressee_field().match(line))


def _preamble(text: str, start: int, limit: int) -> Optional[Span]:
    """The căn cứ lines right after the header (below the signing authority's line, if any):
    each opens with `Căn cứ`, `Xét` or `Theo đề nghị`; a wrapped one goes on in lower case."""
    first = last = None
    for m in re.finditer(r"[^\n]*\S[^\n]*", text[start:limit]):
        line = m.group().strip()
        if _PREAMBLE_OPENER.match(line) or (first is not None and line[:1].islower()):
            first = start + m.start() if first is None else first
            last = start + m.end()
        elif first is not None or m.start() > _PREAMBLE_LEAD:
            break
    return Span(first, last) if first is not None else None


def _recipients(text: str, closing: Span) -> Optional[Span]:
    """`Nơi nhận:` and its list: dash items and the lines that wrap them, up to the first other
    line (the signature block, which PDF text may put after the list)."""
    head = _RECIPIENTS_HEAD.search(text, closing.start, closing.end)
    if head is None:
        return None
    list_start = end = line_end(text, head.start())
    for m in re.finditer(r"[^\n]*\S[^\n]*", text[list_start:closing.end]):
        line = m.group().strip()
        if not (_LIST_ITEM.match(line) or line[:1].islower()):
            break
        end = list_start + m.end()
    return Span(head.start(), end)


def _signature(text: str, closing: Span, recipients: Optional[Span]) -> Optional[Span]:
    """The closing's text outside the recipients list: after it, else before it."""
    if recipients is None:
        return closing
    for start, end in ((recipients.end, closing.end), (closing.start, recipients.start)):
        piece = text[start:end]
        if piece.strip(" \n./"):
            lead = len(piece) - len(piece.lstrip(" \n./"))
            return Span(start + lead, start + len(piece.rstrip()))
    return None


def _appendices(text: str, after: int) -> list[Span]:
    """`PHỤ LỤC I`, `Phụ lục`, `DANH MỤC ...` headings after the closing, each to the next one."""
    starts = [m.start() for m in _appendix_heading().finditer(text, after) if _is_heading_line(m.group())]
    return [Span(s, e) for s, e in zip(starts, starts[1:] + [len(text)])]


def _is_heading_line(line: str) -> bool:
    """An appendix heading stands alone: short, no sentence after it (`Phụ lục kèm theo ...` in
    running text is a reference, not a heading)."""
    line = line.strip(" *#")
    return len(line) <= 200 and not line.endswith((".", ";", ","))


_TINY_TEXT = 300  # characters: less than the shortest công văn, so the page held no document


def document_warnings(doc: LoadedDocument, subject: Optional[InstrumentMention], source: Optional[str]) -> list[str]:
    """Warnings naming the file: its kept text is tiny (a page that is only the site's frame),
    a full-text page whose subject was read from running text, or no subject at all."""
    out = []
    size = len(doc.text.strip())
    if size < _TINY_TEXT:
        out.append(f"{doc.path}: only {size} characters left after removing the page's furniture")
    if subject is None:
        out.append(f"{doc.path}: no subject found (no `Số:` header, type heading, page table or reporting lead)")
    elif source in ("lead", "most_cited") and doc.kind == "legal_db":
        out.append(f"{doc.path}: subject {subject.surface!r} read from running text, not from a header or the page's table")
    return out
