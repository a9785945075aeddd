"""Speed of date and citation extraction over the phapdien corpus (213 legal-database pages).

    .venv/bin/python bench/bench_extract_citations.py [--corpus /work/shared/corpus/phapdien.tar.xz]

Unpacks the corpus once to /tmp/phapdien (reused when present), applies NFC to each file as the
loader does, runs find_dates + find_instruments, and prints MB/s (of UTF-8 input, NFC included),
instruments and dates found, and peak Python memory (tracemalloc) for the largest file.
It also times a baseline, NFC plus one pass of a single citation regex, on the same texts at the
same moment, because a shared machine's load moves absolute MB/s more than any change to us.
"""
from __future__ import annotations

import argparse
import re
import resource
import tarfile
import time
import tracemalloc
from pathlib import Path

from luocdo.extract.citations import find_instruments
from luocdo.extract.dates import find_dates
from luocdo.normalize import nfc


def corpus_files(archive: Path, target: Path) -> list[Path]:
    """The corpus's .txt files, unpacking the archive into `target` unless already there."""
    if not any(target.rglob("*.txt")):
        target.mkdir(parents=True, exist_ok=True)
        with tarfile.open(archive) as tar:
            tar.extractall(target, filter="data")
    return sorted(target.rglob("*.txt"))


BASELINE = re.compile(r"(?:Chỉ thị|Quyết định|Thông báo|Nghị định|Thông tư|Luật)\s+số\s+\d+/[^\s,;]+")


def baseline(texts: list[str]) -> int:
    """Citations one regex finds after NFC: the yardstick the brief measured at ~11 MB/s."""
    return sum(len(BASELINE.findall(nfc(raw))) for raw in texts)


def extract_all(texts: list[str]) -> tuple[int, int]:
    """(instruments, dates) found over all texts."""
    instruments = dates = 0
    for raw in texts:
        text = nfc(raw)
        found_dates = find_dates(text)
        instruments += len(find_instruments(text, found_dates))
        dates += len(found_dates)
    return instruments, dates


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=Path("/work/shared/corpus/phapdien.tar.xz"))
    ap.add_argument("--unpacked", type=Path, default=Path("/tmp/phapdien"))
    args = ap.parse_args()
    files = corpus_files(args.corpus, args.unpacked)
    texts = [f.read_text(encoding="utf-8") for f in files]
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6

    start = time.perf_counter()
    instruments, dates = extract_all(texts)
    seconds = time.perf_counter() - start
    start = time.perf_counter()
    baseline(texts)
    base_seconds = time.perf_counter() - start

    largest = max(texts, key=len)
    tracemalloc.start()
    extract_all([largest])
    peak = tracemalloc.get_traced_memory()[1] / 1e6
    tracemalloc.stop()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3
    print(f"files {len(files)}  input {megabytes:.1f} MB  time {seconds:.1f} s  speed {megabytes / seconds:.2f} MB/s")
    print(f"baseline (NFC + one citation regex) {megabytes / base_seconds:.2f} MB/s;"
          f" extraction takes {seconds / base_seconds:.1f}x the baseline's time")
    print(f"instruments {instruments}  dates {dates}")
    print(f"peak traced memory on the largest file ({len(largest.encode('utf-8')) / 1e6:.1f} MB): {peak:.0f} MB;"
          f" max RSS {rss:.0f} MB")


if __name__ == "__main__":
    main()
