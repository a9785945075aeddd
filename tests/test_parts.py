"""The document-parts model, the subject read from a legal database's table, the signer's
fallback and the warnings that name a file. Rows are real phrasings (headers and appendix
headings as documents print them); the pages are composed in our own words."""
from __future__ import annotations

import pytest

from luocdo.extract import extract
from luocdo.extract.parts import document_parts, heading_code
from luocdo.extract.subject import metadata_instrument
from luocdo.ids import entity_id
from luocdo.loaders import load_string
from luocdo.model import PageMetadata

# ---- zones -----------------------------------------------------------------------------------

DECISION = """ỦY BAN NHÂN DÂN
TỈNH MẪU
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 215/QĐ-UBND
Mẫu, ngày 03 tháng 12 năm 2025

QUYẾT ĐỊNH
Về việc phê duyệt danh mục dự án năm 2026

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH

Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ;
Theo đề nghị của Giám đốc Sở Tài chính.

QUYẾT ĐỊNH:

Điều 1. Phê duyệt danh mục dự án tại Phụ lục kèm theo Quyết định này.
Điều 2. Quyết định có hiệu lực từ ngày ký./.

Nơi nhận:
- Như Điều 2;
- Lưu: VT.

CHỦ TỊCH
Lê Văn Mẫu

PHỤ LỤC I
DANH SÁCH DỰ ÁN
(Kèm theo Quyết định số 215/QĐ-UBND)

Phụ lục II
DANH SÁCH ĐƠN VỊ
"""

ZONES = [
    ("the issuer", "TỈNH MẪU", "header"),
    ("the number", "215/QĐ-UBND", "header"),
    ("the trích yếu", "phê duyệt danh mục", "header"),
    ("a căn cứ", "Nghị định số 30/2020", "preamble"),
    ("the last căn cứ line", "Theo đề nghị", "preamble"),
    ("an article", "Điều 1. Phê duyệt", "body"),
    ("a reference to the appendix in running text", "Phụ lục kèm theo", "body"),
    ("the recipients' head", "Nơi nhận", "recipients"),
    ("a recipient", "Như Điều 2", "recipients"),
    ("the archive line", "Lưu: VT.", "recipients"),
    ("the capacity", "CHỦ TỊCH\nLê", "signature"),
    ("the signer", "Lê Văn Mẫu", "signature"),
    ("the first appendix", "DANH SÁCH DỰ ÁN", "appendix"),
    ("a second appendix", "DANH SÁCH ĐƠN VỊ", "appendix"),
]


def decision_parts():
    closing = DECISION.index("Nơi nhận")
    return document_parts(DECISION, None, closing)


@pytest.mark.parametrize("name,needle,zone", ZONES, ids=[row[0] for row in ZONES])
def test_zone_of_each_part(name, needle, zone):
    assert decision_parts().zone(DECISION.index(needle)) == zone


def test_header_fields_and_appendices():
    parts = decision_parts()
    assert parts.span_text(parts.number) == "215/QĐ-UBND"
    assert parts.span_text(parts.place_date) == "Mẫu, ngày 03 tháng 12 năm 2025"
    assert parts.span_text(parts.type_heading) == "QUYẾT ĐỊNH"
    assert parts.span_text(parts.title) == "Về việc phê duyệt danh mục dự án năm 2026"
    assert [DECISION[a.start:a.start + 10] for a in parts.appendices] == ["PHỤ LỤC I\n", "Phụ lục II"]
    assert parts.appendix_start == DECISION.index("PHỤ LỤC I")
    assert parts.closing.end == parts.appendix_start
    assert parts.span_text(parts.signature) == "CHỦ TỊCH Lê Văn Mẫu"


CLOSINGS = [
    ("signature after the list", "Nội dung./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nLê Văn Mẫu\n",
     "Nơi nhận: - Như trên; - Lưu: VT.", "KT. BỘ TRƯỞNG THỨ TRƯỞNG Lê Văn Mẫu"),
    ("signature before the list", "Nội dung./.\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nLê Văn Mẫu\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n",
     "Nơi nhận: - Như trên; - Lưu: VT.", "KT. BỘ TRƯỞNG THỨ TRƯỞNG Lê Văn Mẫu"),
    ("a wrapped recipient", "Nội dung./.\n\nNơi nhận:\n- Ủy ban nhân dân các tỉnh,\nthành phố;\n- Lưu: VT.\nBỘ TRƯỞNG\nLê Văn Mẫu\n",
     "Nơi nhận: - Ủy ban nhân dân các tỉnh, thành phố; - Lưu: VT.", "BỘ TRƯỞNG Lê Văn Mẫu"),
    ("no recipients", "Nội dung./.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Văn Mẫu\n", None, "./. TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Lê Văn Mẫu"),
]


@pytest.mark.parametrize("name,text,recipients,signature", CLOSINGS, ids=[row[0] for row in CLOSINGS])
def test_recipients_and_signature_spans(name, text, recipients, signature):
    parts = document_parts(text, None, text.index("./."))
    assert (parts.span_text(parts.recipients), parts.span_text(parts.signature)) == (recipients, signature)


HEADERS = [
    ("number on the Số line", "BỘ Y TẾ\nSố: 205/BYT-KH\nHà Nội, ngày 02 tháng 01 năm 2025\n", "205/BYT-KH"),
    ("number alone on the next line", "BỘ Y TẾ\nSố:\n171/CV-BCĐ\nHà Nội, ngày 21 tháng 11 năm 2025\n", "171/CV-BCĐ"),
    ("Party number without a colon", "BAN CHẤP HÀNH TRUNG ƯƠNG\nSố 212-KL/TW\nHà Nội, ngày 03 tháng 12 năm 2025\n", "212-KL/TW"),
    ("flattened two-column header", "CỤC THUẾ Độc lập - Tự do - Hạnh phúc Số: 5330/CT-CS V/v chính sách thuế\n", "5330/CT-CS"),
    ("OCR reads Số as So", "BỘ TÀI CHÍNH\nSo: 111/2025/TT-BTC\n", "111/2025/TT-BTC"),
    ("OCR drops the tone of Số", "VĂN PHÒNG CHÍNH PHỦ\nSô: 205/TB-VPCP\n", "205/TB-VPCP"),
    ("OCR misreads the tone of Số", "VĂN PHÒNG CHÍNH PHỦ\nSồ: 205/TB-VPCP\n", "205/TB-VPCP"),
    ("OCR reads ố as 6", "VĂN PHÒNG CHÍNH PHỦ\nS6: 205/TB-VPCP\n", "205/TB-VPCP"),
    ("OCR reads Số as Só after the motto", "UBND THÀNH PHỐ HÀ NỘI Độc lập - Tự do - Hạnh phúc Só: 308/KH-UBND\n", "308/KH-UBND"),
    ("no header number", "VĂN PHÒNG CHÍNH PHỦ\nSổ tay hướng dẫn 2025\n", None),
]


PLACE_DATES = [
    ("Hà Nội", "Số: 12/BYT-KH\nHà Nội, ngày 02 tháng 01 năm 2025\n", "Hà Nội, ngày 02 tháng 01 năm 2025"),
    ("a province", "Số: 12/UBND-VX\nĐắk Lắk, ngày 21 tháng 11 năm 2025\n", "Đắk Lắk, ngày 21 tháng 11 năm 2025"),
    ("OCR misreads the tone of ngày", "Số: 12/BYT-KH\nHà Nội, ngảy 02 tháng 01 năm 2025\n", "Hà Nội, ngảy 02 tháng 01 năm 2025"),
    ("numeric date", "Số: 12/BYT-KH\nTP. Hồ Chí Minh, ngày 3/12/2025\n", "TP. Hồ Chí Minh, ngày 3/12/2025"),
]


@pytest.mark.parametrize("name,text,place_date", PLACE_DATES, ids=[row[0] for row in PLACE_DATES])
def test_place_and_date(name, text, place_date):
    parts = document_parts(text)
    assert parts.span_text(parts.place_date) == place_date


HEADERS += [
    ("a law's header prints its type", "QUỐC HỘI\n-------\nLuật số: 60/2024/QH15 |\nLUẬT\nDỮ LIỆU\n", "60/2024/QH15"),
    ("an annex line under a title", "DANH MỤC THỦ TỤC HÀNH CHÍNH\n\n*(Ban hành kèm theo Quyết định số: 2806/QĐ-UBND ngày 19 "
     "tháng 11 năm 2025 của Chủ tịch Ủy ban nhân dân tỉnh Đồng Nai)*\n", "2806/QĐ-UBND"),
    ("a sentence citing with `số:` is no header",
     "Học viện Tư pháp thông báo tuyển sinh.\n- Chương trình chi tiết đào tạo nghề công chứng ban hành kèm theo "
     "Quyết định số: 1014/QĐ-HVTP ngày 02 tháng 7 năm 2020 của Giám đốc Học viện Tư pháp.\n", None),
    ("nor one in an article's paragraph", "Chức vụ là một thuật ngữ.\n\nTheo Nghị quyết số: 325/2016/UBTVQH14 ngày 29 "
     "tháng 12 năm 2016 của Ủy ban thường vụ Quốc hội.\n", None),
]


@pytest.mark.parametrize("name,text,number", HEADERS, ids=[row[0] for row in HEADERS])
def test_header_number(name, text, number):
    parts = document_parts(text)
    assert parts.span_text(parts.number) == number


TITLES = [
    ("công văn V/v line", "BỘ Y TẾ\nSố: 12/BYT-KH\nV/v triển khai tiêm chủng mở rộng\nHà Nội, ngày 02 tháng 01 năm 2025\n",
     "triển khai tiêm chủng mở rộng"),
    ("trích yếu over two lines", "THÔNG BÁO\nKết luận của Phó Thủ tướng\ntại cuộc họp về giá xăng dầu\n\nNgày 5/3, ...",
     "Kết luận của Phó Thủ tướng tại cuộc họp về giá xăng dầu"),
    ("trích yếu stops at the body without a blank line", "CHỈ THỊ\nVề tăng cường phòng cháy\nThời gian qua, ...",
     "Về tăng cường phòng cháy"),
    ("no title", "Kính gửi: các bộ.\n\nNội dung.", None),
    ("a telegram's title stops at its addressees (OCR: no blank line)",
     "CÔNG ĐIỆN\nVề việc tăng cường phòng, chống dịch sởi\nTHỦ TƯỚNG CHÍNH PHỦ điện:\n- Bộ Y tế;\n",
     "Về việc tăng cường phòng, chống dịch sởi"),
    ("a minister's telegram", "CÔNG ĐIỆN\nVề ứng phó bão số 3\nBỘ TRƯỞNG BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG điện:\n- Sở Nông nghiệp;\n",
     "Về ứng phó bão số 3"),
    ("a title stops at Kính gửi", "CÔNG ĐIỆN\nVề phòng chống rét đậm\nKính gửi: Ủy ban nhân dân các tỉnh.\n",
     "Về phòng chống rét đậm"),
]


@pytest.mark.parametrize("name,text,title", TITLES, ids=[row[0] for row in TITLES])
def test_title(name, text, title):
    parts = document_parts(text)
    assert parts.span_text(parts.title) == title


TYPE_HEADINGS = [
    ("plain", "THÔNG BÁO", "TB"),
    ("without diacritics", "THONG BAO", "TB"),
    ("OCR misreads a tone", "THÔNG BẢO", "TB"),
    ("with a full stop", "THÔNG BÁO.", "TB"),
    ("letter-spaced", "T H Ô N G  B Á O", "TB"),
    ("bold markup left over", "**CHỈ THỊ**", "CT"),
    ("telegram marked urgent", "CÔNG ĐIỆN HỎA TỐC", "CĐ"),
    ("telegram marked khẩn", "CÔNG ĐIỆN KHẨN", "CĐ"),
    ("plan", "KẾ HOẠCH", "KH"),
    ("the enacting formula is no heading", "QUYẾT ĐỊNH:", None),
    ("a secrecy mark alone", "MẬT", None),
    ("a sentence-case line", "Thông báo", None),
]


@pytest.mark.parametrize("name,line,code", TYPE_HEADINGS, ids=[row[0] for row in TYPE_HEADINGS])
def test_type_heading(name, line, code):
    parts = document_parts(f"VĂN PHÒNG CHÍNH PHỦ\nHà Nội, ngày 2 tháng 1 năm 2025\n\n{line}\nKết luận của Phó Thủ tướng\n\nNội dung.")
    assert heading_code(parts) == code
    if code:
        assert parts.span_text(parts.title) == "Kết luận của Phó Thủ tướng"


ADDRESSEES = [
    ("Kính gửi", "BỘ Y TẾ\nSố: 12/BYT-KH\n\nKính gửi: Sở Y tế các tỉnh.\n\nNội dung chính.", "Sở Y tế", True),
    ("a telegram's sender", "CÔNG ĐIỆN\nVề phòng chống bão\n\nTHỦ TƯỚNG CHÍNH PHỦ điện:\n- Bộ Quốc phòng;\n\nNội dung.",
     "Bộ Quốc phòng", True),
    ("bold Kính gửi", "BỘ Y TẾ\nSố: 12/BYT-KH\n\n**Kính gửi:** Sở Y tế.\n\nNội dung.", "Sở Y tế", True),
    ("blank lines between the head and the dashes", "BỘ Y TẾ\nSố: 12/BYT-KH\n\nKính gửi:\n\n- Sở Y tế;\n\n"
     "- Sở Tài chính.\n\nNội dung chính.", "Sở Tài chính", True),
    ("the paragraph after the dashes is the body", "BỘ Y TẾ\nSố: 12/BYT-KH\n\nKính gửi:\n\n- Sở Y tế;\n\n"
     "Nội dung chính.", "Nội dung", False),
    ("a table's cell border between the head and the dashes", "| Hà Nội, ngày 2 tháng 1 năm 2025 | | Kính gửi:\n\n|\n\n"
     "- Sở Y tế.\n\nNội dung.", "Sở Y tế", True),
    ("Kính gửi after the date on a flattened line", "Số: 12/BYT-KH\nHà Nội, ngày 2 tháng 1 năm 2025 Kính gửi : Sở Y tế "
     "Căn cứ Luật Dược;", "Sở Y tế", True),
    ("the preamble a flattened line runs on into", "Số: 12/BYT-KH\nHà Nội, ngày 2 tháng 1 năm 2025 Kính gửi : Sở Y tế "
     "Căn cứ Luật Dược;", "Căn cứ", False),
    ("an addressee wrapped onto a lower-case line", "Số: 12/BYT-KH\nKính gửi: Sở Y tế,\nvà Sở Tài chính.\nNội dung.",
     "và Sở Tài chính", True),
    ("the next capitalised line is the body", "Số: 12/BYT-KH\nKính gửi: Sở Y tế.\nNgày 5/5, Sở nhận được.", "Ngày 5/5", False),
    ("capitals", "Số: 12/BYT-KH\n\nKÍNH GỬI: Sở Y tế.\n\nNội dung.", "Sở Y tế", True),
    ("OCR broke the head over a line", "Số: 12/BYT-KH\n\nKính\ngửi: Sở Y tế.\n\nNội dung.", "Sở Y tế", True),
    ("OCR glued the head's words", "Số: 12/BYT-KH\n\nKínhgửi: Sở Y tế.\n\nNội dung.", "Sở Y tế", True),
    ("Kính gửi deep in the body is a quotation", "BỘ Y TẾ\nSố: 12/BYT-KH\n" + "Nội dung.\n" * 30 +
     "Kính gửi: Sở Y tế.\n", "Sở Y tế", False),
]


@pytest.mark.parametrize("name,text,needle,inside", ADDRESSEES, ids=[row[0] for row in ADDRESSEES])
def test_addressees(name, text, needle, inside):
    parts = document_parts(text)
    assert (parts.zone(text.index(needle)) == "addressees") == inside


APPENDIX_HEADINGS = [
    ("PHỤ LỤC alone", "PHỤ LỤC\nDANH MỤC DỰ ÁN", True),
    ("PHỤ LỤC with a Roman number", "PHỤ LỤC II\nBIỂU MẪU", True),
    ("Phụ lục with a number", "Phụ lục 2\nMẫu báo cáo", True),
    ("Phụ lục số", "Phụ lục số 01\nMẫu báo cáo", True),
    ("DANH MỤC heading", "DANH MỤC THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH\n(Kèm theo Quyết định)", True),
    ("a sentence naming an appendix", "Phụ lục kèm theo Quyết định này là bộ phận không tách rời.", False),
    ("Danh mục in running text", "Danh mục dự án được cập nhật hằng năm.", False),
]


@pytest.mark.parametrize("name,tail,is_appendix", APPENDIX_HEADINGS, ids=[row[0] for row in APPENDIX_HEADINGS])
def test_appendix_headings(name, tail, is_appendix):
    text = "Nội dung./.\n\nNơi nhận:\n- Lưu: VT.\n\nBỘ TRƯỞNG\nLê Văn Mẫu\n\n" + tail
    parts = document_parts(text, None, text.index("Nơi nhận"))
    assert (parts.appendix_start == text.index(tail)) == is_appendix


# ---- the subject from the page's table ------------------------------------------------------

METADATA_SUBJECTS = [
    ("công văn whose symbol starts with a type-like code", "Công văn", "5348/CT-CS", "2025-11-19", ("CV", "5348", "CT-CS", 2025)),
    ("thông báo of a department", "Thông báo", "37691/TB-CHQ", "2025-11-27", ("TB", "37691", "TB-CHQ", 2025)),
    ("normative number with its year", "Thông tư", "111/2025/TT-BTC", None, ("TT", "111", "TT-BTC", 2025)),
    ("Party conclusion", "Kết luận", "212-KL/TW", "2025-12-03", ("KL", "212", "KL/TW", 2025)),
    ("Party notice", "Thông báo", "81-TB/TW", "2025-11-20", ("TB", "81", "TB/TW", 2025)),
    ("công văn of a ministry", "Công văn", "10988/BNV-CQĐP", "2025-11-21", ("CV", "10988", "BNV-CQĐP", 2025)),
    ("provincial normative decision", "Quyết định", "70/2025/QĐ-UBND", "2025-12-01", ("QĐ", "70", "QĐ-UBND", 2025)),
    ("Government resolution", "Nghị quyết", "388/NQ-CP", "2025-11-14", ("NQ", "388", "NQ-CP", 2025)),
    ("telegram", "Công điện", "108/CĐ-TTg", "2025-10-05", ("CĐ", "108", "CĐ-TTg", 2025)),
    ("no Loại văn bản: the symbol's code", None, "17/CT-TTg", "2018-06-19", ("CT", "17", "CT-TTg", 2018)),
    ("a type the vocabulary lacks keeps the symbol's", "Văn bản khác", "45/KH-BYT", "2025-01-02", ("KH", "45", "KH-BYT", 2025)),
]


@pytest.mark.parametrize("name,type_name,number,date,expected", METADATA_SUBJECTS, ids=[row[0] for row in METADATA_SUBJECTS])
def test_metadata_instrument(name, type_name, number, date, expected):
    inst = metadata_instrument(PageMetadata(number_symbol=number, type_name=type_name, issued_date=date))
    assert (inst.type, inst.number, inst.symbol, inst.year) == expected
    assert inst.date == date


def test_no_number_no_metadata_instrument():
    assert metadata_instrument(PageMetadata(type_name="Công văn")) is None
    assert metadata_instrument(None) is None


def page(table: str, body: str) -> str:
    return f"Số hiệu: {table}\nNgười ký: Trần Thị Mẫu\nNgày ban hành: 19/11/2025\n\n{body}"


SIGNED = "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. CỤC TRƯỞNG\nPHÓ CỤC TRƯỞNG\nTrần Thị Mẫu\n"
PAGE_SUBJECTS = [
    ("table settles a header's type", page("5348/CT-CS\nLoại văn bản: Công văn", "CỤC THUẾ\nSố: 5348/CT-CS\nV/v chính sách thuế\n\n"
     "Kính gửi: Thuế tỉnh Mẫu.\n\nCục Thuế có ý kiến như sau./." + SIGNED), ("CV", "5348", 2025, "header")),
    ("no header: the table's number", page("171/CV-BCĐ\nLoại văn bản: Công văn", "Kính gửi: Chủ tịch Ủy ban nhân dân các tỉnh.\n\n"
     "Thực hiện Kết luận số 210-KL/TW ngày 12/11/2025 của Ban Chấp hành Trung ương, Ban Chỉ đạo yêu cầu khẩn trương thực hiện./." + SIGNED),
     ("CV", "171", 2025, "metadata")),
    ("Party header with the table", page("212-KL/TW\nLoại văn bản: Kết luận", "BAN CHẤP HÀNH TRUNG ƯƠNG\nSố 212-KL/TW\n"
     "Hà Nội, ngày 03 tháng 12 năm 2025\n\nKẾT LUẬN\ncủa Bộ Chính trị về đơn vị hành chính\n\nNội dung kết luận./." + SIGNED),
     ("KL", "212", 2025, "header")),
    ("type heading without a number: the table's", page("37691/TB-CHQ\nLoại văn bản: Thông báo", "CỤC HẢI QUAN\n\nTHÔNG BÁO\n"
     "Về kết quả phân loại hàng hóa\n\nCăn cứ Luật Hải quan ngày 23 tháng 6 năm 2014;\n\nCục Hải quan thông báo./." + SIGNED),
     ("TB", "37691", 2025, "metadata")),
]


@pytest.mark.parametrize("name,text,expected", PAGE_SUBJECTS, ids=[row[0] for row in PAGE_SUBJECTS])
def test_subject_of_a_legal_database_page(name, text, expected):
    ex = extract(load_string(text, "page.txt"))
    assert ex.document.kind == "legal_db"
    assert (ex.subject.type, ex.subject.number, ex.subject.year, ex.subject_source) == expected
    assert ex.subject.number not in {i.number for i in ex.instruments}


SIGNERS = [
    ("signature block without a name", "Nội dung đề nghị thực hiện./.\n\nNơi nhận:\n- Lưu: VT.\n\nKT. CỤC TRƯỞNG\nPHÓ CỤC TRƯỞNG\n",
     "Trần Thị Mẫu", "metadata"),
    ("signature block's own name", "Nội dung đề nghị thực hiện./." + SIGNED, "Trần Thị Mẫu", "signature"),
    ("a title taken for a name", "Nội dung đề nghị thực hiện./.\n\nNơi nhận:\n- Lưu: VT.\n\nKT. TRƯỞNG BAN\nThuế Quốc Tế\n"
     "PHÓ TRƯỞNG BAN\nTrần Thị\nMẫu\n", "Trần Thị Mẫu", "metadata"),
]


@pytest.mark.parametrize("name,body,signer,source", SIGNERS, ids=[row[0] for row in SIGNERS])
def test_signer_falls_back_on_the_table(name, body, signer, source):
    ex = extract(load_string(page("15/CT-VP\nLoại văn bản: Công văn", "Kính gửi: các đơn vị.\n\n" + body), "page.txt"))
    assert (ex.signature.signer, ex.signature.source) == (signer, source)
    assert signer in {p.name for p in ex.persons}
    assert entity_id("person", signer) in {r.target for r in ex.relations if r.type == "SIGNED_BY"}


def test_joint_document_signers_from_the_table():
    text = ("Số hiệu: 05/2025/TTLT-BTC-BNV\nLoại văn bản: Thông tư liên tịch\nNgười ký: Trần Văn Một, Lê Thị Hai\n"
            "Ngày ban hành: 02/03/2025\n\nKính gửi: các bộ.\n\nNội dung đề nghị thực hiện./.\n\nNơi nhận:\n- Lưu: VT.\n")
    ex = extract(load_string(text, "ttlt.txt"))
    assert (ex.signature.signer, ex.signature.source) == ("Trần Văn Một", "metadata")
    assert {"Trần Văn Một", "Lê Thị Hai"} <= {p.name for p in ex.persons}


@pytest.mark.parametrize("signer", ["Chủ tịch Quốc hội", "-", "Thủ tướng Chính phủ"])
def test_a_tables_signer_that_is_no_name_is_no_signer(signer):
    # sites put the signer's office or a dash in `Người ký`: no person, no SIGNED_BY
    text = (f"Số hiệu: 05/2025/QH15\nLoại văn bản: Luật\nNgười ký: {signer}\nNgày ban hành: 02/03/2025\n\n"
            "Quốc hội ban hành Luật Mẫu.\n\nĐiều 1. Luật này có hiệu lực.\n")
    ex = extract(load_string(text, "luat.txt"))
    assert ex.signature is None or ex.signature.signer != signer
    assert signer not in {p.name for p in ex.persons}
    assert not [r for r in ex.relations if r.type == "SIGNED_BY"]


def test_signature_stops_at_the_appendix():
    text = ("BỘ Y TẾ\nSố: 12/QĐ-BYT\n\nQUYẾT ĐỊNH\nVề danh mục\n\nĐiều 1. Ban hành danh mục tại Phụ lục./.\n\n"
            "Nơi nhận:\n- Lưu: VT.\n\nBỘ TRƯỞNG\nLê Văn Mẫu\n\nPHỤ LỤC\nDANH MỤC THUỐC\n\nPhụ Lục\n")
    ex = extract(load_string(text, "qd.txt"))
    assert ex.signature.signer == "Lê Văn Mẫu"
    assert "Phụ Lục" not in {p.name for p in ex.persons}


# ---- warnings --------------------------------------------------------------------------------

WARNINGS = [
    ("tiny text", "Trang chủ của kho văn bản.", ["only 26 characters left", "no subject found"]),
    ("no subject", "Các cơ quan cần chú ý thực hiện tốt công tác văn thư, lưu trữ trong năm. " * 6, ["no subject found"]),
    ("a full text", "BỘ Y TẾ\nSố: 12/BYT-KH\nHà Nội, ngày 02 tháng 01 năm 2025\n\nKính gửi: Sở Y tế.\n\n"
     + "Bộ Y tế đề nghị Sở Y tế triển khai tiêm chủng mở rộng trong năm 2025. " * 5, []),
]


@pytest.mark.parametrize("name,text,expected", WARNINGS, ids=[row[0] for row in WARNINGS])
def test_document_warnings_name_the_file(name, text, expected):
    warnings = extract(load_string(text, "trang.txt")).warnings
    assert len(warnings) == len(expected)
    for want, got in zip(expected, warnings):
        assert got.startswith("trang.txt: ") and want in got


LETTER = ("Kính gửi: Các cơ quan, tổ chức trong hệ thống chính trị\n\nNgày 15/10/2025, Ban Chỉ đạo đã có văn bản số "
          "07-TB/BCĐ thông báo kết luận về chuyển đổi số. Thực hiện nhiệm vụ được giao, Bộ Khoa học và Công nghệ "
          "hướng dẫn số hóa hồ sơ tại Phụ lục kèm theo.\n\nTrân trọng./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\n"
          "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nLê Văn Mẫu\n")
UNNUMBERED = [
    ("a letter that lost its header is an unnumbered công văn", LETTER, ("CV", None, 2025, "addressees")),
    ("the instrument its first sentence names is cited, not the subject", LETTER, "07"),
    ("a report that quotes the letter keeps its lead", "Bộ Khoa học và Công nghệ vừa ban hành Công văn số 3120/BKHCN-CĐS "
     "hướng dẫn số hóa hồ sơ. Công văn nêu rõ các cơ quan cần rà soát hồ sơ.\n", ("CV", "3120", None, "lead")),
]


@pytest.mark.parametrize("name,text,expected", UNNUMBERED, ids=[row[0] for row in UNNUMBERED])
def test_subject_of_a_text_without_a_number(name, text, expected):
    ex = extract(load_string(text, "vb.txt"))
    if isinstance(expected, str):
        assert expected in {i.number for i in ex.instruments}
        return
    assert (ex.subject.type, ex.subject.number, ex.subject.year, ex.subject_source) == expected


HEADER_ISSUERS = [
    # the department under the ministry above it issues; one body over two lines is one
    ("BỘ TÀI CHÍNH\n**CỤC THUẾ**\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
     "Số: 5348/CT-CS\nV/v chính sách thuế\nHà Nội, ngày 20 tháng 11 năm 2025\n", "Cục Thuế"),
    ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ ĐÀ NẴNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
     "Số: 2638/QĐ-UBND\nĐà Nẵng, ngày 20 tháng 11 năm 2025\n", "Ủy ban nhân dân thành phố Đà Nẵng"),
    ("VĂN PHÒNG CHÍNH PHỦ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
     "Số: 205/TB-VPCP\nHà Nội, ngày 20 tháng 11 năm 2025\n", "Văn phòng Chính phủ"),
]


@pytest.mark.parametrize("text,issuer", HEADER_ISSUERS)
def test_the_header_names_the_issuer(text, issuer):
    assert extract(load_string(text + "\nTHÔNG BÁO\nNội dung.\n", "doc.txt")).subject.issuer == issuer


_QUESTIONS = "# Không đội mũ bảo hiểm bị phạt bao nhiêu?\n\n-\n**Mức phạt là bao nhiêu?**\n\n"


@pytest.mark.parametrize("body,subject", [
    # a question-and-answer page that names no instrument in its lead is about the one it quotes most
    ("Căn cứ theo điểm c khoản 3 Điều 34 Nghị định 144/2021/NĐ-CP quy định mức phạt.\n\n"
     "Căn cứ khoản 1 Luật Xử lý vi phạm hành chính 2012 về thời hiệu.\n\n"
     "Theo khoản 5 Điều 34 Nghị định 144/2021/NĐ-CP thì người vi phạm còn bị tước giấy phép.\n", ("NĐ", "144", 2021)),
    # two quoted as often: none is the article's
    ("Căn cứ Nghị định 144/2021/NĐ-CP và Nghị định 168/2024/NĐ-CP.\n\n"
     "Theo Nghị định 144/2021/NĐ-CP và Nghị định 168/2024/NĐ-CP thì phạt tiền.\n", None),
    # no number quoted twice: a law quoted by its name most, with or without its year
    ("Căn cứ Điều 562 Bộ luật Dân sự 2015 về hợp đồng.\n\nTheo Điều 563 Bộ luật dân sự thì bên được ủy quyền "
     "thực hiện.\n\nCăn cứ Nghị định 23/2015/NĐ-CP về chứng thực.\n", ("BỘ LUẬT", None, 2015)),
    # the only instrument the page quotes, once
    ("Căn cứ Điều 5 Luật Hộ tịch 2014 về nguyên tắc đăng ký hộ tịch.\n", ("LUẬT", None, 2014)),
])
def test_a_report_is_about_the_instrument_it_quotes_most(body, subject):
    lead_filler = "Người điều khiển xe máy cần biết các quy định sau đây về mũ bảo hiểm. " * 10 + "\n\n"
    ex = extract(load_string(_QUESTIONS + lead_filler + body, "hoi-dap.txt"))
    found = (ex.subject.type, ex.subject.number, ex.subject.year) if ex.subject else None
    assert found == subject
    assert subject is None or (ex.subject_role, ex.subject_source) == ("report", "most_cited")


def test_a_forms_example_number_is_neither_the_subject_nor_a_citation():
    """`(ví dụ: Số: 110/2012/QĐST-DS)` in a form's instructions shows how a number is written."""
    page = (_QUESTIONS + "Mẫu số 31-DS ban hành kèm theo Nghị quyết 01/2017/NQ-HĐTP.\n\n"
            "(2) Ô thứ nhất ghi số, ô thứ hai ghi năm ra quyết định (ví dụ: Số: 110/2012/QĐST-DS).\n\n"
            "Theo Nghị quyết 01/2017/NQ-HĐTP thì mẫu này được dùng khi đưa vụ án ra xét xử.\n")
    ex = extract(load_string(page, "hoi-dap.txt"))
    assert (ex.subject.type, ex.subject.number, ex.subject.year) == ("NQ", "01", 2017)
    assert [m.number for m in ex.instruments if m.number == "110"] == []


_QUOTED_DECREE = ("Căn cứ khoản 1 Điều 28 Nghị định 101/2024/NĐ-CP về hồ sơ đăng ký.\n\n"
                  "Theo Điều 18 Nghị định 101/2024/NĐ-CP thì hồ sơ gồm các giấy tờ sau.\n")


@pytest.mark.parametrize("headline,subject", [
    # a headline that names one law by its name and year is about that law, however often the
    # answer quotes a decree
    ("# Người dân được đăng ký đất đai lần đầu trong những trường hợp nào theo Luật Đất đai 2024?",
     ("LUẬT", None, 2024, "report", "lead")),
    # two laws in the headline: the lead decides
    ("# Rà soát bất cập Luật Nhà ở 2023 và Luật Kinh doanh bất động sản 2023", ("NĐ", "101", 2024, "report", "lead")),
    # a number in the headline is the subject the lead reads, not the law it is made under
    ("# Tải file Nghị định 101/2024 hướng dẫn Luật Đất đai 2024", ("NĐ", "101", 2024, "report", "lead")),
])
def test_a_headline_naming_one_law_is_about_that_law(headline, subject):
    ex = extract(load_string(headline + "\n\n" + _QUOTED_DECREE, "hoi-dap.txt"))
    assert (ex.subject.type, ex.subject.number, ex.subject.year, ex.subject_role, ex.subject_source) == subject
    if subject[0] == "LUẬT":  # the decree the subject hid is cited again
        assert ("NĐ", "101") in {(i.type, i.number) for i in ex.instruments}


@pytest.mark.parametrize("formula,date", [
    # no place-and-date line: the day it was passed dates it
    ("Nghị quyết này được Ủy ban Thường vụ Quốc hội khóa XV thông qua ngày 16 tháng 6 năm 2025.", "2025-06-16"),
    # a law's formula quoted in a resolution dates no resolution
    ("Luật này được Quốc hội khóa XV thông qua ngày 30 tháng 11 năm 2024.", None),
])
def test_a_resolution_without_a_date_line_is_dated_by_its_passing(formula, date):
    text = ("ỦY BAN THƯỜNG VỤ QUỐC HỘI\nSố: 1675/NQ-UBTVQH15\n\nNGHỊ QUYẾT\nVỀ VIỆC SẮP XẾP CÁC ĐƠN VỊ HÀNH CHÍNH\n\n"
            "Điều 1. Sắp xếp các đơn vị hành chính cấp xã của tỉnh.\n\nĐiều 2. Nghị quyết này có hiệu lực từ ngày ký.\n\n"
            + formula + "\n\nTM. ỦY BAN THƯỜNG VỤ QUỐC HỘI\nCHỦ TỊCH\nTrần Thanh Mẫn\n")
    ex = extract(load_string(text, "nq.txt"))
    assert (ex.subject.number, ex.subject.date) == ("1675", date)


def test_the_plan_a_body_issues_after_a_cited_title_is_the_subject_itself():
    # the cited resolution's title ends where a body issues the plan: that plan is this one
    text = ("ỦY BAN NHÂN DÂN TỈNH BẮC NINH\nSố: 141/KH-UBND\n\nKẾ HOẠCH\nNÂNG CAO NĂNG LỰC CHO ĐỘI NGŨ CÁN BỘ XÂY DỰNG "
            "CHÍNH SÁCH, PHÁP LUẬT GIAI ĐOẠN 2026 - 2030\n\nThực hiện Nghị quyết số 66-NQ/TW ngày 30 tháng 4 năm 2025 của "
            "Bộ Chính trị về đổi mới công tác xây dựng và thi hành pháp luật, UBND tỉnh ban hành Kế hoạch nâng cao năng lực "
            "cho đội ngũ cán bộ xây dựng chính sách, pháp luật giai đoạn 2026 - 2030 như sau:\n\nI. MỤC ĐÍCH\nNâng cao năng lực.\n")
    ex = extract(load_string(text, "kh.txt"))
    assert [(i.type, i.number) for i in ex.instruments] == [("NQ", "66")]


def test_a_heading_without_a_number_takes_the_one_its_annex_is_issued_with():
    text = ("THÔNG TƯ\nSỬA ĐỔI THÔNG TƯ SỐ 18/2024/TT-NHNN VỀ HOẠT ĐỘNG THẺ\n\nCăn cứ Luật Ngân hàng Nhà nước Việt Nam;\n"
            "Điều 1. Sửa đổi Điều 5.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. THỐNG ĐỐC\nPHÓ THỐNG ĐỐC\nPhạm Tiến Dũng\n\n"
            "PHỤ LỤC\n*(Ban hành kèm theo Thông tư số 45/2025/TT-NHNN ngày 19 tháng 11 năm 2025)*\nMẫu đơn.\n")
    ex = extract(load_string(text, "tt.txt"))
    s = ex.subject
    assert (s.type, s.number, s.symbol, s.year, s.date) == ("TT", "45", "TT-NHNN", 2025, "2025-11-19")
    assert all(i.number != "45" for i in ex.instruments)  # the subject is not its own citation


def test_an_article_about_a_draft_is_about_the_draft():
    text = ("Cập nhật Dự thảo bảng giá đất tại Thanh Hóa năm 2026\n\nMới đây, UBND tỉnh đã trình Hội đồng nhân dân tỉnh "
            "Dự thảo Nghị quyết bảng giá đất tỉnh Thanh Hóa năm 2026, thay thế Nghị quyết 231/2019/NQ-HĐND của HĐND tỉnh.\n\n"
            "Theo Nghị quyết 231/2019/NQ-HĐND thì bảng giá đất áp dụng đến năm 2025. Tờ trình số 406/TTr-UBND nêu rõ.\n")
    ex = extract(load_string(text, "du-thao.txt"))
    assert (ex.subject.type, ex.subject.number, ex.subject_role) == ("NQ", None, "report")
    assert any(i.number == "231" for i in ex.instruments)  # the resolution the draft replaces is cited
