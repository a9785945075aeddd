"""Dates, reporting periods and deadlines: one row per written form (sentence in, value out)."""
import pytest

from luocdo.extract.dates import dates_out_of_range, find_dates, find_deadline, find_periods, parse_day_month_year

DATES = [
    # (sentence, [(iso, surface, error), ...])
    ("Hà Nội, ngày 01 tháng 02 năm 2023", [("2023-02-01", "01 tháng 02 năm 2023", None)]),
    # a space lost to typing or OCR
    ("Tờ trình số 353/TTr-CP ngày 09tháng 5 năm 2025", [("2025-05-09", "09tháng 5 năm 2025", None)]),
    ("ngày 09 tháng 5năm 2025", [("2025-05-09", "09 tháng 5năm 2025", None)]),
    ("Ngày 14 tháng 10 năm 2021, Phó Thủ tướng chủ trì", [("2021-10-14", "14 tháng 10 năm 2021", None)]),
    ("Văn bản số 3509/VPCP-V.I ngày 28 tháng 11\nnăm 2019", [("2019-11-28", "28 tháng 11\nnăm 2019", None)]),
    ("Nghị quyết số 127/NQ-CP ngày 08 \n\ntháng 10 năm 2021", [("2021-10-08", "08 \n\ntháng 10 năm 2021", None)]),
    ("Chỉ thị số 17/CT-TTg ngày 19/6/2018 về", [("2018-06-19", "19/6/2018", None)]),
    ("Ngày 28/4/2025, Văn phòng Chính phủ", [("2025-04-28", "28/4/2025", None)]),
    ("ký ngày 7-5-2020", [("2020-05-07", "7-5-2020", None)]),
    ("cập nhật 28.4.2025 lúc 8 giờ", [("2025-04-28", "28.4.2025", None)]),
    ("| **Ngày ban hành** | 12/06/2018 |", [("2018-06-12", "12/06/2018", None)]),
    ("29/04/2025 08:25", [("2025-04-29", "29/04/2025", None)]),
    ("Ngày 12/2, Phòng Cảnh sát kinh tế", [(None, "12/2", "no year")]),
    ("Chiều ngày 17/3, Bộ Tư pháp", [(None, "17/3", "no year")]),
    ("từ ngày 15 tháng 3 tới", [(None, "15 tháng 3", "no year")]),
    ("31/02/2025", [(None, "31/02/2025", "31/02/2025 is not a date: February 2025 has 28 days")]),
    ("ngày 30 tháng 2 năm 2024", [(None, "30 tháng 2 năm 2024", "30/02/2024 is not a date: February 2024 has 29 days")]),
    ("ngày 29/2/2024 và 29/2/2023", [("2024-02-29", "29/2/2024", None),
                                    (None, "29/2/2023", "29/02/2023 is not a date: February 2023 has 28 days")]),
    ("ngày 5/13/2025", [(None, "5/13/2025", "05/13/2025 is not a date: there is no month 13")]),
    ("ngày 0/5/2025", [(None, "0/5/2025", "00/05/2025 is not a date: there is no day 0")]),
    ("từ ngày 15/01-14/02/2026, cơ quan Hải quan", [("2026-01-15", "15/01", None), ("2026-02-14", "14/02/2026", None)]),
    ("xử lý 64.185 vụ vi phạm, 1.913 đối tượng", []),
    ("Nghị định 66/2026/NĐ-CP quy định", []),
    ("tỷ lệ 3/4 số vụ; giảm 2,82%", []),
    ("ngày 19/6/18", []),  # two-digit years are not invented
    ("kèm theo 12/2025 hồ sơ", []),
    # a space beside a slash, as typed documents print it
    ("Văn bản số 14730 /STC-VP ngày 20/ 11 /2025", [("2025-11-20", "20/ 11 /2025", None)]),
    ("Quyết định ngày 21 /05/2010", [("2010-05-21", "21 /05/2010", None)]),
]


@pytest.mark.parametrize("text,expected", DATES)
def test_find_dates(text, expected):
    assert [(d.iso, d.surface, d.error) for d in find_dates(text)] == expected


OUT_OF_RANGE = [
    ("hạn 15/08/99999.", ["15/08/99999"]),
    ("ngày 01/01/0999 và 1/2/3000", ["01/01/0999", "1/2/3000"]),
    ("ngày 27 tháng 11 năm 20238", ["ngày 27 tháng 11 năm 20238"]),
    ("ngày 15/08/2025, 31/12/1800, 1/1/2199", []),  # in range: find_dates reads (or rejects) them
    ("số 12/5/20250/QĐ, tỷ lệ 1/2/30000.5", []),  # part of a symbol or a figure, not a date
]


@pytest.mark.parametrize("text,surfaces", OUT_OF_RANGE)
def test_dates_out_of_range(text, surfaces):
    found = dates_out_of_range(text)
    assert [d.surface for d in found] == surfaces
    assert all(d.iso is None and "out of range" in d.error for d in found)


def test_date_span_points_at_surface():
    text = "Hà Nội, ngày 01 tháng 02 năm 2023"
    [d] = find_dates(text)
    assert text[d.span.start:d.span.end] == d.surface


@pytest.mark.parametrize("d,m,y,expected", [
    (29, 2, 2024, ("2024-02-29", None)),
    (31, 4, 2025, (None, "31/04/2025 is not a date: April 2025 has 30 days")),
    (1, 1, None, (None, "no year")),
])
def test_parse_day_month_year(d, m, y, expected):
    assert parse_day_month_year(d, m, y) == expected


PERIODS = [
    ("giao ban công tác quý I/2025 và", [("quý I/2025", 2025)]),
    ("Hội nghị giao ban quý III năm 2021", [("quý III/2021", 2021)]),
    ("kết quả quý I năm 2025", [("quý I/2025", 2025)]),
    ("báo cáo quý 2/2024", [("quý II/2024", 2024)]),
    ("Trong 6 tháng đầu năm 2024, các đơn vị", [("6 tháng đầu năm 2024", 2024)]),
    ("nhiệm vụ 6 tháng cuối năm 2024", [("6 tháng cuối năm 2024", 2024)]),
    ("tình hình quý III và 9 tháng năm 2021", [("quý III/2021", 2021), ("9 tháng năm 2021", 2021)]),
    ("sơ kết 6 tháng đầu năm và phương hướng, nhiệm vụ 6 tháng cuối năm 2024",
     [("6 tháng đầu năm 2024", 2024), ("6 tháng cuối năm 2024", 2024)]),
    ("Phiên họp Chính phủ thường kỳ tháng 9 năm 2021", [("tháng 9/2021", 2021)]),
    ("số liệu tháng 12/2025", [("tháng 12/2025", 2025)]),
    ("ngày 14 tháng 10 năm 2021", []),  # a date, not the month as a period
    ("trong năm 2025", []),
]


@pytest.mark.parametrize("text,expected", PERIODS)
def test_find_periods(text, expected):
    assert [(p.label, p.year) for p in find_periods(text)] == expected


DEADLINES = [
    ("Thời gian hoàn thành: Tháng 12/2025.", ("2025-12-31", "Thời gian hoàn thành: Tháng 12/2025")),
    ("báo cáo Phó Thủ tướng trước ngày 31/5/2025.", ("2025-05-31", "trước ngày 31/5/2025")),
    ("gửi Kế hoạch về Văn phòng trước ngày 15 tháng 11 năm 2021 để tổng hợp",
     ("2021-11-15", "trước ngày 15 tháng 11 năm 2021")),
    ("báo cáo Thủ tướng Chính phủ chậm nhất ngày 30/6/2025", ("2025-06-30", "chậm nhất ngày 30/6/2025")),
    ("gửi Bộ Tài chính chậm nhất trước ngày 10/7/2025", ("2025-07-10", "chậm nhất trước ngày 10/7/2025")),
    ("chậm nhất đến ngày 01 tháng 7 năm 2027 phải hoàn thành", ("2027-07-01", "chậm nhất đến ngày 01 tháng 7 năm 2027")),
    ("hoàn thành chậm nhất đến hết ngày 31/3/2025", ("2025-03-31", "chậm nhất đến hết ngày 31/3/2025")),
    ("báo cáo muộn nhất là ngày 15/12/2025", ("2025-12-15", "muộn nhất là ngày 15/12/2025")),
    ("hạn chót là ngày 5/8/2025", ("2025-08-05", "hạn chót là ngày 5/8/2025")),
    ("trình Thủ tướng Chính phủ trong tháng 12/2025", ("2025-12-31", "trong tháng 12/2025")),
    ("ban hành trong quý III/2025", ("2025-09-30", "trong quý III/2025")),
    ("trình Chính phủ trong tháng 2 năm 2024", ("2024-02-29", "trong tháng 2 năm 2024")),
    ("hoàn thành trước 31/12/2025", ("2025-12-31", "trước 31/12/2025")),
    ("phấn đấu hoàn thành trong năm 2025", ("2025-12-31", "hoàn thành trong năm 2025")),
    ("Trong năm 2025, lực lượng Hải quan đã phát hiện 1.787 vụ", None),
    ("tiếp tục theo dõi, đôn đốc thực hiện", None),
    ("trước ngày 31/02/2025", None),  # impossible: reported by find_dates, not a deadline
    # the day named before its date
    ("hoàn thành xong trước ngày Quốc khánh 02/9/2025.", ("2025-09-02", "trước ngày Quốc khánh 02/9/2025")),
    ("trước ngày khai giảng 05/9/2025 các trường", ("2025-09-05", "trước ngày khai giảng 05/9/2025")),
    ("trước ngày Thông tư này có hiệu lực 01/7/2025", None),  # a condition, not a named day
]


@pytest.mark.parametrize("text,expected", DEADLINES)
def test_find_deadline(text, expected):
    found = find_deadline(text)
    assert (found and found[:2]) == expected
    if found:
        assert text[found[2].start:found[2].end] == found[1]


YEARLESS_DEADLINES = [
    # (task text, the document's date, deadline)
    ("hoàn thành trước ngày 15/8.", "2025-06-12", "2025-08-15"),
    ("báo cáo trước ngày 15 tháng 3.", "2025-06-12", "2026-03-15"),  # the next 15 March
    ("báo cáo trước ngày 12/6.", "2025-06-12", "2025-06-12"),
    ("báo cáo trước ngày 15/8.", None, None),  # no document date: no deadline is invented
    ("báo cáo trước ngày 30/2.", "2025-01-10", None),
    # every year's, or a year the text does not give: no one day
    ("báo cáo trước ngày 15/12 hằng năm.", "2025-06-12", None),
    ("gửi hồ sơ trước ngày 30 tháng 11 hàng năm.", "2025-06-12", None),
    ("nộp hồ sơ trước ngày 31 tháng 7 của năm xét tặng.", "2025-06-12", None),
    ("báo cáo định kỳ 06 tháng (trước ngày 30/6 của năm).", "2025-06-12", None),
    ("định kỳ trước ngày 01/6 và 15/11 hằng năm gửi báo cáo.", "2025-06-12", None),
    ("Định kỳ hằng năm (trước\nngày 15 tháng 12) báo cáo kết quả về Ủy ban nhân dân thành phố.", "2025-06-12", None),
    ("Báo cáo định kỳ hằng quý về Sở Tài chính trước ngày 20/3.", "2025-06-12", None),
]


@pytest.mark.parametrize("text,reference,expected", YEARLESS_DEADLINES)
def test_a_yearless_deadline_is_placed_after_the_documents_date(text, reference, expected):
    found = find_deadline(text, reference)
    assert (found[0] if found else None) == expected


@pytest.mark.parametrize("text,iso", [
    # a task record's time field, with its colon, gives the end of its period
    ("Đơn vị thực hiện: Cục Quản lý nhà. Thời gian thực hiện: Quý II/2025.", "2025-06-30"),
    ("*Đơn vị chủ trì:* Sở Khoa học và Công nghệ. *Thời gian thực hiện:* Tháng 12/2025", "2025-12-31"),
    ("Tiến độ thực hiện: tháng 9/2025.", "2025-09-30"),
    # when the work starts and goes on is no deadline; nor is the time of a project in passing
    ("- Thời gian thực hiện: Quý IV năm 2025 và các năm tiếp theo.", None),
    ("Thời gian thực hiện: từ năm 2026 trở đi.", None),
    ("thời gian thực hiện dự án trong năm 2025 là 12 tháng", None),
])
def test_a_records_time_field_is_its_deadline(text, iso):
    found = find_deadline(text)
    assert (found[0] if found else None) == iso


@pytest.mark.parametrize("text, expected", [
    ("hoàn thành xong trước 31/12", "2025-12-31"),          # a day and month after `trước`, no `ngày`
    ("hoàn thành trước cuối năm 2025", "2025-12-31"),      # the end of a period said
    ("trước cuối tháng 12/2025 phải báo cáo", "2025-12-31"),
    ("thực hiện trước 1/2 thời gian quy định", None),       # a share, not a day
    ("thời gian giải quyết trong 1/4 ngày", None),
    ("trước 31/12 hằng năm", None),                         # every year's
    ("hoàn thành trong 6 tháng đầu năm 2026", "2026-06-30"),  # a half year's end
    ("báo cáo kết quả 6 tháng đầu năm 2025", None),          # a report on the half year, no deadline
    # when a past event happened, a condition, not a due date
    ("Giám định viên tư pháp được bổ nhiệm trước ngày 01 tháng 01 năm 2021 và không thuộc", None),
    ("các khoản phát sinh trước ngày 01 tháng 7 năm 2026 thì tiếp tục xử lý", None),
    ("Cục Thuế hoàn thành việc cấp thẻ trước ngày 01 tháng 7 năm 2026", "2026-07-01"),
])
def test_more_deadline_forms(text, expected):
    hit = find_deadline(text, "2025-11-10")
    assert (hit[0] if hit else None) == expected


@pytest.mark.parametrize("heading,number,yearless", [
    ("NGHỊ ĐỊNH", "12/2025/NĐ-CP", None),  # a standing rule: every year's 15 March
    ("THÔNG BÁO", "12/TB-VPCP", "2025-03-15"),  # a notice: this year's
])
def test_a_rules_day_without_a_year_is_no_deadline(heading, number, yearless):
    from luocdo.extract import extract
    from luocdo.loaders import load_string

    text = (f"CHÍNH PHỦ\nSố: {number}\nHà Nội, ngày 10 tháng 01 năm 2025\n\n{heading}\nVề chế độ báo cáo\n\n"
            "1. Giao Ủy ban nhân dân các tỉnh gửi báo cáo về Bộ Tài chính trước ngày 15 tháng 3.\n"
            "2. Bộ Tài chính tổng hợp, hoàn thành trước ngày 30 tháng 4 năm 2025.\n")
    assert [t.deadline for t in extract(load_string(text)).tasks] == [yearless, "2025-04-30"]
