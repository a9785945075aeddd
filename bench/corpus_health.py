"""Extraction health on a whole unannotated corpus: the failures a reader would spot, counted.

    python bench/corpus_health.py [--corpus ../shared/corpus/tvpl.tar.xz | --unpacked DIR]
                                  [--sample N] [--jobs N] [--json]

Runs `load` + `extract` on every page (in a process pool) and prints, per kind of page (the
loader's kind and the subject's role: a legal-database full text, a news article, ...):

- documents without a subject, and subjects whose evidence lies in page furniture;
- instruments cited only from page furniture;
- persons whose "name" is a heading or a place (Phụ lục, Danh mục, a province);
- tasks without an assignee, and the share of tasks with a deadline;
- full texts without a signer; telegrams (subject CĐ) without recipients.

Furniture is measured independently of the loader that removes it: a line of the raw page that
recurs on at least `--furniture-share` of the corpus's pages (menus, notices, login boxes) is
boilerplate, and a line that is another page's headline is a related-news teaser. No answer key is needed, so the figures can be compared before and after a
change on thousands of pages rather than on the 45 annotated ones.
"""
from __future__ import annotations

import argparse
from bisect import bisect_right
import json
import sys
import tarfile
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from luocdo.extract import extract
from luocdo.loaders import LoadError, load
from luocdo.normalize import fold
from luocdo.output import extraction_to_json

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "tvpl.tar.xz"
HEADING_WORDS = ("phu luc", "danh muc", "bieu mau", "mau so", "noi nhan", "can cu")
COUNTERS = ("documents", "no subject", "subject from furniture", "instruments", "instruments only in furniture",
            "persons", "persons that are headings or places", "tasks", "tasks without assignee",
            "tasks with deadline", "full texts", "full texts without signer", "telegrams",
            "telegrams without recipients", "load errors")


def corpus_files(archive: Path, unpacked: Path | None) -> list[Path]:
    if unpacked is None:
        unpacked = Path(tempfile.mkdtemp(prefix="luocdo-health-"))
        with tarfile.open(archive) as tar:
            tar.extractall(unpacked, filter="data")
    return sorted(p for p in unpacked.rglob("*") if p.is_file() and p.suffix in {".txt", ".md", ".html"})


def _read(path: Path) -> str:
    try:
        return path.read_bytes().decode("utf-8", errors="replace")  # offsets as the loader counts them
    except OSError:
        return ""


def _folded_lines(text: str) -> set[str]:
    lines = {fold(line.strip(" *#|-\t")) for line in text.splitlines()}
    return {line for line in lines if len(line) >= 25}


def _own_title(text: str) -> str:
    """The page's headline: its first Markdown heading of level two or more."""
    for line in text.splitlines():
        if line.startswith("## "):
            return fold(line.strip(" *#|-\t"))
    return ""


@dataclass(frozen=True)
class Furniture:
    """What no page's own content is: the site's boilerplate and other pages' headlines."""

    site_lines: frozenset[str]
    titles: dict  # folded headline -> how many pages carry it as their own

    def holds(self, evidence: dict, page: "Page") -> bool:
        """Do the raw lines under this evidence span all belong to the furniture?"""
        lines = page.lines_under(evidence["start"], evidence["end"])
        return bool(lines) and all(line in self.site_lines or (line != page.title and line in self.titles)
                                   for line in lines)


@dataclass
class Page:
    """A raw page's folded lines by their start offsets, to see what lies under a span."""

    text: str

    def __post_init__(self):
        self.starts, offset = [], 0
        for line in self.text.splitlines(keepends=True):
            self.starts.append(offset)
            offset += len(line)
        self.title = _own_title(self.text)

    def lines_under(self, start: int, end: int) -> list[str]:
        first = max(0, bisect_right(self.starts, start) - 1)
        last = bisect_right(self.starts, max(start, end - 1))
        raw = self.text.splitlines()[first:last]
        return [line for line in (fold(r.strip(" *#|-\t")) for r in raw) if len(line) >= 25]


def furniture_of(files: list[Path], min_share: float) -> Furniture:
    """Boilerplate is a line on at least `min_share` of the pages; a teaser is another page's headline."""
    counts: Counter[str] = Counter()
    titles: Counter[str] = Counter()
    for path in files:
        text = _read(path)
        counts.update(_folded_lines(text))
        if title := _own_title(text):
            titles[title] += 1
    least = max(3, int(min_share * len(files)))
    return Furniture(frozenset(line for line, n in counts.items() if n >= least), dict(titles))


def _is_heading_or_place(name: str, places: set[str]) -> bool:
    folded = fold(name)
    return folded.startswith(HEADING_WORDS) or folded in places or name.isupper()


def health_of(path: Path, furniture: Furniture, places: set[str]) -> tuple[str, Counter]:
    """(kind of page, its counters) for one file."""
    c: Counter = Counter(documents=1)
    try:
        record = extraction_to_json(extract(load(path)))
    except LoadError:
        c["load errors"] += 1
        return "unreadable", c
    page = Page(_read(path))
    subject = record["subject"]
    kind = f"{record['document']['kind']}/{subject['role'] if subject else 'none'}"
    if subject is None:
        c["no subject"] += 1
    elif subject.get("evidence") and all(furniture.holds(e, page) for e in subject["evidence"]):
        c["subject from furniture"] += 1
    cites = defaultdict(list)
    for rel in record["relations"]:
        if rel["type"] == "CITES":
            cites[rel["target"]].append(rel["evidence"])
    c["instruments"] += len(cites)
    c["instruments only in furniture"] += sum(all(furniture.holds(e, page) for e in evidences)
                                              for evidences in cites.values())
    c["persons"] += len(record["persons"])
    c["persons that are headings or places"] += sum(_is_heading_or_place(p["name"], places) for p in record["persons"])
    c["tasks"] += len(record["tasks"])
    c["tasks without assignee"] += sum(not t["assignees"] for t in record["tasks"])
    c["tasks with deadline"] += sum(bool(t["deadline"]) for t in record["tasks"])
    if subject and subject["role"] == "full_text":
        c["full texts"] += 1
        c["full texts without signer"] += not (record["signature"] or {}).get("signer_name")
    if subject and subject["type"] == "CĐ":
        c["telegrams"] += 1
        c["telegrams without recipients"] += not record["recipients"]
    return kind, c


def _places() -> set[str]:
    from luocdo.data import load as load_data
    named_like_places = {fold(name) for name in load_data("positions.json").get("persons_named_like_places", [])}
    return {fold(name) for name in load_data("provinces.json")} - named_like_places  # `Chủ tịch Hồ Chí Minh`


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--unpacked", type=Path, help="an already unpacked copy of the corpus")
    parser.add_argument("--sample", type=int, default=0, help="every k-th file so that about N are read (0: all)")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--furniture-share", type=float, default=0.01,
                        help="a raw line on at least this share of the pages is boilerplate (default 0.01)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)

    files = corpus_files(args.corpus, args.unpacked)
    furniture = furniture_of(files, args.furniture_share)
    if args.sample and args.sample < len(files):
        files = files[:: max(1, len(files) // args.sample)]
    places = _places()
    by_kind: dict[str, Counter] = defaultdict(Counter)
    with ProcessPoolExecutor(args.jobs) as pool:
        for kind, counts in pool.map(health_of, files, [furniture] * len(files), [places] * len(files), chunksize=16):
            by_kind[kind].update(counts)
            by_kind["all"].update(counts)
    if args.json:
        print(json.dumps({k: dict(v) for k, v in sorted(by_kind.items())}, ensure_ascii=False, indent=1))
        return 0
    kinds = sorted(by_kind, key=lambda k: (k == "all", -by_kind[k]["documents"]))
    print(f"{'':36}" + "".join(f"{k[:16]:>17}" for k in kinds))
    for name in COUNTERS:
        print(f"{name:36}" + "".join(f"{by_kind[k][name]:>17}" for k in kinds))
    share = "".join(f"{(by_kind[k]['tasks with deadline'] / by_kind[k]['tasks'] if by_kind[k]['tasks'] else 0):>17.1%}"
                    for k in kinds)
    print(f"{'share of tasks with a deadline':36}" + share)
    return 0


if __name__ == "__main__":
    sys.exit(main())
