"""Write luocdo/data/tone_repairs.json: the word pairs whose misread tones the loader repairs.

    python scripts/tone_phrases.py CORPUS_FOLDER...

A pair is kept when it lies inside a phrase the finders look for (the strings of the data files
named in PHRASE_FILES: trigger words, bodies, positions, types) and the corpus writes it one way
in at least MIN_COUNT occurrences and SHARE of them (`phối hợp`, `trách nhiệm`). A word that at
least COMMON_DOCUMENTS documents use is a word of its own wherever it stands (`Luật Dược` is no
misread `Luật được`, nor `cờ hiệu` one of `có hiệu`): only rarer words are taken for misreads. The
other spellings of a pair with such a rare word that at least KEPT_DOCUMENTS documents use are
printed for review: most are misreads the corpus repeats (`trách nhiêm`, `tồ chức`), a few are
words of their own (`trá hình`, `hăng hái`), and those, reviewed by hand, are the file's
`kept_as_written`, which this script leaves as it is.
"""
from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from luocdo.loaders.tones import spelling  # noqa: E402
from luocdo.normalize import fold_keep_length  # noqa: E402

PHRASE_FILES = ["organizations", "task_phrases", "requirement_phrases", "positions", "doc_types", "meetings",
                "org_patterns", "law_names", "provinces", "furniture"]
# Phrases the finders spell in their patterns (luocdo/extract/dates.py, tasks.py), not in the data files.
CODE_PHRASES = ["trước ngày", "trong tháng", "trong quý", "trong năm", "chậm nhất", "muộn nhất", "hạn chót",
                "hoàn thành", "thời gian thực hiện", "thời hạn hoàn thành", "tiến độ thực hiện", "kết luận",
                "thông báo", "ý kiến chỉ đạo", "cuộc họp", "buổi làm việc"]
MIN_COUNT, SHARE, KEPT_DOCUMENTS, COMMON_DOCUMENTS = 50, 0.95, 2, 20
_RUN = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)+")
_WORD = re.compile(r"[^\W\d_]+")


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, dict):
        for key, item in value.items():
            if not key.startswith("_") and key != "about":
                yield key
                yield from _strings(item)


def finder_pairs() -> set[tuple[str, str]]:
    """Folded word pairs inside the data files' phrases and CODE_PHRASES."""
    texts = list(CODE_PHRASES)
    for name in PHRASE_FILES:
        texts += _strings(json.loads((ROOT / "luocdo" / "data" / f"{name}.json").read_text(encoding="utf-8")))
    pairs = set()
    for text in texts:
        for run in _RUN.findall(fold_keep_length(text)):
            words = run.split(" ")
            pairs.update(zip(words, words[1:]))
    return pairs


def main(folders: list[str]) -> None:
    wanted = finder_pairs()
    count: Counter = Counter()
    documents: Counter = Counter()
    word_documents: Counter = Counter()
    for path in sorted(p for folder in folders for p in Path(folder).rglob("*") if p.is_file()):
        seen = set()
        text = unicodedata.normalize("NFC", path.read_text(encoding="utf-8", errors="replace").lower())
        word_documents.update(set(_WORD.findall(text)))
        for run in _RUN.findall(text):
            words = run.split(" ")
            for pair in zip(words, words[1:]):
                if (fold_keep_length(pair[0]), fold_keep_length(pair[1])) in wanted:
                    count[pair] += 1
                    seen.add(pair)
        documents.update(seen)
    groups = defaultdict(Counter)
    for pair, n in count.items():
        groups[tuple(map(fold_keep_length, pair))][pair] += n
    phrases, others = [], []
    for folded, forms in sorted(groups.items()):
        # Written without any mark (a web address, text typed without them) is never repaired
        # and says nothing of which spelling is right.
        forms = Counter({pair: n for pair, n in forms.items() if pair != folded})
        by_spelling = Counter()
        for pair, n in forms.items():
            by_spelling[tuple(map(spelling, pair))] += n
        if not by_spelling:
            continue
        (best, n), total = by_spelling.most_common(1)[0], sum(forms.values())
        if n < MIN_COUNT or n / total < SHARE:
            continue  # rare, or shared by words of their own
        right = max((p for p in forms if tuple(map(spelling, p)) == best), key=forms.get)
        phrases.append(" ".join(right))
        others += [(p, right) for p in forms if tuple(map(spelling, p)) != best and documents[p] >= KEPT_DOCUMENTS]
    folds = {fold_keep_length(w) for phrase in phrases for w in phrase.split(" ")}
    common = {w for w, n in word_documents.items() if n >= COMMON_DOCUMENTS and fold_keep_length(w) in folds}
    target = ROOT / "luocdo" / "data" / "tone_repairs.json"
    kept = json.loads(target.read_text(encoding="utf-8"))["kept_as_written"] if target.is_file() else []
    out = {"about": __doc__.split("\n\n")[2].replace("\n", " "), "phrases": phrases, "kept_as_written": kept,
           "words_of_their_own": sorted(common)}
    target.write_text(json.dumps(out, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{len(phrases)} phrases, {len(common)} words of their own; to review (kept_as_written holds {len(kept)}):")
    for pair, right in others:
        if any(w not in common and w != r for w, r in zip(pair, right)):
            print(f"  {' '.join(pair)} (for {' '.join(right)}, {documents[pair]} documents)")


if __name__ == "__main__":
    main(sys.argv[1:])
