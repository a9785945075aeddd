"""Faults with real processes: `kill -9` of the build and of one worker at several moments, SIGTERM
and Ctrl-C, then a rebuild. Whatever happens, the store is the old one or the complete new one,
no worker outlives the build and no staging folder remains.

The moments are reached by watching what the build shows from outside (files in its staging
folder, the CPU time of its workers read from /proc), never by a hook in the product. A worker
is told apart by its CPU time: the smaller corpus has one big document, which takes a worker far
longer than all the small ones together.
"""
from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from luocdo.graph.kg import KnowledgeGraph, build

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
COPIES = 6  # of each example, with changed numbers: 30 small documents
BIG = "003_98cbac67ba4c6738.txt"  # an official notice, dense with tasks: slow to extract
BIG_COPIES = 300  # of BIG in big.txt (3.3 MB: about 4 s of a worker's CPU, well past BUSY_TICKS)
# CPU time (1/100 s) past which a worker can only be extracting big.txt: a worker's first document
# costs it about 0.6 s of setting up, all the small ones together take less than 0.1 s.
BUSY_TICKS = 120
HANG_SECONDS = 300  # a guard against a hang, far above any run here; never a speed assertion

pytestmark = pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="reads /proc (Linux)")


def _renumbered(text: str, copy: int) -> str:
    """The text with each document number (`205/TB-VPCP`, `Thông báo số 381`) changed, so that
    each copy is another document, not a duplicate of the example."""
    return re.sub(r"(?<=số )\d+|\b\d+(?=/[A-ZĐ])", lambda m: str(int(m.group()) + 1000 * copy), text)


def _write_corpus(folder: Path, copies: int, examples: list[Path], big: bool) -> int:
    folder.mkdir()
    for copy in range(1, copies + 1):
        for example in examples:
            text = _renumbered(example.read_text(encoding="utf-8"), copy)
            (folder / f"{copy:02d}_{example.name}").write_text(text, encoding="utf-8")
    if big:
        text = _renumbered((EXAMPLES / BIG).read_text(encoding="utf-8"), 99)
        (folder / "big.txt").write_text(text * BIG_COPIES, encoding="utf-8")
    return copies * len(examples) + big


@pytest.fixture(scope="module")
def place(tmp_path_factory):
    """A corpus of 30 small documents, a smaller one (3 and big.txt), and a store of the
    examples, the old store every test starts from."""
    root = tmp_path_factory.mktemp("faults")
    examples = sorted(EXAMPLES.glob("*.txt"))
    sizes = {"corpus": _write_corpus(root / "corpus", COPIES, examples, big=False),
             "few": _write_corpus(root / "few", 1, examples[:3], big=True)}
    done = _build(EXAMPLES, root / "old")
    assert done.returncode == 0, done.stderr
    return root, sizes


@pytest.fixture
def db(place, tmp_path):
    root, _ = place
    shutil.copytree(root / "old", tmp_path / "db")
    return tmp_path / "db"


def _command(corpus: Path, db: Path) -> list[str]:
    return [sys.executable, "-m", "luocdo.cli", "build", str(corpus), "--db", str(db), "--jobs", "2"]


def _build(corpus: Path, db: Path) -> subprocess.CompletedProcess:
    return subprocess.run(_command(corpus, db), capture_output=True, text=True, timeout=HANG_SECONDS)


def _start(corpus: Path, db: Path) -> subprocess.Popen:
    return subprocess.Popen(_command(corpus, db), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _children(pid: int) -> set[int]:
    found = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found.update(int(c) for c in (task / "children").read_text().split())
        except OSError:
            pass
    return found


def _stat(pid: int) -> list[str]:
    """/proc/PID/stat's fields after the command name, or [] for a process that is gone."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return []


def _running(pid: int) -> bool:
    """Alive and not a zombie (an orphan's zombie waits for an init that may never reap it)."""
    fields = _stat(pid)
    return bool(fields) and fields[0] not in "ZX"


def _cpu_ticks(pid: int) -> int:
    fields = _stat(pid)
    return int(fields[11]) + int(fields[12]) if fields else 0


class Watch:
    """A running build seen from outside: every worker it started, and its staging folder."""

    def __init__(self, proc: subprocess.Popen, db: Path):
        self.proc, self.db, self.workers = proc, db, set()

    def until(self, condition, what: str):
        """Polls `condition()` until it gives something; fails if the build ended first."""
        deadline = time.monotonic() + HANG_SECONDS
        while time.monotonic() < deadline:
            self.workers |= _children(self.proc.pid)
            found = condition()
            if found:
                return found
            if self.proc.poll() is not None:
                pytest.fail(f"the build ended before {what}: exit {self.proc.returncode}\n{self.proc.stderr.read()}")
            time.sleep(0.005)
        pytest.fail(f"no {what} within {HANG_SECONDS} s")

    def staging(self, name: str = "") -> list[Path]:
        return [p for p in self.db.parent.glob(f".{self.db.name}.building-{self.proc.pid}/{name}") if p.exists()]

    def step_until(self, condition) -> None:
        """Lets the build run a millisecond at a time (SIGCONT, SIGSTOP) until `condition()` holds
        while it is stopped, or it has published: a window too short to catch by polling."""
        pid = self.proc.pid
        while True:
            os.kill(pid, signal.SIGSTOP)
            while _stat(pid)[0] not in "TtZ":
                time.sleep(0.0005)
            if condition() or not self.staging():
                return
            os.kill(pid, signal.SIGCONT)
            time.sleep(0.001)

    def busy_worker(self) -> int:
        """The worker past BUSY_TICKS of CPU: the one extracting big.txt."""
        return self.until(lambda: next((w for w in _children(self.proc.pid)
                                               if _running(w) and _cpu_ticks(w) > BUSY_TICKS), None),
                          "a worker extracting big.txt")

    def finish(self) -> tuple[int, str]:
        _, stderr = self.proc.communicate(timeout=HANG_SECONDS)
        self.until_workers_end()
        return self.proc.returncode, stderr

    def until_workers_end(self) -> None:
        deadline = time.monotonic() + HANG_SECONDS
        while any(map(_running, self.workers)) and time.monotonic() < deadline:
            time.sleep(0.01)
        assert not [w for w in self.workers if _running(w)], "a worker outlived the build"


def _documents(db: Path) -> int:
    kg = KnowledgeGraph.open(db)
    try:
        return len(kg.documents)
    finally:
        kg.close()


def _no_staging(db: Path) -> bool:
    return not list(db.parent.glob(f".{db.name}.building-*"))


MOMENTS = {  # what appears in the staging folder at each moment of a build
    "extracting": "cache/*.json.zst",
    "writing the store": "graph.lbug",
    "about to swap": "meta.json",  # the last file written before the swap
}


@pytest.mark.parametrize("moment", MOMENTS)
def test_kill_9_of_the_build_keeps_the_old_store_and_ends_its_workers(place, db, moment):
    root, sizes = place
    watch = Watch(_start(root / "corpus", db), db)
    if moment == "about to swap":
        watch.until(lambda: watch.staging("graph.lbug"), "the store write")
        watch.step_until(lambda: watch.staging(MOMENTS[moment]))
    else:
        watch.until(lambda: watch.staging(MOMENTS[moment]), f"the build {moment}")
    watch.proc.kill()
    watch.finish()
    assert watch.workers, "the build started no worker"
    assert _documents(db) in ({5, sizes["corpus"]} if moment == "about to swap" else {5})

    rebuilt = _build(root / "corpus", db)
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert _documents(db) == sizes["corpus"] and _no_staging(db)


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=lambda signum: signum.name)
def test_sigterm_or_ctrl_c_ends_the_build_its_workers_and_its_staging_folder(place, db, signum):
    root, _ = place
    watch = Watch(_start(root / "few", db), db)
    busy = watch.busy_worker()
    os.kill(busy, signal.SIGSTOP)  # big.txt cannot be finished before the signal lands (a loaded machine)
    watch.proc.send_signal(signum)
    os.kill(busy, signal.SIGCONT)
    code, stderr = watch.finish()
    assert code == 1 and "Traceback" not in stderr
    assert f"interrupted{' (SIGTERM)' if signum == signal.SIGTERM else ''}; {db} is unchanged" in stderr
    assert _documents(db) == 5 and _no_staging(db)


def test_a_killed_worker_is_replaced_and_its_document_read(place, db):
    root, sizes = place
    watch = Watch(_start(root / "few", db), db)
    os.kill(watch.busy_worker(), signal.SIGKILL)
    code, stderr = watch.finish()
    assert code == 0, stderr
    assert "1 read again after their worker died" in stderr
    assert _documents(db) == sizes["few"] and _no_staging(db)


def test_a_document_that_kills_its_worker_twice_is_skipped_by_name(place, db):
    root, sizes = place
    watch = Watch(_start(root / "few", db), db)
    first = watch.busy_worker()
    os.kill(first, signal.SIGKILL)
    watch.until(lambda: not _running(first), "the first worker's end")
    os.kill(watch.busy_worker(), signal.SIGKILL)
    code, stderr = watch.finish()
    assert code == 3, stderr
    assert f"skipped {root / 'few' / 'big.txt'}: killed its worker twice (signal 9, SIGKILL)" in stderr
    assert _documents(db) == sizes["few"] - 1 and _no_staging(db)


def _crashes(argument: str) -> str:
    """A worker's job for map_unordered: `segfault` and `exit` end the worker every time, `once:PATH`
    only on the first try (PATH marks it), anything else is answered."""
    import ctypes
    import faulthandler

    if argument == "segfault":
        faulthandler.disable()  # pytest's, inherited: it would print the worker's stack
        ctypes.string_at(0)
    if argument == "exit":
        os._exit(3)
    if argument.startswith("once:") and not Path(argument[5:]).exists():
        Path(argument[5:]).touch()
        os.kill(os.getpid(), signal.SIGKILL)
    return argument.upper()


def test_the_pool_retries_a_job_whose_worker_died_and_gives_up_after_two_deaths(tmp_path):
    from luocdo.graph.workers import Lost, map_unordered

    jobs = [(i, a) for i, a in enumerate(["a", "segfault", f"once:{tmp_path / 'x'}", "exit", "b", "c"])]
    answers = dict(map_unordered(_crashes, jobs, processes=2))
    assert answers == {0: "A", 1: Lost("killed its worker twice (signal 11, SIGSEGV)"),
                       2: f"ONCE:{str(tmp_path / 'x').upper()}", 3: Lost("killed its worker twice (exit code 3)"),
                       4: "B", 5: "C"}


def test_closing_the_pool_early_ends_its_workers():
    from luocdo.graph.workers import map_unordered

    answers = map_unordered(_crashes, [(i, "a") for i in range(20)], processes=2)
    next(answers)
    workers = _children(os.getpid())
    answers.close()
    assert workers and not [w for w in workers if _running(w)]


def test_a_background_call_answers_or_says_how_its_worker_died_and_ends_with_its_block():
    from luocdo.graph.workers import Background, Lost

    with Background(_crashes, "a") as job:
        assert job.result() == "A"
    with Background(_crashes, "exit") as job:
        assert job.result() == Lost("its worker died (exit code 3)")
    with pytest.raises(KeyboardInterrupt):
        with Background(time.sleep, 60) as job:
            worker = job.worker.process.pid
            raise KeyboardInterrupt  # the caller interrupted while the worker still runs
    assert not _running(worker)


_DIE_BETWEEN_RENAMES = """
import os, sys
from pathlib import Path
from luocdo.graph import store
from luocdo.graph.kg import build_database

store._exchange = lambda a, b: False  # a filesystem without renameat2: publish's two renames
real_rename = os.rename

def rename_then_die(src, dst):
    real_rename(src, dst)
    if Path(dst).name.startswith("." + Path(sys.argv[2]).name + ".retired-"):
        os.kill(os.getpid(), 9)  # the old store is retired, the new one not yet in place

os.rename = rename_then_die
build_database(sorted(Path(sys.argv[1]).iterdir()), Path(sys.argv[2]), jobs=1)
"""


def test_a_build_killed_between_publishs_two_renames_loses_nothing(tmp_path):
    """Without an atomic swap, publish moves the old store aside, then the new one in: a kill in
    between leaves no store at --db. The next query (or build) puts the retired one back."""
    db = tmp_path / "db"
    small = tmp_path / "small"
    small.mkdir()
    shutil.copy(EXAMPLES / BIG, small / BIG)
    build([small], db=db)
    before = KnowledgeGraph.open(db).query("MATCH (d:Document) RETURN count(d) AS n")
    run = subprocess.run([sys.executable, "-c", _DIE_BETWEEN_RENAMES, str(EXAMPLES), str(db)],
                         capture_output=True, text=True, timeout=HANG_SECONDS)
    assert run.returncode == -signal.SIGKILL, run.stderr[-2000:]
    assert not db.exists() and list(tmp_path.glob(".db.retired-*"))
    assert KnowledgeGraph.open(db).query("MATCH (d:Document) RETURN count(d) AS n") == before
    assert not list(tmp_path.glob(".db.retired-*"))
    build([small], db=db)  # and the dead build's staging folder goes with the next build
    assert not list(tmp_path.glob(".db.*"))


def _collecting(argument: str) -> bool:
    import gc

    return gc.isenabled()


def test_a_worker_collects_cycles_though_its_parent_paused_the_collector():
    """A build pauses the collector for its own heap (graph.kg); each job's garbage in a worker
    is freed as usual."""
    import gc

    from luocdo.graph.workers import map_unordered

    gc.disable()
    try:
        answers = dict(map_unordered(_collecting, [(0, "a"), (1, "b")], processes=2))
    finally:
        gc.enable()
    assert answers == {0: True, 1: True}
