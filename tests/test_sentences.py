"""Sentences, the unit of evidence: split where a reader would, in time linear in the text."""
from __future__ import annotations

from growth import timed_until

from luocdo.extract.sentences import SentenceIndex, split_sentences
from luocdo.model import Span


def test_a_sentence_ends_after_a_full_stop_but_not_after_an_abbreviation():
    text = "Giao TP. Hà Nội chủ trì. Bộ Công an phối hợp."
    assert [s.text for s in split_sentences(text)] == ["Giao TP. Hà Nội chủ trì.", "Bộ Công an phối hợp."]


def test_the_sentence_around_a_list_item_is_its_first_sentence_not_its_number():
    """Task evidence was once just `2.`: a task's span starts at its item's number."""
    text = "Kết luận như sau:\n2. Bộ Tư pháp chủ trì. Bộ Công an phối hợp.\nb) Giao Sở Y tế."
    index = SentenceIndex(text)
    item = Span(text.index("2."), text.index("\nb)"))
    assert index.around(item).text == "Bộ Tư pháp chủ trì."
    assert index.around(Span(text.index("b)"), len(text))).text == "b) Giao Sở Y tế."  # never split off
    assert index.around(Span(text.index("2."), text.index("2.") + 2)).text == "2."  # only the number itself


def test_a_line_of_full_stops_that_end_no_sentence_is_split_in_linear_time():
    """`NĐ-CP.` reads as the abbreviation `P.`, so a line of such citations is one sentence; the
    splitter once copied the whole sentence so far at every full stop (N² on such a line)."""
    def split(times: int):
        text = "Nghị định số 2/2020/NĐ-CP. " * times
        return lambda: split_sentences(text)

    assert len(split(100)()) == 1
    once, twice = timed_until(lambda once, twice: twice < 3 * once + 0.02, split(20_000), split(40_000))
    assert twice < 3 * once + 0.02, f"{once:.3f} s for 20,000 citations, {twice:.3f} s for 40,000"
