"""Worker processes that take one job at a time, so that the parent always knows which job a
dead worker held.

A worker killed by the OOM killer, a segfault or `kill -9` is replaced and its job tried again;
a job that kills its worker on both tries is given up by name with how the worker ended.
Workers end with the parent, however it ends: they ask the kernel to kill them when it dies
(Linux), and elsewhere notice within a second that it has gone.

>>> list(map_unordered(len, [("a", "xy"), ("b", "z")], processes=2))  # doctest: +SKIP
[('b', 1), ('a', 2)]
"""
from __future__ import annotations

import ctypes
import gc
import multiprocessing
import os
import signal
from collections import Counter, deque
from dataclasses import dataclass
from multiprocessing.connection import wait
from typing import Callable, Hashable, Iterable, Iterator, Optional

ATTEMPTS = 2  # a job is given up after killing this many workers ("twice" in the reason)
PARENT_POLL_SECONDS = 1.0  # how soon an idle worker notices its parent has gone, without prctl
_PR_SET_PDEATHSIG = 1


@dataclass(frozen=True)
class Lost:
    """Why a job has no answer (it killed its workers, or its answer could not cross the pipe)."""

    reason: str


def map_unordered(function: Callable, jobs: Iterable[tuple[Hashable, object]], processes: int,
                  deaths: Optional[Counter] = None) -> Iterator[tuple]:
    """(key, function(argument) or Lost) for each (key, argument) of `jobs`, in completion order,
    in at most `processes` workers that take the jobs in the order given. Closing the iterator
    (or an exception in the caller, such as KeyboardInterrupt) kills the workers. `deaths`, when
    given, counts per key the workers that died holding it (a build reports its retries)."""
    queue = deque(jobs)
    processes = min(processes, len(queue))
    context = _context()
    deaths = Counter() if deaths is None else deaths
    pool: list[_Worker] = []
    try:
        while queue or any(w.job for w in pool):
            for gone in [w for w in pool if not w.job and not w.process.is_alive()]:
                gone.conn.close()  # died idle (the OOM killer picks any process): replaced below
                pool.remove(gone)
            while queue and len(pool) < processes:
                pool.append(_Worker(context, function))
            for worker in pool:
                if queue and not worker.job:
                    worker.give(queue.popleft())
            busy = [w for w in pool if w.job]
            ready = set(wait([w.conn for w in busy] + [w.process.sentinel for w in busy]))
            for worker in busy:
                if worker.conn in ready or worker.process.sentinel in ready:
                    yield from _answer(worker, queue, deaths)
    finally:
        for worker in pool:
            worker.stop()


class Background:
    """One call run in a worker process while the caller goes on with its own work; `result()`
    waits for its answer (Lost if the worker died). Leaving the `with` block kills the worker
    if it is still running, however the block ends.

    >>> with Background(sum, [1, 2]) as job:          # doctest: +SKIP
    ...     job.result()
    3
    """

    def __init__(self, function: Callable, argument: object):
        self.worker = _Worker(_context(), function)
        self.worker.give((None, argument))

    def result(self):
        try:
            return self.worker.conn.recv()
        except (EOFError, OSError):
            self.worker.process.join()
            return Lost(f"its worker died ({_ending(self.worker.process.exitcode)})")

    def __enter__(self) -> "Background":
        return self

    def __exit__(self, *exc_info) -> None:
        self.worker.stop()


def _context():
    return multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else None)


def _answer(worker: "_Worker", queue: deque, deaths: Counter) -> Iterator[tuple]:
    """The job's answer if the worker sent it; if it died instead, the job goes back to the front
    of the queue, or is lost after ATTEMPTS deaths."""
    job, worker.job = worker.job, None
    key = job[0]
    try:
        yield key, worker.conn.recv()
        return
    except (EOFError, OSError):
        worker.process.join()
    except Exception as exc:  # noqa: BLE001 - the answer arrived whole but did not unpickle
        yield key, Lost(f"its result could not be read back ({type(exc).__name__}: {exc})")
        return
    deaths[key] += 1
    if deaths[key] < ATTEMPTS:
        queue.appendleft(job)
    else:
        yield key, Lost(f"killed its worker twice ({_ending(worker.process.exitcode)})")


def _ending(exitcode: int) -> str:
    """How a process ended, as `signal 9, SIGKILL` or `exit code 1`."""
    if exitcode < 0:
        try:
            return f"signal {-exitcode}, {signal.Signals(-exitcode).name}"
        except ValueError:
            return f"signal {-exitcode}"
    return f"exit code {exitcode}"


class _Worker:
    """One process and the pipe it takes jobs from; `job` is the (key, argument) it holds."""

    def __init__(self, context, function: Callable):
        self.conn, theirs = context.Pipe()
        self.process = context.Process(target=_serve, args=(theirs, os.getpid(), function), daemon=True)
        self.process.start()
        theirs.close()  # so that the parent's end reads EOF as soon as the worker dies
        self.job = None

    def stop(self) -> None:
        self.process.kill()
        self.conn.close()
        self.process.join()

    def give(self, job: tuple) -> None:
        self.job = job
        try:
            self.conn.send(job[1])
        except OSError:
            pass  # it died idle: the wait sees its sentinel, and the job is retried


def _serve(conn, parent: int, function: Callable) -> None:
    """A worker's life: one argument in, one answer out, until the parent closes the pipe or dies."""
    _end_with(parent)
    gc.enable()  # a parent may pause it for its own long-lived heap (graph.kg); a worker's is per job
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole group; the parent decides
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the parent's handler, inherited by fork
    while True:
        while not conn.poll(PARENT_POLL_SECONDS):
            if os.getppid() != parent:
                return
        try:
            argument = conn.recv()
        except EOFError:
            return
        answer = function(argument)
        try:
            conn.send(answer)
        except OSError:
            return
        except Exception as exc:  # noqa: BLE001 - the answer did not pickle; nothing was sent
            conn.send(Lost(f"its result could not be sent back ({type(exc).__name__}: {exc})"))


def _end_with(parent: int) -> None:
    """Have the kernel kill this process when its parent dies (Linux); the parent may already
    have died before the request, hence the check after it."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        pass  # not Linux: _serve polls the parent instead
    if os.getppid() != parent:
        os._exit(0)
