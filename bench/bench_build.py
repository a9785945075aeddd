"""Build throughput: documents/s for the whole build, rows/s for the COPY into LadybugDB, peak RSS.

    .venv/bin/python bench/bench_build.py                 # the phapdien corpus (unpacked to /tmp/phapdien)
    .venv/bin/python bench/bench_build.py --limit 40      # its first 40 files
    .venv/bin/python bench/bench_build.py --seeds 200     # 200 renamed copies of examples/
    .venv/bin/python bench/bench_build.py --jobs 1        # extraction in this process only

Every run is a cold build into a fresh folder, so the extraction cache plays no part. Peak RSS
is this process's and, separately, the largest extraction worker's (or pdftotext's).
"""
from __future__ import annotations

import argparse
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from luocdo.graph import ladybug_store
from luocdo.graph.kg import build_database, default_jobs, input_files

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path("/work/shared/corpus/phapdien.tar.xz")
UNPACKED = Path("/tmp/phapdien")


def corpus_files(limit: int | None) -> list[Path]:
    if not UNPACKED.is_dir():
        UNPACKED.mkdir(parents=True)
        subprocess.run(["tar", "-xJf", str(CORPUS), "-C", str(UNPACKED)], check=True)
    files, _ = input_files([UNPACKED])
    return files[:limit] if limit else files


def seed_copies(n: int, folder: Path) -> list[Path]:
    """Distinct files (one line of their own each), so every copy is a document of its own."""
    seeds = sorted((ROOT / "examples").glob("*.txt"))
    for i in range(n):
        seed = seeds[i % len(seeds)]
        text = seed.read_text(encoding="utf-8")
        (folder / f"{i:05d}_{seed.name}").write_text(f"{text}\nBản sao {i}.\n", encoding="utf-8")
    return sorted(folder.glob("*.txt"))


def timed_copy(write):
    """Wrap ladybug_store.write to time the COPY part alone."""
    seconds = {}

    def wrapper(g, db_file):
        started = time.perf_counter()
        rows = write(g, db_file)
        seconds["copy"] = time.perf_counter() - started
        return rows

    return wrapper, seconds


def _peak_rss_mb(who: int) -> float:
    """ru_maxrss is in KiB on Linux; for RUSAGE_CHILDREN it is the largest waited-for child's."""
    return resource.getrusage(who).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, help="only the first N corpus files")
    parser.add_argument("--seeds", type=int, help="N copies of the seeds instead of the corpus")
    parser.add_argument("--jobs", type=int, help="extraction processes (default: one per core)")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="luocdo-bench-"))
    try:
        if args.seeds:
            (work / "docs").mkdir()
            files = seed_copies(args.seeds, work / "docs")
        else:
            files = corpus_files(args.limit)
        megabytes = sum(f.stat().st_size for f in files) / 1e6
        ladybug_store.write, copy_seconds = timed_copy(ladybug_store.write)
        graph, report = build_database(files, work / "db", jobs=args.jobs)
        print(f"documents: {len(report.documents)} read, {len(report.skipped)} skipped, {megabytes:.1f} MB")
        print(f"build:     {report.seconds:.1f} s, {len(report.documents) / report.seconds:.2f} documents/s, "
              f"{megabytes / report.seconds:.2f} MB/s")
        print(f"graph:     {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges")
        print(f"COPY:      {report.rows_written} rows in {copy_seconds['copy']:.2f} s "
              f"({report.rows_written / copy_seconds['copy']:.0f} rows/s, tables, transactions and checkpoint included)")
        print(f"peak RSS:  {_peak_rss_mb(resource.RUSAGE_SELF):.0f} MB parent, "
              f"{_peak_rss_mb(resource.RUSAGE_CHILDREN):.0f} MB largest child "
              f"(jobs: {args.jobs or default_jobs()})")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
