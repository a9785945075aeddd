"""Each finder and the graph build on text made to defeat them: time and peak memory at 1x, 2x, 4x
and 8x the input, and the ratios (a linear stage shows about 2, 4 and 8).

    .venv/bin/python bench/bench_adversarial.py                 # every case
    .venv/bin/python bench/bench_adversarial.py tasks graph     # the cases of these stages only

A case repeats a unit of hostile text: runs of trigger words (`Đề án Kế hoạch Chương trình ...`),
thousands of `Bộ`, nested parentheses, one giant line or sentence, numbered items 1..N, deep
`a) b) c)` lists, many dates, `số 1/2/3/...` chains, one body named tens of thousands of times.
What a stage reads besides the text (dates, bodies, the closing, the extraction) is worked out
first, outside the measure. Time is this thread's CPU time (time.thread_time, best of three), so
other work on the machine, or another thread of the process, counts little; memory is tracemalloc's peak during one more run.
tests/test_adversarial.py asserts linear growth on the same cases.
"""
from __future__ import annotations

import argparse
import gc
import time
import tracemalloc
from dataclasses import dataclass
from functools import cached_property
from typing import Callable

from luocdo.graph.build import graph_of
from luocdo.loaders.pipeline import load_string
from luocdo.evidence import for_graph
from luocdo.extract import extract
from luocdo.extract.citations import find_instruments, resolve_short_forms
from luocdo.extract.dates import find_dates, find_periods
from luocdo.extract.meetings import find_meetings
from luocdo.extract.organizations import find_organizations
from luocdo.extract.parts import document_parts
from luocdo.extract.persons import find_persons
from luocdo.extract.requirements import approvals, required_instruments
from luocdo.extract.sentences import split_sentences
from luocdo.extract.signature import find_recipients, read_closing
from luocdo.extract.tasks import find_tasks
from luocdo.resolve import resolve


class Inputs:
    """What a stage reads besides the text, each worked out once, on first use."""

    def __init__(self, text: str):
        self.text = text

    @cached_property
    def dates(self):
        return find_dates(self.text)

    @cached_property
    def periods(self):
        return find_periods(self.text)

    @cached_property
    def organizations(self):
        return find_organizations(self.text)

    @cached_property
    def instruments(self):
        return resolve_short_forms(find_instruments(self.text, self.dates, self.organizations))

    @cached_property
    def closing(self):
        return read_closing(self.text)

    @cached_property
    def persons(self):
        return find_persons(self.text, self.organizations, self.closing)

    @cached_property
    def parts(self):
        return document_parts(self.text, None, self.closing.start)

    @cached_property
    def extraction(self):
        return for_graph(extract(load_string(self.text, "adversarial.txt")))

    @cached_property
    def resolution(self):
        return resolve([self.extraction])


# Each stage as extract() and the build call it, on inputs worked out beforehand.
STAGES: dict[str, Callable[[Inputs], object]] = {
    "instruments": lambda i: find_instruments(i.text, i.dates, i.organizations),
    "dates": lambda i: (find_dates(i.text), find_periods(i.text)),
    "organizations": lambda i: find_organizations(i.text),
    "persons": lambda i: find_persons(i.text, i.organizations, i.closing),
    "signature": lambda i: read_closing(i.text),
    "parts": lambda i: document_parts(i.text, None, i.closing.start),
    "recipients": lambda i: find_recipients(i.text, i.closing, i.parts.addressees),
    "meetings": lambda i: find_meetings(i.text, i.persons, i.dates, i.periods, None),
    "tasks": lambda i: find_tasks(i.text, i.organizations, i.persons, i.closing.start, "2025-01-01"),
    "requirements": lambda i: (required_instruments(i.text, i.instruments), approvals(i.text, i.instruments)),
    "sentences": lambda i: split_sentences(i.text),
    "graph": lambda i: graph_of([i.extraction], i.resolution),
}


@dataclass(frozen=True)
class Case:
    stage: str
    shape: str  # what the text is, for people
    text: Callable[[int], str]  # the text with n units
    units: int  # n at 1x in the benchmark

    @property
    def name(self) -> str:
        return f"{self.stage}: {self.shape}"


def _numbered(line: str) -> Callable[[int], str]:
    """n lines `line.format(i)`, i from 1: numbered items, distinct citations."""
    return lambda n: "".join(line.format(i=i, letter=chr(97 + i % 26)) for i in range(1, n + 1))


def _repeated(unit: str, head: str = "", tail: str = "") -> Callable[[int], str]:
    return lambda n: head + unit * n + tail


_CLOSING = "\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nNguyễn Văn An\n"

CASES = [
    Case("instruments", "named-instrument words", _repeated("Đề án Kế hoạch Chương trình "), 4_000),
    Case("instruments", "số 1/2/3/... chain", _repeated("1/", "Quyết định số ", "QĐ-TTg"), 200_000),
    Case("instruments", "nested parentheses", lambda n: "Nghị định (" * n + "số 1/2020/NĐ-CP" + ")" * n, 10_000),
    Case("instruments", "distinct citations", _numbered("Căn cứ Nghị định số {i}/2020/NĐ-CP ngày 01/01/2020 của Chính phủ;\n"), 1_000),
    Case("dates", "dates, impossible dates", _repeated("ngày 15 tháng 8 năm 2025, 31/02/2025, 15/08/99999, quý I/2025, "), 2_000),
    Case("organizations", "Bộ Bộ Bộ ...", _repeated("Bộ "), 20_000),
    Case("organizations", "nested parentheses", _repeated("Vụ Pháp chế (Bộ Tài chính (Cục Thuế ("), 2_000),
    Case("persons", "people and titles", _repeated("Phó Thủ tướng Trần Lưu Quang, ông Nguyễn Văn An, đồng chí Lê Minh Hưng, "), 1_000),
    Case("signature", "capacities on one line", _repeated("KT. BỘ TRƯỞNG THỨ TRƯỞNG ", "Nội dung.\n", "\nNguyễn Văn An\n"), 16_000),
    Case("parts", "numbered items 1..N", _numbered("{i}. Bộ Tư pháp chủ trì xây dựng Đề án trước ngày 15/3/2025.\n"), 20_000),
    Case("recipients", "long address and Nơi nhận lists",
         lambda n: "Kính gửi: " + "Bộ Tư pháp, " * n + "\n\nNội dung.\n" + _CLOSING + "Nơi nhận:\n" + "- Bộ Công an;\n" * n, 1_000),
    Case("meetings", "a meeting per sentence", _repeated("Hội nghị ngày 15/3/2025 tại Hà Nội do Phó Thủ tướng Trần Hồng Hà chủ trì. "), 1_000),
    Case("tasks", "Giao Bộ ... in one clause", _repeated("Giao Bộ Tư pháp, "), 1_000),
    Case("tasks", "one giant sentence of roles", _repeated("Bộ Tư pháp chủ trì, phối hợp với Bộ Công an, ", tail="."), 1_000),
    Case("tasks", "numbered items 1..N", _numbered("{i}. Bộ Tư pháp chủ trì xây dựng Đề án trước ngày 15/3/2025.\n"), 1_000),
    Case("tasks", "deep a) b) c) lists", _numbered("{letter}) Giao Bộ Công an thực hiện Kế hoạch số {i}/KH-BCA.\n"), 1_000),
    Case("requirements", "demands of distinct citations", _numbered("Triển khai thực hiện Quyết định số {i}/QĐ-TTg, "), 1_000),
    Case("sentences", "one giant line of sentences", _repeated("Bộ Tư pháp chủ trì. Quyết định số 12/QĐ-TTg ngày 5/3/2025. "), 2_000),
    Case("sentences", "one giant sentence", _repeated("Bộ Tư pháp, Sở Y tế và Ủy ban nhân dân tỉnh, "), 2_000),
    Case("graph", "one body named N times", _repeated("Bộ Tư pháp chủ trì.\n"), 5_000),
    Case("graph", "a task per line", _numbered("Giao Bộ Công an chủ trì thực hiện Đề án {i} trước ngày 15/3/2025.\n"), 500),
    Case("graph", "distinct citations", _numbered("Căn cứ Nghị định số {i}/2020/NĐ-CP ngày 01/01/2020 của Chính phủ;\n"), 500),
]


def least_cpu_seconds(run: Callable[[], object], runs: int = 3) -> float:
    """The least CPU time of this thread over `runs` calls of `run` (a thread an earlier test left
    running must not count), the cyclic garbage collector paused while
    each is timed: a full collection lands in whichever run crosses its threshold and scans the
    earlier runs' garbage too, which made one size of a linear stage look three times slower
    than the next. Its own cost is amortised linear."""
    best = float("inf")
    for _ in range(runs):
        gc.collect()
        gc.disable()
        try:
            started = time.thread_time()
            run()
            best = min(best, time.thread_time() - started)
        finally:
            gc.enable()
    return best


def prepared(case: Case, units: int) -> Callable[[], object]:
    """The case's stage on `units` units, run once so that the inputs and the stage's own
    vocabularies and regexes are outside any measure of it."""
    inputs = Inputs(case.text(units))
    stage = STAGES[case.stage]
    stage(inputs)
    return lambda: stage(inputs)


def cpu_seconds(case: Case, units: int, runs: int = 3) -> float:
    """The least CPU time of `runs` runs of the case's stage on `units` units (inputs worked out first)."""
    return least_cpu_seconds(prepared(case, units), runs)


def peak_mb(case: Case, units: int) -> float:
    """tracemalloc's peak, in MB, during one run of the stage (inputs worked out first)."""
    inputs = Inputs(case.text(units))
    stage = STAGES[case.stage]
    stage(inputs)
    tracemalloc.start()
    try:
        stage(inputs)
        return tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("stages", nargs="*", help="only these stages' cases")
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every case's size at 1x")
    args = parser.parse_args(argv)
    if set(args.stages) - set(STAGES):
        parser.error(f"stages are {', '.join(STAGES)}")
    factors = (1, 2, 4, 8)
    print(f"{'case':<52} {'KB 1x':>7} " + " ".join(f"{f'{f}x s':>7}" for f in factors)
          + "   ratios 2x 4x 8x  " + " ".join(f"{f'{f}x MB':>7}" for f in factors) + "  8x/1x")
    for case in CASES:
        if args.stages and case.stage not in args.stages:
            continue
        units = max(1, round(case.units * args.scale))
        size = len(case.text(units).encode("utf-8")) / 1024
        seconds = [cpu_seconds(case, units * f) for f in factors]
        memory = [peak_mb(case, units * f) for f in factors]
        ratios = " ".join(f"{s / max(seconds[0], 1e-6):4.1f}" for s in seconds[1:])
        print(f"{case.name:<52} {size:7.0f} " + " ".join(f"{s:7.3f}" for s in seconds)
              + f"   {ratios:<15}" + " ".join(f"{m:7.1f}" for m in memory)
              + f"  {memory[-1] / max(memory[0], 1e-6):5.1f}", flush=True)


if __name__ == "__main__":
    main()
