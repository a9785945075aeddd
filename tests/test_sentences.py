"""Sentences, the unit of evidence: split where a reader would, in time linear in the text."""
from __future__ import annotations

import time

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
    def seconds(times: int) -> float:
        """CPU seconds, best of three: a busy machine must not make linear look quadratic."""
        text = "Nghị định số 2/2020/NĐ-CP. " * times
        best = float("inf")
        for _ in range(3):
            started = time.process_time()
            assert len(split_sentences(text)) == 1
            best = min(best, time.process_time() - started)
        return best

    seconds(100)
    assert seconds(40_000) < 3 * seconds(20_000) + 0.02
