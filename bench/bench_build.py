"""What a build of a real corpus costs: every figure issue 8 sets a target for.

    .venv/bin/python bench/bench_build.py                          # phapdien + tvpl (6,506 files, 170 MB)
    .venv/bin/python bench/bench_build.py /tmp/corpus/tvpl --jobs 2
    .venv/bin/python bench/bench_build.py --limit 500              # the first 500 files only
    .venv/bin/python bench/bench_build.py --copies 4               # the corpus 4 times (each copy a new file)

Prints, for the files given (default: both corpora of ../shared/corpus, unpacked once to
/tmp/corpus): files and MB; the naive pass (one citation regex + NFC over the same files, one
core, this run) and the build's ratio to it; each stage's seconds and MB/s (load, extract and
evidence are CPU seconds summed over the workers, so MB/s there is per core); peak memory of
the whole process tree (Pss, sampled every 50 ms); the store's size on disk against the input; a rebuild
after changing one file, against the full build; and `luocdo query` from the shell, cold.

Every build is cold (a fresh folder), except the rebuild, which is the point.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import threading
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED_CORPUS = ROOT.parent / "shared" / "corpus"
UNPACKED = Path("/tmp/corpus")
CORPORA = ("phapdien", "tvpl")
# The anchor of issue 8: what one regex pass over the text costs, the floor for any extraction.
CITATION = re.compile(r"(?:Quyết định|Chỉ thị|Thông báo|Nghị định|Thông tư|Luật|Nghị quyết|Công điện|Kế hoạch)"
                      r"\s+(?:số\s+)?\d+(?:/\d{4})?/[A-ZĐ][\wĐđ./-]*")


def default_paths() -> list[Path]:
    """Both benchmark corpora, unpacked from ../shared/corpus on first use."""
    paths = []
    for name in CORPORA:
        folder = UNPACKED / name
        if not folder.is_dir():
            UNPACKED.mkdir(parents=True, exist_ok=True)
            with tarfile.open(SHARED_CORPUS / f"{name}.tar.xz") as tar:
                tar.extractall(UNPACKED, filter="data")
        paths.append(folder)
    return paths


def corpus_copy(files: list[Path], work: Path, copies: int) -> Path:
    """The files as symbolic links in one folder (so one of them can be changed for the rebuild),
    or `copies` times as real files, each copy with a line of its own so it is a new document."""
    folder = work / "corpus"
    folder.mkdir()
    for i in range(copies):
        for f in files:
            target = folder / (f"{i}_{f.name}" if copies > 1 else f.name)
            if copies == 1:
                target.symlink_to(f.resolve())
            else:
                target.write_bytes(f.read_bytes() + f"\nBản sao {i}.\n".encode())
    return folder


def naive_pass(files: list[Path]) -> float:
    """Seconds for: read, decode, NFC and one citation regex over every file, on one core."""
    started = time.perf_counter()
    for f in files:
        text = unicodedata.normalize("NFC", f.read_bytes().decode("utf-8", "replace"))
        sum(1 for _ in CITATION.finditer(text))
    return time.perf_counter() - started


def tree_memory_mb(root: int) -> tuple[float, float, float]:
    """Memory of `root` and all its descendants now, from /proc: (the tree, `root`, its largest
    descendant). Proportional set sizes (Pss), so that pages a forked worker shares with its
    parent are counted once, not once per process as RSS would."""
    children: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                with open(f"/proc/{entry.name}/stat") as stat:
                    children.setdefault(int(stat.read().rsplit(")", 1)[1].split()[1]), []).append(int(entry.name))
            except OSError:
                continue
    total, largest, todo = 0.0, 0.0, list(children.get(root, []))
    while todo:
        pid = todo.pop()
        size = _pss_mb(pid)
        total, largest = total + size, max(largest, size)
        todo += children.get(pid, [])
    own = _pss_mb(root)
    return total + own, own, largest


def _pss_mb(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as rollup:
            for line in rollup:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) / 1000
    except OSError:
        pass
    return 0.0


def run_build(paths: list[Path], db: Path, jobs: int) -> dict:
    """One `build_database` in a child process, watched for the peak memory of its process tree."""
    code = ("import json, sys; from pathlib import Path; from luocdo.graph.kg import build_database, input_files; "
            "files, _ = input_files([Path(p) for p in sys.argv[3:]]); "
            "r = build_database(files, Path(sys.argv[1]), jobs=int(sys.argv[2]), write_json=False); "
            "print(json.dumps({'seconds': r.seconds, 'timings': r.timings, 'documents': len(r.documents), "
            "'skipped': len(r.skipped), 'extracted': r.extracted, 'cached': r.cached, 'rows': r.rows_written, "
            "'nodes': sum(r.nodes.values()), 'edges': sum(r.edges.values())}))")
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", code, str(db), str(jobs), *map(str, paths)],
                             stdout=subprocess.PIPE, text=True)
    peak = [0.0, 0.0, 0.0]

    def watch():
        while child.poll() is None:
            peak[:] = map(max, peak, tree_memory_mb(child.pid))
            time.sleep(0.05)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    out, _ = child.communicate()
    watcher.join()
    if child.returncode != 0:
        sys.exit(f"build failed with exit {child.returncode}")
    return {**json.loads(out), "wall": time.perf_counter() - started, "peak_mb": peak[0],
            "parent_mb": peak[1], "worker_mb": peak[2]}


def size_mb(folder: Path) -> float:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file()) / 1e6


def cold_query(db: Path, *args: str, runs: int = 3) -> float:
    """Median wall seconds of `luocdo query` as a shell would run it."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([str(Path(sys.executable).with_name("luocdo")), "query", "--db", str(db), *args],
                       capture_output=True)  # an ambiguous target (exit 2) answers too
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def print_build(label: str, build: dict, mb: float) -> None:
    print(f"{label}: {build['wall']:.1f} s wall, {build['documents']} documents ({build['extracted']} extracted, "
          f"{build['cached']} cached, {build['skipped']} skipped), {build['nodes']:,} nodes, {build['edges']:,} edges, "
          f"{build['rows']:,} rows")
    print(f"  peak memory (Pss): process tree {build['peak_mb']:.0f} MB (target at most 2,000), main process "
          f"{build['parent_mb']:.0f} MB, largest worker {build['worker_mb']:.0f} MB")
    for stage, seconds in sorted(build["timings"].items(), key=lambda item: -item[1]):
        rate = f"{mb / seconds:8.1f} MB/s" if seconds and stage in ("load", "extract", "evidence", "hash", "cache") else ""
        print(f"  {stage:9s} {seconds:8.1f} s {rate}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="*", type=Path, help="files or folders (default: phapdien + tvpl)")
    parser.add_argument("--limit", type=int, help="only the first N files")
    parser.add_argument("--jobs", type=int, default=2, help="extraction processes (default 2)")
    parser.add_argument("--copies", type=int, default=1, help="build the corpus this many times over")
    parser.add_argument("--no-rebuild", action="store_true", help="skip the one-file rebuild")
    parser.add_argument("--keep", action="store_true",
                        help="keep the work folder (its db/ for bench_queries.py --db) instead of removing it")
    args = parser.parse_args()

    from luocdo.graph.kg import input_files

    files, _ = input_files(args.paths or default_paths())
    files = files[:args.limit] if args.limit else files
    work = Path(tempfile.mkdtemp(prefix="luocdo-bench-"))
    try:
        corpus = corpus_copy(files, work, args.copies)
        inputs = sorted(corpus.iterdir())
        mb = sum(f.stat().st_size for f in inputs) / 1e6
        print(f"corpus: {len(inputs)} files, {mb:.1f} MB, --jobs {args.jobs}")
        naive = naive_pass(inputs)
        print(f"naive pass (read + NFC + one citation regex, one core): {naive:.1f} s, {mb / naive:.1f} MB/s")

        db = work / "db"
        full = run_build([corpus], db, args.jobs)
        print_build("full build", full, mb)
        print(f"  ratio to the naive pass: {full['wall'] / naive:.1f}x (target at most 5x)")
        store_mb, cache_mb = size_mb(db), size_mb(db / "cache")
        print(f"store: {store_mb:.0f} MB = {store_mb / mb:.2f}x the input (target at most 3x); "
              f"database {size_mb(db) - cache_mb:.0f} MB, cache {cache_mb:.0f} MB")

        if not args.no_rebuild:
            changed = inputs[len(inputs) // 2]
            text = changed.read_bytes()
            changed.unlink()
            changed.write_bytes(text + "\nSửa đổi.\n".encode())
            rebuild = run_build([corpus], db, args.jobs)
            print_build("rebuild after changing one file", rebuild, mb)
            print(f"  {100 * rebuild['wall'] / full['wall']:.1f}% of the full build (target at most 5%)")

        count = cold_query(db, "MATCH (d:Document) RETURN count(d) AS n")
        named = cold_query(db, "--name", "cited-by", "--param", "target=Luật Ban hành văn bản quy phạm pháp luật")
        print(f"luocdo query from the shell, cold: {count:.2f} s (Cypher count), {named:.2f} s (named query with a target)"
              f" (target at most 1 s)")
    finally:
        if args.keep:
            print(f"kept: {work} (the store is {work / 'db'})")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
