"""Tasks: which sentences and items are tasks, who is assigned in which role, and by when."""
import pytest

from luocdo.extract.organizations import find_organizations
from luocdo.extract.persons import find_persons
from luocdo.extract.tasks import find_tasks


def _tasks(text: str):
    return find_tasks(text, find_organizations(text), find_persons(text))


def _assignees(task) -> list[tuple[str, str | None]]:
    return [(a.organization, a.role) for a in task.assignees]


SENTENCES = [
    # (assignment sentence, [(assignee, role)], deadline)
    ("Bộ Tư pháp được giao chủ trì, phối hợp với Văn phòng Thường trực Ban Chỉ đạo 389 quốc gia rà soát các văn bản.",
     [("Bộ Tư pháp", "lead"), ("Văn phòng Thường trực Ban Chỉ đạo 389 quốc gia", "support")], None),
    ("Giao Bộ Công an chủ trì, phối hợp với Bộ Quốc phòng xây dựng phương án, hoàn thành trước ngày 30/9/2025.",
     [("Bộ Công an", "lead"), ("Bộ Quốc phòng", "support")], "2025-09-30"),
    ("Phó Thủ tướng giao Văn phòng Thường trực Ban Chỉ đạo 389 quốc gia xin ý kiến các bộ, ngành liên quan.",
     [("Văn phòng Thường trực Ban Chỉ đạo 389 quốc gia", None)], None),
    ("Yêu cầu Bộ Y tế khẩn trương sửa đổi quy định, báo cáo Thủ tướng Chính phủ trước ngày 15 tháng 11 năm 2025.",
     [("Bộ Y tế", None)], "2025-11-15"),
    ("Đề nghị Ủy ban nhân dân tỉnh Lào Cai chỉ đạo lực lượng chức năng tăng cường kiểm tra trong tháng 12/2025.",
     [("Ủy ban nhân dân tỉnh Lào Cai", None)], "2025-12-31"),
    ("Bộ Tài chính có trách nhiệm tổng hợp, báo cáo Chính phủ chậm nhất ngày 20/12/2024.",
     [("Bộ Tài chính", None)], "2024-12-20"),
    ("Bộ Công Thương chủ trì, phối hợp với Bộ Công an, Bộ Tài chính và Bộ Khoa học và Công nghệ triển khai Đề án.",
     [("Bộ Công Thương", "lead"), ("Bộ Công an", "support"), ("Bộ Tài chính", "support"),
      ("Bộ Khoa học và Công nghệ", "support")], None),
    ("Các Bộ: Tư pháp, Công Thương, Tài chính tiếp tục rà soát, hoàn thiện quy định pháp luật.",
     [("Bộ Tư pháp", None), ("Bộ Công Thương", None), ("Bộ Tài chính", None)], None),
    ("Phó Thủ tướng yêu cầu: \"Các Bộ Tư pháp, Công an và các cơ quan liên quan tiếp tục rà soát quy định\".",
     [("Bộ Tư pháp", None), ("Bộ Công an", None)], None),
    ("Văn phòng Thường trực Ban Chỉ đạo 389 quốc gia được giao nhiệm vụ theo dõi, đôn đốc, báo cáo Phó Thủ tướng "
     "Chính phủ, Trưởng Ban Chỉ đạo 389 quốc gia trước ngày 31/5/2025.",
     [("Văn phòng Thường trực Ban Chỉ đạo 389 quốc gia", None)], "2025-05-31"),
    ("Ngân hàng Nhà nước Việt Nam chủ trì, phối hợp với Bộ Công an hoàn thành trong quý III/2025.",
     [("Ngân hàng Nhà nước Việt Nam", "lead"), ("Bộ Công an", "support")], "2025-09-30"),
    ("Ủy ban nhân dân các tỉnh: Lào Cai, Lạng Sơn, Cao Bằng cần tăng cường kiểm soát hàng hóa qua biên giới.",
     [("Ủy ban nhân dân tỉnh Lào Cai", None), ("Ủy ban nhân dân tỉnh Lạng Sơn", None),
      ("Ủy ban nhân dân tỉnh Cao Bằng", None)], None),
    # a head's title stands for the body it heads
    ("Bộ trưởng Bộ Công an chỉ đạo lực lượng chức năng tăng cường tuần tra, kiểm soát.",
     [("Bộ Công an", None)], None),
    ("Giao Giám đốc Sở Tài chính chủ trì thẩm định dự toán.", [("Sở Tài chính", "lead")], None),
    ("Yêu cầu Chủ tịch Ủy ban nhân dân tỉnh Nghệ An chỉ đạo khắc phục hậu quả mưa lũ.",
     [("Ủy ban nhân dân tỉnh Nghệ An", None)], None),
    ("Bộ Y tế chủ trì, phối hợp với Giám đốc Sở Y tế tỉnh Lào Cai kiểm tra các cơ sở.",
     [("Bộ Y tế", "lead"), ("Sở Y tế tỉnh Lào Cai", "support")], None),
    ("Thủ trưởng các cơ quan: Văn phòng UBND tỉnh, Sở Công Thương căn cứ Quyết định thi hành./.",
     [("Văn phòng UBND tỉnh", None), ("Sở Công Thương", None)], None),
    ("Yêu cầu Bộ Công Thương khẩn trương rà soát, báo cáo Chủ tịch Ủy ban nhân dân tỉnh Lào Cai trước ngày 30/6/2025.",
     [("Bộ Công Thương", None)], "2025-06-30"),
    # a body followed by `phối hợp` is named as a supporter
    ("Giao Sở Tư pháp phối hợp với các cơ quan liên quan tổ chức tuyên truyền.", [("Sở Tư pháp", "support")], None),
    ("Bộ Công an có trách nhiệm phối hợp kiểm tra, xử lý vi phạm.", [("Bộ Công an", "support")], None),
    ("Bộ Tài chính chủ trì, phối hợp với Bộ Xây dựng bố trí vốn.", [("Bộ Tài chính", "lead"), ("Bộ Xây dựng", "support")], None),
    # the closing clause: every body it names carries the instrument out, role unstated
    ("Điều 3. Chánh Văn phòng UBND thành phố, Giám đốc Sở Tài chính, Giám đốc Sở Giáo dục và Đào tạo "
     "căn cứ Quyết định này thực hiện./.",
     [("Văn phòng UBND thành phố", None), ("Sở Tài chính", None), ("Sở Giáo dục và Đào tạo", None)], None),
    ("Chánh Văn phòng Bộ, Vụ trưởng Vụ Kế hoạch - Tài chính, Thủ trưởng các đơn vị thuộc Bộ Nội vụ "
     "chịu trách nhiệm thi hành Quyết định này./.",
     [("Văn phòng Bộ", None), ("Vụ Kế hoạch - Tài chính", None)], None),
    ("Bộ trưởng Bộ Giáo dục và Đào tạo, Bộ trưởng Bộ Công Thương, Chủ tịch Ủy ban nhân dân thành phố Hà Nội "
     "và các cơ quan liên quan chịu trách nhiệm thi hành Quyết định này./.",
     [("Bộ Giáo dục và Đào tạo", None), ("Bộ Công Thương", None), ("Ủy ban nhân dân thành phố Hà Nội", None)], None),
    ("2. Vụ trưởng Vụ Tài chính - Kinh tế ngành, Thủ trưởng các đơn vị thuộc Bộ Tài chính chịu trách nhiệm "
     "thi hành Thông tư này./.", [("Vụ Tài chính - Kinh tế ngành", None)], None),
    ("Chủ tịch UBND các xã, phường và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.",
     [("UBND các xã, phường", None)], None),
    ("Giám đốc Sở Nông nghiệp và Môi trường có trách nhiệm thi hành Quyết định này./.",
     [("Sở Nông nghiệp và Môi trường", None)], None),
]


@pytest.mark.parametrize("sentence, assignees, deadline", SENTENCES)
def test_assignment_sentence(sentence, assignees, deadline):
    tasks = _tasks(sentence)
    assert len(tasks) == 1
    assert _assignees(tasks[0]) == assignees
    assert tasks[0].deadline == deadline


NOT_TASKS = [
    "Văn phòng Chính phủ đã ban hành Thông báo số 205/TB-VPCP về kết luận tại Hội nghị giao ban.",
    "Số vụ việc bị phát hiện, xử lý chưa tương xứng với tình hình thực tế và yêu cầu nhiệm vụ.",
    "Trong 6 tháng đầu năm 2024, các đơn vị đã phát hiện, xử lý 64.185 vụ vi phạm.",
    "Các bộ, ngành đã triển khai nhiều giải pháp đồng bộ và đạt được kết quả tích cực.",
    "Quyết định này có hiệu lực kể từ ngày ký.",
    "Thông tư này có hiệu lực thi hành từ ngày 10 tháng 01 năm 2026.",
    "Bộ trưởng Bộ Tư pháp Nguyễn Hải Ninh dự hội nghị.",
]


@pytest.mark.parametrize("sentence", NOT_TASKS)
def test_not_a_task(sentence):
    assert _tasks(sentence) == []


NOTICE = """Để công tác chống buôn lậu chuyển biến, yêu cầu Ban Chỉ đạo 389 các bộ, ngành, địa phương tập trung thực hiện tốt các nhiệm vụ trọng tâm sau:

1. Quán triệt thực hiện nghiêm các chỉ đạo của Thủ tướng Chính phủ.

2. Bộ Công Thương khẩn trương xây dựng văn bản quy định cách xác định hàng hóa sản xuất tại Việt Nam.

3. Các cơ quan thông tấn báo chí phối hợp chặt chẽ với các lực lượng chức năng.

4. Văn phòng Thường trực chủ trì, phối hợp với các lực lượng chức năng xây dựng kế hoạch chuyên đề.

5. Ban Chỉ đạo 389 các bộ, ngành, địa phương gửi Kế hoạch về Văn phòng Thường trực Ban Chỉ đạo 389 quốc gia trước ngày 15 tháng 11 năm 2021.

Văn phòng Chính phủ thông báo để các cơ quan liên quan biết, thực hiện./.
"""


def test_numbered_items_fall_to_the_addressee_unless_they_name_a_doer():
    tasks = _tasks(NOTICE)
    assert [t.ordinal for t in tasks] == ["1", "2", "3", "4", "5"]
    addressee = [("Ban Chỉ đạo 389 các bộ, ngành, địa phương", None)]
    assert _assignees(tasks[0]) == addressee
    assert _assignees(tasks[1]) == [("Bộ Công Thương", None)]
    assert _assignees(tasks[2]) == []  # a doer that is not a known body: not the addressee
    assert _assignees(tasks[3]) == [("Văn phòng Thường trực Ban Chỉ đạo 389 quốc gia", "lead")]
    assert _assignees(tasks[4]) == addressee  # the office it sends to is whom it reports to
    assert tasks[4].deadline == "2021-11-15"
    assert "Văn phòng Thường trực Ban Chỉ đạo 389 quốc gia" in tasks[4].reports_to
    assert "thông báo để" not in tasks[4].text  # the closing sentence is not part of the last item


def test_assessment_section_items_are_not_tasks():
    text = ("I. ĐÁNH GIÁ CHUNG\n\n1. Các bộ, ngành đã triển khai nhiều giải pháp.\n\n"
            "II. NHIỆM VỤ TRỌNG TÂM\n\n1. Bộ Công an chủ trì điều tra các đường dây buôn lậu.\n")
    tasks = _tasks(text)
    assert [(t.ordinal, _assignees(t)) for t in tasks] == [("1", [("Bộ Công an", "lead")])]


def test_a_sentence_without_subject_continues_the_previous_doer():
    text = ("Văn phòng Thường trực Ban Chỉ đạo 389 quốc gia cũng được giao chủ động theo dõi tình hình.\n"
            "Tổng hợp các kiến nghị của địa phương. Kết quả thực hiện sẽ được tổng hợp báo cáo Phó Thủ tướng "
            "trước ngày 31 tháng 5 năm 2025.")
    tasks = _tasks(text)
    assert tasks[-1].deadline == "2025-05-31"
    assert _assignees(tasks[-1]) == [("Văn phòng Thường trực Ban Chỉ đạo 389 quốc gia", None)]


def test_articles_bound_numbered_items():
    text = ("Điều 2. Tổ chức thực hiện\n\n1. Bộ Công Thương chủ trì triển khai Đề án.\n\n"
            "2. Bộ Tài chính bố trí kinh phí.\n\nĐiều 3. Quyết định này có hiệu lực kể từ ngày ký.\n")
    tasks = _tasks(text)
    assert [t.text for t in tasks] == ["1. Bộ Công Thương chủ trì triển khai Đề án.", "2. Bộ Tài chính bố trí kinh phí."]


def test_a_doer_after_a_purpose_clause_is_the_sentences_own():
    text = ("Bộ Tư pháp được giao chủ trì rà soát các văn bản quy phạm pháp luật.\n"
            "Để nâng cao năng lực phát hiện, ngăn chặn và xử lý vi phạm, các lực lượng chức năng cần đẩy mạnh "
            "chuyển đổi số.")
    tasks = _tasks(text)
    assert [_assignees(t) for t in tasks] == [[("Bộ Tư pháp", "lead")]]


PAREN_ITEMS = [
    # (text, [(ordinal, [(assignee, role)])])
    ("(1) Thanh tra Chính phủ và Ủy ban nhân dân thành phố Hà Nội khẩn trương có ý kiến tham gia.\n"
     "(2) Bộ Quốc phòng, Bộ Công an khẩn trương có ý kiến, gửi Ngân hàng Nhà nước Việt Nam.\n",
     [("1", [("Thanh tra Chính phủ", None), ("Ủy ban nhân dân thành phố Hà Nội", None)]),
      ("2", [("Bộ Quốc phòng", None), ("Bộ Công an", None)])]),
    ("(1) Bộ Tài chính chủ trì, phối hợp với Bộ Tư pháp hoàn thiện hồ sơ.\n",
     [("1", [("Bộ Tài chính", "lead"), ("Bộ Tư pháp", "support")])]),
    ("1. Bộ Xây dựng chủ trì thẩm định.\n(1) Sở Xây dựng phối hợp.\n2. Bộ Công an phối hợp.\n",
     [("1", [("Bộ Xây dựng", "lead")]), ("1", [("Sở Xây dựng", "support")]), ("2", [("Bộ Công an", "support")])]),
]


@pytest.mark.parametrize("text, expected", PAREN_ITEMS)
def test_parenthesised_numbers_are_items(text, expected):
    assert [(t.ordinal, _assignees(t)) for t in _tasks(text)] == expected


HEADED_ITEMS = [
    # (text, [(ordinal, [(assignee, role)])]): a head naming a body gives it the items under it
    ("1. Bộ Công an:\na) Chủ trì, phối hợp với Bộ Quốc phòng truy quét các đường dây buôn lậu;\n"
     "b) Theo dõi sát tình hình, báo cáo Thủ tướng Chính phủ.\n",
     [("a", [("Bộ Công an", "lead"), ("Bộ Quốc phòng", "support")]), ("b", [("Bộ Công an", None)])]),
    ("1.\nSở Y tế:\n\na) Chủ trì triển khai kế hoạch;\nb) Phối hợp giám sát dịch bệnh.\n",
     [("a", [("Sở Y tế", "lead")]), ("b", [("Sở Y tế", "support")])]),
    ("3. Ủy ban nhân dân các xã, phường:\na) Tổ chức tổng vệ sinh môi trường;\nb) Bộ Y tế hướng dẫn chuyên môn.\n",
     [("a", [("Ủy ban nhân dân các xã, phường", None)]), ("b", [("Bộ Y tế", None)])]),
    ("1. Về rà soát dữ liệu\n1.1. Giao Sở Xây dựng chủ trì rà soát.\n1.2. Giao Công an Thành phố phối hợp.\n",
     [("1.1", [("Sở Xây dựng", "lead")]), ("1.2", [("Công an Thành phố", "support")])]),
    ("II. NHIỆM VỤ\n1. Bộ Tài chính:\n(1) Chủ trì xây dựng Nghị định;\n(2) Bố trí kinh phí.\n",
     [("1", [("Bộ Tài chính", "lead")]), ("2", [("Bộ Tài chính", None)])]),
    ("1. Bộ Xây dựng chủ trì, phối hợp với các bộ:\na) Rà soát quy hoạch;\nb) Thẩm định dự án.\n",
     [("a", [("Bộ Xây dựng", "lead")]), ("b", [("Bộ Xây dựng", "lead")])]),
    # a head that states a task of its own is one as well
    ("2. Bộ Giao thông vận tải chủ trì thẩm định dự án.\na) Bộ Tài chính bố trí vốn;\n",
     [("2", [("Bộ Giao thông vận tải", "lead")]), ("a", [("Bộ Tài chính", None)])]),
    # a head that is only a topic passes nothing down
    ("1. Về công tác tuyên truyền\na) Giao Sở Văn hóa, Thể thao và Du lịch chủ trì tuyên truyền;\n",
     [("a", [("Sở Văn hóa, Thể thao và Du lịch", "lead")])]),
]


@pytest.mark.parametrize("text, expected", HEADED_ITEMS)
def test_a_head_naming_a_body_gives_it_the_items_under_it(text, expected):
    assert [(t.ordinal, _assignees(t)) for t in _tasks(text)] == expected


NO_TASK_SECTIONS = [
    # aims, principles and assessments are not tasks, however their items read
    "I. MỤC ĐÍCH, YÊU CẦU\n1. Bảo đảm sự chỉ đạo thống nhất của Ủy ban nhân dân tỉnh.\n",
    "1. Mục đích\n- Chủ động triển khai các biện pháp khắc phục hậu quả thiên tai.\n",
    "2. Yêu cầu\n- Huy động tổng lực các ban, ngành, lực lượng hỗ trợ.\n",
    "III.\nĐÁNH GIÁ NGUY CƠ SAU LỤT BÃO\n1. Nguy cơ ô nhiễm môi trường\n2. Nguy cơ phát sinh mầm bệnh\n",
    "1. Quan điểm\na) Phát triển kinh tế tập thể là nhiệm vụ của cả hệ thống chính trị.\n",
    "2. Mục tiêu\na) Đến năm 2030, hoàn thành 100% thủ tục trực tuyến.\n",
    "3. Nguyên tắc\na) Bảo đảm công khai, minh bạch.\n",
]


@pytest.mark.parametrize("text", NO_TASK_SECTIONS)
def test_aims_and_assessments_are_not_tasks(text):
    assert [t for t in _tasks(text) if t.ordinal] == []


RECORDS = [
    # (text, [(ordinal, [(assignee, role)], deadline)]): a task written as labelled fields
    ("1.1. Xây dựng chiến lược dữ liệu:\na) Nhiệm vụ: Rà soát, hoàn thiện chiến lược dữ liệu.\nb) Cơ quan thực hiện:\n"
     "- Đơn vị chủ trì: Sở Khoa học và Công nghệ.\n- Đơn vị phối hợp: Sở Tài chính.\n"
     "c) Thời gian thực hiện: Hoàn thành trong năm 2025.\n",
     [("1.1", [("Sở Khoa học và Công nghệ", "lead"), ("Sở Tài chính", "support")], "2025-12-31")]),
    ("2. Tổ chức tập huấn nghiệp vụ\n- Nội dung thực hiện: Tập huấn cho cán bộ.\n"
     "- Cơ quan chủ trì: Sở Nội vụ, Sở Giáo dục và Đào tạo.\n- Cơ quan phối hợp: Sở Tư pháp.\n",
     [("2", [("Sở Nội vụ", "lead"), ("Sở Giáo dục và Đào tạo", "lead"), ("Sở Tư pháp", "support")], None)]),
    ("3. Kiểm tra việc thi hành Luật\n- Cơ quan thực hiện: Sở Nội vụ chủ trì, Sở Tư pháp phối hợp.\n"
     "- Thời gian hoàn thành: trước ngày 30/6/2026.\n",
     [("3", [("Sở Nội vụ", "lead"), ("Sở Tư pháp", "support")], "2026-06-30")]),
    ("4. Tuyên truyền\na) Nội dung: Tuyên truyền trên báo chí.\nb) Đơn vị thực hiện: Sở Văn hóa, Thể thao và Du lịch.\n",
     [("4", [("Sở Văn hóa, Thể thao và Du lịch", None)], None)]),
    ("5. Bảo đảm kinh phí\n- Chủ trì: Sở Tài chính.\n- Phối hợp: Kho bạc Nhà nước.\n",
     [("5", [("Sở Tài chính", "lead"), ("Kho bạc Nhà nước", "support")], None)]),
    ("1. Đơn vị chịu trách nhiệm phổ biến: Vụ Chính quyền địa phương.\n",
     [("1", [("Vụ Chính quyền địa phương", None)], None)]),
]


@pytest.mark.parametrize("text, expected", RECORDS)
def test_a_task_record_is_one_task_with_its_fields(text, expected):
    assert [(t.ordinal, _assignees(t), t.deadline) for t in _tasks(text)] == expected
