"""Named queries on a built store: p50/p95 per query in this process, and `luocdo query`'s
cold start from the shell.

    .venv/bin/python bench/bench_queries.py                  # the corpus store at /tmp/b1
    .venv/bin/python bench/bench_queries.py --db out/db -n 50
    .venv/bin/python bench/bench_queries.py --param tasks-for:org="Bộ Tư pháp"

Each query runs with the parameters of its documented example (`// example:` in its file),
on one open connection, as a notebook or a service would; `--param NAME:KEY=VALUE` replaces
one. Where an example's target names no single node of the store (the corpus has several
`Đề án 06`), the query runs with its CORPUS parameters instead, which name one node of the
corpus store as a person types it. The cold start runs the command in a new process each
time, as a person would.
"""
from __future__ import annotations

import argparse
import shlex
import statistics
import subprocess
import sys
import time
from pathlib import Path

from luocdo.graph import store
from luocdo.queries import TargetError
from luocdo.queries.library import answer_named, named_queries

LUOCDO = Path(sys.executable).with_name("luocdo")
# Targets as people type them that name one node each in the corpus store (/tmp/b1).
CORPUS = {
    "cited-by": {"target": "17/CT-TTg 2018", "depth": "2"},
    "instrument": {"target": "Chỉ thị 17/2018"},
    "reference-chain": {"from": "3399/TB-UBND", "to": "07/HD/BTGDVTW 2025"},
    "requires-implementation": {"target": "Quyết định 06/QĐ-TTg 2022"},
    "tasks-for": {"org": "Bộ Tư pháp", "as_of": "2025-06-01"},
    "signed-by": {"person": "Phùng Thị Hồng Hà"},
    "sent-to": {"org": "Bộ Tư pháp"},
    "documents": {"type": "thong bao", "issuer": "VPCP", "title": "buon lau"},
}


def example_params(example: str) -> dict[str, str]:
    """The --param KEY=VALUE pairs of an example command line."""
    words = shlex.split(example)
    pairs = [words[i + 1] for i, word in enumerate(words[:-1]) if word == "--param"]
    return dict(pair.split("=", 1) for pair in pairs)


def percentile(times: list[float], p: float) -> float:
    ordered = sorted(times)
    return ordered[min(len(ordered) - 1, round(p * (len(ordered) - 1)))]


def resolvable(conn, name: str, params: dict[str, str]) -> dict[str, str]:
    """`params`, or the CORPUS ones when a target in them names no single node of the store."""
    try:
        answer_named(conn, name, params)
    except TargetError:
        return CORPUS[name]
    return params


def time_named(conn, name: str, params: dict[str, str], n: int) -> tuple[list[float], int]:
    """Seconds of each of `n` runs after one warm-up run, and the number of rows."""
    rows = len(answer_named(conn, name, params).rows)
    times = []
    for _ in range(n):
        started = time.perf_counter()
        answer_named(conn, name, params)
        times.append(time.perf_counter() - started)
    return times, rows


def cold_start(db: Path, argv: list[str], n: int) -> list[float]:
    """Seconds of `luocdo query --db DB ARGV` in a new process, `n` times."""
    times = []
    for _ in range(n):
        started = time.perf_counter()
        subprocess.run([str(LUOCDO), "query", "--db", str(db), *argv], check=True, capture_output=True)
        times.append(time.perf_counter() - started)
    return times


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, default=Path("/tmp/b1"))
    parser.add_argument("-n", type=int, default=20, help="runs per query (default 20)")
    parser.add_argument("--cold", type=int, default=5, help="cold starts per command (default 5)")
    parser.add_argument("--param", action="append", default=[], metavar="NAME:KEY=VALUE")
    args = parser.parse_args(argv)
    overrides: dict[str, dict[str, str]] = {}
    for item in args.param:
        name, _, pair = item.partition(":")
        key, _, value = pair.partition("=")
        overrides.setdefault(name, {})[key] = value

    conn = store.open_connection(args.db)
    print(f"{'query':26} {'rows':>7} {'p50 ms':>8} {'p95 ms':>8}  parameters")
    examples = [(name, {**(example_params(q.examples[0]) if q.examples else {}), **overrides.get(name, {})})
                for name, q in named_queries().items()]
    for name, params in examples:
        params = resolvable(conn, name, params)
        times, rows = time_named(conn, name, params, args.n)
        print(f"{name:26} {rows:7} {1000 * statistics.median(times):8.1f} {1000 * percentile(times, 0.95):8.1f}  "
              f"{params}")

    print(f"\n{'cold start from the shell':34} {'p50 s':>6} {'max s':>6}")
    commands = [["MATCH (n:Document) RETURN count(n)"],
                ["--name", "cited-by", "--param", "target=17/CT-TTg 2018"],
                ["--name", "tasks-for", "--param", "org=Bộ Tư pháp"]]
    for command in commands:
        times = cold_start(args.db, command, args.cold)
        print(f"{shlex.join(command)[:34]:34} {statistics.median(times):6.2f} {max(times):6.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
