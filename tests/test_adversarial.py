"""Every finder and the graph build stay linear on generated adversarial text (issue 9): the cases
of bench/bench_adversarial.py (long runs of trigger words, thousands of bodies in one clause,
numbered items 1..N, deep lists, many dates, one giant line, one body named thousands of times).

A complexity check, not a speed target, as in test_linear_time.py (whose cases these do not
repeat): four times the text may take at most twice that (8 times as long; a quadratic stage
takes 16), in CPU time with the garbage collector paused, the best of three runs, from a size that takes long enough to measure.
"""
import sys
from pathlib import Path

import pytest
from growth import timed_until

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from bench_adversarial import CASES, cpu_seconds, prepared  # noqa: E402

_LEAST_SECONDS = 0.03  # the first size is grown until a run takes this long, above the clock's noise


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_four_times_the_text_takes_about_four_times_as_long(case):
    units = max(1, case.units // 4)
    while cpu_seconds(case, units) < _LEAST_SECONDS:
        units *= 2
    once, four = timed_until(lambda once, four: four < 8 * once, prepared(case, units), prepared(case, 4 * units))
    assert four < 8 * once, f"{case.name}: {once:.3f} s for {units} units, {four:.3f} s for four times as many"


def test_the_stages_still_find_what_the_adversarial_text_says():
    """The cases measure real work: the fixed finders still read their shapes (a finder made
    linear by finding nothing would pass the timing)."""
    from bench_adversarial import Inputs, STAGES

    def run(stage: str, shape: str, units: int):
        [case] = [c for c in CASES if c.stage == stage and c.shape == shape]
        return STAGES[stage](Inputs(case.text(units)))

    tasks = run("tasks", "Giao Bộ ... in one clause", 200)
    assert {a.organization for t in tasks for a in t.assignees} == {"Bộ Tư pháp"}
    deadlines = run("tasks", "numbered items 1..N", 300)
    assert len(deadlines) >= 99 and all(t.deadline == "2025-03-15" for t in deadlines)
    meetings = run("meetings", "a meeting per sentence", 200)
    assert meetings and meetings[0].date == "2025-03-15"
    recipients = run("recipients", "long address and Nơi nhận lists", 200)
    assert {r.name for r in recipients} >= {"Bộ Tư pháp", "Bộ Công an"}
    required, _ = run("requirements", "demands of distinct citations", 200)
    assert len(required) == 200
