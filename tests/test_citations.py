"""Instrument citations: one row per form (sentence in, (type, number, symbol, year, date) out)."""
import re

import pytest

from luocdo.loaders import load
from seeds import EXAMPLES, GOLD

from luocdo.extract.citations import find_instruments, resolve_short_forms
from luocdo.ids import instrument_id
from luocdo.normalize import nfc


def found(text):
    return [(m.type, m.number, m.symbol, m.year, m.date) for m in find_instruments(nfc(text))]


CITATIONS = [
    # Full citations, one per type word and code.
    ("triển khai Chỉ thị số 17/CT-TTg ngày 19/6/2018 về tăng cường", [("CT", "17", "CT-TTg", 2018, "2018-06-19")]),
    ("Quyết định số 319/QĐ-TTg ngày 29/3/2023 phê duyệt", [("QĐ", "319", "QĐ-TTg", 2023, "2023-03-29")]),
    ("Văn phòng Chính phủ đã ban hành Thông báo số 205/TB-VPCP, thông tin kết luận", [("TB", "205", "TB-VPCP", None, None)]),
    ("Công điện số 35/CĐ-TTg ngày 2 tháng 4 năm 2025 của Thủ tướng", [("CĐ", "35", "CĐ-TTg", 2025, "2025-04-02")]),
    ("theo đúng Nghị quyết số 127/NQ-CP ngày 08 tháng 10 năm 2021", [("NQ", "127", "NQ-CP", 2021, "2021-10-08")]),
    ("Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 về công tác văn thư", [("NĐ", "30", "NĐ-CP", 2020, "2020-03-05")]),
    ("Thông tư số 01/2024/TT-BTC hướng dẫn", [("TT", "01", "TT-BTC", 2024, None)]),
    ("Thông tư liên tịch số 85/2016/TTLT-BTC-BCA, có hiệu lực", [("TTLT", "85", "TTLT-BTC-BCA", 2016, None)]),
    ("Kế hoạch số 12/KH-BCĐ389 ngày 10/01/2025", [("KH", "12", "KH-BCĐ389", 2025, "2025-01-10")]),
    ("Kết luận số 97/KL-TW về", [("KL", "97", "KL-TW", None, None)]),
    ("Công văn số 1234/BTC-TCHQ ngày 3/2/2025", [("CV", "1234", "BTC-TCHQ", 2025, "2025-02-03")]),
    ("Hướng dẫn số 25/HD-BTGTW ngày 1/6/2023", [("HD", "25", "HD-BTGTW", 2023, "2023-06-01")]),
    ("Chương trình số 14/CTr-UBND ngày 20/2/2024", [("CTr", "14", "CTr-UBND", 2024, "2024-02-20")]),
    ("Đề án số 02/ĐA-BCA năm 2022", [("ĐA", "02", "ĐA-BCA", 2022, None)]),
    ("Báo cáo số 110/BC-BCĐ389 ngày 5/7/2024", [("BC", "110", "BC-BCĐ389", 2024, "2024-07-05")]),
    ("Tờ trình số 56/TTr-BTP ngày 9/9/2024", [("TTr", "56", "TTr-BTP", 2024, "2024-09-09")]),
    ("Quy chế số 3/QC-BCĐ ngày 2/1/2024", [("QC", "3", "QC-BCĐ", 2024, "2024-01-02")]),
    ("Quy định số 05/QyĐ-UBND", [("QyĐ", "05", "QyĐ-UBND", None, None)]),
    ("Luật số 24/2018/QH14 ngày 12/6/2018", [("LUẬT", "24", "QH14", 2018, "2018-06-12")]),
    ("Bộ luật số 100/2015/QH13, có hiệu lực", [("BỘ LUẬT", "100", "QH13", 2015, None)]),
    ("Pháp lệnh số 02/2022/UBTVQH15 ngày 28/12/2022", [("PL", "02", "UBTVQH15", 2022, "2022-12-28")]),
    ("Nghị quyết số 45/2019/QH14 của Quốc hội", [("NQ", "45", "QH14", 2019, None)]),
    ("theo Luật 45/2019/QH14", [("LUẬT", "45", "QH14", 2019, None)]),
    ("Thông báo kết luận số 381/TB-VPCP ngày 20/8/2024", [("TB", "381", "TB-VPCP", 2024, "2024-08-20")]),
    # Type from the symbol's code wins over a generic word.
    ("Văn phòng Chính phủ đã có văn bản 205/TB-VPCP ngày 28/4/2025 thông báo", [("TB", "205", "TB-VPCP", 2025, "2025-04-28")]),
    ("văn bản số 6800/VPCP-KTTH ngày 23 tháng 9 năm 2021", [("CV", "6800", "VPCP-KTTH", 2021, "2021-09-23")]),
    ("công văn số 73/TTg-CN", [("CV", "73", "TTg-CN", None, None)]),
    # Công văn numbers without any word.
    ("(3509/VPCP-V.I)", [("CV", "3509", "VPCP-V.I", None, None)]),
    ("theo ý kiến tại 3509/VPCP-V.I.", [("CV", "3509", "VPCP-V.I", None, None)]),
    ("như 6800/VPCP-KTTH, 1234/BTC-TCHQ", [("CV", "6800", "VPCP-KTTH", None, None), ("CV", "1234", "BTC-TCHQ", None, None)]),
    # Normative numbers carry their year.
    ("Chính phủ vừa ban hành Nghị định 66/2026/NĐ-CP quy định chi tiết", [("NĐ", "66", "NĐ-CP", 2026, None)]),
    ("sửa đổi Thông tư 01/2024/TT-BTC", [("TT", "01", "TT-BTC", 2024, None)]),
    ("Nghị định số 15/2020/NĐ-CP ngày 03/02/2020", [("NĐ", "15", "NĐ-CP", 2020, "2020-02-03")]),
    # Party documents.
    ("Nghị quyết số 68-NQ/TW ngày 4/5/2025 của Bộ Chính trị", [("NQ", "68", "NQ/TW", 2025, "2025-05-04")]),
    ("thực hiện Kết luận 97-KL/TW", [("KL", "97", "KL/TW", None, None)]),
    ("Chỉ thị số 05-CT/TW", [("CT", "05", "CT/TW", None, None)]),
    ("Quy định số 35-QĐ/TW", [("QĐ", "35", "QĐ/TW", None, None)]),
    ("Luật 18-L/CTN Dầu khí ban hành ngày 06/07/1993", [("LUẬT", "18", "L/CTN", 1993, "1993-07-06")]),
    # OCR noise and spellings.
    ("Số: 205/TB-VPCP", [("TB", "205", "TB-VPCP", None, None)]),
    ("Thông báo số 205/ TB-VPCP", [("TB", "205", "TB-VPCP", None, None)]),
    ("Thông báo số 205 /TB-VPCP", [("TB", "205", "TB-VPCP", None, None)]),
    ("Quyết định số 12/Q\u00d0-TTg", [("QĐ", "12", "QĐ-TTg", None, None)]),
    ("Quyet dinh 12/QD-TTg", [("QĐ", "12", "QĐ-TTg", None, None)]),
    ("Cong dien 40/CD-TTg", [("CĐ", "40", "CĐ-TTg", None, None)]),
    ("Nghị định 165/2018/NĐ-CPngày 24/12/2018", [("NĐ", "165", "NĐ-CP", 2018, "2018-12-24")]),
    ("theo Nghị định 120/2024/NĐ-CPcó hiệu lực", [("NĐ", "120", "NĐ-CP", 2024, None)]),
    ("Thông tư 24/2024/TT-BGDĐTquy định", [("TT", "24", "TT-BGDĐT", 2024, None)]),
    ("Quyết định số 18/QĐ-TTgcủa Thủ tướng", [("QĐ", "18", "QĐ-TTg", None, None)]),
    ("Nghị định số 13/2023/NĐ-CP.(Điều 2)", [("NĐ", "13", "NĐ-CP", 2023, None)]),
    ("Chỉ thị số 17/CT-TTg\nngày 19/6/2018", [("CT", "17", "CT-TTg", 2018, "2018-06-19")]),
    ("Thông báo số 205/TB-\nVPCP ngày 28/4/2025", [("TB", "205", "TB-VPCP", 2025, "2025-04-28")]),
    ("Công văn số 1234/BTC- TCHQ ngày 5/8/2025", [("CV", "1234", "BTC-TCHQ", 2025, "2025-08-05")]),
    ("Nghị định số 15/2020/NĐ - CP ngày 03/02/2020", [("NĐ", "15", "NĐ-CP", 2020, "2020-02-03")]),
    ("theo Chi thi so 18/CT-TTg ngay 30/5/2023", [("CT", "18", "CT-TTg", 2023, "2023-05-30")]),
    ("Thông báo sô 205/TB-VPCP ngảy 28/4/2025", [("TB", "205", "TB-VPCP", 2025, "2025-04-28")]),
    ("Nghị định 15/2020/NĐ-CP - Chính phủ ban hành", [("NĐ", "15", "NĐ-CP", 2020, None)]),
    # A law named before its number is one citation, not a named one and a numbered one.
    ("bảo đảm thống nhất với Luật Quản lý thuế số 38/2019/QH14; hoàn thành",
     [("LUẬT", "38", "QH14", 2019, None)]),
    ("Quyết định\nsố 319/QĐ-TTg", [("QĐ", "319", "QĐ-TTg", None, None)]),
    ("Quyết định số 1/QĐ-BNNMT ngày 2/7/2025", [("QĐ", "1", "QĐ-BNNMT", 2025, "2025-07-02")]),
    # Lists sharing a head, a date, a year or an issuer.
    ("Công điện số 40/CĐ-TTg và Công điện số 41/CĐ-TTg ngày 17/4/2025 về xử lý",
     [("CĐ", "40", "CĐ-TTg", 2025, "2025-04-17"), ("CĐ", "41", "CĐ-TTg", 2025, "2025-04-17")]),
    ("(Văn bản số 3509/VPCP-V.I ngày 28 tháng 11 năm 2019, số 13/TB-VPCP ngày 16 tháng 01 năm 2021 và số "
     "6800/VPCP-KTTH ngày 23 tháng 9 năm 2021 của Văn phòng Chính phủ)",
     [("CV", "3509", "VPCP-V.I", 2019, "2019-11-28"), ("TB", "13", "TB-VPCP", 2021, "2021-01-16"),
      ("CV", "6800", "VPCP-KTTH", 2021, "2021-09-23")]),
    ("các Nghị định số 15/2020/NĐ-CP, 91/2022/NĐ-CP", [("NĐ", "15", "NĐ-CP", 2020, None), ("NĐ", "91", "NĐ-CP", 2022, None)]),
    ("Chỉ thị số 17/CT-TTg và 18/CT-TTg năm 2023", [("CT", "17", "CT-TTg", 2023, None), ("CT", "18", "CT-TTg", 2023, None)]),
    ("Nghị định số 15/2020/NĐ-CP và Nghị định số 91/2022/NĐ-CP ngày 24/10/2022",
     [("NĐ", "15", "NĐ-CP", 2020, None), ("NĐ", "91", "NĐ-CP", 2022, "2022-10-24")]),
    ("Luật số 24/2018/QH14, 35/2018/QH14", [("LUẬT", "24", "QH14", 2018, None), ("LUẬT", "35", "QH14", 2018, None)]),
    ("Chỉ thị số 17/CT-TTg ngày 19/6/2018 về chống buôn lậu; Quyết định số 319/QĐ-TTg ngày 29/3/2023",
     [("CT", "17", "CT-TTg", 2018, "2018-06-19"), ("QĐ", "319", "QĐ-TTg", 2023, "2023-03-29")]),
    # Short forms: type from the word, year only from a stated date.
    ("Chỉ thị số 18 ngày 30/5/2023 của Thủ tướng Chính phủ", [("CT", "18", None, 2023, "2023-05-30")]),
    ("tiếp tục thực hiện Chỉ thị 18", [("CT", "18", None, None, None)]),
    ("Văn phòng Chính phủ vừa ban hành Thông báo số 381 kết luận", [("TB", "381", None, None, None)]),
    ("theo tinh thần Nghị quyết 127, các bộ", [("NQ", "127", None, None, None)]),
    ("Quyết định 319 đã phê duyệt", [("QĐ", "319", None, None, None)]),
    ("công văn số 1234 ngày 3/2/2025", [("CV", "1234", None, 2025, "2025-02-03")]),
    ("thực hiện Nghị quyết 68 năm 2025", [("NQ", "68", None, 2025, None)]),
    # The legal database's English translations: `No.` is `số`, the type word gives the type a
    # law's or resolution's symbol lacks.
    ("Pursuant to Law No. 88/2025/QH15 on Press;", [("LUẬT", "88", "QH15", 2025, None)]),
    ("Resolution No. 160/2024/QH15 of the National Assembly", [("NQ", "160", "QH15", 2024, None)]),
    ("Decree No. 30/2020/ND-CP dated March 5, 2020", [("NĐ", "30", "NĐ-CP", 2020, None)]),
    ("Official Dispatch No. 3509/VPCP-V.I of the Government Office", [("CV", "3509", "VPCP-V.I", None, None)]),
    ("the Ordinance No. 02/2022/UBTVQH15", [("PL", "02", "UBTVQH15", 2022, None)]),
    # Numbers as the database's web addresses spell them: year and symbol parted by spaces, read
    # only when the code is the type word's own and the rest are issuers' codes.
    ("theo Phụ lục ban hành kèm theo Nghị định 188 2025 NĐ CP trên Cổng dịch vụ công",
     [("NĐ", "188", "NĐ-CP", 2025, None)]),
    ("giải ngân vốn theo Thông tư 37 2025 TT BTC cụ thể", [("TT", "37", "TT-BTC", 2025, None)]),
    ("quy định tại Thông tư 90 2024 TT BCA là", [("TT", "90", "TT-BCA", 2024, None)]),
    # the year alone after a space, before a lower-case word or a question mark; a symbol with
    # hyphens or before the year; the year and the slashed symbol after a space
    ("Nghị định 70 2025 sửa đổi bổ sung", [("NĐ", "70", None, 2025, None)]),
    ("lệ phí theo Nghị định 123 2024 là bao nhiêu?", [("NĐ", "123", None, 2024, None)]),
    ("theo Thông tư 38 2024 TT-BGTVT quy định", [("TT", "38", "TT-BGTVT", 2024, None)]),
    ("Quyết định 2306 QĐ BYT 2025 công bố thủ tục", [("QĐ", "2306", "QĐ-BYT", 2025, None)]),
    ("Thông tư 16 2025/TT-BTC có hiệu lực", [("TT", "16", "TT-BTC", 2025, None)]),
    ("Thông tư 80 2025 Bộ Tài chính", [("TT", "80", None, None, None)]),  # a capital after it: no year
    ("Thông tư 41 2025 NĐ CP", [("TT", "41", None, None, None)]),  # another type's code: no symbol
    # `số` glued to the number, an en dash for the symbol's hyphen.
    ("theo Quyết định số1616/QĐ-BVHTTDL ngày 5/6/2025 của Bộ", [("QĐ", "1616", "QĐ-BVHTTDL", 2025, "2025-06-05")]),
    ("Tờ trình số374/TTr-CP của Chính phủ", [("TTr", "374", "TTr-CP", None, None)]),
    ("Quyết định số 1616/QĐ–BVHTTDL", [("QĐ", "1616", "QĐ-BVHTTDL", None, None)]),
    ("Nghị định số 30/2020/NĐ–CP", [("NĐ", "30", "NĐ-CP", 2020, None)]),
    ("mã hồ sơ1234 đã nộp", []),
    # Not instruments.
    ("Ban Chỉ đạo 389 các bộ căn cứ nội dung Kết luận này", []),
    ("Thông báo này thay thế", []),
    ("Quyết định này có hiệu lực kể từ ngày ký.", []),
    ("Chỉ thị số /CT-TTg ngày", []),
    ("Chỉ thị số ngày 5 tháng", []),
    ("Quyết định số: /QĐ-UBND", []),
    ("xây dựng kế hoạch 5 năm và Kế hoạch 5 năm", []),
    ("Phó Thủ tướng chỉ đạo xây dựng đề án nâng cao năng lực các lực lượng chuyên trách", []),
    ("các chương trình, kế hoạch, giải pháp phù hợp", []),
    ("thực hiện có hiệu quả các Kế hoạch của Ban Chỉ đạo 389 quốc gia", []),
    ("Quán triệt thực hiện nghiêm các Chỉ thị, Nghị quyết của Đảng", []),
    ("gửi Kế hoạch về Văn phòng Thường trực", []),
    ("xử lý 64.185 vụ vi phạm, 1.913 đối tượng", []),
    ("từ ngày 15/01-14/02/2026, cơ quan Hải quan", []),
    ("tỷ lệ 66/2026 và 12/2025", []),
    ("Nhà xưởng của Công ty giày Ngọc Hưng theo Điều 5", []),
    # before 2000 a number took its issuer's code after a hyphen alone; only a type word makes it one
    ("theo Quyết định 167-HĐBT năm 1982 và Nghị định số 61-CP ngày 5/7/1994",
     [("QĐ", "167", "HĐBT", 1982, None), ("NĐ", "61", "CP", 1994, "1994-07-05")]),
    ("khoảng 10-CP và mã 5-TT", []),
    ("Trả lời công văn số 1025-CVHQ ngày 10/10/2025 của Công ty", [("CV", "1025", "CVHQ", 2025, "2025-10-10")]),
    # a kind of document every project or body has, or no document, is no instrument
    ("(1) Kế hoạch lựa chọn nhà thầu được lập cho toàn bộ dự án.", []),
    ("xây dựng Đề án vị trí việc làm của Sở; 12 Chương trình máy tính, sưu tập dữ liệu 25 04", []),
]


@pytest.mark.parametrize("text,expected", CITATIONS)
def test_find_instruments(text, expected):
    assert found(text) == expected


NAMED = [
    # (sentence, [(type, number, year, name, aliases)])
    ("tập trung triển khai có hiệu quả Đề án “Phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực "
     "điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022 - 2025, tầm nhìn đến năm 2030” (Đề án 06) và",
     [("ĐA", "06", None, "Đề án Phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển "
       "đổi số quốc gia giai đoạn 2022 - 2025, tầm nhìn đến năm 2030", ["Đề án 06"])]),
    ("Quyết định số 319/QĐ-TTg ngày 29/3/2023 về phê duyệt Đề án chống hàng giả và bảo vệ người tiêu dùng trong "
     "thương mại điện tử đến năm 2025; Công điện",
     [("QĐ", "319", 2023, "phê duyệt Đề án chống hàng giả và bảo vệ người tiêu dùng trong thương mại điện tử đến năm 2025", []),
      ("ĐA", None, None, "Đề án chống hàng giả và bảo vệ người tiêu dùng trong thương mại điện tử đến năm 2025", [])]),
    ("nhất là Kế hoạch chống buôn lậu, gian lận thương mại và hàng giả trong \nhoạt động thương mại điện tử; bảo đảm",
     [("KH", None, None, "Kế hoạch chống buôn lậu, gian lận thương mại và hàng giả trong hoạt động thương mại điện tử", [])]),
    ("đặc biệt là Kế hoạch cao điểm chống buôn lậu, gian lận thương mại và hàng giả trong dịp Tết Nguyên đán "
     "Nhâm Dần năm 2022, báo cáo Trưởng ban xem xét",
     [("KH", None, None, "Kế hoạch cao điểm chống buôn lậu, gian lận thương mại và hàng giả trong dịp Tết Nguyên đán "
       "Nhâm Dần năm 2022", [])]),
    ("theo quy định của Luật Đất đai năm 2024 và các văn bản hướng dẫn", [("LUẬT", None, 2024, "Luật Đất đai năm 2024", [])]),
    ("bị truy cứu theo Bộ luật Hình sự.", [("BỘ LUẬT", None, None, "Bộ luật Hình sự", [])]),
    ("g) Biện pháp khác theo quy định của Luật An ninh quốc gia", [("LUẬT", None, None, "Luật An ninh quốc gia", [])]),
    ("triển khai Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025; đồng thời",
     [("CTr", None, None, "Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025", [])]),
    ("thực hiện Chiến lược quốc gia phòng, chống tham nhũng đến năm 2030, bảo đảm",
     [("CL", None, None, "Chiến lược quốc gia phòng, chống tham nhũng đến năm 2030", [])]),
    ("Chỉ thị số 18/CT-TTg ngày 30 tháng 5 năm 2023 của Thủ tướng Chính phủ “Về đẩy mạnh kết nối, chia sẻ dữ liệu”.",
     [("CT", "18", 2023, "đẩy mạnh kết nối, chia sẻ dữ liệu", [])]),
    ("Chỉ thị số 17/CT-TTg ngày 19/6/2018 về tăng cường đấu tranh chống buôn lậu, gian lận thương mại; Quyết định",
     [("CT", "17", 2018, "tăng cường đấu tranh chống buôn lậu, gian lận thương mại", [])]),
    ("(Điều 1 Luật số 24/2018/QH14 An ninh mạng ngày 12/06/2018 của Quốc hội, có hiệu lực)",
     [("LUẬT", "24", 2018, "An ninh mạng", [])]),
    ("Công văn số 55/BTC-TCT V/v hướng dẫn quyết toán thuế.", [("CV", "55", None, "hướng dẫn quyết toán thuế", [])]),
    ("Kế hoạch triển khai. Kế hoạch hành động được ban hành", []),  # sentence start, unquoted
    # Where a law's name ends: a capitalised name goes on through lower-case words until a word
    # that opens a new phrase, a year, a number, or a comma that starts a list or a clause.
    ("Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;",
     [("LUẬT", None, 2025, "Luật Tổ chức Chính phủ", [])]),
    ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
     [("LUẬT", None, 2025, "Luật Tổ chức chính quyền địa phương", [])]),
    ("Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 19 tháng 02 năm 2025;",
     [("LUẬT", None, 2025, "Luật Ban hành văn bản quy phạm pháp luật", [])]),
    ("rà soát, sửa đổi, bổ sung Luật Các tổ chức tín dụng; trình Quốc hội",
     [("LUẬT", None, None, "Luật Các tổ chức tín dụng", [])]),
    ("tổ chức triển khai thi hành Luật Việc làm trong phạm vi Thành phố",
     [("LUẬT", None, None, "Luật Việc làm", [])]),
    ("trong việc triển khai thi hành Luật Việc làm trên địa bàn Thành phố",
     [("LUẬT", None, None, "Luật Việc làm", [])]),
    ("văn bản quy định chi tiết Luật Việc làm thuộc phạm vi quản lý",
     [("LUẬT", None, None, "Luật Việc làm", [])]),
    ("ban hành văn bản để triển khai các quy định mới của Luật khi có hiệu lực", []),
    ("đối tượng quy định tại khoản 1 Điều 77 Luật Nhà ở 2023 thuê.", [("LUẬT", None, 2023, "Luật Nhà ở 2023", [])]),
    ("tại Điều 14 Luật Nhà ở 2023 quyết định lựa chọn đơn vị quản lý", [("LUẬT", None, 2023, "Luật Nhà ở 2023", [])]),
    ("tổ chức lại theo quy định của Luật Giáo dục đại học và quy định pháp luật có liên quan.",
     [("LUẬT", None, None, "Luật Giáo dục đại học", [])]),
    ("theo quy định của Luật Ngân sách nhà nước và Luật Việc làm, Luật Đầu tư công và pháp luật có liên quan.",
     [("LUẬT", None, None, "Luật Ngân sách nhà nước", []), ("LUẬT", None, None, "Luật Việc làm", []),
      ("LUẬT", None, None, "Luật Đầu tư công", [])]),
    ("quy định tại khoản 2 Điều 5 của Luật Bảo hiểm xã hội và Điều 15 của Nghị định này",
     [("LUẬT", None, None, "Luật Bảo hiểm xã hội", [])]),
    ("được báo cáo theo Luật Bảo hiểm xã hội hoặc văn bản hướng dẫn", [("LUẬT", None, None, "Luật Bảo hiểm xã hội", [])]),
    ("theo quy định của Luật Thuế thu nhập doanh nghiệp cụ thể thế nào?",
     [("LUẬT", None, None, "Luật Thuế thu nhập doanh nghiệp", [])]),
    ("| Luật quản lý, sử dụng tài sản công | | 5 | Quyết định bán tài sản công |",
     [("LUẬT", None, None, "Luật quản lý, sử dụng tài sản công", [])]),
    ("theo lời Luật sư Nguyễn Văn An, người", []),
    ("(Điều 18 Luật Tố cáo.Điều 18.5.NĐ.4.11)", [("LUẬT", None, None, "Luật Tố cáo", [])]),
    ("xử lý theo quy định tại Luật Tố cáo và khoản 4 Điều 15 Nghị định này", [("LUẬT", None, None, "Luật Tố cáo", [])]),
    ("tổ chức thi hành Luật Bình đẳng giới đồng thời kiểm tra", [("LUẬT", None, None, "Luật Bình đẳng giới", [])]),
    ("theo quy định của Luật các tổ chức tín dụng cam kết bảo lãnh", [("LUẬT", None, None, "Luật các tổ chức tín dụng", [])]),
    ("Hội cựu chiến binh theo Pháp lệnh Cựu chiến binh gồm các nội dung", [("PL", None, None, "Pháp lệnh Cựu chiến binh", [])]),
    ("Thông qua Báo cáo về dự án Luật Viên chức (sửa đổi) theo đề nghị của Bộ Nội vụ",
     [("LUẬT", None, None, "Luật Viên chức (sửa đổi)", [])]),
    # The reports that go with a bill are named; a named phrase before a number is that number's.
    ("Điều 1. Thông qua Báo cáo tiếp thu, giải trình ý kiến của các vị đại biểu Quốc hội về dự án Luật Viên chức "
     "(sửa đổi) theo đề nghị của Bộ Nội vụ",
     [("BC", None, None, "Báo cáo tiếp thu, giải trình ý kiến của các vị đại biểu Quốc hội về dự án Luật Viên chức", []),
      ("LUẬT", None, None, "Luật Viên chức (sửa đổi)", [])]),
    ("đề nghị các đơn vị gửi Báo cáo kết quả thực hiện trước ngày 15/12", []),
    ("theo Báo cáo thẩm tra số 117/BC-BĐT ngày 2/3/2025 của Ban", [("BC", "117", 2025, None, [])]),
    ("theo Kế hoạch cao điểm chống buôn lậu số 12/KH-BCĐ389 ngày 10/01/2025", [("KH", "12", 2025, None, [])]),
    # Commas inside a law's name coordinate short words; a comma before a clause ends it.
    ("Căn cứ Luật Phòng, chống tham nhũng năm 2018, các cơ quan",
     [("LUẬT", None, 2018, "Luật Phòng, chống tham nhũng năm 2018", [])]),
    ("theo Luật Phòng, chống tác hại của rượu, bia 2019 và", [("LUẬT", None, 2019, "Luật Phòng, chống tác hại của rượu, bia 2019", [])]),
    ("báo cáo tình hình thực hiện Luật An toàn, vệ sinh lao động 2015.",
     [("LUẬT", None, 2015, "Luật An toàn, vệ sinh lao động 2015", [])]),
    ("Căn cứ tại khoản 1 Điều 11 Luật Cán bộ, công chức 2025 có nêu rõ",
     [("LUẬT", None, 2025, "Luật Cán bộ, công chức 2025", [])]),
    ("theo Luật Trật tự, an toàn giao thông đường bộ; xử lý", [("LUẬT", None, None, "Luật Trật tự, an toàn giao thông đường bộ", [])]),
    ("theo Luật Đất đai, tạo điều kiện cho người dân", [("LUẬT", None, None, "Luật Đất đai", [])]),
    ("theo Luật Chứng khoán, việc hoán đổi cổ phần được thực hiện", [("LUẬT", None, None, "Luật Chứng khoán", [])]),
    ("theo Luật Đất đai, bảo đảm quyền của người sử dụng đất", [("LUẬT", None, None, "Luật Đất đai", [])]),
    ("theo quy định của Bộ luật Dân sự 2015 để thực hiện quyền", [("BỘ LUẬT", None, 2015, "Bộ luật Dân sự 2015", [])]),
    ("theo Luật Đầu tư theo phương thức đối tác công tư, Luật Hải quan;",
     [("LUẬT", None, None, "Luật Đầu tư theo phương thức đối tác công tư", []), ("LUẬT", None, None, "Luật Hải quan", [])]),
    ("chế độ theo Pháp lệnh Ưu đãi người có công với cách mạng năm 2020;",
     [("PL", None, 2020, "Pháp lệnh Ưu đãi người có công với cách mạng năm 2020", [])]),
    ("Kinh phí thực hiện Chiến lược bao gồm nguồn vốn từ ngân sách nhà nước", []),
    # Unnumbered instruments named by issuer and subject when they are to be issued, and Party
    # plenums' resolutions; a body's working rules.
    ("Xét đề nghị của Bộ Công Thương về dự thảo Chỉ thị của Thủ tướng Chính phủ về việc đẩy mạnh sản xuất, "
     "phân phối và sử dụng nhiên liệu sinh học tại Việt Nam, Phó Thủ tướng có ý kiến",
     [("CT", None, None, "Chỉ thị của Thủ tướng Chính phủ về việc đẩy mạnh sản xuất, phân phối và sử dụng "
       "nhiên liệu sinh học tại Việt Nam", [])]),
    ("Giao Đảng uỷ Quốc hội chỉ đạo ban hành Nghị quyết về tiêu chuẩn của đơn vị hành chính và phân loại đô thị; giao",
     [("NQ", None, None, "Nghị quyết về tiêu chuẩn của đơn vị hành chính và phân loại đô thị", [])]),
    ("Bộ Tài chính hoàn thiện dự thảo Nghị định quy định chi tiết về Quỹ nhà ở quốc gia, Thủ tướng cho rằng",
     [("NĐ", None, None, "Nghị định quy định chi tiết về Quỹ nhà ở quốc gia", [])]),
    ("Xem toàn văn dự thảo Nghị định về kê khai thuế của hộ kinh doanh từ năm 2026 chi tiết ra sao?",
     [("NĐ", None, None, "Nghị định về kê khai thuế của hộ kinh doanh từ năm 2026 chi tiết ra sao", [])]),
    ("Ủy ban nhân dân cấp tỉnh ban hành Quyết định về định mức kinh tế - kỹ thuật áp dụng trên địa bàn", []),
    ("Bộ Tài chính đang lấy ý kiến dự thảo Thông tư quy định hồ sơ; và", []),  # a topic, not one instrument
    ("triển khai Nghị quyết của Quốc hội về dự toán ngân sách nhà nước năm 2026", []),  # a description: left to its number
    ("ban hành các văn bản hướng dẫn Luật, trong đó có Nghị quyết của Ủy ban Thường vụ Quốc hội về tiêu chuẩn", []),
    ("Kết luận của Ban Chấp hành Trung ương, Bộ Chính trị đã đề ra các chủ trương", []),
    ("xây dựng nền văn hoá được xác định trong Nghị quyết Trung ương 5 (khoá VIII), riêng đối với",
     [("NQ", None, None, "Nghị quyết Trung ương 5 (khoá VIII)", [])]),
    ("theo tinh thần Nghị quyết Trung ương 6 khóa XII về tiếp tục đổi mới hệ thống tổ chức; và",
     [("NQ", None, None, "Nghị quyết Trung ương 6 khóa XII về tiếp tục đổi mới hệ thống tổ chức", [])]),
    ("thực hiện Kết luận Hội nghị Trung ương lần thứ 13 Ban Chấp hành Trung ương Đảng khóa XIII về kinh tế - xã hội; giao",
     [("KL", None, None, "Kết luận Hội nghị Trung ương lần thứ 13 Ban Chấp hành Trung ương Đảng khóa XIII về kinh tế - xã hội", [])]),
    ("Nghị định số 39/2022/NĐ-CP của Chính phủ ban hành Quy chế làm việc của Chính phủ;",
     [("NĐ", "39", 2022, "ban hành Quy chế làm việc của Chính phủ", []), ("QC", None, None, "Quy chế làm việc của Chính phủ", [])]),
    ("bảo đảm xử lý kịp thời tin báo theo đúng Quy chế tiếp nhận, xử lý tin báo về buôn lậu.", []),
    # A capitalised `Kế hoạch`/`Chương trình` that refers to the document itself, followed by a
    # predicate (an adverb, or a verb with a preposition and no object), is no name.
    ("Các đơn vị được giao thực hiện các nhiệm vụ thuộc Kế hoạch lập dự toán kinh phí và chủ động cân đối", []),
    ("Đối với Kế hoạch triển khai tại cơ quan đơn vị hoặc lồng ghép trong chương trình công tác", []),
    ("bảo đảm triển khai Kế hoạch hiệu quả theo từng năm, và cả giai đoạn", []),
    ("các đơn vị xây dựng Kế hoạch hằng năm", []),
    ("Nội dung Chương trình xây dựng trên cơ sở rà soát, cân đối các nguồn lực", []),
    ("tổ chức thực hiện Chương trình đảm bảo kết hợp hài hòa giữa mục tiêu ngắn hạn", []),
    ("thực hiện Kế hoạch hành động về thúc đẩy tạo lập dữ liệu; và",
     [("KH", None, None, "Kế hoạch hành động về thúc đẩy tạo lập dữ liệu", [])]),
    # Names that stay names in lower case: national target programmes, Party plenums' documents.
    ("tổ chức thực hiện hiệu quả chương trình mục tiêu quốc gia về phát triển văn hoá giai đoạn 2025 - 2035, "
     "tổng hợp kết quả", [("CTr", None, None, "chương trình mục tiêu quốc gia về phát triển văn hoá giai đoạn "
                           "2025 - 2035", [])]),
    ("thực hiện chương trình mục tiêu quốc\ngia về giảm nghèo bền vững giai đoạn 2021 - 2025;",
     [("CTr", None, None, "chương trình mục tiêu quốc gia về giảm nghèo bền vững giai đoạn 2021 - 2025", [])]),
    ("về việc triển khai kết luận Hội nghị Trung ương lần thứ 13 Ban Chấp hành Trung ương Đảng khóa XIII về kinh tế "
     "- xã hội năm 2025-2026; giao", [("KL", None, None, "kết luận Hội nghị Trung ương lần thứ 13 Ban Chấp hành "
                                     "Trung ương Đảng khóa XIII về kinh tế - xã hội năm 2025-2026", [])]),
    ("các chương trình mục tiêu của tỉnh và chương trình công tác năm", []),
    # A heading without final punctuation ends at the line; the next sentence's date is not the law's.
    ("Chính phủ thống nhất dự án Pháp lệnh sửa đổi Pháp lệnh Cảnh sát môi trường\nNgày 21/11/2025, Chính phủ",
     [("PL", None, None, "Pháp lệnh sửa đổi Pháp lệnh Cảnh sát môi trường", []),
      ("PL", None, None, "Pháp lệnh Cảnh sát môi trường", [])]),
    ("thống nhất dự án Luật Viên chức\nTheo đó, Chính phủ", [("LUẬT", None, None, "Luật Viên chức", [])]),
    # A list under one type word gives one law per item.
    ("sửa đổi, bổ sung một số điều của Luật: Chứng khoán, Kế toán, Quản lý, sử dụng tài sản công, "
     "Thuế thu nhập cá nhân, Luật Dự trữ quốc gia và Luật Xử lý vi phạm hành chính;",
     [("LUẬT", None, None, "Luật Chứng khoán", []), ("LUẬT", None, None, "Luật Kế toán", []),
      ("LUẬT", None, None, "Luật Quản lý, sử dụng tài sản công", []), ("LUẬT", None, None, "Luật Thuế thu nhập cá nhân", []),
      ("LUẬT", None, None, "Luật Dự trữ quốc gia", []), ("LUẬT", None, None, "Luật Xử lý vi phạm hành chính", [])]),
    ("Sửa đổi các Bộ luật: Hình sự, Tố tụng hình sự.",
     [("BỘ LUẬT", None, None, "Bộ luật Hình sự", []), ("BỘ LUẬT", None, None, "Bộ luật Tố tụng hình sự", [])]),
    # A name ends where the instrument that issued or approved it is named.
    ("thực hiện Chiến lược phát triển lĩnh vực phát thanh, truyền hình và thông tin điện tử giai đoạn 2021 - 2025 "
     "được ban hành kèm theo Quyết định 512/QĐ-BTTTT năm 2023",
     [("CL", None, None, "Chiến lược phát triển lĩnh vực phát thanh, truyền hình và thông tin điện tử giai đoạn 2021 - 2025", []),
      ("QĐ", "512", 2023, None, [])]),
    ("triển khai Kế hoạch cao điểm phòng, chống buôn lậu dịp Tết Nguyên đán ban hành kèm theo Quyết định số 12/QĐ-BCĐ389",
     [("KH", None, None, "Kế hoạch cao điểm phòng, chống buôn lậu dịp Tết Nguyên đán", []), ("QĐ", "12", None, None, [])]),
    ("thực hiện Đề án phát triển du lịch cộng đồng đã được phê duyệt tại Quyết định số 45/QĐ-UBND ngày 2/3/2024",
     [("ĐA", None, None, "Đề án phát triển du lịch cộng đồng", []), ("QĐ", "45", 2024, None, [])]),
    ("quy định tại khoản 1 Điều 35 Luât Phòng chống tham nhũng 2018 gồm",
     [("LUẬT", None, 2018, "Luât Phòng chống tham nhũng 2018", [])]),
    ("theo quy định của Luât xử lý vi phạm hành chính, trong đó", [("LUẬT", None, None, "Luât xử lý vi phạm hành chính", [])]),
    # A table's next cell or a next line opening with a person's title ends a name; a title
    # broken over the line does not.
    ("Xây dựng, triển khai Đề án chuyển đổi số trong lĩnh vực Văn hóa\nGiám đốc Trung tâm Chuyển đổi số\nQuý IV",
     [("ĐA", None, None, "Đề án chuyển đổi số trong lĩnh vực Văn hóa", [])]),
    ("triển khai Đề án chuyển đổi số trong lĩnh vực Văn hóa\tGiám đốc Trung tâm Chuyển đổi số",
     [("ĐA", None, None, "Đề án chuyển đổi số trong lĩnh vực Văn hóa", [])]),
    ("triển khai Kế hoạch phòng, chống thiên tai năm 2025     Sở Nông nghiệp và Môi trường",
     [("KH", None, None, "Kế hoạch phòng, chống thiên tai năm 2025", [])]),
    ("theo Luật Ngân sách\nNhà nước năm 2015", [("LUẬT", None, 2015, "Luật Ngân sách Nhà nước năm 2015", [])]),
    ("triển khai Kế hoạch hỗ trợ đồng bào\nThiếu tướng Nguyễn Văn A chỉ đạo", [("KH", None, None, "Kế hoạch hỗ trợ đồng bào", [])]),
    # A manner adverb after the type word is the document itself doing something, not a name.
    ("Yêu cầu các đơn vị thực hiện Kế hoạch nghiêm túc, hiệu quả./", []),
    ("triển khai Chương trình có hiệu quả, đúng tiến độ", []),
    ("tổ chức thực hiện Kế hoạch đầy đủ các nội dung", []),
    # A plan named by two words is a kind of plan; by three or more, one plan.
    ("Đơn vị xây dựng Kế hoạch kiểm tra, trình Giám đốc", []),
    ("Hằng năm, các trường lập Kế hoạch tuyển sinh gửi Sở", []),
    ("các trường lập Kế hoạch tuyển sinh vào lớp 10 gửi Sở Giáo dục và Đào tạo",
     [("KH", None, None, "Kế hoạch tuyển sinh vào lớp 10", [])]),
    ("phê duyệt Đề án tổng thể, trong đó", []),
    ("xây dựng Đề án phát triển Văn phòng Thừa phát lại tại địa phương trình Ủy ban nhân dân tỉnh phê duyệt",
     [("ĐA", None, None, "Đề án phát triển Văn phòng Thừa phát lại tại địa phương", [])]),
    ("Chương trình truyền hình được phát sóng", []),
    ("triển khai Chiến lược dữ liệu quốc gia; bảo đảm", [("CL", None, None, "Chiến lược dữ liệu quốc gia", [])]),
    ("hưởng ứng Chương trình Tết Sum vầy năm 2026", [("CTr", None, None, "Chương trình Tết Sum vầy năm 2026", [])]),
    # A plan named after the instrument it carries out is named through that number; a plan whose
    # type word is followed by verbs of carrying out and a preposition is the document itself.
    ("Xây dựng Kế hoạch triển khai Thông báo kết luận số 196-TB/TW ngày 10/5/2025 của Bộ Chính trị.",
     [("KH", None, None, "Kế hoạch triển khai Thông báo kết luận số 196-TB/TW", []), ("TB", "196", 2025, None, [])]),
    ("ban hành kèm theo Quyết định này Kế hoạch triển khai Quyết định số 06/QĐ-TTg ngày\n02 tháng 01 năm 2025",
     [("KH", None, None, "Kế hoạch triển khai Quyết định số 06/QĐ-TTg", []), ("QĐ", "06", 2025, None, [])]),
    ("thực hiện Chương trình hành động thực hiện Nghị quyết số 46-NQ/TW của Bộ Chính trị",
     [("CTr", None, None, "Chương trình hành động thực hiện Nghị quyết số 46-NQ/TW của Bộ Chính trị", []),
      ("NQ", "46", None, None, [])]),
    ("Các đơn vị triển khai Kế hoạch triển khai thực hiện trên địa bàn tỉnh Nghệ An.", []),
    ("Các phòng triển khai Kế hoạch tổ chức thực hiện tại các xã.", []),
    ("triển khai Kế hoạch số 12/KH-UBND thực hiện Nghị quyết số 57-NQ/TW", [("KH", "12", None, None, []),
                                                                          ("NQ", "57", None, None, [])]),
    # One body's plan for a year is named by year and issuer; a body's name cut by its comma goes on.
    ("Triển khai Kế hoạch năm 2025 của Ban chỉ đạo của Bộ Văn hóa, Thể thao và Du lịch về phát triển khoa học, "
     "công nghệ, đổi mới sáng tạo và chuyển đổi số.",
     [("KH", None, None, "Kế hoạch năm 2025 của Ban chỉ đạo của Bộ Văn hóa, Thể thao và Du lịch về phát triển khoa "
       "học, công nghệ, đổi mới sáng tạo và chuyển đổi số", [])]),
    ("theo Chương trình công tác năm 2025 của Ban chỉ đạo Trung ương triển khai xóa nhà tạm, nhà dột nát",
     [("CTr", None, None, "Chương trình công tác năm 2025 của Ban chỉ đạo Trung ương triển khai xóa nhà tạm, nhà dột nát", [])]),
    ("Kế hoạch năm 2025 đã được phê duyệt", []),
    # a report named by whose opinions it answers is one of many; one that says what it is about is one
    ("trình Báo cáo tiếp thu, giải trình ý kiến thẩm định của Bộ Lao động - Thương binh và Xã hội, Bộ Tư pháp", []),
    ("Thông qua Báo cáo tiếp thu, giải trình ý kiến của các vị đại biểu Quốc hội về dự án Luật Viên chức (sửa đổi) theo",
     [("BC", None, None, "Báo cáo tiếp thu, giải trình ý kiến của các vị đại biểu Quốc hội về dự án Luật Viên chức", []),
      ("LUẬT", None, None, "Luật Viên chức (sửa đổi)", [])]),
    # A law's date after a line break that follows `ngày` is still the law's.
    ("*Căn cứ Luật Tổ chức chính quyền địa phương ngày\n19 tháng 6 năm 2015;*",
     [("LUẬT", None, 2015, "Luật Tổ chức chính quyền địa phương", [])]),
    # An unnumbered decree named by its subject is one to be issued when the text says so after it.
    ("Thực tiễn đòi hỏi **Nghị định quy định xử phạt vi phạm hành chính trong lĩnh vực đất đai** sớm được hoàn "
     "thiện để", [("NĐ", None, None, "Nghị định quy định xử phạt vi phạm hành chính trong lĩnh vực đất đai", [])]),
    ("Thông tư quy định về chế độ báo cáo thống kê ngành tư pháp cần sớm được ban hành",
     [("TT", None, None, "Thông tư quy định về chế độ báo cáo thống kê ngành tư pháp", [])]),
    ("Nghị định quy định xử phạt vi phạm hành chính trong lĩnh vực đất đai được ban hành năm 2024", []),
    ("**Nghị định quy định xử phạt vi phạm hành chính trong lĩnh vực đất đai**", []),
    # A law named before its number takes no other law's number into its name.
    ("Tuân thủ Luật An toàn thông tin mạng số 86/2015/QH13, Luật An ninh mạng số 24/2018/QH14.",
     [("LUẬT", "86", 2015, "An toàn thông tin mạng", []), ("LUẬT", "24", 2018, "An ninh mạng", [])]),
    # Abbreviations inside a name are read out, so one instrument named both ways is one; inside a
    # law's name TTHC is tố tụng hành chính, elsewhere thủ tục hành chính.
    ("quy định của Luật Ban hành VBQPPL năm 2025 về",
     [("LUẬT", None, 2025, "Luật Ban hành văn bản quy phạm pháp luật năm 2025", [])]),
    ("theo Luật NSNN, Luật Đầu tư công", [("LUẬT", None, None, "Luật Ngân sách nhà nước", []),
                                          ("LUẬT", None, None, "Luật Đầu tư công", [])]),
    ("khởi kiện theo Luật TTHC được gửi tới Tòa án", [("LUẬT", None, None, "Luật Tố tụng hành chính", [])]),
    ("đóng theo Luật BHXH thì ghi mã số", [("LUẬT", None, None, "Luật Bảo hiểm xã hội", [])]),
    ("thực hiện Chương trình MTQG giảm nghèo bền vững giai đoạn 2021 - 2025",
     [("CTr", None, None, "Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025", [])]),
    ("theo Nghị định số 12/2025/NĐ-CP về cắt giảm TTHC trong lĩnh vực BHXH",
     [("NĐ", "12", 2025, "cắt giảm thủ tục hành chính trong lĩnh vực bảo hiểm xã hội", [])]),
    ("theo Quyết định số 5/QĐ-UBND về phân bổ vốn NSNN-TW", [("QĐ", "5", None, "phân bổ vốn NSNN-TW", [])]),
    # a guideline a numbered instrument issues is one; how to fill its form or another rule's guide is none
    ("theo Hướng dẫn chẩn đoán và điều trị COVID-19 ban hành kèm theo Quyết định số 250/QĐ-BYT ngày 28/01/2022",
     [("HD", None, None, "Hướng dẫn chẩn đoán và điều trị COVID-19", []), ("QĐ", "250", 2022, None, [])]),
    ("theo Hướng dẫn lập mẫu Phụ lục II ban hành kèm theo Thông tư 200/2014/TT-BTC", [("TT", "200", 2014, None, [])]),
    ("Hướng dẫn thực hiện Quy chế quản lý tiền ban hành kèm theo Quyết định số 12/2020/QĐ-NHNN",
     [("QC", None, None, "Quy chế quản lý tiền", []), ("QĐ", "12", 2020, None, [])]),
]


@pytest.mark.parametrize("text,expected", NAMED)
def test_named_and_subjects(text, expected):
    got = [(m.type, m.number, m.year, m.name, m.aliases) for m in find_instruments(nfc(text))]
    assert got == expected


ISSUERS = [
    ("Chỉ thị số 17/CT-TTg", ["Thủ tướng Chính phủ"]),
    ("Nghị quyết số 45/2019/QH14", ["Quốc hội khóa XIV"]),
    ("Pháp lệnh số 02/2022/UBTVQH15", ["Ủy ban Thường vụ Quốc hội khóa XV"]),
    ("Thông tư liên tịch số 85/2016/TTLT-BTC-BCA", ["Bộ Tài chính, Bộ Công an"]),
    ("Quyết định số 7/QĐ-UBND ngày 2/1/2024 của UBND tỉnh Lào Cai về", ["Ủy ban nhân dân tỉnh Lào Cai"]),
    ("Chỉ thị số 18 ngày 30/5/2023 của Thủ tướng Chính phủ “Về", ["Thủ tướng Chính phủ"]),
    ("Quyết định số 9/QĐ-XYZ của Bộ Tài chính về", ["Bộ Tài chính"]),
    ("Quyết định số 9/QĐ-XYZ", [None]),  # an unknown issuer code still parses
    ("Cục Thuế đã có công văn số 5106/CT-CS ngày 12/11/2025", ["Cục Thuế"]),  # the công văn's own issuer code
    ("Quyết định số 2/QĐ-UBND và số 3/QĐ-UBND ngày 2/1/2024 của UBND tỉnh Hà Giang",
     ["Ủy ban nhân dân tỉnh Hà Giang", "Ủy ban nhân dân tỉnh Hà Giang"]),
]


@pytest.mark.parametrize("text,expected", ISSUERS)
def test_issuers(text, expected):
    assert [m.issuer for m in find_instruments(nfc(text))] == expected


CORPUS = [
    # Real sentences from the phapdien corpus: (sentence, [(type, number, symbol, year, date)]).
    ("(Điều 1 Nghị định số 13/2023/NĐ-CP Bảo vệ dữ liệu cá nhân ngày 17/04/2023 của Chính phủ, có hiệu lực thi hành kể từ ngày 01/07/2023)",
     [("NĐ", "13", "NĐ-CP", 2023, "2023-04-17")]),
    ("(Điều 2 Luật số 24/2018/QH14, có hiệu lực thi hành kể từ ngày 01/01/2019)", [("LUẬT", "24", "QH14", 2018, None)]),
    ("của Luật 05/2022/QH15 Điện ảnh ban hành ngày 15/06/2022;", [("LUẬT", "05", "QH15", 2022, "2022-06-15")]),
    ("của Nghị định 165/2018/NĐ-CP Về giao dịch điện tử trong hoạt động tài chính ban hành ngày 24/12/2018)",
     [("NĐ", "165", "NĐ-CP", 2018, "2018-12-24")]),
    ("(Điều 4 Thông tư liên tịch số 133/1999/TTLT/BTC-BTM-BCN, có hiệu lực thi hành kể từ ngày 01/12/1999)",
     [("TTLT", "133", "TTLT/BTC-BTM-BCN", 1999, None)]),
    ("(Điều 2 Thông tư liên tịch số 02/2007/TTLT-BCA-BLĐTBXH-BTC, có hiệu lực thi hành kể từ ngày 25/04/2007)",
     [("TTLT", "02", "TTLT-BCA-BLĐTBXH-BTC", 2007, None)]),
    ("theo quy định của Thông tư số 13/2021/TT-BYT ngày 16 tháng 9 năm 2021 của Bộ trưởng Bộ Y tế quy định cấp số lưu hành",
     [("TT", "13", "TT-BYT", 2021, "2021-09-16")]),
    ("của Luật 28/2013/QH13 Phòng, chống khủng bố ban hành ngày 12/06/2013)", [("LUẬT", "28", "QH13", 2013, None)]),
    ("(Điều 3 Pháp lệnh số 02/2022/UBTVQH15, có hiệu lực thi hành kể từ ngày 01/07/2023)", [("PL", "02", "UBTVQH15", 2022, None)]),
    ("(Điều 5 Quyết định số 06/2016/QĐ-TTg ngày 25 tháng 02 năm 2016 của Thủ tướng Chính phủ, có hiệu lực)",
     [("QĐ", "06", "QĐ-TTg", 2016, "2016-02-25")]),
    ("(Điều 8 Nghị quyết số 04/2019/NQ-HĐTP, có hiệu lực thi hành kể từ ngày 01/07/2019)", [("NQ", "04", "NQ-HĐTP", 2019, None)]),
    ("(Điều 12 Thông tư số 45/2018/TT-BGTVT, có hiệu lực thi hành kể từ ngày 01/09/2018)", [("TT", "45", "TT-BGTVT", 2018, None)]),
    ("(Điều 2 Bộ luật số 91/2015/QH13, có hiệu lực thi hành kể từ ngày 01/01/2017)", [("BỘ LUẬT", "91", "QH13", 2015, None)]),
    ("| **Số hiệu** | 24/2018/QH14 |", [(None, "24", "QH14", 2018, None)]),
    # Numbers with a dot (the Government's special resolutions), a ballot whose symbol ends with
    # its year, a code joined by `&` with a space after it, a day left blank for the signer's hand.
    ("theo Nghị quyết số 66.7/2025/NQ-CP ngày 15 tháng 5 năm 2025 của Chính phủ",
     [("NQ", "66.7", "NQ-CP", 2025, "2025-05-15")]),
    ("Nghị quyết 66.10/2025/NQ-CP hướng dẫn", [("NQ", "66.10", "NQ-CP", 2025, None)]),
    ("giá thuê 1.500/tháng theo hợp đồng", []),
    ("tại Phiếu lấy ý kiến Thành viên Chính phủ số 1025/PLYK/2025 ngày 23 tháng 11 năm 2025, ý kiến",
     [("PLYK", "1025", "PLYK/2025", 2025, "2025-11-23")]),
    ("tại Công văn số 15972/SXD-QLN& TTBĐS ngày 14 tháng 11 năm 2025 về rà soát",
     [("CV", "15972", "SXD-QLN&TTBĐS", 2025, "2025-11-14")]),
    ("Kế hoạch số 515/KH-BCA-BNN&MT ngày 31 tháng 8 năm 2025", [("KH", "515", "KH-BCA-BNN&MT", 2025, "2025-08-31")]),
    ("theo đề nghị tại Công văn số 4687/STC-GCS ngày tháng 10 năm 2025 về việc", [("CV", "4687", "STC-GCS", 2025, None)]),
    ("Công văn số 12/UBND-KT ngày ..../5/2024 của", [("CV", "12", "UBND-KT", 2024, None)]),
    ("xem xét Tờ trình của Đảng uỷ Chính phủ (Tờ trình số 03-TTr/ĐU, ngày 17/10/2025), Bộ Chính trị",
     [("TTr", "03", "TTr/ĐU", 2025, "2025-10-17")]),
    ("Chương trình số 05-CTr/TU ngày 2/3/2024 của Tỉnh ủy", [("CTr", "05", "CTr/TU", 2024, "2024-03-02")]),
    # A form's or an appendix's code is no instrument.
    ("thực hiện theo Mẫu số 07/TSC-HĐ ban hành kèm theo Nghị định số 186/2025/NĐ-CP",
     [("NĐ", "186", "NĐ-CP", 2025, None)]),
    ("Tờ khai quyết toán theo Mẫu 08/CK-TNCN", []),
    ("chi tiết tại Phụ lục số 02/PL-BTC kèm theo", []),
    # a table of procedures run together: the type word ends one cell, the next row's number follows
    ("Điểm đ khoản 1 Điều 23 Quy chế 193 3.000467 Cấp bản sao văn bằng", []),
    ("khoản 1 Mục III Phụ lục Nghị định 490 2.000908 Cấp bản sao trích lục", []),
    # an option a text weighs is no instrument, unless numbered with `số`
    ("- Phương án 1: (trường hợp có ý kiến của Bộ Chính trị)", []),
    ("Phương án 3 là hợp đồng BT", []),
    ("theo Phương án số 12/PA-UBND ngày 3/4/2025", [("PA", "12", "PA-UBND", 2025, "2025-04-03")]),
    # and so are the codes a form's head lists, glued to the word before it or alone in a cell
    ("báo cáo theo các Mẫu số 03/TSTL-BC, 04/TSTL-BC, 05/TSTL-BC ban hành kèm theo", []),
    ("Hồ sơ gồm các Mẫu số 03, 04, 05 và 06/BHYT-QĐ ban hành kèm theo", []),
    ("Người nộp thuế kê khai theomẫu số 05/KK-TNCN và nộp", []),
    ("| 1 | 01/TK-SDDPNN | Tờ khai thuế sử dụng đất phi nông nghiệp |", []),
    # but a letter listed after a form is a letter, and so is one in a cell with its issuer's code
    ("theo Mẫu số 02/TSTL-BC và 1234/BTC-QLG ngày 5/3/2025", [("CV", "1234", "BTC-QLG", 2025, "2025-03-05")]),
    ("| 1 | 1234/BTC-QLG | Về giá |", [("CV", "1234", "BTC-QLG", None, None)]),
    ("Theo Hướng dẫn liên ngành 3789/HDLN-BHXH-LĐTBXH năm 2020", [("CV", "3789", "HDLN-BHXH-LĐTBXH", 2020, None)]),
    # Issuer codes in their official case: one instrument however it is typed.
    ("Chỉ thị số 17/CT-TTG ngày 19/6/2018", [("CT", "17", "CT-TTg", 2018, "2018-06-19")]),
    ("Nghị định 30/2020/NĐ-Cp", [("NĐ", "30", "NĐ-CP", 2020, None)]),
    ("Văn bản số 73/TTG-CN ngày 2/3/2024", [("CV", "73", "TTg-CN", 2024, "2024-03-02")]),
    ("Luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2019.", []),
    ("Trong Luật này, các từ ngữ dưới đây được hiểu như sau:", []),
    ("Người nào có hành vi vi phạm quy định của Luật này thì tùy theo tính chất", []),
    ("cầu cung cấp dữ liệu cá nhân theo Mẫu số 01, 02 tại Phụ lục của Nghị định này", []),
    ("Thông tư số 01/2014/TT-BGDĐT](https://thuvienphapluat.vn/van-ban/thong-tu-01-2014-tt-bgddt.aspx)",
     [("TT", "01", "TT-BGDĐT", 2014, None)]),
    ("theo Thông tư số 38/2015/TT-BTC ngày 25 tháng 3 năm 2015 của Bộ Tài chính quy định về thủ tục hải quan",
     [("TT", "38", "TT-BTC", 2015, "2015-03-25")]),
    # A year the legal database prints right after the symbol, without `năm`; a period or a
    # date's parts are not a year.
    ("Căn cứ tại tiểu mục 1 Mục 2 Quyết định 1569/QĐ-TTg 2024 nêu rõ quan điểm chung",
     [("QĐ", "1569", "QĐ-TTg", 2024, None)]),
    ("Tại Mục III Kế hoạch 10345/KH-UBND 2025 nêu rõ nhiệm vụ", [("KH", "10345", "KH-UBND", 2025, None)]),
    ("Phụ lục ban hành kèm theo Nghị quyết 306/NQ-CP 2025 có đề cập đến", [("NQ", "306", "NQ-CP", 2025, None)]),
    ("ban hành kèm theo Quy định 366/QĐ-TW 2025. Cụ thể có 2 nhóm tiêu chí", [("QĐ", "366", "QĐ-TW", 2025, None)]),
    ("Toàn văn Quyết định 763/QĐ-BXD 2025, về việc ban hành Quy chế", [("QĐ", "763", "QĐ-BXD", 2025, None)]),
    ("Quyết định 1936/QĐ-TTg 2016 (ha) | Sau khi điều chỉnh (ha)", [("QĐ", "1936", "QĐ-TTg", 2016, None)]),
    ("Kế hoạch 12/KH-UBND 2021 - 2025 của tỉnh", [("KH", "12", "KH-UBND", None, None)]),
    ("Quyết định 45/QĐ-UBND 2021-2030 về quy hoạch", [("QĐ", "45", "QĐ-UBND", None, None)]),
    ("Quyết định 45/QĐ-UBND 2025.12 ha", [("QĐ", "45", "QĐ-UBND", None, None)]),
    ("Nghị định 15/2020/NĐ-CP 2021", [("NĐ", "15", "NĐ-CP", 2020, None)]),
    ("Quyết định 45/QĐ-UBND\n2025 là năm", [("QĐ", "45", "QĐ-UBND", None, None)]),
    # A sentence that opens with a date and reports the issue of the instrument dates it.
    ("Ngày 28 tháng 10 năm 2025, Chủ tịch Ủy ban nhân dân Thành phố đã ban hành Công văn số 3280/UBND-VX về việc",
     [("CV", "3280", "UBND-VX", 2025, "2025-10-28")]),
    ("Ngày 21/11/2025, Bộ Nội vụ đã ban hành Công văn 10988/BNV-CQĐP hướng dẫn",
     [("CV", "10988", "BNV-CQĐP", 2025, "2025-11-21")]),
    ("Ngày 26/9/2025, BHXH tỉnh Thanh Hóa đã ban hành Thông báo 568/TB-BHXH về tên gọi, cơ cấu tổ chức",
     [("TB", "568", "TB-BHXH", 2025, "2025-09-26")]),
    ("Ngày 02/4/2025, Sở Giáo dục & Đào tạo tỉnh Phú Yên ra Hướng dẫn 763/SGDĐT-QLCL năm 2025",
     [("HD", "763", "SGDĐT-QLCL", 2025, "2025-04-02")]),
    ("Ngày 28/3/2025, Cục Thuế có Công văn 348/CT-CS năm 2025 giới thiệu nội dung",
     [("CV", "348", "CT-CS", 2025, "2025-03-28")]),
    ("Ngày 10/11/2025, Chính phủ ban hành Nghị định 293/2025/NĐ-CP quy định mức lương tối thiểu",
     [("NĐ", "293", "NĐ-CP", 2025, "2025-11-10")]),
    ("hết hiệu lực. Ngày 12/04/2025, Tổng Bí thư Tô Lâm đã ký ban hành Nghị quyết 60-NQ/TW năm 2025",
     [("NQ", "60", "NQ/TW", 2025, "2025-04-12")]),
    ("Ngày 5/3/2025, Bộ Tài chính ban hành Thông tư 01/2024/TT-BTC", [("TT", "01", "TT-BTC", 2024, None)]),
    ("Ngày 5/3/2025, Bộ Tài chính triển khai Công văn 12/BTC-CST", [("CV", "12", "BTC-CST", None, None)]),
    ("Ngày 10/12/2025, tại cuộc họp báo, Bộ Tài chính cho biết đã ban hành Công văn 123/BTC-CST",
     [("CV", "123", "BTC-CST", None, None)]),
    ("Ngày 21/11, Bộ Nội vụ đã ban hành Công văn 10988/BNV-CQĐP", [("CV", "10988", "BNV-CQĐP", None, None)]),
    ("Ngày 4/6/2025, UBND tỉnh ban hành Quyết định số 12/QĐ-UBND và Kế hoạch số 5/KH-UBND về",
     [("QĐ", "12", "QĐ-UBND", 2025, "2025-06-04"), ("KH", "5", "KH-UBND", 2025, "2025-06-04")]),
    ("Ngày 4/6/2025, UBND tỉnh ban hành Kế hoạch số 5/KH-UBND thực hiện Nghị quyết số 7/NQ-CP",
     [("KH", "5", "KH-UBND", 2025, "2025-06-04"), ("NQ", "7", "NQ-CP", None, None)]),
    ("Ngày 4/6/2025, UBND tỉnh căn cứ Nghị quyết 12/NQ-CP ban hành Quyết định 7/QĐ-UBND",
     [("NQ", "12", "NQ-CP", None, None), ("QĐ", "7", "QĐ-UBND", None, None)]),
    # The date may stand after an opening clause, a label or the doer, not after a deadline's words.
    ("Đồng thời, Ngày 21 tháng 8 năm 2025, Thuế tỉnh Vĩnh Long đã ban hành Công văn 434/VLO-QLDN2 về việc",
     [("CV", "434", "VLO-QLDN2", 2025, "2025-08-21")]),
    ("**Trả lời:**Ngày 7 tháng 11 năm 2006 Bộ Chính trị ban hành Chỉ thị số 06-CT/TW về việc",
     [("CT", "06", "CT/TW", 2006, "2006-11-07")]),
    ("Phó Thủ tướng Lê Thành Long ngày 5/9/2025 đã ký Quyết định số 1901/QĐ-TTg phê duyệt",
     [("QĐ", "1901", "QĐ-TTg", 2025, "2025-09-05")]),
    ("Sau buổi làm việc với các ngân hàng, ngày 29/5/2025, NHNN đã ban hành Công văn số 4290/NHNN-TD gửi",
     [("CV", "4290", "NHNN-TD", 2025, "2025-05-29")]),
    ("Quyết định số 12/QĐ-UBND ngày 5/3/2025 của UBND tỉnh, ngày 10/3/2025, Sở đã ban hành Kế hoạch số 7/KH-SYT",
     [("QĐ", "12", "QĐ-UBND", 2025, "2025-03-05"), ("KH", "7", "KH-SYT", 2025, "2025-03-10")]),
    ("Doanh nghiệp phải nộp hồ sơ trước ngày 5/3/2025 và có Văn bản số 12/ABC-XY gửi cơ quan thuế",
     [("CV", "12", "ABC-XY", None, None)]),
    ("Nghị định có hiệu lực từ ngày 1/7/2025 và Bộ ban hành Thông tư số 12/TT-BTC",
     [("TT", "12", "TT-BTC", None, None)]),
    ("Sở Y tế tiếp nhận hồ sơ ngày 5/3/2025 và có Văn bản số 12/SYT-NVY trả lời",
     [("CV", "12", "SYT-NVY", None, None)]),
    # Party-style and spaced numbers (typing and OCR).
    ("Văn bản số 9151- CV/BTCTW ngày 29/7/2025 của Ban Tổ chức Trung ương",
     [("CV", "9151", "CV/BTCTW", 2025, "2025-07-29")]),
    ("theo Kết luận số 45 -KL/TW về", [("KL", "45", "KL/TW", None, None)]),
    ("theo chỉ đạo tại Nghị quyết số 68- NQ/TW ngày 04/5/2025", [("NQ", "68", "NQ/TW", 2025, "2025-05-04")]),
    ("các Kết luận số 187, 188- KL/TW ngày 29/8/2025", [("KL", "187", None, None, None), ("KL", "188", "KL/TW", 2025, "2025-08-29")]),
    ("theo Công văn 1234 /BTC-CST", [("CV", "1234", "BTC-CST", None, None)]),
    ("quán triệt Nghị quyết số 68-NQ /TW ngày 4/5/2025", [("NQ", "68", "NQ/TW", 2025, "2025-05-04")]),
    ("theo Kết luận 121-KL/ TW của Bộ Chính trị", [("KL", "121", "KL/TW", None, None)]),
    ("theo mẫu số 02 - ĐTD/SHTT/2020 Phụ lục", []),
    # A công văn's symbol opens with its issuer's code, however much it looks like a type code.
    ("Cục Thuế đã có công văn số 5106/CT-CS ngày 12/11/2025 về việc chính sách thuế",
     [("CV", "5106", "CT-CS", 2025, "2025-11-12")]),
    ("Cục Thuế đã ban hành Công văn 4601/CT-PC năm 2025 về việc tổ chức", [("CV", "4601", "CT-PC", 2025, None)]),
    ("Bộ Tài chính đã có Công văn 3830/QĐ-BTC năm 2025 về việc", [("QĐ", "3830", "QĐ-BTC", 2025, None)]),
    ("ban hành Công văn 1072/HD-SGDĐT năm 2025", [("HD", "1072", "HD-SGDĐT", 2025, None)]),
    ("theo Chỉ thị 11/CT-TTg năm 2025 của Thủ tướng", [("CT", "11", "CT-TTg", 2025, None)]),
    # OCR of signed PDFs misreads the type word's tones and hats; the word still types the number.
    ("Luât số 24/2018/QH14 ngày 12/6/2018", [("LUẬT", "24", "QH14", 2018, "2018-06-12")]),
    ("theo Nghi quyêt số 45/2019/QH14 của Quốc hội", [("NQ", "45", "QH14", 2019, None)]),
    ("thực hiện Chỉ thi số 18 ngày 30/5/2023 của Thủ tướng", [("CT", "18", None, 2023, "2023-05-30")]),
    ("tại Chi thị 13/CT-TTg năm 2025 về tăng cường", [("CT", "13", "CT-TTg", 2025, None)]),
    ("Điều 19 và Điều 22 Nghi định số 172/2013/NĐ-CP của Chính phủ", [("NĐ", "172", "NĐ-CP", 2013, None)]),
    ("theo Quyêt định số 12/QĐ-UBND ngày 2/3/2024", [("QĐ", "12", "QĐ-UBND", 2024, "2024-03-02")]),
    ("Điểm mới Nghị đinh 261 về nhà ở xã hội", [("NĐ", "261", None, None, None)]),
    ("Cách bỏ dấu quy định trong Quyết đính số 240/QĐ ngày 5/3/1984", [("QĐ", "240", "QĐ", 1984, "1984-03-05")]),
    ("kèm theo Thông tu số 01/2024/TT-BTC", [("TT", "01", "TT-BTC", 2024, None)]),
    ("Lạnh 5 độ, trời mưa", []),
    # ... and so does `số` (`sô`, `sổ`, `so`), before a number only.
    ("Luật sô 24/2018/QH14 ngày 12/6/2018", [("LUẬT", "24", "QH14", 2018, "2018-06-12")]),
    ("thực hiện Chỉ thị sô 18 ngày 3/5/2023", [("CT", "18", None, 2023, "2023-05-03")]),
    ("theo công văn sổ 12 ngày 2/3/2024 của Sở", [("CV", "12", None, 2024, "2024-03-02")]),
    ("tại khoản 8 Điều 69 Nghị định sổ 188/2025/NĐ-CP ngày 01 tháng 7 năm 2025", [("NĐ", "188", "NĐ-CP", 2025, "2025-07-01")]),
    ("ghi vào sổ 12 tháng một lần", []),
    # A plan's nickname takes no year or date from what follows it; a short form with `số` does.
    ("Tiếp tục triển khai Đề án 06 năm 2025 trên địa bàn", [("ĐA", "06", None, None, None)]),
    ("báo cáo kết quả thực hiện Đề án 06 ngày 15/3/2025, Bộ Công an đề nghị", [("ĐA", "06", None, None, None)]),
    ("các hoạt động của Đề án 844 quy định tại khoản 1 Mục III", [("ĐA", "844", None, None, None)]),
    ("theo Kế hoạch số 02 ngày 3/1/2025 của Ủy ban", [("KH", "02", None, 2025, "2025-01-03")]),
    ("thực hiện Chỉ thị 18 năm 2023 của Thủ tướng", [("CT", "18", None, 2023, None)]),
]

@pytest.mark.parametrize("text,expected", CORPUS)
def test_corpus_sentences(text, expected):
    assert found(text) == expected


def test_spans_and_surfaces_agree():
    text = "Theo Chỉ thị số 17/CT-TTg ngày 19/6/2018 và Đề án “Phát triển dữ liệu dân cư” (Đề án 06)."
    for m in find_instruments(text):
        assert text[m.span.start:m.span.end] == m.surface


def test_resolve_short_forms_fills_from_full_citation():
    text = ("Chỉ thị số 18/CT-TTg ngày 30 tháng 5 năm 2023 của Thủ tướng Chính phủ. Sau đó, Chỉ thị 18 tiếp tục; "
            "Đề án “Phát triển dữ liệu dân cư” (Đề án 06); triển khai Đề án 06.")
    resolved = resolve_short_forms(find_instruments(text))
    short = [m for m in resolved if m.short_form]
    assert [(m.type, m.number, m.symbol, m.year, m.date, m.surface) for m in short] == [
        ("CT", "18", "CT-TTg", 2023, "2023-05-30", "Chỉ thị 18"), ("ĐA", "06", None, None, None, "Đề án 06")]
    assert short[1].name == "Đề án Phát triển dữ liệu dân cư" and short[1].key == resolved[2].key


LAWS_BY_NAME = [
    # A law named without number or year is the one cited in full under that name.
    ("Căn cứ Luật Đấu thầu số 22/2023/QH15 ngày 23 tháng 6 năm 2023; sửa đổi Luật Đấu thầu, Luật Hải quan.",
     [("LUẬT", "22", 2023), ("LUẬT", "22", 2023), ("LUẬT", None, None)]),
    ("theo Bộ luật Dân sự 2015 và Bộ luật Dân sự.", [("BỘ LUẬT", None, 2015), ("BỘ LUẬT", None, 2015)]),
    ("Căn cứ Luật số 57/2024/QH15 ngày 29 tháng 11 năm 2024 của Quốc hội ban hành Luật sửa đổi, bổ sung một số "
     "điều của Luật Quy hoạch và Luật Đấu thầu; theo", [("LUẬT", "57", 2024), ("LUẬT", "57", 2024),
                                                      ("LUẬT", None, None), ("LUẬT", None, None)]),
    ("Bãi bỏ Quyết định số 636/QĐ-UBND ngày 17/3/2025 của UBND về việc mua sắm. Bãi bỏ Quyết định số 636/QĐ-UBND "
     "ngày 17/3/2025 của UBND tỉnh Quảng Nam về việc", [("QĐ", "636", 2025), ("QĐ", "636", 2025)]),
    ("Bãi bỏ Quyết định số 40/2024/QĐ-UBND ngày 04/10/2024 của Ủy ban nhân dân tỉnh. Căn cứ Quyết định số "
     "40/2024/QĐ-UBND ngày 04/10/2024 của UBND tỉnh về việc", [("QĐ", "40", 2024), ("QĐ", "40", 2024)]),
    # an abbreviated law name is the law spelled out (`GTGT` is giá trị gia tăng)
    ("Căn cứ Luật Thuế giá trị gia tăng số 48/2024/QH15 ngày 26/11/2024. Theo đó, Luật Thuế GTGT quy định như sau.",
     [("LUẬT", "48", 2024), ("LUẬT", "48", 2024)]),
    ("theo Luật sửa đổi Bộ luật Hình sự 2017 và Bộ luật Hình sự 2015.",
     [("LUẬT", None, 2017), ("BỘ LUẬT", None, 2015)]),
    ("Căn cứ Luật Viên chức ngày 15 tháng 11 năm 2010; thông qua dự án Luật Viên chức (sửa đổi);",
     [("LUẬT", None, 2010), ("LUẬT", None, None)]),  # the bill is not the law it revises
    ("so sánh Luật Đất đai 2013, Luật Đất đai 2024 và theo Luật Đất đai.",
     [("LUẬT", None, 2013), ("LUẬT", None, 2024), ("LUẬT", None, None)]),  # which one is unknown
    # `năm` before the year, and `Luật` written with a capital inside `Bộ luật`
    ("theo Luật Đất đai năm 2024. Điều 5 Luật Đất đai quy định", [("LUẬT", None, 2024), ("LUẬT", None, 2024)]),
    ("theo Bộ Luật Hình sự năm 2015 và Điều 215 Bộ Luật Hình sự.", [("BỘ LUẬT", None, 2015), ("BỘ LUẬT", None, 2015)]),
    # a law cited by its date alone is the one numbered of that year
    ("Căn cứ Luật Nhà ở số 27/2023/QH15; theo khoản 1 Điều 121 Luật Nhà ở ngày 27/11/2023 và Điều 5 Luật Nhà ở.",
     [("LUẬT", "27", 2023)] * 3),
    ("Căn cứ Luật Đất đai số 31/2024/QH15; so với Luật Đất đai năm 2013 và Luật Đất đai.",
     [("LUẬT", "31", 2024), ("LUẬT", None, 2013), ("LUẬT", None, None)]),  # which one is unknown
]


NAMED_BEFORE_THE_NUMBER = [
    # the `luật` that ends `pháp luật` is not the type word of the number after it
    ("Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15; Nghị định hướng dẫn thi hành Luật Ban hành "
     "văn bản quy phạm pháp luật;", [("64", "Ban hành văn bản quy phạm pháp luật")] * 2),
    # an amending law broken over lines is named with what it amends, and cites it
    ("Căn cứ Luật Ban hành văn\nbản quy phạm pháp luật số 64/2025/QH15, Luật Sửa đổi, bổ sung một số điều của\n"
     "Luật Ban hành văn bản quy phạm pháp luật số 87/2025/QH15;",
     [("64", "Ban hành văn bản quy phạm pháp luật"),
      ("87", "Sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật"),
      ("64", "Ban hành văn bản quy phạm pháp luật")]),
    ("theo Luật Luật sư số 65/2006/QH11;", [("65", "Luật sư")]),
    # a title that lists nine laws, some with commas in their names, before the amending law's number
    ("Căn cứ Luật sửa đổi, bổ sung\nmột số điều của Luật Chứng khoán, Luật Kế toán, Luật Kiểm toán độc lập, Luật\n"
     "Ngân sách nhà nước, Luật Quản lý, sử dụng tài sản công, Luật Quản lý thuế, Luật\nThuế thu nhập cá nhân, Luật "
     "Dự trữ quốc gia, Luật Xử lý vi phạm hành chính số\n56/2024/QH15;",
     [("56", "sửa đổi, bổ sung một số điều của Luật Chứng khoán, Luật Kế toán, Luật Kiểm toán độc lập, Luật Ngân "
             "sách nhà nước, Luật Quản lý, sử dụng tài sản công, Luật Quản lý thuế, Luật Thuế thu nhập cá nhân, Luật "
             "Dự trữ quốc gia, Luật Xử lý vi phạm hành chính")]
     + [(None, f"Luật {name}") for name in ("Chứng khoán", "Kế toán", "Kiểm toán độc lập", "Ngân sách nhà nước",
                                            "Quản lý, sử dụng tài sản công", "Quản lý thuế", "Thuế thu nhập cá nhân",
                                            "Dự trữ quốc gia", "Xử lý vi phạm hành chính")]),
    # `Luật này` and an article's law are not names of the number's law
    ("trước ngày Luật này có hiệu lực thì áp dụng quy định của Luật Nhập cảnh số 47/2014/QH13;",
     [("47", "Nhập cảnh")]),
]


@pytest.mark.parametrize("text,expected", NAMED_BEFORE_THE_NUMBER)
def test_a_laws_name_before_its_number(text, expected):
    got = resolve_short_forms(find_instruments(nfc(text)))
    assert [(m.number, m.name) for m in got] == expected


RUN_ON_TAILS = [
    # a law the document names, and the sentence going on in lower case after it
    ("Căn cứ Luật Đất đai số 31/2024/QH15; theo Luật Đất đai và người sử dụng đất phải nộp.", ["31", "31"]),
    ("theo Luật Chứng khoán số 54/2019/QH14 thì Luật Chứng khoán không quy định.", ["54", "54"]),
    # the longer name of another law stays: a phrase of a name, two words, or `và` before three
    ("Luật Đầu tư số 61/2020/QH14, Luật Đầu tư theo phương thức đối tác công tư;", ["61", None]),
    ("Luật Giáo dục số 43/2019/QH14 và Luật Giáo dục đại học;", ["43", None]),
    ("Luật Hôn nhân số 1/2000/QH10 và Luật Hôn nhân và gia đình;", ["1", None]),
    # `và` and a word that never goes on with a name
    ("Luật Giám định tư pháp số 13/2012/QH13; theo Luật Giám định tư pháp và không thuộc trường hợp", ["13", "13"]),
]


def test_a_name_never_ends_with_the_and_that_joins_it_to_what_follows():
    found = find_instruments(nfc("hướng dẫn đầy đủ các quy định của Luật Đất đai và có các giải pháp thiết thực."))
    assert [(m.name, m.surface) for m in found] == [("Luật Đất đai", "Luật Đất đai")]


def test_a_number_printed_without_its_type_word_takes_the_type_it_is_cited_with():
    """An English translation's `Law ... No. 97/2015/QH13`, a heading in capitals."""
    for text, expected in [
        ("Căn cứ Luật Phí và lệ phí số 97/2015/QH13;\nPursuant to the Law on Fees and Charges No. 97/2015/QH13;",
         [("LUẬT", "97"), ("LUẬT", "97")]),
        ("THI HÀNH NGHỊ QUYẾT SỐ 201/2025/QH15\nCăn cứ Nghị quyết số 201/2025/QH15 ngày 29/5/2025;",
         [("NQ", "201"), ("NQ", "201")]),
        # two types under one number: which one is unknown
        ("Luật số 5/2020/QH14 và Nghị quyết số 5/2020/QH14; theo số 5/2020/QH14",
         [("LUẬT", "5"), ("NQ", "5"), (None, "5")]),
    ]:
        assert [(m.type, m.number) for m in resolve_short_forms(find_instruments(nfc(text)))] == expected


@pytest.mark.parametrize("text,numbers", RUN_ON_TAILS)
def test_a_name_run_on_into_the_sentence_is_the_law_named_before(text, numbers):
    assert [m.number for m in resolve_short_forms(find_instruments(nfc(text)))] == numbers


KNOWN_LAW_NAMES = [
    # after a law law_names.json knows, a lower-case tail of the sentence, even where the
    # document names the law nowhere else
    ("giao cho cơ quan theo quy định của Luật Quản lý, sử dụng tài sản công tổ chức bán tài sản;",
     ["Luật Quản lý, sử dụng tài sản công"]),
    # one word or `và` after a known law the document also names
    ("theo Luật Nhà ở; tài sản chung theo Luật Nhà ở và vợ chồng;",
     ["Luật Nhà ở", "Luật Nhà ở"]),
    ("theo Luật Quản lý thuế; số thuế theo Luật Quản lý thuế tính trên", ["Luật Quản lý thuế", "Luật Quản lý thuế"]),
    # a known name is never cut to a misread shorter one, nor a newer law's to an older one's
    ("Luật Quản !ý, sử dụng tài sản công; theo Luật Quản lý, sử dụng tài sản công và Luật Quản lý sử dụng tài sản công",
     ["Luật Quản", "Luật Quản lý, sử dụng tài sản công", "Luật Quản lý, sử dụng tài sản công"]),
    ("theo Luật Thương mại và Luật Thương mại điện tử quy định", ["Luật Thương mại", "Luật Thương mại điện tử"]),
    # a known law printed without words inside its name, of the same year
    ("theo Luật Hàng không dân dụng Việt Nam 2006 và khoản 1 Điều 41 Luật Hàng không Việt Nam 2006",
     ["Luật Hàng không dân dụng Việt Nam 2006", "Luật Hàng không dân dụng Việt Nam 2006"]),
    # not a law of another head, nor one whose name goes on
    ("Bộ luật Hình sự 2015 và Bộ luật Tố tụng hình sự 2015", ["Bộ luật Hình sự 2015", "Bộ luật Tố tụng hình sự 2015"]),
    ("Luật Phòng cháy và chữa cháy và Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ",
     ["Luật Phòng cháy và chữa cháy", "Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ"]),
    # a bare `Luật` before a verb is the law spoken of, no name; a known lower-case name stays one
    ("Điều 9 dự thảo Luật trình kèm; dự thảo Luật giao Chính phủ trình Ủy ban Thường vụ Quốc hội điều chỉnh", []),
    ("khoản 2 Điều 8 của Luật trừ trường hợp cơ quan chủ quản đề nghị; Điều 11 của Luật ký và đóng dấu", []),
    ("theo Luật giao dịch điện tử, Luật ký kết, gia nhập và thực hiện điều ước quốc tế và Luật kế toán Việt Nam",
     ["Luật giao dịch điện tử", "Luật ký kết, gia nhập và thực hiện điều ước quốc tế", "Luật kế toán Việt Nam"]),
    # a name ends where a run-on verb begins, known to the gazetteer or not
    ("Pháp lệnh Quảng cáo hết hiệu lực thi hành kể từ ngày Luật này có hiệu lực", ["Pháp lệnh Quảng cáo"]),
    ("văn bản hướng dẫn Pháp lệnh Bảo vệ bí mật nhà nước tiếp tục được áp dụng", ["Pháp lệnh Bảo vệ bí mật nhà nước"]),
    # a longer run-on cut back to a shorter one is cut again
    ("người không làm việc theo Luật Bảo hiểm xã hội không làm việc và không hưởng; khoản 4 Điều 50 của "
     "Luật Bảo hiểm xã hội không được tính", ["Luật Bảo hiểm xã hội", "Luật Bảo hiểm xã hội"]),
    # a known name that ends its line (a heading without a stop) ends there
    ("3. Xây dựng văn bản quy định chi tiết các nội dung được giao trong Luật Việc làm\nSở, ban, ngành thuộc Ủy ban "
     "nhân dân Thành phố có trách nhiệm rà soát", ["Luật Việc làm"]),
]


JOINTLY_AMENDED = [
    # one law amending two, known by their names, `sửa đổi` and its year: the listed laws are its name
    ("bởi khoản 24 Điều 1 Luật Phòng, chống thiên tai và Luật Đê điều sửa đổi 2020; Khoản 17",
     [("Luật Phòng, chống thiên tai và Luật Đê điều sửa đổi 2020", 2020)]),
    ("theo Luật Cán bộ, công chức và Luật Viên chức sửa đổi 2019 thì", [("Luật Cán bộ, công chức và Luật Viên chức sửa đổi 2019", 2019)]),
    # a law with its own year, then its amendment; two laws without one
    ("Luật Sở hữu trí tuệ năm 2005 và Luật Sở hữu trí tuệ sửa đổi năm 2009",
     [("Luật Sở hữu trí tuệ năm 2005", 2005), ("Luật Sở hữu trí tuệ sửa đổi năm 2009", 2009)]),
    ("theo Luật Đất đai và Luật Nhà ở.", [("Luật Đất đai", None), ("Luật Nhà ở", None)]),
    # an amending law's list, with semicolons once names hold commas
    ("theo Luật sửa đổi Luật Đấu thầu; Luật Hải quan; Luật Thuế xuất khẩu, thuế nhập khẩu; Luật Đầu tư công 2025, cụ thể",
     [("Luật sửa đổi Luật Đấu thầu; Luật Hải quan; Luật Thuế xuất khẩu, thuế nhập khẩu; Luật Đầu tư công 2025", 2025)]),
    ("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Quy hoạch;\nCăn cứ Luật Nhà ở;",
     [("Luật sửa đổi, bổ sung một số điều của Luật Quy hoạch", None), ("Luật Nhà ở", None)]),
]


NUMBER_AND_YEAR = [
    # a number with its year, no symbol, after a type whose numbers carry their year
    ("# Ban hành Nghị định 142/2024 Quy định về quản lý kho", [("NĐ", "142", None, 2024)]),
    ("theo Thông tư 35/2024 thế nào?", [("TT", "35", None, 2024)]),
    # completed by the full citation of that number and year; another year is another decree
    ("theo Nghị định 130/2020 và Nghị định số 130/2020/NĐ-CP", [("NĐ", "130", "NĐ-CP", 2020)] * 2),
    ("Nghị định 15/2020 và Nghị định 15/2025", [("NĐ", "15", None, 2020), ("NĐ", "15", None, 2025)]),
    # a plan's number carries no year
    ("Kế hoạch 12/2025 đã nêu", []),
]


PLANS_A_RULE_DESCRIBES = [
    # a kind of plan whose contents a rule lists is no plan of its own
    ("Theo đó, Kế hoạch tuyển sinh trung học phổ thông bao gồm các nội dung cơ bản sau: đối tượng", []),
    ("Hồ sơ gồm: Đề án thành lập khu công nghệ cao gồm các nội dung sau:", []),
    # a Q&A page's question ends a plan's name
    ("Mục tiêu của Chương trình hành động bảo vệ, chăm sóc và nâng cao sức khỏe Nhân dân ra sao?",
     ["Chương trình hành động bảo vệ, chăm sóc và nâng cao sức khỏe Nhân dân"]),
    # one plan, or one of a period, still is
    ("triển khai Kế hoạch tuyển sinh trung học phổ thông năm học 2025-2026 của tỉnh.",
     ["Kế hoạch tuyển sinh trung học phổ thông năm học 2025-2026 của tỉnh"]),
]


ISSUED_WITH = [
    # a plan's name ends at the instrument it was issued with, with or without `theo`
    ("Căn cứ Kế hoạch tuyển sinh lớp 10 THPT tỉnh Nghệ An ban hành kèm Quyết định 839/QĐ-UBND năm 2025 thì lịch thi "
     "vào lớp 10 diễn ra vào ngày 3/6.",
     [("KH", "Kế hoạch tuyển sinh lớp 10 THPT tỉnh Nghệ An"), ("QĐ", None)]),
    ("Theo Chương trình giáo dục phổ thông 2018 được ban hành kèm Thông tư 32/2018/TT-BGDĐT, học sinh lớp 10 học 8 môn.",
     [("CTr", "Chương trình giáo dục phổ thông 2018"), ("TT", None)]),
]


@pytest.mark.parametrize("text", [
    "Sở Tài chính có thể giao cho các Phòng Tài chính - Kế hoạch sử dụng đường truyền kết nối.",
    "Phòng Tài chính – Kế hoạch cấp huyện có trách nhiệm rà soát.",
    "Chi cục Dân số - Kế hoạch hóa gia đình tỉnh thực hiện.",
])
def test_a_plan_inside_a_bodys_name_is_no_plan(text):
    assert find_instruments(nfc(text)) == []


@pytest.mark.parametrize("text, expected", [
    # a show or an event a plan organises is no programme
    ("Tổ chức Chương trình bắn pháo hoa nghệ thuật và Chương trình đón chào năm mới 2026 tại quảng trường.", []),
    ("Tổ chức Chương trình nghệ thuật đặc biệt chào mừng kỷ niệm 80 năm Quốc khánh.", []),
    ("Tổ chức Chương trình Chợ Tết Công đoàn Xuân 2026 cho đoàn viên.", []),
    # a programme of the state still is one
    ("Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025.",
     [("CTr", "Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025")]),
])
def test_an_event_is_no_programme(text, expected):
    assert [(m.type, m.name) for m in find_instruments(nfc(text))] == expected


@pytest.mark.parametrize("text, expected", [
    # an article's heading run into its first clause, as the codified laws print them
    ("Điều 12.1.TT.2.5. Lập, thẩm định Đề án 1. Các công ty nhà nước lập đề án.", []),
    ("Điều 5. Trách nhiệm thi hành Nghị định 1. Bộ trưởng các Bộ chịu trách nhiệm.", []),
    # a nickname at a sentence's end is still one
    ("Điều 3. Triển khai Đề án 06. Các bộ phối hợp.", [("ĐA", "06")]),
])
def test_an_articles_first_clause_number_is_no_instrument(text, expected):
    assert [(m.type, m.number) for m in find_instruments(nfc(text))] == expected




@pytest.mark.parametrize("text,expected", [
    # a rule's name of any form, issued with a numbered instrument, is one instrument
    ("thực hiện theo Quy chế thi tốt nghiệp trung học phổ thông ban hành kèm theo Thông tư số 24/2024/TT-BGDĐT.",
     [("QC", "Quy chế thi tốt nghiệp trung học phổ thông"), ("TT", None)]),
    # without it, a kind of rules; with no name, the instrument alone
    ("theo Quy chế quản lý tài chính của đơn vị.", []),
    ("theo Quy chế ban hành kèm theo Thông tư số 22/2021/TT-BGDĐT.", [("TT", None)]),
])
def test_a_rules_name_issued_with_a_numbered_instrument_is_one(text, expected):
    assert [(m.type, m.name) for m in resolve_short_forms(find_instruments(nfc(text)))] == expected


@pytest.mark.parametrize("text,names", [
    # a plan made every year is one of many
    ("lồng ghép vào Kế hoạch đầu tư công trung hạn và hằng năm của địa phương.", []),
    ("theo Kế hoạch kiểm tra nghiệp vụ hàng năm do Văn phòng Bộ đề xuất.", []),
    # one plan of a year still is
    ("triển khai Kế hoạch tuyển sinh trung học phổ thông năm học 2025-2026 của tỉnh.",
     ["Kế hoạch tuyển sinh trung học phổ thông năm học 2025-2026 của tỉnh"]),
])
def test_a_plan_made_every_year_is_a_kind(text, names):
    assert [m.name for m in resolve_short_forms(find_instruments(nfc(text)))] == names


@pytest.mark.parametrize("text,expected", ISSUED_WITH)
def test_a_plans_name_ends_at_what_it_was_issued_with(text, expected):
    assert [(m.type, m.name) for m in resolve_short_forms(find_instruments(nfc(text)))] == expected


@pytest.mark.parametrize("text,names", PLANS_A_RULE_DESCRIBES)
def test_a_plan_whose_contents_a_rule_lists_is_a_kind(text, names):
    assert [m.name for m in resolve_short_forms(find_instruments(nfc(text)))] == names


@pytest.mark.parametrize("text,expected", NUMBER_AND_YEAR)
def test_a_number_with_its_year_and_no_symbol(text, expected):
    assert [(m.type, m.number, m.symbol, m.year) for m in resolve_short_forms(find_instruments(nfc(text)))] == expected


@pytest.mark.parametrize("text,expected", JOINTLY_AMENDED)
def test_laws_amended_together_are_one_law_by_their_names(text, expected):
    assert [(m.name, m.year) for m in resolve_short_forms(find_instruments(nfc(text)))] == expected


KNOWN_NAMES_READ_WHOLE = [
    # a known name's own commas and `và` do not end it
    ("theo quy định của Luật Khoa học, Công nghệ và Đổi mới sáng tạo.", ["Luật Khoa học, Công nghệ và Đổi mới sáng tạo"]),
    ("theo Luật Chất lượng sản phẩm, hàng hóa và Luật Tiêu chuẩn và Quy chuẩn kỹ thuật.",
     ["Luật Chất lượng sản phẩm, hàng hóa", "Luật Tiêu chuẩn và Quy chuẩn kỹ thuật"]),
    ("vi phạm Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ",
     ["Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ"]),
    # after it, a comma ends it, unless a listed continuation follows
    ("tại Chương V Luật an toàn, vệ sinh lao động, các Điều 36, 37 của Nghị định", ["Luật an toàn, vệ sinh lao động"]),
    ("theo Luật Phòng, chống tham nhũng, Luật Cán bộ, công chức và Luật Viên chức",
     ["Luật Phòng, chống tham nhũng", "Luật Cán bộ, công chức", "Luật Viên chức"]),
    # the local government law of 1994 and 2003, the legal basis of the provinces' texts of those years
    ("Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003;",
     ["Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân"]),
    # a law's known name is no ordinance's
    ("một số điều của Pháp lệnh Bưu chính, Viễn thông về bưu chính", ["Pháp lệnh Bưu chính"]),
]


@pytest.mark.parametrize("text, expected", [
    # the date after a title is the titled instrument's, not the law's the title names
    ("(Điều 3 Thông tư số 03/2022/TT-BNNPTNT quy định chi tiết một số điều của Luật Thủy lợi ngày 16/06/2022 của Bộ)",
     [("TT", "03", 2022, "2022-06-16"), ("LUẬT", None, None, None)]),
    ("Căn cứ Nghị định số 67/2018/NĐ-CP ngày 14/5/2018 quy định chi tiết Luật Thủy lợi ngày 19 tháng 6 năm 2017;",
     [("NĐ", "67", 2018, "2018-05-14"), ("LUẬT", None, 2017, "2017-06-19")]),
    # a numbered plan's title that restates its type is its title, not a second plan
    ("Sở Giáo dục và Đào tạo đã có Kế hoạch 684/KH-SGDĐT năm 2025 về Kế hoạch tuyển sinh đầu cấp năm học 2025-2026.",
     [("KH", "684", 2025, None)]),
    # `Luật số N Luật X` is one law
    ("Luật số 44/2019/QH14 Luật phòng, chống tác hại của rượu, bia ngày 14/06/2019 có hiệu lực.",
     [("LUẬT", "44", 2019, "2019-06-14")]),
])
def test_a_titles_date_goes_to_the_titled_instrument(text, expected):
    assert [(m.type, m.number, m.year, m.date) for m in resolve_short_forms(find_instruments(nfc(text)))] == expected


@pytest.mark.parametrize("text, expected", [
    # a repeat printed without the name's commas or with its `(sửa đổi)` in parentheses is the same law
    ("Luật Phòng, chống bạo lực gia đình 2022 quy định. Theo Luật Phòng chống bạo lực gia đình thì",
     [("Luật Phòng, chống bạo lực gia đình 2022", 2022)] * 2),
    ("Quốc hội thông qua Luật Thuế thu nhập cá nhân (sửa đổi). Luật Thuế thu nhập cá nhân sửa đổi 2025 có hiệu lực",
     [("Luật Thuế thu nhập cá nhân sửa đổi 2025", 2025)] * 2),
    # with two editions, a bare name stays unresolved
    ("Luật Đất đai 2013 và Luật Đất đai 2024 khác nhau. Theo Luật Đất đai thì",
     [("Luật Đất đai 2013", 2013), ("Luật Đất đai 2024", 2024), ("Luật Đất đai", None)]),
])
def test_a_laws_repeat_is_the_same_law_whatever_its_punctuation(text, expected):
    assert [(m.name, m.year) for m in resolve_short_forms(find_instruments(nfc(text)))] == expected


@pytest.mark.parametrize("text,names", KNOWN_NAMES_READ_WHOLE)
def test_a_known_laws_name_is_read_whole(text, names):
    assert [m.name for m in resolve_short_forms(find_instruments(nfc(text)))] == names


@pytest.mark.parametrize("text,names", KNOWN_LAW_NAMES)
def test_a_known_laws_name_ends_and_completes_the_names_printed(text, names):
    assert [m.name for m in resolve_short_forms(find_instruments(nfc(text)))] == names


MISPRINTED_OR_LISTED = [
    # items of a list whose head gives the type once; a symbol's Q misread; the slash lost
    ("Căn cứ các Nghị quyết của Quốc hội: số 55/2010/QH12 ngày 24/11/2010; số 28/2016/QH14 ngày 11/11/2016;",
     [("NQ", "55", "QH12", 2010), ("NQ", "28", "QH14", 2016)]),
    ("Căn cứ các Luật: số 57/2024/QH15 ngày 29/11/2024; số 90/2025/QH15 ngày 25/6/2025;",
     [("LUẬT", "57", "QH15", 2024), ("LUẬT", "90", "QH15", 2025)]),
    ("Căn cứ Luật Đấu thầu số 22/2023/OH15 ngày 23/6/2023;", [("LUẬT", "22", "QH15", 2023)]),
    ("theo Thông tư số 49/2025TT-BCT ngày 09/9/2025", [("TT", "49", "TT-BCT", 2025)]),
    # a list's head ends at its sentence
    ("Căn cứ các Luật: số 57/2024/QH15. Theo số 90/2025/QH15;", [("LUẬT", "57", "QH15", 2024), (None, "90", "QH15", 2025)]),
]


@pytest.mark.parametrize("text,expected", MISPRINTED_OR_LISTED)
def test_misprinted_or_listed_numbers(text, expected):
    assert [(m.type, m.number, m.symbol, m.year) for m in find_instruments(nfc(text))] == expected


PLANS_QUALIFIED = [
    # a plan named again with a place, a year or a form after its name is the same plan
    ("thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025; triển khai Chương trình "
     "mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025 trên địa bàn thành phố Cần Thơ năm 2025.", 1),
    # another plan whose name opens the same, or a horizon that is part of the name, stays apart
    ("thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025 và Chương trình mục tiêu "
     "quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025.", 2),
    ("theo Chiến lược dữ liệu quốc gia và thực hiện Chiến lược dữ liệu quốc gia đến năm 2030.", 2),
]


@pytest.mark.parametrize("text,plans", PLANS_QUALIFIED)
def test_a_plan_named_again_with_a_qualifier_is_the_same_plan(text, plans):
    assert len({m.name for m in resolve_short_forms(find_instruments(nfc(text)))}) == plans


@pytest.mark.parametrize("text,name", [
    ("ban hành Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024;",
     "Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW"),
    ("thực hiện Kế hoạch hành động của Ban Thường vụ Thành ủy Hà Nội về triển khai Nghị quyết số 57-NQ/TW;",
     "Kế hoạch hành động của Ban Thường vụ Thành ủy Hà Nội về triển khai Nghị quyết số 57-NQ/TW"),
])
def test_a_plan_of_a_body_named_after_what_it_carries_out(text, name):
    assert name in [m.name for m in find_instruments(nfc(text))]


@pytest.mark.parametrize("text,numbers", [
    # a heading that ends with a type word, then the first item of a list: no `Quy chế 1`
    ("Điều 18. Triển khai thực hiện Quy chế\n\n1. Chánh Văn phòng UBND tỉnh chịu trách nhiệm.", []),
    ("Bãi bỏ toàn bộ các Quyết định\n1. Quyết định số 12/2020/QĐ-UBND;", ["12"]),
    # a short form broken over lines is still one
    ("theo Chỉ thị\n18 của Thủ tướng Chính phủ", ["18"]),
])
def test_an_items_number_after_a_heading_is_no_short_form(text, numbers):
    assert [m.number for m in find_instruments(nfc(text))] == numbers


@pytest.mark.parametrize("text,expected", [
    # the Constitution needs no more name than its type word, and is one however it is written
    ("quyền có nhà ở theo quy định của Hiến pháp.", [("HP", None)]),
    ("Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam; theo Hiến pháp năm 2013 và phù hợp với Hiến pháp.",
     [("HP", 2013)] * 3),
    # the formula for the legal order is no citation
    ("(1) Tuân thủ Hiến pháp, pháp luật; bảo đảm lợi ích của Nhà nước.", []),
])
def test_the_constitution_by_its_type_word(text, expected):
    assert [(m.type, m.year) for m in resolve_short_forms(find_instruments(nfc(text)))] == expected


@pytest.mark.parametrize("text,expected", [
    # a sentence may open with a law's name; `Luật này`, `Kế hoạch này` open with the sentence's noun
    ("Như vậy. Luật Đất đai năm 2024 quy định như sau:", [("LUẬT", 2024)]),
    ("Xong. Luật này có hiệu lực. Kế hoạch này được triển khai.", []),
])
def test_a_law_named_at_a_sentences_start(text, expected):
    assert [(m.type, m.year) for m in resolve_short_forms(find_instruments(nfc(text)))] == expected


def test_a_law_named_inside_an_amending_laws_name_keeps_its_commas():
    got = resolve_short_forms(find_instruments(nfc(
        "Căn cứ Luật Cán bộ, công chức ngày 13 tháng 11 năm 2008; Luật sửa đổi, bổ sung một số điều của Luật Cán bộ, "
        "công chức và Luật Viên chức năm 2019;")))
    names = [m.name for m in got]
    assert "Luật sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật Viên chức năm 2019" in names
    assert "Luật Cán bộ" not in names  # the law inside is the one cited in full, not a cut name


@pytest.mark.parametrize("text,expected", [
    # the laws an amending law lists are its name, not citations of their own; its year or date is its own
    ("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật Viên chức năm 2019;",
     [("Luật sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật Viên chức năm 2019", 2019, None)]),
    ("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Chứng khoán, Luật Kế toán, Luật Quản lý, sử dụng tài sản "
     "công, Luật xử lý vi phạm hành chính\nngày 29 tháng 11 năm 2024;",
     [("Luật sửa đổi, bổ sung một số điều của Luật Chứng khoán, Luật Kế toán, Luật Quản lý, sử dụng tài sản công, "
       "Luật xử lý vi phạm hành chính", 2024, "2024-11-29")]),
    ("Căn cứ Luật Sửa đổi, bổ sung một số điều của Luật Đấu thầu, Luật Hải quan ngày 25 tháng 6 năm 2025;",
     [("Luật Sửa đổi, bổ sung một số điều của Luật Đấu thầu, Luật Hải quan", 2025, "2025-06-25")]),
    # another amending law in the list is another law
    ("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Đất đai và Luật sửa đổi, bổ sung một số điều của Luật Nhà ở;",
     [("Luật sửa đổi, bổ sung một số điều của Luật Đất đai", None, None),
      ("Luật sửa đổi, bổ sung một số điều của Luật Nhà ở", None, None)]),
    # a numbered law that issues it: the name is that law's title, and the laws it lists are cited
    ("Căn cứ Luật số 57/2024/QH15 ngày 29 tháng 11 năm 2024 của Quốc hội ban hành Luật sửa đổi, bổ sung một số "
     "điều của Luật Quy hoạch, Luật Đầu tư;",
     [("ban hành Luật sửa đổi, bổ sung một số điều của Luật Quy hoạch, Luật Đầu tư", 2024, "2024-11-29"),
      ("Luật sửa đổi, bổ sung một số điều của Luật Quy hoạch, Luật Đầu tư", None, None),
      ("Luật Quy hoạch", None, None), ("Luật Đầu tư", None, None)]),
])
def test_an_amending_law_is_named_through_the_laws_it_lists(text, expected):
    assert [(m.name, m.year, m.date) for m in find_instruments(nfc(text))] == expected


def test_a_numbered_amending_laws_title_lists_every_law():
    got = find_instruments(nfc("Căn cứ Luật số 90/2025/QH15 ngày 25 tháng 6 năm 2025 về sửa đổi, bổ sung một số điều "
                               "của Luật Đấu thầu, Luật Hải quan, Luật Đầu tư công;"))
    assert got[0].number == "90"
    assert got[0].name == "sửa đổi, bổ sung một số điều của Luật Đấu thầu, Luật Hải quan, Luật Đầu tư công"



@pytest.mark.parametrize("text,expected", [
    # the newest or the current law: `mới nhất năm 2025` is the page's year, not the law's
    ("Luật Nghĩa vụ quân sự mới nhất năm 2025 quy định thế nào?", [("Luật Nghĩa vụ quân sự", None)]),
    ("theo Luật Quản lý thuế hiện hành thì phải nộp.", [("Luật Quản lý thuế", None)]),
    ("Theo Luật Đất đai mới, bảng giá đất được áp dụng.", [("Luật Đất đai", None)]),
    # `đổi mới sáng tạo` is part of a law's name
    ("Căn cứ Luật Khoa học, công nghệ và đổi mới sáng tạo 2025;",
     [("Luật Khoa học, công nghệ và đổi mới sáng tạo 2025", 2025)]),
])
def test_the_newest_or_current_law_is_named_without_that_word(text, expected):
    assert [(m.name, m.year) for m in resolve_short_forms(find_instruments(nfc(text)))] == expected


def test_a_date_that_opens_the_next_line_is_not_the_numbers():
    # the headline's number, then the lead: its `Ngày ...` dates the instrument it says was issued
    text = nfc("# Nâng lương trước thời hạn theo Công văn 11771/BNV-CTL&BHXH 2025\n\n"
               "Ngày 09/12/2025, Bộ Nội vụ đã ban hành Công văn 11771/BNV-CTL&BHXH về nâng bậc lương.\n"
               "Theo Quyết định số 12/QĐ-TTg\nngày 5/3/2025 của Thủ tướng Chính phủ.")
    got = {(m.number, m.span.start < 60): m.date for m in find_instruments(text)}
    assert got == {("11771", True): None, ("11771", False): "2025-12-09", ("12", False): "2025-03-05"}


@pytest.mark.parametrize("text,dates", [
    # one body's papers (the same code after the type's) share the date after the last
    ("Xét Tờ trình số 400/TTr-CP và Đề án số 401/ĐA-CP ngày 09 tháng 5 năm 2025 của Chính phủ;",
     ["2025-05-09", "2025-05-09"]),
    # another body's keeps none
    ("Xét Tờ trình số 400/TTr-BTC và Đề án số 401/ĐA-CP ngày 09 tháng 5 năm 2025;", [None, "2025-05-09"]),
])
def test_papers_of_one_body_listed_together_share_their_date(text, dates):
    assert [m.date for m in find_instruments(nfc(text))] == dates


@pytest.mark.parametrize("text,key", [
    # a Party congress's resolution is named by the congress, national or a province's
    ("Thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng;", "NQ:nghi-quyet-dai-hoi-xiii"),
    ("thực hiện thắng lợi Nghị quyết Đại hội XIII của Đảng;", "NQ:nghi-quyet-dai-hoi-xiii"),
    ("Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Đồng Nai lần thứ I, nhiệm kỳ 2025 - 2030 đã xác định",
     "NQ:nghi-quyet-dai-hoi-dang-bo-i"),
    ("theo Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025-2030;", "NQ:nghi-quyet-dai-hoi-dang-bo-i"),
    # a shareholders' meeting is no congress
    ("theo Nghị quyết Đại hội đồng cổ đông thường niên năm 2025;", None),
])
def test_a_party_congress_resolution_by_its_congress(text, key):
    found = find_instruments(nfc(text))
    assert [instrument_id(m) for m in found] == ([key] if key else [])


def test_a_roman_numeral_after_a_type_word_is_the_next_section_not_a_name():
    text = nfc("| Sở Công Thương | Kế hoạch\nIV Phát triển kinh tế số thương mại, công nghiệp và năng lượng")
    assert [m.name for m in find_instruments(text)] == []


@pytest.mark.parametrize("text,date", [
    # passing a law or resolution issues it: the sentence's opening date is its date
    ("Ngày 10/12/2025, Quốc hội đã thông qua Luật Thuế thu nhập cá nhân số 109/2025/QH15.", "2025-12-10"),
    ("Ngày 14/11/2025, HĐND tỉnh đã biểu quyết thông qua Nghị quyết số 87/2025/NQ-HĐND về giá đất.", "2025-11-14"),
    # a meeting's day is not the instrument's
    ("Ngày 5/3/2025, tại kỳ họp, HĐND thông qua Nghị quyết 12/NQ-HĐND.", None),
])
def test_the_day_an_instrument_is_passed_dates_it(text, date):
    assert [m.date for m in find_instruments(nfc(text))] == [date]


def test_laws_of_one_name_and_two_years_keep_their_own_names():
    got = resolve_short_forms(find_instruments(nfc(
        "theo Luật Bảo hiểm xã hội năm 2006, nay là Luật Bảo hiểm xã hội 2024.")))
    assert [(m.name, m.year) for m in got] == [("Luật Bảo hiểm xã hội năm 2006", 2006), ("Luật Bảo hiểm xã hội 2024", 2024)]


@pytest.mark.parametrize("text,expected", LAWS_BY_NAME)
def test_resolve_laws_by_name(text, expected):
    got = resolve_short_forms(find_instruments(nfc(text)))
    assert [(m.type, m.number, m.year) for m in got] == expected
    ids = {instrument_id(m) for m in got if m.number}
    assert len(ids) <= 1  # one instrument, however many ways it is named


def test_short_title_of_an_amending_law_is_the_full_one():
    got = resolve_short_forms(find_instruments(nfc(
        "dự án Pháp lệnh sửa đổi Pháp lệnh Cảnh sát môi trường; dự án Pháp lệnh sửa đổi, bổ sung một số điều của "
        "Pháp lệnh Cảnh sát môi trường.")))
    assert len({instrument_id(m) for m in got}) == 2  # the amending ordinance and the one it amends


def test_resolve_short_forms_keeps_another_year_apart():
    text = "Chỉ thị số 18/CT-TTg ngày 30/5/2023; Chỉ thị số 18 ngày 2/3/2019"
    resolved = resolve_short_forms(find_instruments(text))
    assert (resolved[1].symbol, resolved[1].year) == (None, 2019)


# The seeds against their answer key: every gold citation (and the subject when the text cites it)
# is found after resolve_short_forms, and nothing else. Seed 002's page furniture is the loader's
# job, so only its article (before "bài liên quan") is read.


def _same(gold: dict, m) -> bool:
    if gold.get("number") and m.number and m.number.lstrip("0") == gold["number"].lstrip("0"):
        return m.type == gold["type"] and gold.get("year") in (None, m.year)
    return not gold.get("number") or gold.get("name") and m.type == gold["type"] and m.name == gold.get("name")


def _same_name(gold: dict, m) -> bool:
    def words(s):
        return set(re.findall(r"\w+", (s or "").casefold()))
    return m.type == gold["type"] and words(gold.get("name")) == words(m.name)


@pytest.mark.parametrize("name", sorted(GOLD))
def test_seed_finds_exactly_the_gold_citations(name):
    text = load(EXAMPLES / name).text  # as the pipeline sees it: reflowed, furniture dropped
    gold = GOLD[name]
    expected = list(gold["cites"])
    subject = gold["subject"]
    unique = {}
    for m in resolve_short_forms(find_instruments(text)):
        unique.setdefault(m.key, m)
    got = list(unique.values())
    if subject.get("number"):
        cited = [m for m in got if m.type == subject["type"] and m.number == subject["number"]]
        assert cited, "the subject is cited in the text"
        got = [m for m in got if m not in cited]
    for g in expected:
        hit = next((m for m in got if (_same_name(g, m) if g.get("name") else _same(g, m))), None)
        assert hit is not None, f"missed {g}"
        got.remove(hit)
    assert got == [], f"extra {[(m.type, m.number, m.name) for m in got]}"


SUBJECT_OR_CITED = [
    # A named plan in a numbered decision's title is that decision's plan, even when its name
    # opens the subject's own title; a bare `ban hành Kế hoạch triển khai` is the subject itself.
    ("KẾ HOẠCH\nTriển khai thi hành Luật Việc làm trên địa bàn Thành phố\n\nThực hiện Quyết định số 1850/QĐ-TTg "
     "ngày 27 tháng 8 năm 2025 của Thủ tướng Chính phủ về ban hành Kế hoạch triển khai thi hành Luật Việc làm; "
     "Ủy ban nhân dân Thành phố ban hành Kế hoạch như sau:\n", True),
    ("KẾ HOẠCH\nTriển khai Chỉ thị số 18/CT-TTg\n\nThực hiện Chỉ thị số 18/CT-TTg ngày 30/5/2023 của Thủ tướng "
     "Chính phủ, Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai như sau:\n", False),
    # the plan's own title in other words: shorter, or run on into the sentence
    ("KẾ HOẠCH\nQUAN TRẮC, CẢNH BÁO MÔI TRƯỜNG NUÔI TRỒNG THỦY SẢN TRÊN ĐỊA BÀN TỈNH THANH HÓA NĂM 2026\n\n"
     "Ủy ban nhân dân tỉnh ban hành Kế hoạch quan trắc, cảnh báo môi trường nuôi trồng thủy sản trên địa bàn tỉnh "
     "Thanh Hóa năm 2026, cụ thể như sau. Sở Nông nghiệp và Môi trường tổ chức thực hiện Kế hoạch quan trắc, cảnh "
     "báo môi trường nuôi trồng thủy sản năm 2026.\n", False),
    # another plan whose name opens like the title's but numbers another year
    ("KẾ HOẠCH\nQUAN TRẮC, CẢNH BÁO MÔI TRƯỜNG NUÔI TRỒNG THỦY SẢN NĂM 2026\n\nTổng kết việc thực hiện Kế hoạch "
     "quan trắc, cảnh báo môi trường nuôi trồng thủy sản năm 2025 của tỉnh.\n", True),
]


@pytest.mark.parametrize("text,cited", SUBJECT_OR_CITED)
def test_named_plan_in_a_numbered_title_is_cited(text, cited):
    from luocdo.extract import extract
    from luocdo.loaders import load_string

    extraction = extract(load_string(text, "plan.txt"))
    assert any(i.type == "KH" and not i.number for i in extraction.instruments) is cited


@pytest.mark.parametrize("text,name", [
    ("Doanh nghiệp xây dựng Kế hoạch dự phòng cho các tình huống khẩn cấp xảy ra nhằm bảo đảm tính liên tục.",
     "Kế hoạch dự phòng cho các tình huống khẩn cấp xảy ra"),
    ("triển khai Chương trình mục tiêu quốc gia phòng, chống ma túy đến năm 2030 phù hợp với tình hình thực tế.",
     "Chương trình mục tiêu quốc gia phòng, chống ma túy đến năm 2030"),
    ("tuyên truyền Chiến lược bảo vệ môi trường biển và hải đảo đến các trường học trên địa bàn tỉnh.",
     "Chiến lược bảo vệ môi trường biển và hải đảo"),
])
def test_an_unquoted_plans_name_ends_where_its_purpose_ground_or_audience_begins(text, name):
    assert [m.name for m in find_instruments(nfc(text))] == [name]


@pytest.mark.parametrize("text,expected", [
    ("theo Chỉ thị số 23-CT/TW năm 2023 ngày 25 tháng 5 năm 2023 của Ban Bí thư", ("23", 2023, "2023-05-25")),
    # the page's year is its posting's; the signing date gives the instrument's
    ("Nghị quyết 57-NQ/TW năm 2025 ngày 22 tháng 12 năm 2024 của Bộ Chính trị", ("57", 2024, "2024-12-22")),
])
def test_a_year_printed_before_the_date_leaves_the_date_read(text, expected):
    [m] = find_instruments(nfc(text))
    assert (m.number, m.year, m.date) == expected


def test_the_body_that_issues_it_before_a_shared_code_is_its_issuer():
    """`UBND tỉnh Thanh Hóa ban hành Quyết định 3728/QĐ-UBND`: which committee `QĐ-UBND` stands for."""
    from luocdo.extract.organizations import find_organizations
    text = nfc("Ngày 30 tháng 11 năm 2025, UBND tỉnh Thanh Hóa ban hành Quyết định 3728/QĐ-UBND về chủ trương đầu tư. "
               "Theo Quyết định 3728/QĐ-UBND 2025 thì Bộ Xây dựng đã ban hành Quyết định 15/QĐ-BXD.")
    found = resolve_short_forms(find_instruments(text, None, find_organizations(text)))
    assert [(m.number, m.issuer) for m in found] == [
        ("3728", "Ủy ban nhân dân tỉnh Thanh Hóa"), ("3728", "Ủy ban nhân dân tỉnh Thanh Hóa"), ("15", "Bộ Xây dựng")]


NOT_INSTRUMENTS = [
    # a type word that goes on a body's capitalised head is the body's name (not after `cơ sở`, `phục vụ`)
    "Phối hợp với Bộ Tài chính, Bộ Kế hoạch Đầu tư nghiên cứu phương án triển khai.",
    "Vụ Kế hoạch Tài chính có trách nhiệm hướng dẫn việc quản lý.",
    # a programme's parts by number, a quantity, a school, a law brought into life
    "- Dự án 2: Quy hoạch, sắp xếp, bố trí ổn định dân cư ở những nơi cần thiết.",
    "Hiệu trưởng Quyết định 03 cán bộ đi học thạc sĩ.",
    "Trường Đại học Luật Hà Nội quyết định cử đi đào tạo.",
    "góp phần đưa Luật vào cuộc sống hiệu quả.",
]


@pytest.mark.parametrize("text", NOT_INSTRUMENTS)
def test_not_an_instrument(text):
    assert resolve_short_forms(find_instruments(nfc(text))) == []


def test_a_law_run_on_into_a_verb_is_cut_whatever_follows():
    text = nfc("Căn cứ Luật Giá số 16/2023/QH15; quy định chi tiết một số điều của Luật Giá báo cáo Ủy ban nhân dân tỉnh.")
    assert [(m.number, m.name) for m in resolve_short_forms(find_instruments(text))] == [("16", "Giá"), ("16", "Giá")]


def test_a_known_law_run_on_into_the_sentence_is_the_law():
    """After a law's known name, a verb that may open another law's name (`Luật Chuyển giao công
    nghệ`) is the sentence going on: `Luật Đất đai chuyển giao cho ...` is Luật Đất đai."""
    for text, name in [("thực hiện theo quy định của Luật Đất đai chuyển giao cho Chủ tịch Ủy ban nhân dân cấp xã", "Luật Đất đai"),
                       ("số tiền thuế theo quy định của Luật Quản lý thuế tính từ ngày hết hạn nộp thuế", "Luật Quản lý thuế"),
                       ("áp dụng Luật chất lượng sản phẩm, hàng hóa của Việt Nam", "Luật chất lượng sản phẩm, hàng hóa")]:
        assert [m.name for m in resolve_short_forms(find_instruments(nfc(text)))] == [name], text
    for text, name in [("theo Luật Chuyển giao công nghệ", "Luật Chuyển giao công nghệ"),
                       ("theo Luật Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân đã hết hiệu lực",
                        "Luật Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân")]:
        assert [m.name for m in resolve_short_forms(find_instruments(nfc(text)))] == [name], text


def test_a_symbol_misprinted_is_the_same_instrument():
    """A hyphen lost or the last letters cut: one number of one type and year, the fullest symbol."""
    for text, symbol in [("theo Thông tư số 03/2014/TT-BTTT và Thông tư số 03/2014/TT-BTTTT", "TT-BTTTT"),
                         ("Thông tư 49/2015/TTBYT và Thông tư 49/2015/TT-BYT", "TT-BYT"),
                         # separators printed otherwise: a slash, a dot, an ampersand
                         ("Thông tư liên tịch số 26/2014/TTLT-BTC-BCT ngày 18/02/2014 và Thông tư liên tịch số "
                          "26/2014/TTLT/BTC-BCT", "TTLT-BTC-BCT"),
                         ("Nghị định 163/1999/NĐ-CP và Nghị định 163/1999/NĐ.CP", "NĐ-CP"),
                         # a yearless repeat with its separators swapped takes the year
                         ("Nghị quyết số 27-NQ/TW ngày 21/5/2018 của Ban Chấp hành Trung ương; thực hiện Nghị quyết "
                          "số 27/NQ-TW", "NQ-TW")]:
        found = resolve_short_forms(find_instruments(nfc(text)))
        assert {m.symbol for m in found} == {symbol} and len({m.year for m in found}) == 1
    text = nfc("Quyết định số 5/QĐ-UBND và Quyết định số 5/QĐ-BXD")
    assert [m.symbol for m in resolve_short_forms(find_instruments(text))] == ["QĐ-UBND", "QĐ-BXD"]


def test_a_symbol_cut_or_without_its_type_code_is_the_same_instrument():
    """`QĐ-UB`, `NĐ-C`, a lone `TT` beside the full symbol, `UBTVQH15` beside `NQ-UBTVQH15`: one
    instrument. Not where two longer symbols could be meant, nor a whole code beside a longer
    printing no more frequent (`NĐ-CP` beside a mistyped `NĐ-CPP`)."""
    for text, symbol in [("Quyết định số 67/2005/QĐ-UBND ngày 5/5/2005; bãi bỏ Quyết định 67/2005/QĐ-UB", "QĐ-UBND"),
                         ("Nghị định 131/2021/NĐ-C và Nghị định 131/2021/NĐ-CP", "NĐ-CP"),
                         ("Thông tư 50/2017/TT-BYT; Thông tư 50/2017/TT", "TT-BYT"),
                         ("Nghị quyết 76/2025/UBTVQH15 và Nghị quyết số 76/2025/NQ-UBTVQH15", "NQ-UBTVQH15")]:
        assert {m.symbol for m in resolve_short_forms(find_instruments(nfc(text)))} == {symbol}, text
    for text, symbols in [("Thông tư 24/2018/TT-BTC, Thông tư 24/2018/TT-BTNMT và Thông tư 24/2018/TT-BT",
                           ["TT-BTC", "TT-BTNMT", "TT-BT"]),
                          ("Nghị định 184/2025/NĐ-CP và Nghị định 184/2025/NĐ-CPP", ["NĐ-CP", "NĐ-CPP"])]:
        assert [m.symbol for m in resolve_short_forms(find_instruments(nfc(text)))] == symbols, text
