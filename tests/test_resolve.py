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


# The same instrument written another way: symbol case, diacritics and spacing, a missing type.
SPELLINGS = [
    pytest.param([("Quyết định số 1131/QĐ-TTg ngày 12/6/2025", "QĐ", "1131", "QĐ-TTg", 2025)],
                 [("Quyết định số 1131/qđ-ttg ngày 12/6/2025", "QĐ", "1131", "qđ-ttg", 2025)], True, id="symbol in lower case"),
    pytest.param([("Quyết định số 1131/QĐ-TTg ngày 12/6/2025", "QĐ", "1131", "QĐ-TTg", 2025)],
                 [("Quyết định số 1131/QĐ-TTG ngày 12/6/2025", "QĐ", "1131", "QĐ-TTG", 2025)], True, id="symbol in capitals"),
    pytest.param([("Nghị định số 168/2024/NĐ-CP", "NĐ", "168", "NĐ-CP", 2024)],
                 [("Nghi dinh so 168/2024/ND-CP", "NĐ", "168", "ND-CP", 2024)], True, id="symbol without diacritics"),
    pytest.param([("Công văn số 3509/VPCP-V.I ngày 8/5/2025", "CV", "3509", "VPCP-V.I", 2025)],
                 [("Công văn số 3509/VPCP- V.I ngày 8/5/2025", "CV", "3509", "VPCP- V.I", 2025)], True,
                 id="symbol broken by a space"),
    pytest.param([("Nghị quyết số 68-NQ/TW ngày 4/5/2025", "NQ", "68", "NQ/TW", 2025)],
                 [("Nghị quyết số 68-nq/tw ngày 4/5/2025", "NQ", "68", "nq/tw", 2025)], True, id="Party symbol in lower case"),
    pytest.param([("Nghị quyết số 68-NQ/TW ngày 4/5/2025", "NQ", "68", "NQ/TW", 2025)],
                 [("Nghị quyết 68", "NQ", "68", None, None, {"short_form": True})], True, id="Party resolution by number"),
    pytest.param([("Thông tư số 39/2018/TT-BTC", "TT", "39", "TT-BTC", 2018)],
                 [("Thông tư số 39/2018/TTBTC", "TT", "39", "TTBTC", 2018)], True, id="symbol without its hyphen"),
    pytest.param([("Quyết định số 7/2022/QĐ-UBND của UBND Thành phố Hà Nội", "QĐ", "7", "QĐ-UBND", 2022,
                   {"issuer": "Ủy ban nhân dân thành phố Hà Nội"})],
                 [("Quyết định số 7/2022/QĐUBND của UBND Thành phố Hà Nội", "QĐ", "7", "QĐUBND", 2022,
                   {"issuer": "Ủy ban nhân dân thành phố Hà Nội"})], True, id="provincial symbol without its hyphen"),
    pytest.param([("Chỉ thị số 35-CT/TW ngày 14/6/2024", "CT", "35", "CT/TW", 2024)],
                 [("Chỉ thị số 35-CT-TW ngày 14/6/2024", "CT", "35", "CT-TW", 2024)], True, id="Party symbol with a hyphen for its slash"),
    pytest.param([("Quyết định số 1131/QĐ-TTg ngày 12/6/2025", "QĐ", "1131", "QĐ-TTg", 2025)],
                 [("Quyết định số 1131/QĐ-BTC ngày 12/6/2025", "QĐ", "1131", "QĐ-BTC", 2025)], False, id="another issuer code"),
    pytest.param([("Quyết định số 1131/QĐ-TTg ngày 12/6/2025", "QĐ", "1131", "QĐ-TTg", 2025)],
                 [("Quyết định số 1131/QĐ-TTg ngày 12/6/2024", "QĐ", "1131", "QĐ-TTg", 2024)], False, id="same symbol other year"),
    pytest.param([("Quyết định số 5/QĐ-UBND năm 2024 của UBND tỉnh A", "QĐ", "5", "QĐ-UBND", 2024,
                   {"issuer": "Ủy ban nhân dân tỉnh A"})],
                 [("Quyết định số 5/qđ-ubnd năm 2024 của Ủy ban nhân dân tỉnh A", "QĐ", "5", "qđ-ubnd", 2024,
                   {"issuer": "Ủy ban nhân dân tỉnh A"})], True, id="provincial symbol in lower case, same province"),
    pytest.param([("Quyết định số 5/QĐ-UBND năm 2024 của UBND tỉnh A", "QĐ", "5", "QĐ-UBND", 2024,
                   {"issuer": "Ủy ban nhân dân tỉnh A"})],
                 [("Quyết định số 5/qđ-ubnd năm 2024 của UBND tỉnh B", "QĐ", "5", "qđ-ubnd", 2024,
                   {"issuer": "Ủy ban nhân dân tỉnh B"})], False, id="provincial symbol in lower case, other province"),
    pytest.param([("Nghị quyết số 136/2024/QH15", "NQ", "136", "QH15", 2024)],
                 [("số 136/2024/QH15", None, "136", "QH15", 2024)], True, id="a number and symbol without type word"),
    pytest.param([("Nghị quyết số 202/2025/QH15", "NQ", "202", "QH15", 2025),
                  ("Luật số 202/2025/QH15", "LUẬT", "202", "QH15", 2025)],
                 [("số 202/2025/QH15", None, "202", "QH15", 2025)], False, id="without type word, two types fit"),
    pytest.param([("Nghị quyết số 136/2024/QH15", "NQ", "136", "QH15", 2024)],
                 [("số 136/2023/QH15", None, "136", "QH15", 2023)], False, id="without type word, other year"),
]

# A law by its name and the numbered law, and the versions of a name.
DAT_DAI_2024 = ("Luật Đất đai số 31/2024/QH15", "LUẬT", "31", "QH15", 2024, {"name": "Đất đai"})
DAT_DAI_2013 = ("Luật Đất đai số 45/2013/QH13", "LUẬT", "45", "QH13", 2013, {"name": "Đất đai"})
LAWS = [
    pytest.param([DAT_DAI_2024], [("Luật Đất đai năm 2024", "LUẬT", None, None, 2024, {"name": "Luật Đất đai năm 2024"})],
                 True, id="law by name and year"),
    pytest.param([DAT_DAI_2024], [("Luật Đất đai 2024", "LUẬT", None, None, None, {"name": "Luật Đất đai 2024"})],
                 True, id="year only in the name"),
    pytest.param([DAT_DAI_2024], [("Luật Đất đai ngày 18 tháng 01 năm 2024", "LUẬT", None, None, 2024,
                                   {"name": "Luật Đất đai", "date": "2024-01-18"})], True, id="year from the law's date"),
    pytest.param([DAT_DAI_2024], [("Luật Đất đai", "LUẬT", None, None, None, {"name": "Luật Đất đai"})], True,
                 id="name alone, one version known"),
    pytest.param([DAT_DAI_2024, DAT_DAI_2013], [("Luật Đất đai", "LUẬT", None, None, None, {"name": "Luật Đất đai"})],
                 False, id="name alone, two versions known"),
    pytest.param([DAT_DAI_2013], [("Luật Đất đai năm 2024", "LUẬT", None, None, 2024, {"name": "Luật Đất đai năm 2024"})],
                 False, id="name of another version"),
    pytest.param([("Luật Đất đai năm 2013", "LUẬT", None, None, 2013, {"name": "Luật Đất đai năm 2013"})],
                 [("Luật Đất đai năm 2024", "LUẬT", None, None, 2024, {"name": "Luật Đất đai năm 2024"})],
                 False, id="two versions by name"),
    pytest.param([("Luật Đất đai năm 2024", "LUẬT", None, None, 2024, {"name": "Luật Đất đai năm 2024"})],
                 [("Luật Đất đai 2024", "LUẬT", None, None, 2024, {"name": "Luật Đất đai 2024"})], True,
                 id="with and without năm"),
    pytest.param([("Luật Đất đai ngày 29/11/2013", "LUẬT", None, None, 2013, {"name": "Luật Đất đai"})],
                 [("Luật Đất đai ngày 18/01/2024", "LUẬT", None, None, 2024, {"name": "Luật Đất đai"})],
                 False, id="one name, two dates: two versions"),
    pytest.param([("Bộ luật Dân sự số 91/2015/QH13", "BỘ LUẬT", "91", "QH13", 2015, {"name": "Dân sự"})],
                 [("Bộ luật Dân sự năm 2015", "BỘ LUẬT", None, None, 2015, {"name": "Bộ luật Dân sự năm 2015"})],
                 True, id="code by name"),
    pytest.param([("Pháp lệnh Chi phí tố tụng số 02/2024/UBTVQH15", "PL", "02", "UBTVQH15", 2024,
                   {"name": "Chi phí tố tụng"})],
                 [("Pháp lệnh Chi phí tố tụng", "PL", None, None, None, {"name": "Pháp lệnh Chi phí tố tụng"})],
                 True, id="ordinance by name"),
    pytest.param([DAT_DAI_2024], [("Luật sửa đổi, bổ sung một số điều của Luật Đất đai", "LUẬT", None, None, None,
                                   {"name": "Luật sửa đổi, bổ sung một số điều của Luật Đất đai"})],
                 False, id="the amending law is another law"),
    pytest.param([DAT_DAI_2024], [("Nghị quyết Đất đai 2024", "NQ", None, None, None, {"name": "Nghị quyết Đất đai 2024"})],
                 False, id="another type of the same name"),
    pytest.param([DAT_DAI_2024, ("Luật số 99/2024/QH15", "LUẬT", "99", "QH15", 2024, {"name": "Đất đai"})],
                 [("Luật Đất đai năm 2024", "LUẬT", None, None, 2024, {"name": "Luật Đất đai năm 2024"})],
                 False, id="two numbered laws of the name and year"),
    pytest.param([("Đề án phát triển văn hóa năm 2025", "ĐA", None, None, None, {"name": "Đề án phát triển văn hóa năm 2025"})],
                 [("Đề án phát triển văn hóa 2025", "ĐA", None, None, None, {"name": "Đề án phát triển văn hóa 2025"})],
                 True, id="named plan with and without năm"),
    pytest.param([("Luật Hôn nhân và gia đình 2014", "LUẬT", None, None, 2014, {"name": "Luật Hôn nhân và gia đình 2014"})],
                 [("Luật Hôn nhân gia đình 2014", "LUẬT", None, None, 2014, {"name": "Luật Hôn nhân gia đình 2014"})],
                 True, id="with and without và"),
    pytest.param([("Luật Phòng, chống ma túy", "LUẬT", None, None, None, {"name": "Luật Phòng, chống ma túy"})],
                 [("Luật Phòng chống ma túy", "LUẬT", None, None, None, {"name": "Luật Phòng chống ma túy"})],
                 True, id="with and without its comma"),
    pytest.param([("Bộ luật Hình sự 2015", "BỘ LUẬT", None, None, 2015, {"name": "Bộ luật Hình sự 2015"})],
                 [("Bộ luật Tố tụng hình sự 2015", "BỘ LUẬT", None, None, 2015, {"name": "Bộ luật Tố tụng hình sự 2015"})],
                 False, id="a name inside another is another law"),
]


@pytest.mark.parametrize("first, second, merged", SPELLINGS + LAWS)
def test_one_instrument_written_two_ways(first, second, merged):
    a, b = citing("a.txt", *first), citing("b.txt", *second)
    res = resolve([a, b])
    assert (res.id("b.txt", b.instruments[0].key) == res.id("a.txt", a.instruments[0].key)) is merged


def test_a_law_by_name_takes_the_version_its_own_document_numbers():
    a = citing("a.txt", DAT_DAI_2013)
    b = citing("b.txt", DAT_DAI_2024, ("Luật Đất đai", "LUẬT", None, None, None, {"name": "Luật Đất đai"}))
    res = resolve([a, b])
    assert res.id("b.txt", "LUẬT:luat-dat-dai") == "LUẬT:31/QH15@2024"
    assert res.ambiguities == []


def test_a_law_by_name_with_two_versions_is_an_ambiguity():
    res = resolve([citing("a.txt", DAT_DAI_2013, DAT_DAI_2024),
                   citing("b.txt", ("Luật Đất đai", "LUẬT", None, None, None, {"name": "Luật Đất đai"}))])
    assert res.id("b.txt", "LUẬT:luat-dat-dai") == "LUẬT:luat-dat-dai"
    assert [a.candidates for a in res.ambiguities] == [("LUẬT:31/QH15@2024", "LUẬT:45/QH13@2013")]


def test_a_law_by_name_and_date_keeps_its_year_in_the_graph():
    ex = citing("a.txt", ("Luật Đất đai ngày 18/01/2024", "LUẬT", None, None, 2024, {"name": "Luật Đất đai"}))
    assert resolve([ex]).id("a.txt", "LUẬT:luat-dat-dai") == "LUẬT:luat-dat-dai-2024"


def test_the_spelling_stated_most_names_the_merged_instrument():
    res = resolve([citing(f"{i}.txt", ("Quyết định số 1131/QĐ-TTg năm 2025", "QĐ", "1131", "QĐ-TTg", 2025)) for i in "ab"]
                  + [citing("c.txt", ("Quyết định số 1131/QĐ-TTG năm 2025", "QĐ", "1131", "QĐ-TTG", 2025))])
    assert res.id("c.txt", "QĐ:1131/QĐ-TTG@2025") == "QĐ:1131/QĐ-TTg@2025"
    assert list(res.instruments) == ["QĐ:1131/QĐ-TTg@2025"]


# Bodies outside the gazetteer: (as one document names it, as another does, one body?)
BODIES = [
    pytest.param("bộ, ngành", "Các bộ, ngành", True, id="collective with and without các"),
    pytest.param("các bộ, ngành", "Các bộ, ngành", True, id="collective in two cases"),
    pytest.param("sở, ban, ngành", "Các sở, ban, ngành", True, id="local collective without các"),
    pytest.param("cơ quan, đơn vị", "tất cả các cơ quan, đơn vị", True, id="tất cả các"),
    pytest.param("bộ, ngành, địa phương", "Các bộ, ngành, địa phương", True, id="three kinds"),
    pytest.param("Các Bộ, ngành Trung ương", "các bộ, ngành trung ương", True, id="qualified collective in two cases"),
    pytest.param("đơn vị sự nghiệp công lập", "các đơn vị sự nghiệp công lập", True, id="a kind with its qualifier"),
    pytest.param("bộ, ngành", "Các bộ, ngành, địa phương", False, id="other kinds"),
    pytest.param("các Tổng công ty nhà nước", "Tổng công ty nhà nước", False, id="not a collective noun"),
    pytest.param("các Hội đồng", "Hội đồng", False, id="Hội đồng is a body, not a kind"),
    pytest.param("Trung tâm Phục vụ hành chính công tỉnh Hoà Bình", "Trung tâm phục vụ hành chính công tỉnh Hòa Bình",
                 True, id="tone placement and case"),
    pytest.param("Uỷ ban nhân dân xã Tân Hoà", "Ủy ban nhân dân xã Tân Hòa", True, id="Uỷ and Hoà"),
    pytest.param("Văn phòng UBND tỉnh", "Văn phòng Ủy ban nhân dân tỉnh", True, id="UBND spelled out"),
    pytest.param("UBND các xã, phường, đặc khu", "Ủy ban nhân dân các xã, phường, đặc khu", True, id="collective with UBND"),
    pytest.param("Đoàn ĐBQH tỉnh", "Đoàn đại biểu Quốc hội tỉnh", True, id="ĐBQH"),
    pytest.param("Cổng TTĐT tỉnh", "Cổng thông tin điện tử tỉnh", True, id="TTĐT"),
    pytest.param("Cục KSTTHC", "Cục Kiểm soát thủ tục hành chính", True, id="a whole name abbreviated"),
    pytest.param("Cục Kiểm soát TTHC", "Cục KSTTHC", True, id="two abbreviations of one name"),
    pytest.param("Sở GD&ĐT", "Sở GDĐT", True, id="GD&ĐT and GDĐT"),
    pytest.param("Văn phòng UBND TP", "Văn phòng Ủy ban nhân dân Thành phố", True, id="TP"),
    pytest.param("Ban Chỉ đạo TW", "Ban Chỉ đạo Trung ương", True, id="TW"),
    pytest.param("Hội đồng TĐKT tỉnh", "Hội đồng Thi đua - Khen thưởng tỉnh", True, id="TĐKT"),
    pytest.param("Ban QLDA Đầu tư", "Ban Quản lý dự án đầu tư", True, id="QLDA"),
    pytest.param("Các tổ chức CT-XH Thành phố", "các tổ chức chính trị - xã hội thành phố", True, id="CT-XH"),
    pytest.param("BCH PTDS tỉnh", "Ban Chấp hành phòng thủ dân sự tỉnh", False, id="BCH has two readings"),
    pytest.param("Văn phòng UBND tỉnh", "Văn phòng HĐND tỉnh", False, id="two offices"),
    pytest.param("Cục KSTTHC", "Cục Kiểm tra văn bản", False, id="another department"),
]


@pytest.mark.parametrize("first, second, merged", BODIES)
def test_one_body_written_two_ways(first, second, merged):
    from extractions import document, extraction, org

    a = extraction(document("a.txt", first), organizations=[org(first, first, known=False)])
    b = extraction(document("b.txt", second), organizations=[org(second, second, known=False)])
    res = resolve([a, b])
    assert (res.org_id(first) == res.org_id(second)) is merged


def test_an_abbreviated_body_is_the_known_body_spelled_that_way():
    from extractions import document, extraction, org

    known = "Sở Nội vụ thành phố Hồ Chí Minh"
    a = extraction(document("a.txt", known), organizations=[org(known, known)])
    b = extraction(document("b.txt", "Sở Nội vụ TPHCM"), organizations=[org("Sở Nội vụ TPHCM", "Sở Nội vụ TPHCM", known=False)])
    assert resolve([a, b]).org_id("Sở Nội vụ TPHCM") == "org:so-noi-vu-thanh-pho-ho-chi-minh"


def test_an_abbreviated_body_takes_the_spelled_out_name():
    from extractions import document, extraction, org

    res = resolve([extraction(document(f"{i}.txt", n), organizations=[org(n, n, known=False)])
                   for i, n in enumerate(("Cục KSTTHC", "Cục Kiểm soát thủ tục hành chính"))])
    assert res.org_id("Cục KSTTHC") == "org:cuc-kiem-soat-thu-tuc-hanh-chinh"


def test_a_collective_is_named_with_its_plural():
    from extractions import document, extraction, org

    res = resolve([extraction(document(f"{n}.txt", n), organizations=[org(n, n, known=False)])
                   for n in ("bộ, ngành", "Các bộ, ngành")])
    assert res.org_id("bộ, ngành") == "org:cac-bo-nganh"


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


def test_a_byte_identical_copy_of_the_full_text_does_not_make_the_report_ambiguous():
    copy = full_text_381("seeds/copy_of_001.txt")
    assert copy.document.sha256 == full_text_381().document.sha256
    res = resolve([full_text_381(), copy, news_381()])
    assert res.id("seeds/004.txt", "TB:381/@?") == "TB:381/@2024"
    assert res.id("seeds/copy_of_001.txt", "TB:?@2024~" + copy.document.sha256[:10]) == "TB:381/@2024"
    assert not res.ambiguities


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


@pytest.mark.parametrize("first_year, second_year", [(2015, 2021), (2021, 2015)])
def test_one_local_id_for_two_versions_is_the_first_cited(first_year, second_year):
    ex = citing("a.txt", *[(f"Luật Thống kê ngày 12 tháng 11 năm {y}", "LUẬT", None, None, y, {"name": "Luật Thống kê"})
                           for y in (first_year, second_year)])
    res = resolve([ex])
    assert res.id("a.txt", "LUẬT:luat-thong-ke") == f"LUẬT:luat-thong-ke-{first_year}"
    assert f"LUẬT:luat-thong-ke-{second_year}" in res.instruments


def test_resolution_reads_only_the_mentions_so_a_build_can_drop_the_rest():
    """A build resolves compact views (no tasks, relations, evidence or signature) and reads
    each whole extraction again only to add it to the graph: the answer must be the same."""
    from luocdo.resolve import for_resolution

    full = [full_text_381(), news_381(), report_205("seeds/000.txt"), report_205("seeds/002.txt")]
    views = [for_resolution(ex) for ex in full]
    assert all(not v.tasks and not v.relations and v.signature is None for v in views)
    assert any(ex.tasks for ex in full)
    assert resolve(views) == resolve(full)
