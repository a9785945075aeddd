"""Text normalisation shared by every stage: NFC, look-alike letters, diacritic-free folding."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Letters that real files use in place of Vietnamese ones (Ð U+00D0 Icelandic eth for Đ).
_LOOKALIKES = str.maketrans({"\u00d0": "Đ", "\u0189": "Đ", "\u00f0": "đ"})
# Ð, Ɖ, ð: found at C speed, so that a text without them (nearly all) is not translated
# character by character (`str.translate` with a table runs at about 50 MB/s).
LOOKALIKE = re.compile("[\u00d0\u0189\u00f0]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")


def nfc(text: str) -> str:
    """NFC with look-alike letters mapped to the Vietnamese ones."""
    text = unicodedata.normalize("NFC", text)
    return text.translate(_LOOKALIKES) if LOOKALIKE.search(text) else text


def longest_first(phrases) -> str:
    """A regex alternation of literal phrases, the longest first, so that a phrase that begins
    another (`phối hợp` / `phối hợp với`) never wins over it."""
    return "|".join(map(re.escape, sorted(phrases, key=len, reverse=True)))


def fold(text: str) -> str:
    """Lower-case, without diacritics, for matching what users type (`chi thi 18`).

    Every finder folds the same short phrases again and again, so the fold of a short text is
    cached; a text is folded by a `str.translate` table of each character's fold, unless it
    holds a character whose fold depends on its neighbours (see `_FoldEachTable`)."""
    return _fold_short(text) if len(text) < _CACHED_FOLD else _fold_by_table(text)


_CACHED_FOLD = 256  # characters: a phrase or a line, not a document kept alive by the cache


@lru_cache(maxsize=1 << 16)
def _fold_short(text: str) -> str:
    return _fold_by_table(text)


def _fold_by_table(text: str) -> str:
    folded = text.translate(_FOLD_EACH_TABLE)
    return _fold_whole(text) if _NEEDS_CONTEXT in folded else folded


def _fold_whole(text: str) -> str:
    """The definition of `fold`: NFC, case folding, NFD, `đ` as `d`, combining marks dropped."""
    decomposed = unicodedata.normalize("NFD", nfc(text).casefold()).replace("đ", "d")
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn")


# Stands in the table's output for a character that must be folded with its neighbours; the
# character itself is one of those, so that it never passes for a folded one.
_NEEDS_CONTEXT = "\uffff"


class _FoldEachTable(dict):
    """Code point -> `fold` of that character alone, filled in as characters are met: a
    `str.translate` table. Folding character by character equals folding the text when each
    character's fold is that of its canonical decomposition (so composing it with its
    neighbours changes nothing) and holds no mark that NFD would reorder across characters
    (a spacing mark with a combining class, `𝅥`); any other maps to `_NEEDS_CONTEXT`."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        folded = _fold_whole(char)
        parts = unicodedata.normalize("NFD", char)
        reordered = any(unicodedata.combining(c) and unicodedata.category(c) != "Mn"
                        for c in parts + unicodedata.normalize("NFD", nfc(char).casefold()))
        if char == _NEEDS_CONTEXT or reordered or folded != "".join(map(_fold_whole, parts)):
            folded = _NEEDS_CONTEXT
        self[code] = folded
        return folded


_FOLD_EACH_TABLE = _FoldEachTable()


class _FoldTable(dict):
    """Code point -> the code point `fold` makes of it (its first character, or itself when
    `fold` drops it), filled in as characters are met: a `str.translate` table."""

    def __missing__(self, code: int) -> int:
        folded = fold(chr(code))
        self[code] = ord(folded[0]) if folded else code
        return self[code]


_FOLD_TABLE = _FoldTable()
_SHORT_TEXT = 4096  # below this, numpy's set-up costs more than `str.translate`


def fold_keep_length(text: str) -> str:
    """`fold` that keeps one output character per input character, so spans stay valid."""
    return text.translate(_FOLD_TABLE) if len(text) < _SHORT_TEXT else _fold_document(text)


def fold_keep_length_all(texts: list[str]) -> list[str]:
    """`[fold_keep_length(t) for t in texts]` in one numpy pass over them joined: the search
    index folds each of a corpus's 180,000 task texts, too short for numpy one by one, through
    `str.translate` (16 us each). Each keeps its length, so the joined result is cut back at
    the same offsets. Not cached, unlike a document's: the texts are seen once."""
    joined = "".join(texts)
    folded = fold_keep_length(joined) if len(joined) < _SHORT_TEXT else _fold_by_numpy(joined)
    out, at = [], 0
    for text in texts:
        out.append(folded[at:at + len(text)])
        at += len(text)
    return out


@lru_cache(maxsize=4)
def _fold_document(text: str) -> str:
    """`fold_keep_length` of a whole document, mapped by numpy over its code points.

    Several finders match on the folded copy of one document, so the last few are cached (a str
    caches its hash, so a hit costs nothing); `str.translate` would go through a Python object
    for every character of a megabyte-sized, mostly non-ASCII text."""
    return _fold_by_numpy(text)


def _fold_by_numpy(text: str) -> str:
    """numpy is imported here so that commands that never fold a document do not pay for it at
    start-up."""
    import numpy

    codes = numpy.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=numpy.uint32)
    present = numpy.flatnonzero(numpy.bincount(codes))
    table = numpy.arange(present[-1] + 1, dtype=numpy.uint32)
    for code in present.tolist():
        table[code] = _FOLD_TABLE[code]
    return table[codes].tobytes().decode("utf-32-le", "surrogatepass")


# Below this many characters, importing numpy (0.2 s) costs more than folding text by text:
# the corpus's 8,000 bodies have 300,000, its 17,000 instruments' names 1,300,000.
_FEW_CHARACTERS = 500_000


def fold_all(texts: list[str]) -> list[str]:
    """`[fold(t) for t in texts]`, for the tens of thousands of names a target is matched
    against: `fold` goes through Python for every character (half a second for the corpus's
    instrument titles). Once NFC has composed a text, every character folds on its own, so the
    texts are joined, each distinct character folded once, and the table applied by numpy;
    the few that fold to several letters (ß, ﬁ) are spelt out first."""
    joined = unicodedata.normalize("NFC", "\0".join(texts))
    if len(joined) < _FEW_CHARACTERS or joined.count("\0") != len(texts) - 1:  # a NUL in a text would split it
        return [fold(t) for t in texts]
    import numpy

    for c in set(joined):
        if len(fold(c)) > 1:
            joined = joined.replace(c, fold(c))
    codes = numpy.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=numpy.uint32)
    dropped = numpy.uint32(0xFFFFFFFF)
    table = numpy.full(int(codes.max()) + 1, dropped, dtype=numpy.uint32)
    for code in numpy.unique(codes).tolist():
        folded = fold(chr(code))
        table[code] = ord(folded) if folded else dropped
    kept = table[codes]
    return kept[kept != dropped].tobytes().decode("utf-32-le", "surrogatepass").split("\0")


@lru_cache(maxsize=1 << 16)
def slug(text: str) -> str:
    """Diacritic-free words joined by hyphens, for stable identifiers. Cached: building a
    corpus's graph asks for the ids of the same few thousand bodies 1.4 million times."""
    return re.sub(r"[^0-9a-z]+", "-", fold(text)).strip("-")


def squash_spaces(text: str) -> str:
    return _SPACES.sub(" ", text).strip()
