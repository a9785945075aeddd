"""Resolution across documents: pairs of mentions, merged or not, and the seeds' expectations."""
from __future__ import annotations

import pytest

from extractions import citing, full_text_381, news_381, report_205
from luocdo.resolve import Conflict, resolve

CT18_2023 = ("Chỉ thị số 18/CT-TTg ngày 30/5/2023", "CT", "18", "CT-TTg", 2023)
CT18_2024 = ("Chỉ thị số 18/CT-TTg ngày 2/2/2024", "CT", "18", "CT-TTg", 2024)
DA06_FULL = ("Đề án \"Phát triển ứng dụng dữ liệu về dân cư\" (Đề án 06)", "ĐA", None, None, None,
             {"name": "Phát triển ứng dụng dữ liệu về dân cư", "aliases": ["Đề án 06"]})


def _id(res, path, citation_index, extraction):
    return res.id(path, extraction.instruments[citation_index].key)


# (first document's citations, second document's citations, merged?)
PAIRS = [
    pytest.param([CT18_2023], [("Chỉ thị số 18 ngày 30/5/2023", "CT", "18", None, 2023)], True, id="short form with date"),
    pytest.param([CT18_2023], [("Chỉ thị 18", "CT", "18", None, None)], True, id="year-less short form, unique"),
    pytest.param([CT18_2023, CT18_2024], [("Chỉ thị 18", "CT", "18", None, None)], False, id="year-less, two years"),
    pytest.param([CT18_2023], [("Chỉ thị số 18/CT-TTg ngày 30/5/2024", "CT", "18", "CT-TTg", 2024)], False,
                 id="same number, other year"),
    pytest.param([CT18_2023], [("Quyết định số 18/QĐ-TTg năm 2023", "QĐ", "18", "QĐ-TTg", 2023)], False,
                 id="same number, other type"),
    pytest.param([CT18_2023], [("Chỉ thị số 018/CT-TTg năm 2023", "CT", "018", "CT-TTg", 2023)], True,
                 id="leading zero"),
    pytest.param([DA06_FULL], [("Đề án 06", "ĐA", "06", None, None, {"short_form": True})], True, id="nickname"),
    pytest.param([DA06_FULL], [("Đề án 07", "ĐA", "07", None, None, {"short_form": True})], False, id="other nickname"),
    pytest.param([("Quyết định số 5/QĐ-UBND năm 2024 của UBND tỉnh A", "QĐ", "5", "QĐ-UBND", 2024,
                   {"issuer": "Ủy ban nhân dân tỉnh A"})],
                 [("Quyết định số 5/QĐ-UBND năm 2024 của UBND tỉnh B", "QĐ", "5", "QĐ-UBND", 2024,
                   {"issuer": "Ủy ban nhân dân tỉnh B"})], False, id="provincial symbols repeat"),
]


@pytest.mark.parametrize("first, second, merged", PAIRS)
def test_pairs_of_mentions(first, second, merged):
    a, b = citing("a.txt", *first), citing("b.txt", *second)
    res = resolve([a, b])
    assert (res.id("b.txt", b.instruments[0].key) == res.id("a.txt", a.instruments[0].key)) is merged


def test_a_short_form_prefers_the_full_form_in_its_own_document():
    a = citing("a.txt", CT18_2023)
    b = citing("b.txt", CT18_2024, ("Chỉ thị 18", "CT", "18", None, None))
    res = resolve([a, b])
    assert res.id("b.txt", "CT:18/@?") == "CT:18/CT-TTg@2024"
    assert res.ambiguities == []


def test_an_ambiguous_short_form_is_recorded_with_its_candidates():
    res = resolve([citing("a.txt", CT18_2023, CT18_2024), citing("b.txt", ("Chỉ thị 18", "CT", "18", None, None))])
    assert res.id("b.txt", "CT:18/@?") == "CT:18/@?"
    [ambiguity] = res.ambiguities
    assert ambiguity.candidates == ("CT:18/CT-TTg@2023", "CT:18/CT-TTg@2024")


def test_a_report_and_the_numberless_full_text_of_one_notice_are_one_instrument():
    res = resolve([full_text_381(), news_381()])
    merged = res.id("seeds/004.txt", "TB:381/@?")
    assert res.id("seeds/001.txt", "TB:?@2024~" + full_text_381().document.sha256[:10]) == merged
    assert merged == "TB:381/@2024"  # year from the full text; number from the report
    assert res.instruments[merged]["issuer"] == "Văn phòng Chính phủ"


def test_a_numberless_full_text_does_not_merge_with_another_chairs_notice():
    res = resolve([full_text_381(), report_205("seeds/000.txt")])
    assert len(res.instruments) == 4  # 381, 205, CT 18, Đề án


def test_a_report_takes_its_year_from_the_period_of_the_meeting_never_from_nowhere():
    ex = news_381()
    assert resolve([ex]).id(ex.document.path, "TB:381/@?") == "TB:381/@2024"
    ex.meetings[0].period = "6 tháng đầu năm"
    assert resolve([ex]).id(ex.document.path, "TB:381/@?") == "TB:381/@?"


def test_two_reports_of_one_notice_merge_and_their_different_dates_are_a_conflict():
    res = resolve([report_205("seeds/000.txt"), report_205("seeds/002.txt", date="2025-04-29")])
    assert len(res.instruments) == 1
    assert res.conflicts == [Conflict("TB:205/TB-VPCP@2025", "date",
                                      (("2025-04-28", ("seeds/000.txt",)), ("2025-04-29", ("seeds/002.txt",))))]


def test_a_full_texts_date_wins_over_a_reports():
    full = report_205("z.txt", date="2025-04-28")
    full.subject_role = "full_text"
    res = resolve([report_205("a.txt", date="2025-04-30"), report_205("b.txt", date="2025-04-30"), full])
    assert res.instruments["TB:205/TB-VPCP@2025"]["date"] == "2025-04-28"
    assert len(res.conflicts) == 1


def test_two_issuers_are_a_conflict():
    res = resolve([report_205("a.txt"), report_205("b.txt", issuer="Bộ Công Thương")])
    assert [(c.property, len(c.values)) for c in res.conflicts] == [("issuer", 2)]


def test_positions_keep_the_date_of_the_stating_document():
    res = resolve([full_text_381()])
    assert res.positions["person:tran-luu-quang"] == ["Phó Thủ tướng Chính phủ (2024-08-08)"]


def test_an_unknown_body_merges_into_the_known_body_written_that_way():
    from extractions import document, extraction, org

    a = extraction(document("a.txt", "Ban Chỉ đạo 389 quốc gia"),
                   organizations=[org("Ban Chỉ đạo 389 quốc gia", "Ban Chỉ đạo 389 quốc gia",
                                      "Ban Chỉ đạo quốc gia chống buôn lậu, gian lận thương mại và hàng giả")])
    b = extraction(document("b.txt", "BCĐ 389: Ban Chỉ đạo 389 quốc gia"),
                   organizations=[org("BCĐ 389: Ban Chỉ đạo 389 quốc gia", "Ban Chỉ đạo 389 quốc gia", known=False)])
    res = resolve([a, b])
    assert res.org_id("Ban Chỉ đạo 389 quốc gia") == "org:ban-chi-dao-quoc-gia-chong-buon-lau-gian-lan-thuong-mai-va-hang-gia"


def test_resolution_does_not_depend_on_the_order_of_documents():
    docs = [full_text_381(), news_381(), report_205("c.txt"), citing("d.txt", CT18_2023)]
    assert resolve(docs).ids == resolve(list(reversed(docs))).ids


def test_a_numberless_notice_alone_keeps_its_documents_id_not_its_title():
    ex = full_text_381()
    ex.subject.name = "Kết luận của Phó Thủ tướng Chính phủ Trần Lưu Quang"
    local = f"TB:?@2024~{ex.document.sha256[:10]}"
    assert resolve([ex]).id(ex.document.path, local) == local
