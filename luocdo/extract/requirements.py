"""Which cited instruments the text demands be carried out, and which ones a decision approves.

A demand is a phrase such as `triển khai`, `thực hiện nghiêm`, `quán triệt`, `theo đúng`
followed, in the same clause, by the instrument. A clause may run over a line break that
follows `;` or `,` (lists of instruments laid out one per line). An instrument right after a
verb of making or changing (`xây dựng`, `phê duyệt`, `sửa đổi`), or named as what a document to be
made details (`quy định chi tiết Luật ...`), is to be made or changed, not carried out, and so are
the instruments listed after it; a plan's title names what the plan carries out (`Kế hoạch số
434/KH-BVHTTDL thực hiện Nghị quyết số 214/NQ-CP`), the plan alone is demanded. A demand phrase
after `kết quả`, `tình hình` reports on implementation instead of demanding it. An instrument after `quy định tại`, `kèm theo` is the source of a rule,
not the object, unless it carries the planned work demanded (`thực hiện các nhiệm vụ được giao
tại Nghị quyết số ...`, `triển khai Kế hoạch ban hành kèm theo Quyết định số ...`).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Optional

from luocdo import data
from luocdo.extract.alternation import at_word_start, spaced
from luocdo.extract.sentences import line_start
from luocdo.model import InstrumentMention, Span
from luocdo.normalize import fold, fold_keep_length

_CLAUSE_BREAK = re.compile(r"[.!?](?:\s|$)|(?<![;,:\s])\s*\n|^\s*(?:\d{1,2}|[IVX]{1,5}|[a-zđ])[.)]\s", re.M)
_TITLE_START = re.compile(r"(?<!\w)(?:về|quy định|hướng dẫn|sửa đổi|bổ sung|thay thế|phê duyệt|ban hành|bãi bỏ)(?!\w)")
_LIST_SEPARATOR = re.compile(r"(?:,|\bvà|\bhoặc|\bcùng)\s*(?:các\s+)?(?:số\s+)?$")


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    phrases = data.load("requirement_phrases.json")
    demand = re.compile(_folded_pattern(phrases["requires"]))
    # `quy định chi tiết một số điều và biện pháp thi hành của Luật ...`: the articles of what is detailed
    # `sửa đổi điểm b khoản 1 Điều 16 (của) Nghị định ...`: the articles of what is changed
    blocker = re.compile(_folded_pattern(phrases["blockers"]) + r"(?:\s+mot so dieu(?:\s+va\s+[^,;.]{3,40}?)?\s+cua)?"
                         r"(?:(?:,?\s+(?:diem|khoan|dieu|muc|chuong|phu luc)\s+[0-9a-z.]{1,6}(?:\s*(?:,|va)\s*[0-9a-z.]{1,6})*)+(?:\s+cua)?)?"
                         r"(?:\s+(?:cac|so|moi|lai))*\s*[\"“(]?\s*$")
    return demand, blocker, re.compile(_phrase_pattern(phrases["approves"]), re.I), \
        re.compile(_phrase_pattern(phrases["approved_by"]), re.I)


def _folded_pattern(phrases) -> str:
    """`_phrase_pattern` of the phrases folded, to match on `fold_keep_length(text)`: OCR and
    typing misread tones (`thực hiên`, `triến khai`, `Cǎn cứ`), which folding forgives. These
    patterns heed case, so each phrase opens with its letter, for the engine to skip to
    (at_word_start); under re.IGNORECASE that skip is lost, and _phrase_pattern's lookahead is
    the faster."""
    return at_word_start(sorted({fold(p) for p in phrases}, key=len, reverse=True), spaced) + r"(?!\w)"


def _phrase_pattern(phrases) -> str:
    """Any of the phrases as whole words, the longest first. It opens with a lookahead of their
    first letters, which lets the engine pass over other characters without trying each phrase."""
    words = sorted(set(phrases), key=len, reverse=True)
    first_letters = "".join(sorted({re.escape(p.split()[0][0]) for p in words}))
    return rf"(?=[{first_letters}])(?<!\w)(?:" + "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in words) + r")(?!\w)"


@dataclass(frozen=True)
class _Limits:
    """What keeps a demand phrase from governing an instrument (requirement_phrases.json)."""

    legal_basis: re.Pattern  # a preamble paragraph's opening words
    authority: re.Pattern  # `quy định tại` between demand and instrument, not after `đúng` (folded)
    article: re.Pattern  # `theo khoản 1 Điều 7 ...`: an article as the source (not folded: tài/tại)
    name_before: re.Pattern  # `Ban` in `Ban Chấp hành`, `hướng dẫn` in `hướng dẫn thi hành`
    name_after: re.Pattern  # `án` in `thi hành án`
    list_goes_on: re.Pattern  # `; Thông tư số ...`: a semicolon inside a list of instruments
    carrier: re.Pattern  # `được giao tại`, `ban hành kèm theo` after a demand's object (folded)
    carried_object: re.Pattern  # `các nhiệm vụ`, `phương án`: planned work an instrument carries (folded)
    not_carried: re.Pattern  # `Mẫu`, `Phụ lục`, `Quy chế`: an object that is a form, an article, rules
    made_first: re.Pattern  # `xây dựng, triển khai`: what is demanded is to be made first (folded)
    complied: re.Pattern  # `thực hiện nghiêm các` right before `quy định của`: the rules are the object (folded)


@lru_cache(maxsize=1)
def _limits() -> _Limits:
    phrases = data.load("requirement_phrases.json")
    return _Limits(
        legal_basis=re.compile(r"[\s*_#>|•-]*" + _folded_pattern(phrases["legal_basis"])),
        authority=re.compile(rf"(?<!dung )(?<!dung cac ){_folded_pattern(phrases['authority'])}(?!\s+(?:cua\s+|tai\s+)?phap luat)"),
        article=re.compile(rf"(?:(?<=theo )|(?<=tại )|(?<=\())(?:{_phrase_pattern(phrases['article_heads'])})", re.I),
        name_before=re.compile(_folded_pattern(phrases["not_a_demand_after"]) + r"\s*,?\s*$"),
        name_after=re.compile(r"\s+(?:(?:các|những)\s+)?" + _phrase_pattern(phrases["not_a_demand_before"])),
        list_goes_on=re.compile(r"\s*(?:[-+•]\s*)?(?:(?:và|số)\s+)?" + _phrase_pattern(data.load("doc_types.json")["words"]), re.I),
        carrier=re.compile(_folded_pattern(phrases["carriers"])),
        # the object's head among its first words, after manner words: `khẩn trương, nghiêm túc các đề án`
        carried_object=re.compile(r"\s*(?:[^\s.;:]+\s+){0,10}?" + _folded_pattern(phrases["carried_objects"])),
        not_carried=re.compile(_phrase_pattern(phrases["not_carried"]) + "|" + _phrase_pattern(phrases["article_heads"])
                               + r"\s+(?:\d+|[IVXLC]+|[a-zđ])(?!\w)"),
        made_first=re.compile(_folded_pattern(phrases["made_first"]) + r"\s*(?:,|\s+va)\s*(?:to chuc\s*)?$"),
        complied=re.compile(r"(?<!\w)" + _folded_pattern(phrases["compliance_demands"]) + r"\s+(?:(?:cac|nhung|moi)\s+)?$"),
    )


def in_legal_basis(text: str, pos: int) -> bool:
    """Is `pos` in a preamble paragraph that states the grounds (`Căn cứ ...`, `Theo đề nghị ...`)?"""
    start = line_start(text, pos)
    # The grounds end with the paragraph or the sentence (`... pháp luật. QUYẾT ĐỊNH: Điều 1.` when
    # a text lost its line breaks).
    return _limits().legal_basis.match(fold_keep_length(text), start, pos) is not None and \
        not _sentence_ends_within(text, start, pos)


_SENTENCE_END = re.compile(r"[.:!?](?:\s|$)")


def _sentence_ends_within(text: str, start: int, end: int) -> bool:
    """Does a sentence end in text[start:end] (`_SENTENCE_END`, its last character ending one as
    the end of the text would)? Looked up in the text's sentence ends, found once: searched for
    each citation, a line of thousands of grounds without a full stop was read N² times."""
    ends = _sentence_ends(text)
    i = bisect_left(ends, start)
    return (i < len(ends) and ends[i] < end - 1) or (end > start and text[end - 1] in ".:!?")


@lru_cache(maxsize=8)
def _sentence_ends(text: str) -> list[int]:
    return [m.start() for m in _SENTENCE_END.finditer(text)]


def clause_start(text: str, pos: int, floor: int = 0) -> int:
    """Start of the clause that contains `pos`: after the last sentence end or hard break."""
    breaks = _clause_breaks(text)
    i = bisect_right(breaks, pos) - 1
    return max(floor, breaks[i]) if i >= 0 else floor


@lru_cache(maxsize=8)
def _clause_breaks(text: str) -> list[int]:
    """Where clauses start, computed once per text (a str caches its hash, so lookups are cheap)."""
    return [m.end() for m in _CLAUSE_BREAK.finditer(text)]


def demand_before(text: str, inst: InstrumentMention, floor: int = 0) -> Span | None:
    """The demand phrase that governs `inst`, if the clause before it has one."""
    return _demand_at(text, inst.span.start, floor)


def _named_inside(text: str, plan: InstrumentMention, inst: InstrumentMention) -> bool:
    """`Kế hoạch triển khai Thông báo kết luận số 196-TB/TW`: a plan named after the instrument it
    carries out; that instrument is part of the plan's name (not a name that runs on over it)."""
    return plan.type in _PLAN_TYPES and plan.number is None and plan.span.start < inst.span.start < plan.span.end \
        and _plan_named_after().fullmatch(fold_keep_length(text), plan.span.start, inst.span.start) is not None


@lru_cache(maxsize=1)
def _plan_named_after() -> re.Pattern:
    """A plan's type word, then the demand phrase of its name and the type words before the number
    (`Kế hoạch triển khai Thông báo kết luận số`; folded)."""
    return re.compile(rf"\S+\s+\S+(?:\s+hanh dong)?\s+(?:{_patterns()[0].pattern})(?:\s+[^\s\d]+){{0,4}}\s+")


def _made_or_changed(text: str, inst: InstrumentMention) -> bool:
    """Does a verb of making or changing stand right before `inst` (`xây dựng`, `sửa đổi`, `quy
    định chi tiết`)? Then it is the thing to be made, or what that thing details."""
    pos = inst.span.start
    return _patterns()[1].search(fold_keep_length(text)[max(0, pos - 80):pos]) is not None


def _list_sibling(text: str, previous: InstrumentMention, inst: InstrumentMention) -> bool:
    """Is `inst` the next item of a list that `previous` opens (`Luật Điện ảnh, Luật Du lịch`)?"""
    gap = text[previous.span.end:inst.span.start]
    return len(gap) < 12 and _LIST_SEPARATOR.search(gap) is not None and "\n" not in gap


# How far back from an instrument its demand phrase is looked for. A clause with no stop in it
# may run for pages (a list of plans that lost its line breaks): reading all of it again for each
# of its instruments took time in the square of its length, reading this much of it takes time in
# proportion. The farthest a demand reaches in the corpus is 2,060 characters.
_DEMAND_REACH = 3000


def _demand_at(text: str, pos: int, floor: int = 0) -> Span | None:
    """The demand phrase that governs what is named at `pos`, if the clause before it has one."""
    demand, blocker, _, _ = _patterns()
    limits = _limits()
    if in_legal_basis(text, pos) or _asks(text, pos):
        return None
    start = _after_last_clause_semicolon(text, max(clause_start(text, pos, floor), pos - _DEMAND_REACH), pos)
    # a table's cell (`Thời gian thực hiện | ... | Đề án 06`; the loader writes cells apart with tabs)
    start = max(start, text.rfind("|", start, pos) + 1, text.rfind("\t", start, pos) + 1)
    window = fold_keep_length(text)[start:pos]  # phrases are matched folded; offsets are the text's
    if blocker.search(window[-80:]):
        return None
    last = None
    for m in demand.finditer(window):
        before = window[max(0, m.start() - 30):m.start()]
        if limits.name_before.search(before) or limits.name_after.match(text, start + m.end()) \
                or in_legal_basis(text, start + m.start()):
            continue  # part of a name or of a cited title, not a demand
        if before.endswith("(") and _ARTICLE_NEXT.match(text, start + m.end()):
            continue  # `... nhà ở xã hội (thực hiện điểm b khoản 2 Điều 29 Luật Thủ đô)`: the article it is made under
        # `kết quả thực hiện X` reports; `xây dựng, triển khai Đề án ...`: the Đề án is to be made first
        last = None if _reports_on_implementation(text[start + max(0, m.start() - 30):start + m.start()]) \
            or limits.made_first.search(before) else m
    if last is None or _source_follows(text, window, start, last.end()) or limits.article.search(text, start + last.end(), pos):
        return None  # `thực hiện dự án ... theo quy định tại Nghị định ...`: a source, not the object
    return Span(start + last.start(), start + last.end())


_SENTENCE_CLOSE = re.compile(r"[.!?;](?=\s|\*|$)|\n")
_ARTICLE_NEXT = re.compile(r"\s+(?:điểm|khoản|Điều)\s+[\dA-Za-zđ]", re.I)


def _asks(text: str, pos: int) -> bool:
    """Does the sentence at `pos` end with `?` (`Thưởng Tết được thực hiện ra sao theo Kế hoạch
    34?`)? A question, as Q&A pages head their answers, demands nothing."""
    closes = _sentence_closes(text)
    i = bisect_left(closes, pos)
    return i < len(closes) and text[closes[i]] == "?"


@lru_cache(maxsize=8)
def _sentence_closes(text: str) -> list[int]:
    """Where sentences close, found once per text: searching on from each instrument would read a
    long clause again for every instrument in it."""
    return [m.start() for m in _SENTENCE_CLOSE.finditer(text)]


def _source_follows(text: str, window: str, start: int, demand_end: int) -> bool:
    """Does a phrase that makes the instrument a source follow the demand (`quy định tại`,
    `kèm theo`)? Not one that carries the demand's object (`thực hiện các nhiệm vụ được giao tại`,
    `triển khai Kế hoạch ban hành kèm theo`): the instrument carries the work demanded."""
    limits = _limits()
    carried = [c.span() for c in limits.carrier.finditer(window, demand_end)
               if _carries(text, start + demand_end, start + c.start())]
    return any(not any(c_start <= a.start() < c_end for c_start, c_end in carried)
               and not (a.group().startswith("quy dinh") and limits.complied.search(window, 0, a.start()))
               for a in limits.authority.finditer(window, demand_end))


def _carries(text: str, object_start: int, object_end: int) -> bool:
    """Is the demand's object (`các nhiệm vụ`, `phương án đơn giản hóa TTHC`) planned work that an
    instrument carries, not a form, an article or a set of rules (`theo Mẫu số 02`, `Quy chế`)?"""
    limits = _limits()
    return limits.carried_object.match(fold_keep_length(text), object_start, object_end) is not None \
        and limits.not_carried.search(text, object_start, object_end) is None


def _after_last_clause_semicolon(text: str, start: int, end: int) -> int:
    """A `;` ends a demand's reach (`thực hiện hợp đồng; khoản 7 Điều 52 Luật ...`) unless the
    next item is an instrument of the same list (`thực hiện nghiêm Luật ...; Thông tư số ...`)."""
    pos = text.rfind(";", start, end)
    while pos >= 0 and _limits().list_goes_on.match(text, pos + 1):
        pos = text.rfind(";", start, pos)
    return start if pos < 0 else pos + 1


@lru_cache(maxsize=1)
def _implementation_as_topic() -> tuple[str, ...]:
    return tuple(data.load("requirement_phrases.json")["implementation_as_topic"])


@lru_cache(maxsize=1)
def _negations() -> tuple[re.Pattern, tuple[str, ...]]:
    phrases = data.load("requirement_phrases.json")
    return re.compile(rf"(?:{_phrase_pattern(phrases['negations'])})$"), tuple(phrases["negation_look_alikes"])


def _negated(words: str) -> bool:
    """Do the (lower-cased) words before a demand phrase end with a negation (`không thực hiện`,
    `không phải thực hiện`), not with a name that looks like one (`Cục Hàng không`)?"""
    negation, look_alikes = _negations()
    return negation.search(words) is not None and not words.endswith(look_alikes)


def _reports_on_implementation(before: str) -> bool:
    """`kết quả thực hiện`, `đánh giá việc thực hiện`, `Thời gian qua, việc triển khai ... đã`:
    the phrase names implementation as a topic, it does not demand it."""
    words = before.strip().lower()
    if words.endswith("việc"):
        words = words[:-4].rstrip()
        if not words or words[-1] in ",.;:":
            return True  # a clause that opens with `việc triển khai X`: a subject, not a demand
    return words.endswith(_implementation_as_topic()) or _negated(words)


def required_instruments(text: str, instruments: list[InstrumentMention],
                         own: Callable[[InstrumentMention], bool] = lambda inst: False) -> list[tuple[InstrumentMention, Span]]:
    """Instruments demanded to be carried out, each with the demand phrase's span.

    An instrument named inside another one's title (`Nghị định ... quy định chi tiết Luật Hải
    quan`, `Quyết định ... về phê duyệt Đề án ...`) is what that instrument is about, not a demand.
    Nor is a demand in a provision the text quotes from another instrument (`Căn cứ Điều 28 Luật
    Đường bộ 2024 quy định như sau: ... được thực hiện theo ...`): that instrument makes it, not
    the document; `own` tells the document's own instrument, whose quoted demands are its own.
    """
    governed = _governed_by_another(text, instruments)
    out = [(inst, phrase) for inst in instruments if id(inst) not in governed and (phrase := demand_before(text, inst))
           and (phrase := _outside_titles(text, instruments, inst, phrase, own))]
    # A footnote carries its mark's demand, not to what a cited title in it names.
    footnoted = [(inst, phrase) for inst, phrase in _required_by_footnote(text, instruments) if id(inst) not in governed]
    found = out + _required_by_description(text, instruments) + footnoted
    quoted = [span for span, source in quoted_provisions(text, instruments) if source is not None and not own(source)]
    return [(inst, phrase) for inst, phrase in found if not any(q.start <= phrase.start < q.end for q in quoted)]


# A passage that quotes a provision: `Căn cứ (theo) khoản 1 Điều 80 Luật ... (có) quy định như
# sau:` on a line of its own, naming the article, then the quoted text up to the writer's own words again: a question
# (a page's next heading), a conclusion (`Như vậy`, `Theo đó` ...) or the next ground (`Căn cứ`).
_QUOTE_INTRO = re.compile(r"^[ \t]*(?:Căn cứ|Theo|Tại)\b[^\n]{0,150}?\b(?:Điều|khoản|điểm|[Mm]ục|[Pp]hần|[Pp]hụ lục)\s+[\dIVXa-zđ]"
                          r"[^\n]{0,300}?(?:như sau|quy định|nêu)\s*:[ \t]*$", re.M)
_QUOTE_END = re.compile(r"^[ \t]*(?:Như vậy|Theo đó|Do đó|Vì vậy|Tóm lại|Trên đây|Căn cứ|Theo quy định|Đề nghị)\b"
                        r"|^[^\n]*\?[ \t]*$", re.M)


def quoted_provisions(text: str, instruments: list[InstrumentMention]) -> list[tuple[Span, Optional[InstrumentMention]]]:
    """(span of the quoted text, the instrument its introduction cites last, if any) for each
    provision the text quotes."""
    out = []
    for intro in _QUOTE_INTRO.finditer(text):
        end = _QUOTE_END.search(text, intro.end())
        cited = [i for i in instruments if intro.start() <= i.span.start < intro.end()]
        out.append((Span(intro.end(), end.start() if end else len(text)), cited[-1] if cited else None))
    return out


def _governed_by_another(text: str, instruments: list[InstrumentMention]) -> set[int]:
    """ids of the instruments that another one's title, name or issue governs, and of those to be
    made or changed: none of them is demanded."""
    governed, blocked, issuing, titled = set(), False, False, False
    for previous, inst in zip([None] + instruments[:-1], instruments):
        # `sửa đổi Luật Điện ảnh, Luật Du lịch`: what is listed after an instrument to be made or
        # changed is to be made or changed too; `... được phê duyệt tại Quyết định số 1719/QĐ-TTg và
        # Quyết định số 920/QĐ-TTg`: so are the decisions listed after one that only issued the object;
        # `công điện số 102/CĐ-CT về việc triển khai Nghị định số 175/2025/NĐ-CP ... và Quyết định số
        # 2226/QĐ-BTC`: so are the items of a list in another one's title.
        sibling = previous is not None and _list_sibling(text, previous, inst)
        blocked = _made_or_changed(text, inst) or (blocked and sibling)
        issuing = previous is not None and _issues(text, inst, previous) or (issuing and sibling)
        titled = previous is not None and (_named_inside(text, previous, inst) or in_title_of(text, previous, inst)) \
            or (titled and sibling)
        if blocked or issuing or titled:
            governed.add(id(inst))  # `Đề án 06 ban hành kèm theo Quyết định số 06/QĐ-TTg`: the decision only issued it
    return governed


# `[1]` right after a letter; the bracket first, so that the engine looks only at brackets
_FOOTNOTE_MARK = re.compile(r"\[(?<=[^\W\d_]\[)(\d{1,2})\]")


def _required_by_footnote(text: str, instruments: list[InstrumentMention]) -> list[tuple[InstrumentMention, Span]]:
    """`triển khai thực hiện các biện pháp ... theo hướng dẫn của Bộ Nội vụ[1]` with the footnote
    `[1] Công văn số 7415/BNV-CCVC ...`: the demand at the mark governs what the footnote cites."""
    out = []
    for mark in _FOOTNOTE_MARK.finditer(text):
        note = re.compile(rf"^[ \t]*\[{mark[1]}\][ \t]*(?P<body>.+)$", re.M).search(text, mark.end())
        phrase = _demand_at(text, mark.start()) if note else None
        if phrase:
            out += [(i, phrase) for i in instruments if note.start("body") <= i.span.start < note.end("body")]
    return out


def _required_by_description(text: str, instruments: list[InstrumentMention]) -> list[tuple[InstrumentMention, Span]]:
    """`V/v triển khai Nghị quyết của Quốc hội về dự toán ngân sách nhà nước năm 2026 và phân bổ
    ngân sách trung ương năm 2026`: a demand on instruments described by type, issuer and subject
    governs the numbered ones the document cites of that type whose titles the subject names, and
    the one it says carries them (`Kết luận của Ủy ban Thường vụ Quốc hội tại Thông báo số ...`)."""
    out = []
    titled: dict[str, list[tuple[InstrumentMention, set[str]]]] = {}  # type code -> its numbered titles
    for inst in instruments:
        words = _title_words(inst.name or "") if inst.number else None
        if words:
            titled.setdefault(inst.type, []).append((inst, words))
    carried_at: dict[str, set[int]] = {}  # a carrier phrase -> where the instruments it names begin
    for m in _described_demand().finditer(text):
        if in_legal_basis(text, m.start()):
            continue
        about = _title_words(m["about"])
        code = _type_codes().get(fold(" ".join(m["word"].split())))
        phrase = Span(m.start(), m.end("word"))
        out += [(inst, phrase) for inst, words in titled.get(code, ()) if len(words & about) >= 0.8 * len(words)]
        if m["of"]:  # `Kết luận của Ủy ban Thường vụ Quốc hội tại Thông báo số 4387/TB-VPQH`
            carrier = re.escape(" ".join(m.group("word", "of"))).replace(r"\ ", r"\s+") + r"\s+tại\s+"
            if carrier not in carried_at:
                carried_at[carrier] = {c.end() for c in re.finditer(carrier, text, re.I)}
            starts = carried_at[carrier]
            out += [(inst, phrase) for inst in instruments if inst.number and inst.span.start in starts]
    return out


def _title_words(title: str) -> set[str]:
    return set(fold(re.sub(r"^\s*(?:về\s+)?(?:việc\s+)?", "", title)).split())


@lru_cache(maxsize=1)
def _type_codes() -> dict[str, str]:
    return {fold(w): code for w, code in data.load("doc_types.json")["words"].items()}


@lru_cache(maxsize=1)
def _described_demand() -> re.Pattern:
    phrases = data.load("requirement_phrases.json")
    words = _phrase_pattern(data.load("doc_types.json")["words"])
    return re.compile(rf"{_phrase_pattern(phrases['requires'])}\s+(?:các\s+)?(?P<word>{words})"
                      r"(?:\s+(?P<of>của\s+[^,;.\n]{2,60}?))?\s+về\s+(?P<about>[^.;?\n]{5,300})", re.I)


# `... thực hiện Nghị quyết số 66-NQ/TW ... về đổi mới ..., UBND tỉnh ban hành Kế hoạch ...`: a body
# issuing the next instrument opens a clause of its own; the title before it has ended.
_NEW_CLAUSE = re.compile(r",\s+[A-ZĐ]\S*\s+(?:[^\s,]+\s+){0,7}?(?:đã\s+|vừa\s+)?(?:ban hành|xây dựng|phê duyệt)\s+$")


def in_title_of(text: str, first: InstrumentMention, second: InstrumentMention) -> bool:
    """Is `second` named in the title that follows `first` (same clause, not a list sibling)?"""
    gap = text[first.span.end:second.span.start]
    if len(gap) > 300 or re.search(r"[;.]\s|\n\s*\n", gap) or _LIST_SEPARATOR.search(gap) or _NEW_CLAUSE.search(gap):
        return False
    return _TITLE_START.search(text, _title_from(first), second.span.start) is not None or _plan_carries_out(text, first, second)


def _title_from(inst: InstrumentMention) -> int:
    """Where the title after a citation may start: its own span may already run into it (`... của
    Chính phủ quy định`), so right after its number."""
    number_at = inst.surface.find(inst.number) if inst.number else -1
    return inst.span.start + number_at + len(inst.number) if number_at >= 0 else inst.span.end


def _titled_by(text: str, instruments: list[InstrumentMention], inst: InstrumentMention, phrase: Span,
               own: Callable[[InstrumentMention], bool]) -> Optional[InstrumentMention]:
    """The instrument cited before a demand phrase whose title the phrase is part of, when `inst`
    is a later item of a list (`Thông tư số 104/2024/TT-BQP quy định ... khi thực hiện thủ tục
    hành chính; - Thông tư số 103/2025/TT-BQP ...`), or None."""
    if ";" not in text[phrase.end:inst.span.start]:
        return None
    for cited in instruments:
        if cited is inst or own(cited) or not cited.number or not cited.span.end <= phrase.start:
            continue
        start = _title_from(cited)
        if phrase.start - start < 300 and not re.search(r"[;.]\s|\n", text[start:phrase.start]) \
                and _TITLE_START.search(text, start, phrase.start):
            return cited
    return None


def _outside_titles(text: str, instruments: list[InstrumentMention], inst: InstrumentMention, phrase: Span,
                    own: Callable[[InstrumentMention], bool]) -> Optional[Span]:
    """The demand that governs `inst`: a phrase in a cited title demands nothing of the list's
    later items, but what demands that titled instrument (`Triển khai Kế hoạch số 328-KH/TU ...
    về việc thực hiện Nghị quyết ...; Kế hoạch số 348/KH-UBND ...`) demands them all."""
    titled = _titled_by(text, instruments, inst, phrase, own)
    return phrase if titled is None else demand_before(text, titled)


_PLAN_TYPES = ("KH", "CTr", "ĐA", "PA")


def _plan_carries_out(text: str, plan: InstrumentMention, second: InstrumentMention) -> bool:
    """`Kế hoạch số 434/KH-BVHTTDL thực hiện Nghị quyết số 214/NQ-CP`: a plan's title names the
    instrument the plan carries out; a demand on the plan demands the plan, not its source."""
    if plan.type not in _PLAN_TYPES:
        return False
    return _plan_title().fullmatch(fold_keep_length(text[plan.span.end:second.span.start])) is not None


@lru_cache(maxsize=1)
def _plan_title() -> re.Pattern:
    """A demand phrase after a plan's citation and its issuer, up to the instrument (folded)."""
    return re.compile(rf"\s*(?:(?:cua|tinh|thanh pho|huyen|xa|phuong)\s+(?:(?!va\s)[^,;.\n]){{0,80}}?\s*)?(?:{_patterns()[0].pattern})\s*(?:cac\s+)?")


def approvals(text: str, instruments: list[InstrumentMention]) -> list[tuple[InstrumentMention, InstrumentMention]]:
    """(decision, approved) pairs: `Quyết định số 319/QĐ-TTg ... phê duyệt Đề án ...` and
    `Đề án ... ban hành kèm theo Quyết định số 06/QĐ-TTg`."""
    _, _, approves, _ = _patterns()
    pairs = []
    for first, second in zip(instruments, instruments[1:]):
        issues = _issues(text, second, first)
        if issues:
            pairs.append((second, first))
        elif issues is None and _same_clause(text, first, second) and approves.search(text, first.span.end, second.span.start):
            pairs.append((first, second))
    return pairs


def _same_clause(text: str, first: InstrumentMention, second: InstrumentMention) -> bool:
    gap = text[first.span.end:second.span.start]
    return len(gap) < 160 and not re.search(r"[;.]\s", gap)


def _issues(text: str, decision: InstrumentMention, issued: InstrumentMention) -> Optional[bool]:
    """`<issued> ban hành kèm theo <decision>`, `<issued> được phê duyệt tại <decision>`: True;
    False for `<issued> ... Phụ lục I ban hành kèm theo <decision>`, where the annex is what the
    decision issues (a noun inside parentheses is the issued one's alias: `(sau đây viết tắt là
    Chương trình)`); None when no such phrase joins them."""
    if not (decision.span.start > issued.span.end and _same_clause(text, issued, decision)):
        return None
    phrase = _patterns()[3].search(text, issued.span.end, decision.span.start)
    if phrase is None:
        return None
    between = _PARENTHESES.sub(lambda m: " " * len(m.group()), text[issued.span.end:phrase.start()])
    return _unnamed_issued().search(between) is None


_PARENTHESES = re.compile(r"\([^()]*\)")


@lru_cache(maxsize=1)
def _unnamed_issued() -> re.Pattern:
    return re.compile(_phrase_pattern(data.load("requirement_phrases.json")["unnamed_issued"]))
