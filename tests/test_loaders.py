"""Loaders: encodings, markup, reflow, page furniture, formats, bad input and offsets.

Every row writes a real file in tmp_path (or uses a seed / fixture) and loads it with the
public API; no mocks.
"""
from __future__ import annotations

import codecs
import io
import random
import re
import unicodedata
from pathlib import Path

import pytest

from luocdo.loaders import LoadError, load, load_bytes, load_string, pipeline
from luocdo.loaders.furniture import metadata_rows
from luocdo.model import Span
from luocdo.normalize import fold

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "examples").glob("*.txt"))
FIXTURES = Path(__file__).parent / "fixtures" / "loaders"
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
SAMPLE = "Phó Thủ tướng Chính phủ chỉ đạo Đề án 06 và Quyết định số 319/QĐ-TTg.\n"


_TONES = "\u0300\u0301\u0303\u0309\u0323"


def cp1258(text: str) -> bytes:
    """Windows-1258 bytes as old tools wrote them: base letters precomposed, tone marks combining."""
    out = []
    for ch in text:
        parts = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in parts if c in _TONES)
        out.append(unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES)) + tones)
    return "".join(out).encode("cp1258")


def seed(prefix: str) -> Path:
    return next(p for p in SEEDS if p.name.startswith(prefix))


def assert_parts(text: str, present: list[str], absent: list[str]) -> None:
    missing = [part for part in present if part not in text]
    left = [part for part in absent if part in text]
    assert not missing and not left, (missing, left, text)


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def loaded_lines(tmp_path: Path, name: str, lines: list[str]) -> str:
    """The loaded text of a file of these lines."""
    return load(write(tmp_path, name, "\n".join(lines))).text


# ---- encodings -----------------------------------------------------------------------------

ENCODINGS = [
    ("utf-8", SAMPLE.encode("utf-8"), "utf-8", False),
    ("utf-8 with BOM", codecs.BOM_UTF8 + SAMPLE.encode("utf-8"), "utf-8-sig", False),
    ("utf-16 with BOM", SAMPLE.encode("utf-16"), "utf-16", False),
    ("utf-16-le without BOM", SAMPLE.encode("utf-16-le"), "utf-16-le", True),
    ("utf-16-be without BOM", SAMPLE.encode("utf-16-be"), "utf-16-be", True),
    ("windows-1258", cp1258(SAMPLE), "windows-1258", True),
]


@pytest.mark.parametrize("name,data,encoding,warned", ENCODINGS, ids=[row[0] for row in ENCODINGS])
def test_encodings_decode_to_the_same_nfc_text(tmp_path, name, data, encoding, warned):
    doc = load(write(tmp_path, "doc.txt", data))
    assert doc.text == SAMPLE.strip()
    assert unicodedata.is_normalized("NFC", doc.text)
    assert doc.encoding == encoding
    assert bool(doc.warnings) == warned
    assert all("doc.txt" in w for w in doc.warnings)


def test_windows_1258_beats_its_cp1252_mojibake(tmp_path):
    doc = load(write(tmp_path, "legacy.txt", cp1258("Nghị định số 30/2020/NĐ-CP về công tác văn thư. " * 20)))
    assert "Nghị định số 30/2020/NĐ-CP về công tác văn thư." in doc.text
    assert "windows-1258" in doc.warnings[0]


NFC_ROWS = [
    ("NFD tone marks compose", unicodedata.normalize("NFD", "Thủ tướng Chính phủ"), "Thủ tướng Chính phủ"),
    ("Icelandic eth for Đ", "\u00d0ề án 06 của \u00d0ảng", "Đề án 06 của Đảng"),
    ("lower eth for đ", "\u00f0iều 5", "điều 5"),
    ("control characters dropped", "Điều\x07 1\x0b.", "Điều 1."),
    ("em dash inside a symbol", "Thông báo số 205/TB\u2014VPCP", "Thông báo số 205/TB-VPCP"),
    ("en dash inside a symbol", "Quyết định 12/QĐ\u2013TTg", "Quyết định 12/QĐ-TTg"),
    ("minus sign inside a symbol", "Công văn 3509/VPCP\u2212V.I", "Công văn 3509/VPCP-V.I"),
    ("a dash between years stays", "giai đoạn 2021 \u2013 2025", "giai đoạn 2021 \u2013 2025"),
    ("a dash between places stays", "tuyến Hà Nội\u2014Hải Phòng", "tuyến Hà Nội\u2014Hải Phòng"),
    ("Cyrillic letters inside a symbol", "Thông tư 105/2025/TT-BT\u0421, 02/2024/\u0422T-BKHĐ\u0422",
     "Thông tư 105/2025/TT-BTC, 02/2024/TT-BKHĐT"),
    ("a run of them beside one Latin letter", "Nghị định 120/2020/NĐ-\u0421\u0420 và 595/QĐ-BH\u03a7\u0397",
     "Nghị định 120/2020/NĐ-CP và 595/QĐ-BHXH"),
    ("a Cyrillic word keeps its letters", "hãng tin \u0422\u0410\u0421\u0421 đưa tin", "hãng tin \u0422\u0410\u0421\u0421 đưa tin"),
]


@pytest.mark.parametrize("name,source,expected", NFC_ROWS, ids=[row[0] for row in NFC_ROWS])
def test_nfc_and_lookalike_letters(name, source, expected):
    doc = load_string(source)
    assert doc.text == expected
    assert len(doc.source_offsets) == len(doc.text) + 1


def test_replacement_and_control_characters_are_warned(tmp_path):
    doc = load(write(tmp_path, "odd.txt", "Thông báo \ufffd số 5\x01."))
    assert any("replacement" in w and "odd.txt" in w for w in doc.warnings)
    assert any("control" in w for w in doc.warnings)


# ---- markdown ------------------------------------------------------------------------------

MARKDOWN_ROWS = [
    ("adjacent bold blocks stay apart", "**THÔNG BÁO****Kết luận của Phó Thủ tướng**", ["THÔNG BÁO\n", "\nKết luận của Phó Thủ tướng"], ["THÔNG BÁOKết", "*"]),
    ("bold removed", "Văn bản **số 5** đã ban hành.", ["Văn bản số 5 đã ban hành."], ["*"]),
    ("italic removed", "*1. Người khai hải quan.*\n", ["1. Người khai hải quan."], ["*"]),
    ("footnote marker removed, body kept", "kết quả quan trọng<sup>1</sup>, góp phần.\n\n<sup>1</sup> Xử lý 64.185 vụ.", ["quan trọng, góp phần.", "\n\nXử lý 64.185 vụ."], ["<sup>", "trọng1"]),
    ("br becomes a line break", "KT. BỘ TRƯỞNG<br>PHÓ CHỦ NHIỆM", ["KT. BỘ TRƯỞNG\nPHÓ CHỦ NHIỆM"], ["<br"]),
    ("table pipes removed", "| Số hiệu | 205/TB-VPCP |\n|---|---|\n| Nơi nhận | VPCP |", ["Số hiệu 205/TB-VPCP"], ["|", "---"]),
    ("heading marks removed", "# Hải quan\n\n## Chương I", ["Hải quan", "Chương I"], ["#"]),
    ("links keep their text", "Xem [Luật Hải quan](https://example.vn/a) nhé.", ["Xem Luật Hải quan nhé."], ["http", "]("]),
    ("images dropped", "Trước ![ảnh](a.png) sau.", ["Trước sau."], ["png"]),
    ("escaped characters", r"Mục 1\. Điều 2\* và \[a\]", ["Mục 1. Điều 2* và [a]"], ["\\"]),
    ("html entities", "An&nbsp;toàn &amp; trật tự", ["An toàn & trật tự"], ["&amp;", "&nbsp;"]),
    ("pipes outside tables kept", "**Chú ý** A | B là ký hiệu.", ["A | B là ký hiệu."], []),
    # a numbered table printed one cell per line: a row a line, its cells between tabs, a cell's
    # broken lines joined; three columns or more keep their tabs, two-column tables read as text
    ("one cell per line", "Phụ lục\n\n|\n**STT**\n|\n**Nhiệm vụ**\n|\n**Cơ quan chủ trì**\n|\n**Thời hạn**\n|\n|\n"
     "1\n|\nXây dựng cơ sở\ndữ liệu\n|\nCục Di sản văn hóa\n|\nTháng 12/2025\n|\n|\n2\n|\nRà soát\n|\nSở Tài chính\n|\nQuý I/2026\n|\n",
     ["STT\tNhiệm vụ\tCơ quan chủ trì\tThời hạn\n1\tXây dựng cơ sở dữ liệu\tCục Di sản văn hóa\tTháng 12/2025\n2\tRà soát"], ["|", "*"]),
    ("one cell per line, a group row between", "|\n**TT**\n|\n**Nội dung**\n|\n**Đơn vị chủ trì**\n|\n|\n**I**\n|\n**Thể chế**\n|\n|\n"
     "1\n|\nRà soát quy định\n|\nSở Tư pháp\n|\n",
     ["TT\tNội dung\tĐơn vị chủ trì\n", "1\tRà soát quy định\tSở Tư pháp"], ["|"]),
    ("a two-column table of fields one cell per line stays text", "|\nSố hiệu\n|\n205/TB-VPCP\n|\n|\nNgày\n|\n28/4/2025\n|\n",
     ["Số hiệu"], ["\t"]),
    ("a signature table one cell per line stays text", "|\n*Nơi nhận:*\n- Bộ Tài chính;\n|\n**KT. BỘ TRƯỞNG**\n|\n|\nx\n|\nNguyễn Văn An\n|\n",
     ["Nơi nhận:", "KT. BỘ TRƯỞNG"], ["\t"]),
    ("a signature table running into the table: the table opens at its number column",
     "|\n**KT. BỘ TRƯỞNG**\nNguyễn Văn An\n|\n**PHỤ LỤC**\n|\n**STT**\n|\n**Nội dung**\n|\n**Đơn vị chịu trách nhiệm**\n|\n|\n"
     "1\n|\nSố đơn vị hành chính\n|\nVụ Chính quyền địa phương\n|\n",
     ["KT. BỘ TRƯỞNG\nNguyễn Văn An", "STT\tNội dung\tĐơn vị chịu trách nhiệm\n1\tSố đơn vị hành chính\tVụ Chính quyền địa phương"], []),
    ("the page after the table is no cell", "|\n**STT**\n|\n**Nội dung**\n|\n**Đơn vị**\n|\n|\n1\n|\nRà soát\n|\nSở Tư pháp\n|\n"
     "Ghi chú: số liệu năm 2025.\n## Văn bản liên quan\nBan hành:\n|\nHiệu lực\n|\n",
     ["1\tRà soát\tSở Tư pháp", "\nVăn bản liên quan"], ["Tư pháp Ghi chú:\tVăn bản"]),
    ("a markdown table of three columns keeps its tabs", "| STT | Nhiệm vụ | Cơ quan chủ trì |\n|---|---|---|\n| 1 | Rà soát | Sở Tài chính |\n",
     ["STT\tNhiệm vụ\tCơ quan chủ trì\n1\tRà soát\tSở Tài chính"], ["|"]),
]


@pytest.mark.parametrize("name,source,present,absent", MARKDOWN_ROWS, ids=[row[0] for row in MARKDOWN_ROWS])
def test_markdown_cleanup(tmp_path, name, source, present, absent):
    doc = load(write(tmp_path, "doc.md", source))
    assert_parts(doc.text, present, absent)


def test_front_matter_fills_metadata(tmp_path):
    doc = load(write(tmp_path, "fm.md", "---\ntitle: Thông báo kết luận\ndate: 2025-04-28\nauthor: Văn phòng Chính phủ\n---\n\nNội dung thông báo.\n"))
    assert (doc.title, doc.date, doc.author) == ("Thông báo kết luận", "2025-04-28", "Văn phòng Chính phủ")
    assert doc.text == "Nội dung thông báo."
    assert doc.kind == "markdown"


def test_seed_001_markdown():
    doc = load(seed("001"))
    assert doc.kind == "markdown"
    assert doc.text.startswith("THÔNG BÁO\n\nKết luận của Phó Thủ tướng Chính phủ Trần Lưu Quang")
    assert "<sup>" not in doc.text and "**" not in doc.text
    assert "\n\nTrong 6 tháng đầu năm 2024, các đơn vị, địa phương phát hiện" in doc.text
    assert "thương mại và hàng giả.\n\n8." in doc.text  # the stray blank line inside item 7 is healed
    assert "Nơi nhận:\n- Thủ tướng" in doc.text
    assert doc.text.endswith("KT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\nCao Huy")


# ---- reflow --------------------------------------------------------------------------------

def pdf_like(*lines: str) -> str:
    """Text as PDF extraction leaves it: a blank line after every line, trailing spaces."""
    return "".join(f"{line}  \n\n" for line in lines)


REFLOW_ROWS = [
    ("name broken across lines", pdf_like(
        "Ngày 14 tháng 10 năm 2021, Phó Thủ tướng Thường trực Chính phủ",
        "Phạm Bình Minh, Trưởng Ban Chỉ đạo 389 quốc gia đã chủ trì Hội nghị giao ban quý",
        "III năm 2021 và nhiệm vụ trọng tâm trong thời gian tới của Ban Chỉ đạo 389 quốc",
        "gia. Tham dự Hội nghị có các đồng chí Ủy viên Ban Chỉ đạo 389 quốc gia và đại",
        "biểu các bộ, ngành."),
        ["Phó Thủ tướng Thường trực Chính phủ Phạm Bình Minh", "giao ban quý III năm 2021", "389 quốc gia. Tham dự"], ["\n"]),
    ("date and number broken across lines", pdf_like(
        "xây dựng văn bản quy định ở cấp Thông tư (Văn bản số 3509/VPCP-V.I ngày 28 tháng 11",
        "năm 2019, số 13/TB-VPCP ngày 16 tháng 01 năm 2021 và số 6800/VPCP-KTTH",
        "ngày 23 tháng 9 năm 2021 của Văn phòng Chính phủ) để thực hiện thống nhất.",
        "1. Quán triệt thực hiện nghiêm các Chỉ thị của Thủ tướng Chính phủ về công tác",
        "chống buôn lậu."),
        ["ngày 28 tháng 11 năm 2019", "số 6800/VPCP-KTTH ngày 23 tháng 9 năm 2021", "thống nhất.\n\n1. Quán triệt"], []),
    ("numbered and roman items kept apart", pdf_like(
        "I. ĐÁNH GIÁ CHUNG",
        "Trong quý III năm 2021, các bộ, ngành đã nghiêm túc triển khai các chỉ đạo của",
        "Chính phủ về công tác chống buôn lậu.",
        "II. NHIỆM VỤ TRỌNG TÂM",
        "1. Tăng cường kiểm tra, giám sát hoạt động của các lực lượng chức năng trên",
        "các tuyến biên giới.",
        "2. Đẩy mạnh ứng dụng công nghệ thông tin."),
        ["I. ĐÁNH GIÁ CHUNG\n\nTrong quý III", "của Chính phủ về", "buôn lậu.\n\nII. NHIỆM VỤ TRỌNG TÂM\n\n1. Tăng", "biên giới.\n\n2. Đẩy"], []),
    ("dash items one per line", pdf_like(
        "4. Các lực lượng chức năng cần thực hiện các nhiệm vụ sau:",
        "- Đẩy mạnh việc ứng dụng khoa học công nghệ trong công tác chống buôn lậu,",
        "gian lận thương mại và hàng giả;",
        "- Làm tốt công tác nghiệp vụ, phát hiện, xử lý kịp thời các hành vi vi phạm;",
        "a) Kiểm tra các lô hàng chuyển khẩu, chuyển cảng, tạm nhập, tái xuất và hàng",
        "tạp hóa."),
        ["sau:\n- Đẩy mạnh", "buôn lậu, gian lận thương mại và hàng giả;\n- Làm tốt", "vi phạm;\na) Kiểm tra", "và hàng tạp hóa."], []),
    ("recipients and signature block", pdf_like(
        "Văn phòng Chính phủ thông báo để các cơ quan liên quan biết, thực hiện./.",
        "Nơi nhận:",
        "- Thủ tướng, các Phó Thủ tướng (để b/c);",
        "- Các cơ quan, đơn vị: BTL Bộ đội Biên phòng,",
        "  Tổng cục Thuế, Tổng cục Quản lý thị trường;",
        "  A04, C03 (BCA);",
        "- Lưu: VT, V.I (03).",
        "KT. BỘ TRƯỞNG, CHỦ NHIỆM",
        "PHÓ CHỦ NHIỆM",
        "Cao Huy"),
        ["thực hiện./.\n\nNơi nhận:\n- Thủ tướng", "Biên phòng, Tổng cục Thuế, Tổng cục Quản lý thị trường; A04, C03 (BCA);\n- Lưu",
         "V.I (03).\n\nKT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\nCao Huy"], []),
    ("title block then a wider gap", " THÔNG BÁO \n\nKết luận của Phó Thủ tướng Thường trực \n\ntại Hội nghị giao ban quý III năm 2021 \n\n \n\n Ngày 14 tháng 10 năm 2021, Phó Thủ tướng Thường trực Chính phủ chủ \n\ntrì Hội nghị. Tham dự có đồng chí Nguyễn Hồng Diên, Bộ trưởng Bộ Công \n\nThương, Phó Trưởng Ban và các đồng chí Ủy viên Ban Chỉ đạo quốc \n\ngia.\n\n",
        ["THÔNG BÁO\n\nKết luận của Phó Thủ tướng Thường trực tại Hội nghị giao ban quý III năm 2021\n\nNgày 14", "Bộ Công Thương, Phó Trưởng Ban"], []),
    ("a short line after a full one ends its paragraph", pdf_like(  # a justified PDF body
        "a) Bảo đảm sự chỉ đạo thống nhất, phối hợp chặt chẽ, thường xuyên, hiệu quả giữa",
        "các sở, ban, ngành, Ủy ban nhân dân xã, phường, đặc khu và các cơ quan, tổ chức",
        "liên quan trong việc triển khai thi hành Luật Việc làm trên địa bàn Thành phố.",
        "3. Xây dựng các văn bản quy phạm pháp luật quy định chi tiết các nội dung được",
        "giao trong Luật Việc làm",
        "Sở, ban, ngành thuộc Ủy ban nhân dân Thành phố có trách nhiệm rà soát, tham mưu",
        "Ủy ban nhân dân Thành phố ban hành theo thẩm quyền hoặc trình Hội đồng nhân dân",
        "Thành phố ban hành văn bản quy phạm pháp luật quy định chi tiết các nội dung",
        "được giao trong Luật Việc làm theo lĩnh vực phụ trách khi Chính phủ và các Bộ,",
        "ngành ban hành các văn bản quy định chi tiết, hướng dẫn thi hành."),
        ["nội dung được giao trong Luật Việc làm\n\nSở, ban, ngành", "Hội đồng nhân dân Thành phố ban hành"], []),
    ("a list's next item opens a paragraph", pdf_like(
        "Hành vi vi phạm các quy định của pháp luật trong hoạt động kinh doanh vàng gồm:",
        "(1) Hoạt động sản xuất vàng trang sức, mỹ nghệ không có Giấy chứng nhận đủ",
        "điều kiện kinh doanh do Ngân hàng Nhà nước cấp.",
        "(2) Hoạt động kinh doanh mua, bán vàng miếng không có giấy phép do Ngân hàng",
        "Nhà nước cấp; xuất khẩu, nhập khẩu vàng miếng không đúng quy định",
        "(3) Mang theo vàng khi xuất cảnh, nhập cảnh của cá nhân vượt mức quy định."),
        ["không đúng quy định\n\n(3) Mang theo", "do Ngân hàng Nhà nước cấp;"], []),
    ("a text wrapped twice keeps its short lines in the sentence", pdf_like(  # 80-column lines wrapped at 70
        "Thực hiện Kết luận số 210-KL/TW ngày 12/11/2025 của Ban Chấp hành Trung ương",
        "Đảng khóa XIII về tiếp tục xây dựng, hoàn thiện tổ chức bộ máy của hệ thống",
        "chính",
        "trị trong thời gian tới và ý kiến chỉ đạo của Đồng chí Tổng Bí thư Tô Lâm tại",
        "cuộc",
        "họp Bộ Chính trị ngày 14/11/2025, Ban chỉ đạo của Chính phủ về sắp xếp đơn",
        "vị hành",
        "chính các cấp và xây dựng mô hình tổ chức chính quyền địa phương 02 cấp yêu",
        "cầu Ủy ban",
        "nhân dân các tỉnh, thành phố trực thuộc Trung ương khẩn trương thực hiện các",
        "nội dung sau đây theo đúng tiến độ đã đề ra trong thông báo của Ban Chỉ đạo",
        "của",
        "Chính phủ về sắp xếp đơn vị hành chính."),
        ["của Chính phủ về sắp xếp đơn vị hành chính."], ["\n"]),
    ("runs of spaces collapse", pdf_like(
        "1. Quán triệt thực hiện nghiêm các Chỉ thị, Nghị quyết của Đảng, của           ",
        "Thủ tướng Chính phủ và Ban Chỉ đạo 389 quốc gia về công tác chống buôn lậu, gian",
        "lận thương mại và hàng giả; đấu tranh, ngăn chặn đẩy lùi sự suy thoái về tư tưởng",
        "chính trị, đạo đức, lối sống của cán bộ, công chức thuộc các lực lượng chức"),
        ["của Đảng, của Thủ tướng Chính phủ", "gian lận thương mại"], ["  ", " \n"]),
]


@pytest.mark.parametrize("name,source,present,absent", REFLOW_ROWS, ids=[row[0] for row in REFLOW_ROWS])
def test_pdf_style_reflow(tmp_path, name, source, present, absent):
    doc = load(write(tmp_path, "wrapped.txt", source))
    assert_parts(doc.text, present, absent)


# ---- signed PDFs: OCR and pdftotext text of the Government portal's documents ---------------

_BODY = ("Bộ Tài chính chủ trì, phối hợp với các cơ quan liên quan nghiên cứu cơ chế tài\n"
         "chính cho các dự án, hoàn thành trong tháng 5 năm 2025.\n")


def signed(*lines: str) -> str:
    """A signed document's text as OCR leaves it: one line per printed line, no blank lines."""
    return "\n".join(lines) + "\n"


SIGNED_PDF_ROWS = [
    ("stamp above the header", signed(
        "Ký bởi: Cổng Thông tin điện tử Chính phủ", "Email: thongtinchinhphu@chinhphu.vn",
        "Cơ quan: Văn phòng Chính phủ", "Thời gian ký: 05.03.2025 10:15:22 +07:00",
        "VĂN PHÒNG CHÍNH PHỦ", "Số: 178/TB-VPCP", _BODY),
        ["VĂN PHÒNG CHÍNH PHỦ", "Số: 178/TB-VPCP"], ["Ký bởi", "thongtinchinhphu", "Cơ quan:", "10:15:22"]),
    ("stamp between two items", signed(
        "VĂN PHÒNG CHÍNH PHỦ", "Số: 178/TB-VPCP",
        "1. Bộ Công Thương chủ trì hoàn thiện hồ sơ, trình Thủ tướng Chính phủ trước ngày",
        "Ký bởi: Cổng Thông tin điện tử Chính phủ", "Thời gian ký: 14.04.2025 16:40:05 +07:00",
        "30 tháng 4 năm 2025.", _BODY),
        ["trước ngày 30 tháng 4 năm 2025."], ["Ký bởi", "16:40:05"]),
    ("stamp between capacity and signer", signed(
        "Số: 512/QĐ-TTg", _BODY, "KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG",
        "Ký bởi: Cổng Thông tin điện tử Chính phủ", "Email: thongtinchinhphu@chinhphu.vn",
        "Cơ quan: Văn phòng Chính phủ", "Thời gian ký: 07.03.2025 17:05:10 +07:00", "Nguyễn Hòa Bình"),
        ["PHÓ THỦ TƯỚNG\nNguyễn Hòa Bình"], ["Ký bởi", "Email", "17:05:10"]),
    ("stamp broken over lines", signed(
        "Số: 24/CĐ-TTg", _BODY, "THỦ TƯỚNG", "Ký bởi: Cổng Thông tin điện tử Chính phủ", "Email:",
        "thongtinchinhphu@chinhphu.vn", "Thời gian ký:", "05.03.2025", "10:15:22 +07:00", "Phạm Minh Chính"),
        ["THỦ TƯỚNG\nPhạm Minh Chính"], ["Email", "chinhphu.vn", "05.03.2025", "+07:00"]),
    ("stamp misread by OCR", signed(
        "Số: 215/TB-UBND", _BODY, "Ky bởi: Ủy ban nhân dân tỉnh Quảng Ninh",
        "Thoi gian ký: 18.09.2024 15:30:00 +07:00", "Nguyễn Văn Hồi"),
        ["Nguyễn Văn Hồi"], ["Ky bởi", "15:30:00"]),
    ("stamp on one line after the recipients", signed(
        "Số: 215/TB-UBND", _BODY, "Nơi nhận:", "- Lưu: VT, TH. Ký bởi: Ủy ban nhân dân tỉnh Quảng Ninh"),
        ["- Lưu: VT, TH."], ["Ký bởi"]),
    ("stamp as a signature check", signed(
        "Số: 215/TB-UBND", _BODY, "Signature Not Verified", "Được ký bởi: Văn phòng Ủy ban nhân dân tỉnh",
        "Ngày ký: 18.09.2024 15:30", "Nguyễn Văn Hồi"),
        ["Nguyễn Văn Hồi"], ["Signature", "Được ký", "Ngày ký"]),
    ("an agency line without a stamp is content", signed(
        "Số: 215/TB-UBND", _BODY, "Cơ quan: Sở Tài chính tỉnh Quảng Ninh", "Email: stc@quangninh.gov.vn"),
        ["Cơ quan: Sở Tài chính", "stc@quangninh.gov.vn"], []),
    ("dashed page number mid-sentence", signed(
        "Số: 178/TB-VPCP", "2. Bộ Tài chính chủ trì nghiên cứu cơ chế tài chính cho các dự án theo", "- 2 -",
        "quy định của Nghị định số 58/2025/NĐ-CP."),
        ["các dự án theo quy định của Nghị định số 58/2025/NĐ-CP"], ["- 2 -"]),
    ("page of pages", signed(
        "Số: 09/CT-TTg", _BODY, "Trang 2/3", "2. Bộ Nội vụ hướng dẫn các cơ quan, hoàn thành trong quý III năm 2025."),
        ["2. Bộ Nội vụ"], ["Trang 2"]),
    ("the gazette's running header", signed(
        "Số: 09/CT-TTg", "1. Các bộ, ngành tổ chức thực hiện", "CÔNG BÁO/Số 345 + 346/Ngày 20-3-2025 7",
        "nghiêm Nghị định số 30/2020/NĐ-CP.", "8 CÔNG BÁO/Số 345 + 346/Ngày 20-3-2025", _BODY),
        ["tổ chức thực hiện nghiêm Nghị định số 30/2020/NĐ-CP."], ["CÔNG BÁO"]),
    ("bare page numbers in sequence", signed(
        "Số: 09/CT-TTg", "1. Bộ Khoa học và Công nghệ chủ trì xây dựng kiến trúc Chính phủ số,", "2",
        "trình Thủ tướng Chính phủ trước ngày 30 tháng 6 năm 2025.", "3",
        "2. Bộ Nội vụ hướng dẫn các cơ quan chuẩn hóa quy trình nội bộ."),
        ["Chính phủ số, trình Thủ tướng", "năm 2025.\n\n2. Bộ Nội vụ"], ["\n2\n", "\n3\n"]),
    ("a number out of sequence is a table cell", signed(
        "Số: 09/CT-TTg", _BODY, "STT", "15", "Bộ Công an"),
        ["15"], []),
    ("issuer and motto flattened onto lines", signed(
        "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "TỈNH QUẢNG NINH Độc lập - Tự do - Hạnh phúc",
        "Số: 215/TB-UBND Quảng Ninh, ngày 18 tháng 9 năm 2024", "THÔNG BÁO", _BODY),
        ["ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NINH\n", "\nSố: 215/TB-UBND\n", "\nQuảng Ninh, ngày 18 tháng 9 năm 2024"],
        ["DÂN CỘNG", "NINH Độc"]),
    ("number and date on one line, misread", signed(
        "THỦ TƯỚNG CHÍNH PHỦ", "Sô: 24/CĐ-TTg Hà Nội, ngảy 05 tháng 3 năm 2025", "CÔNG ĐIỆN", _BODY),
        ["Sô: 24/CĐ-TTg\n", "Hà Nội, ngày 05 tháng 3 năm 2025"], ["TTg Hà Nội"]),
    ("Số misread as Só opens its own line", signed(
        "ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Só: 308/KH-UBND",
        "KẾ HOẠCH", _BODY),
        ["Hạnh phúc\nSó: 308/KH-UBND"], ["phúc Só"]),
    ("number and an abbreviated city on one line", signed(
        "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "THÀNH PHỐ HỒ CHÍ MINH Độc lập - Tự do - Hạnh phúc",
        "Số: 12/TB-UBND TP. Hồ Chí Minh, ngày 3 tháng 4 năm 2025", "THÔNG BÁO", _BODY),
        ["\nSố: 12/TB-UBND\n", "\nTP. Hồ Chí Minh, ngày 3 tháng 4 năm 2025"], ["UBND TP."]),
    ("a công văn's header run together row by row", signed(
        "VĂN PHÒNG CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 2345/VPCP-KTTH Độc lập - Tự do - Hạnh phúc",
        "V/v triển khai Nghị quyết số Hà Nội, ngày 02 tháng 4 năm 2025", "01/NQ-CP của Chính phủ",
        "Kính gửi: Bộ Tài chính.", _BODY),
        ["Số: 2345/VPCP-KTTH\nV/v triển khai Nghị quyết số 01/NQ-CP của Chính phủ", "\nHà Nội, ngày 02 tháng 4 năm 2025"],
        ["số Hà Nội"]),
    ("V/v run onto the number's line", signed(
        "VĂN PHÒNG CHÍNH PHỦ", "Số: 2345/VPCP-KTTH V/v triển khai Nghị quyết số 01/NQ-CP", "Kính gửi: Bộ Tài chính.", _BODY),
        ["Số: 2345/VPCP-KTTH\n", "V/v triển khai Nghị quyết số 01/NQ-CP"], ["KTTH V/v"]),
    ("a sentence quoting a number is not split", signed(
        "(2) Ô thứ nhất ghi số, ô thứ hai ghi năm ra quyết định (ví dụ: Số: 110/2012/QĐST-DS).", _BODY),
        ["(ví dụ: Số: 110/2012/QĐST-DS)"], []),
    ("motto on separate lines, swapped date and number", signed(
        "VĂN PHÒNG CHÍNH PHỦ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Hà Nội, ngày 14 tháng 4 năm 2025", "Số: 178/TB-VPCP", "THÔNG BÁO", _BODY),
        ["Hà Nội, ngày 14 tháng 4 năm 2025\nSố: 178/TB-VPCP"], ["2025 Số"]),
    ("telegram addressees under the title", signed(
        "Số: 24/CĐ-TTg", "CÔNG ĐIỆN", "Về việc tăng cường phòng, chống dịch sởi", "THỦ TƯỚNG CHÍNH PHỦ điện:",
        "- Bộ trưởng các Bộ: Y tế, Tài chính;", _BODY),
        ["dịch sởi\nTHỦ TƯỚNG CHÍNH PHỦ điện:"], ["sởi THỦ"]),
    ("signed mark between capacity and name", signed(
        "Số: 24/CĐ-TTg", _BODY, "THỦ TƯỚNG", "(Đã ký)", "Phạm Minh Chính"),
        ["(Đã ký)\nPhạm Minh Chính"], ["(Đã ký) Phạm"]),
    ("a dated opening after a two-line title", signed(
        "Số: 215/TB-UBND", "THÔNG BÁO", "Kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại cuộc họp về khắc phục",
        "hậu quả cơn bão số 3", "Ngày 15 tháng 9 năm 2024, Chủ tịch Ủy ban nhân dân tỉnh đã chủ trì cuộc",
        "họp về khắc phục hậu quả cơn bão số 3."),
        ["khắc phục hậu quả cơn bão số 3\n\nNgày 15 tháng 9 năm 2024, Chủ tịch", "chủ trì cuộc họp"], ["số 3 Ngày"]),
    ("a symbol broken at its hyphen", pdf_like(
        "Số: 09/CT-TTg", "1. Các bộ, ngành tổ chức thực hiện nghiêm Nghị định số 30/2020/NĐ-",
        "CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư."),
        ["Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020"], ["NĐ- CP", "NĐ-\n"]),
    ("a provincial symbol broken at its hyphen", signed(
        "Số: 09/CT-UBND", "Thay thế Quyết định số 3089/QĐ-", "UBND ngày 24 tháng 8 năm 2021 của Ủy ban nhân dân.", _BODY),
        ["Quyết định số 3089/QĐ-UBND ngày 24"], []),
    ("a number broken from its `số`, the symbol alone on a line", pdf_like(
        "Số: 09/CT-UBND", "- Tổ chức thực hiện theo đúng tinh thần Nghị quyết số", "48/NQ-CP.",
        "- Rà soát hồ sơ theo Điều 16 Nghị định số", "217/2025/NĐ-CP.", "2. Sở Tài chính tham mưu."),
        ["Nghị quyết số 48/NQ-CP.", "Nghị định số 217/2025/NĐ-CP.\n\n2. Sở"], ["số\n"]),
    ("items numbered inside a sentence, one at a line's start", pdf_like(
        "Số: 11520/VPCP-CN", "Bộ Công Thương chủ trì, phối hợp với các cơ quan liên quan khẩn trương",
        "rà soát, cụ thể: (i) Đánh giá khả năng sản xuất, cung ứng nguồn cung;",
        "(ii) Rà soát năng lực phối trộn của các doanh nghiệp đầu mối; báo cáo Thủ",
        "tướng Chính phủ trong tháng 11 năm 2025.", "Các nội dung sau:",
        "(i) Đánh giá khả năng;", "(ii) Báo cáo kết quả."),
        ["nguồn cung; (ii) Rà soát", "khả năng;\n\n(ii) Báo cáo"], ["cung;\n"]),
    ("a cross-reference mid-line is not the item before", pdf_like(
        "Số: 11520/VPCP-CN", "(3) Ngoài các trường hợp quy định tại (1) và (2), tờ khai được sửa;",
        "(4) Tờ khai bị hủy."),
        ["được sửa;\n\n(4) Tờ khai"], []),
    ("a dash item is no broken symbol", signed(
        "Số: 09/CT-TTg", "Nơi nhận:", "- Như trên;", "- Lưu: VT, KSTT (3).", "THỦ TƯỚNG", "Phạm Minh Chính"),
        ["- Như trên;\n- Lưu"], []),
    ("an article's first line wrapped", pdf_like(
        "Số: 512/QĐ-TTg", "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện Chỉ thị số",
        "05/CT-TTg ngày 01 tháng 3 năm 2025 của Thủ tướng Chính phủ về tăng cường công tác",
        "phòng cháy, chữa cháy.", "Điều 2. Quyết định này có hiệu lực kể từ ngày ký. Thay thế Quyết định số",
        "3089/QĐ-UBND ngày 24 tháng 8 năm 2021 của Ủy ban nhân dân Thành phố.", "Điều 3. Các Bộ trưởng chịu trách nhiệm thi hành."),
        ["Kế hoạch thực hiện Chỉ thị số 05/CT-TTg", "Thay thế Quyết định số 3089/QĐ-UBND", "Thành phố.\n\nĐiều 3."], []),
    ("a short article title stays a heading", pdf_like(
        "Số: 512/QĐ-TTg", "Điều 1. Phạm vi điều chỉnh", "Quyết định này quy định việc phân công nhiệm vụ",
        "cho các bộ, ngành."),
        ["Điều 1. Phạm vi điều chỉnh\n\nQuyết định này"], []),
    ("the signature block above the recipients", signed(
        "Số: 178/TB-VPCP", _BODY, "KT. BỘ TRƯỞNG, CHỦ NHIỆM", "PHÓ CHỦ NHIỆM", "Trần Văn Sơn", "Nơi nhận:",
        "- Thủ tướng, các PTTg;", "- Lưu: VT, CN (2)."),
        ["PHÓ CHỦ NHIỆM\nTrần Văn Sơn\n\nNơi nhận:\n- Thủ tướng"], ["Sơn Nơi"]),
    ("signature run onto the recipients list", signed(
        "Số: 215/TB-UBND", _BODY, "Nơi nhận: TL. CHỦ TỊCH", "- CT, các PCT UBND tỉnh; CHÁNH VĂN PHÒNG",
        "- Các sở, ngành;", "- Lưu: VT, TH. Nguyễn Văn Hồi"),
        ["- Lưu: VT, TH.\n\nTL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\nNguyễn Văn Hồi", "- CT, các PCT UBND tỉnh;\n"],
        ["Nơi nhận: TL", "tỉnh; CHÁNH"]),
    ("capacity after the archive item", signed(
        "Số: 215/TB-UBND", _BODY, "Nơi nhận:", "- Như trên;", "- Lưu: VT, GSQL (2b). TL. CỤC TRƯỞNG",
        "Nguyễn Anh Tài"),
        ["- Lưu: VT, GSQL (2b).\n\nTL. CỤC TRƯỞNG\nNguyễn Anh Tài"], []),
    ("capacities in the recipients' codes stay", signed(
        "Số: 215/TB-UBND", _BODY, "Nơi nhận:", "- VPCP: BTCN, các PCN, TGĐ Cổng TTĐT;", "- Lưu: VT, KTTH (2)."),
        ["- VPCP: BTCN, các PCN, TGĐ Cổng TTĐT;\n- Lưu: VT, KTTH (2)."], []),
    ("the archive item ends the list before the block", pdf_like(
        "Số: 09/CT-TTg", "Văn phòng Chính phủ theo dõi việc thực hiện Chỉ thị này./.", "Nơi nhận:",
        "- Các Bộ, cơ quan ngang bộ;", "- Lưu: VT, KSTT (3).", "THỦ TƯỚNG", "Phạm Minh Chính"),
        ["- Lưu: VT, KSTT (3).\n\nTHỦ TƯỚNG\nPhạm Minh Chính"], ["(3). THỦ"]),
    ("the archive item wraps onto a line with the copies", pdf_like(
        "Số: 09/CT-TTg", "Văn phòng Chính phủ theo dõi việc thực hiện Chỉ thị này./.", "Nơi nhận:",
        "- Lưu: VT, QLĐĐ1.", "05 bản.", "CHỦ TỊCH", "Lê Văn Ánh"),
        ["- Lưu: VT, QLĐĐ1.\n05 bản.\n\nCHỦ TỊCH"], ["QLĐĐ1.\n\n05"]),
    ("a dated opening written with slashes", signed(
        "Số: 215/TB-UBND", "THÔNG BÁO", "Kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại buổi làm việc với",
        "Sở Xây dựng", "Ngày 15/9/2024, Chủ tịch Ủy ban nhân dân tỉnh đã làm việc với Sở Xây dựng."),
        ["Sở Xây dựng\n\nNgày 15/9/2024"], ["dựng Ngày"]),
]


OCR_MISREAD_ROWS = [
    ("O for 0 in a number", "Số: 1O5/CĐ-TTg", "Số: 105/CĐ-TTg"),
    ("l for 1 opening a date", "ngày l6/12/1998 của liên Bộ", "ngày 16/12/1998 của liên Bộ"),
    ("l for 1 in a month", "ngày 9 tháng l0 năm 2024", "ngày 9 tháng 10 năm 2024"),
    ("a year's lost hat after a symbol", "Công văn 9013/VPCP-CN nam 2025; số 12/QĐ-TTg nãm 2024; Việt Nam 2025",
     "Công văn 9013/VPCP-CN năm 2025; số 12/QĐ-TTg năm 2024; Việt Nam 2025"),
    ("a month's tone before its year", "báo cáo xong thãng 8 năm 2025.", "báo cáo xong tháng 8 năm 2025."),
    ("O in a year", "năm 2O25", "năm 2025"),
    ("l in a percentage", "cao đẳng, l5% đối với giáo viên", "cao đẳng, 15% đối với giáo viên"),
    ("I for 1 after a digit", "- VP. UBND thành phố (2I, 3B);", "- VP. UBND thành phố (21, 3B);"),
    ("a disease code stays", "Tăng áp động mạch phổi | I27.0; I27.2", "Tăng áp động mạch phổi | I27.0; I27.2"),
    ("a roman numeral with a digit stays", "Mục II3 của Phụ lục", "Mục II3 của Phụ lục"),
    ("a formula stays", "khí O2 và CO2", "khí O2 và CO2"),
    ("litres stay", "bằng 100 lít (100l).", "bằng 100 lít (100l)."),
    ("l ending a number before its slash", "Số: 2l/CĐ-TTg ngày 2l/3/2025", "Số: 21/CĐ-TTg ngày 21/3/2025"),
    ("a lone letter stays", "ký hiệu l và m", "ký hiệu l và m"),
    ("an item's 1. read as l.", "l. Bộ Y tế chủ trì tổ chức tiêm vắc xin.", "1. Bộ Y tế chủ trì tổ chức tiêm vắc xin."),
    ("a section's I. stays", "I. ĐÁNH GIÁ CHUNG", "I. ĐÁNH GIÁ CHUNG"),
    ("a point lettered l stays", "l) Các nội dung liên quan khác.", "l) Các nội dung liên quan khác."),
    ("0 ending a heading word", "THÔNG BÁ0", "THÔNG BÁO"),
    ("0 inside a heading word", "KẾ H0ẠCH", "KẾ HOẠCH"),
    ("0 in a report's heading", "BÁO CÁ0 số 12", "BÁO CÁO số 12"),
    ("a year stays", "năm 2020", "năm 2020"),
    ("a paper size stays", "khổ giấy A0", "khổ giấy A0"),
    ("a measure stays", "bụi mịn PM10", "bụi mịn PM10"),
    ("a date's words misread", "Hà Nội, ngảy 05 thảng 3 nãm 2025", "Hà Nội, ngày 05 tháng 3 năm 2025"),
    ("a deadline's words misread", "trước ngáy 30 tháng 6 nấm 2025.", "trước ngày 30 tháng 6 năm 2025."),
    ("a month and year misread", "hoàn thành trong thảng 12/2025.", "hoàn thành trong tháng 12/2025."),
    ("a typed date without tones", "kể từ ngay 01 tháng 12 nam 2015.", "kể từ ngày 01 tháng 12 năm 2015."),
    ("ngay meaning at once stays", "thực hiện ngay 3 nhiệm vụ", "thực hiện ngay 3 nhiệm vụ"),
    ("a grading scale stays", "chấm theo thang điểm 10", "chấm theo thang điểm 10"),
]


BULLET_ROWS = [
    ("round bullets are dashes", "• Bộ Tài chính chủ trì;\n• Bộ Công an phối hợp.", "- Bộ Tài chính chủ trì;\n- Bộ Công an phối hợp."),
    ("an en dash is a dash", "– Bộ Tài chính chủ trì;\n– Bộ Công an phối hợp.", "- Bộ Tài chính chủ trì;\n- Bộ Công an phối hợp."),
    ("a Symbol font's bullet", "\uf0b7 Bộ Tài chính chủ trì.", "- Bộ Tài chính chủ trì."),
    ("under dash items a round bullet is the level below", "- Bộ Tài chính:\n• rà soát;\n• báo cáo.",
     "- Bộ Tài chính:\n+ rà soát;\n+ báo cáo."),
    ("plus items alone are the first level", "+ Bộ Tài chính chủ trì;\n+ Bộ Công an phối hợp.",
     "- Bộ Tài chính chủ trì;\n- Bộ Công an phối hợp."),
    ("plus items under dash items stay", "- Bộ Tài chính:\n+ rà soát.", "- Bộ Tài chính:\n+ rà soát."),
    ("checkboxes and a sum are no bullets", "□ Đã cập nhật\n\nTổng: a + b", "□ Đã cập nhật\n\nTổng: a + b"),
]


def test_a_bulleted_list_of_ministries_gets_its_tasks():
    """`• Các Bộ: Xây dựng, Tài chính ... khẩn trương thực hiện`: each ministry has the task, as with `-`."""
    text = ("VĂN PHÒNG CHÍNH PHỦ\nSố: 10379/VPCP-CN\nHà Nội, ngày 05 tháng 11 năm 2025\n"
            "Phó Thủ tướng Chính phủ có ý kiến như sau:\n"
            "• Các Bộ: Xây dựng, Tài chính, Công an khẩn trương thực hiện các nhiệm vụ được giao.\n"
            "• Văn phòng Chính phủ theo dõi, đôn đốc.\n")
    from luocdo.extract import extract
    from luocdo.output import extraction_to_json

    record = extraction_to_json(extract(load_string(text, "bullets.txt")))
    names = {o["id"]: o["name"] for o in record["organizations"]}
    doers = {names[a["organization"]] for t in record["tasks"] for a in t["assignees"]}
    assert {"Bộ Xây dựng", "Bộ Tài chính", "Bộ Công an"} <= doers


@pytest.mark.parametrize("name,source,expected", OCR_MISREAD_ROWS + BULLET_ROWS,
                         ids=[row[0] for row in OCR_MISREAD_ROWS + BULLET_ROWS])
def test_ocr_misreads_and_bullets(name, source, expected):
    assert load_string(source + "\n", "ocr.txt").text == expected


METADATA_ROWS = [  # the rows of other legal databases' tables of properties
    ("key and value with a colon", "Người ký: Phạm Minh Chính", [("signer", "Phạm Minh Chính")]),
    ("tab-separated cells", "Số hiệu:\t18/CT-TTg\tLoại văn bản:\tChỉ thị", [("number", "18/CT-TTg"), ("type", "Chỉ thị")]),
    ("space-separated cells", "Số ký hiệu            1432/QĐ-TTg", [("number", "1432/QĐ-TTg")]),
    ("two colon pairs side by side", "Cơ quan ban hành: Thủ tướng Chính phủ      Số công báo: Đang cập nhật",
     [("issuer", "Thủ tướng Chính phủ"), ("gazette_number", "Đang cập nhật")]),
    ("colon pair beside a key and value", "Loại văn bản: Công điện      Người ký      Phạm Minh Chính",
     [("type", "Công điện"), ("signer", "Phạm Minh Chính")]),
    ("a key alone, its value on the next line", "Số ký hiệu", [("number", "")]),
    ("a key alone with its colon", "Ngày ban hành:", [("date", "")]),
    ("a sentence is no row", "Người ký văn bản chịu trách nhiệm về nội dung.", []),
    ("an unknown first cell is no row", "Ghi chú      Số hiệu: 12", []),
]


@pytest.mark.parametrize("name,text,rows", METADATA_ROWS, ids=[row[0] for row in METADATA_ROWS])
def test_metadata_rows(name, text, rows):
    assert metadata_rows(text) == rows


@pytest.mark.parametrize("table", [
    "Cơ quan ban hành: Thủ tướng Chính phủ      Số công báo: Đang cập nhật\nSố hiệu: 24/CĐ-TTg      Ngày đăng công "
    "báo: Đang cập nhật\nLoại văn bản: Công điện      Người ký: Phạm Minh Chính\nNgày ban hành: 05/03/2025\n",
    "Thuộc tính\nSố ký hiệu\n24/CĐ-TTg\nNgày ban hành\n05/03/2025\nLoại văn bản\nCông điện\nCơ quan ban hành\n"
    "Thủ tướng Chính phủ\nNgười ký\nPhạm Minh Chính\nToàn văn\n"], ids=["pairs side by side", "one cell a line"])
def test_other_databases_tables_are_read(table):
    doc = load_string(table + "THỦ TƯỚNG CHÍNH PHỦ\nSố: 24/CĐ-TTg\nHà Nội, ngày 05 tháng 3 năm 2025\nCÔNG ĐIỆN\n"
                      "Về việc tăng cường phòng, chống dịch sởi\n", "page.txt")
    assert doc.kind == "legal_db" and doc.text.startswith("THỦ TƯỚNG CHÍNH PHỦ")
    assert (doc.metadata.number_symbol, doc.metadata.signer, doc.metadata.issued_date) == (
        "24/CĐ-TTg", "Phạm Minh Chính", "2025-03-05")


def test_metadata_table_with_space_separated_cells_is_read_row_by_row():
    page = ("Toàn văn    Thuộc tính    Lược đồ    Tải về\n"
            "Số ký hiệu            1432/QĐ-TTg\nNgày ban hành         22/11/2024\nLoại văn bản          Quyết định\n"
            "Cơ quan ban hành      Thủ tướng Chính phủ\nNgười ký              Trần Hồng Hà\n"
            "THỦ TƯỚNG CHÍNH PHỦ\nSố: 1432/QĐ-TTg\nHà Nội, ngày 22 tháng 11 năm 2024\nQUYẾT ĐỊNH\n"
            "Phê duyệt Đề án bảo vệ nguồn nước các hồ chứa thủy điện\n")
    doc = load_string(page, "page.txt")
    assert doc.kind == "legal_db"
    assert (doc.metadata.number_symbol, doc.metadata.signer, doc.metadata.issued_date) == (
        "1432/QĐ-TTg", "Trần Hồng Hà", "2024-11-22")
    assert doc.text.startswith("THỦ TƯỚNG CHÍNH PHỦ")


@pytest.mark.parametrize("name,source,present,absent", SIGNED_PDF_ROWS, ids=[row[0] for row in SIGNED_PDF_ROWS])
def test_signed_pdf_text(tmp_path, name, source, present, absent):
    doc = load(write(tmp_path, "signed.txt", source))
    assert_parts(doc.text, present, absent)


def test_stamp_offsets_still_point_into_the_source(tmp_path):
    source = signed("Số: 512/QĐ-TTg", _BODY, "Ký bởi: Văn phòng Chính phủ", "Thời gian ký: 07.03.2025 17:05:10 +07:00",
                    "Nguyễn Hòa Bình")
    doc = load(write(tmp_path, "signed.txt", source))
    at = doc.text.index("Nguyễn Hòa Bình")
    assert source[doc.source_offsets[at]:doc.source_offsets[at] + 15] == "Nguyễn Hòa Bình"


def test_single_spaced_hard_wraps_are_reflowed(tmp_path):
    source = "\n".join([
        "Các bộ, ngành, địa phương được yêu cầu xây dựng chương trình, kế hoạch, giải",
        "pháp phù hợp với tình hình địa bàn để phòng, chống buôn lậu, gian lận thương",
        "mại và hàng giả, đặc biệt chú trọng vào việc ngăn chặn mua bán, vận chuyển",
        "trái phép ma túy, vàng, ngoại tệ và hàng hóa giả mạo xuất xứ.",
        "",
        "Bộ Tư pháp được giao chủ trì, phối hợp với Văn phòng Thường trực Ban Chỉ đạo",
        "389 quốc gia rà soát hệ thống văn bản quy phạm pháp luật.",
    ])
    doc = load(write(tmp_path, "single.txt", source))
    assert doc.text.count("\n\n") == 1 and "\n" not in doc.text.replace("\n\n", "")
    assert "giải pháp" in doc.text and "Chỉ đạo 389 quốc gia" in doc.text


def test_a_letters_first_paragraph_is_not_run_into_its_addressees(tmp_path):
    # the address ends with no punctuation; the body's opening words end it
    text = loaded_lines(tmp_path, "cv.md", [
        "**Kính gửi:** Ủy",
        "ban nhân dân các tỉnh, thành phố trực thuộc trung ương",
        "Thực hiện Nghị định số 94/2022/NĐ-CP ngày 07/11/2022 của Chính phủ, Bộ Tài chính đề nghị Ủy ban nhân dân",
        "các tỉnh, thành phố trực thuộc trung ương báo cáo.",
    ])
    assert "Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương\n\nThực hiện Nghị định" in text
    assert "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương báo cáo." in text


def test_a_line_that_cannot_end_goes_on_in_text_not_wrapped_as_a_whole(tmp_path):
    # a page that keeps a PDF's breaks in one paragraph only: a line ending in a title or a
    # preposition goes on, whatever the next starts with; a signature's title keeps its line
    text = loaded_lines(tmp_path, "qd.txt", [
        "Điều 1. Công bố kèm theo Quyết định này danh mục thủ tục hành chính được chuẩn hóa trong lĩnh vực khoa học.",
        "Điều 2. Sở Khoa học và Công nghệ cập nhật các thủ tục hành chính lên Hệ thống thông tin giải quyết thủ tục.",
        "Điều 3. Quyết định này có hiệu lực kể từ ngày ký và thay thế các quyết định trước đây về cùng nội dung.",
        "Điều 4. Chánh Văn phòng Ủy ban nhân dân thành phố; Giám đốc Sở Khoa học và Công nghệ; Chủ tịch",
        "UBND các xã, phường chịu trách nhiệm thi hành Quyết định này./.",
        "Nguồn vốn theo Nghị quyết 37/2021/QH15 ngày 13 tháng 11 năm 2021 của",
        "Quốc hội; mức vốn cụ thể 244,7 tỷ đồng được bố trí trong kế hoạch đầu tư công trung hạn.",
        "Nơi nhận: như Điều 4; lưu văn thư, các phòng chuyên môn thuộc Văn phòng Ủy ban nhân dân.",
        "Phó Chủ tịch",
        "Nguyễn Văn Bình",
    ])
    assert "Chủ tịch UBND các xã, phường chịu trách nhiệm" in text
    assert "của Quốc hội; mức vốn" in text
    assert "Phó Chủ tịch\nNguyễn Văn Bình" in text


def test_a_closing_clauses_heads_go_on_after_a_semicolon_at_a_lines_end(tmp_path):
    """PDF text of a decision breaks its closing clause anywhere: a line ending in `;` goes on when
    the next opens with a head's title, and a preamble's next `Căn cứ` still opens a paragraph."""
    text = loaded_lines(tmp_path, "qd.txt", [
        "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16 tháng 6 năm",
        "2025 của Quốc hội;",
        "Căn cứ Nghị định số 77/2025/NĐ-CP của Chính phủ quy định thẩm quyền, thủ tục",
        "xác lập quyền sở hữu toàn dân về tài sản;",
        "Điều 11. Chánh Văn phòng Ủy ban nhân dân thành phố; Giám đốc các Sở: Tài chính, Tư",
        "pháp; Giám đốc Công an thành phố; Chủ tịch Ủy ban nhân dân các xã, phường;",
        "Thủ trưởng các cơ quan, tổ chức, cá nhân có liên quan chịu trách nhiệm",
        "thi hành Quyết định này./.",
    ])
    assert "các xã, phường; Thủ trưởng các cơ quan" in text
    assert "của Quốc hội;\n\nCăn cứ Nghị định" in text


def test_a_line_broken_after_a_comma_or_a_spaced_hyphen_goes_on_before_a_capital(tmp_path):
    """`Điều 3. Chánh Văn phòng Bộ,` / `Vụ trưởng Vụ Pháp chế, ...` and `... Trung tâm Công báo -` /
    `Tin học tỉnh; ...` are one clause; a list of questions (`... ra sao? -` / `Mức chi ...?`) is not."""
    text = loaded_lines(tmp_path, "qd.md", [
        "**Điều 3.** Chánh Văn phòng Bộ,",
        "Vụ trưởng Vụ Pháp chế, Thủ trưởng các Cục, Vụ và các đơn vị có liên quan chịu",
        "trách nhiệm thi hành Quyết định này./.", "",
        "Chánh Văn phòng UBND tỉnh; Giám đốc: Trung tâm Phục vụ hành chính công tỉnh, Trung tâm Công báo -",
        "Tin học tỉnh; Chủ tịch UBND cấp xã chịu trách nhiệm thi hành Quyết định này./.",
    ])
    assert "Điều 3. Chánh Văn phòng Bộ, Vụ trưởng Vụ Pháp chế" in text
    assert "Trung tâm Công báo - Tin học tỉnh; Chủ tịch" in text
    questions = loaded_lines(tmp_path, "qa.md", [
        "# Thành phần Hội đồng giải quyết kiến nghị từ ngày 15/8 là gì?", "",
        "Thành phần Hội đồng giải quyết kiến nghị từ ngày 15/8 là gì? Hoạt động của Hội đồng được quy định ra sao? -",
        "Mức chi phí tối đa nhà đầu tư nộp cho Hội đồng giải quyết kiến nghị là bao nhiêu? -",
        "Điều kiện xem xét, giải quyết đối với kiến nghị về các vấn đề trước khi có thông báo là gì?", "",
        "Căn cứ Điều 61d Nghị định 115/2024/NĐ-CP quy định thành phần và hoạt động của Hội đồng giải quyết kiến nghị.", "",
        "Hội đồng giải quyết kiến nghị do Bộ trưởng thành lập.", "", "Hội đồng làm việc theo nguyên tắc tập thể.", "",
        "Chủ tịch Hội đồng là Thứ trưởng.", "", "Thành viên Hội đồng gồm đại diện các đơn vị.", "",
    ])
    assert "ra sao? -\nMức chi phí" in questions


def test_a_heading_or_a_bodys_name_broken_by_markup_goes_on(tmp_path):
    """`**Điều` / `12. Trách nhiệm ...**` is one heading, read as a heading by the line after it;
    `Giám đốc Sở` / `Khoa học và Công nghệ` one body; `Điều 3. Chánh` / `Văn phòng Bộ` one title."""
    text = loaded_lines(tmp_path, "qd.md", [
        "**Điều", "12. Trách nhiệm của Sở Khoa học và Công nghệ**", "Chủ trì quản trị ứng dụng phản ánh kiến nghị.", "",
        "**Điều", "13. Trách nhiệm thi hành**", "Chánh Văn phòng Ủy ban", "nhân dân tỉnh; Thủ trưởng các sở chịu trách nhiệm thi hành.", "",
        "**Điều 3.** Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc Sở",
        "Khoa học và Công nghệ; Chủ tịch Ủy ban nhân dân các xã chịu trách nhiệm thi hành Quyết định này./.", "",
        "**Điều 4.**** **Chánh", "Văn phòng Bộ, Cục trưởng Cục Xuất nhập khẩu chịu trách nhiệm thi hành Quyết định này./.", "",
        "Thứ trưởng, Phó Thủ trưởng cơ quan ngang Bộ", "", "Bộ trưởng phân công Thứ trưởng phụ trách.",
    ])
    assert "Điều 12. Trách nhiệm của Sở Khoa học và Công nghệ\n\nChủ trì quản trị" in text
    assert "Điều 13. Trách nhiệm thi hành\n\nChánh Văn phòng Ủy ban nhân dân tỉnh; Thủ trưởng" in text
    assert "Giám đốc Sở Khoa học và Công nghệ; Chủ tịch" in text
    assert "Điều 4. Chánh Văn phòng Bộ, Cục trưởng" in text
    assert "cơ quan ngang Bộ\n\nBộ trưởng phân công" in text  # a blank line keeps the break


def test_a_download_buttons_label_after_a_year_or_a_name_is_blanked():
    """`... năm 2025 TẢI VỀ về việc ...`, `... Cần Thơ năm 2025 Tải về cũng nêu rõ`: the button in
    capitals after any word; `nhấn nút Tải về` points at it and stays."""
    doc = load_string("Theo Kế hoạch 36/KH-UBND năm 2025 TẢI VỀ về việc tuyển sinh. Kế hoạch Tổ chức Giải đua "
                      "ghe Ngo năm 2025 Tải về cũng nêu rõ. Bạn đọc nhấn nút Tải về để xem.", "tin.txt")
    assert "TẢI VỀ" not in doc.text and "2025 Tải về" not in doc.text and "nút Tải về" in doc.text
    assert "36/KH-UBND năm 2025" in doc.text and "về việc tuyển sinh" in doc.text


def test_a_download_buttons_label_after_a_number_is_blanked():
    """`Kế hoạch 212/KH-SGDĐT Tải về ngày 27/02/2025`: the site's button, not the citation's words."""
    from luocdo.extract import extract

    doc = load_string("Sở ban hành Kế hoạch 212/KH-SGDĐT Tải về ngày 27/02/2025 của Sở Giáo dục và Đào tạo. "
                      "Xem mục Tải về ở cuối trang.", "tin.txt")
    assert "212/KH-SGDĐT ngày 27/02/2025" in doc.text and "mục Tải về ở" in doc.text
    ex = extract(doc)
    assert ("212", "2025-02-27") in [(m.number, m.date) for m in [ex.subject, *ex.instruments] if m is not None]


def test_paragraph_per_line_text_is_not_reflowed():
    doc = load(seed("000"))
    assert doc.text.count("\n\n") == 13
    assert "\n\nNgày 28/4/2025, Văn phòng Chính phủ" in doc.text


def test_seed_003_pdf_text():
    doc = load(seed("003"))
    text = doc.text
    assert doc.kind == "text"
    for whole in ["Phó Thủ tướng Thường trực Chính phủ Phạm Bình Minh", "ngày 28 tháng 11 năm 2019",
                  "quý III năm 2021", "số 13/TB-VPCP ngày 16 tháng 01 năm 2021", "ngày 08 tháng 10 năm 2021"]:
        assert whole in text
    assert "\n\nI. ĐÁNH GIÁ CHUNG\n\n" in text and "\n\nII. NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI\n\n" in text
    assert re.search(r"\n\n[1-7]\. ", text) and len(re.findall(r"\n- ", text)) >= 3
    assert "  " not in text and " \n" not in text
    assert text.endswith("KT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\nCao Huy")
    assert "Tổng cục Hải quan, Tổng cục Thuế, Tổng cục Quản lý thị trường; A04, C03 (BCA);\n- Văn phòng TT" in text


# ---- news ----------------------------------------------------------------------------------

SEED_002_FORBIDDEN = ["66/2026/NĐ-CP", "423/QĐ-BVHTTDL", "Tô Lâm", "Nguyễn Thanh Tú", "Trần Hồng Hà",
                      "Nguyễn Phước Thiện", "Nguyễn Thị Thanh", "Nguyễn Thành Nam", "Thái Quỳnh Mai Dung",
                      "°C", "bài liên quan", "Ảnh minh họa", "aa\n"]


@pytest.mark.parametrize("forbidden", SEED_002_FORBIDDEN)
def test_seed_002_drops_furniture(forbidden):
    assert forbidden not in load(seed("002")).text


def test_seed_002_keeps_article_and_metadata():
    doc = load(seed("002"))
    assert doc.kind == "news"
    assert (doc.date, doc.author) == ("2025-04-29", "Phạm Duy")
    assert doc.title == "Đẩy mạnh ứng dụng công nghệ thông tin trong công tác chống buôn lậu, gian lận thương mại, hàng giả"
    assert doc.text.count(doc.title) == 1
    assert "Văn phòng Chính phủ đã có văn bản 205/TB-VPCP ngày 28/4/2025" in doc.text
    assert "Quyết định số 319/QĐ-TTg ngày 29/3/2023" in doc.text
    assert doc.text.endswith("trước ngày 31 tháng 5 năm 2025.")


NEWS_ROWS = [
    ("000", None, None, None, "Văn phòng Chính phủ được giao"),
    ("004", "Thực hiện nghiêm túc chỉ đạo về công tác chống buôn lậu", None, "Thanh Loan", "Thanh Loan"),
]


@pytest.mark.parametrize("prefix,title,date,author,absent", NEWS_ROWS)
def test_news_seeds(prefix, title, date, author, absent):
    doc = load(seed(prefix))
    assert doc.kind == "news"
    assert (doc.title, doc.date, doc.author) == (title, date, author)
    assert absent not in doc.text or prefix == "000"


def test_seed_004_author_line_leaves_the_text():
    doc = load(seed("004"))
    assert doc.text.endswith("đấu tranh chống buôn lậu, gian lận thương mại và hàng giả.")


COMPOSED_NEWS = [
    ("news_baomoi_style.txt", "Bộ Công Thương ban hành kế hoạch kiểm tra thị trường xăng dầu", "2025-05-14", "Nguyễn Minh Khoa",
     ["Quyết định số 1234/QĐ-BCT", "báo cáo kết quả trước ngày 30/9/2025.", "phối hợp với các địa phương tổ chức thực hiện kế hoạch này."],
     ["°C", "Trang chủ", "Chia sẻ", "TTXVN", "Tin cùng chuyên mục", "88/QĐ-UBND", "Lê Văn Tám", "buôn lậu 5 tấn"]),
    ("news_teasers.txt", "Siết chặt quản lý hoạt động quảng cáo thực phẩm chức năng trên mạng", "2025-06-02", "Hoàng Lan",
     ["3100/BYT-ATTP", "trước ngày 15 tháng 7 năm 2025."],
     ["77/QĐ-XPHC", "Đỗ Quang Vinh", "xử phạt 12", "\naa", "Y tế\n"]),
]


_REPORT_TAIL = ("Thủ tướng yêu cầu Bộ Y tế chủ trì tổ chức tiêm vắc xin, hoàn thành trước ngày 31/3/2025.\n"
                "Minh Anh\nTin liên quan\nThủ tướng ký Quyết định 200/QĐ-TTg về chương trình tiêm chủng\n")
SHORT_REPORTS = [  # other sites' short reports: no date widget, a dateline or a reporting verb in the lead
    ("portal dateline", "Thủ tướng yêu cầu tăng cường phòng, chống dịch sởi\n(Chinhphu.vn) - Ngày 5/3, Thủ tướng "
     "Phạm Minh Chính đã ký Công điện số 24/CĐ-TTg về việc tăng cường phòng, chống dịch sởi."),
    ("city and date dateline", "Thủ tướng yêu cầu tăng cường phòng, chống dịch sởi\nHà Nội, 12/3/2025 - Thủ tướng "
     "Chính phủ vừa ký Công điện 24/CĐ-TTg về tăng cường phòng, chống dịch sởi."),
    ("agency dateline", "VGP - Thủ tướng Chính phủ Phạm Minh Chính ký Công điện số 24/CĐ-TTg ngày 5/3/2025 về "
     "tăng cường phòng, chống dịch sởi."),
    ("city abbreviated", "Thủ tướng yêu cầu tăng cường phòng, chống dịch sởi\nTP. Hồ Chí Minh, 12/3 - Sáng nay, "
     "Thủ tướng Chính phủ có công điện về tăng cường phòng, chống dịch sởi."),
    ("a capitalised Theo", "Thủ tướng yêu cầu tăng cường phòng, chống dịch sởi\nTheo Công điện số 24/CĐ-TTg ngày "
     "5/3/2025, Thủ tướng yêu cầu các bộ, ngành tăng cường phòng, chống dịch sởi."),
]


@pytest.mark.parametrize("name,lead", SHORT_REPORTS, ids=[row[0] for row in SHORT_REPORTS])
def test_short_reports_of_other_sites_are_news(name, lead):
    doc = load_string(f"{lead}\n{_REPORT_TAIL}", "report.txt")
    assert doc.kind == "news" and doc.author == "Minh Anh"
    assert lead.splitlines()[-1] in doc.text and "200/QĐ-TTg" not in doc.text  # the teaser after `Tin liên quan`


CAPTIONS = [  # a photo's caption ends with its credit (a sentence naming photos does not); tag lists
    ("dash and credit", "Phó Thủ tướng Trần Hồng Hà chủ trì cuộc họp về dự án điện gió - Ảnh: VGP/Minh Khôi", False),
    ("full stop and credit", "Khu vực triển khai dự án khu dân cư tại xã Phước An, tỉnh Đồng Nai. Ảnh: Hoàng Lộc", False),
    ("credit in italics", "*Toàn cảnh phiên họp thường kỳ tháng 3 của Chính phủ. Ảnh: VGP/Nhật Bắc*", False),
    ("en dash and credit", "Lãnh đạo tỉnh kiểm tra công trình – Nguồn ảnh: Báo Đồng Nai", False),
    ("a hyphen inside a word is no dash", "Trạm bơm Phú-Ảnh: công suất thiết kế", True),
    ("temperature with a minus", "Sa Pa -2°C", False),
    ("temperature with spaces", "Hà Nội 24 ° C", False),
    ("degrees of an angle stay", "Góc nghiêng mái tối thiểu 30° so với mặt phẳng ngang.", True),
    ("a sentence about photos stays", "Bộ Văn hóa hướng dẫn việc sử dụng ảnh: ảnh chân dung, ảnh tư liệu và ảnh báo chí.", True),
    ("a tag list", "Từ khóa: dịch sởi, tiêm chủng, Công điện 24/CĐ-TTg", False),
    ("tags in English", "Tags: phòng chống dịch, Bộ Y tế", False),
    ("a subject line of a text stays", "Chủ đề: Ca ngợi vẻ đẹp bình dị của quê hương.", True),
]


@pytest.mark.parametrize("name,line,kept", CAPTIONS, ids=[row[0] for row in CAPTIONS])
def test_photo_captions_and_tags_of_news_pages(name, line, kept):
    doc = load_string(f"{SHORT_REPORTS[0][1]}\n{line}\n{_REPORT_TAIL}", "report.txt")
    assert (line.strip("*") in doc.text) == kept


NEWS_DATE_LINES = [  # how other sites print the article's date and time above it
    "Thứ năm, 6/3/2025, 10:15 (GMT+7)", "06/03/2025 10:15 GMT+7", "Thứ Năm, ngày 06/03/2025 - 10:15",
    "Cập nhật: 06/03/2025 10:15", "10:15 06/03/2025", "Thứ năm, 06/03/2025 | 10:15", "Ngày đăng: 06/03/2025",
    "Cập nhật lúc 10:15 06/03/2025", "Giờ đăng: 06/03/2025 10:15", "Giờ đăng bài viết gốc: 06/03/2025 10:15",
]
_ARTICLE = ("Thủ tướng yêu cầu tăng cường phòng, chống dịch sởi trên cả nước\n{date}\nThủ tướng Chính phủ Phạm "
            "Minh Chính vừa ký Công điện số 24/CĐ-TTg ngày 5/3/2025 về việc tăng cường phòng, chống dịch sởi.\n"
            "Bộ Y tế chủ trì tổ chức tiêm vắc xin cho trẻ em, hoàn thành trước ngày 31/3/2025.\n")


@pytest.mark.parametrize("date_line", NEWS_DATE_LINES)
def test_news_date_lines_of_other_sites(date_line):
    doc = load_string(_ARTICLE.format(date=date_line), "news.txt")
    assert (doc.kind, doc.date) == ("news", "2025-03-06") and date_line not in doc.text


@pytest.mark.parametrize("date_line", ["Ngày đăng: 06/03/2025 15:42", "Giờ đăng: 06/03/2025 15:42"])
def test_a_date_line_under_the_article_heads_nothing(date_line):
    page = _ARTICLE.format(date="Tin tức") + f"Link bài viết gốc: https://example.vn/bai-viet.htm\n{date_line}\n"
    doc = load_string(page, "news.txt")
    assert doc.date == "2025-03-06" and "vừa ký Công điện số 24/CĐ-TTg" in doc.text and "hoàn thành trước ngày 31/3/2025" in doc.text


def test_a_dateline_opens_the_lead_paragraph():
    doc = load_string(f"{SHORT_REPORTS[1][1]}\n{_REPORT_TAIL}", "report.txt")
    assert "\n\nHà Nội, 12/3/2025 - Thủ tướng" in doc.text


@pytest.mark.parametrize("name,title,date,author,present,absent", COMPOSED_NEWS, ids=[row[0] for row in COMPOSED_NEWS])
def test_composed_news_pages(name, title, date, author, present, absent):
    doc = load(FIXTURES / name)
    assert doc.kind == "news"
    assert (doc.title, doc.date, doc.author) == (title, date, author)
    assert doc.text.count(title) == 1
    assert_parts(doc.text, present, absent)


# ---- legal databases -----------------------------------------------------------------------

LEGAL_DB_ROWS = [
    ("legal_db_tvpl_style.txt", "Nghị định quy định về quản lý kho lưu trữ điện tử", "2024-04-20", "Trần Hồng Hà",
     ["CHÍNH PHỦ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Điều 1. Phạm vi điều chỉnh", "từ ngày 01 tháng 7 năm 2024./."],
     ["Đăng Nhập", "đăng nhập", "Tải văn bản", "Lược đồ", "Số hiệu", "Tình trạng", "09/2023/TT-BNV", "30/2020/NĐ-CP", "Hotline", "Văn bản liên quan"]),
    ("legal_db_vbpl_style.md", "Thông tư hướng dẫn chế độ báo cáo thống kê", "2023-03-15", None,
     ["Điều 1. Phạm vi điều chỉnh", "ngành tài chính.", "Xem thêm Luật Thống kê năm 2015."],
     ["Số hiệu", "Bộ Tài chính", "Đang cập nhật", "Lược đồ", "89/2015/QH13", "62/2024/NĐ-CP", "|", "VĂN BẢN"]),
]


@pytest.mark.parametrize("name,title,date,author,present,absent", LEGAL_DB_ROWS, ids=[row[0] for row in LEGAL_DB_ROWS])
def test_legal_database_pages(name, title, date, author, present, absent):
    doc = load(FIXTURES / name)
    assert doc.kind == "legal_db"
    assert (doc.title, doc.date, doc.author) == (title, date, author)
    assert_parts(doc.text, present, absent)


def test_metadata_table_gives_title_when_no_other(tmp_path):
    page = "| **Số hiệu** | 17/CT-TTg |\n| **Loại văn bản** | Chỉ thị |\n| **Ngày ban hành** | 19/06/2018 |\n\nVĂN BẢN\n\nCHỈ THỊ\n\nVề tăng cường đấu tranh chống buôn lậu.\n"
    doc = load(write(tmp_path, "ct.md", page))
    assert (doc.kind, doc.title, doc.date) == ("legal_db", "Chỉ thị 17/CT-TTg", "2018-06-19")
    assert doc.text.startswith("CHỈ THỊ")


# ---- kinds ---------------------------------------------------------------------------------

KIND_ROWS = [("000", "news"), ("001", "markdown"), ("002", "news"), ("003", "text"), ("004", "news")]


@pytest.mark.parametrize("prefix,kind", KIND_ROWS)
def test_seed_kinds(prefix, kind):
    assert load(seed(prefix)).kind == kind


# ---- other formats -------------------------------------------------------------------------

ARTICLE_HTML = """<!DOCTYPE html><html><head><title>Thông báo kết luận</title>
<meta name="author" content="Phạm Duy"></head><body>
<nav><a href="/">Trang chủ</a> <a href="/x">Pháp luật</a></nav>
<article><h1>Thông báo kết luận của Phó Thủ tướng</h1>
<p>Văn phòng Chính phủ vừa ban hành Thông báo số 205/TB-VPCP ngày 28/4/2025 về công tác chống buôn lậu, gian lận thương mại và hàng giả trên phạm vi cả nước.</p>
<p>Phó Thủ tướng yêu cầu các bộ, ngành, địa phương tiếp tục quán triệt, thực hiện nghiêm các chỉ đạo của Chính phủ và Thủ tướng Chính phủ.</p>
</article><footer>Bản quyền thuộc về tòa soạn</footer></body></html>"""


def test_html_main_content_via_trafilatura(tmp_path):
    doc = load(write(tmp_path, "page.html", ARTICLE_HTML))
    assert "Thông báo số 205/TB-VPCP ngày 28/4/2025" in doc.text
    assert "\n\nPhó Thủ tướng yêu cầu" in doc.text
    assert "<p>" not in doc.text and "Bản quyền" not in doc.text
    assert doc.kind in ("html", "news")


def test_html_without_main_content_falls_back_to_tag_stripping(tmp_path):
    doc = load(write(tmp_path, "tiny.htm", "<html><body><div>Điều 1.</div><script>var x=1;</script></body></html>"))
    assert doc.text == "Điều 1."


def test_html_is_sniffed_without_extension(tmp_path):
    doc = load(write(tmp_path, "saved_page", ARTICLE_HTML))
    assert "205/TB-VPCP" in doc.text and "<" not in doc.text


def make_pdf(pages: list[list[str]]) -> bytes:
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF()
    pdf.add_font("DejaVu", fname=str(FONT))
    pdf.set_font("DejaVu", size=11)
    for lines in pages:
        pdf.add_page()
        for line in lines:
            pdf.cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


PDF_LINES = [
    "THÔNG BÁO",
    "Ngày 14 tháng 10 năm 2021, Phó Thủ tướng Thường trực Chính phủ",
    "Phạm Bình Minh đã chủ trì Hội nghị giao ban quý III năm 2021 của Ban Chỉ",
    "đạo 389 quốc gia (Văn bản số 3509/VPCP-V.I ngày 28 tháng 11",
    "năm 2019).",
    "1. Quán triệt thực hiện nghiêm các Chỉ thị của Thủ tướng Chính phủ.",
    "2. Tăng cường kiểm tra, giám sát.",
]


@pytest.mark.skipif(not FONT.exists(), reason="needs the DejaVu font for Vietnamese text")
def test_real_pdf_text_layer_is_reflowed(tmp_path):
    doc = load(write(tmp_path, "tb.pdf", make_pdf([PDF_LINES, ["3"]])))
    assert doc.kind == "pdf" and doc.encoding is None
    assert "Phó Thủ tướng Thường trực Chính phủ Phạm Bình Minh" in doc.text
    assert "ngày 28 tháng 11 năm 2019)." in doc.text
    assert "\n\n1. Quán triệt" in doc.text and "\n\n2. Tăng cường" in doc.text
    assert not doc.text.rstrip().endswith("3")  # the page number is page furniture
    assert doc.warnings == []


@pytest.mark.skipif(not FONT.exists(), reason="needs the DejaVu font for Vietnamese text")
def test_pdf_with_a_page_without_text_warns_about_ocr(tmp_path):
    doc = load(write(tmp_path, "mixed.pdf", make_pdf([PDF_LINES, []])))
    assert any("OCR" in w and "mixed.pdf" in w and "2" in w for w in doc.warnings)


def test_pdf_without_any_text_needs_ocr(tmp_path):
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    buffer = io.BytesIO()
    writer.write(buffer)
    with pytest.raises(LoadError, match="OCR") as err:
        load(write(tmp_path, "scan.pdf", buffer.getvalue()))
    assert err.value.path.endswith("scan.pdf")


def test_pdf_is_sniffed_by_magic(tmp_path):
    if not FONT.exists():
        pytest.skip("needs DejaVu")
    assert load(write(tmp_path, "download", make_pdf([PDF_LINES]))).kind == "pdf"


def make_docx() -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph("THÔNG BÁO")
    document.add_paragraph("Kết luận của Phó Thủ tướng Chính phủ tại Hội nghị giao ban quý I/2025.")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Số hiệu", "205/TB-VPCP"
    table.cell(1, 0).text, table.cell(1, 1).text = "Ngày", "28/4/2025"
    document.add_paragraph("Văn phòng Chính phủ thông báo để các cơ quan liên quan biết, thực hiện./.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_docx_paragraphs_and_tables(tmp_path):
    doc = load(write(tmp_path, "tb.docx", make_docx()))
    assert doc.kind == "docx"
    assert doc.text.startswith("THÔNG BÁO\n\nKết luận của Phó Thủ tướng")
    assert "Số hiệu 205/TB-VPCP" in doc.text and "Ngày 28/4/2025" in doc.text
    assert doc.text.index("205/TB-VPCP") < doc.text.index("thực hiện./.")


@pytest.mark.parametrize("fmt,value,shown", [("decimal", 12, "12"), ("lowerLetter", 3, "c"), ("lowerLetter", 28, "ab"),
                                             ("upperRoman", 14, "XIV"), ("lowerRoman", 4, "iv"), ("decimalZero", 7, "07"),
                                             ("none", 2, "")])
def test_word_list_numbers_are_formatted_as_word_draws_them(fmt, value, shown):
    from loaders.word_lists import _formatted

    assert _formatted(fmt, value) == shown


def test_docx_is_sniffed_without_extension(tmp_path):
    assert load(write(tmp_path, "attachment.bin", make_docx())).kind == "docx"


# ---- bad input -----------------------------------------------------------------------------

BAD_ROWS = [
    ("empty", b"", "empty"),
    ("whitespace only", b"  \n\n\t ", "empty"),
    ("NUL bytes", b"abc\x00\x01\x02\x03def\x00\xff\xfe\x00\x00\x10", "binary"),
    ("binary image", bytes(range(256)) * 4, "binary"),
    ("only markup", b"**  **\n\n<br>\n", "no text left"),
    ("broken utf-8 BOM file", codecs.BOM_UTF8 + b"\xff\xfe\xfd abc", "byte-order mark"),
    ("Word 97-2003 file", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(range(256)) * 4, "save it as .docx or PDF"),
]


@pytest.mark.parametrize("name,data,message", BAD_ROWS, ids=[row[0] for row in BAD_ROWS])
def test_bad_input_raises_load_error(tmp_path, name, data, message):
    path = write(tmp_path, "bad.txt", data)
    with pytest.raises(LoadError, match=message) as err:
        load(path)
    assert err.value.path == str(path) and "bad.txt" in str(err.value)


def test_file_over_the_size_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "MAX_BYTES", 100)
    path = write(tmp_path, "big.txt", SAMPLE * 10)
    with pytest.raises(LoadError, match="limit") as err:
        load(path)
    assert "big.txt" in str(err.value)
    with pytest.raises(LoadError, match="limit"):
        load_bytes((SAMPLE * 10).encode(), "big.txt")


def test_missing_file(tmp_path):
    with pytest.raises(LoadError, match="cannot be read"):
        load(tmp_path / "nope.txt")


def test_load_error_is_an_exception_with_path():
    err = LoadError("x.txt", "is empty")
    assert isinstance(err, Exception) and err.path == "x.txt" and str(err) == "x.txt: is empty"


def test_sha256_of_raw_bytes(tmp_path):
    import hashlib

    data = SAMPLE.encode("utf-16")
    assert load(write(tmp_path, "h.txt", data)).sha256 == hashlib.sha256(data).hexdigest()


# ---- offsets -------------------------------------------------------------------------------

def comparable(text: str) -> str:
    """Letters and digits only, folded: what must survive cleaning, modulo whitespace and markup."""
    return re.sub(r"[\W_]+", "", fold(_MARKUP.sub("", text)))


_MARKUP = re.compile(r"<sup>[^<]*</sup>|<[^<>]*>|\]\([^)]*\)|\|")


def offset_cases():
    sources = [(p, p.read_text(encoding="utf-8")) for p in SEEDS]
    sources += [(p, p.read_text(encoding="utf-8")) for p in sorted(FIXTURES.iterdir())]
    return [pytest.param(path, text, id=path.name) for path, text in sources]


@pytest.mark.parametrize("path,source", offset_cases())
def test_offsets_map_substrings_back_to_the_source(path, source):
    doc = load(path)
    assert len(doc.source_offsets) == len(doc.text) + 1
    assert list(doc.source_offsets[:-1]) == sorted(doc.source_offsets[:-1])  # cleaning keeps order
    rng = random.Random(7)
    lines = [m for m in re.finditer(r"[^\n]+", doc.text)]  # furniture may sit between two lines
    for _ in range(200):
        line = rng.choice(lines)
        words = [m.span() for m in re.finditer(r"\S+", line.group())]
        i = rng.randrange(len(words))
        j = min(len(words) - 1, i + rng.randrange(6))
        span = Span(line.start() + words[i][0], line.start() + words[j][1])
        start, end = doc.source_span(span)
        assert comparable(source[start:end]) == comparable(doc.text[span.start : span.end]), (span, source[start:end])


def test_offsets_survive_nfc_shortening(tmp_path):
    source = unicodedata.normalize("NFD", "Chỉ thị số 18/CT-TTg của Thủ tướng Chính phủ.")
    path = write(tmp_path, "nfd.txt", source)
    doc = load(path)
    at = doc.text.index("Thủ tướng")
    start, end = doc.source_span(Span(at, at + len("Thủ tướng")))
    assert unicodedata.normalize("NFC", source[start:end]) == "Thủ tướng"


def test_offsets_for_cp1258_point_into_decoded_text(tmp_path):
    source = "Quyết định số 319/QĐ-TTg ngày 29/3/2023 về phê duyệt Đề án."
    doc = load(write(tmp_path, "q.txt", cp1258(source)))
    decoded = cp1258(source).decode("cp1258")
    at = doc.text.index("Đề án")
    start, end = doc.source_span(Span(at, at + 5))
    assert unicodedata.normalize("NFC", decoded[start:end]) == "Đề án"


# ---- two-column layout (pdftotext -layout) -------------------------------------------------

COLUMN_ROWS = [
    ("header",
     "BỘ TÀI CHÍNH                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
     "                                          Độc lập - Tự do - Hạnh phúc\n"
     "Số: 1234/BTC-TCHQ                     Hà Nội, ngày 05 tháng 8 năm 2025\n\nCÔNG VĂN\n",
     ["BỘ TÀI CHÍNH\n\nSố: 1234/BTC-TCHQ", "Hà Nội, ngày 05 tháng 8 năm 2025"]),
    ("signature beside recipients",
     "Nơi nhận:                                 KT. BỘ TRƯỞNG\n"
     "- Như trên;                               THỨ TRƯỞNG\n"
     "- Lưu: VT, CHQ.                           Nguyễn Đức Chi\n",
     ["Nơi nhận:\n- Như trên;\n- Lưu: VT, CHQ.", "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nNguyễn Đức Chi"]),
    ("trailing spaces are no column",
     "Phó Thủ tướng Thường trực Chính phủ         \nPhạm Bình Minh đã chủ trì hội nghị.\n",
     ["Phó Thủ tướng Thường trực Chính phủ\nPhạm Bình Minh đã chủ trì hội nghị."]),
]


@pytest.mark.parametrize("name,source,present", COLUMN_ROWS, ids=[row[0] for row in COLUMN_ROWS])
def test_two_columns_are_read_one_after_the_other(name, source, present):
    doc = load_string(source, "layout.txt")
    for piece in present:
        assert piece in doc.text
    for piece in present:
        start = doc.text.index(piece)
        a, b = doc.source_span(Span(start, start + len(piece)))
        assert source[a:b].split()[0] == piece.split()[0]


# ---- legal-database pages: cells one a line, the site's tail ---------------------------------

CELLS_PAGE = FIXTURES / "legal_db_cells_style.md"
CELLS_KEPT = ["Kính gửi: Ủy ban nhân dân các tỉnh", "Chỉ thị số 09/CT-TTg", "thực hiện./.", "Nơi nhận:\n- Như trên;",
              "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nĐoàn Minh Khôi", "\n\n[1] Theo Công văn số 1520/BXD-KHTC"]
CELLS_DROPPED = ["KHO VĂN BẢN MẪU", "copyright", "bôi vàng", "Đang tải", "Số hiệu", "Tình trạng", "Đã biết",
                 "Công văn 2417/BXD-KHTC năm 2025", "Công văn 2417/BXD-KHTC ngày", "Tiếng Anh", "Văn bản liên quan",
                 "77/QĐ-BXD", "FILE", "Phố Mẫu", "THÔNG BÁO", "Quý Thành viên", "13/2023/NĐ-CP", "Tiếp tục sử dụng",
                 "Đăng xuất", "|"]


def test_legal_db_page_with_cells_one_a_line_keeps_only_the_document():
    doc = load(CELLS_PAGE)
    assert (doc.kind, doc.title, doc.date, doc.author) == ("legal_db", "Công văn 2417/BXD-KHTC", "2025-10-14", "Đoàn Minh Khôi")
    assert_parts(doc.text, CELLS_KEPT, CELLS_DROPPED)


def test_page_metadata_fields_and_their_source_spans():
    doc = load(CELLS_PAGE)
    meta = doc.metadata
    assert (meta.number_symbol, meta.type_name, meta.issuer, meta.signer, meta.issued_date) == (
        "2417/BXD-KHTC", "Công văn", "Bộ Xây dựng", "Đoàn Minh Khôi", "2025-10-14")
    source = CELLS_PAGE.read_text(encoding="utf-8")
    for name, (start, end) in meta.spans.items():
        printed = source[start:end]
        assert printed == getattr(meta, name) or printed == "14/10/2025", (name, printed)


# Each row cuts the page somewhere: what the site prints after the text must still go.
TAIL_VARIANTS = [
    ("without the related-documents panel", "## Văn bản liên quan\n", ""),
    ("without the English tab line", "Văn bản này chưa cập nhật nội dung Tiếng Anh\n", ""),
    ("with the attachment box on one line", "**FILE ĐƯỢC ĐÍNH\nKÈM THEO VĂN BẢN**", "**FILE ĐƯỢC ĐÍNH KÈM THEO VĂN BẢN**"),
]


@pytest.mark.parametrize("name,old,new", TAIL_VARIANTS, ids=[row[0] for row in TAIL_VARIANTS])
def test_site_tail_is_dropped_whatever_opens_it(tmp_path, name, old, new):
    page = CELLS_PAGE.read_text(encoding="utf-8")
    assert old in page
    doc = load(write(tmp_path, "page.md", page.replace(old, new)))
    assert_parts(doc.text, CELLS_KEPT, CELLS_DROPPED)


def test_only_the_personal_data_notice_after_the_text_is_cut_with_its_heading(tmp_path):
    page = CELLS_PAGE.read_text(encoding="utf-8")
    page = page[:page.index("Công văn 2417/BXD-KHTC năm 2025")] + page[page.index("**THÔNG BÁO **"):]
    doc = load(write(tmp_path, "page.md", page))
    assert_parts(doc.text, CELLS_KEPT, ["THÔNG BÁO", "13/2023/NĐ-CP", "Quý Thành viên"])


def test_page_that_is_only_the_sites_frame_has_no_text(tmp_path):
    page = CELLS_PAGE.read_text(encoding="utf-8")
    page = page[:page.index("**Kính gửi:** Ủy ban")] + page[page.index("Công văn 2417/BXD-KHTC năm 2025"):]
    with pytest.raises(LoadError, match="no text left"):
        load(write(tmp_path, "frame.md", page))


METADATA_TABLES = [
    ("key and value on one line", "Số hiệu: 12/KH-UBND\nLoại văn bản: Kế hoạch\nNgười ký: Lê Văn Ba\n\nNội dung.",
     {"number": "12/KH-UBND", "type": "Kế hoạch", "signer": "Lê Văn Ba"}, 3),
    ("one cell a line", "Số hiệu:\n12/KH-UBND\nLoại văn bản:\nKế hoạch\nNgày ban hành:\n03/02/2025\n\nNội dung.",
     {"number": "12/KH-UBND", "type": "Kế hoạch", "date": "03/02/2025"}, 6),
    ("tab-separated cells", "Số hiệu:\t12/KH-UBND\tLoại văn bản:\tKế hoạch\nNơi ban hành:\tUBND tỉnh Mẫu\n\nNội dung.",
     {"number": "12/KH-UBND", "type": "Kế hoạch", "issuer": "UBND tỉnh Mẫu"}, 2),
    ("unknown values left out", "Số hiệu:\n12/KH-UBND\nNgười ký:\nĐang cập nhật\nTình trạng:\nĐã biết\n\nNội dung.",
     {"number": "12/KH-UBND"}, 6),
    ("a key with no value before the next key", "Người ký:\nSố hiệu:\n12/KH-UBND\n\nNội dung.", {"number": "12/KH-UBND"}, 3),
    ("rows after the table are the text's", "Số hiệu: 12/KH-UBND\nLoại văn bản: Kế hoạch\nNgười ký: Lê Văn Ba\n"
     "Kính gửi: các sở.\nThực hiện chỉ đạo của tỉnh.\nĐề nghị các sở thực hiện.\nNguồn: báo cáo của các sở.",
     {"number": "12/KH-UBND", "type": "Kế hoạch", "signer": "Lê Văn Ba"}, 3),
]


@pytest.mark.parametrize("name,page,expected,end", METADATA_TABLES, ids=[row[0] for row in METADATA_TABLES])
def test_metadata_table_rows(name, page, expected, end):
    """The fields read and the index of the first line after the table."""
    from luocdo.loaders.furniture import metadata_table
    from luocdo.loaders.lines import split_lines

    from luocdo.loaders.builder import Text

    table, table_end = metadata_table(split_lines(Text.source(page)))
    assert ({field: value for field, (value, _) in table.items()}, table_end) == (expected, end)


def test_table_row_spans_cover_only_the_values(tmp_path):
    page = "| **Số hiệu** | 24/2018/QH14 |\n| **Loại văn bản** | Luật |\n| **Người ký** | Lê Văn Mẫu |\n\n## VĂN BẢN\n\nĐiều 1. Phạm vi.\n"
    doc = load(write(tmp_path, "luat.md", page))
    assert {name: page[a:b] for name, (a, b) in doc.metadata.spans.items()} == {
        "number_symbol": "24/2018/QH14", "type_name": "Luật", "signer": "Lê Văn Mẫu"}


def test_rows_in_the_body_of_a_page_with_a_table_stay_in_the_text(tmp_path):
    page = ("Số hiệu: 12/KH-UBND\nLoại văn bản: Kế hoạch\nNgười ký: Lê Văn Ba\nNgày ban hành: 03/02/2025\n\n"
            "Kính gửi: các sở, ban, ngành.\n\nỦy ban nhân dân tỉnh đề nghị các sở triển khai kế hoạch này.\n\n"
            "Phạm vi: toàn tỉnh, trong năm 2025.\n")
    doc = load(write(tmp_path, "page.txt", page))
    assert doc.kind == "legal_db"
    assert_parts(doc.text, ["Kính gửi: các sở", "Phạm vi: toàn tỉnh"], ["Số hiệu", "Lê Văn Ba"])


CELL_RESIDUE = [
    ("a pipe after a signer's name", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Thị Mẫu\n|\n", "Lê Thị Mẫu", "Lê Thị Mẫu |"),
    ("a lone hash between paragraphs", "Nội dung thứ nhất.\n#\nNội dung thứ hai.\n", "thứ hai.", "#"),
    ("empty bold between paragraphs", "Nội dung thứ nhất.\n** **\nNội dung thứ hai.\n", "thứ hai.", "*"),
]


@pytest.mark.parametrize("name,source,present,absent", CELL_RESIDUE, ids=[row[0] for row in CELL_RESIDUE])
def test_table_residue_lines_are_dropped(tmp_path, name, source, present, absent):
    doc = load(write(tmp_path, "doc.md", "**Mẫu**\n" + source))
    assert_parts(doc.text, [present], [absent])


def test_footnote_after_a_signers_name_is_its_own_paragraph(tmp_path):
    doc = load(write(tmp_path, "doc.txt", "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nLê Văn Mẫu\n[1] Công văn số 15/BXD-VP ngày 02/01/2025.\n"))
    assert "Lê Văn Mẫu\n\n[1] Công văn" in doc.text


# Lines a saved web page adds around an article, whatever kind of page it is.
SITE_LINES = [
    ("a banner linking to another story", "Mới: Chính sách mới về lương hưu từ tháng tới theo Nghị định 99/2026/NĐ-CP", "99/2026"),
    ("a download link", ">>> Tải về toàn văn Công văn 12/BXD-VP năm 2025", "12/BXD-VP"),
    ("a see-also link", ">> Xem thêm: Thông tư 08/2025/TT-BYT sửa đổi mẫu hồ sơ", "08/2025"),
    ("a lawyer's byline", "Tham vấn bởi Luật sư: Lê Văn Mẫu", "Lê Văn Mẫu"),
    ("the legal staff's byline", "Chuyên viên pháp lý: Trần Thị Mẫu", "Trần Thị Mẫu"),
    ("the closing invitation", "Quý khách cần hỏi thêm thông tin về vấn đề này có thể gửi câu hỏi.", "gửi câu hỏi"),
    ("an image caption", "Mức phạt khi không đội mũ bảo hiểm là bao nhiêu? (Hình từ Internet)", "mũ bảo hiểm"),
    ("an illustration caption", "Quy định mới về đăng kiểm xe (Hình minh họa)", "đăng kiểm"),
]
ARTICLE = ("# Quy định mới về hồ sơ đăng ký\n\n**Hồ sơ đăng ký gồm những gì theo quy định hiện hành?**\n\n{line}\n\n"
           "Căn cứ Điều 5 Nghị định 01/2021/NĐ-CP quy định hồ sơ đăng ký gồm giấy đề nghị và bản sao giấy tờ pháp lý.\n")


@pytest.mark.parametrize("name,line,gone", SITE_LINES, ids=[row[0] for row in SITE_LINES])
def test_site_lines_are_dropped_on_any_page(tmp_path, name, line, gone):
    doc = load(write(tmp_path, "bai.md", ARTICLE.format(line=line)))
    assert_parts(doc.text, ["Nghị định 01/2021/NĐ-CP", "Hồ sơ đăng ký gồm những gì"], [gone])


SITE_LOOKALIKES = [
    ("a document's own see-also sentence", "Xem thêm hướng dẫn tại Phụ lục kèm theo Nghị định này."),
    ("new and old in an amendment table", "Mức thu mới là 50.000 đồng/hồ sơ."),
    ("a photo credit inside a sentence", "Ảnh chụp hiện trường được lưu trong hồ sơ vụ việc."),
]


@pytest.mark.parametrize("name,line", SITE_LOOKALIKES, ids=[row[0] for row in SITE_LOOKALIKES])
def test_document_lines_like_site_lines_stay(tmp_path, name, line):
    doc = load(write(tmp_path, "bai.md", ARTICLE.format(line=line)))
    assert line in doc.text


# A two-column header flattened into wrapped lines: each header field keeps a line of its own.
HEADER_FIELDS = [
    ("number after the motto", "Độc lập - Tự do - Hạnh phúc\nSố: 5330/CT-CS\n", "Hạnh phúc\nSố: 5330/CT-CS"),
    ("V/v after the number", "Số: 5330/CT-CS\nV/v chính sách thuế\n", "CT-CS\nV/v chính sách"),
    ("place and date after V/v", "V/v chính sách thuế\nHà Nội, ngày 19 tháng 11 năm 2025\n", "thuế\nHà Nội, ngày 19"),
    ("addressees after the date", "Hà Nội, ngày 19 tháng 11 năm 2025\nKính gửi: Thuế tỉnh Mẫu\n", "2025\nKính gửi:"),
    ("the motto after the issuer", "CỤC THUẾ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n", "CỤC THUẾ\nCỘNG HÒA"),
]


@pytest.mark.parametrize("name,header,kept", HEADER_FIELDS, ids=[row[0] for row in HEADER_FIELDS])
def test_header_fields_keep_their_lines(tmp_path, name, header, kept):
    body = "Cục Thuế nhận được câu hỏi của độc giả gửi qua cổng thông tin điện tử phản ánh về\n" * 4
    doc = load(write(tmp_path, "cv.txt", header + body))
    assert kept in doc.text


def test_a_place_and_date_far_below_the_header_is_wrapped_text(tmp_path):
    body = "Hội nghị tổng kết được tổ chức tại trụ sở cơ quan vào cuối năm theo kế hoạch đã\n" * 30
    doc = load(write(tmp_path, "bc.txt", body + "Hà Nội, ngày 19 tháng 11 năm 2025 với sự tham dự của các đơn vị\n"))
    assert "đã Hà Nội, ngày 19" in doc.text


# `****` closes one bold block and opens the next: two lines, unless a site bolded part of a word.
BOLD_JOINS = [
    ("two blocks: a heading and its title", "**THÔNG BÁO****Kết luận của Phó Thủ tướng**", "THÔNG BÁO\n\nKết luận"),
    ("two blocks in capitals", "**CÔNG BỐ****NHIỆM VỤ**", "CÔNG BỐ\nNHIỆM VỤ"),
    ("after a Roman numeral", "**Chương I****QUY ĐỊNH CHUNG**", "Chương I\nQUY ĐỊNH CHUNG"),
    ("a piece without a vowel", "**BỘ Y T****Ế**", "BỘ Y TẾ"),
    ("a lone capital before small letters", "**Lê Hải\nH****òa**", "Lê Hải\nHòa"),
    ("a toneless piece before a toned vowel", "**KT. TRƯ****Ở****NG**", "KT. TRƯỞNG"),
    ("final consonants alone", "**GIÁM Đ****Ố****C**", "GIÁM ĐỐC"),
    ("capacity split after CH", "**KT. CH****Ủ TỊCH**", "KT. CHỦ TỊCH"),
    # bold runs inside one line: beside a space or before punctuation
    ("an article's number bolded apart", "**Điều ****2****. ****Hiệu lực thi hành**", "Điều 2. Hiệu lực thi hành"),
    ("a bold label and its value", "**Tải về**** Mẫu số 15**", "Tải về Mẫu số 15"),
]


@pytest.mark.parametrize("name,source,expected", BOLD_JOINS, ids=[row[0] for row in BOLD_JOINS])
def test_bold_blocks_and_bold_letters(name, source, expected):
    assert expected in load_string(source, "page.md").text


def test_site_summary_between_the_table_and_the_header_is_dropped(tmp_path):
    page = CELLS_PAGE.read_text(encoding="utf-8").replace("**Kính gửi:** Ủy ban nhân dân", (
        "## Rà soát nhà ở xã hội trước cuối năm\n"
        "Ngày 14/10/2025, Bộ Xây dựng ban hành Công văn 2417/BXD-KHTC về rà soát nhà ở xã hội.\n"
        "Theo đó các địa phương báo cáo trước ngày 15/12/2025 theo Quyết định 55/QĐ-BXD.\n"
        "Xem chi tiết Công văn 2417/BXD-KHTC.\n"
        "**BỘ XÂY DỰNG**\n**CỘNG HÒA XÃ\nHỘI CHỦ NGHĨA VIỆT NAM**\nĐộc lập - Tự do - Hạnh phúc\nSố:\n2417/BXD-KHTC\n"
        "**Kính gửi:** Ủy ban nhân dân"))
    doc = load(write(tmp_path, "page.md", page))
    assert doc.text.startswith("BỘ XÂY DỰNG\nCỘNG HÒA XÃ")
    assert_parts(doc.text, CELLS_KEPT + ["Số:\n\n2417/BXD-KHTC"], ["Rà soát nhà ở", "15/12/2025", "55/QĐ-BXD", "Xem chi tiết"])


def test_a_dated_sentence_after_the_table_without_a_header_is_the_text(tmp_path):
    page = CELLS_PAGE.read_text(encoding="utf-8").replace("**Kính gửi:** Ủy ban nhân dân",
        "Ngày 14/10/2025, Bộ Xây dựng ban hành kế hoạch rà soát.\n**Kính gửi:** Ủy ban nhân dân")
    doc = load(write(tmp_path, "page.md", page))
    assert doc.text.startswith("Ngày 14/10/2025, Bộ Xây dựng ban hành kế hoạch")


TITLE_REPEATS = [
    ("the table's type word", "Loại văn bản:\nCông văn", "Công văn 2417/BXD-KHTC năm 2025 rà soát dự án nhà ở xã hội", True),
    ("another type word than the table's", "Loại văn bản:\nVăn bản khác", "Kết luận 2417/BXD-KHTC năm 2025 về nhà ở xã hội", True),
    ("a title with a notice on its line", "Loại văn bản:\nCông văn", "Công văn 2417/BXD-KHTC năm 2025 về nhà ở. Bạn vui lòng tải lại.", True),
    ("a sentence naming the number", "Loại văn bản:\nVăn bản khác", "Đề nghị thực hiện theo Công văn 2417/BXD-KHTC nêu trên.", False),
]


@pytest.mark.parametrize("name,type_row,line,dropped", TITLE_REPEATS, ids=[row[0] for row in TITLE_REPEATS])
def test_title_printed_again_after_the_text(tmp_path, name, type_row, line, dropped):
    page = CELLS_PAGE.read_text(encoding="utf-8").replace("Loại văn bản:**\n|\nCông văn", type_row.replace("Loại văn bản:", "Loại văn bản:**\n|"))
    page = page.replace("Văn bản này chưa cập nhật nội dung Tiếng Anh\n", "").replace(
        "Công văn 2417/BXD-KHTC năm 2025 rà soát dự án nhà ở xã hội do Bộ Xây dựng ban hành", line)
    page = page.replace("Công văn 2417/BXD-KHTC ngày 14/10/2025 rà soát dự án nhà ở xã hội do Bộ Xây dựng ban hành\n", "")
    doc = load(write(tmp_path, "page.md", page))
    assert (line.split(" năm")[0].split(". ")[0] in doc.text) != dropped
    assert "Đoàn Minh Khôi" in doc.text


# Other legal databases' chrome around a page table: tabs before the text, notices, panels after it.
OTHER_DB_PAGE = """Thuộc tính
Số ký hiệu: 45/2024/NĐ-CP
Cơ quan ban hành: Chính phủ
Loại văn bản: Nghị định
Người ký: Lê Văn Mẫu
Ngày ban hành: 20/04/2024
{before}
CHÍNH PHỦ
Số: 45/2024/NĐ-CP
Hà Nội, ngày 20 tháng 4 năm 2024

NGHỊ ĐỊNH
Quy định về kho lưu trữ mẫu

Điều 1. Nghị định này quy định về kho lưu trữ mẫu.
Điều 2. Nghị định này có hiệu lực từ ngày ký./.

TM. CHÍNH PHỦ
THỦ TƯỚNG
Lê Văn Mẫu
{after}
Nghị định 12/2019/NĐ-CP về lưu trữ cũ
"""
OTHER_DB_CHROME = [
    ("a PDF tab before the text", "Bản PDF\nTải xuống", ""),
    ("an attachment notice before the text", "Văn bản này có file đính kèm, hãy tải về máy để xem.", ""),
    ("a related panel after the text", "", "VB liên quan"),
    ("a print tab after the text", "", "Bản in"),
    ("a summary tab before the text", "Tóm tắt văn bản\nNghị định 45 quy định kho lưu trữ, thay Nghị định 12/2019/NĐ-CP.", ""),
    ("a history tab after the text", "", "Lịch sử văn bản"),
]


@pytest.mark.parametrize("name,before,after", OTHER_DB_CHROME, ids=[row[0] for row in OTHER_DB_CHROME])
def test_other_legal_databases_chrome(tmp_path, name, before, after):
    doc = load(write(tmp_path, "page.txt", OTHER_DB_PAGE.format(before=before, after=after)))
    assert doc.kind == "legal_db"
    assert doc.metadata.number_symbol == "45/2024/NĐ-CP"
    assert doc.text.startswith("CHÍNH PHỦ\n")
    assert_parts(doc.text, ["Số: 45/2024/NĐ-CP", "có hiệu lực từ ngày ký./.", "Lê Văn Mẫu"],
                 [part for part in before.split("\n") + [after] if part] + (["12/2019/NĐ-CP"] if after else []))


def test_banners_to_other_stories_go_in_any_case_and_when_markup_split_their_label():
    page = ("# Bảng lương mới giáo viên các cấp sau 2026?\n\n**NÓNG: Toàn văn Nghị quyết 72-NQ/TW khám sức khỏe**\n\n"
            "**Mới:**** Lương 2026 tăng theo Nghị định 73**\n\n**Mới nhất: TOÀN BỘ mức khen thưởng năm 2026**\n\n"
            "Căn cứ Nghị quyết 27-NQ/TW năm 2018 về cải cách chính sách tiền lương, bảng lương mới áp dụng từ 2026.\n")
    doc = load_string(page, "hoi-dap.md")
    assert "72-NQ/TW" not in doc.text and "Nghị định 73" not in doc.text and "khen thưởng" not in doc.text
    assert "Căn cứ Nghị quyết 27-NQ/TW" in doc.text


@pytest.mark.parametrize("marker", ["Tin tức liên quan", "Các tin khác", "Bài viết cùng chuyên mục", "Tin đọc nhiều"])
def test_a_news_portals_related_news_block_is_cut(marker):
    """Other portals head their teasers in other words; the teasers' numbers are no citations."""
    from luocdo.extract import extract
    page = ("Thủ tướng yêu cầu đẩy mạnh phòng, chống buôn lậu\n\n12/03/2025 10:15\n\n"
            "Ngày 11/3/2025, Thủ tướng Chính phủ ký Công điện số 25/CĐ-TTg về tăng cường phòng, chống buôn lậu, gian "
            "lận thương mại và hàng giả trong tình hình mới, yêu cầu các bộ, ngành khẩn trương thực hiện.\n\n"
            f"{marker}\n\nThủ tướng ký Quyết định số 319/QĐ-TTg phê duyệt Đề án chống hàng giả\n\n"
            "Chỉ thị số 17/CT-TTg về tăng cường đấu tranh chống buôn lậu\n")
    ex = extract(load_string(page, "news.html"))
    assert (ex.subject.number, [i.number for i in ex.instruments]) == ("25", [])


@pytest.mark.parametrize("dateline", ["(Dân trí) - ", "(PLO) - ", "SGGP - ", "(VTC News) – "])
def test_other_portals_datelines_mark_a_news_report(dateline):
    page = ("Thủ tướng yêu cầu đẩy mạnh phòng, chống buôn lậu\n\n" + dateline +
            "Ngày 11/3/2025, Thủ tướng Chính phủ ký Công điện số 25/CĐ-TTg về tăng cường phòng, chống buôn lậu.\n\n"
            "Bộ Công Thương chủ trì, phối hợp với Bộ Công an triển khai ngay các biện pháp kiểm tra.\n")
    assert load_string(page, "news.txt").kind == "news"


_CELL_PER_LINE_TABLE = (
    "|\n**STT**\n|\n**Tên thông tin**\n|\n**Đơn vị chịu trách nhiệm**\n|\n|\n*1*\n|\nSố đơn vị hành chính\n"
    "|\nVụ Chính quyền địa phương\n|\n|\n*2*\n|\nSố vụ tai nạn lao động\n|\nCục Việc làm\n|\n"
)


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_windows_and_old_mac_line_breaks_read_as_unix_ones(newline):
    """A file saved on Windows (or an old Mac) is the same document: its cell-per-line table
    used to stay one cell a line (the markup stage looked for `\\n`), so its rows lost their
    assignees; offsets still point at the source's characters."""
    page = "# Danh mục\n\n" + _CELL_PER_LINE_TABLE
    unix = load_bytes(page.encode("utf-8"), "page.md")
    source = page.replace("\n", newline)
    other = load_bytes(source.encode("utf-8"), "page.md")
    assert [line.strip() for line in other.text.split("\n")] == [line.strip() for line in unix.text.split("\n")]
    assert "1\tSố đơn vị hành chính\tVụ Chính quyền địa phương" in other.text
    at = other.text.index("Cục Việc làm")
    assert source[other.source_offsets[at]:other.source_offsets[at] + len("Cục Việc làm")] == "Cục Việc làm"


def test_rows_of_a_panel_below_the_text_are_no_page_table(tmp_path):
    """A page saved without its table (another site, or the table cut off): the related documents'
    `Hiệu lực:` / `Cập nhật:` rows under a short text are a panel's, not a table above the text."""
    page = CELLS_PAGE.read_text(encoding="utf-8")
    page = "**BỘ XÂY DỰNG**\nSố: 2417/BXD-KHTC\n" + page[page.index("**Kính gửi:**"):]
    page = page.replace("Hiệu lực: Đã biết\n", "Hiệu lực: Đã biết\nTình trạng: Đã biết\nCập nhật:\n02/10/2025\n")
    page = page.replace("## Văn bản liên quan\n", "## Lược đồ\n## Văn bản liên quan\n")
    doc = load(write(tmp_path, "page.md", page))
    assert doc.kind == "legal_db"
    assert_parts(doc.text, CELLS_KEPT + ["Số: 2417/BXD-KHTC"], ["Văn bản liên quan", "77/QĐ-BXD", "02/10/2025"])


BOLD_SUBHEADING_PAGE = (
    "Ngày 21/11/2025, Chính phủ ban hành Nghị quyết 377/NQ-CP về dự án Pháp lệnh sửa đổi, bổ sung\n"
    "một số điều của Pháp lệnh Cảnh sát môi trường do Bộ Công an trình tại Tờ trình số 661/TTr-BCA\n"
    "ngày 05/11/2025 của Bộ Công an và giao Bộ Công an hoàn thiện hồ sơ dự án Pháp lệnh trong\n"
    "tháng 12 năm 2025.\n"
    "**Chính phủ thống nhất dự án Pháp lệnh sửa đổi Pháp lệnh Cảnh sát môi trường**\n"
    "Theo đó, Chính phủ cơ bản thống nhất với dự án Pháp lệnh do Bộ Công an trình tại văn bản\n"
    "nêu trên và giao Bộ Công an chủ trì, phối hợp với các bộ, cơ quan liên quan hoàn thiện hồ sơ.\n"
    "**3. Cục\nĐiện ảnh, Cục Du lịch Quốc gia Việt Nam**\n"
    "Phối hợp với Vụ Pháp chế đưa nội dung thực thi Phương án vào dự thảo Luật sửa đổi, bổ sung\n"
    "một số điều của Luật Điện ảnh trong năm 2026.\n"
)


def test_a_bold_line_over_a_capitalised_line_ends_its_paragraph(tmp_path):
    """A hard-wrapped page joins a line without a stop to the next; a subheading in bold to the
    line's end is no such line (`... Cảnh sát môi trường` / `Theo đó, ...`), nor a numbered
    item's head in bold over its text."""
    text = load(write(tmp_path, "news.md", BOLD_SUBHEADING_PAGE)).text
    assert "Cảnh sát môi trường\n\nTheo đó, Chính phủ" in text
    assert "Bộ Công an trình tại Tờ trình" in text and "trình tại văn bản nêu trên" in text
    assert "Cục Du lịch Quốc gia Việt Nam\n\nPhối hợp với Vụ Pháp chế" in text


def test_a_record_page_without_the_text_keeps_the_sites_title_line(tmp_path):
    """A page whose text the site has not put up yet (`Văn bản này đang cập nhật Nội dung`) has its
    table and the title printed under it: the title is the document there is, not a failed load."""
    page = CELLS_PAGE.read_text(encoding="utf-8")
    body_start, title_at = page.index("**Kính gửi:**"), page.index("Công văn 2417/BXD-KHTC năm 2025")
    page = (page[:body_start] + "Công văn 2417/BXD-KHTC ngày 14/10/2025 rà soát dự án nhà ở xã hội do Bộ Xây dựng ban "
            "hành **Văn bản này đang cập nhật Nội dung => Bạn vui lòng \"Tải về\" để xem.**\n" + page[title_at:])
    doc = load(write(tmp_path, "page.md", page))
    assert doc.text.startswith("Công văn 2417/BXD-KHTC ngày 14/10/2025 rà soát")
    assert doc.metadata.signer == "Đoàn Minh Khôi"
