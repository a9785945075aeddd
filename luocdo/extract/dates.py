"""Dates, reporting periods and deadlines written in Vietnamese administrative text.

Input is NFC text. Dates are always day first (`19/6/2018`, `ngày 01 tháng 02 năm 2023`);
a year is never invented: a date without one is reported with `iso=None, error="no year"`, and
an impossible one (`31/02/2025`) with `iso=None` and the reason, so that callers can warn
instead of silently building a wrong date.

Ranges that share a year (`từ ngày 15/01-14/02/2026`) give both dates, each with that year.
`năm 2025` on its own is not a period: it is too often a horizon or a date's year.
"""
from __future__ import annotations

import calendar
import re
from datetime import date
from functools import lru_cache

from luocdo import data
from luocdo.extract.alternation import at_word_start, finditer_from, spaced
from luocdo.model import DateMention, PeriodMention, Span

_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December")
_ROMAN_QUARTERS = {"I": 1, "II": 2, "III": 3, "IV": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_QUARTER_LABELS = ("I", "II", "III", "IV")

# A number glued to a word, a slash, a dot or a hyphen is part of a symbol, a ratio or a
# thousand-separated figure (`66/2026/NĐ-CP`, `64.185`), never the start of a date.
_NOT_GLUED = r"(?<![\w/.\-,][0-9])"  # looked behind from the first digit
_FIRST_DIGIT = r"[0-9]" + _NOT_GLUED  # digit first, so that the engine skips non-digits fast
_YEAR = r"(?:1[89]|2[01])\d\d"
_DATES = re.compile(
    r"(?P<d>" + _FIRST_DIGIT + r"\d?)(?:"
    + r"/(?P<rm>\d{1,2})\s*[-–]\s*(?P<d2>\d{1,2})/(?P<m2>\d{1,2})/(?P<ry>" + _YEAR + r")"
    # `20/11/2025`, `20.11.2025`, `20-11-2025`, and slashes with a space beside (`20/ 11 /2025`)
    + r"|(?:(?P<sep>[.\-])| ?/ ?)(?P<m>\d{1,2})(?(sep)(?P=sep)| ?/ ?)(?P<y>" + _YEAR + r")"
    # the words may lose a space to typing or OCR (`ngày 09tháng 5 năm 2025`, `tháng 5năm 2025`)
    + r"|\s*tháng\s*(?P<vm>\d{1,2})(?:\s*năm\s*(?P<vy>" + _YEAR + r"))?"
    + r"|/(?P<nm>\d{1,2})"
    + r")(?![\w/]|[.\-]\d)"
)
# `ngày 12/2` and `ngày 15 tháng 3` lack a year; only after `ngày` (or a part of the day, as news
# write `Chiều 15/3`) are they dates at all.
_DAY_WORD_BEFORE = re.compile(r"(?:[Nn]gày|[Ss]áng|[Cc]hiều|[Tt]rưa|[Tt]ối|[Đđ]êm|[Rr]ạng sáng)\s+(?:(?:ngày|hôm)\s+)?$")


def parse_day_month_year(d: int, m: int, y: int | None) -> tuple[str | None, str | None]:
    """ISO date for day, month, year, or None and the reason it is not a date."""
    shown = f"{d:02d}/{m:02d}/{y}" if y else f"{d:02d}/{m:02d}"
    if y is None:
        return None, "no year"
    if not 1 <= m <= 12:
        return None, f"{shown} is not a date: there is no month {m}"
    days = calendar.monthrange(y, m)[1]
    if d < 1:
        return None, f"{shown} is not a date: there is no day 0"
    if d > days:
        return None, f"{shown} is not a date: {_MONTH_NAMES[m - 1]} {y} has {days} days"
    return date(y, m, d).isoformat(), None


# A date whose year no document has (`15/08/99999`, `01/01/0999`, `ngày 5 tháng 3 năm 20238`):
# _DATES skips it, and this finds it so that callers warn instead of dropping it unsaid.
_YEAR_RANGE = (1800, 2199)
# One character set first (a date's digit or the `n` of `ngày`), so that the engine skips to it.
_ANY_YEAR_DATE = re.compile(
    r"[0-9n](?:(?<=[0-9])" + _NOT_GLUED + r"\d?/\d{1,2}/(?P<y>\d{4,6})(?![\w/]|[.\-]\d)"
    r"|(?<=n)(?<!\wn)gày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+(?P<vy>\d{4,6})(?!\w))"
)


def dates_out_of_range(text: str) -> list[DateMention]:
    """Date-shaped figures with a year outside 1800-2199, each with `iso=None` and the reason.

    >>> [d.error for d in dates_out_of_range("hạn chót 15/08/99999, ngày 01/01/2025")]
    ['15/08/99999 is not a date: the year 99999 is out of range']
    """
    out = []
    for m in _ANY_YEAR_DATE.finditer(text):
        year = int(m["y"] or m["vy"])
        if not _YEAR_RANGE[0] <= year <= _YEAR_RANGE[1]:
            error = f"{m.group()} is not a date: the year {m['y'] or m['vy']} is out of range"
            out.append(DateMention(None, Span(m.start(), m.end()), m.group(), error))
    return out


def find_dates(text: str) -> list[DateMention]:
    """Every date in `text`, in order; the span covers the digits, not the word `ngày`.

    >>> [d.iso for d in find_dates("Hà Nội, ngày 01 tháng 02 năm 2023; 66/2026/NĐ-CP")]
    ['2023-02-01']
    """
    out: list[DateMention] = []
    for m in _DATES.finditer(text):
        out.extend(_mentions_of(text, m))
    return out


def _mentions_of(text: str, m: re.Match) -> list[DateMention]:
    """The dates one match of _DATES stands for: none, one, or two for a range."""
    day = int(m["d"])
    if m["ry"]:
        year = int(m["ry"])
        first = _mention(day, int(m["rm"]), year, m.start(), m.end("rm"), text)
        return [first, _mention(int(m["d2"]), int(m["m2"]), year, m.start("d2"), m.end(), text)]
    if m["y"]:
        return [_mention(day, int(m["m"]), int(m["y"]), m.start(), m.end(), text)]
    has_day_word = bool(_DAY_WORD_BEFORE.search(text, max(0, m.start() - 12), m.start()))
    if m["vm"] and (m["vy"] or has_day_word):
        return [_mention(day, int(m["vm"]), int(m["vy"]) if m["vy"] else None, m.start(), m.end(), text)]
    if m["nm"] and has_day_word:
        return [_mention(day, int(m["nm"]), None, m.start(), m.end(), text)]
    return []


def _mention(d: int, mo: int, y: int | None, start: int, end: int, text: str) -> DateMention:
    iso, error = parse_day_month_year(d, mo, y)
    return DateMention(iso, Span(start, end), text[start:end], error)


_PERIODS = re.compile(
    r"(?<!\w)(?:"
    r"[Qq]uý\s+(?P<q>IV|I{1,3}|[1-4])(?!\w)(?:\s*/\s*|\s+năm\s+)?(?P<qy>" + _YEAR + r")?"
    r"|(?P<n>\d{1,2})\s+tháng\s+(?:(?P<half>đầu|cuối)\s+)?năm(?:\s+(?P<ny>" + _YEAR + r"))?"
    r"|[Tt]háng\s+(?P<mo>\d{1,2})(?:\s*/\s*|\s+năm\s+)(?P<my>" + _YEAR + r")"
    r")(?!\w)"
)
# Where a period may begin: a quarter's or a month's word, or a number, opening a word.
_PERIOD_STARTS = re.compile(r"[QqTt0-9](?<!\w.)(?:(?<=[Qq])uý|(?<=[Tt])háng|(?<=[0-9]))")
# A period without a year takes the year of the next one when they are joined in one phrase:
# `6 tháng đầu năm và phương hướng, nhiệm vụ 6 tháng cuối năm 2024`, `quý III và 9 tháng năm 2021`.
_SAME_PHRASE = re.compile(r"[^.;:\n]{0,60}")


def date_in_year_of(mention: DateMention, reference: str) -> str | None:
    """A yearless date (`Sáng 15/3`, `ngày 8 tháng 8`) placed in the year of `reference` (ISO), or
    the year before when that would fall after it: news write `Chiều 17/3` for the last 17 March
    before the article's own date. None for any other mention."""
    return _place_yearless(mention, reference, step=-1)


def next_date_on_or_after(mention: DateMention, reference: str) -> str | None:
    """A yearless deadline (`trước ngày 15/8`) placed at its first occurrence on or after
    `reference` (ISO), the date of the document that sets it."""
    return _place_yearless(mention, reference, step=1)


def _place_yearless(mention: DateMention, reference: str, step: int) -> str | None:
    if mention.iso or mention.error != "no year":
        return None
    day, month = (int(n) for n in re.findall(r"\d+", mention.surface)[:2])
    year = int(reference[:4])
    iso, _ = parse_day_month_year(day, month, year)
    if iso and (iso > reference if step < 0 else iso < reference):
        iso, _ = parse_day_month_year(day, month, year + step)
    return iso


def find_periods(text: str) -> list[PeriodMention]:
    """Reporting periods (quarters, halves, months, `9 tháng năm 2021`) with normalised labels.

    >>> [p.label for p in find_periods("giao ban quý III năm 2021 và 6 tháng đầu năm 2024")]
    ['quý III/2021', '6 tháng đầu năm 2024']
    """
    found = []
    for m in finditer_from(_PERIODS, _PERIOD_STARTS, text):
        if m["mo"] and _follows_day_number(text, m.start()):
            continue  # `ngày 14 tháng 10 năm 2021` is a date, not the period `tháng 10/2021`
        year = m["qy"] or m["ny"] or m["my"]
        found.append((m, int(year) if year else None))
    periods = []
    for i, (m, year) in enumerate(found):
        if year is None and i + 1 < len(found) and found[i + 1][1] is not None:
            gap = _SAME_PHRASE.fullmatch(text, m.end(), found[i + 1][0].start())
            year = found[i + 1][1] if gap else None
        periods.append(PeriodMention(_period_label(m, year), year, Span(m.start(), m.end())))
    return periods


def _follows_day_number(text: str, start: int) -> bool:
    return text[max(0, start - 4):start].rstrip()[-1:].isdigit()


def _period_label(m: re.Match, year: int | None) -> str:
    """`quý I/2025`, `6 tháng đầu năm 2024`, `9 tháng năm 2021`, `tháng 9/2021`."""
    suffix = f"/{year}" if year else ""
    if m["q"]:
        return f"quý {_QUARTER_LABELS[_ROMAN_QUARTERS[m['q']] - 1]}{suffix}"
    if m["mo"]:
        return f"tháng {int(m['mo'])}{suffix}"
    half = f" {m['half']}" if m["half"] else ""
    return f"{int(m['n'])} tháng{half} năm" + (f" {year}" if year else "")


# The phrases that introduce a deadline; the date or period must follow directly. The pattern
# opens with their first letters (each phrase checks its own after it), which lets the engine
# skip to the next of those letters; a lookahead or a lookbehind first is tried at every offset.
_DEADLINE = re.compile(
    # `chậm nhất đến hết ngày 31/12/2030`, `muộn nhất là ngày ...`
    r"[CcHhKkMmTt](?<!\w.)(?:(?:(?<=[Cc])hậm nhất|(?<=[Mm])uộn nhất|(?<=[Hh])ạn chót|(?<=[Kk])hông (?:muộn|chậm) hơn)"
    r"(?:\s+(?:là|vào))?(?:\s+(?:đến|tới))?(?:\s+hết)?(?:\s+trước)?"
    r"|(?<=[Tt])rước|(?<=[Hh])oàn thành[^.;\n]{0,60}?\btrong|(?<=[Tt])rong"
    # a task record's or a table's field: `Thời gian hoàn thành: Tháng 12/2025`, and with its colon
    # `Thời gian thực hiện: Quý II/2025`, `Tiến độ thực hiện: tháng 12/2025` (the deadline columns')
    r"|(?<=[Tt])hời (?:gian|hạn) hoàn thành[ \t]*:?(?:[ \t]+(?:trước|trong))?"
    r"|(?<=[Tt])(?:hời gian (?:thực hiện|triển khai)|iến độ (?:hoàn thành|thực hiện))[ \t]*[*_]*:[*_]*(?:[ \t]+(?:trước|trong))?)"
    r"(?:\s+ngày)?\s+"
)
_PERIOD_END = re.compile(
    r"(?:[Tt]háng\s+(?P<mo>\d{1,2})(?:\s*/\s*|\s+năm\s+)(?P<my>" + _YEAR + r")"
    r"|[Qq]uý\s+(?P<q>IV|I{1,3}|[1-4])(?:\s*/\s*|\s+năm\s+)(?P<qy>" + _YEAR + r")"
    r"|6\s+tháng\s+(?P<h>đầu|cuối)\s+năm\s+(?P<hy>" + _YEAR + r")"
    r"|năm\s+(?P<y>" + _YEAR + r"))(?!\w)"
)


# `trước 1/2 thời gian`, `trong 2/3 số ...`: a share, not a day and month
_FRACTION_OF = re.compile(r"\s+(?:số|tổng|thời gian|thời hạn|nhiệm kỳ|diện tích|dân số|giá trị|khối lượng|phần|lượng"
                          r"|ngày|giờ|buổi|tuần|tháng|năm)(?!\w)")  # `1/4 ngày`: a quarter of a day
_CLOSE_OF = re.compile(r"(?:cuối|hết)\s+(?=(?:[Tt]háng|[Qq]uý|năm)\s)")


# After a day and month without a year: the deadline comes back every year (`hằng năm`), or
# in a year the text does not give (`của năm xét tặng`).
_RECURRING = re.compile(r"[*_]*\s*(?:của\s+)?(?:(?:hằng|hàng|mỗi)\s+năm|năm(?!\s*\d)(?!\w))", re.I)
# `định kỳ trước ngày 01/6 và 15/11 hằng năm`, `báo cáo định kỳ 6 tháng trước ngày 30/6`: a
# recurring report's day, said before the deadline phrase or after the last day of a list
_RECURRING_BEFORE = re.compile(r"(?:định kỳ|(?:hằng|hàng|mỗi)\s+(?:năm|quý|tháng))(?!\w)[^.;:\n]{0,40}$", re.I)
_MORE_DAYS = re.compile(r"(?:\s*(?:,|và)\s*\d{1,2}/\d{1,2}(?!/))*")


def find_deadline(text: str, reference: str | None = None, start: int = 0) -> tuple[str, str, Span] | None:
    """The first deadline in a task sentence, from `start` on: (ISO date, surface, span), or None.

    `trước ngày 31/5/2025` gives that day; `trong tháng 12/2025`, `trong quý III/2025` and
    `hoàn thành trong năm 2025` give the last day of the period. A whole year counts only after
    `hoàn thành`, since `trong năm 2025, ...` usually sets the scene rather than a due date.

    A deadline written without a year (`trước ngày 15/8`) is the first such day on or after
    `reference`, the ISO date of the document that sets it; without a reference it is none, and
    so is one that recurs (`trước ngày 15/12 hằng năm`) or falls in a year the text does not
    give (`trước ngày 31/7 của năm xét tặng`).

    >>> find_deadline("báo cáo Thủ tướng trước ngày 15 tháng 11 năm 2021.")[0]
    '2021-11-15'
    >>> find_deadline("hoàn thành trước ngày 15/8.", reference="2025-06-12")[0]
    '2025-08-15'

    A caller that walks every deadline of a long text passes `start` rather than what remains of
    the text: a copy of the rest after each deadline made thousands of them quadratic.
    """
    for trigger in _DEADLINE.finditer(text, start):
        if _condition_before().search(text, max(0, trigger.start() - 30), trigger.start()):
            continue  # `Giám định viên được bổ nhiệm trước ngày 01/01/2021`: when it happened, not a due date
        hit = _deadline_after(text, trigger, reference)
        if hit:
            iso, end = hit
            return iso, text[trigger.start():end], Span(trigger.start(), end)
    return None


def _deadline_after(text: str, trigger: re.Match, reference: str | None) -> tuple[str, int] | None:
    """ISO date and end offset of the date or period right after a deadline phrase, perhaps after
    the day's name (`trước ngày Quốc khánh 02/9/2025`)."""
    pos = trigger.end()
    named = _named_day().match(text, pos)
    m = _DATES.match(text, named.end() if named else pos)
    if m:
        dates = _mentions_of(text, m)
        if not dates and m["nm"] and not _FRACTION_OF.match(text, m.end()):
            dates = [_mention(int(m["d"]), int(m["nm"]), None, m.start(), m.end(), text)]  # `xong trước 31/12`
        if dates and dates[-1].iso:
            return dates[-1].iso, dates[-1].span.end
        if dates and reference and dates[-1].error == "no year":
            if _RECURRING.match(text, _MORE_DAYS.match(text, dates[-1].span.end).end()) \
                    or _RECURRING_BEFORE.search(text, max(0, trigger.start() - 60), trigger.start()):
                return None  # `trước ngày 15/12 hằng năm`: every year's, not one day's
            iso = next_date_on_or_after(dates[-1], reference)
            return (iso, dates[-1].span.end) if iso else None
        return None
    closing = _CLOSE_OF.match(text, pos)  # `trước cuối năm 2025`, `trong cuối quý IV/2025`: the period's end is said
    p = _PERIOD_END.match(text, closing.end() if closing else pos)
    if not p or (p["y"] and not closing and not trigger.group().lower().startswith("hoàn thành")):
        return None
    if p["mo"]:
        year, month = int(p["my"]), int(p["mo"])
    elif p["q"]:
        year, month = int(p["qy"]), 3 * _ROMAN_QUARTERS[p["q"]]
    elif p["h"]:  # `trong 6 tháng đầu năm 2026`: the half year's end
        year, month = int(p["hy"]), 6 if p["h"] == "đầu" else 12
    else:
        year, month = int(p["y"]), 12
    if not 1 <= month <= 12 or _ONGOING.match(text, p.end()):
        return None
    return date(year, month, calendar.monthrange(year, month)[1]).isoformat(), p.end()


def _task_phrases(key: str) -> str:
    """task_phrases.json's phrases under `key` as whole words, longest first, any spaces between them."""
    return at_word_start(sorted(data.load("task_phrases.json")[key], key=len, reverse=True), spaced)


@lru_cache(maxsize=1)
def _condition_before() -> re.Pattern:
    return re.compile(_task_phrases("conditions_before_dates") + r"\s+$")


@lru_cache(maxsize=1)
def _named_day() -> re.Pattern:
    return re.compile(_task_phrases("named_days") + r"\s+(?=\d)")


# `Quý IV năm 2025 và các năm tiếp theo`, `từ năm 2026 trở đi`: when the work starts, not a deadline
_ONGOING = re.compile(r"\s*(?:(?:và|,)\s*(?:các|những)\s+năm\s+(?:tiếp theo|sau|tiếp)|trở đi|về sau)(?!\w)", re.I)
