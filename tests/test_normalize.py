"""fold: what users type and what documents print meet as one diacritic-free, lower-case text."""
import pytest

from luocdo.normalize import fold, fold_keep_length, fold_keep_length_all


@pytest.mark.parametrize("text, folded", [
    ("Bộ Công an", "bo cong an"),
    ("ĐIỀU 5", "dieu 5"),  # upper case, `Đ`
    ("Ðiều", "dieu"),  # U+00D0, the Icelandic eth real files print for `Đ`
    ("ðường", "duong"),
    ("Hoa\u0300", "hoa"),  # a combining grave accent after its letter
    ("Ho\u0323\u0302i", "hoi"),  # two combining marks, in either order NFC composes them
    ("Straße", "strasse"),  # case folding lengthens ß
    ("İstanbul", "istanbul"),  # İ case-folds to i and a combining dot
    ("\u2126 \u212b \u1fb3", "ω a αι"),  # ohm and ångström signs, iota subscript, as NFC and case folding make them
    ("", ""),
])
def test_fold(text, folded):
    assert fold(text) == folded


def test_fold_of_a_long_text_is_that_of_its_pieces():
    piece = "Ủy ban nhân dân tỉnh Đắk Lắk, Sở Tài chính; "
    assert fold(piece * 100) == fold(piece) * 100


def test_marks_that_nfd_reorders_across_characters_are_reordered():
    # U+1D16D (combining class 226) before U+1D165 (216) is put after it, as NFD does.
    assert fold("a\U0001D16D\U0001D165") == "a\U0001D165\U0001D16D"


def test_fold_keep_length_keeps_offsets():
    text = "Straße ĐIỀU Hoa\u0300"
    folded = fold_keep_length(text)
    assert len(folded) == len(text) and folded.startswith("stras") and "dieu" in folded


def test_many_texts_fold_at_once_as_each_alone():
    """The search index folds task texts in batches, joined: each comes back as fold_keep_length
    makes it, at its own length, whichever way (str.translate or numpy) the batch goes."""
    texts = ["Bộ Công an chủ trì", "", "Straße ĐIỀU Hoa\u0300", "ﬁ ß İ 😀 Ðiều"] * 400
    assert fold_keep_length_all(texts) == [fold_keep_length(t) for t in texts]  # joined, past numpy's threshold
    assert fold_keep_length_all(texts[:4]) == [fold_keep_length(t) for t in texts[:4]]
    assert fold_keep_length_all([]) == []
