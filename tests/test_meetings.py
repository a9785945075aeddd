"""Meetings: the concluded meeting's name, chair, date, place, period and attendees."""
import pytest

from luocdo.extract.dates import find_dates, find_periods
from luocdo.extract.meetings import find_meetings
from luocdo.extract.persons import find_persons


def _meeting(text: str):
    meetings = find_meetings(text, find_persons(text), find_dates(text), find_periods(text))
    return meetings[0] if meetings else None


CASES = [
    # (text, chair, date, period)
    ("Ngày 08 tháng 8 năm 2024, tại Trụ sở Chính phủ, Phó Thủ tướng Chính phủ Trần Lưu Quang, Trưởng Ban Chỉ đạo "
     "389 quốc gia đã chủ trì Hội nghị trực tuyến toàn quốc sơ kết công tác 6 tháng đầu năm 2024.",
     "Trần Lưu Quang", "2024-08-08", "6 tháng đầu năm 2024"),
    ("Văn phòng Chính phủ đã ban hành Thông báo số 205/TB-VPCP ngày 28/4/2025 kết luận của Phó Thủ tướng Chính phủ "
     "Bùi Thanh Sơn tại Hội nghị trực tuyến toàn quốc giao ban công tác quý I/2025.",
     "Bùi Thanh Sơn", None, "quý I/2025"),
    ("Hội nghị tổng kết công tác năm 2024 do Bộ trưởng Bộ Tài chính Nguyễn Văn Thắng chủ trì diễn ra ngày 10/01/2025.",
     "Nguyễn Văn Thắng", "2025-01-10", None),
    ("Chiều 17/3/2025, Thủ tướng Phạm Minh Chính chủ trì Phiên họp Chính phủ thường kỳ tháng 2 năm 2025.",
     "Phạm Minh Chính", "2025-03-17", "tháng 2/2025"),
    ("Kết luận của Phó Thủ tướng Thường trực Phạm Bình Minh tại Hội nghị giao ban quý III năm 2021 và nhiệm vụ "
     "trọng tâm trong thời gian tới của Ban Chỉ đạo 389 quốc gia", "Phạm Bình Minh", None, "quý III/2021"),
    # a working visit, an inspection tour and a forum are concluded like a conference
    ("Ngày 12/8/2025, Văn phòng Chính phủ đã ra Thông báo 416/TB-VPCP năm 2025 về Kết luận của Thủ tướng Chính phủ "
     "Phạm Minh Chính tại cuộc kiểm tra tiến độ Dự án Cảng hàng không quốc tế Long Thành giai đoạn 1.",
     "Phạm Minh Chính", None, None),
    ("Ngày 9/12/2025, Văn phòng Chính phủ ban hành Thông báo 678/TB-VPCP năm 2025 về kết luận của Phó Thủ tướng Chính "
     "phủ Nguyễn Chí Dũng tại Diễn đàn Kinh tế hợp tác, hợp tác xã năm 2025, trong đó có xác định phương hướng.",
     "Nguyễn Chí Dũng", None, None),
    ("Đồng thời, tại buổi làm việc ngày 11/11/2025 của Phó Thủ tướng Phạm Thị Thanh Trà với Bộ Nội vụ về nhiệm vụ "
     "trọng tâm từ nay đến cuối năm 2025.", "Phạm Thị Thanh Trà", "2025-11-11", None),
    ("Ngày 15/5/2025, Văn phòng Chính phủ ban hành Thông báo 256/TB-VPCP về kết luận của Phó Thủ tướng Chính phủ "
     "Trần Hồng Hà tại cuộc họp nghe báo cáo về tình hình thị trường bất động sản.", "Trần Hồng Hà", None, None),
    ("Thông báo kết luận của Phó Thủ tướng Trần Hồng Hà tại buổi làm việc với Ủy ban nhân dân tỉnh Lào Cai",
     "Trần Hồng Hà", None, None),
    # a later bare `cuộc họp ngày ...` dates the one meeting named before it
    ("Văn phòng Chính phủ vừa ban hành Thông báo số 178/TB-VPCP ngày 14/4/2025 kết luận của Phó Thủ tướng Trần Hồng "
     "Hà tại cuộc họp về tiến độ các dự án điện gió ngoài khơi.\nTheo Thông báo, tại cuộc họp ngày 10/4/2025, Phó Thủ "
     "tướng yêu cầu Bộ Công Thương chủ trì hoàn thiện hồ sơ.", "Trần Hồng Hà", "2025-04-10", None),
    ("Thông báo kết luận của Thủ tướng Chính phủ Phạm Minh Chính tại buổi làm việc với tỉnh Quảng Ninh. Tại buổi làm "
     "việc ngày 20/3/2025, Thủ tướng biểu dương những kết quả tỉnh đã đạt được.", "Phạm Minh Chính", "2025-03-20", None),
    ("Thông báo kết luận của đồng chí Trần Cẩm Tú, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư tại buổi làm việc với "
     "Ban Thường vụ Tỉnh ủy Lào Cai", "Trần Cẩm Tú", None, None),
    ("Sáng 14/5/2025, Phó Thủ tướng Trần Hồng Hà chủ trì cuộc họp về tình hình triển khai nghiên cứu đầu tư mở rộng "
     "các đoạn tuyến cao tốc Bắc - Nam.", "Trần Hồng Hà", "2025-05-14", None),
]


NAMES = [
    ("kết luận của Phó Thủ tướng Chính phủ Nguyễn Chí Dũng tại Diễn đàn Kinh tế hợp tác, hợp tác xã năm 2025, trong "
     "đó có xác định phương hướng phát triển", "Diễn đàn Kinh tế hợp tác, hợp tác xã năm 2025"),
    ("Kết luận của Thủ tướng Chính phủ Phạm Minh Chính tại cuộc kiểm tra tiến độ Dự án Cảng hàng không quốc tế Long "
     "Thành giai đoạn 1 | Ghi chú", "cuộc kiểm tra tiến độ Dự án Cảng hàng không quốc tế Long Thành giai đoạn 1"),
    ("Thủ tướng Phạm Minh Chính chủ trì Phiên họp Chính phủ thường kỳ tháng 2 năm 2025 với các địa phương",
     "Phiên họp Chính phủ thường kỳ tháng 2 năm 2025 với các địa phương"),
    ("Thủ tướng Phạm Minh Chính chủ trì Hội nghị trực tuyến phiên họp thứ 3 của Ban Chỉ đạo - Ảnh: VGP",
     "Hội nghị trực tuyến phiên họp thứ 3 của Ban Chỉ đạo"),
    ("Ngày 04/9/2025, Văn phòng Chính phủ ban hành Thông báo số 460/TB-VPCP về Kết luận của Thủ tướng Chính phủ Phạm "
     "Minh Chính tại Hội nghị tổng kết năm học 2024 - 2025 và Công văn số 6400/BGDĐT-GDĐH",
     "Hội nghị tổng kết năm học 2024 - 2025"),
]


@pytest.mark.parametrize("text, name", NAMES)
def test_meeting_name(text, name):
    assert _meeting(text).name == name


NOT_CONCLUDED = [
    # the title of a cited instrument, in the legal basis or after its type word
    "Căn cứ Nghị quyết số 60-NQ/TW ngày 12 tháng 4 năm 2025 của Ban Chấp hành Trung ương về Hội nghị lần thứ 11 Ban "
    "Chấp hành Trung ương Đảng khóa XIII;",
    "Bộ Văn hóa, Thể thao và Du lịch giao nhiệm vụ triển khai Kết luận Hội nghị Trung ương lần thứ 13 do Thủ tướng chủ trì.",
    "Ngày 10/01/2025, Chính phủ ban hành Nghị quyết 09/NQ-CP Hội nghị Chính phủ với địa phương.",
    "Thực hiện Thông báo số 460/TB-VPCP ngày 04/9/2025 về Kết luận của Thủ tướng Chính phủ Phạm Minh Chính tại Hội "
    "nghị tổng kết năm học 2024 - 2025 và Công văn số 6400/BGDĐT-GDĐH của Bộ Giáo dục và Đào tạo, Bộ đề nghị:",
    # a place, a table cell
    "| - | Khu Trung tâm Hội nghị phường Việt Yên (Quần thể văn hóa phường Việt Yên) | | 9 | Phường Nếnh | | |",
    "Lễ kỷ niệm được tổ chức tại Trung tâm Hội nghị Quốc gia.",
    # rules about meetings in general, meetings a plan will hold
    "Cuộc họp phải ghi thành biên bản và phải ghi lại những ý kiến phản ánh, thắc mắc và giải trình.",
    "Người chủ trì cuộc họp tự mình hoặc phân công người đọc các bản kê khai.",
    "Sở Nội vụ tổ chức Hội nghị sơ kết 6 tháng đầu năm 2026 để đánh giá kết quả.",
    # a plan's list of events: who attends ends with its sentence, at the line's period, before
    # the person the events commemorate
    "Thành phần tham dự: Lãnh đạo Đảng, Nhà nước và thành phố Hà Nội.\n\n- Tổ chức Hội thảo khoa học cấp quốc gia.\n\n"
    "- Biên soạn tài liệu về cuộc đời và sự nghiệp của Chủ tịch Hồ Chí Minh.",
]


@pytest.mark.parametrize("text", NOT_CONCLUDED)
def test_not_a_concluded_meeting(text):
    assert _meeting(text) is None


@pytest.mark.parametrize("text, chair, date, period", CASES)
def test_concluded_meeting(text, chair, date, period):
    meeting = _meeting(text)
    assert meeting is not None
    assert (meeting.chair, meeting.date, meeting.period) == (chair, date, period)


def test_attendees_and_place():
    text = ("Ngày 14 tháng 10 năm 2021, tại Trụ sở Chính phủ, Phó Thủ tướng Thường trực Chính phủ Phạm Bình Minh, "
            "Trưởng Ban Chỉ đạo 389 quốc gia đã chủ trì Hội nghị giao ban quý III năm 2021 của Ban Chỉ đạo 389 quốc gia. "
            "Tham dự Hội nghị có đồng chí Nguyễn Hồng Diên, Bộ trưởng Bộ Công Thương, Phó Trưởng Ban; đồng chí Trung "
            "tướng Nguyễn Duy Ngọc, Thứ trưởng Bộ Công an, Phó Trưởng Ban.")
    meeting = _meeting(text)
    assert meeting.place == "Trụ sở Chính phủ"
    assert meeting.attendees == ["Nguyễn Hồng Diên", "Nguyễn Duy Ngọc"]
    assert len(find_meetings(text, find_persons(text), find_dates(text), find_periods(text))) == 1


def test_the_date_a_notice_was_issued_is_not_the_meeting_date():
    text = ("Ngày 28/4/2025, Văn phòng Chính phủ đã ban hành Thông báo số 205/TB-VPCP, thông tin kết luận của Phó "
            "Thủ tướng Chính phủ Bùi Thanh Sơn tại Hội nghị trực tuyến toàn quốc giao ban công tác quý I/2025.")
    assert _meeting(text).date is None


def test_no_meeting():
    assert _meeting("Bộ Công an chủ trì, phối hợp với Bộ Y tế điều tra các đường dây buôn lậu.") is None


def test_a_news_date_without_year_takes_the_articles_year():
    text = "Chiều 15/3, Phó Thủ tướng Trần Hồng Hà chủ trì cuộc họp với các bộ, ngành về điện gió ngoài khơi."
    meetings = find_meetings(text, find_persons(text), find_dates(text), find_periods(text), "2025-03-16")
    assert (meetings[0].chair, meetings[0].date) == ("Trần Hồng Hà", "2025-03-15")
    text = "Chiều 28/12, Thủ tướng Phạm Minh Chính chủ trì Hội nghị tổng kết công tác năm của Chính phủ."
    meetings = find_meetings(text, find_persons(text), find_dates(text), find_periods(text), "2025-01-03")
    assert meetings[0].date == "2024-12-28"  # the last 28 December before the article



BACK_REFERENCES = [
    # a bare head with its chair names the meeting named and dated just before it
    ("Ngày 12/8, tại Hà Nội, Bộ Nông nghiệp và Môi trường tổ chức hội nghị lấy ý kiến các tỉnh khu vực miền "
     "Trung. Thứ trưởng Lê Minh Ngân chủ trì hội nghị.", "Lê Minh Ngân", "2025-08-12"),
    # the one who concludes it, after `Phát biểu kết luận hội nghị,` or `Chỉ đạo tại Hội nghị,`
    ("Sáng 5/3, Ủy ban Kiểm tra Trung ương tổ chức Hội nghị tổng kết công tác năm 2024.\n\n"
     "Phát biểu kết luận hội nghị, Chủ nhiệm Ủy ban Kiểm tra Trung ương Nguyễn Duy Ngọc ghi nhận kết quả.",
     "Nguyễn Duy Ngọc", "2025-03-05"),
    ("Chiều 20/4, Bộ Nội vụ đã tổ chức Hội nghị sơ kết công tác quý I.\n\nChỉ đạo tại Hội nghị, Bộ trưởng "
     "Bộ Nội vụ Phạm Thị Thanh Trà ghi nhận các đơn vị.", "Phạm Thị Thanh Trà", "2025-04-20"),
    # with no meeting named before, the bare head is the meeting; `điều hành` chairs it too
    ("Chủ nhiệm Ủy ban Kiểm tra Trung ương Nguyễn Duy Ngọc chủ trì hội nghị.", "Nguyễn Duy Ngọc", None),
    ("Phó Chủ tịch Quốc hội Nguyễn Khắc Định điều hành phiên họp.", "Nguyễn Khắc Định", None),
]


def test_the_meeting_a_notice_concludes_whoever_chaired_it():
    """`kết luận của Thường trực Chính phủ tại cuộc họp ...`: concluded, so held, with no person to chair it."""
    text = ("Theo Thông báo số 294/TB-VPCP năm 2025, Văn phòng Chính phủ ra thông báo kết luận của Thường trực Chính "
            "phủ tại cuộc họp về tình hình thị trường bất động sản.")
    meetings = find_meetings(text, find_persons(text), find_dates(text), find_periods(text))
    assert [(m.name, m.chair) for m in meetings] == [("cuộc họp về tình hình thị trường bất động sản", None)]
    text = ("Văn phòng Chính phủ ban hành Thông báo kết luận của Phó Thủ tướng Chính phủ tại cuộc họp nghe báo cáo về "
            "tình hình thị trường bất động sản.")
    assert [m.chair for m in find_meetings(text, find_persons(text), find_dates(text), find_periods(text))] == [None]


@pytest.mark.parametrize("text,chair,date", BACK_REFERENCES)
def test_a_meeting_referred_back_to_with_its_chair(text, chair, date):
    meetings = find_meetings(text, find_persons(text), find_dates(text), find_periods(text), "2025-08-20")
    assert (meetings[0].chair, meetings[0].date) == (chair, date)
