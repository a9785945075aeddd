"""How a test tells linear from quadratic time on a shared machine.

Every complexity test times one stage at two sizes and bounds the ratio. One measure of each
size once failed CI with a linear loader (4.1 times for twice the text): the CI machine's other
work slowed every run of one size. So the two sizes are timed in the current thread only
(bench_adversarial.least_cpu_seconds: another thread left by an earlier test does not count),
interleaved, and measured again while the bound fails: a busy moment passes, a quadratic stage
fails every attempt.
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from bench_adversarial import least_cpu_seconds  # noqa: E402

ATTEMPTS = 3


def timed_until(holds: Callable[[float, float], bool], small: Callable[[], object],
                large: Callable[[], object], runs: int = 3) -> tuple[float, float]:
    """The least seconds of `small` and of `large` over `runs` interleaved runs each, measured
    again (up to ATTEMPTS times) while `holds(small_seconds, large_seconds)` is false; the last
    pair is returned for the test's assertion and its message."""
    for _ in range(ATTEMPTS):
        once = twice = float("inf")
        for _ in range(runs):
            once = min(once, least_cpu_seconds(small, runs=1))
            twice = min(twice, least_cpu_seconds(large, runs=1))
        if holds(once, twice):
            break
    return once, twice
