"""Meetings that a notice concludes: name, date, place, chair, attendees, period covered.

A conclusion notice names its meeting twice (title and opening paragraph); both mentions are
merged. The chair is the person who `chủ trì` the meeting or whose conclusions (`kết luận của X
tại Hội nghị ...`) the notice states. A date counts as the meeting's only when its sentence is
about the meeting being held, not about a notice being issued.
"""
from __future__ import annotations

import re

from luocdo.extract.dates import date_in_year_of
from luocdo.extract.sentences import ByStart
from luocdo.model import DateMention, MeetingMention, PeriodMention, PersonMention, Span
from luocdo.normalize import fold

_HEADS = r"(?:Hội nghị|Hội thảo|Phiên họp|Cuộc họp|cuộc họp|buổi làm việc|Buổi làm việc)"
_HEAD = re.compile(_HEADS)
_MEETING = re.compile(_HEADS + r"(?=\s)[^.;:\n]*(?:\.\d[^.;:\n]*)*")
_NAME_END = re.compile(
    r"\s*(?:,\s*(?:Phó Thủ tướng|Thủ tướng|Bộ trưởng|đồng chí)|\bđã\s|\bdo\s|\bvới sự tham dự|\bTham dự|"
    r"\bdiễn ra|\bđược tổ chức|\btổ chức vào)"
)
# A head noun followed by one of these is a back-reference ("Tham dự Hội nghị có ..."), not a name.
_NOT_A_NAME = {"co", "nay", "da", "la", "duoc", "va", "tren", "do", "se", "nhu"}
_CHAIR_AFTER = re.compile(r"\b(?:chủ trì|chủ tọa|chủ toạ)\b")
_CONCLUSION_OF = re.compile(r"\b(?:[Kk]ết luận|ý kiến chỉ đạo|chỉ đạo) của\b")
_HELD = re.compile(r"\b(?:chủ trì|chủ tọa|diễn ra|tổ chức|họp|khai mạc)\b")
_ISSUED = re.compile(r"\b(?:ban hành|ký|có văn bản|thông báo)\b")
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
    meetings: list[MeetingMention] = []
    for m in _MEETING.finditer(text):
        name = _trim_name(m.group())
        rest = _HEAD.sub("", name, count=1).split()
        if not rest or fold(rest[0]) in _NOT_A_NAME:
            continue
        span = Span(m.start(), m.start() + len(name))
        mention = MeetingMention(name=name, span=span)
        sentence = _sentence_around(text, span)
        mention.chair = _chair(text, sentence, span, by_start)
        mention.date = _held_date(text, sentence, span, dates, published)
        mention.place = _place(text, sentence, span)
        mention.period = _period(span, periods)
        mention.attendees = _attendees(text, span, by_start, mention.chair)
        _merge_into(meetings, mention)
    meetings.sort(key=lambda mt: (mt.chair is None, mt.span.start))
    return meetings


def _trim_name(raw: str) -> str:
    cut = _NAME_END.search(raw)
    name = raw[: cut.start()] if cut else raw
    return re.sub(r"\s+", " ", name).strip(" ,")


def _sentence_around(text: str, span: Span) -> Span:
    stop = text.rfind(". ", 0, span.start)
    start = max(stop + 2 if stop >= 0 else 0, text.rfind("\n", 0, span.start) + 1)
    end_candidates = [i for i in (text.find(". ", span.end), text.find("\n", span.end)) if i >= 0]
    return Span(start, min(end_candidates) if end_candidates else len(text))


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
    # "kết luận của X tại Hội nghị ...".
    for conclusion in _CONCLUSION_OF.finditer(before):
        candidates = _persons_in(persons, sentence.start + conclusion.end(), span.start)
        if candidates:
            return candidates[0].name
    return None


def _held_date(text: str, sentence: Span, span: Span, dates: list[DateMention],
               published: str | None) -> str | None:
    """The date of the sentence that says the meeting was held, if it says one."""
    clause = text[sentence.start:sentence.end]
    in_sentence = []
    for d in dates:
        if sentence.start <= d.span.start < sentence.end:
            iso = d.iso or (date_in_year_of(d, published) if published else None)
            if iso:
                in_sentence.append((d, iso))
    if not in_sentence:
        return None
    if _HELD.search(clause) or not _ISSUED.search(text[sentence.start:span.start]):
        right_after = [(d, iso) for d, iso in in_sentence if 0 <= d.span.start - span.end <= 12]
        return (right_after or in_sentence)[0][1]
    return None


def _place(text: str, sentence: Span, span: Span) -> str | None:
    before = text[sentence.start:span.start]
    m = _PLACE.search(before)
    if m and not fold(m.group(1)).startswith(("hoi nghi", "phien hop")):
        return m.group(1).strip()
    return None


def _period(span: Span, periods: list[PeriodMention]) -> str | None:
    inside = [p for p in periods if span.start <= p.span.start < span.end]
    return inside[0].label if inside else None


def _attendees(text: str, span: Span, persons: ByStart, chair: str | None) -> list[str]:
    """Persons named in the sentence that lists who attended (`Tham dự Hội nghị có ...`)."""
    names: list[str] = []
    for m in _ATTENDED.finditer(text, max(0, span.start - 2000), span.end + 2000):
        end = text.find(". ", m.end())
        end = len(text) if end < 0 else end
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
