"""The CPU-time budget of one document's extraction (`--time-limit`).

Apart from the build, so that every command's parser can name its default without importing
the build's machinery (networkx, the extractors): `luocdo query` starts in a fraction of a second.
"""
from __future__ import annotations

import contextlib
import os
import signal
import threading

# Seconds of CPU time one document may take before it is skipped. The slowest real document of
# the benchmark corpus (a codified law of 2.9 M characters) takes under 10 s; one that takes
# minutes is pathological and must not hold a build for hours. CPU time, not wall time: a busy
# machine does not skip documents, and a build's result does not depend on what else runs.
DEFAULT_TIME_LIMIT = 120.0
# How the limit reaches extraction workers, whatever their start method; `--time-limit` sets it.
TIME_LIMIT_ENV = "LUOCDO_TIME_LIMIT"


def time_limit() -> float:
    """The per-document budget in CPU seconds, from LUOCDO_TIME_LIMIT (0 = none)."""
    return float(os.environ.get(TIME_LIMIT_ENV) or DEFAULT_TIME_LIMIT)


class TimeLimitExceeded(BaseException):
    """A document ran out of its budget. A BaseException, so that no `except Exception` in the
    code it interrupts can swallow it."""

    def __init__(self, seconds: float):
        self.reason = f"took more than {seconds:g} s of CPU time (--time-limit); skipped"
        super().__init__(self.reason)


@contextlib.contextmanager
def time_budget(seconds: float):
    """Raise TimeLimitExceeded in the block after `seconds` of this process's CPU time. Only
    the main thread can take the signal, so elsewhere (and with 0) there is no budget."""
    if not seconds or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum, frame):
        raise TimeLimitExceeded(seconds)

    previous = signal.signal(signal.SIGPROF, expire)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)
