"""Which cited instruments the text demands be carried out, and which ones a decision approves.

A demand is a phrase such as `triển khai`, `thực hiện nghiêm`, `quán triệt`, `theo đúng`
followed, in the same clause, by the instrument. A clause may run over a line break that
follows `;` or `,` (lists of instruments laid out one per line). An instrument right after a
verb of making or changing (`xây dựng`, `phê duyệt`, `sửa đổi`) is to be made or changed, not
carried out, and a demand phrase after `kết quả`, `tình hình` reports on implementation
instead of demanding it.
"""
from __future__ import annotations

import re
from functools import lru_cache

from luocdo import data
from luocdo.model import InstrumentMention, Span

_CLAUSE_BREAK = re.compile(r"[.!?](?:\s|$)|(?<![;,:\s])\s*\n|^\s*(?:\d{1,2}|[IVX]{1,5}|[a-zđ])[.)]\s", re.M)
_REPORTING_PREFIX = ("kết quả", "tình hình", "sơ kết", "tổng kết", "đánh giá", "báo cáo", "quá trình")


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    phrases = data.load("requirement_phrases.json")

    def alternation(words: list[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))

    demand = re.compile(r"(?<!\w)(?:" + alternation(phrases["requires"]) + r")(?!\w)", re.I)
    blocker = re.compile(r"(?<!\w)(?:" + alternation(phrases["blockers"]) + r")(?:\s+(?:các|số|mới|lại))*\s*[\"“(]?\s*$", re.I)
    approves = re.compile(r"(?<!\w)(?:" + alternation(phrases["approves"]) + r")(?!\w)", re.I)
    return demand, blocker, approves


def clause_start(text: str, pos: int, floor: int = 0) -> int:
    """Start of the clause that contains `pos`: after the last sentence end or hard break."""
    start = floor
    for m in _CLAUSE_BREAK.finditer(text, floor, pos):
        start = m.end()
    return start


def demand_before(text: str, inst: InstrumentMention, floor: int = 0) -> Span | None:
    """The demand phrase that governs `inst`, if the clause before it has one."""
    demand, blocker, _ = _patterns()
    start = clause_start(text, inst.span.start, floor)
    window = text[start:inst.span.start]
    if blocker.search(window[-40:]):
        return None
    last = None
    for m in demand.finditer(window):
        prefix = window[max(0, m.start() - 14):m.start()].strip().lower()
        if not prefix.endswith(_REPORTING_PREFIX):
            last = m
    return Span(start + last.start(), start + last.end()) if last else None


def required_instruments(text: str, instruments: list[InstrumentMention]) -> list[tuple[InstrumentMention, Span]]:
    """Instruments demanded to be carried out, each with the demand phrase's span."""
    out = []
    for inst in instruments:
        phrase = demand_before(text, inst)
        if phrase:
            out.append((inst, phrase))
    return out


def approvals(text: str, instruments: list[InstrumentMention]) -> list[tuple[InstrumentMention, InstrumentMention]]:
    """(decision, approved) pairs: `Quyết định số 319/QĐ-TTg ... phê duyệt Đề án ...`."""
    _, _, approves = _patterns()
    pairs = []
    for first, second in zip(instruments, instruments[1:]):
        gap = text[first.span.end:second.span.start]
        if len(gap) < 160 and approves.search(gap) and not re.search(r"[;.]\s", gap):
            pairs.append((first, second))
    return pairs
