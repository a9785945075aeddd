"""What the full-text index costs on real documents, apart from extraction.

    .venv/bin/python bench/bench_search.py                       # the first 500 files of /tmp/corpus/tvpl
    .venv/bin/python bench/bench_search.py /tmp/corpus/tvpl --limit 0   # all of them

Loads the files (as a build does for new documents), then prints: files and MB of text; seconds
to index them all into a fresh search.sqlite and its size against the text; a rebuild's update
after one document changed (copy of the index plus one document in, one out); and query time
for a few queries, median of repeated runs, in process.
"""
from __future__ import annotations

import argparse
import hashlib
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from luocdo.graph import search_index
from luocdo.loaders import LoadError, load

QUERIES = ("chong buon lau", "Ban Chỉ đạo 389", "thuong mai dien tu", "quyet dinh", "de an 06 dan cu")


def texts_of(folder: Path, limit: int) -> dict[str, str]:
    """Loaded text by path, for the first `limit` files in name order (0 = all)."""
    files = sorted(p for p in folder.iterdir() if p.is_file())
    texts = {}
    for path in files[:limit or None]:
        try:
            texts[str(path)] = load(path).text
        except LoadError:
            continue
    return texts


def owners(texts: dict[str, str]) -> list[search_index.Owner]:
    return [search_index.Owner(search_index.DOCUMENT, hashlib.sha256(t.encode()).hexdigest(), f"doc:{i}", path, None)
            for i, (path, t) in enumerate(texts.items())]


def timed(function, *args):
    started = time.perf_counter()
    result = function(*args)
    return result, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", nargs="?", type=Path, default=Path("/tmp/corpus/tvpl"))
    parser.add_argument("--limit", type=int, default=500, help="first N files (0 = all; default: %(default)s)")
    args = parser.parse_args()
    texts, load_seconds = timed(texts_of, args.folder, args.limit)
    by_key = {o.key: texts[o.file] for o in owners(texts)}
    megabytes = sum(len(t.encode()) for t in texts.values()) / 1e6
    work = Path(tempfile.mkdtemp(prefix="bench-search-"))
    try:
        index = work / search_index.INDEX_FILE
        indexed, seconds = timed(search_index.update, index, owners(texts), lambda o: by_key[o.key])
        size = index.stat().st_size / 1e6
        print(f"{len(texts)} files, {megabytes:.1f} MB of text (loaded in {load_seconds:.1f} s)")
        print(f"index: {indexed} documents in {seconds:.2f} s ({megabytes / seconds:.1f} MB/s), "
              f"{size:.1f} MB on disk ({size / megabytes:.2f}x the text)")

        changed = dict(texts)
        first = next(iter(changed))
        changed[first] += "\nquokkavian"
        by_key.update({o.key: changed[o.file] for o in owners(changed)})
        rebuilt = work / "rebuilt.sqlite"
        started = time.perf_counter()
        shutil.copyfile(index, rebuilt)
        indexed = search_index.update(rebuilt, owners(changed), lambda o: by_key[o.key])
        print(f"rebuild after one changed file: {indexed} document indexed in {time.perf_counter() - started:.2f} s "
              "(copy of the index included)")
        for words in QUERIES:
            runs = [timed(search_index.search, rebuilt, words, 10) for _ in range(5)]
            print(f"  search {words!r}: {len(runs[0][0])} hits, median {statistics.median(s for _, s in runs) * 1000:.0f} ms")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
