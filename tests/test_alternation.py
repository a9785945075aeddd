"""at_word_start: the same matches as `(?<!\\w)(?:p1|p2|...)`, written for the engine to skip ahead."""
import re

import pytest

from luocdo.extract.alternation import at_word_start, spaced

_PHRASES = ["hội nghị", "họp", "phiên họp", "Hội nghị", "y tế"]
_TEXTS = [
    ("Phiên họp thường kỳ; phiên họp, cuộc họp và hội nghị", re.I),
    ("xhội nghị, hộp, họp kín", 0),  # inside a word: no phrase
    ("Sở Y  tế và y\ntế; ý tế", 0),  # any run of spaces between the words
    ("HỘI NGHỊ, Hội nghị, hội  nghị", re.I),
    ("", 0),
]


@pytest.mark.parametrize("text, flags", _TEXTS)
def test_same_matches_as_a_lookbehind_before_the_alternation(text, flags):
    phrases = sorted(_PHRASES, key=len, reverse=True)
    plain = re.compile(r"(?<!\w)(?:" + "|".join(spaced(p) for p in phrases) + ")", flags)
    grouped = re.compile(at_word_start(phrases, spaced), flags)
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_phrases_keep_their_order():
    """The first phrase that matches wins, as in a plain alternation: `họp` before `họp kín`."""
    assert re.match(at_word_start(["họp", "họp kín"]), "họp kín").group() == "họp"
    assert re.match(at_word_start(["họp kín", "họp"]), "họp kín").group() == "họp kín"
