"""Tone marks and hats that OCR misread, put right in the word pairs the finders look for.

A scanned page read by OCR loses or swaps marks here and there (`Phổi hợp`, `trach nhiệm`,
`Bộ Tài chình`, `Sở Giảo dục`), and every finder matches the words with their marks: one misread
mark loses a lead body, a deadline or a meeting. `tone_repairs.json` (made from the corpus by
scripts/tone_phrases.py) lists the pairs of words inside the finders' phrases that the corpus
always writes one way, the words common enough to be words of their own wherever they stand
(`dược`, `thức`, `cờ`), and a few rarer spellings reviewed as words of their own (`trá hình`). A
pair written with other marks, none of those, with a rare word in it, is given the listed marks,
letter for letter, so offsets hold; a pair without any mark (a web address, text typed without
them) is left alone. A clean text costs one set difference.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from luocdo import data
from luocdo.normalize import fold_keep_length

_WORD = re.compile(r"[^\W\d_]+")
# The neighbour is one space or one line break away (PDF text breaks a pair over two lines), not a
# blank line.
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t\n]$")
_WORD_AFTER = re.compile(r"[ \t\n]([^\W\d_]+)")
_PUNCTUATION = ".,;:!?()[]{}\"'*_…“”‘’-–/"
_NEIGHBOUR = 40  # characters looked at for the word before or after


def spelling(word: str) -> tuple[str, frozenset]:
    """A word's letters and marks wherever they sit: `ủy` and `uỷ`, `hòa` and `hoà` are one spelling."""
    decomposed = unicodedata.normalize("NFD", word)
    return ("".join(c for c in decomposed if not unicodedata.combining(c)),
            frozenset(c for c in decomposed if unicodedata.combining(c)))


@lru_cache(maxsize=None)
def _repairs() -> tuple[dict, frozenset, frozenset, frozenset]:
    """(folded pair -> its right words, spellings kept as written, words that are no misread,
    the folds of the right words)."""
    raw = data.load("tone_repairs.json")
    right = {}
    for phrase in raw["phrases"]:
        words = tuple(phrase.split(" "))
        right[tuple(map(fold_keep_length, words))] = words
    kept = frozenset(tuple(map(spelling, phrase.split(" "))) for phrase in raw["kept_as_written"])
    words = frozenset(w for pair in right.values() for w in pair) | frozenset(raw["words_of_their_own"])
    return right, kept, words, frozenset(f for pair in right for f in pair)


# A long text is looked at whole only when its first part holds a misread: OCR's misreads are
# spread over every page, and a typed law of two megabytes (a fifth of loading's time if read
# word by word) seldom holds one.
_SAMPLE = 1 << 16  # characters


def repair_tones(text: str) -> str:
    """`text` with the misread marks of known word pairs put right (same length)."""
    if len(text) > 2 * _SAMPLE and not _misreads(text[:_SAMPLE]):
        return text
    repairs = _misreads(text)
    if not repairs:
        return text
    pieces, at = [], 0
    for a, b, letters in sorted(repairs):
        pieces += [text[at:a], letters]
        at = b
    return "".join(pieces) + text[at:]


def _misreads(text: str) -> list[tuple[int, int, str]]:
    """(start, end, the right letters) of each misread word of `text`."""
    right, kept, known, folds = _repairs()
    low = text.lower()
    if len(low) != len(text):  # a letter whose lower case is longer: offsets would not hold
        return []
    # Whitespace-split tokens first (C speed); only the few unknown ones are cut into words.
    words = set()
    for token in set(low.split()) - known:
        core = token.strip(_PUNCTUATION)
        if core.isalpha():
            words.add(core)
        elif core:
            words.update(_WORD.findall(core))
    suspects = [w for w in words - known if fold_keep_length(w) in folds]
    if not suspects:
        return []
    repairs = []  # (start, end, letters)
    # Opening with the words' letters (no lookbehind), so that the engine skips to them.
    occurrences = re.compile("(?:" + "|".join(map(re.escape, sorted(suspects, key=len, reverse=True))) + r")(?!\w)")
    for match in occurrences.finditer(low):
        start, end = match.span()
        if start and (low[start - 1].isalnum() or low[start - 1] == "_"):
            continue
        before = _WORD_BEFORE.search(low, max(0, start - _NEIGHBOUR), start)
        after = _WORD_AFTER.match(low, end, end + _NEIGHBOUR)
        # The suspect and its neighbour before, then after: the neighbour must be written as the
        # pair writes it, so that two misread words (`đủ liều` is no `dữ liệu`) stay as they are.
        pairs = (((before.start(1), before.end(1)), (start, end), 1) if before else None,
                 ((start, end), (after.start(1), after.end(1)), 0) if after else None)
        for first, second, suspect in filter(None, pairs):
            words = (low[first[0]:first[1]], low[second[0]:second[1]])
            correct = right.get((fold_keep_length(words[0]), fold_keep_length(words[1])))
            if correct is None or words[1 - suspect] != correct[1 - suspect]:
                continue
            word, (a, b) = words[suspect], (first, second)[suspect]
            if spelling(word) == spelling(correct[suspect]) or tuple(map(spelling, words)) in kept \
                    or all(w == fold_keep_length(w) for w in words) \
                    or not unicodedata.is_normalized("NFC", word):
                continue  # right, words of their own, no mark at all, or marks not composed
            repairs.append((a, b, "".join(r.upper() if c.isupper() else r for c, r in zip(text[a:b], correct[suspect]))))
            break
    return repairs
