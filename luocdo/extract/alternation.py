"""Alternations of phrases that the regex engine can scan for quickly.

A pattern that opens with a lookbehind (`(?<!\\w)(?:Hội nghị|cuộc họp|...)`) is tried at every
offset of the text; one whose every branch opens with a literal character lets the engine skip
to the next offset holding one of those characters. So each phrase opens with its first
character and checks after it that no letter came before, and runs of phrases with the same
first character share one branch.
"""
from __future__ import annotations

import re
from itertools import groupby
from typing import Callable, Iterable, Iterator


def at_word_start(phrases: Iterable[str], rest_pattern: Callable[[str], str] = re.escape) -> str:
    """`(?<!\\w)(?:p1|p2|...)` written so that the engine skips ahead: the phrases are tried in
    the order given (only phrases next to each other share a branch, so that order holds under
    re.IGNORECASE too). `rest_pattern` makes the pattern of a phrase without its first character.

    >>> at_word_start(["hội nghị", "họp", "phiên họp"])
    '(?:h(?<!\\\\wh)(?:ội\\\\ nghị|ọp)|p(?<!\\\\wp)(?:hiên\\\\ họp))'
    """
    branches = []
    for first, run in groupby(phrases, key=lambda phrase: phrase[0]):
        head = re.escape(first)
        branches.append(rf"{head}(?<!\w{head})(?:{'|'.join(rest_pattern(phrase[1:]) for phrase in run)})")
    return "(?:" + "|".join(branches) + ")"


def spaced(words: str) -> str:
    """The words literally, any run of spaces between them (and before them, as after a phrase's
    first letter: `y tế`); a `rest_pattern` for at_word_start."""
    return r"\s+".join(map(re.escape, re.split(r"\s+", words)))


def finditer_from(pattern: re.Pattern, starts: re.Pattern, text: str, pos: int = 0,
                  endpos: int | None = None) -> Iterator[re.Match]:
    """`pattern.finditer(text, pos, endpos)` for a pattern the engine tries at every offset (one
    opening with a lookbehind, or with branches of which not all open with a literal): it is
    tried only where `starts`, which opens with one character set, finds an offset where one of
    its matches may begin. Both patterns must never match the empty string."""
    end = len(text) if endpos is None else endpos
    after = pos
    for candidate in starts.finditer(text, pos, end):
        at = candidate.start()
        if at >= after and (match := pattern.match(text, at, end)):
            after = match.end()
            yield match
