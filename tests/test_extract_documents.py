"""Whole documents through loading and extraction, beyond the five seeds, and the extract command."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from luocdo.extract import extract
from loaders.pipeline import load_string
from luocdo.loaders import load
from luocdo.output import extraction_to_json

DOCS = Path(__file__).parent / "fixtures" / "documents"
EXAMPLES = Path(__file__).parent.parent / "examples"


def _record(name: str) -> dict:
    return extraction_to_json(extract(load(DOCS / name)))


def _extracted(text: str, name: str):
    """The extraction of a document given as text, loaded as a file of that name would be."""
    return extract(load_string(text, name))


def _label(inst: dict) -> str:
    return f"{inst['type']} {inst['number'] or inst['name'][:24]}/{inst['year']}"


def _required(record: dict) -> set[str]:
    by_id = {i["id"]: i for i in record["instruments"]}
    return {_label(by_id[r["target"]]) for r in record["relations"]
            if r["type"] == "REQUIRES_IMPLEMENTATION_OF" and r["target"] in by_id}


def _task_facts(record: dict) -> set[tuple]:
    return {(a["name"], a["role"], t["deadline"]) for t in record["tasks"] for a in t["assignees"]}


EXPECTED = {
    "cong_dien_65_2025.txt": {
        "subject": ("CĐ", "65", 2025, "full_text", "2025-06-12"),
        "required": {"CT 17/2018", "CĐ 40/2025"},
        "tasks": {("Bộ Công an", "lead", "2025-06-30"), ("Bộ Y tế", "support", "2025-06-30"),
                  ("Bộ Y tế", None, "2025-07-15"), ("Ủy ban nhân dân tỉnh Lào Cai", None, "2025-07-31"),
                  # `Bộ trưởng các Bộ, Chủ tịch ...` in item 1: the bodies the telegram is sent to
                  ("Bộ Quốc phòng", None, None)},
        "signer": "Phạm Minh Chính",
    },
    "cong_van_btc_2025.txt": {
        "subject": ("CV", "1234", 2025, "full_text", "2025-08-05"),
        "required": {"NĐ 167/2025"},
        "tasks": {("Cục Hải quan", None, "2025-12-31")},
        "signer": "Nguyễn Đức Chi",
    },
    "quyet_dinh_319_2023.md": {
        "subject": ("QĐ", "319", 2023, "full_text", "2023-03-29"),
        "required": set(),
        # `định kỳ hằng năm ... trước ngày 15 tháng 12`: every year's report, no one day
        "tasks": {("Bộ Công Thương", "lead", None), ("Bộ Tài chính", None, None)},
        "signer": "Lê Minh Khái",
    },
    "news_cong_dien_2025.txt": {
        "subject": ("CĐ", "65", 2025, "report", "2025-06-12"),
        "required": {"CT 17/2018", "CĐ 40/2025"},
        "tasks": {("Bộ Công an", "lead", "2025-06-30"), ("Bộ Y tế", None, "2025-07-15")},
        "signer": None,
    },
    "thong_bao_pdf_wrapped_2022.txt": {  # pdftotext -layout: two-column header and signature, hard wraps
        "subject": ("TB", "312", 2022, "full_text", "2022-09-25"),
        "required": {"NĐ 95/2021"},
        "tasks": {("Bộ Công Thương", "lead", "2022-09-30"), ("Bộ Tài chính", "support", "2022-09-30"),
                  ("Ngân hàng Nhà nước Việt Nam", None, "2022-10-31"), ("Bộ Tài chính", None, "2022-10-15")},
        "signer": "Mai Thị Thu Vân",
    },
    "news_chi_thi_2024.txt": {  # a government portal's report on a directive
        "subject": ("CT", "06", 2024, "report", "2024-02-28"),
        "required": set(),  # `việc triển khai Nghị định ... đã đạt`, `đánh giá việc thực hiện`: no demand
        "tasks": {("Ngân hàng Nhà nước Việt Nam", "lead", "2024-06-30"), ("Bộ Công an", "support", "2024-06-30"),
                  ("Bộ Công an", None, None)},
        "signer": None,
    },
    "news_cuoc_hop_2025.txt": {  # a meeting report with no instrument: the subject is None
        "subject": None,
        "required": set(),
        "tasks": {("Bộ Công Thương", "lead", "2025-04-30"), ("Bộ Tài chính", "support", "2025-04-30"),
                  ("Bộ Tư pháp", None, "2025-04-30")},
        "signer": None,
        "meeting": ("Trần Hồng Hà", "2025-03-15"),
    },
    "news_thong_bao_450_2024.txt": {  # the subject in the fourth line, after headline, dateline, source
        "subject": ("TB", "450", 2024, "report", "2024-09-20"),
        "required": {"NQ 74/2024", "CT 07/2024"},
        "tasks": {("Bộ Kế hoạch và Đầu tư", "lead", "2024-09-30"), ("Bộ Giao thông vận tải", None, "2024-10-31")},
        "signer": None,
        "meeting": ("Phạm Minh Chính", None),
    },
    "thong_bao_421_2023.txt": {  # sections I (assessment) and II (tasks), a Party resolution demanded
        "subject": ("TB", "421", 2023, "full_text", "2023-10-12"),
        "required": {"NQ 18/2022"},
        "tasks": {("Bộ Tài nguyên và Môi trường", "lead", "2023-10-20"), ("Bộ Tư pháp", "support", "2023-10-20"),
                  ("Bộ Tài chính", None, "2023-12-31"),
                  ("Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", None, "2023-11-30")},
        "signer": "Nguyễn Sinh Nhật Tân",
        "meeting": ("Trần Hồng Hà", "2023-10-05"),
    },
    "cong_van_vpcp_7890_2024.txt": {  # the decision named in `V/v` without a date, dated in the body
        "subject": ("CV", "7890", 2024, "full_text", "2024-08-20"),
        "required": {"QĐ 1234/2024"},
        "tasks": {("Bộ Giao thông vận tải", "lead", "2024-09-30"), ("Ủy ban nhân dân tỉnh Đồng Nai", "support", "2024-09-30")},
        "signer": "Nguyễn Xuân Thành",
    },
    "ke_hoach_ubnd_quang_ninh_2023.txt": {  # a provincial plan: `KH-UBND` repeats across provinces
        "subject": ("KH", "123", 2023, "full_text", "2023-06-15"),
        "required": {"CT 18/2023"},
        "tasks": {("Sở Công Thương", "lead", "2023-12-31"), ("Công an tỉnh Quảng Ninh", "lead", "2023-09-30")},
        "signer": "Nguyễn Thị Hạnh",
    },
    "cong_dien_70_2025.txt": {  # items addressed by heads (`Chủ tịch Ủy ban nhân dân các tỉnh nêu trên:`), sub-items
        "subject": ("CĐ", "70", 2025, "full_text", "2025-05-20"),
        "required": {"CT 11/2025"},
        "tasks": {("Ủy ban nhân dân tỉnh Ninh Thuận", None, None), ("Bộ Nông nghiệp và Môi trường", "lead", "2025-06-30"),
                  ("Bộ Công Thương", "support", "2025-06-30"), ("Bộ Y tế", None, "2025-06-30")},
        "signer": "Trần Hồng Hà",
    },
    "legal_db_chi_thi_18_2023.md": {
        "subject": ("CT", "18", 2023, "full_text", "2023-05-30"),
        "required": {"ĐA 06/None", "TT 16/2020"},
        "tasks": {("Bộ Tài chính", "lead", "2023-09-30"), ("Ngân hàng Nhà nước Việt Nam", None, "2023-12-31")},
        "signer": "Phạm Minh Chính",
    },
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_document(name):
    record, want = _record(name), EXPECTED[name]
    s = record["subject"]
    assert (s and (s["type"], s["number"], s["year"], s["role"], s["date"])) == want["subject"]
    assert _required(record) == want["required"]
    assert want["tasks"] <= _task_facts(record)
    signer = record["signature"]["signer_name"] if record["signature"] else None
    assert signer == want["signer"]
    if "meeting" in want:
        persons = {p["id"]: p["name"] for p in record["persons"]}
        meeting = record["meetings"][0]
        assert (persons[meeting["chair"]], meeting["date"]) == want["meeting"]


def test_one_instrument_cited_with_and_without_its_date_is_one():
    record = _record("cong_van_vpcp_7890_2024.txt")
    assert [(i["type"], i["number"], i["year"]) for i in record["instruments"] if i["type"] == "QĐ"] == [("QĐ", "1234", 2024)]
    assert len(next(i for i in record["instruments"] if i["type"] == "QĐ")["evidence"]) == 2


def test_a_provincial_instrument_is_identified_with_its_province():
    record = _record("ke_hoach_ubnd_quang_ninh_2023.txt")
    assert record["subject"]["issuer"] == "Ủy ban nhân dân tỉnh Quảng Ninh"
    assert record["subject"]["id"] == "KH:123/KH-UBND@2023#uy-ban-nhan-dan-tinh-quang-ninh"
    assert not [i for i in record["instruments"] if i["type"] == "KH"]  # `ban hành Kế hoạch ...` is itself


def test_items_naming_heads_fall_to_those_addressees_only():
    tasks = _record("cong_dien_70_2025.txt")["tasks"]
    assert {a["name"] for a in tasks[0]["assignees"]} == {
        "Ủy ban nhân dân tỉnh Ninh Thuận", "Ủy ban nhân dân tỉnh Bình Thuận", "Ủy ban nhân dân tỉnh Khánh Hòa"}
    # the sub-items a), b) of `1. Chủ tịch ...:` are tasks each, so find item 4 by its words
    deputy = next(t for t in tasks if "Giao Phó Thủ tướng" in t["text"])
    assert deputy["assignees"] == []  # `Giao Phó Thủ tướng ...`: a person, not the addressees


def test_decision_approves_the_project_in_its_title():
    record = _record("quyet_dinh_319_2023.md")
    approved = [r for r in record["relations"] if r["type"] == "APPROVES"]
    assert [r["source"] for r in approved] == [record["subject"]["id"]]
    assert approved[0]["target"].startswith("ĐA:")


def test_news_furniture_is_not_cited():
    record = _record("news_cong_dien_2025.txt")
    numbers = {i["number"] for i in record["instruments"]}
    assert not numbers & {"12", "30"}  # Thông tư 12/2025/TT-BYT and Nghị quyết 30/2025 are teasers
    assert "Lê Thành Long" not in {p["name"] for p in record["persons"]}


def test_evidence_points_into_the_source_file():
    record = _record("cong_dien_65_2025.txt")
    source = (DOCS / "cong_dien_65_2025.txt").read_text(encoding="utf-8")
    for inst in record["instruments"]:
        for ev in inst["evidence"]:
            assert source[ev["start"]:ev["end"]].split()[0] in ("Chỉ", "Công", "Thông")
            assert source[ev["start"]:ev["end"]] in ev["sentence"] or ev["sentence"] in source


def _cli(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "luocdo.cli", *map(str, args)], capture_output=True,
                          text=True, cwd=cwd)


def test_extract_command_keeps_going_after_a_bad_file(tmp_path):
    binary = tmp_path / "scan.txt"
    binary.write_bytes(b"\x00\x01\x02PK\x03\x04" * 100)
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    good = EXAMPLES / "004_014750b2d5d076c9.txt"
    proc = _cli("extract", binary, good, empty, "--format", "json")
    assert proc.returncode == 3
    assert "scan.txt" in proc.stderr and "empty.txt" in proc.stderr
    records = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [r["subject"]["number"] for r in records] == ["381"]


def test_extract_command_fails_when_nothing_can_be_read(tmp_path):
    missing = tmp_path / "nope.txt"
    proc = _cli("extract", missing)
    assert proc.returncode == 1
    assert "nope.txt" in proc.stderr


def test_impossible_date_is_reported_with_the_file(tmp_path):
    doc = tmp_path / "bad_date.txt"
    doc.write_text("Bộ Công an chủ trì, báo cáo trước ngày 31/02/2025.\n", encoding="utf-8")
    proc = _cli("extract", doc, "--format", "json")
    assert proc.returncode == 0
    assert "bad_date.txt" in proc.stderr and "31/02/2025" in proc.stderr
    record = json.loads(proc.stdout)
    assert record["tasks"][0]["deadline"] is None
    assert any("31/02/2025" in w for w in record["warnings"])


def test_table_format_is_for_people():
    proc = _cli("extract", EXAMPLES / "001_2e663b31c79c2c39.txt")
    assert proc.returncode == 0
    assert "Trần Lưu Quang" in proc.stdout and "2024-10-31" in proc.stdout and "Bộ Tư pháp" in proc.stdout


def test_a_word_notice_from_header_to_signature(tmp_path):
    import docx

    document = docx.Document()
    for paragraph in [
        "BỘ CÔNG AN", "Số: 15/TB-BCA", "Hà Nội, ngày 02 tháng 4 năm 2025", "THÔNG BÁO",
        "Kết luận của Bộ trưởng Bộ Công an tại Hội nghị triển khai Đề án 06 quý I/2025",
        "Ngày 28 tháng 3 năm 2025, Bộ trưởng Bộ Công an Lương Tam Quang đã chủ trì Hội nghị triển khai Đề án 06.",
        "1. Cục Cảnh sát quản lý hành chính về trật tự xã hội chủ trì triển khai có hiệu quả Đề án 06, báo cáo "
        "Bộ trưởng trước ngày 30/4/2025.",
        "Nơi nhận:", "- Lưu: VT, V01.", "TL. BỘ TRƯỞNG", "CHÁNH VĂN PHÒNG", "Nguyễn Văn Long",
    ]:
        document.add_paragraph(paragraph)
    path = tmp_path / "notice.docx"
    document.save(path)
    record = extraction_to_json(extract(load(path)))
    s = record["subject"]
    assert (s["type"], s["number"], s["year"], s["issuer"], s["role"]) == ("TB", "15", 2025, "Bộ Công an", "full_text")
    assert s["name"] == "Kết luận của Bộ trưởng Bộ Công an tại Hội nghị triển khai Đề án 06 quý I/2025"
    assert record["signature"]["signer_name"] == "Nguyễn Văn Long"
    task = record["tasks"][0]
    assert (task["assignees"][0]["role"], task["deadline"]) == ("lead", "2025-04-30")
    assert task["requires"]  # Đề án 06


def test_a_reports_subject_is_dated_by_its_text_not_by_what_it_looks_ahead_to():
    """`Ngày 8/8, Chính phủ đã ban hành Nghị quyết số 229/NQ-CP`: no year beside the number, so the
    year comes from the latest date the text states, not from the end of the measure's validity."""
    text = ("Ngày 8/8, Chính phủ đã ban hành Nghị quyết số 229/NQ-CP về việc miễn thị thực cho công dân các nước.\n\n"
            "Việc miễn thị thực được thực hiện kể từ ngày 15/8/2025 đến hết ngày 14/8/2028.\n")
    assert _extracted(text, "news.txt").subject.year == 2025


def test_a_short_form_takes_the_year_another_short_form_states():
    text = "Hướng dẫn kê khai theo Thông tư 40 qua mạng? Hướng dẫn kê khai Mẫu 01/TTS Thông tư 40/2021 chi tiết?\n"
    subject = _extracted(text, "qa.txt").subject
    assert (subject.type, subject.number, subject.year) == ("TT", "40", 2021)


def test_a_portals_lead_gives_the_number_of_the_full_text_below_it():
    """The government portal's lead names the resolution its full text below has lost the `Số:` of."""
    text = ("Ngày 9/9/2025, Phó Thủ tướng Hồ Đức Phớc đã ký ban hành Nghị quyết số 05/2025/NQ-CP của Chính phủ về "
            "việc triển khai thí điểm thị trường tài sản mã hóa tại Việt Nam.\n\n**NGHỊ QUYẾT**\n\n"
            "**Về việc triển khai thí điểm thị trường tài sản mã hóa tại Việt Nam**\n\n**CHÍNH PHỦ**\n\n"
            "*Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;*\n\n**QUYẾT NGHỊ:**\n\nĐiều 1. Phạm vi điều chỉnh.\n")
    subject = _extracted(text, "portal.txt").subject
    assert (subject.type, subject.number, subject.symbol, subject.year) == ("NQ", "05", "NQ-CP", 2025)


def test_a_full_text_naming_itself_without_its_number_cites_nothing():
    """The draft its ground submits, its issuing clause and its closing words are the document itself."""
    text = ("HỘI ĐỒNG NHÂN DÂN\nTỈNH VĨNH LONG\n\nSố: 21/2025/NQ-HĐND\n\nVĩnh Long, ngày 10 tháng 12 năm 2025\n\n"
            "NGHỊ QUYẾT\n\nQuy định mức hỗ trợ đối với trẻ em mầm non tại nhà trẻ dân lập\n\n"
            "Căn cứ Luật Giáo dục số 43/2019/QH14;\n\nXét Tờ trình số 407/TTr-UBND ngày 31 tháng 10 năm 2025 của Ủy ban "
            "nhân dân tỉnh về dự thảo Nghị quyết quy định mức hỗ trợ đối với trẻ em mầm non tại nhà trẻ dân lập;\n\n"
            "Hội đồng nhân dân ban hành Nghị quyết quy định mức hỗ trợ đối với trẻ em mầm non tại nhà trẻ dân lập.\n\n"
            "Điều 1. Phạm vi điều chỉnh\n\nTrên đây là Nghị quyết quy định mức hỗ trợ.\n")
    ex = _extracted(text, "nq.txt")
    assert (ex.subject.number, [(i.type, i.number) for i in ex.instruments]) == ("21", [("LUẬT", "43"), ("TTr", "407")])


def test_a_letter_whose_issuer_code_spells_a_type_is_a_letter():
    """`Số: 5680/CT-CS` over a `V/v` line, with no type heading: Cục Thuế's công văn, not a chỉ thị."""
    text = ("CỤC THUẾ\n\nSố: 5680/CT-CS\nV/v chính sách thuế\n\nHà Nội, ngày 10 tháng 11 năm 2025\n\n"
            "Kính gửi: Thuế tỉnh Quảng Trị\n\nCục Thuế nhận được công văn của Thuế tỉnh Quảng Trị. Đề nghị Thuế "
            "tỉnh Quảng Trị căn cứ quy định để thực hiện./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\n"
            "KT. CỤC TRƯỞNG\nPHÓ CỤC TRƯỞNG\n\nĐặng Ngọc Minh\n")
    subject = _extracted(text, "cv.txt").subject
    assert (subject.type, subject.number, subject.symbol) == ("CV", "5680", "CT-CS")


def test_a_report_on_a_law_passed_is_about_that_law():
    """`Quốc hội biểu quyết thông qua Luật ... (sửa đổi)`: the law has no number yet; a decree the
    answer quotes is not the subject."""
    text = ("# Chính thức mức thuế suất thuế TNCN khi chuyển nhượng vàng miếng là 0,1%?\n\n"
            "Sáng 10/12/2025, Quốc hội biểu quyết thông qua Luật Thuế thu nhập cá nhân (sửa đổi), với 92,6% đại biểu "
            "tán thành.\n\n" + "Luật quy định mức thuế suất đối với thu nhập từ chuyển nhượng vàng miếng.\n\n" * 10 +
            "\n\nTheo Nghị định 65/2013/NĐ-CP, và Nghị định 65/2013/NĐ-CP quy định chi tiết.\n")
    subject = _extracted(text, "qa.txt").subject
    assert (subject.type, subject.number, subject.name) == ("LUẬT", None, "Luật Thuế thu nhập cá nhân (sửa đổi)")


def test_a_reports_year_is_not_the_day_its_subject_takes_effect():
    """Issued in December, in force from January: the year is the issuing one."""
    text = ("Ngày 18/12/2024, Ngân hàng Nhà nước ban hành Quyết định 2690/QĐ-NHNN về mức lãi suất cho vay hỗ trợ "
            "nhà ở.\n\nQuyết định có hiệu lực từ ngày 01/01/2025.\n")
    assert _extracted(text, "news.txt").subject.year == 2024


def test_a_report_on_a_law_does_not_demand_that_law_of_itself():
    """`... tuân thủ đúng trình tự, thủ tục theo Luật Đất đai 2024` on a page about that law: the
    key never lists the subject among what it demands."""
    text = ("# Luật Đất đai 2024 quy định thủ tục đăng ký đất đai lần đầu ra sao?\n\n"
            "Luật Đất đai 2024 quy định người sử dụng đất đăng ký lần đầu tại Văn phòng đăng ký đất đai.\n\n"
            "Người dân cần tuân thủ đúng trình tự, thủ tục theo Luật Đất đai 2024 và thực hiện theo Nghị định "
            "101/2024/NĐ-CP.\n")
    ex = _extracted(text, "qa.txt")
    record = extraction_to_json(ex)
    assert (ex.subject.type, ex.subject.name) == ("LUẬT", "Luật Đất đai 2024")
    assert {r["target"] for r in record["relations"] if r["type"] == "REQUIRES_IMPLEMENTATION_OF"} \
        == {"NĐ:101/NĐ-CP@2024"}


def test_a_qa_page_quoting_articles_with_their_amenders_is_about_the_amended_instrument():
    """Each article quoted with what amended it names the amender as often as the decree asked
    about: the tie is broken without those mentions. A lead announcing something breaks none."""
    answer = ("Theo Điều 42 Nghị định 105/2006/NĐ-CP (được sửa đổi bởi khoản 10 Điều 1 Nghị định 119/2010/NĐ-CP) "
              "quy định về thẩm quyền.\n\nTheo Điều 43 Nghị định 105/2006/NĐ-CP (được sửa đổi bởi khoản 11 Điều 1 "
              "Nghị định 119/2010/NĐ-CP) quy định về thủ tục.\n")
    filler = "Người dân cần nắm rõ thẩm quyền và thủ tục trước khi gửi đơn đến cơ quan có thẩm quyền.\n\n" * 8
    subject = _extracted("# Thẩm quyền xử lý vi phạm sở hữu trí tuệ là gì?\n\n" + filler + answer, "qa.txt").subject
    assert (subject.type, subject.number, subject.year) == ("NĐ", "105", 2006)
    announced = "# Hạn chót nộp hồ sơ mua nhà ở xã hội\n\nSở Xây dựng công bố kế hoạch tiếp nhận hồ sơ.\n\n" + filler + answer
    assert _extracted(announced, "news.txt").subject is None


def test_a_qa_page_printing_a_form_under_a_bare_heading_is_about_the_instrument_it_asks_of():
    """`QUYẾT ĐỊNH` / `Thu hồi thẻ công chứng viên` is the form the answer prints, not the page's own text."""
    text = ("# Mẫu quyết định thu hồi thẻ công chứng viên mới nhất theo Thông tư 05?\n\n"
            "Mẫu quyết định thu hồi thẻ công chứng viên được quy định tại Thông tư 05/2025/TT-BTP như sau:\n\n"
            "| BỘ TƯ PHÁP | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n\n**QUYẾT ĐỊNH**\n\n"
            "__Thu hồi thẻ công chứng viên__\n\nCăn cứ Luật Công chứng ngày 26 tháng 11 năm 2024;\n\n"
            "Thông tư 05/2025/TT-BTP có hiệu lực từ ngày 01/7/2025.\n")
    ex = _extracted(text, "qa.txt")
    assert (ex.subject.type, ex.subject.number, ex.subject.year) == ("TT", "05", 2025)


def test_a_plans_issuing_clause_that_opens_what_follows_names_the_plan_itself():
    """`UBND tỉnh ban hành Kế hoạch Phát triển kinh tế số ..., cụ thể như sau:` is the plan itself."""
    text = ("ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH\n\nSố: 144/KH-UBND\n\nBắc Ninh, ngày 20 tháng 11 năm 2025\n\n"
            "KẾ HOẠCH\n\nPHÁT TRIỂN KINH TẾ SỐ VÀ XÃ HỘI SỐ TỈNH BẮC NINH GIAI ĐOẠN 2026 - 2030\n\n"
            "Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị;\n\n"
            "Ủy ban nhân dân tỉnh ban hành Kế hoạch Phát triển kinh tế số, xã hội số giai đoạn 2026-2030, cụ thể như sau:\n\n"
            "I. MỤC TIÊU\n\n1. Sở Khoa học và Công nghệ chủ trì triển khai Kế hoạch.\n")
    ex = _extracted(text, "kh.txt")
    assert (ex.subject.type, ex.subject.number) == ("KH", "144")
    assert [(i.type, i.number) for i in ex.instruments] == [("NQ", "57")]


def test_a_page_opening_in_an_instruments_own_words_is_about_that_instrument():
    """`Thông tư này hướng dẫn ... Nghị định số 178/2024/NĐ-CP`: a part of a circular without its
    header is about that circular, unnumbered, not the decree it carries out; the number it gives
    itself (`... có hiệu lực`, `Thông tư có số ...`, `Quyết định số ... quy định`) is its own."""
    unnumbered = ("Phạm vi điều chỉnh\n\nThông tư này hướng dẫn thực hiện chính sách đối với các đối tượng theo "
                  "quy định tại Điều 7 Nghị định số 178/2024/NĐ-CP ngày 31/12/2024 của Chính phủ.\n\n"
                  "Đối tượng áp dụng theo Nghị định số 178/2024/NĐ-CP.\n")
    ex = _extracted(unnumbered, "tt.txt")
    assert (ex.subject.type, ex.subject.number) == ("TT", None)
    assert [(i.type, i.number) for i in ex.instruments if i.number] == [("NĐ", "178")] * 2
    numbered = ("Nghị định này quy định về chế độ đối với chuyên gia cao cấp theo Quy định số 180-QĐ/TW năm 2024 "
                "và Quy định số 180-QĐ/TW.\n\nNghị định số 92/2025/NĐ-CP có hiệu lực thi hành từ ngày 15/6/2025.\n")
    assert (_extracted(numbered, "nd.txt").subject.number) == "92"
    replaced = ("Thông tư này có hiệu lực từ ngày 13/10/2023 và thay thế Thông tư số 57/2019/TT-BCA ngày "
                "11/11/2019 của Bộ trưởng Bộ Công an.\n\nTheo đó, mức đóng theo Thông tư số 57/2019/TT-BCA.\n")
    assert (_extracted(replaced, "tt.txt").subject.type, _extracted(replaced, "tt.txt").subject.number) == ("TT", None)
    # a report naming what it is about keeps it; a council's lower-case `nghị quyết` is no self-reference
    report = ("Chính phủ ban hành Nghị định 125/2025/NĐ-CP về phân cấp. Nghị định này quy định về phân định "
              "nhiệm vụ.\n\nNghị định 125/2025/NĐ-CP quy định: thẩm quyền của Phòng Tài nguyên.\n")
    assert _extracted(report, "news.txt").subject.number == "125"


def test_a_report_on_a_resolution_passed_is_about_that_resolution():
    """`Quốc hội thông qua Nghị quyết về ...` before any number: the resolution passed, which has no
    number yet, not the decree the story quotes later; it keeps the id its other mentions have."""
    text = ("# Quốc hội thông qua Nghị quyết về thí điểm một số cơ chế, chính sách đặc thù phát triển Thành phố "
            "Hồ Chí Minh\n\nChiều 12/11, Quốc hội biểu quyết thông qua Nghị quyết về thí điểm một số cơ chế, chính "
            "sách đặc thù phát triển Thành phố Hồ Chí Minh.\n\nTheo Nghị định 81/2021/NĐ-CP thì học phí được miễn.\n")
    ex = _extracted(text, "news.txt")
    assert (ex.subject.type, ex.subject.number) == ("NQ", None)
    assert ex.subject.name.startswith("Nghị quyết về thí điểm")
    record = extraction_to_json(ex)  # the headline's mention is the subject's, not another citation
    assert {i["id"] for i in record["instruments"]} == {record["subject"]["id"], "NĐ:81/NĐ-CP@2021"}
