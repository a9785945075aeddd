"""Documents from sources other than the legal database of the dev set, end to end.

The fixtures (tests/fixtures/documents/other_sources/) lay out legal text the way other sources
deliver it: OCR / pdftotext of the Government portal's signed PDFs (flattened two-column headers,
signature stamps anywhere, page numbers, misread characters, `(Đã ký)`), news reports of other
sites (datelines, captions, teasers, tags) and other legal databases (their own metadata tables
and tabs). The site furniture is written in our own words. Expectations that fail in another
area's finder are marked xfail (strict) with the reason, so that a fix shows up.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from luocdo.extract import extract
from luocdo.loaders import load, load_string
from luocdo.output import extraction_to_json

DOCS = Path(__file__).parent / "fixtures" / "documents" / "other_sources"
STAMP_WORDS = ("Ký bởi", "Thời gian ký", "thongtinchinhphu", "Cổng Thông tin điện tử")


def _record(name: str) -> dict:
    return extraction_to_json(extract(load(DOCS / name)))


def _cites(record: dict) -> set[tuple]:
    return {(i["type"], i["number"], i["year"]) for i in record["instruments"]}


def _task_facts(record: dict) -> set[tuple]:
    return {(a["name"], a["role"], t["deadline"]) for t in record["tasks"] for a in t["assignees"]}


# name: subject (type, number, year, role, date), issuer, signer, recipients included, cites included, teasers
EXPECTED = {
    "ocr_cong_dien_24_2025.txt": {  # stamp above the header, `Sô:`/`ngảy`, `- 2 -`, `(Đã ký)`
        "subject": ("CĐ", "24", 2025, "full_text", "2025-03-05"), "issuer": "Thủ tướng Chính phủ",
        "signer": "Phạm Minh Chính", "title": "Về việc tăng cường phòng, chống dịch sởi",
        "recipients": {"org:bo-y-te", "org:bo-tai-chinh"}, "cites": {("CT", "25", 2024)}},
    "ocr_cong_dien_layout_2024.txt": {  # pdftotext -layout, `1O5`, `tháng l0`, stamp beside the list
        "subject": ("CĐ", "105", 2024, "full_text", "2024-10-09"), "issuer": "Thủ tướng Chính phủ",
        "signer": "Trần Hồng Hà", "title": "Về việc tập trung ứng phó với bão số 4 và mưa lũ",
        "recipients": {"org:bo-quoc-phong", "org:uy-ban-nhan-dan-tinh-quang-binh"}, "cites": {("LUẬT", None, 2013)}},
    "ocr_thong_bao_vpcp_2025.txt": {  # date above the number, stamp and bare page number mid-list, `Điểu`, `Chinh phủ`
        "subject": ("TB", "178", 2025, "full_text", "2025-04-14"), "issuer": "Văn phòng Chính phủ",
        "signer": "Trần Văn Sơn", "recipients": {"org:bo-cong-thuong"},
        "cites": {("NQ", "55", 2020), ("NĐ", "58", 2025)}},
    "ocr_cong_van_vpcp_2025.txt": {  # a công văn: V/v over two lines, Kính gửi list, stamp beside the list
        "subject": ("CV", "2345", 2025, "full_text", "2025-04-02"), "issuer": "Văn phòng Chính phủ",
        "signer": "Mai Thị Thu Vân", "title": "triển khai Nghị quyết số 01/NQ-CP của Chính phủ",
        "recipients": {"org:bo-tai-chinh", "org:bo-cong-thuong"},
        "cites": {("NQ", "01", 2025), ("CV", "1120", 2025)}},
    "ocr_quyet_dinh_ttg_2025.txt": {  # stamp between capacity and name, `Trang 1/2`, an appendix after
        "subject": ("QĐ", "512", 2025, "full_text", "2025-03-07"), "issuer": "Thủ tướng Chính phủ",
        "signer": "Nguyễn Hòa Bình", "recipients": {"org:van-phong-chinh-phu"},
        "cites": {("CT", "05", 2025), ("LUẬT", None, 2025), ("LUẬT", None, 2024)}},
    "ocr_chi_thi_2025.txt": {  # capacity above Nơi nhận, the name beside the archive item, `Trang 2`
        "subject": ("CT", "09", 2025, "full_text", "2025-03-21"), "issuer": "Thủ tướng Chính phủ",
        "signer": "Phạm Minh Chính", "recipients": {"org:ban-bi-thu"},
        "cites": {("QĐ", "749", 2020), ("NQ", "57", 2024)}},
    "ocr_thong_bao_ubnd_2024.txt": {  # header and closing flattened without layout, stamp before the name
        "subject": ("TB", "215", 2024, "full_text", "2024-09-18"), "issuer": "Ủy ban nhân dân tỉnh Quảng Ninh",
        "signer": "Nguyễn Văn Hồi", "cites": {("CĐ", "86", 2024)}},
    "news_portal_cong_dien_2025.txt": {  # (Chinhphu.vn) dateline, photo credit, teasers, tags, share buttons
        "subject": ("CĐ", "24", 2025, "report", "2025-03-05"), "issuer": "Thủ tướng Chính phủ",
        "signer": None, "cites": {("CT", "25", 2024)}, "teasers": {("NĐ", "12", 2025), ("QĐ", "200", None)},
        "author": "Thu Trang"},
    "news_daily_thong_bao_2025.txt": {  # `Hà Nội, 15/4/2025 -` dateline, caption, TIN MỚI, reader comments
        "subject": ("TB", "178", 2025, "report", "2025-04-14"), "issuer": "Văn phòng Chính phủ",
        "signer": None, "cites": {("NĐ", "58", 2025)}, "teasers": {("TT", "09", 2025), ("QĐ", "768", None)}},
    "legaldb_other_cong_dien_2025.txt": {  # `Số ký hiệu:` table, tabs, `Văn bản liên quan` panel
        "subject": ("CĐ", "24", 2025, "full_text", "2025-03-05"), "issuer": "Thủ tướng Chính phủ",
        "signer": "Phạm Minh Chính", "title": "Về việc tăng cường phòng, chống dịch sởi",
        "recipients": {"org:bo-y-te"}, "cites": {("CT", "25", 2024)},
        "teasers": {("CT", "30", 2024), ("QĐ", "1500", 2024)}},
    "legaldb_other_quyet_dinh_2024.txt": {  # a table of space-separated cells, `Hiệu lực`, a Lược đồ panel
        "subject": ("QĐ", "1432", 2024, "full_text", "2024-11-22"), "issuer": "Thủ tướng Chính phủ",
        "signer": "Trần Hồng Hà", "cites": {("LUẬT", None, 2015), ("LUẬT", None, 2023)},
        "teasers": {("LUẬT", None, 2012), ("NĐ", "02", 2023)}},
}
NAMES = sorted(EXPECTED)


@pytest.mark.parametrize("name", NAMES)
def test_subject(name):
    record, want = _record(name), EXPECTED[name]
    s = record["subject"]
    assert (s["type"], s["number"], s["year"], s["role"], s["date"]) == want["subject"]
    assert s["issuer"] == want["issuer"]
    if "title" in want:
        assert s["name"] == want["title"]


@pytest.mark.parametrize("name", NAMES)
def test_signer(name):
    record = _record(name)
    assert (record["signature"] and record["signature"]["signer_name"]) == EXPECTED[name]["signer"]


@pytest.mark.parametrize("name", [n for n in NAMES if "recipients" in EXPECTED[n]])
def test_recipients(name):
    assert EXPECTED[name]["recipients"] <= set(_record(name)["recipients"])


@pytest.mark.parametrize("name", NAMES)
def test_key_citations(name):
    assert EXPECTED[name]["cites"] <= _cites(_record(name))


@pytest.mark.parametrize("name", [n for n in NAMES if "teasers" in EXPECTED[n]])
def test_site_furniture_is_not_cited(name):
    assert not EXPECTED[name]["teasers"] & _cites(_record(name))


@pytest.mark.parametrize("name", NAMES)
def test_stamps_are_not_content(name):
    """No stamp line gives a person, an organisation, a citation, or a task's sentence."""
    record = _record(name)
    evidence = [ev for kind in ("persons", "organizations", "instruments", "tasks") for item in record[kind]
                for ev in (item["evidence"] if isinstance(item["evidence"], list) else [item["evidence"]])]
    sentences = [ev["sentence"] for ev in evidence] + [t["text"] for t in record["tasks"]]
    assert not [s for s in sentences if any(word in s for word in STAMP_WORDS)]


@pytest.mark.parametrize("name,stamp_date", [
    ("ocr_thong_bao_vpcp_2025.txt", "2025-04-14"), ("ocr_quyet_dinh_ttg_2025.txt", "2025-03-07"),
    ("ocr_cong_dien_24_2025.txt", "2025-03-05"), ("ocr_cong_dien_layout_2024.txt", "2024-10-09")])
def test_a_stamp_date_is_no_deadline(name, stamp_date):
    assert stamp_date not in {t["deadline"] for t in _record(name)["tasks"]}


@pytest.mark.parametrize("name,page_text", [
    ("ocr_cong_dien_24_2025.txt", "- 2 -"), ("ocr_chi_thi_2025.txt", "Trang 2"),
    ("ocr_quyet_dinh_ttg_2025.txt", "Trang 1/2"), ("ocr_cong_van_vpcp_2025.txt", "- 2 -")])
def test_page_numbers_are_not_text(name, page_text):
    assert page_text not in load(DOCS / name).text


TASKS = [
    ("ocr_cong_dien_24_2025.txt", {("Bộ Y tế", "lead", "2025-03-31"), ("Bộ Giáo dục và Đào tạo", "support", "2025-03-31"),
                                   ("Bộ Tài chính", None, "2025-04-15")}),
    ("ocr_cong_dien_layout_2024.txt", {("Ủy ban nhân dân tỉnh Quảng Bình", None, "2024-10-10"),
                                       ("Bộ Quốc phòng", "lead", None), ("Bộ Công an", "support", None),
                                       ("Bộ Nông nghiệp và Phát triển nông thôn", None, "2024-10-15")}),
    ("ocr_thong_bao_vpcp_2025.txt", {("Bộ Công Thương", "lead", "2025-04-30"), ("Bộ Tài chính", "lead", "2025-05-31")}),
    ("ocr_cong_van_vpcp_2025.txt", {("Bộ Tài chính", "lead", "2025-04-25"), ("Bộ Công Thương", "support", "2025-04-25")}),
    ("ocr_chi_thi_2025.txt", {("Bộ Khoa học và Công nghệ", "lead", "2025-06-30"), ("Bộ Nội vụ", None, "2025-09-30")}),
    ("ocr_thong_bao_ubnd_2024.txt", {("Sở Tài chính", "lead", "2024-09-30"), ("Sở Kế hoạch và Đầu tư", "support", "2024-09-30")}),
    ("news_portal_cong_dien_2025.txt", {("Bộ Y tế", "lead", "2025-03-31"), ("Bộ Tài chính", None, "2025-04-15")}),
    ("news_daily_thong_bao_2025.txt", {("Bộ Công Thương", "lead", "2025-04-30"), ("Bộ Tài chính", None, "2025-05-31")}),
    ("legaldb_other_quyet_dinh_2024.txt", {("Bộ Tài nguyên và Môi trường", "lead", "2025-12-31")}),
    ("ocr_quyet_dinh_ttg_2025.txt", {("Bộ Công an", "lead", "2025-06-30")}),
    ("ocr_thong_bao_vpcp_2025.txt", {("Tập đoàn Điện lực Việt Nam", None, "2025-05-15")}),
]


@pytest.mark.parametrize("name,tasks", TASKS)
def test_tasks(name, tasks):
    assert tasks <= _task_facts(_record(name))


def test_the_closing_formula_takes_no_deadline():
    assert ("Văn phòng Chính phủ", None, "2025-04-15") not in _task_facts(_record("legaldb_other_cong_dien_2025.txt"))


def test_the_stamp_and_the_page_table_name_no_person():
    record = _record("legaldb_other_quyet_dinh_2024.txt")
    assert [p["name"] for p in record["persons"]] == ["Trần Hồng Hà"]  # not `Trần Hồng Hà Còn` (hiệu lực)


def test_the_provincial_chair_is_a_person():
    record = _record("ocr_thong_bao_ubnd_2024.txt")
    assert "Cao Tường Huy" in {p["name"] for p in record["persons"]}


def test_a_reported_meeting_has_its_date():
    assert _record("news_daily_thong_bao_2025.txt")["meetings"][0]["date"] == "2025-04-10"


def test_news_author_and_date_are_metadata():
    record = _record("news_portal_cong_dien_2025.txt")
    assert (record["document"]["author"], record["document"]["date"]) == ("Thu Trang", "2025-03-05")


def test_the_page_table_is_the_metadata_of_another_database():
    meta = _record("legaldb_other_quyet_dinh_2024.txt")["document"]["metadata"]
    assert (meta["number_symbol"], meta["issuer"], meta["signer"], meta["issued_date"]) == (
        "1432/QĐ-TTg", "Thủ tướng Chính phủ", "Trần Hồng Hà", "2024-11-22")


_LETTER = ("VĂN PHÒNG CHÍNH PHỦ\nSố: 2345/VPCP-KTTH\nV/v triển khai Nghị quyết số 01/NQ-CP\nHà Nội, ngày 02 tháng 4 năm 2025\n"
           "{addressees}Xét báo cáo của Bộ Tài chính, Phó Thủ tướng Chính phủ có ý kiến như sau:\nBộ Tài chính chủ trì tổng "
           "hợp tình hình giải ngân, báo cáo Thủ tướng Chính phủ trước ngày 25 tháng 4 năm 2025./.\nNơi nhận:\n- Như trên;\n"
           "- Lưu: VT, KTTH (2).\nKT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\nMai Thị Thu Vân\n")
_ADDRESSED = {"org:bo-tai-chinh", "org:bo-cong-thuong", "org:uy-ban-nhan-dan-cac-tinh-thanh-pho-truc-thuoc-trung-uong"}


@pytest.mark.parametrize("addressees", [
    "Kính gửi:\n- Bộ Tài chính;\n- Bộ Công Thương;\n- Ủy ban nhân dân các tỉnh, thành phố trực\nthuộc trung ương.\n",
    "Kính gửi: Bộ Tài chính; Bộ Công Thương; Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương.\n",
    "Kính gửi: - Bộ Tài chính;\n- Bộ Công Thương;\n- Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương.\n",
    "Kính gửi:\nBộ Tài chính;\nBộ Công Thương;\nỦy ban nhân dân các tỉnh, thành phố trực thuộc trung ương.\n",
])
def test_a_letters_addressees_as_ocr_prints_them(addressees):
    record = extraction_to_json(extract(load_string(_LETTER.format(addressees=addressees), "letter.txt")))
    assert _ADDRESSED <= set(record["recipients"])


# ---- Word files and the PDFs a word processor prints -----------------------------------------
# Offices set the issuer beside the national motto, and `Nơi nhận` beside the signature, in the
# cells of a borderless table (the layout of Nghị định 30/2020/NĐ-CP).

_HEADER = (["BỘ TÀI CHÍNH", "CỤC THUẾ", "-------"], ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------"],
           ["Số: 5348/CT-CS", "V/v hướng dẫn góp vốn điều lệ"], ["Hà Nội, ngày 20 tháng 11 năm 2025"])
_BODY_PARAGRAPHS = ["Kính gửi: Thuế tỉnh Quảng Trị.",
                    "Cục Thuế nhận được công văn số 324/QTR-KTr2 ngày 22/7/2025 của Thuế tỉnh Quảng Trị về việc hướng dẫn góp vốn.",
                    "Thuế tỉnh Quảng Trị chủ trì, phối hợp với Sở Tài chính rà soát các hồ sơ, báo cáo Cục Thuế trước ngày 15 tháng 12 năm 2025./."]
_RECIPIENTS = ["Nơi nhận:", "- Như trên;", "- Vụ Pháp chế;", "- Lưu: VT, CS."]
_SIGNATURE = ["KT. CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG", "", "", "Phạm Thị Minh Hiền"]


def _word_file(tmp_path: Path) -> Path:
    import docx

    document = docx.Document()
    for row, cells in zip(document.add_table(rows=2, cols=2).rows, (_HEADER[:2], _HEADER[2:])):
        for cell, lines in zip(row.cells, cells):
            cell.text = lines[0]
            for line in lines[1:]:
                cell.add_paragraph(line)
    for paragraph in _BODY_PARAGRAPHS:
        document.add_paragraph(paragraph)
    closing = document.add_table(rows=1, cols=2).rows[0].cells
    for cell, lines in zip(closing, (_RECIPIENTS, _SIGNATURE)):
        cell.text = lines[0]
        for line in lines[1:]:
            cell.add_paragraph(line)
    path = tmp_path / "5348-CT-CS.docx"
    document.save(path)
    return path


def test_a_word_files_layout_tables_are_read_cell_by_cell(tmp_path):
    record = extraction_to_json(extract(load(_word_file(tmp_path))))
    subject = record["subject"]
    assert (subject["type"], subject["number"], subject["date"], subject["issuer"]) == ("CV", "5348", "2025-11-20", "Cục Thuế")
    assert record["signature"]["capacity"] == ["KT. CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG"]
    assert record["signature"]["signer_name"] == "Phạm Thị Minh Hiền"
    assert "org:vu-phap-che" in record["recipients"]
    assert ("Thuế tỉnh Quảng Trị", "lead", "2025-12-15") in _task_facts(record)


def test_a_word_files_table_of_data_keeps_its_rows(tmp_path):
    """A table of tasks is read row by row, though a cell holds several paragraphs."""
    import docx

    document = docx.Document()
    table = document.add_table(rows=3, cols=3)
    rows = (("STT", "Nhiệm vụ", "Cơ quan chủ trì"), ("1", "Rà soát hồ sơ", "Bộ Tài chính"), ("2", "Báo cáo kết quả", "Bộ Công Thương"))
    for row, cells in zip(table.rows, rows):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    table.cell(1, 1).add_paragraph("trong tháng 12/2025")
    document.save(tmp_path / "table.docx")
    assert "1\tRà soát hồ sơ trong tháng 12/2025\tBộ Tài chính\n2\tBáo cáo kết quả\tBộ Công Thương" in load(tmp_path / "table.docx").text


_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")
_PLAN = ["1. Mục đích",
         "Triển khai đầy đủ, thống nhất, đồng bộ về chính sách hỗ trợ tạo việc làm, quản lý lao động, thông tin thị "
         "trường lao động, dịch vụ việc làm, phát triển kỹ năng nghề và bảo hiểm thất nghiệp nhằm phục vụ tốt cho sự "
         "nghiệp phát triển kinh tế - xã hội, nhu cầu của người lao động, người sử dụng lao động và các cơ quan, tổ chức, "
         "cá nhân khác; tổ chức thi hành Luật Việc làm bảo đảm kịp thời, đồng bộ, thống nhất, hiệu lực, hiệu quả.",
         "2. Xây dựng các văn bản quy phạm pháp luật quy định chi tiết các nội dung được giao trong Luật Việc làm",
         "Sở Nội vụ có trách nhiệm rà soát, tham mưu Ủy ban nhân dân Thành phố ban hành theo thẩm quyền văn bản quy "
         "phạm pháp luật quy định chi tiết các nội dung được giao trong Luật Việc làm theo lĩnh vực phụ trách khi Chính "
         "phủ và các Bộ, ngành ban hành các văn bản quy định chi tiết, hướng dẫn thi hành, hoàn thành trong tháng 12 "
         "năm 2025."]


def _new_pdf():
    """A4, a Vietnamese font, one page: what a word processor prints."""
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF(format="A4")
    pdf.add_font("Serif", fname=str(_FONT))
    pdf.set_font("Serif", size=12)
    pdf.add_page()
    return pdf


def _ruled_table(pdf, widths: tuple, rows: list[tuple]) -> None:
    with pdf.table(col_widths=widths, text_align="LEFT", first_row_as_headings=False) as table:
        for cells in rows:
            row = table.row()
            for text in cells:
                row.cell(text)


def _saved(pdf, path: Path) -> Path:
    path.write_bytes(bytes(pdf.output()))
    return path


@pytest.mark.skipif(not _FONT.exists(), reason="needs the DejaVu Serif font for Vietnamese text")
def test_a_printed_pdf_keeps_a_headings_short_last_line_apart(tmp_path):
    """A word processor's PDF: two-column header and closing, a justified body in which a heading
    ends on a short line without a stop, the paragraph after it opening with a body's name."""
    pdf = _new_pdf()

    def columns(left: list[str], right: list[str]) -> None:
        top = pdf.get_y()
        pdf.multi_cell(75, 6, "\n".join(left), align="C", new_x="LMARGIN", new_y="NEXT")
        bottom = pdf.get_y()
        pdf.set_xy(pdf.l_margin + 75, top)
        pdf.multi_cell(95, 6, "\n".join(right), align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.set_y(max(bottom, pdf.get_y()) + 3)

    columns(["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HÀ NỘI", "-------", "Số: 172/KH-UBND"],
            ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------",
             "Hà Nội, ngày 18 tháng 11 năm 2025"])
    pdf.multi_cell(0, 6, "KẾ HOẠCH\nTriển khai thi hành Luật Việc làm trên địa bàn Thành phố", align="C",
                   new_x="LMARGIN", new_y="NEXT")
    for paragraph in _PLAN:
        pdf.multi_cell(0, 6, paragraph, align="J", new_x="LMARGIN", new_y="NEXT")
    columns(["Nơi nhận:", "- Bộ Nội vụ;", "- Lưu: VT, VX."], ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Trần Thị Diệu Thúy"])
    doc = load(_saved(pdf, tmp_path / "172-KH-UBND.pdf"))
    assert "trong Luật Việc làm\n\nSở Nội vụ có trách nhiệm" in doc.text
    record = extraction_to_json(extract(doc))
    assert (record["subject"]["type"], record["subject"]["number"], record["subject"]["date"]) == ("KH", "172", "2025-11-18")
    assert record["signature"]["signer_name"] == "Trần Thị Diệu Thúy"
    assert ("Sở Nội vụ", None, "2025-12-31") in _task_facts(record)


# PDF text and OCR that read the two columns line by line across: each line of the header holds
# a piece of the issuer and of the motto, each line of the list a piece of the signature block.
_ACROSS_HEADER = ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI\nTỈNH THANH HÓA CHỦ NGHĨA VIỆT NAM\n------- Độc lập - Tự do - Hạnh phúc\n"
                  "Số: 3617/QĐ-UBND Thanh Hóa, ngày 20 tháng 11 năm 2025\nQUYẾT ĐỊNH\nVề việc ủy quyền công bố thủ tục hành chính\n"
                  "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH THANH HÓA\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\n"
                  "QUYẾT ĐỊNH:\nĐiều 1. Ủy quyền cho Chánh Văn phòng Ủy ban nhân dân tỉnh công bố thủ tục hành chính.\n"
                  "Điều 2. Chánh Văn phòng Ủy ban nhân dân tỉnh chịu trách nhiệm thi hành Quyết định này./.\n")
_ACROSS_CLOSINGS = {
    "provincial decision": (
        "Nơi nhận: TM. ỦY BAN NHÂN\n- Như Điều 2; DÂN\n- Bộ Tư pháp; KT. CHỦ TỊCH\n- Cục Kiểm soát TTHC-VPCP (để PHÓ CHỦ TỊCH\n"
        "b/c);\n- Thường trực Tỉnh ủy;\n- Các sở, ban, ngành, đoàn thể Nguyễn Hoài Anh\ncấp tỉnh;\n- Lưu: VT, HCC.\n",
        ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Nguyễn Hoài Anh"),
    "a name in the list": (  # `PTTg Trần Hồng Hà` / `(để b/c);` is a recipient, not the signer
        "Nơi nhận: KT. BỘ TRƯỞNG, CHỦ NHIỆM\n- Như trên;\n- Thủ tướng, PTTg Trần Hồng Hà\n(để b/c);\n"
        "- Văn phòng Quốc hội; PHÓ CHỦ NHIỆM\n- Bộ Tư pháp;\n- VPCP: BTCN, TGĐ Cổng TTĐT;\n- Lưu: VT, CN (2).\nPhạm Mạnh Cường\n",
        ["KT. BỘ TRƯỞNG, CHỦ NHIỆM", "PHÓ CHỦ NHIỆM"], "Phạm Mạnh Cường"),
    "the name after a stop": (
        "Nơi nhận: TL. CỤC TRƯỞNG\n- Như trên; KT. TRƯỞNG BAN CHÍNH SÁCH\n- Bộ Tư pháp; PHÓ TRƯỞNG BAN\n"
        "- Các đơn vị thuộc Bộ: CST,\nQLKT, PC;\n- Website CT; Phạm Thị Minh Hiền\n- Lưu: VT, CS.\n",
        ["TL. CỤC TRƯỞNG", "KT. TRƯỞNG BAN CHÍNH SÁCH", "PHÓ TRƯỞNG BAN"], "Phạm Thị Minh Hiền"),
}


@pytest.mark.parametrize("closing,capacity,signer", _ACROSS_CLOSINGS.values(), ids=list(_ACROSS_CLOSINGS))
def test_columns_read_across_give_the_issuer_and_the_signature(closing, capacity, signer):
    record = extraction_to_json(extract(load_string(_ACROSS_HEADER + closing, "across.txt")))
    assert record["subject"]["issuer"] == "Ủy ban nhân dân tỉnh Thanh Hóa"
    assert (record["signature"]["capacity"], record["signature"]["signer_name"]) == (capacity, signer)
    assert "org:bo-tu-phap" in record["recipients"]


def test_a_word_file_typed_with_tabs_gives_the_header_and_the_signature(tmp_path):
    """The columns set with tabs, line by line (`Nơi nhận:<TAB><TAB>KT. CỤC TRƯỞNG`), and `Số:`
    with its number on the line below the date."""
    import docx

    document = docx.Document()
    lines = ["BỘ TÀI CHÍNH\t\tCỘNG HÒA XÃ HỘI", "CỤC THUẾ\t\tCHỦ NGHĨA VIỆT NAM", "-------\t\tĐộc lập - Tự do - Hạnh phúc",
             "Số:\t\tHà Nội ngày 20 tháng 11 năm 2025", "5348/CT-CS", "V/v hướng dẫn góp vốn điều lệ", *_BODY_PARAGRAPHS,
             "Nơi nhận:\t\tKT. CỤC TRƯỞNG", "- Như trên;\t\tPHÓ CỤC TRƯỞNG", "- Vụ Pháp chế;", "- Lưu: VT, CS.\t\tPhạm Thị Minh Hiền"]
    for line in lines:
        document.add_paragraph(line)
    document.save(tmp_path / "tabs.docx")
    record = extraction_to_json(extract(load(tmp_path / "tabs.docx")))
    subject = record["subject"]
    assert (subject["number"], subject["date"], subject["issuer"]) == ("5348", "2025-11-20", "Cục Thuế")
    assert record["signature"]["capacity"] == ["KT. CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG"]
    assert record["signature"]["signer_name"] == "Phạm Thị Minh Hiền"
    assert "org:vu-phap-che" in record["recipients"]


def test_a_portals_html_page_reads_its_layout_tables_cell_by_cell(tmp_path):
    """A page that sets the header and the closing in table cells, a `<p>` a line, among a menu,
    a panel of new documents and a footer: trafilatura wrote each table on one line."""
    def cells(*columns: list[str]) -> str:
        return "<tr>" + "".join("<td>" + "".join(f"<p>{line}</p>" for line in column) + "</td>" for column in columns) + "</tr>"

    page = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Văn bản</title></head><body>'
            '<nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/vb">Văn bản</a></li></ul></nav><article>'
            f"<table>{cells(_HEADER[0], _HEADER[1])}{cells(_HEADER[2], _HEADER[3])}</table>"
            + "".join(f"<p>{paragraph}</p>" for paragraph in _BODY_PARAGRAPHS)
            + f"<table>{cells(_RECIPIENTS, _SIGNATURE)}</table></article>"
            '<aside><h3>Văn bản mới</h3><ul><li><a href="/a">Chỉ thị 77/CT-TTg về tăng cường kỷ luật</a></li></ul></aside>'
            "<footer><p>Cơ quan chủ quản: Văn phòng Chính phủ.</p></footer></body></html>")
    path = tmp_path / "5348.html"
    path.write_text(page, encoding="utf-8")
    record = extraction_to_json(extract(load(path)))
    assert (record["subject"]["number"], record["subject"]["issuer"]) == ("5348", "Cục Thuế")
    assert record["signature"]["capacity"] == ["KT. CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG"]
    assert record["signature"]["signer_name"] == "Phạm Thị Minh Hiền"
    assert "org:vu-phap-che" in record["recipients"]


@pytest.mark.skipif(not _FONT.exists(), reason="needs the DejaVu Serif font for Vietnamese text")
def test_a_pdfs_ruled_table_of_tasks_is_read_row_by_row(tmp_path):
    """The text layer gives a table cell after cell, each cell's lines in turn; the table's ruled
    cells (pdfplumber) give each task its bodies and its deadline."""
    pdf = _new_pdf()
    pdf.multi_cell(0, 6, "PHỤ LỤC\nDANH MỤC NHIỆM VỤ TRỌNG TÂM", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", size=10)
    rows = [("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn hoàn thành"),
            ("1", "Rà soát, sửa đổi các quy định về hồ sơ điện tử trong đầu tư xây dựng công trình hạ tầng",
             "Bộ Xây dựng", "Bộ Tư pháp, các bộ, ngành liên quan", "Quý II/2026"),
            ("2", "Xây dựng cơ sở dữ liệu quốc gia về kết cấu hạ tầng", "Bộ Khoa học và Công nghệ", "Bộ Xây dựng",
             "Tháng 12/2026")]
    _ruled_table(pdf, (10, 60, 35, 40, 25), rows)
    doc = load(_saved(pdf, tmp_path / "phu-luc.pdf"))
    assert "1\tRà soát, sửa đổi các quy định về hồ sơ điện tử trong đầu tư xây dựng công trình hạ tầng\tBộ Xây dựng" in doc.text
    facts = _task_facts(extraction_to_json(extract(doc)))
    assert {("Bộ Xây dựng", "lead", "2026-06-30"), ("Bộ Tư pháp", "support", "2026-06-30"),
            ("Bộ Khoa học và Công nghệ", "lead", "2026-12-31")} <= facts


def _with_footnote(docx_bytes: bytes, note: str) -> bytes:
    """A Word file with one footnote, as Word writes it: a footnotes part with its separators,
    its relationship and content type, and a reference at the end of the first paragraph."""
    import io
    import zipfile

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    footnotes = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {w}>'
                 '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                 '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
                 f'<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {note}</w:t></w:r></w:p></w:footnote>'
                 '</w:footnotes>')
    source, out = zipfile.ZipFile(io.BytesIO(docx_bytes)), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", b'<Override PartName="/word/footnotes.xml" ContentType="application/'
                                    b'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>')
            elif item.filename == "word/_rels/document.xml.rels":
                data = data.replace(b"</Relationships>", b'<Relationship Id="rIdNotes" Type="http://schemas.openxmlformats.org/'
                                    b'officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>')
            elif item.filename == "word/document.xml":
                data = data.replace(b"</w:t></w:r></w:p>", b'</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>', 1)
            target.writestr(item, data)
        target.writestr("word/footnotes.xml", footnotes)
    return out.getvalue()


def test_a_word_files_footnotes_are_read_after_its_text(tmp_path):
    """A letter's grounds cited in a footnote (`[1] Công văn số 7415/BNV-CCVC ...`) are cited."""
    path = _word_file(tmp_path)
    path.write_bytes(_with_footnote(path.read_bytes(), "Công văn số 7415/BNV-CCVC ngày 31/8/2025 của Bộ Nội vụ."))
    doc = load(path)
    assert doc.text.rstrip().endswith("[1] Công văn số 7415/BNV-CCVC ngày 31/8/2025 của Bộ Nội vụ.")
    assert ("CV", "7415", 2025) in _cites(extraction_to_json(extract(doc)))


def test_a_word_files_automatic_list_numbers_are_its_items(tmp_path):
    """Word draws a list's numbers and bullets from its numbering part: the paragraphs' text holds
    none, and the items are the tasks' ordinals."""
    import docx

    document = docx.Document()
    document.add_paragraph("KẾ HOẠCH")
    document.add_paragraph("Ủy ban nhân dân tỉnh giao nhiệm vụ cho các cơ quan như sau:")
    document.add_paragraph("Sở Tài chính chủ trì, phối hợp với Sở Xây dựng rà soát các dự án, hoàn thành trước "
                           "ngày 15/12/2025.", style="List Number")
    document.add_paragraph("tổng hợp kết quả;", style="List Bullet")
    document.add_paragraph("Sở Nội vụ chủ trì hướng dẫn sắp xếp tổ chức bộ máy, hoàn thành trong tháng 12/2025.",
                           style="List Number")
    document.save(tmp_path / "ke-hoach.docx")
    doc = load(tmp_path / "ke-hoach.docx")
    assert "1. Sở Tài chính chủ trì" in doc.text and "- tổng hợp kết quả;" in doc.text and "2. Sở Nội vụ" in doc.text
    tasks = extraction_to_json(extract(doc))["tasks"]
    assert [(t["ordinal"], t["deadline"]) for t in tasks] == [("1", "2025-12-15"), ("2", "2025-12-31")]


@pytest.mark.skipif(not _FONT.exists(), reason="needs the DejaVu Serif font for Vietnamese text")
def test_a_printed_pdfs_one_line_item_ends_its_line(tmp_path):
    """In a PDF's text layer an item's heading alone on its line (`3. Sở Nông nghiệp và Môi trường`)
    ends there, though the page also holds a table (whose rows, one line each, show no width)
    and items in lower case (`a) ...`) that go on no sentence."""
    pdf = _new_pdf()
    for paragraph in _PLAN[:2] + [
            "a) Hoàn thiện chính sách, pháp luật về giao dịch điện tử trong các ngành, lĩnh vực an toàn, thuận tiện, chi phí phù hợp.",
            "b) Triển khai cơ chế thử nghiệm có kiểm soát đối với các công nghệ, sản phẩm, dịch vụ và mô hình kinh doanh mới.",
            "3. Sở Nông nghiệp và Môi trường",
            "Chủ trì triển khai các nhiệm vụ về chuyển đổi số trong lĩnh vực nông nghiệp, hoàn thành trong tháng 12 năm 2025."]:
        pdf.multi_cell(0, 6, paragraph, align="J", new_x="LMARGIN", new_y="NEXT")
    _ruled_table(pdf, (10, 80, 40, 40), [("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời hạn"), (
        "1", "Xây dựng cơ sở dữ liệu đất đai của tỉnh, kết nối với cơ sở dữ liệu quốc gia", "Sở Nông nghiệp và Môi trường",
        "Quý IV/2025")])
    doc = load(_saved(pdf, tmp_path / "ke-hoach.pdf"))
    assert "3. Sở Nông nghiệp và Môi trường\n\nChủ trì triển khai" in doc.text
    assert ("Sở Nông nghiệp và Môi trường", "lead", "2025-12-31") in _task_facts(extraction_to_json(extract(doc)))


def test_a_portals_table_of_tasks_keeps_its_rows(tmp_path):
    """trafilatura writes `| 1 | Rà soát ... | Sở Xây dựng |`: the rows are read as the other
    loaders write them, cells between tabs, a line each."""
    rows = [("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn"),
            ("1", "Rà soát, sửa đổi quy định về hồ sơ điện tử", "Sở Xây dựng", "Sở Tư pháp", "Quý II/2026"),
            ("2", "Xây dựng cơ sở dữ liệu đất đai", "Sở Nông nghiệp và Môi trường", "Sở Tài chính", "Tháng 12/2025")]
    table = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    path = tmp_path / "ke-hoach.html"
    path.write_text('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Kế hoạch</title></head><body><article>'
                    "<p>Ủy ban nhân dân tỉnh giao các cơ quan thực hiện các nhiệm vụ tại Phụ lục kèm theo.</p>"
                    f"<p>PHỤ LỤC</p><table>{table}</table></article></body></html>", encoding="utf-8")
    doc = load(path)
    assert "1\tRà soát, sửa đổi quy định về hồ sơ điện tử\tSở Xây dựng\tSở Tư pháp\tQuý II/2026\n2\t" in doc.text
    assert {("Sở Xây dựng", "lead", "2026-06-30"), ("Sở Tư pháp", "support", "2026-06-30"),
            ("Sở Nông nghiệp và Môi trường", "lead", "2025-12-31")} <= _task_facts(extraction_to_json(extract(doc)))


@pytest.mark.parametrize("date_line", ["Thanh Hóa, ngày 20 tháng 11 năm 2025", "Hà Nội ngày 20 tháng 11 năm 2025"])
def test_a_header_read_right_column_first_keeps_its_number(date_line):
    """A PDF that draws the motto and the date before the issuer and the number glues the number
    to the date (`... năm 2025Số: 3617/QĐ-UBND`)."""
    text = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\nỦY BAN NHÂN DÂN\n"
            f"TỈNH THANH HÓA\n-------\n{date_line}Số: 3617/QĐ-UBND\nQUYẾT ĐỊNH\nVề việc ủy quyền công bố thủ tục hành chính\n"
            "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH THANH HÓA\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\n")
    subject = extraction_to_json(extract(load_string(text, "right-first.txt")))["subject"]
    assert (subject["type"], subject["number"], subject["date"], subject["issuer"]) == (
        "QĐ", "3617", "2025-11-20", "Ủy ban nhân dân tỉnh Thanh Hóa")


@pytest.mark.skipif(not _FONT.exists(), reason="needs the DejaVu Serif font for Vietnamese text")
def test_a_pdfs_ruled_table_of_tasks_without_a_number_column_is_read_row_by_row(tmp_path):
    """A table of tasks may open with its task column (`Nội dung | Cơ quan chủ trì | Thời gian`):
    its doer column alone on a line calls for the table reader too."""
    pdf = _new_pdf()
    pdf.multi_cell(0, 6, "PHỤ LỤC\nNHIỆM VỤ TRIỂN KHAI", align="C", new_x="LMARGIN", new_y="NEXT")
    _ruled_table(pdf, (90, 50, 30), [("Nội dung", "Cơ quan chủ trì", "Thời gian"),
                                     ("Rà soát, sửa đổi các quy định về hồ sơ điện tử trong đầu tư xây dựng", "Sở Xây dựng",
                                      "Quý II/2026")])
    doc = load(_saved(pdf, tmp_path / "phu-luc.pdf"))
    assert "Rà soát, sửa đổi các quy định về hồ sơ điện tử trong đầu tư xây dựng\tSở Xây dựng\tQuý II/2026" in doc.text


@pytest.mark.skipif(not _FONT.exists(), reason="needs the DejaVu Serif font for Vietnamese text")
def test_the_signers_name_after_the_typists_initials_ends_the_list(tmp_path):
    """Read right column first, the signature block stands above `Nơi nhận` and its name comes
    after the archive item and the typist's initials (`- Lưu: VT, CN (2). Ha` / `Phạm Mạnh Cường`)."""
    pdf = _new_pdf()
    for line in ["VĂN PHÒNG CHÍNH PHỦ", "Số: 11583/VPCP-CN", "Hà Nội, ngày 25 tháng 11 năm 2025", "Kính gửi: Bộ Xây dựng.",
                 "Văn phòng Chính phủ xin thông báo để Bộ Xây dựng và các cơ quan liên quan biết, thực hiện./.",
                 "KT. BỘ TRƯỞNG, CHỦ NHIỆM", "PHÓ CHỦ NHIỆM", "Nơi nhận:", "- Như trên;", "- Bộ Tư pháp;",
                 "- Lưu: VT, CN (2). Ha", "Phạm Mạnh Cường"]:
        pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    record = extraction_to_json(extract(load(_saved(pdf, tmp_path / "letter.pdf"))))
    signature = record["signature"]
    assert (signature["capacity"], signature["signer_name"]) == (["KT. BỘ TRƯỞNG, CHỦ NHIỆM", "PHÓ CHỦ NHIỆM"], "Phạm Mạnh Cường")
