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
from itertools import islice
from dataclasses import replace
from typing import Optional, Sequence

from luocdo import data
from luocdo.extract.citations import find_instruments
from luocdo.ids import LAW_TYPES
from luocdo.extract.parts import DocumentParts, document_parts, heading_code, type_headings
from luocdo.model import DateMention, InstrumentMention, LoadedDocument, MeetingMention, OrganizationMention, PageMetadata, Span
from luocdo.normalize import fold

_CLOSING_PHRASE = "thông báo để"
_CLOSING_ISSUER = re.compile(rf"(?P<issuer>[A-ZĐÀ-Ỹ][^.\n]{{3,80}}?)\s+{_CLOSING_PHRASE}")
# Years inferred from a meeting's period are only safe where the meeting falls in that year.
_PERIOD_SAME_YEAR = re.compile(r"quý\s+(?:I|II|III)\b|6 tháng|9 tháng|tháng \d", re.I)
_PLANNED = re.compile(r"phương hướng|nhiệm vụ|triển khai|kế hoạch", re.I)

__all__ = ["find_subject", "metadata_instrument", "type_headings"]


def find_subject(
    doc: LoadedDocument,
    instruments: list[InstrumentMention],
    dates: list[DateMention],
    meetings: list[MeetingMention],
    organizations: Sequence[OrganizationMention] = (),
    parts: Optional[DocumentParts] = None,
) -> tuple[Optional[InstrumentMention], Optional[str], Optional[str]]:
    """(subject, "full_text" | "report", source) or (None, None, None); source says where the
    subject was read: "header" (`Số: ...`), "heading" (a type heading without a number),
    "metadata" (the legal database's table), "addressees" (an unnumbered letter: a công văn),
    "lead" (a news report's opening lines), "own_words" (a page that opens in its instrument's own
    words: `Thông tư này hướng dẫn ...`) or "most_cited" (a report that names none in its lead: the
    instrument it quotes most).

    A full text's issuer is the body named at the top of its header (`ỦY BAN NHÂN DÂN / TỈNH
    QUẢNG NINH`), which says more than a symbol's shared code (`KH-UBND`). The page's table
    settles the type (`5348/CT-CS` is a công văn of Cục Thuế, not a chỉ thị) and stands in for
    a header that is missing, split over lines or names another instrument."""
    text = doc.text
    parts = parts or document_parts(text, doc.metadata)
    page = metadata_instrument(doc.metadata, text)
    header = _header_instrument(parts, instruments)
    code = heading_code(parts)
    title = parts.span_text(parts.title)
    if header is not None and (page is None or _same_number(header, page)):
        subject = header
        if code and not subject.type:
            subject = replace(subject, type=code)
        elif parts.type_heading is None and parts.title is not None:
            # a `V/v` line and no type heading: a công văn, whose symbol opens with its issuer's
            # code even where that spells a type (`5680/CT-CS`: Cục Thuế, not a chỉ thị)
            subject = replace(subject, type="CV")
        if page is not None and page.type:
            subject.type = page.type
        subject.name = title or subject.name
        subject.issuer = _header_issuer(organizations, header.span.start, text) or subject.issuer
        return _complete(subject, parts, dates, meetings, doc.metadata), "full_text", "header"
    if page is not None and doc.kind == "legal_db":
        page.name = title or page.name
        page.issuer = _header_issuer(organizations, parts.header.end, text) if parts.number else None
        return _complete(page, parts, dates, meetings, doc.metadata), "full_text", "metadata"
    # a question-and-answer page quotes an instrument or prints its form under a bare heading (`KẾ
    # HOẠCH`, `QUYẾT ĐỊNH` / `Thu hồi thẻ công chứng viên`): the page is about what its question names
    headline = _HEADLINE.search(text)
    asks = headline is not None and headline.group().rstrip(" *_").endswith("?")
    if code and doc.kind not in ("news",) and not asks:
        span = parts.type_heading
        subject = InstrumentMention(type=code, number=None, symbol=None, year=None, date=None,
                                    span=span, surface=text[span.start:span.end], name=title)
        annexed = _issued_with(text, instruments, code) or _introduced_above(instruments, code, title, span.start)
        if annexed is not None:
            subject = replace(subject, number=annexed.number, symbol=annexed.symbol, year=annexed.year, date=annexed.date)
        return _complete(subject, parts, dates, meetings, doc.metadata), "full_text", "heading"
    if parts.addressees and parts.closing and doc.kind != "news" and not asks:
        # A letter (`Kính gửi: ...`, `./.`, a signature) without a number is a công văn whose
        # number the text lost, never the instrument its first sentence implements.
        at = parts.addressees[0].start
        subject = InstrumentMention(type="CV", number=None, symbol=None, year=None, date=None,
                                    span=Span(at, at), surface="", name=title)
        return _complete(subject, parts, dates, meetings, doc.metadata), "full_text", "addressees"
    draft = _draft_in_headline(text)
    if draft is not None:
        return _complete(draft, parts, dates, meetings, None), "report", "lead"
    reported = _headline_law(text, instruments) or _reported_instrument(text, instruments)
    most = None if reported else _most_cited(instruments, headline.group() if headline else "")
    if reported is None and most is None and not _announcing_lead(text):
        # a tie: each article quoted with what amended it (`Nghị định 105/2006/NĐ-CP (được sửa đổi bởi
        # khoản 10 Điều 1 Nghị định 119/2010/NĐ-CP)`) names the amender as often as the instrument asked about
        most = _most_cited([i for i in instruments if not _AMENDER.search(text, max(0, i.span.start - 110), i.span.start)],
                           headline.group() if headline else "")
    own = _speaking_of_itself(text, instruments, reported or most)
    if own is not None:
        return _complete(own, parts, dates, meetings, None), "report", "own_words"
    if reported is not None:
        return _complete(reported, parts, dates, meetings, None), "report", "lead"
    if most is not None:
        return _complete(most, parts, dates, meetings, None), "report", "most_cited"
    return None, None, None


def _speaking_of_itself(text: str, instruments: Sequence[InstrumentMention],
                        found: Optional[InstrumentMention]) -> Optional[InstrumentMention]:
    """A page that opens in an instrument's own words (`Nghị định này quy định ...`, `**Phạm vi điều
    chỉnh** / Thông tư này hướng dẫn ...`, `Theo Quyết định, khung giá ...`) is a part of that
    instrument without its header: the subject is of that type, whatever the page cites. `found`,
    the instrument the lead or the count gives, stays when it is of that type and not the one the
    page replaces; else the one of that type the text gives as its own (`Nghị định số 92/2025/NĐ-CP
    có hiệu lực ...`, `Thông tư có số 05/2025/TT-BGDĐT`), else one without a number."""
    opening = _OPENING_PARAGRAPH.match(text)
    pattern, codes = _self_reference()
    own_words = pattern.search(text, opening.start("body"), opening.end("body")) if opening else None
    if own_words is None:
        return None
    word = own_words["word"] or own_words["after"]
    code = codes[word.lower()]
    named = next((i for i in instruments if i.type == code and i.number and not _replaced(text, i)
                  and _given_as_own(text, i)), None)
    if named is not None and not (found is not None and _same_instrument(found, named)):
        return replace(named, aliases=list(named.aliases))
    if found is not None and found.type == code and not _replaced(text, found):
        return None
    at = own_words.start()
    return InstrumentMention(type=code, number=None, symbol=None, year=None, date=None,
                             span=Span(at, own_words.end()), surface=own_words.group(), name=None)


def _given_as_own(text: str, inst: InstrumentMention) -> bool:
    """Does the text speak of `inst` as the page's own: its effect (`... có hiệu lực`), its number
    stated (`Thông tư có số ...`), or a clause it opens by saying what it rules (`..., Quyết định
    số 45/2025/QĐ-TTg quy định ...`)?"""
    start, end = inst.span.start, inst.span.end
    return bool(_OWN_AFTER.match(text, end) or _OWN_BEFORE.search(text, max(0, start - 12), start)
                or _STATES.match(text, end) and _CLAUSE_OPENS.search(text, max(0, start - 3), start))


def _same_instrument(a: InstrumentMention, b: InstrumentMention) -> bool:
    return a.type == b.type and _same_number(a, b) and (a.year is None or b.year is None or a.year == b.year)


def _replaced(text: str, inst: InstrumentMention) -> bool:
    return _REPLACED_BEFORE.search(text, max(0, inst.span.start - 60), inst.span.start) is not None


@lru_cache(maxsize=1)
def _self_reference() -> tuple[re.Pattern, dict[str, str]]:
    """An instrument's words about itself: `<Type> này`, `Theo <Type>,`, `<Type> nêu rõ`; the type
    word capitalised (a council's `nghị quyết` in a report is no self-reference)."""
    _, codes = _draft_headline()
    words = "|".join(re.escape(w[0].upper() + w[1:]) for w in sorted(codes, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:(?P<word>{words})\s+(?:này|nêu rõ|quy định rõ)(?!\w)"
                      rf"|(?:Theo|Tại)\s+(?P<after>{words})\s*,)"), codes


# The first paragraph of a text after its headings (`Phạm vi điều chỉnh`, `1. Phạm vi điều chỉnh`: short
# lines alone, not ending as a sentence does) and an item's letter (`a) `).
_OPENING_PARAGRAPH = re.compile(
    r"\s*(?:[^\n]{1,120}(?<![.:;,])[ \t]*\n[ \t]*\n\s*)*"
    r"(?:[a-zđ]\)[ \t]+)?(?P<body>[^\n]+(?:\n(?![ \t]*\n)[^\n]+)*)")
# What says a numbered instrument of the page's type is the page's own: its effect, its number stated.
_OWN_AFTER = re.compile(r"\s*(?:\([^()\n]{0,60}\)\s*)?(?:chính thức\s+)?có hiệu lực")
_OWN_BEFORE = re.compile(r"(?:có số|số hiệu)\s*$")
# ... or its clause opens with it saying what it rules (`Về tiêu chuẩn ..., Quyết định số 45/2025/QĐ-TTg quy định ...`)
_STATES = re.compile(r"\s+(?:quy định|nêu rõ|hướng dẫn)(?!\s+(?:tại|của)\b)")
_CLAUSE_OPENS = re.compile(r"(?:^|[.;:,!?]\s*)$|\n\s*$")
# What introduces the instrument a page's own replaces, ends or amends.
_REPLACED_BEFORE = re.compile(r"(?:thay thế|bãi bỏ|hết hiệu lực|sửa đổi, bổ sung)[^.;\n]{0,50}$")


_HEADLINE = re.compile(r"\S[^\n]*")  # a page's first line that is not blank


@lru_cache(maxsize=1)
def _draft_headline() -> tuple[re.Pattern, dict[str, str]]:
    """`Dự thảo <type word>`, and the type code of each type word (lower-cased)."""
    codes = {w.lower(): code for w, code in data.load("doc_types.json")["words"].items()}
    words = "|".join(re.escape(w) for w in sorted(codes, key=len, reverse=True))
    return re.compile(rf"\b[Dd]ự thảo\s+(?:\d+\s+)?(?P<word>{words})\b", re.I), codes


def _draft_in_headline(text: str) -> Optional[InstrumentMention]:
    """`Cập nhật Dự thảo Nghị quyết bảng giá đất tỉnh Thanh Hóa năm 2026`: an article whose
    headline is about a draft is about that draft, unnumbered, not about an instrument it cites
    (the one the draft replaces, the Tờ trình that submits it)."""
    line = _HEADLINE.search(text)
    if line is None or "dự thảo" not in line.group().lower():
        return None
    # the headline's draft, else the first the lead names by its type (`Dự thảo bảng giá đất`
    # in the headline, `Dự thảo Nghị quyết bảng giá đất ...` in the lead)
    pattern, codes = _draft_headline()
    m = pattern.search(text, line.start(), line.end()) or pattern.search(text, line.end(), _DRAFT_LEAD)
    if m is None:
        return None
    code = codes[m["word"].lower()]
    end = text.find("\n", m.start())
    end = len(text) if end < 0 else end
    return InstrumentMention(type=code, number=None, symbol=None, year=None, date=None,
                             span=Span(m.start(), end), surface=text[m.start():end], name=" ".join(text[m.start():end].split()))


_DRAFT_LEAD = 1500  # characters: the headline repeated, a sapo, the first paragraph


# A question-and-answer page that names no instrument in its lead is about the one it quotes
# most (`Căn cứ theo khoản 3 Điều 34 Nghị định 144/2021/NĐ-CP ...` under every question, or
# `Căn cứ Điều 562 Bộ luật Dân sự 2015 ...`, a law by its name).
_MOST_CITED_MIN = 2
_NAME_YEAR = re.compile(r"\s+(?:năm\s+)?\d{4}$")


def _announcing_lead(text: str) -> bool:
    """Does the lead report something issued or announced (`Sở Xây dựng ... công bố kế hoạch tiếp
    nhận hồ sơ ...`)? Then the page is about that, numbered or not, not about the law it quotes."""
    return _ANNOUNCES.search(text, 0, _lead_end(text)) is not None


_ANNOUNCES = re.compile(r"(?<!\w)(?:ban hành|công bố|thông báo|phê duyệt|phát đi)(?!\w)")
# What names an amender right before it: `(được sửa đổi bởi khoản 10 Điều 1 `, `(có nội dung bị bãi bỏ bởi điểm đ khoản 24 Điều 3 `
_AMENDER = re.compile(r"(?:sửa đổi|bổ sung|thay thế|bãi bỏ|hợp nhất|đính chính)[^.;:\n]{0,14}?\s+(?:bởi|tại|theo)\s+"
                      r"(?:(?:các |một số )?(?:[Đđ]iểm|[Kk]hoản|Điều|điều|Mục|Phụ lục|Chương)[\w\s,\-]{0,60}?\s)?(?:của\s+)?$")


def _cited_as(inst: InstrumentMention, named: bool) -> Optional[tuple]:
    """What mentions of one instrument share: type, number and year, or (`named`) a law's name
    without its year (`Bộ luật dân sự` and `Bộ luật Dân sự 2015` are one); None for a generic mention."""
    if inst.number and inst.type and (inst.symbol or inst.year):
        return inst.type, inst.number.lstrip("0"), inst.year
    if named and not inst.number and inst.type in LAW_TYPES and inst.name:
        return inst.type, _NAME_YEAR.sub("", fold(inst.name))
    return None


def _most_cited(instruments: Sequence[InstrumentMention], headline: str = "") -> Optional[InstrumentMention]:
    """The numbered instrument cited most often, at least twice and more often than any other (of
    those cited equally often, the one the headline names); failing one, the same among numbered
    instruments and laws named without a number, or the only instrument cited. Its first full
    mention (with a year), else its first. A decree answers the question more closely than the
    law it details, so a numbered instrument is preferred."""
    for named in (False, True):
        counts: dict[tuple, list[InstrumentMention]] = {}
        for inst in instruments:
            key = _cited_as(inst, named)
            if key is not None:
                counts.setdefault(key, []).append(inst)
        ranked = sorted(counts.items(), key=lambda item: len(item[1]), reverse=True)
        if not ranked:
            continue
        top = [(key, found) for key, found in ranked if len(found) == len(ranked[0][1])]
        if len(top) > 1:
            top = [(key, found) for key, found in top if _in_headline(key, fold(headline))]
        if len(top) == 1 and (len(top[0][1]) >= _MOST_CITED_MIN or (named and len(ranked) == 1)):
            found = top[0][1]
            first = next((i for i in found if i.year), found[0])
            return replace(first, aliases=list(first.aliases))
    return None


def _in_headline(key: tuple, folded_headline: str) -> bool:
    """Does the headline name the instrument (its number, or a law's name)?"""
    named = key[1] if len(key) == 2 else f"{key[1]}/"
    return bool(named) and re.search(rf"(?<![\w/]){re.escape(named)}", folded_headline) is not None


def metadata_instrument(metadata: Optional[PageMetadata], text: str = "") -> Optional[InstrumentMention]:
    """The instrument a legal database's table describes: its `Số hiệu` read as a citation, the
    type from `Loại văn bản` when that names a type (the first part of a công văn's symbol is
    its issuer's code, however much it looks like a type code), the date from `Ngày ban hành`.

    Its span is where the text prints the number, if it does (else the empty span at 0)."""
    if metadata is None or not metadata.number_symbol:
        return None
    type_name = metadata.type_name or ""
    found = find_instruments(f"{type_name} số {metadata.number_symbol}".strip())
    if not found or not found[0].number:
        return None
    inst = found[0]
    code = type_headings().get(fold(type_name).strip())
    at = text.find(metadata.number_symbol)
    span = Span(at, at + len(metadata.number_symbol)) if at >= 0 else Span(0, 0)
    date = metadata.issued_date
    return replace(inst, type=code or inst.type, date=date, year=inst.year or (int(date[:4]) if date else None),
                   span=span, surface=metadata.number_symbol, aliases=[])


def _same_number(a: InstrumentMention, b: InstrumentMention) -> bool:
    return (a.number or "").lstrip("0") == (b.number or "").lstrip("0")


def _header_instrument(parts: DocumentParts, instruments: list[InstrumentMention]) -> Optional[InstrumentMention]:
    """The instrument cited at the header's `Số:` number."""
    if parts.number is None:
        return None
    for inst in instruments:
        if parts.number.start <= inst.span.end and inst.span.start <= parts.number.end + 2 and inst.number:
            return replace(inst, aliases=list(inst.aliases))
    return None


# `(Ban hành kèm theo Thông tư số 45/2025/TT-NHNN ngày 19 tháng 11 năm 2025)`: an annex's line
# under its title, which names the instrument the annex is issued with.
_ISSUED_WITH = re.compile(r"\(\s*(?:[Bb]an\s+hành\s+)?[Kk]èm\s+theo\s+$")


def _issued_with(text: str, instruments: Sequence[InstrumentMention], code: str) -> Optional[InstrumentMention]:
    """The instrument of type `code` that the text's annexes say they are issued with: the
    number of a full text whose header lost its `Số:` line (a page that starts at its type
    heading) is printed there. The last such line, as annexes come after the body."""
    for inst in reversed(instruments):
        if inst.type == code and inst.number and _ISSUED_WITH.search(text, max(0, inst.span.start - 30), inst.span.start):
            return inst
    return None


def _introduced_above(instruments: Sequence[InstrumentMention], code: str, title: Optional[str],
                      heading_at: int) -> Optional[InstrumentMention]:
    """`Phó Thủ tướng ... đã ký ban hành Nghị quyết số 05/2025/NQ-CP của Chính phủ về việc triển khai
    thí điểm ...` above `NGHỊ QUYẾT / Về việc triển khai thí điểm ...`: a portal's lead introducing
    the full text below it gives the number its header lost, when it names the same title."""
    want = _title_key(title or "")
    if len(want.split()) < _SAME_TITLE_MIN_WORDS:
        return None
    return next((i for i in instruments if i.span.start < heading_at and i.type == code and i.number
                 and _title_key(i.name or "") == want), None)


_SAME_TITLE_MIN_WORDS = 4
_TITLE_OPENING = re.compile(r"^(?:ve\s+viec|ve)\s+")


def _title_key(title: str) -> str:
    """A title folded, without its opening `về (việc)` and its punctuation."""
    return _TITLE_OPENING.sub("", " ".join(re.sub(r"[^\w\s]", " ", fold(title)).split()))


def _header_issuer(organizations: Sequence[OrganizationMention], number_at: int, text: str) -> Optional[str]:
    """The body that heads the header, above its number: the last of the first bodies written
    line under line (`BỘ TÀI CHÍNH / CỤC THUẾ`: the ministry above is the one the issuing
    department answers to, as the header's rules have it), else the first body."""
    above = [o for o in organizations if o.span.start < number_at]
    if not above:
        return None
    issuer = above[0]
    for below in above[1:]:
        if not _HEADER_GAP.fullmatch(text, issuer.span.end, below.span.start):
            break
        issuer = below
    return issuer.name


# Between two lines of the header's authority block: line breaks and markup, nothing else.
_HEADER_GAP = re.compile(r"[ \t]*\n[\s*_|#-]*")


@lru_cache(maxsize=1)
def _reporting_verbs() -> re.Pattern:
    verbs = data.load("requirement_phrases.json")["reporting_verbs"]
    return re.compile("|".join(re.escape(v) for v in sorted(verbs, key=len, reverse=True)), re.I)


def _reported_instrument(text: str, instruments: list[InstrumentMention]) -> Optional[InstrumentMention]:
    """The instrument the lead says was issued (`vừa ban hành Thông báo số 381`), else the law or
    resolution it says was passed, which has no number yet (`Quốc hội biểu quyết thông qua Luật Thuế
    thu nhập cá nhân (sửa đổi)`, `... thông qua Nghị quyết về thí điểm ...`) when it comes before
    every numbered one, else the first numbered one it names, else the one passed."""
    reporting = _reporting_verbs()
    lead_end = _lead_end(text)
    in_lead = [i for i in instruments if i.span.start < lead_end and i.number]
    for inst in in_lead:
        before = text[max(0, inst.span.start - 120):inst.span.start]
        if reporting.search(before) or re.search(r"\bThông báo\b.*kết luận", text[inst.span.start:inst.span.end + 80]):
            return replace(inst, aliases=list(inst.aliases))
    passed = next((i for i in instruments if i.span.start < lead_end and not i.number and i.type in _PASSED_TYPES and i.name
                   and _PASSES.search(text, max(0, i.span.start - 30), i.span.start)), None)
    if in_lead and (passed is None or in_lead[0].span.start < passed.span.start):
        return in_lead[0]
    return replace(passed, aliases=list(passed.aliases)) if passed is not None else None


_PASSED_TYPES = (*LAW_TYPES, "NQ")  # what an assembly passes: laws, codes, ordinances and its resolutions
_PASSES = re.compile(r"(?<!\w)(?:biểu quyết\s+)?thông qua\s+(?:dự án\s+)?$")


# `309/2025`, `108/2025/QH15`, `17/CT-TTg`: a number with its year or symbol, not a date's `01/7/2025`
_NUMBERED = re.compile(r"(?<![\d/])\d{1,5}/(?:\d{4}(?![/\d])|[A-ZĐ])")


def _headline_law(text: str, instruments: list[InstrumentMention]) -> Optional[InstrumentMention]:
    """`Người dân được đăng ký đất đai lần đầu ... theo Luật Đất đai 2024?`: a headline that
    names one instrument, a law by its name and year, is about that law, though it has no
    number to be counted by and the answer quotes a decree more often. A headline naming
    several (`Rà soát Luật Nhà ở 2023 và Luật Kinh doanh bất động sản 2023`) leaves it to the lead."""
    line = _HEADLINE.search(text)
    if line is None:
        return None
    named = [i for i in instruments if line.start() <= i.span.start < line.end()]
    if (len({(i.type, i.name, i.year) for i in named}) != 1 or _NUMBERED.search(line.group())
            or any(i.number for i in find_instruments(line.group()))):
        return None  # a number in the headline (`Nghị định 309/2025`) is the subject the lead finds
    law = named[0]
    if law.number or law.type not in LAW_TYPES or not (law.name and law.year):
        return None
    return replace(law, aliases=list(law.aliases))


def _lead_end(text: str) -> int:
    """The lead of a news report, where it says what it is about: its first four non-blank lines
    (headline, a source or byline, the sapo), and at least the first 600 characters."""
    lines = list(islice(re.finditer(r"[^\n]*\S[^\n]*", text), 4))
    fourth = lines[min(3, len(lines) - 1)].end() if lines else len(text)
    return min(len(text), max(fourth, 600))


def _complete(subject: InstrumentMention, parts: DocumentParts, dates: list[DateMention],
              meetings: list[MeetingMention], metadata: Optional[PageMetadata]) -> InstrumentMention:
    """Fill the date, year and issuer that the text (else the page's table) states about its subject."""
    text = parts.text
    subject = replace(subject, aliases=list(subject.aliases))
    if subject.date is None:
        subject.date = (_header_date(parts, dates) or _enactment_date(subject, text, dates)
                        or (metadata.issued_date if metadata else None))
    if subject.year is None and subject.date:
        subject.year = int(subject.date[:4])
    if subject.year is None:
        subject.year = _year_from_meeting(meetings) or _latest_year(text, dates)
    if subject.issuer is None:
        m = _closing_issuer(text)
        if m:
            subject.issuer = m.group("issuer").strip()
    if subject.issuer is None and metadata:
        subject.issuer = metadata.issuer
    return subject


def _closing_issuer(text: str) -> Optional[re.Match]:
    """The first `Văn phòng Chính phủ thông báo để ...` line: the issuer is looked for only just
    before each `thông báo để` (from every capital letter of a long text, it took a codified law
    a third of a second)."""
    at = text.find(_CLOSING_PHRASE)
    while at >= 0:
        m = _CLOSING_ISSUER.search(text, max(0, at - 300), at + len(_CLOSING_PHRASE))
        if m:
            return m
        at = text.find(_CLOSING_PHRASE, at + 1)
    return None


def _header_date(parts: DocumentParts, dates: list[DateMention]) -> Optional[str]:
    """The date on the header's place-and-date line."""
    place_date = parts.place_date
    if place_date is None:
        return None
    return next((d.iso for d in dates if d.iso and place_date.start <= d.span.start <= place_date.end + 30), None)


# `Nghị quyết này được Ủy ban Thường vụ Quốc hội ... khóa XV thông qua ngày 16 tháng 6 năm 2025.`
_ENACTED = re.compile(r"(?P<word>Bộ luật|Luật|Nghị quyết|Pháp lệnh|Hiến pháp) này (?:đã )?được [^.\n]{0,200}?"
                      r"thông qua (?:vào )?ngày\s+(?=\d)")


def _enactment_date(subject: InstrumentMention, text: str, dates: list[DateMention]) -> Optional[str]:
    """The day a law or resolution says it was passed, which dates it where no place-and-date
    line does (a National Assembly's or its Standing Committee's text is signed that day)."""
    for m in _ENACTED.finditer(text):
        if data.load("doc_types.json")["words"].get(m["word"]) == subject.type:
            return next((d.iso for d in dates if d.span.start == m.end() and d.iso), None)
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


_AHEAD = re.compile(r"(?:trước|chậm nhất|hạn|đến|hết)\s*(?:ngày)?\s*$")
_FROM = re.compile(r"(?<!\w)từ\s*(?:ngày)?\s*$")


def _latest_year(text: str, dates: list[DateMention]) -> Optional[int]:
    """The year of the latest date stated outside deadlines and ends of validity (a text is dated
    after what it cites, but `thực hiện ... đến hết ngày 14/8/2028` looks ahead of it), and outside
    dates of taking effect (`từ ngày 01/01/2026`) where the text states another."""
    years = [int(d.iso[:4]) for d in dates
             if d.iso and not _AHEAD.search(text, max(0, d.span.start - 20), d.span.start)]
    # a date a rule takes effect from (`có hiệu lực từ ngày 01/01/2026`) only where no other is stated
    settled = [int(d.iso[:4]) for d in dates
               if d.iso and not _FROM.search(text, max(0, d.span.start - 12), d.span.start)
               and not _AHEAD.search(text, max(0, d.span.start - 20), d.span.start)]
    return max(settled or years) if years else None
