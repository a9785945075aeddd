"""The finders take time linear in the text, on generated text built to defeat that: long
lists of bodies, runs of capacity lines, a clause
of named-instrument words.

A complexity check, not a speed target: four times the text may take at most twice that
(8 times as long; a quadratic finder takes 16), in CPU time, the best of a few runs, so that
other processes on a busy machine do not fail it as they did a bound of 3 on twice the text."""
import pytest
from growth import least_cpu_seconds, timed_until

from luocdo.extract.organizations import find_organizations
from luocdo.extract.parts import document_parts
from luocdo.extract.persons import find_persons
from luocdo.extract.signature import read_closing

_BODIES = ("Các Bộ: Tư pháp, Công Thương và Sở Tài chính, Vụ Pháp chế, Kế hoạch (Bộ Tài chính), "
           "Ủy ban nhân dân các xã, phường, các cơ quan, đơn vị, ACV, ")
_NAMED_INSTRUMENTS = "Đề án Kế hoạch Chương trình "
_CASES = [
    (find_organizations, _BODIES),
    (find_organizations, _NAMED_INSTRUMENTS),
    (read_closing, "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n"),  # each prefixed line walked up to the first once
    (document_parts, _NAMED_INSTRUMENTS),
    (find_persons, "ông Nguyễn Văn An, Bộ trưởng Bộ Tư pháp, "),
    (find_persons, "Thủ tướng Chính phủ, Phó Thủ tướng "),  # a chain of titles no name ends, walked once
]
_LEAST_SECONDS = 0.03  # the first size is grown until a run takes this long, above the clock's noise
_LEAST_CHARACTERS = 10_000  # and starts longer than the windows some finders read (a signature's 4,000)


@pytest.mark.parametrize("finder, unit", _CASES, ids=[f"{f.__name__}-{u[:12]}" for f, u in _CASES])
def test_four_times_the_text_takes_about_four_times_as_long(finder, unit):
    finder(unit * 10)  # the vocabularies and regexes are built once, outside the measure
    repeats = -(-_LEAST_CHARACTERS // len(unit))
    while least_cpu_seconds(lambda: finder(unit * repeats)) < _LEAST_SECONDS:
        repeats *= 2
    small, large = unit * repeats, unit * 4 * repeats
    once, four = timed_until(lambda once, four: four < 8 * once, lambda: finder(small), lambda: finder(large))
    assert four < 8 * once, f"{finder.__name__}: {once:.3f} s for {repeats} repeats, {four:.3f} s for four times as many"
