"""Throughput and memory of the whole per-document pipeline (load + extract) on the real corpus.

    python bench/bench_pipeline.py [--corpus phapdien|tvpl|ARCHIVE.tar.xz] [--max-mb 20]
    python bench/bench_pipeline.py --unpacked /tmp/corpus/tvpl   # an unpacked copy, read as it is

Unpacks the corpus (a name under ../shared/corpus, or an archive's path) to a temporary folder,
or reads --unpacked DIR, runs `load` and `extract` on every file on one core, and prints MB/s for
each stage, what was found, and peak memory. The codified laws (phapdien) are few and long; the
legal-database pages (tvpl) are many and short, as most documents are.
The corpus README gives ~11 MB/s for one citation regex plus NFC as the floor to compare with.
"""
from __future__ import annotations

import argparse
import resource
import sys
import tarfile
import tempfile
import time
from pathlib import Path

from luocdo.extract import extract
from luocdo.loaders import LoadError, load

SHARED_CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def corpus_files(corpus: str, unpacked: Path | None) -> list[Path]:
    if unpacked is None:
        archive = Path(corpus) if corpus.endswith(".tar.xz") else SHARED_CORPORA / f"{corpus}.tar.xz"
        unpacked = Path(tempfile.mkdtemp(prefix="luocdo-bench-"))
        with tarfile.open(archive) as tar:
            tar.extractall(unpacked, filter="data")
    return sorted(unpacked.rglob("*.txt"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", default="phapdien", help="phapdien, tvpl, or the path of a .tar.xz")
    parser.add_argument("--unpacked", type=Path, help="an already unpacked copy of the corpus")
    parser.add_argument("--max-mb", type=float, default=0, help="stop after this many MB (0: all)")
    args = parser.parse_args(argv)

    files = corpus_files(args.corpus, args.unpacked)
    size = load_s = extract_s = 0.0
    counts = {"documents": 0, "instruments": 0, "relations": 0, "tasks": 0, "organizations": 0, "persons": 0}
    slowest = (0.0, "")
    for path in files:
        if args.max_mb and size / 1e6 >= args.max_mb:
            break
        start = time.perf_counter()
        try:
            doc = load(path)
        except LoadError as exc:
            print(f"skipped: {exc}", file=sys.stderr)
            continue
        loaded = time.perf_counter()
        ex = extract(doc)
        done = time.perf_counter()
        size += path.stat().st_size
        load_s += loaded - start
        extract_s += done - loaded
        slowest = max(slowest, ((done - loaded) / max(1, path.stat().st_size) * 1e6, path.name))
        counts["documents"] += 1
        counts["instruments"] += len(ex.instruments)
        counts["relations"] += len(ex.relations)
        counts["tasks"] += len(ex.tasks)
        counts["organizations"] += len(ex.organizations)
        counts["persons"] += len(ex.persons)
    mb = size / 1e6
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"corpus: {counts['documents']} files, {mb:.1f} MB")
    print(f"load:    {load_s:7.1f} s  {mb / load_s:6.2f} MB/s")
    print(f"extract: {extract_s:7.1f} s  {mb / extract_s:6.2f} MB/s")
    print(f"total:   {load_s + extract_s:7.1f} s  {mb / (load_s + extract_s):6.2f} MB/s (reference floor: ~11 MB/s for one regex + NFC)")
    print("found:   " + ", ".join(f"{k} {v:,}" for k, v in counts.items() if k != "documents"))
    print(f"slowest: {slowest[1]} at {slowest[0]:.2f} s/MB")
    print(f"peak RSS: {peak_mb:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
