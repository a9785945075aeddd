"""Run `luocdo` on bad input the way a user would, in a child process held to resource limits.

Every bad-input case asserts the same contract: a known exit code, a one-line message that names
the file, no traceback, and bounded memory and CPU. The bounds are enforced by the kernel in the
child (`resource.setrlimit`), so a regression shows up as a killed child, not as a slow test on a
slow machine. CPU time is always capped. Address space is capped for commands that only read
documents; the embedded store reserves terabytes of address space it never touches, so for
commands that open one the child's peak resident memory (from `wait4`) is checked instead.
"""
from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Optional, Sequence

# Generous for one document, far below what the failures this suite guards against used
# (a zip bomb past 6 GB, quadratic finders past 300 s).
MEMORY_MB = 1500
CPU_SECONDS = 60


@dataclass
class Run:
    """What the user saw: exit code, stdout and stderr (text)."""

    returncode: int
    stdout: str
    stderr: str
    max_rss_mb: float
    memory_mb: int

    @property
    def killed(self) -> bool:
        """True when the kernel stopped the child at a resource limit (or any signal)."""
        return self.returncode < 0


# Subcommands that open the embedded store (LadybugDB maps a huge virtual buffer pool).
_OPEN_A_STORE = {"build", "query", "check", "export", "push", "viz"}


def _limits(memory_mb: Optional[int], cpu_seconds: int):
    def apply() -> None:
        if memory_mb is not None:
            resource.setrlimit(resource.RLIMIT_AS, (memory_mb << 20, memory_mb << 20))
        resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds))
    return apply


# The child reports its own peak (and its workers') on exit, into the file named by argv[1].
_CHILD = (
    "import atexit, resource, sys\n"
    "def report(path=sys.argv.pop(1)):\n"
    "    peak = max(resource.getrusage(who).ru_maxrss for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))\n"
    "    open(path, 'w').write(str(peak))\n"
    "atexit.register(report)\n"
    "from luocdo.cli import main\n"
    "sys.exit(main(sys.argv[1:]))\n"
)


def luocdo(*args: object, memory_mb: int = MEMORY_MB, cpu_seconds: int = CPU_SECONDS,
           cwd: Optional[Path] = None, env: Optional[dict] = None, stdin: Optional[bytes] = None) -> Run:
    """`luocdo ARGS...` in a child limited to `memory_mb` and `cpu_seconds`."""
    child_env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", **(env or {})}
    command = next((str(a) for a in args if not str(a).startswith("-")), "")
    address_cap = None if command in _OPEN_A_STORE else memory_mb
    with tempfile.NamedTemporaryFile("r", suffix=".rss") as peak:
        proc = subprocess.run(
            [sys.executable, "-c", _CHILD, peak.name, *map(str, args)], input=stdin, capture_output=True,
            cwd=cwd, env=child_env, preexec_fn=_limits(address_cap, cpu_seconds), timeout=cpu_seconds * 4,
        )
        reported = peak.read().strip()
    return Run(proc.returncode, proc.stdout.decode("utf-8", "replace"), proc.stderr.decode("utf-8", "replace"),
               int(reported or 0) / 1024, memory_mb)


def assert_clean(run: Run, *, exit_codes: Sequence[int], names: Sequence[object] = (),
                 says: Sequence[str] = ()) -> None:
    """The contract of every case: an expected exit code, no traceback, each of `names` (files,
    by name) and each phrase of `says` in stderr."""
    assert not run.killed, f"killed by signal {-run.returncode} (resource limit?)\n{run.stderr[-2000:]}"
    assert run.max_rss_mb <= run.memory_mb, f"peak memory {run.max_rss_mb:.0f} MB > {run.memory_mb} MB"
    assert "Traceback (most recent call last)" not in run.stderr + run.stdout, run.stderr[-3000:]
    assert run.returncode in exit_codes, f"exit {run.returncode}, expected {exit_codes}\n{run.stderr[-2000:]}"
    for name in names:
        shown = name.name if isinstance(name, Path) else str(name)
        assert shown in run.stderr, f"{shown!r} not named in stderr:\n{run.stderr[-2000:]}"
    for phrase in says:
        assert phrase in run.stderr, f"{phrase!r} not in stderr:\n{run.stderr[-2000:]}"
