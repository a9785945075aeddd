"""Which cited instruments a sentence demands be carried out, and which ones a decision approves."""
import pytest

from luocdo.extract.citations import find_instruments
from luocdo.extract.dates import find_dates
from luocdo.extract.requirements import approvals, required_instruments


def _required(text: str) -> list[str]:
    instruments = find_instruments(text, find_dates(text))
    return [f"{i.type} {i.number or i.name[:20]}" for i, _ in required_instruments(text, instruments)]


REQUIRED = [
    # (sentence, instruments demanded, in order)
    ("Tiếp tục quán triệt, thực hiện nghiêm Chỉ thị số 17/CT-TTg ngày 19/6/2018 của Thủ tướng Chính phủ.",
     ["CT 17"]),
    ("Các bộ, ngành triển khai có hiệu quả Nghị quyết số 127/NQ-CP ngày 08/10/2021.", ["NQ 127"]),
    ("Bảo đảm xử lý kịp thời các hành vi vi phạm theo đúng Nghị quyết số 127/NQ-CP ngày 08 tháng 10 năm 2021.",
     ["NQ 127"]),
    ("Yêu cầu các địa phương chấp hành nghiêm Công điện số 40/CĐ-TTg và Công điện số 41/CĐ-TTg ngày 17/4/2025.",
     ["CĐ 40", "CĐ 41"]),
    ("Cần chú trọng triển khai nghiêm túc các văn bản như: Chỉ thị số 17/CT-TTg ngày 19/6/2018; "
     "Quyết định số 319/QĐ-TTg ngày 29/3/2023 về phê duyệt Đề án chống hàng giả và bảo vệ người tiêu dùng "
     "trong thương mại điện tử đến năm 2025; Công điện số 40/CĐ-TTg ngày 17/4/2025.",
     ["CT 17", "QĐ 319", "CĐ 40"]),
    ("thực hiện nghiêm các văn bản như Chỉ thị số 17/CT-TTg ngày 19/6/2018 về tăng cường đấu tranh;\n\n"
     "Quyết định số 319/QĐ-TTg ngày 29/3/2023 về việc ban hành kế hoạch.", ["CT 17", "QĐ 319"]),
    ("Bộ Công Thương khẩn trương thực hiện ý kiến chỉ đạo của Thủ tướng Chính phủ về việc xây dựng văn bản "
     "quy định (Văn bản số 3509/VPCP-V.I ngày 28 tháng 11 năm 2019 của Văn phòng Chính phủ).", ["CV 3509"]),
    ("Bộ Tài chính tuân thủ Luật Quản lý thuế số 38/2019/QH14 khi xử lý hồ sơ.", ["LUẬT 38"]),
    ("Tổ chức thực hiện Thông tư số 01/2024/TT-BTC ngày 05/01/2024 của Bộ Tài chính.", ["TT 01"]),
    # not demanded
    ("Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;", []),
    ("Bộ Tư pháp chủ trì xây dựng Nghị định sửa đổi Nghị định số 15/2020/NĐ-CP ngày 03/02/2020.", []),
    ("Báo cáo kết quả thực hiện Chỉ thị số 05/CT-TTg ngày 28/2/2024 trước ngày 15/12/2024.", []),
    ("Thủ tướng Chính phủ đã ký ban hành Quyết định số 319/QĐ-TTg ngày 29/3/2023.", []),
    ("Thời gian qua, việc triển khai Nghị định số 24/2012/NĐ-CP ngày 03/4/2012 đã đạt được kết quả.", []),
    ("Ngân hàng Nhà nước tổng kết, đánh giá việc thực hiện Nghị định số 24/2012/NĐ-CP.", []),
    ("Bộ Công an tăng cường kiểm tra việc thực hiện Chỉ thị số 06/CT-TTg ngày 28/02/2024.", ["CT 06"]),
    ("Văn phòng Chính phủ vừa ban hành Thông báo số 381/TB-VPCP ngày 20/8/2024.", []),
    ("Bộ Công an nghiên cứu, đề xuất sửa đổi Luật Xử lý vi phạm hành chính số 15/2012/QH13.", []),
    ("Đề nghị Bộ Nội vụ trình Chính phủ ban hành Nghị định thay thế Nghị định số 24/2014/NĐ-CP.", []),
]


@pytest.mark.parametrize("sentence, expected", REQUIRED)
def test_required_instruments(sentence, expected):
    assert _required(sentence) == expected


APPROVES = [
    ("Quyết định số 319/QĐ-TTg ngày 29/3/2023 về phê duyệt Đề án chống hàng giả và bảo vệ người tiêu dùng "
     "trong thương mại điện tử đến năm 2025;", ("QĐ 319", "ĐA")),
    ("Quyết định số 06/QĐ-TTg ngày 06/01/2022 phê duyệt Đề án “Phát triển ứng dụng dữ liệu về dân cư, định danh "
     "và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022 - 2025, tầm nhìn đến năm 2030”.",
     ("QĐ 06", "ĐA")),
    ("Quyết định số 1234/QĐ-UBND ngày 12/5/2024 của Ủy ban nhân dân tỉnh Lào Cai phê duyệt Kế hoạch phòng, chống "
     "thiên tai năm 2024;", ("QĐ 1234", "KH")),
]


@pytest.mark.parametrize("sentence, expected", APPROVES)
def test_approvals(sentence, expected):
    instruments = find_instruments(sentence, find_dates(sentence))
    pairs = [(f"{a.type} {a.number}", b.type) for a, b in approvals(sentence, instruments)]
    assert pairs == [expected]


def test_no_approval_across_clauses():
    text = ("Thực hiện Quyết định số 12/QĐ-TTg ngày 03/01/2024. Bộ Y tế xây dựng Kế hoạch cao điểm chống hàng giả "
            "năm 2024;")
    instruments = find_instruments(text, find_dates(text))
    assert approvals(text, instruments) == []
