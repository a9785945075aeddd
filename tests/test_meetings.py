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
]


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
