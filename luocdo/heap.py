"""The heap of one long job in this process: Python's cycle collector paused while it grows, and
memory handed back to the system when it is done.

A build or a graph read keeps millions of small objects alive until it ends (the resolution's
views, the graph's dicts), and every collection of the oldest generation walks all of them:
two thirds of a build's graph stage and of reading a stored graph back. Neither makes garbage
cycles of its own, so pausing the collector costs no memory; the graph's cycles (networkx's
views point back at it) are freed by release_memory once it is dropped.
"""
from __future__ import annotations

import ctypes
import gc
from contextlib import contextmanager
from typing import Iterator


@contextmanager
def cycle_collection_paused() -> Iterator[None]:
    """The collector off for the block, then as it was, however the block ends. Worker processes
    forked meanwhile turn it back on (graph.workers): their heap is one job's."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def release_memory() -> None:
    """Collect what is unreachable and hand the freed heap back to the system (glibc keeps it
    otherwise, and a database's buffer pool would come on top of it)."""
    gc.collect()
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass  # not glibc: the memory is reused, just not returned
