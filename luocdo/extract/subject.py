"""The document's subject: the instrument it is the text of, or the one a news report is about.

A full text shows itself by a header (`Số: 205/TB-VPCP`) or a type heading (`THÔNG BÁO`,
`CHỈ THỊ`, `CÔNG ĐIỆN` ...). Without a number its year still follows from the text: the date
line of the header, else the date of the meeting it concludes, else the latest date it states
that is not a deadline. A news report names its instrument in the lead with a reporting verb
(`vừa ban hành Thông báo số 381`, `đã có văn bản 205/TB-VPCP`).
"""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import replace
from typing import Optional, Sequence

from luocdo import data
from luocdo.model import DateMention, InstrumentMention, LoadedDocument, MeetingMention, OrganizationMention, Span
from luocdo.normalize import fold

# `Số: 205/TB-VPCP` opens a line, or (two-column headers flattened by PDF extraction) follows
# other header text on the same line, then always with its colon.
_HEADER_NUMBER = re.compile(r"(?:^[ \t]*S[ốo]\s*[:.]?|(?<=\s)Số\s*:)\s*(?P<num>\d[^\s,;]*)", re.M | re.I)
_PLACE_DATE = re.compile(r"(?:^[^\n]{0,40}|(?:Hà Nội|TP\.? Hồ Chí Minh|[A-ZĐ][a-zà-ỹ]+(?: [A-ZĐ][a-zà-ỹ]+){0,3})),"
                         r"\s*ngày\s+\d", re.M)
_BODY_LINE = re.compile(r"\n(?=\s*(?:Ngày|Căn cứ|Thực hiện|Kính gửi|Xét|Theo đề nghị|Sau khi|Vừa qua|Thời gian qua|"
                        r"\d{1,2}[.)]\s|[IVX]{1,5}\.\s|Điều \d))")
_CLOSING_ISSUER = re.compile(r"(?P<issuer>[A-ZĐÀ-Ỹ][^.\n]{3,80}?)\s+thông báo để")
_HEADER_LINES = 25
# Years inferred from a meeting's period are only safe where the meeting falls in that year.
_PERIOD_SAME_YEAR = re.compile(r"quý\s+(?:I|II|III)\b|6 tháng|9 tháng|tháng \d", re.I)
_PLANNED = re.compile(r"phương hướng|nhiệm vụ|triển khai|kế hoạch", re.I)


@lru_cache(maxsize=1)
def type_headings() -> dict[str, str]:
    """Folded type word -> type code, from doc_types.json (`thong bao` -> `TB`)."""
    return {fold(word): code for word, code in data.load("doc_types.json")["words"].items()}


def find_subject(
    doc: LoadedDocument,
    instruments: list[InstrumentMention],
    dates: list[DateMention],
    meetings: list[MeetingMention],
    organizations: Sequence[OrganizationMention] = (),
) -> tuple[Optional[InstrumentMention], Optional[str]]:
    """(subject, "full_text" | "report") or (None, None).

    A full text's issuer is the body named at the top of its header (`ỦY BAN NHÂN DÂN / TỈNH
    QUẢNG NINH`), which says more than a symbol's shared code (`KH-UBND`)."""
    text = doc.text
    header = _header_instrument(text, instruments)
    heading = _type_heading(text)
    if header is not None:
        subject = header
        if heading and not subject.type:
            subject = replace(subject, type=heading[0])
        subject.name = _trich_yeu(text, heading[1]) if heading else _ve_viec(text) or subject.name
        subject.issuer = _header_issuer(organizations, header.span.start) or subject.issuer
        return _complete(subject, text, dates, meetings), "full_text"
    if heading and doc.kind not in ("news",):
        code, span = heading
        subject = InstrumentMention(type=code, number=None, symbol=None, year=None, date=None,
                                    span=span, surface=text[span.start:span.end])
        subject.name = _trich_yeu(text, span)
        return _complete(subject, text, dates, meetings), "full_text"
    reported = _reported_instrument(text, instruments)
    if reported is not None:
        return _complete(reported, text, dates, meetings), "report"
    return None, None


def _header_instrument(text: str, instruments: list[InstrumentMention]) -> Optional[InstrumentMention]:
    top = _top(text)
    for m in _HEADER_NUMBER.finditer(text, 0, top):
        for inst in instruments:
            if m.start("num") <= inst.span.end and inst.span.start <= m.end("num") + 2 and inst.number:
                return replace(inst, aliases=list(inst.aliases))
    return None


def _header_issuer(organizations: Sequence[OrganizationMention], number_at: int) -> Optional[str]:
    """The first body named above the header's number."""
    above = [o for o in organizations if o.span.start < number_at]
    return above[0].name if above else None


def _top(text: str) -> int:
    pos = 0
    for _ in range(_HEADER_LINES):
        nxt = text.find("\n", pos + 1)
        if nxt < 0:
            return len(text)
        pos = nxt
    return pos


def _type_heading(text: str) -> Optional[tuple[str, Span]]:
    """A line near the top that is only a type word in capitals (`THÔNG BÁO`, `CHỈ THỊ`)."""
    headings = type_headings()
    for m in re.finditer(r"^[ \t*#]*(?P<word>[A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ ]{2,30}?)[ \t*#]*$", text[:_top(text)], re.M):
        code = headings.get(fold(m.group("word")).strip())
        if code:
            return code, Span(m.start("word"), m.end("word"))
    return None


def _trich_yeu(text: str, heading: Span) -> Optional[str]:
    """The subject line(s) under the type heading, up to the first blank line or the first line
    that opens the body (`Ngày ...`, `Căn cứ ...`, `1. ...`), as Word files have no blank lines."""
    rest = text[heading.end:].lstrip("\n *")
    block = _BODY_LINE.split(re.split(r"\n\s*\n", rest, maxsplit=1)[0], maxsplit=1)[0]
    title = re.sub(r"\s+", " ", block).strip(" *")
    return title[:400] or None


def _ve_viec(text: str) -> Optional[str]:
    """The `V/v ...` line under a công văn's number."""
    m = re.search(r"^\s*V/v:?\s*(?P<title>[^\n]+(?:\n(?![ \t]*\n)[^\n]+)?)", text[:_top(text)], re.M)
    return re.sub(r"\s+", " ", m.group("title")).strip() if m else None


@lru_cache(maxsize=1)
def _reporting_verbs() -> re.Pattern:
    verbs = data.load("requirement_phrases.json")["reporting_verbs"]
    return re.compile("|".join(re.escape(v) for v in sorted(verbs, key=len, reverse=True)), re.I)


def _reported_instrument(text: str, instruments: list[InstrumentMention]) -> Optional[InstrumentMention]:
    """The instrument the lead says was issued (`vừa ban hành Thông báo số 381`)."""
    reporting = _reporting_verbs()
    lead_end = _lead_end(text)
    in_lead = [i for i in instruments if i.span.start < lead_end and i.number]
    for inst in in_lead:
        before = text[max(0, inst.span.start - 120):inst.span.start]
        if reporting.search(before) or re.search(r"\bThông báo\b.*kết luận", text[inst.span.start:inst.span.end + 80]):
            return replace(inst, aliases=list(inst.aliases))
    return in_lead[0] if in_lead else None


def _lead_end(text: str) -> int:
    """The lead of a news report, where it says what it is about: its first four non-blank lines
    (headline, a source or byline, the sapo), and at least the first 600 characters."""
    lines = list(re.finditer(r"[^\n]*\S[^\n]*", text))
    fourth = lines[min(3, len(lines) - 1)].end() if lines else len(text)
    return min(len(text), max(fourth, 600))


def _complete(subject: InstrumentMention, text: str, dates: list[DateMention],
              meetings: list[MeetingMention]) -> InstrumentMention:
    """Fill the date, year and issuer that the text states about its subject."""
    subject = replace(subject, aliases=list(subject.aliases))
    if subject.date is None:
        header_date = _header_date(text, dates)
        if header_date:
            subject.date = header_date
    if subject.year is None and subject.date:
        subject.year = int(subject.date[:4])
    if subject.year is None:
        subject.year = _year_from_meeting(meetings) or _latest_year(text, dates)
    if subject.issuer is None:
        m = _CLOSING_ISSUER.search(text)
        if m:
            subject.issuer = m.group("issuer").strip()
    return subject


def _header_date(text: str, dates: list[DateMention]) -> Optional[str]:
    top = _top(text)
    for m in _PLACE_DATE.finditer(text, 0, top):
        for d in dates:
            if d.iso and m.start() <= d.span.start <= m.end() + 30:
                return d.iso
    return None


def _year_from_meeting(meetings: list[MeetingMention]) -> Optional[int]:
    """The year the concluded meeting was held: its date, else the latest year its name plans for
    or reviews within (a `quý III/2021` or `6 tháng cuối năm 2024` meeting is held in that year;
    a bare `tổng kết năm 2024` is usually held the next January, so it gives nothing)."""
    for meeting in meetings[:1]:
        if meeting.date:
            return int(meeting.date[:4])
        name = meeting.name
        years = [int(y) for y in re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", name)]
        if years and (_PERIOD_SAME_YEAR.search(name) or _PLANNED.search(name)):
            return max(years)
    return None


def _latest_year(text: str, dates: list[DateMention]) -> Optional[int]:
    """The year of the latest date stated outside deadlines (a text is dated after what it cites)."""
    years = [int(d.iso[:4]) for d in dates
             if d.iso and not re.search(r"(?:trước|chậm nhất|hạn)\s*(?:ngày)?\s*$", text[max(0, d.span.start - 20):d.span.start])]
    return max(years) if years else None
