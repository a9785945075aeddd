"""Meetings that a notice concludes: name, date, place, chair, attendees, period covered.

A conclusion notice names its meeting twice (title and opening paragraph); both mentions are
merged. The chair is the person who `chủ trì` the meeting or whose conclusions (`kết luận của X
tại Hội nghị ...`) the notice states. A date counts as the meeting's only when its sentence is
about the meeting being held, not about a notice being issued.

Only a meeting the text says took place counts: one with a chair, attendees, a date and a
verb of holding it, or the one a notice concludes (`kết luận của ... tại cuộc họp ...`); a bare
head with a chair (`Thứ trưởng X chủ trì hội nghị.`) gives the meeting named before it its
chair. A meeting that is part of a cited instrument's title (in a `Căn cứ` or `Thực hiện` line,
after a type word: `Nghị quyết Hội nghị Trung ương ...`), a building (`Trung tâm Hội nghị`) or a
rule about meetings in general (`Cuộc họp phải ghi thành biên bản`) is none. The vocabulary is
data/meetings.json.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from luocdo.data import load
from luocdo.extract.alternation import at_word_start
from luocdo.extract.dates import date_in_year_of
from luocdo.extract.persons import whole_names
from luocdo.extract.sentences import ByStart, line_start, newlines
from luocdo.extract.subject import type_headings
from luocdo.model import DateMention, MeetingMention, PeriodMention, PersonMention, Span
from luocdo.normalize import fold, fold_keep_length, longest_first

# A meeting's name runs to the end of its clause, a table cell or a line.
_NAME_REST = r"(?=\s)[^.;:|\n]*(?:\.\d[^.;:|\n]*)*"
_WORDS_BEFORE = re.compile(r"((?:\w+[ \t]+){1,2})$")


@lru_cache(maxsize=None)
def _vocabulary() -> dict:
    return load("meetings.json")


@lru_cache(maxsize=None)
def _heads() -> re.Pattern:
    return re.compile(longest_first(_vocabulary()["heads"]))


@lru_cache(maxsize=None)
def _meeting_regex() -> re.Pattern:
    """A head at a word's start and the name after it; run over the whole text, so written for the
    engine to skip to the heads' first letters (at_word_start)."""
    return re.compile(at_word_start(sorted(_vocabulary()["heads"], key=len, reverse=True)) + rf"(?:{_NAME_REST})?(?!\w)")


@lru_cache(maxsize=None)
def _name_end() -> re.Pattern:
    return re.compile(longest_first(_vocabulary()["name_ends"]))


@lru_cache(maxsize=None)
def _held() -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{longest_first(_vocabulary()['held'])})(?!\w)")


_CHAIR_AFTER = re.compile(r"\b(?:chủ trì|chủ tọa|chủ toạ|điều hành)\b")
_OF = re.compile(r"\bcủa\b")
_NEAR = 12  # characters between a meeting's head or name and a date that is its own
_CONCLUDING_OPENING = re.compile(r"[ \t*_]*(?:[Pp]hát biểu\s+)?(?:[Kk]ết luận|[Cc]hỉ đạo)(?:\s+tại)?\s+")
# `kết luận của Thường trực Chính phủ tại cuộc họp ...`: the meeting a notice concludes, whoever chaired it
_CONCLUDED_AT = re.compile(r"\b[Kk]ết luận của\b[^.;:\n]{0,150}?\btại\s+$")
_CONCLUSION_OF = re.compile(r"\b(?:[Kk]ết luận|ý kiến chỉ đạo|chỉ đạo) của\b")
_ISSUED = re.compile(r"\b(?:ban hành|ký|có văn bản|thông báo)\b", re.IGNORECASE)
_ATTENDED = re.compile(r"(?:Tham dự|tham dự|Dự Hội nghị|với sự tham dự của|có sự tham dự của)")
_PLACE = re.compile(r"\btại ((?:Trụ sở|trụ sở|Hội trường|Văn phòng|Nhà Quốc hội|[A-ZĐÀ-Ỹ][\wÀ-ỹ]*)(?:[ ][A-ZĐÀ-Ỹa-zà-ỹ][\wÀ-ỹ]*){0,5})")


def find_meetings(
    text: str,
    persons: list[PersonMention],
    dates: list[DateMention],
    periods: list[PeriodMention],
    published: str | None = None,
) -> list[MeetingMention]:
    """Meetings in the text, the concluded one first, with their facts filled in.

    `published` (ISO) is the date a news report appeared: it gives the year of a meeting date the
    report writes without one (`Sáng 15/3, Phó Thủ tướng ... chủ trì cuộc họp`)."""
    by_start = ByStart(persons)
    # one index each, not a pass over every date and period for every meeting (N² on a page of them)
    dates_by_start, periods_by_start = ByStart(dates), ByStart(periods)
    meetings: list[MeetingMention] = []
    dated_references: list[MeetingMention] = []  # a bare head and its date: the one meeting, dated
    chaired_references: list[MeetingMention] = []  # `X chủ trì hội nghị.`: the one meeting's chair
    unconfirmed: list[MeetingMention] = []  # named and dated, not yet said to be held
    for m in _meeting_regex().finditer(text):
        name = _trim_name(m.group())
        rest = _heads().sub("", name, count=1).split()
        # a bare head names no instrument (`phát biểu kết luận hội nghị,` is no `Kết luận Hội nghị ...`)
        if rest and (fold(rest[0]) in _vocabulary()["not_a_name"] or _part_of_another_name(text, m.start())):
            continue
        span = Span(m.start(), m.start() + len(name))
        mention = MeetingMention(name=name, span=span)
        sentence = _sentence_around(text, span)
        if _in_legal_basis(text, sentence):
            continue
        if not rest:
            mention.chair = _chair(text, sentence, span, by_start)
            if mention.chair:
                mention.date = _held_date(text, sentence, span, dates_by_start, published)
                chaired_references.append(mention)
            continue
        mention.chair = _chair(text, sentence, span, by_start)
        mention.date = _held_date(text, sentence, span, dates_by_start, published)
        mention.place = _place(text, sentence, span)
        mention.period = _period(span, periods_by_start)
        mention.attendees = _attendees(text, span, by_start, mention.chair)
        if mention.date and fold(rest[0]) == "ngay":
            dated_references.append(mention)  # `tại cuộc họp ngày 10/4/2025`: maybe the meeting named before
        elif mention.chair or mention.attendees or (mention.date and _says_held(text, sentence, span)) \
                or _CONCLUDED_AT.search(text, sentence.start, span.start):
            _merge_into(meetings, mention)
        elif mention.date:
            unconfirmed.append(mention)
    if chaired_references:
        _chair_from_reference(meetings, unconfirmed, chaired_references[0])
    if len(meetings) == 1 and dated_references:
        meetings[0].date = meetings[0].date or dated_references[0].date
    else:
        for mention in dated_references:
            if mention.chair or mention.attendees or _says_held(text, _sentence_around(text, mention.span), mention.span):
                _merge_into(meetings, mention)
    whole = whole_names(persons)
    for meeting in meetings:
        meeting.chair = whole.get(meeting.chair, meeting.chair) if meeting.chair else None
        meeting.attendees = list(dict.fromkeys(whole.get(a, a) for a in meeting.attendees))
    meetings.sort(key=lambda mt: (mt.chair is None, mt.span.start))
    return meetings


def _chair_from_reference(meetings: list[MeetingMention], unconfirmed: list[MeetingMention],
                          reference: MeetingMention) -> None:
    """`Ngày 12/8, Bộ ... tổ chức hội nghị lấy ý kiến ... Thứ trưởng X chủ trì hội nghị.`: a bare
    head with a chair names the meeting named last before it, held or only dated; else the
    document's one meeting; else it is the meeting itself."""
    before = [m for m in meetings + unconfirmed if m.span.start < reference.span.start]
    meeting = max(before, key=lambda m: m.span.start) if before else meetings[0] if len(meetings) == 1 else None
    if meeting is None:
        meeting = reference
    elif meeting.chair:
        return
    meeting.chair = reference.chair
    meeting.date = meeting.date or reference.date
    if meeting not in meetings:
        meetings.append(meeting)


def _part_of_another_name(text: str, start: int) -> bool:
    """`Trung tâm Hội nghị quốc gia` (a place), `Nghị quyết Hội nghị lần thứ 11`, `Kết luận Hội
    nghị Trung ương 13` (instruments): a head right after a type word or a building's word
    names no meeting the document concludes."""
    before = _WORDS_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return False
    words = fold(before.group(1)).split()
    return any(" ".join(words[-n:]) in _not_after() for n in (1, 2) if len(words) >= n)


@lru_cache(maxsize=None)
def _not_after() -> frozenset:
    return frozenset([*type_headings(), *(fold(b) for b in _vocabulary()["buildings"])])


def _in_legal_basis(text: str, sentence: Span) -> bool:
    """A meeting named in a `Căn cứ ...` or `Thực hiện ...` line is part of the title of the
    instrument the document rests on or implements, not one it concludes."""
    return bool(_implementing().match(text, line_start(text, sentence.start)))


@lru_cache(maxsize=None)
def _implementing() -> re.Pattern:
    return re.compile(rf"[ \t*_|]*(?:{longest_first(_vocabulary()['implementing'])})\b", re.IGNORECASE)


@lru_cache(maxsize=None)
def _next_instrument() -> re.Pattern:
    """` và Công văn số ...`: a name stops where a list goes on to an instrument."""
    words = sorted((w for w in type_headings()), key=len, reverse=True)
    return re.compile(rf"(?:\s+va|,)\s+(?:{'|'.join(map(re.escape, words))})\b")


def _says_held(text: str, sentence: Span, span: Span) -> bool:
    """Does the sentence say that the meeting took place (`đã họp`, `diễn ra`), outside the
    meeting's own name (`cuộc họp` says nothing)?"""
    return bool(_held().search(text, sentence.start, span.start) or _held().search(text, span.end, sentence.end))


def _trim_name(raw: str) -> str:
    cuts = [m.start() for m in (_name_end().search(raw), _next_instrument().search(fold_keep_length(raw))) if m]
    name = raw[: min(cuts)] if cuts else raw
    return re.sub(r"\s+", " ", name).strip(" ,")


def _sentence_around(text: str, span: Span) -> Span:
    """From after the `. ` or newline before `span` to the next one after it."""
    dots = _dots(text)
    stop = _last_before(dots, span.start - 1)  # a `. ` that ends before the span
    start = max(stop + 2 if stop >= 0 else 0, line_start(text, span.start))
    end_candidates = [i for i in (_first_from(dots, span.end), _first_from(newlines(text), span.end)) if i >= 0]
    return Span(start, min(end_candidates) if end_candidates else len(text))


def _last_before(positions: list[int], pos: int) -> int:
    """The last of the sorted `positions` before `pos`, or -1 (as str.rfind)."""
    i = bisect_left(positions, pos)
    return positions[i - 1] if i else -1


def _first_from(positions: list[int], pos: int) -> int:
    """The first of the sorted `positions` at or after `pos`, or -1 (as str.find)."""
    i = bisect_left(positions, pos)
    return positions[i] if i < len(positions) else -1


@lru_cache(maxsize=8)
def _dots(text: str) -> list[int]:
    """Where each `. ` of the text is, found once: searched for from each meeting, one long line
    of meetings was read N² times."""
    return [m.start() for m in re.finditer(r"\. ", text)]


def _persons_in(persons: ByStart, start: int, end: int) -> list[PersonMention]:
    return [p for p in persons.within(start, end) if p.span.end <= end]


def _chair(text: str, sentence: Span, span: Span, persons: ByStart) -> str | None:
    before = text[sentence.start:span.start]
    # "X ... đã chủ trì Hội nghị ...": the last person before the verb.
    verb = None
    for verb in _CHAIR_AFTER.finditer(before):
        pass
    if verb:
        candidates = _persons_in(persons, sentence.start, sentence.start + verb.start())
        if candidates:
            return candidates[0].name
    # "Hội nghị ... do X chủ trì".
    after = text[span.end:sentence.end]
    do = re.search(r"\bdo\b", after)
    if do and _CHAIR_AFTER.search(after[do.end():]):
        candidates = _persons_in(persons, span.end + do.end(), sentence.end)
        if candidates:
            return candidates[0].name
    # "Phát biểu kết luận hội nghị, X ...", "Chỉ đạo tại Hội nghị, X ...": the one who concludes.
    if _CONCLUDING_OPENING.fullmatch(before) and text.startswith(",", span.end):
        candidates = _persons_in(persons, span.end, sentence.end)
        if candidates:
            return candidates[0].name
    # "kết luận của X tại Hội nghị ...".
    for conclusion in _CONCLUSION_OF.finditer(before):
        candidates = _persons_in(persons, sentence.start + conclusion.end(), span.start)
        if candidates:
            return candidates[0].name
    # "buổi làm việc ngày 11/11/2025 của Phó Thủ tướng X với Bộ Nội vụ": whose session it is.
    of = _OF.search(text, span.start, span.end)
    candidates = _persons_in(persons, of.end(), span.end) if of else []
    return candidates[0].name if candidates else None


def _held_date(text: str, sentence: Span, span: Span, dates: ByStart,
               published: str | None) -> str | None:
    """The date right after the meeting's head or name (`buổi làm việc ngày 11/11/2025`), else the
    date of a sentence that says the meeting was held, not the day a notice was issued."""
    in_sentence = []
    for d in dates.within(sentence.start, sentence.end):
        iso = d.iso or (date_in_year_of(d, published) if published else None)
        if iso:
            in_sentence.append((d, iso))
    if not in_sentence:
        return None
    head_end = _heads().match(text, span.start).end()
    own = [iso for d, iso in in_sentence
           if head_end <= d.span.start <= head_end + _NEAR or span.end <= d.span.start <= span.end + _NEAR]
    if own:
        return own[0]
    if _says_held(text, sentence, span) or not _ISSUED.search(text, sentence.start, span.start):
        return in_sentence[0][1]
    return None


def _place(text: str, sentence: Span, span: Span) -> str | None:
    before = text[sentence.start:span.start]
    m = _PLACE.search(before)
    if m and not fold(m.group(1)).startswith(("hoi nghi", "phien hop")):
        return m.group(1).strip()
    return None


def _period(span: Span, periods: ByStart) -> str | None:
    inside = periods.within(span.start, span.end)
    return inside[0].label if inside else None


_SENTENCE_END = re.compile(r"\.(?:\s|$)")


def _attendees(text: str, span: Span, persons: ByStart, chair: str | None) -> list[str]:
    """Persons named in the sentence that lists who attended (`Tham dự Hội nghị có ...`)."""
    names: list[str] = []
    for m in _ATTENDED.finditer(text, max(0, span.start - 2000), span.end + 2000):
        stop = _SENTENCE_END.search(text, m.end())  # `... thành phố Hà Nội.\n\n` ends it too
        end = stop.start() if stop else len(text)
        for p in _persons_in(persons, m.end(), end):
            if p.name != chair and p.name not in names:
                names.append(p.name)
        break
    return names


def _merge_into(meetings: list[MeetingMention], new: MeetingMention) -> None:
    """Mentions of one meeting (same name up to small wording changes) become one."""
    for old in meetings:
        if _same_meeting(old.name, new.name):
            old.chair = old.chair or new.chair
            old.date = old.date or new.date
            old.place = old.place or new.place
            old.period = old.period or new.period
            old.attendees = old.attendees or new.attendees
            if len(new.name) > len(old.name):
                old.name = new.name
            return
    meetings.append(new)


def _same_meeting(a: str, b: str) -> bool:
    ta, tb = set(fold(a).split()), set(fold(b).split())
    if not ta or not tb:
        return False
    return len(ta & tb) / min(len(ta), len(tb)) >= 0.8
