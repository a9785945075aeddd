"""at_word_start and finditer_from: the same matches as the plain patterns, written for the engine to skip ahead."""
import re

import pytest

from luocdo.extract.alternation import at_word_start, finditer_from, spaced
from luocdo.extract.dates import _PERIOD_STARTS, _PERIODS

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


_PERIOD_TEXTS = [
    "giao ban quý III năm 2021 và 6 tháng đầu năm 2024; tháng 9/2021, Quý 4/2025",
    "ngày 14 tháng 10 năm 2021; x6 tháng năm 2024; 12 tháng năm",  # inside a word: no period
    "quý II, quý III và 9 tháng năm 2021",
    "",
]


@pytest.mark.parametrize("text", _PERIOD_TEXTS)
@pytest.mark.parametrize("pos, endpos", [(0, None), (5, 40)])
def test_finditer_from_finds_what_finditer_finds(text, pos, endpos):
    """Tried only where `starts` finds a candidate, the pattern matches as `finditer` does, in a window too."""
    end = len(text) if endpos is None else min(endpos, len(text))
    assert [m.span() for m in finditer_from(_PERIODS, _PERIOD_STARTS, text, pos, endpos)] == \
        [m.span() for m in _PERIODS.finditer(text, pos, end)]
