"""Tasks: which sentences and items are tasks, who is assigned in which role, and by when."""
import time

import pytest

from luocdo.extract.organizations import find_organizations
from luocdo.extract.persons import find_persons
from luocdo.extract.tasks import _table_headers, find_tasks


def _tasks(text: str):
    return find_tasks(text, find_organizations(text), find_persons(text))


def _assignees(task) -> list[tuple[str, str | None]]:
    return [(a.organization, a.role) for a in task.assignees]


SENTENCES = [
    # (assignment sentence, [(assignee, role)], deadline)
    # a collective doer, with or without `các`, keeps its deadline; whom it reports to is not assigned
    ("Đề nghị bộ, ngành, địa phương khẩn trương tổng hợp đề xuất và gửi về Bộ Nội vụ trước ngày 26/11/2025.",
     [("bộ, ngành, địa phương", None)], "2025-11-26"),
    ("Các sở, ban, ngành, đoàn thể Thành phố, Ủy ban nhân dân phường, xã, đặc khu gửi báo cáo kết quả về Sở Nội vụ "
     "trước ngày 16 tháng 12 năm 2025.",
     [("Các sở, ban, ngành, đoàn thể Thành phố", None), ("Ủy ban nhân dân phường, xã, đặc khu", None)], "2025-12-16"),
    ("Ủy ban nhân dân các xã, phường và đặc khu hoàn thành việc rà soát trước ngày 30/12/2025.",
     [("Ủy ban nhân dân các xã, phường và đặc khu", None)], "2025-12-30"),
    ("Các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh báo cáo kết quả trước ngày 15/01/2026.",
     [("Các cơ quan chuyên môn", None)], "2026-01-15"),
    ("Yêu cầu các đơn vị có TTHC cập nhật quy trình nội bộ, hoàn thành trước ngày 20/12/2025.",
     [("các đơn vị có TTHC", None)], "2025-12-20"),
    ("Các sở, ngành chủ trì, phối hợp với Sở Tài chính rà soát danh mục dự án trước ngày 10/12/2025.",
     [("Các sở, ngành", "lead"), ("Sở Tài chính", "support")], "2025-12-10"),
    ("Bộ Tư pháp được giao chủ trì, phối hợp với Văn phòng Thường trực Ban Chỉ đạo 389 quốc gia rà soát các văn bản.",
     [("Bộ Tư pháp", "lead"), ("Văn phòng Thường trực Ban Chỉ đạo 389 quốc gia", "support")], None),
    ("Sở Tài chính có trách nhiệm chủ trì, phối hợp với Sở Xây dựng hướng dẫn thực hiện trước ngày 30/6/2026.",
     [("Sở Tài chính", "lead"), ("Sở Xây dựng", "support")], "2026-06-30"),
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
    # the partner without its `với`, and a list head in lower case
    ("Giao Bảo hiểm xã hội Việt Nam chủ trì, phối hợp Bộ Y tế tổ chức triển khai.",
     [("Bảo hiểm xã hội Việt Nam", "lead"), ("Bộ Y tế", "support")], None),
    ("Bộ Giáo dục và Đào tạo chủ trì cùng Bộ Tài chính hướng dẫn thực hiện.",
     [("Bộ Giáo dục và Đào tạo", "lead"), ("Bộ Tài chính", "support")], None),
    ("Giao các sở: Tài chính, Xây dựng, Công Thương triển khai thực hiện.",
     [("Sở Tài chính", None), ("Sở Xây dựng", None), ("Sở Công Thương", None)], None),
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
    # a body opening a clause after `;` is its subject
    ("Cơ quan thực hiện: Sở Nội vụ chủ trì tham mưu; Sở Tư pháp và Đài Phát thanh và Truyền hình Thành phố phối hợp.",
     [("Sở Nội vụ", "lead"), ("Sở Tư pháp", "support"), ("Đài Phát thanh và Truyền hình Thành phố", "support")], None),
    ("Giao Bộ Tài chính chủ trì; Bộ Kế hoạch và Đầu tư có ý kiến trước ngày 30/9/2025.",
     [("Bộ Tài chính", "lead"), ("Bộ Kế hoạch và Đầu tư", None)], "2025-09-30"),
    ("Bộ Y tế khẩn trương hướng dẫn; đồng thời báo cáo Bộ Tư pháp kết quả.", [("Bộ Y tế", None)], None),
    # whom a task reports to, whose instrument it carries out, are not its doers
    ("Bộ Công an chủ trì, báo cáo Thủ tướng Chính phủ trước ngày 30/6/2025.", [("Bộ Công an", "lead")], "2025-06-30"),
    ("Giao Bộ Tư pháp thẩm định dự thảo Nghị định của Chính phủ số 30/2020/NĐ-CP.", [("Bộ Tư pháp", None)], None),
    ("Yêu cầu Bộ Nội vụ thực hiện Nghị quyết của Chính phủ, gửi kết quả về Văn phòng Chính phủ trong tháng 9/2025.",
     [("Bộ Nội vụ", None)], "2025-09-30"),
    ("Đề nghị Ủy ban nhân dân tỉnh Quảng Ninh triển khai Kế hoạch số 94/KH-UBND của Ủy ban nhân dân tỉnh Lạng Sơn.",
     [("Ủy ban nhân dân tỉnh Quảng Ninh", None)], None),
    # news reports of a telegram: the body after `yêu cầu` / `giao`
    ("Thủ tướng yêu cầu Bộ Công an chỉ đạo lực lượng cảnh sát giao thông tăng cường tuần tra.",
     [("Bộ Công an", None)], None),
    ("Phó Thủ tướng giao Bộ Xây dựng chủ trì, phối hợp với Ủy ban nhân dân tỉnh Đồng Nai rà soát dự án.",
     [("Bộ Xây dựng", "lead"), ("Ủy ban nhân dân tỉnh Đồng Nai", "support")], None),
    # a collective addressee is assigned, named as written; one that points back is not a body
    ("Yêu cầu các bộ, ngành, địa phương khẩn trương triển khai Công điện.", [("các bộ, ngành, địa phương", None)], None),
    ("Các sở, ban, ngành chủ trì tham mưu kế hoạch thực hiện.", [("Các sở, ban, ngành", "lead")], None),
    ("Bộ Tài chính chủ trì, phối hợp với các bộ, ngành hoàn thiện dự thảo.",
     [("Bộ Tài chính", "lead"), ("các bộ, ngành", "support")], None),
    # a body after a leading adverbial is the subject; `Ban Chỉ đạo` is a name, not `chỉ đạo`
    ("Trên cơ sở Báo cáo số 1052/BC-CP của Chính phủ, Bộ Xây dựng làm việc với Ủy ban Khoa học, Công nghệ và Môi trường "
     "khẩn trương bổ sung các văn bản.", [("Bộ Xây dựng", None)], None),
    ("Để kịp thời khắc phục hậu quả, Ủy ban nhân dân tỉnh Gia Lai khẩn trương sửa chữa nhà ở.",
     [("Ủy ban nhân dân tỉnh Gia Lai", None)], None),
    ("Để đấu tranh hiệu quả, từng bước ngăn chặn buôn lậu, Phó Thủ tướng yêu cầu Ban Chỉ đạo 389 các bộ, ngành, địa phương "
     "thực hiện nghiêm các chỉ đạo của Chính phủ, Thủ tướng Chính phủ và Ban Chỉ đạo 389 quốc gia.",
     [("Ban Chỉ đạo 389 các bộ, ngành, địa phương", None)], None),
    # the one who asks is not assigned, even named after the body's head
    ("Bộ trưởng Bộ Y tế Đào Hồng Lan yêu cầu Cục Quản lý Dược khẩn trương kiểm tra.", [("Cục Quản lý Dược", None)], None),
    ("Chủ tịch Ủy ban nhân dân tỉnh Nghệ An Nguyễn Văn Đệ giao Sở Xây dựng chủ trì rà soát.",
     [("Sở Xây dựng", "lead")], None),
    ("Theo yêu cầu của Thủ tướng, Bộ Công Thương phải bảo đảm cung ứng đủ xăng dầu.", [("Bộ Công Thương", None)], None),
    ("Theo đề nghị của Bộ Tài chính, Thủ tướng giao Ngân hàng Nhà nước Việt Nam điều hành tỷ giá.",
     [("Ngân hàng Nhà nước Việt Nam", None)], None),
    # a deadline at an hour of a day is that day
    ("Giao Ủy ban An toàn giao thông Quốc gia báo cáo Thủ tướng Chính phủ trước 15 giờ ngày 02/02/2025.",
     [("Ủy ban An toàn giao thông Quốc gia", None)], "2025-02-02"),
    ("Yêu cầu Bộ Công Thương báo cáo kết quả trước 17h00 ngày 10/12/2025.", [("Bộ Công Thương", None)], "2025-12-10"),
    # whom a body answers to is not assigned
    ("Bộ Nội vụ chịu trách nhiệm toàn diện trước pháp luật, Thủ tướng Chính phủ về các số liệu báo cáo.",
     [("Bộ Nội vụ", None)], None),
    ("Chủ tịch Ủy ban nhân dân tỉnh Gia Lai chịu trách nhiệm trước Thủ tướng Chính phủ về số liệu thiệt hại.",
     [("Ủy ban nhân dân tỉnh Gia Lai", None)], None),
    # OCR misreads the tone marks of the role words
    ("Giao Bộ Công an chủ tri, phổi hợp với Bộ Quốc phòng xây dựng phương án.",
     [("Bộ Công an", "lead"), ("Bộ Quốc phòng", "support")], None),
    ("Giao Bộ Tài chính chu tri, phoi hop voi Bộ Xây dựng bố trí vốn.",
     [("Bộ Tài chính", "lead"), ("Bộ Xây dựng", "support")], None),
    ("Đề nghi Sở Tài chính tổng hợp, báo cáo trước ngày 15/12/2025.", [("Sở Tài chính", None)], "2025-12-15"),
    ("Yêu câu Ủy ban nhân dân tỉnh Lào Cai khân trương khắc phục.", [("Ủy ban nhân dân tỉnh Lào Cai", None)], None),
    # bodies named by their level or region, each item of a long list one assignee, across a PDF's line break
    ("Đề nghị Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Viện kiểm sát nhân dân "
     "tỉnh, Tòa\nán nhân dân tỉnh, Thuế tỉnh, Kiểm toán nhà nước khu vực II, Kho bạc nhà nước khu vực XI, Ngân hàng nhà "
     "nước khu vực 8, Chi cục Hải quan khu vực XI tăng cường công tác kiểm tra, báo cáo trước ngày 15/12/2025.",
     [("Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh", None), ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", None),
      ("Viện kiểm sát nhân dân tỉnh", None), ("Tòa án nhân dân tỉnh", None), ("Thuế tỉnh", None),
      ("Kiểm toán nhà nước khu vực II", None), ("Kho bạc nhà nước khu vực XI", None), ("Ngân hàng nhà nước khu vực 8", None),
      ("Chi cục Hải quan khu vực XI", None)], "2025-12-15"),
    ("Giao Công an tỉnh chủ trì, phối hợp với Bảo hiểm xã hội tỉnh và Thuế tỉnh kiểm tra trước ngày 15/12/2025.",
     [("Công an tỉnh", "lead"), ("Bảo hiểm xã hội tỉnh", "support"), ("Thuế tỉnh", "support")], "2025-12-15"),
    ("Kho bạc Nhà nước khu vực IV chủ trì, phối hợp với Chi cục Thuế khu vực IV đôn đốc thu nộp ngân sách.",
     [("Kho bạc Nhà nước khu vực IV", "lead"), ("Chi cục Thuế khu vực IV", "support")], None),
    ("Đề nghị Viện kiểm sát nhân dân tỉnh, Tòa án nhân dân tỉnh phối hợp\nđẩy nhanh tiến độ giải quyết các vụ án.",
     [("Viện kiểm sát nhân dân tỉnh", "support"), ("Tòa án nhân dân tỉnh", "support")], None),
    # a doer named by its level, in a telegram or decision to all provinces
    ("UBND cấp tỉnh chỉ đạo rà soát, hoàn thành trước ngày 15/02/2025.", [("UBND cấp tỉnh", None)], "2025-02-15"),
    ("Ủy ban nhân dân tỉnh khẩn trương rà soát, báo cáo Bộ Nội vụ chậm nhất trước ngày 15/02/2025.",
     [("Ủy ban nhân dân tỉnh", None)], "2025-02-15"),
    ("Ủy ban nhân dân cấp xã có trách nhiệm niêm yết công khai danh sách trước ngày 30/6/2025.",
     [("Ủy ban nhân dân cấp xã", None)], "2025-06-30"),
    ("Yêu cầu UBND các xã, phường rà soát, hoàn thành trước ngày 15/02/2025.", [("UBND các xã, phường", None)], "2025-02-15"),
    ("Giao Sở Tài chính chủ trì tổng hợp, báo cáo UBND tỉnh trước ngày 20/12/2025.", [("Sở Tài chính", "lead")], "2025-12-20"),
    # mass organisations of the city, named as written, support after `phối hợp với`
    ("Sở Văn hóa và Thể thao chủ trì, phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố, Hội Liên hiệp Phụ nữ "
     "Thành phố tổ chức tuyên truyền.",
     [("Sở Văn hóa và Thể thao", "lead"), ("Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố", "support"),
      ("Hội Liên hiệp Phụ nữ Thành phố", "support")], None),
    ("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh tăng cường giám sát.",
     [("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", None)], None),
    # a line opening with a capital that carries a tone mark (`Ủy`) is no lower-case continuation
    ("Giao Sở Tài chính chủ trì rà soát, hoàn thành trước ngày 20/12/2025\nỦy ban nhân dân các xã, phường phối hợp.",
     [("Sở Tài chính", "lead")], "2025-12-20"),
    # a head's title before a distributive list stands for every body in it
    ("2. Bộ trưởng: Bộ Xây dựng, Bộ Tài chính chủ động phối hợp, hướng dẫn thành phố Hà Nội rà soát, báo cáo "
     "Thủ tướng Chính phủ trước ngày 10 tháng 12 năm 2025.",
     [("Bộ Xây dựng", "support"), ("Bộ Tài chính", "support")], "2025-12-10"),
    ("Giám đốc: Sở Tài chính, Sở Xây dựng khẩn trương rà soát, hoàn thành trước ngày 20/12/2025.",
     [("Sở Tài chính", None), ("Sở Xây dựng", None)], "2025-12-20"),
    ("4. Chủ tịch Ủy ban nhân dân các tỉnh: Lào Cai, Lạng Sơn chỉ đạo kiểm tra trước ngày 15/12/2025.",
     [("Ủy ban nhân dân tỉnh Lào Cai", None), ("Ủy ban nhân dân tỉnh Lạng Sơn", None)], "2025-12-15"),
    ("Bộ trưởng các Bộ: Công an, Quốc phòng, Chủ tịch Ủy ban nhân dân các tỉnh: Lào Cai, Lạng Sơn theo chức năng, "
     "nhiệm vụ được giao chỉ đạo tăng cường kiểm soát.",
     [("Bộ Công an", None), ("Bộ Quốc phòng", None), ("Ủy ban nhân dân tỉnh Lào Cai", None),
      ("Ủy ban nhân dân tỉnh Lạng Sơn", None)], None),
    ("Giao Bộ Xây dựng chủ trì, Bộ Tài chính chủ động phối hợp hướng dẫn thực hiện.",
     [("Bộ Xây dựng", "lead"), ("Bộ Tài chính", "support")], None),
    # the issuer's code in an instrument's symbol is no body
    ("Theo Công văn 1531/TTg-CN, Ủy ban nhân dân thành phố Hà Nội khẩn trương rà soát quy hoạch.",
     [("Ủy ban nhân dân thành phố Hà Nội", None)], None),
    ("Thực hiện Quyết định 1569/QĐ-TTg, Bộ Xây dựng khẩn trương hướng dẫn địa phương.", [("Bộ Xây dựng", None)], None),
    # a report's frame (`Công điện nêu rõ, `) before a body: the body is the reported clause's doer
    ("Công điện nêu rõ, Ủy ban nhân dân các tỉnh, thành phố rà soát, tổng hợp các dự án tồn đọng, gửi Bộ Kế hoạch và "
     "Đầu tư chậm nhất trước ngày 15/02/2025.",
     [("Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", None)], "2025-02-15"),
    ("Quyết định nêu rõ, Bộ Xây dựng có trách nhiệm hướng dẫn, kiểm tra và đôn đốc các địa phương.",
     [("Bộ Xây dựng", None)], None),
    ("Ngoài ra, Thủ tướng còn nêu rõ Bộ Công an phải phối hợp chặt chẽ với các cơ quan tư pháp.", [("Bộ Công an", None)], None),
    ("Phó Thủ tướng nhấn mạnh, Bộ Tài chính cần khẩn trương hoàn thiện hồ sơ, trình Chính phủ trước ngày 20/12/2025.",
     [("Bộ Tài chính", None)], "2025-12-20"),
    # a request that goes up to the head of government petitions it: no task of its own
    ("Trường hợp chưa đáp ứng được nhu cầu, Chủ tịch Ủy ban nhân dân cấp tỉnh đề nghị Thủ tướng Chính phủ hỗ trợ; "
     "Bộ Tài chính có trách nhiệm tổng hợp, trình cấp có thẩm quyền.", [("Bộ Tài chính", None)], None),
    ("Sở Nội vụ có trách nhiệm lập hồ sơ đề nghị Thủ tướng Chính phủ xét tặng Bằng khen trước ngày 30/10/2025.",
     [("Sở Nội vụ", None)], "2025-10-30"),
    ("Giao Bộ Tài chính chủ trì, đề nghị Bộ Công an phối hợp thực hiện.", [("Bộ Tài chính", "lead"), ("Bộ Công an", "support")], None),
    # a named head, or the head of government, chairing a meeting is the one who asks, not a lead
    ("Thủ tướng Chính phủ Phạm Minh Chính chủ trì cuộc họp với các bộ, ngành, yêu cầu Bộ Xây dựng hoàn thành "
     "trước ngày 15/12/2025.", [("Bộ Xây dựng", None)], "2025-12-15"),
    ("Thủ tướng Chính phủ chủ trì Hội nghị trực tuyến với các địa phương, yêu cầu Bộ Y tế khẩn trương hoàn thành "
     "trước ngày 15/12/2025.", [("Bộ Y tế", None)], "2025-12-15"),
    ("Bộ trưởng Bộ Y tế Đào Hồng Lan chủ trì cuộc họp, yêu cầu Cục Quản lý Dược khẩn trương kiểm tra.",
     [("Cục Quản lý Dược", None)], None),
    # a body given a meeting to chair, or chairing one in a plan, leads it
    ("Giao Sở Nội vụ chủ trì hội nghị tập huấn cho cán bộ trước ngày 15/12/2025.", [("Sở Nội vụ", "lead")], "2025-12-15"),
    ("Sở Văn hóa chủ trì lễ kỷ niệm, hoàn thành trước ngày 15/12/2025.", [("Sở Văn hóa", "lead")], "2025-12-15"),
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
    # heads of no one body (`các Vụ trưởng`, `Thủ trưởng các đơn vị thuộc Bộ ...`) in mid-list: it goes on
    ("Chánh Văn phòng Bộ, các Vụ trưởng, Cục trưởng Cục Đường sắt Việt Nam, Giám đốc Sở Xây dựng chịu trách "
     "nhiệm thi hành Thông tư này./.",
     [("Văn phòng Bộ", None), ("Cục Đường sắt Việt Nam", None), ("Sở Xây dựng", None)], None),
    ("Vụ trưởng Vụ Pháp chế, Thủ trưởng các đơn vị có liên quan thuộc Bộ Y tế, Giám đốc Sở Y tế các tỉnh chịu "
     "trách nhiệm thi hành Thông tư này./.", [("Vụ Pháp chế", None), ("Sở Y tế", None)], None),
    # the issuer's own office's head, by title alone, opens the list
    ("Chánh Văn phòng, Cục trưởng Cục Công nghiệp công nghệ thông tin, Giám đốc Sở Khoa học và Công nghệ các tỉnh "
     "chịu trách nhiệm thi hành Thông tư này./.",
     [("Cục Công nghiệp công nghệ thông tin", None), ("Sở Khoa học và Công nghệ", None)], None),
    # a report's frame, then the body the reported instrument tells to act
    ("Tại Mục 7 Nghị quyết 09/NQ-CP nêu rõ: Bộ Công Thương nghiên cứu, sửa đổi các quy định về giá điện.",
     [("Bộ Công Thương", None)], None),
    # the body that asks, politely, is no doer
    ("Bộ Nội vụ trân trọng đề nghị Ban Tuyên giáo và Dân vận Trung ương chỉ đạo các cơ quan báo chí tuyên truyền.",
     [("Ban Tuyên giáo và Dân vận Trung ương", None)], None),
    # a province's front, insurance or delegation, and a council's standing body
    ("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hà Nội tuyên truyền, vận động Nhân dân thực hiện.",
     [("Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hà Nội", None)], None),
    ("Giao Bảo hiểm xã hội thành phố Hà Nội chủ trì triển khai trước ngày 15/12/2025.",
     [("Bảo hiểm xã hội thành phố Hà Nội", "lead")], "2025-12-15"),
    ("Giao Thường trực Hội đồng nhân dân tỉnh tăng cường giám sát việc thực hiện.",
     [("Thường trực Hội đồng nhân dân tỉnh", None)], None),
    # a collective's `liên quan` goes on with the list, and shares its role
    ("Giao Bộ Nội vụ chủ trì, phối hợp với các cơ quan liên quan, Bộ Tài chính xây dựng đề án trước ngày 30/6/2026.",
     [("Bộ Nội vụ", "lead"), ("Bộ Tài chính", "support")], "2026-06-30"),
    ("Bộ Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với các Bộ, ngành liên quan và Ủy ban nhân dân tỉnh Khánh "
     "Hòa tổ chức đón tiếp.",
     [("Bộ Văn hóa, Thể thao và Du lịch", "lead"), ("các Bộ, ngành", "support"),
      ("Ủy ban nhân dân tỉnh Khánh Hòa", "support")], None),
    ("Bộ Tài chính, các cơ quan, đơn vị liên quan và Bộ Tư pháp có trách nhiệm thi hành Quyết định này.",
     [("Bộ Tài chính", None), ("các cơ quan, đơn vị", None), ("Bộ Tư pháp", None)], None),
    # a collective of another body in the list (`các Ủy ban của Quốc hội`) does not end it, unless a body
    # like its owner follows (a second owner: `các cơ quan, đơn vị thuộc Bộ Quốc phòng, Bộ Xây dựng`)
    ("Đề nghị Hội đồng Dân tộc, các Ủy ban của Quốc hội, Đoàn đại biểu Quốc hội và đại biểu Quốc hội tỉnh Điện Biên, "
     "trong phạm vi nhiệm vụ, quyền hạn của mình, giám sát việc thực hiện Nghị quyết này.",
     [("Hội đồng Dân tộc", None), ("Đoàn đại biểu Quốc hội tỉnh Điện Biên", None)], None),
    ("Giao Bộ Tài chính, các cơ quan của Chính phủ, Bộ Tư pháp xây dựng đề án.",
     [("Bộ Tài chính", None), ("Bộ Tư pháp", None)], None),
    ("Giao Bộ Công an chủ trì, phối hợp với các cơ quan, đơn vị thuộc Bộ Quốc phòng, Bộ Xây dựng triển khai.",
     [("Bộ Công an", "lead"), ("các cơ quan, đơn vị", "support")], None),
    # a unit list ends at the next head's title; `Trưởng` alone heads the tax and statistics offices
    ("Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các Sở: Tài chính, Xây dựng; Trưởng Thuế tỉnh; Chủ tịch Ủy ban "
     "nhân dân các xã, phường chịu trách nhiệm thi hành Quyết định này./.",
     [("Văn phòng Ủy ban nhân dân tỉnh", None), ("Sở Tài chính", None), ("Sở Xây dựng", None), ("Thuế tỉnh", None),
      ("Ủy ban nhân dân các xã, phường", None)], None),
    # a note in parentheses on a listed body's part does not end the list; a definition does
    ("Giao Sở Tư pháp (cơ quan thường trực), Sở Nội vụ, Công an tỉnh hoàn thành trước ngày 31/12/2025.",
     [("Sở Tư pháp", None), ("Sở Nội vụ", None), ("Công an tỉnh", None)], "2025-12-31"),
    ("Giao Sở Tài chính (sau đây gọi tắt là Sở), Sở Nội vụ thực hiện.", [("Sở Tài chính", None)], None),
    # ... not one another body's (`của các cơ quan có liên quan`), which the clause's subject follows
    ("Hàng năm, căn cứ văn bản hướng dẫn của các cơ quan có liên quan, Cục Công nghiệp địa phương chủ trì hướng dẫn "
     "các Sở Công Thương xây dựng kế hoạch.",
     [("Cục Công nghiệp địa phương", "lead")], None),
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
    "Đề nghị các bộ, ngành nêu trên khẩn trương có ý kiến.",  # points back: no body of its own
    "Kết quả đạt được đáp ứng yêu cau của Bộ Công an về an ninh trật tự.",
    "Tham dự Hội nghị có các đồng chí Ủy viên Ban Chỉ đạo 389 quốc gia.",
]


@pytest.mark.parametrize("sentence", NOT_TASKS)
def test_not_a_task(sentence):
    assert _tasks(sentence) == []


# Numbered provisions a page quotes from the law: no doer, no assigning word, no head that assigns.
QUOTED_PROVISIONS = [
    "Điều 5. Quyền và nghĩa vụ của người lao động\n1. Người lao động có các quyền sau đây:\n"
    "a) Làm việc, tự do lựa chọn việc làm, nơi làm việc, nghề nghiệp;\nb) Hưởng lương phù hợp với trình độ, kỹ năng nghề.\n",
    "Hồ sơ đề nghị cấp giấy phép gồm:\n1. Đơn đề nghị theo mẫu.\n2. Bản sao giấy chứng nhận đăng ký doanh nghiệp.\n",
    "Thời giờ làm việc bình thường được quy định như sau:\n1. Thời giờ làm việc bình thường không quá 08 giờ trong 01 ngày.\n"
    "2. Người sử dụng lao động có quyền quy định thời giờ làm việc theo ngày hoặc tuần.\n",
    "Mức hưởng trợ cấp thất nghiệp:\n1. Mức hưởng hằng tháng bằng 60% mức bình quân tiền lương.\n",
    "Các trường hợp được miễn thuế:\n(1) Thu nhập từ chuyển nhượng bất động sản giữa vợ với chồng;\n(2) Thu nhập từ thừa kế.\n",
    "Điều 3. Giải thích từ ngữ\n1. Cơ quan nhà nước là cơ quan trong bộ máy nhà nước.\n2. Đơn vị sự nghiệp công lập là tổ chức do Nhà nước thành lập.\n",
]


@pytest.mark.parametrize("text", QUOTED_PROVISIONS)
def test_a_quoted_provision_is_no_task(text):
    assert [t for t in _tasks(text) if t.ordinal] == []


# Items that stay tasks: a doer found, an assigning word, or a head over them that assigns.
DIRECTIVE_ITEMS = [
    ("Yêu cầu các lực lượng chức năng thực hiện tốt các nhiệm vụ sau:\n1. Tăng cường tuần tra, kiểm soát trên tuyến biên giới.\n", 1),
    ("Đề nghị các đơn vị quan tâm một số nội dung sau:\n1. Rà soát quy trình nội bộ.\n2. Công khai thủ tục tại bộ phận một cửa.\n", 2),
    ("1. Sở Tư pháp thẩm định dự thảo.\n2. Người lao động có quyền đơn phương chấm dứt hợp đồng.\n", 1),
    ("1. Các cơ quan báo chí phải đưa tin kịp thời.\n", 1),
]


@pytest.mark.parametrize("text, count", DIRECTIVE_ITEMS)
def test_directive_items_stay_tasks(text, count):
    assert len([t for t in _tasks(text) if t.ordinal]) == count


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


def test_the_closing_clause_carries_no_role_from_the_article_before():
    text = ("Điều 2. Giao Sở Giáo dục và Đào tạo chủ trì tổ chức thực hiện.\n"
            "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Giáo dục và Đào tạo chịu trách nhiệm thi hành "
            "Quyết định này./.\n")
    assert [_assignees(t) for t in _tasks(text)] == [
        [("Sở Giáo dục và Đào tạo", "lead")], [("Văn phòng Ủy ban nhân dân tỉnh", None), ("Sở Giáo dục và Đào tạo", None)]]


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


def test_a_list_intro_in_an_article_addresses_only_the_items_it_introduces():
    """`Ủy ban nhân dân cấp tỉnh ... gồm các nội dung sau:` in Điều 3 of a decree: its items are
    the committee's, the definitions of Điều 1 and the duties of Điều 4 are not."""
    text = ("Điều 1. Giải thích từ ngữ\n\n1. Quỹ đất thanh toán là khu đất dùng để thanh toán.\n\n"
            "2. Dự án phải được thẩm định trước ngày 31/12/2025.\n\n"
            "Điều 2. Phạm vi\n\nNghị định này quy định về dự án BT.\n\n"
            "Điều 3. Báo cáo\n\nỦy ban nhân dân cấp tỉnh báo cáo Hội đồng nhân dân cấp tỉnh gồm các nội dung sau:\n\n"
            "a) Danh mục dự án trước ngày 30/6/2026;\n\nb) Dự kiến quỹ đất thanh toán.\n\n"
            "Điều 4. Trách nhiệm thi hành\n\n1. Bộ Tài chính hướng dẫn thi hành Nghị định này.\n\n"
            "2. Dự án đang thực hiện phải hoàn thành trước ngày 31/3/2026.\n")
    given = {t.text[:2]: (_assignees(t), t.deadline) for t in _tasks(text) if t.assignees}
    assert given == {"a)": ([("Ủy ban nhân dân cấp tỉnh", None)], "2026-06-30"),
                     "b)": ([("Ủy ban nhân dân cấp tỉnh", None)], None),
                     "1.": ([("Bộ Tài chính", None)], None)}


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
    # a head that says whose duties follow: an article's title, or an item without a colon
    ("Điều 5. Trách nhiệm của Sở Khoa học và Công nghệ\n1. Chủ trì, phối hợp với Sở Tài chính hướng dẫn thực hiện.\n"
     "2. Kiểm tra việc thực hiện.\n",
     [("1", [("Sở Khoa học và Công nghệ", "lead"), ("Sở Tài chính", "support")]), ("2", [("Sở Khoa học và Công nghệ", None)])]),
    ("Điều 7. Trách nhiệm thi hành\n1. Trách nhiệm của Sở Tài chính\na) Chủ trì, phối hợp với Văn phòng UBND tỉnh "
     "hướng dẫn thực hiện.\nb) Kiểm tra việc thực hiện.\n",
     [("a", [("Sở Tài chính", "lead"), ("Văn phòng UBND tỉnh", "support")]), ("b", [("Sở Tài chính", None)])]),
    # a body on its item's first line, its role at the start of the bullet under it
    ("1. Công an tỉnh\n- Chủ trì, phối hợp với Bộ Chỉ huy Quân sự tỉnh triển khai kế hoạch.\n",
     [("1", [("Công an tỉnh", "lead"), ("Bộ Chỉ huy Quân sự tỉnh", "support")])]),
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


LEAD_INS = [
    # (text, [(ordinal, [(assignee, role)])]): the line introducing a list names who does its items
    ("Theo đó, Thủ tướng Chính phủ yêu cầu Bộ Công an thực hiện một số nhiệm vụ cụ thể như sau:\n"
     "(1) Chỉ đạo Công an các đơn vị tăng cường tuần tra, kiểm soát;\n(2) Phối hợp Bộ Xây dựng nghiên cứu sửa đổi quy định.\n",
     # the doer supports; the body it works with is in the task, its role unstated
     [("1", [("Bộ Công an", None)]), ("2", [("Bộ Công an", "support"), ("Bộ Xây dựng", None)])]),
    ("Phó Thủ tướng giao Bộ Tài chính:\n1. Chủ trì hoàn thiện dự thảo Nghị định;\n2. Báo cáo Thủ tướng Chính phủ.\n",
     [("1", [("Bộ Tài chính", "lead")]), ("2", [("Bộ Tài chính", None)])]),
    ("3. Ủy ban nhân dân các xã, phường:\na) Phối hợp với Sở Nông nghiệp và Môi trường tuyên truyền cho người dân.\n"
     "b) Chủ trì, phối hợp với Công an tỉnh kiểm tra.\n",
     [("a", [("Ủy ban nhân dân các xã, phường", "support"), ("Sở Nông nghiệp và Môi trường", None)]),
      ("b", [("Ủy ban nhân dân các xã, phường", "lead"), ("Công an tỉnh", "support")])]),
    # an item naming its own doer keeps it
    ("Thủ tướng Chính phủ yêu cầu Bộ Y tế:\n1. Bộ Công Thương phối hợp kiểm tra thị trường.\n",
     [("1", [("Bộ Công Thương", "support")])]),
    # the document's addressee, not the one who asks (`Thủ tướng Chính phủ yêu cầu`)
    ("Thủ tướng Chính phủ yêu cầu Bộ Y tế thực hiện các nhiệm vụ sau:\nTình hình dịch bệnh phức tạp.\n1. Tăng cường giám sát.\n",
     [("1", [("Bộ Y tế", None)])]),
]


@pytest.mark.parametrize("text, expected", LEAD_INS)
def test_a_lead_in_line_names_who_does_the_items(text, expected):
    assert [(t.ordinal, _assignees(t)) for t in _tasks(text) if t.ordinal] == expected


# (lead-in and a line under it, [(assignees, deadline)]): a lead-in ending in `:` that assigns with
# deadlines, or assigns before a tail introducing the lines after it, is a task of its own and
# still gives its doer to the lines under it; one that only introduces them is none.
ASSIGNING_LEAD_INS = [
    ("Tại Thông báo 596/TB-VPCP, Thủ tướng yêu cầu Bộ Xây dựng tiếp thu các ý kiến góp ý để hoàn thiện dự thảo "
     "Nghị quyết về giải pháp phát triển nhà ở xã hội; lấy lại ý kiến các bộ, cơ quan, chuyên gia, địa phương, "
     "doanh nghiệp liên quan để hoàn thiện dự thảo Nghị quyết của Chính phủ trước 31/10/2025, gửi Bộ Tư pháp thẩm "
     "định theo quy định; hoàn thiện hồ sơ, dự thảo Nghị quyết, trình Chính phủ trước 10/11/2025; trong đó lưu ý "
     "những nội dung sau:\n- Rà soát kỹ các quy định về đối tượng được mua nhà ở xã hội.\n",
     [([("Bộ Xây dựng", None)], "2025-10-31"), ([("Bộ Xây dựng", None)], "2025-11-10")]),
    ("Giao Sở Xây dựng khẩn trương tổng hợp, hoàn chỉnh hồ sơ 02 phương án đầu tư, gửi báo cáo cho Sở Tài chính "
     "trước 12 giờ ngày 27 tháng 11 năm 2025, cụ thể như sau:\n1. Phương án 1: đầu tư xây dựng mới.\n",
     [([("Sở Xây dựng", None)], "2025-11-27"), ([("Sở Xây dựng", None)], None)]),
    ("Yêu cầu Ủy ban nhân dân tỉnh Gia Lai hoàn thành sửa chữa nhà cho người dân trước ngày 31/12/2025 "
     "với các nội dung sau:\n- Huy động lực lượng quân đội hỗ trợ.\n",
     [([("Ủy ban nhân dân tỉnh Gia Lai", None)], "2025-12-31")]),
    ("Phó Thủ tướng giao Bộ Tài chính chủ trì, phối hợp với Bộ Tư pháp hoàn thiện dự thảo Nghị định, cụ thể như sau:\n"
     "1. Rà soát các quy định về thuế.\n",
     [([("Bộ Tài chính", "lead"), ("Bộ Tư pháp", "support")], None), ([("Bộ Tài chính", "lead")], None)]),
    ("Bộ Công an chủ trì xây dựng phương án bảo đảm an ninh, báo cáo Thủ tướng Chính phủ trước ngày 15/01/2026; "
     "trong đó:\n- Cần bảo đảm an toàn tuyệt đối cho các đoàn đại biểu.\n",
     [([("Bộ Công an", "lead")], "2026-01-15"), ([("Bộ Công an", "lead")], None)]),
    ("Đề nghị Sở Tài chính tham mưu bố trí kinh phí, hoàn thành trong quý I/2026, cụ thể:\n"
     "- Kinh phí mua sắm trang thiết bị.\n",
     [([("Sở Tài chính", None)], "2026-03-31")]),
    ("UBND Thành phố giao Sở Tài chính chủ trì, phối hợp với Sở Xây dựng rà soát các dự án, báo cáo UBND Thành phố "
     "trước ngày 20/12/2025; trong đó tập trung vào các nội dung sau:\n- Dự án chậm tiến độ.\n",
     [([("Sở Tài chính", "lead"), ("Sở Xây dựng", "support")], "2025-12-20")]),
    ("Yêu cầu các Bộ: Tài chính, Xây dựng khẩn trương hoàn thiện hồ sơ trước ngày 15/12/2025 theo các nội dung sau:\n"
     "- Hồ sơ dự án.\n", [([("Bộ Tài chính", None), ("Bộ Xây dựng", None)], "2025-12-15")]),
    ("Đề nghị Ủy ban nhân dân tỉnh Nghệ An chỉ đạo khắc phục hậu quả mưa lũ, báo cáo trước ngày 05/12/2025; "
     "cụ thể:\n- Cần sửa chữa trường học.\n",
     [([("Ủy ban nhân dân tỉnh Nghệ An", None)], "2025-12-05"), ([("Ủy ban nhân dân tỉnh Nghệ An", None)], None)]),
    ("Bộ trưởng Bộ Xây dựng cũng đã ký Quyết định 583/QĐ-BXD giao Cục Đường sắt Việt Nam lập báo cáo nghiên "
     "cứu tiền khả thi, cụ thể:\n- Dự án đường sắt Hà Nội - Lạng Sơn.\n",
     [([("Cục Đường sắt Việt Nam", None)], None)]),
    # a signed PDF's broken line, an hour before the day, a deadline before the list's object
    ("Giao Sở Y tế chủ trì triển khai tiêm chủng mở rộng, hoàn thành trước\nngày 31/12/2025, cụ thể như sau:\n"
     "- Tiêm vắc xin sởi.\n", [([("Sở Y tế", "lead")], "2025-12-31")]),
    ("Yêu cầu Sở Xây dựng báo cáo trước 17 giờ ngày 10/12/2025, cụ thể:\n- Số nhà bị hư hỏng.\n",
     [([("Sở Xây dựng", None)], "2025-12-10")]),
    ("Thủ tướng Chính phủ giao Bộ Công an hoàn thành trước ngày 30/6/2025 các nhiệm vụ sau:\n1. Rà soát quy định.\n"
     "2. Tổng kết thực tiễn.\n",
     [([("Bộ Công an", None)], "2025-06-30"), ([("Bộ Công an", None)], None), ([("Bộ Công an", None)], None)]),
    ("Đề nghị Bộ Tài chính có ý kiến bằng văn bản gửi Bộ Tư pháp trước ngày 20/11/2025, trong đó:\n- Làm rõ nguồn vốn.\n",
     [([("Bộ Tài chính", None)], "2025-11-20")]),
    ("Ủy ban nhân dân tỉnh yêu cầu Sở Nội vụ tham mưu, hoàn thành trong tháng 12/2025; với các nội dung sau:\n"
     "- Sắp xếp bộ máy.\n", [([("Sở Nội vụ", None)], "2025-12-31")]),
    # only introducing: the lines under it are the tasks, supported as the lead-in says
    ("Bộ Tài chính chủ trì, phối hợp với Bộ Công an, Ngân hàng Nhà nước Việt Nam xây dựng phương án với thời gian "
     "như sau:\n+ Trước ngày 30/11/2024: hoàn thành dự thảo.\n",
     [([("Bộ Tài chính", "lead"), ("Bộ Công an", "support"), ("Ngân hàng Nhà nước Việt Nam", "support")], "2024-11-30")]),
    # only introducing: the lines under it are the tasks
    ("Thủ tướng Chính phủ đã có ý kiến chỉ đạo như sau:\n1. Bộ Y tế chủ trì thẩm định hồ sơ.\n", [([("Bộ Y tế", "lead")], None)]),
    ("Thủ tướng Chính phủ yêu cầu Bộ Y tế thực hiện các nhiệm vụ sau:\n1. Tăng cường giám sát dịch bệnh.\n",
     [([("Bộ Y tế", None)], None)]),
    ("Phó Thủ tướng giao Bộ Tài chính:\n1. Chủ trì hoàn thiện dự thảo Nghị định.\n", [([("Bộ Tài chính", "lead")], None)]),
    # a condition before the tail, not a body given a deadline
    ("Người đang hưởng trợ cấp hằng tháng trước ngày 01 tháng 7 năm 2025 mà chết thì thực hiện như sau:\n"
     "- Thân nhân được hưởng trợ cấp mai táng.\n", []),
    ("Hồ sơ gồm các giấy tờ, cụ thể như sau:\n- Đơn đăng ký.\n", []),
    ("Bộ Y tế xin trả lời đối với kiến nghị liên quan đến lĩnh vực quản lý của ngành Y tế, cụ thể như sau:\n"
     "- Về giá thuốc.\n", []),
    ("Yêu cầu công chứng phải chụp ảnh cùng công chứng viên được quy định tại Điều 50 Luật Công chứng 2024, "
     "cụ thể như sau:\n- Ảnh chụp rõ mặt.\n", []),
]


@pytest.mark.parametrize("text, expected", ASSIGNING_LEAD_INS)
def test_a_lead_in_that_assigns_is_a_task_and_heads_its_lines(text, expected):
    assert [(_assignees(t), t.deadline) for t in _tasks(text)] == expected


def test_sentences_before_a_later_list_are_still_tasks():
    text = ("- Các Bộ: Xây dựng, Tài chính, Ủy ban nhân dân tỉnh Đồng Nai khẩn trương thực hiện các nhiệm vụ.\n\n"
            "Quy định liên quan như sau:\n1. Tàu bay bị đình chỉ thực hiện chuyến bay.\n")
    first = _tasks(text)[0]
    assert _assignees(first) == [("Bộ Xây dựng", None), ("Bộ Tài chính", None), ("Ủy ban nhân dân tỉnh Đồng Nai", None)]


def test_a_due_date_given_to_nobody_is_no_task():
    assert _tasks("Trước mắt, thí điểm đầu tư hoàn thành xây mới 100 trường trong năm 2025.") == []


SEVERAL_DEADLINES = [
    # (text, [([(assignee, role)], deadline)]): one task per deadline, each with its clause's doer
    ("Yêu cầu Ủy ban nhân dân tỉnh Gia Lai hoàn thành sửa chữa nhà chậm nhất trước ngày 31/12/2025; "
     "xây dựng lại nhà cho các gia đình chậm nhất trước ngày 31/01/2026.",
     [([("Ủy ban nhân dân tỉnh Gia Lai", None)], "2025-12-31"), ([("Ủy ban nhân dân tỉnh Gia Lai", None)], "2026-01-31")]),
    ("Bộ Xây dựng hoàn thành thẩm định trước ngày 15/8/2025; Bộ Tài chính bố trí vốn trước ngày 30/9/2025.",
     [([("Bộ Xây dựng", None)], "2025-08-15"), ([("Bộ Tài chính", None)], "2025-09-30")]),
    ("1. Bộ Công an chủ trì xây dựng đề án, trình Thủ tướng Chính phủ trong tháng 10/2025. "
     "Bộ Quốc phòng phối hợp, góp ý trước ngày 15/9/2025.",
     [([("Bộ Công an", "lead")], "2025-10-31"), ([("Bộ Quốc phòng", "support")], "2025-09-15")]),
    ("Giao Bộ Y tế tổng kết trong quý III/2025 và báo cáo Chính phủ trong quý IV/2025.",
     [([("Bộ Y tế", None)], "2025-09-30"), ([("Bộ Y tế", None)], "2025-12-31")]),
]


@pytest.mark.parametrize("text, expected", SEVERAL_DEADLINES)
def test_several_deadlines_give_one_task_each(text, expected):
    assert [(_assignees(t), t.deadline) for t in _tasks(text)] == expected


def test_a_body_line_ending_in_a_colon_heads_the_dash_lines_after_it():
    text = ("Thủ tướng Chính phủ yêu cầu Chủ tịch Ủy ban nhân dân tỉnh Đắk Lắk khẩn trương thực hiện các nội dung sau:\n"
            "- Huy động lực lượng hỗ trợ sửa chữa nhà, hoàn thành trước ngày 31/12/2025.\n"
            "- Tiếp tục phối hợp với Bộ Quốc phòng kêu gọi, vận động.\n"
            "- Sở Tài chính:\n- Khẩn trương bố trí kinh phí.\n")
    assert [(_assignees(t), t.deadline) for t in _tasks(text)] == [
        ([("Ủy ban nhân dân tỉnh Đắk Lắk", None)], "2025-12-31"),
        ([("Ủy ban nhân dân tỉnh Đắk Lắk", None), ("Bộ Quốc phòng", "support")], None),
        ([("Sở Tài chính", None)], None)]


OLD_DATES = [
    # (text, document date, deadline): a date long before the document is a condition, not a due date
    ("a) Người hoạt động cách mạng trước ngày 01 tháng 01 năm 1945;", "2025-06-01", None),
    ("Giao Sở Tài chính hoàn thành trước ngày 31/12/1993 và báo cáo trước ngày 30/6/2025.", "2025-05-01", "2025-06-30"),
    ("Giao Sở Tài chính báo cáo trước ngày 15/01/2025.", "2025-03-01", "2025-01-15"),
    # something done before a date is a condition; a date nobody must meet is none
    ("a) Người sử dụng đất có nhu cầu đổi Giấy chứng nhận đã cấp trước ngày 01 tháng 8 năm 2024;", "2025-01-01", None),
    ("Giao Sở Tài nguyên cấp đổi Giấy chứng nhận đã được cấp trước ngày 01/8/2024, hoàn thành trước ngày 30/6/2025.",
     "2025-01-01", "2025-06-30"),
    ("1. Chứng chỉ hành nghề được cấp trước ngày 01 tháng 01 năm 2025 được chuyển đổi sang giấy phép.", "2025-03-01", None),
    ("- Trước ngày 30/10/2025: Hoàn thành quy hoạch chi tiết.", "2025-03-01", None),
]


@pytest.mark.parametrize("text, issued, deadline", OLD_DATES)
def test_a_date_long_before_the_document_is_no_deadline(text, issued, deadline):
    tasks = find_tasks(text, find_organizations(text), find_persons(text), reference=issued)
    assert [t.deadline for t in tasks if t.deadline] == ([deadline] if deadline else [])


TABLES = [
    # (text, [(ordinal, [(assignee, role)], deadline)]): one task per row of a table of tasks
    ("| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |\n"
     "| 1 | Rà soát quy hoạch | Sở Tài chính | Sở Xây dựng | Quý IV/2025 |\n"
     "| 2 | Xây dựng cơ sở dữ liệu | Sở Khoa học và Công nghệ | Sở Nội vụ | Tháng 6/2026 |\n",
     [("1", [("Sở Tài chính", "lead"), ("Sở Xây dựng", "support")], "2025-12-31"),
      ("2", [("Sở Khoa học và Công nghệ", "lead"), ("Sở Nội vụ", "support")], "2026-06-30")]),
    # rows run together on one line, a row ending in an empty cell; no number column in the header
    ("| Tên thông tin | Thời gian phổ biến | Đơn vị chịu trách nhiệm phổ biến | | 1 | Số đơn vị hành chính | "
     "Tháng 6/2025 | Vụ Chính quyền địa phương | | 2 | Số phong trào thi đua | Tháng 5/2025 | "
     "Ban Thi đua - Khen thưởng Trung ương |\n",
     [("1", [("Vụ Chính quyền địa phương", None)], None), ("2", [("Ban Thi đua - Khen thưởng Trung ương", None)], None)]),
    # a cell broken over lines
    ("| STT | Nội dung | Đơn vị chủ trì | Thời hạn hoàn thành |\n| 1 | Tập huấn cán bộ\n- tại tỉnh\n| Sở Nội vụ "
     "| Trước 30/6/2026 |\n",
     [("1", [("Sở Nội vụ", "lead")], "2026-06-30")]),
    # a table without a column of bodies holds no tasks
    ("| STT | Chỉ tiêu | Kết quả |\n| 1 | Tăng trưởng | 8% |\n", []),
    # a row naming no body in its body columns is no task; a collective is named as written
    ("| TT | Nhiệm vụ | Cơ quan chủ trì |\n| 1 | Rà soát | Theo phân công |\n", []),
    ("| TT | Nhiệm vụ | Cơ quan chủ trì |\n| 1 | Rà soát | Các sở, ngành |\n", [("1", [("Các sở, ngành", "lead")], None)]),
]


@pytest.mark.parametrize("text, expected", TABLES)
def test_a_table_of_tasks_gives_one_task_per_row(text, expected):
    assert [(t.ordinal, _assignees(t), t.deadline) for t in _tasks(text)] == expected


def test_a_title_or_the_closing_clause_ends_the_carried_subject():
    text = ("Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tài chính chịu trách nhiệm thi hành Quyết định này./.\n"
            "KẾ HOẠCH\nMỤC ĐÍCH, YÊU CẦU\n- Hình thành cơ sở dữ liệu số, phải bảo đảm đồng bộ, kết nối.\n")
    tasks = _tasks(text)
    assert [_assignees(t) for t in tasks] == [[("Văn phòng Ủy ban nhân dân tỉnh", None), ("Sở Tài chính", None)]]


# (line, is it a table's header): cells, and after the first cell's edge a column naming a role
TABLE_HEADERS = [
    ("| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |", True),
    ("STT\tNội dung công việc\tĐơn vị chủ trì\tThời hạn", True),
    ("| Tên thông tin | Thời gian phổ biến | Đơn vị chịu trách nhiệm phổ biến |", True),
    ("| STT | ĐƠN VỊ CHỦ TRÌ | THỜI HẠN |", True),
    ("| STT | Nhiệm vụ | Cơ quan thực hiện | Sản phẩm |", True),
    ("TT\tNội dung\tCơ quan, đơn vị phối hợp", True),
    ("| STT | Chỉ tiêu | Kết quả |", False),
    ("| Nội dung | Thời hạn hoàn thành |", False),
    ("Cơ quan chủ trì: Sở Tài chính | Quý IV/2025", False),
    ("Cơ quan chủ trì thực hiện nhiệm vụ được giao.", False),
    # a list of administrative procedures names who carries each out for the public: no tasks
    ("STT\tMã số TTHC\tTên thủ tục hành chính\tLĩnh vực\tCơ quan thực hiện", False),
    ("| STT | Tên TTHC | Căn cứ pháp lý | Cơ quan thực hiện |", False),
]


@pytest.mark.parametrize("line, is_header", TABLE_HEADERS)
def test_a_table_header_names_a_role_column(line, is_header):
    text = "Văn bản mở đầu.\n" + line + "\nDòng sau.\n"
    assert [text[h.start:h.end] for h in _table_headers(text)] == ([line] if is_header else [])


def test_the_header_search_stays_linear_on_a_page_of_pipes():
    """A long line of cells naming no role: one pattern over the page backtracked over every pipe."""
    text = ("| " + "ô | " * 20000 + "\n") * 3
    started = time.perf_counter()
    assert _table_headers(text) == []
    assert time.perf_counter() - started < 1.0


TAB_TABLES = [
    # Markdown tables come out of the loader a row a line, cells between tabs
    ("TT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành\n"
     "1\tRà soát quy hoạch\tSở Tài chính\tSở Xây dựng\tQuý IV/2025\n"
     "2\tXây dựng cơ sở dữ liệu\tCông an tỉnh Lào Cai\t\tTháng 6/2026\n\nGhi chú: số liệu năm 2025.\n",
     [("1", [("Sở Tài chính", "lead"), ("Sở Xây dựng", "support")], "2025-12-31"),
      ("2", [("Công an tỉnh Lào Cai", "lead")], "2026-06-30")]),
    ("Nội dung\tĐơn vị thực hiện\nTuyên truyền pháp luật\tSở Tư pháp\n",
     [(None, [("Sở Tư pháp", None)], None)]),
    # a group row across the table does not end it; a row that lost its empty last cells lines up from its number
    ("TT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian thực hiện\tNguồn kinh phí\n\n"
     "I Hoàn thiện thể chế\n\n1\tRà soát quy định\tSở Tài chính\tCác sở, ngành\tQuý IV/2025\tNgân sách\n"
     "2\tGóp ý dự thảo\tSở Tư pháp\tSở Nội vụ\tTháng 6/2026\n",
     [("1", [("Sở Tài chính", "lead"), ("Các sở, ngành", "support")], "2025-12-31"),
      ("2", [("Sở Tư pháp", "lead"), ("Sở Nội vụ", "support")], "2026-06-30")]),
    # the lead column's plural list gives each unit; a cell that names a role is no new header
    ("STT\tTên nhiệm vụ\tNgười đứng đầu chịu trách nhiệm\tCơ quan chủ trì\tCơ quan phối hợp\tThời hạn hoàn thành\n"
     "1\tSố hóa di sản, phối hợp thực hiện với địa phương\tCục trưởng các Cục: Di sản văn hóa, Bản quyền tác giả\t"
     "Các Cục: Di sản văn hóa, Bản quyền tác giả\tTrung tâm Chuyển đổi số\tTháng 12/2025\n",
     [("1", [("Cục Di sản văn hóa", "lead"), ("Cục Bản quyền tác giả", "lead"), ("Trung tâm Chuyển đổi số", "support")],
       "2025-12-31")]),
    ("TT\tNội dung\tCơ quan chủ trì\tThời hạn hoàn thành\n1\tXây dựng kế hoạch\tVụ Kế hoạch, Tài chính\tQuý I/2026\n",
     [("1", [("Vụ Kế hoạch, Tài chính", "lead")], "2026-03-31")]),
    # a group and its subgroup in a row (`A ...` / `I ...`) do not end it either
    ("STT\tNhiệm vụ, giải pháp\tĐơn vị thực hiện\tĐơn vị phối hợp\tThời gian thực hiện\n\n"
     "A PHÁT TRIỂN NỀN MÓNG CHO KINH TẾ SỐ\n\nI Hoàn thiện thể chế\n\n1.1\tRà soát quy định\tSở Tư pháp\tCác sở, ngành\tQuý IV/2026\n\n"
     "II Phát triển hạ tầng\n\n2.1\tTriển khai hạ tầng số\tSở Khoa học và Công nghệ\tCác sở, ngành\tTháng 6/2026\n",
     [("1.1", [("Sở Tư pháp", None), ("Các sở, ngành", "support")], "2026-12-31"),
      ("2.1", [("Sở Khoa học và Công nghệ", None), ("Các sở, ngành", "support")], "2026-06-30")]),
]


@pytest.mark.parametrize("text, expected", TAB_TABLES)
def test_a_table_with_tabs_gives_one_task_per_line(text, expected):
    assert [(t.ordinal, _assignees(t), t.deadline) for t in _tasks(text)] == expected


def test_a_lead_in_that_assigns_nothing_makes_its_items_no_tasks():
    text = ("Cán bộ đang giữ một trong các chức vụ sau đây của Đảng, Nhà nước và Thủ tướng Chính phủ được tổ chức Lễ Quốc tang:\n"
            "(1) Tổng Bí thư Ban Chấp hành Trung ương Đảng;\n(2) Ủy viên Bộ Chính trị.\n")
    assert [t for t in _tasks(text) if t.ordinal] == []


def test_before_a_list_only_sentences_with_their_own_doer_are_tasks():
    text = ("Ngày 14 tháng 10 năm 2021, Phó Thủ tướng chủ trì Hội nghị giao ban Ban Chỉ đạo 389 quốc gia.\n"
            "Tình hình buôn lậu cần được ngăn chặn.\n"
            "Bộ Công an khẩn trương điều tra các đường dây buôn lậu.\n"
            "Yêu cầu Ban Chỉ đạo 389 các bộ, ngành, địa phương thực hiện các nhiệm vụ sau:\n"
            "1. Tăng cường kiểm tra.\n")
    assert [(t.ordinal, _assignees(t)) for t in _tasks(text)] == [
        (None, [("Bộ Công an", None)]), ("1", [("Ban Chỉ đạo 389 các bộ, ngành, địa phương", None)])]


INTRODUCED_BODIES = [
    # a lead-in about tasks that ends with the bodies they are for heads the lines under it
    ("Tại tiểu mục a Mục 4 Chỉ thị 24/CT-TTg năm 2025 của Thủ tướng Chính phủ đưa ra yêu cầu về việc triển khai "
     "tích hợp giấy tờ trên ứng dụng VNeID của Bộ Công an như sau:\n\n- Chủ trì, phối hợp với các bộ, ngành rà soát "
     "Nghị định số 69/2024/NĐ-CP, hoàn thành trong tháng 11 năm 2025.\n",
     [[("Bộ Công an", "lead"), ("các bộ, ngành", "support")]]),
    ("Căn cứ theo tiểu mục 4 Mục IV Thông báo 56/TB-VPCP năm 2025 thì nhiệm vụ của Bộ Công an bao gồm:\n\n"
     "(1) Chủ trì hoàn thiện Luật Bảo vệ dữ liệu cá nhân.\n\n(2) Chủ trì, phối hợp với Bộ Tư pháp rà soát các văn bản.\n",
     [[("Bộ Công an", "lead")], [("Bộ Công an", "lead"), ("Bộ Tư pháp", "support")]]),
    # one that speaks of no tasks (a definition, a file's contents) heads nothing
    ("Các cơ sở khám bệnh, chữa bệnh thuộc thẩm quyền quản lý của Bộ Quốc phòng, Bộ Công an:\n\n"
     "- Thực hiện theo quy định riêng.\n", []),
]


@pytest.mark.parametrize("text, expected", INTRODUCED_BODIES)
def test_a_lead_in_ending_with_the_bodies_heads_the_lines_under_it(text, expected):
    assert [_assignees(t) for t in _tasks(text) if t.assignees] == expected


LABEL_LINES = [
    # (text, [[(assignee, role)]]): a line that is only a body's name heads the dash lines after it
    # (`Chủ trì` opening a line makes the body carried down its lead)
    ("Bộ Công an\n- Chủ trì truy quét các đường dây buôn lậu.\n- Tiếp tục phối hợp với Bộ Quốc phòng tuần tra.\n",
     [[("Bộ Công an", "lead")], [("Bộ Công an", None), ("Bộ Quốc phòng", "support")]]),
    ("- Sở Y tế, Sở Tài chính\n+ Khẩn trương bố trí kinh phí mua thuốc.\n",
     [[("Sở Y tế", None), ("Sở Tài chính", None)]]),
    # a short line that says more than a name is no label; a header in capitals neither
    ("Báo cáo của Bộ Tài chính\n- Cần rà soát các khoản chi.\n", []),
    ("BỘ TÀI CHÍNH\nKính gửi các đơn vị\n- Cần rà soát các khoản chi.\n", []),
]


@pytest.mark.parametrize("text, expected", LABEL_LINES)
def test_a_line_naming_only_bodies_heads_the_lines_after_it(text, expected):
    assert [_assignees(t) for t in _tasks(text)] == expected


IN_FORCE = [
    # the clause on entry into force is no task, whatever its numbering
    "Điều 2. Điều khoản thi hành\n1. Thông tư này có hiệu lực thi hành từ ngày 10 tháng 01 năm 2026.\n",
    "1. Nghị quyết này có hiệu lực kể từ ngày ký ban hành.\n2. Bãi bỏ Nghị quyết số 01/NQ-HĐND.\n",
    "a) Quyết định này có hiệu lực từ ngày 01/01/2026;\n",
]


@pytest.mark.parametrize("text", IN_FORCE)
def test_entry_into_force_is_no_task(text):
    assert [t for t in _tasks(text) if "hiệu lực" in t.text] == []


def test_the_execution_clause_beside_entry_into_force_is_a_task():
    text = ("Điều 2. Điều khoản thi hành\n1. Thông tư này có hiệu lực thi hành từ ngày 10 tháng 01 năm 2026.\n"
            "2. Vụ trưởng Vụ Tài chính - Kinh tế ngành chịu trách nhiệm thi hành Thông tư này./.\n")
    assert [(t.ordinal, _assignees(t)) for t in _tasks(text)] == [("2", [("Vụ Tài chính - Kinh tế ngành", None)])]


def test_a_question_ends_the_carried_subject():
    text = ("Bộ Y tế khẩn trương chỉ đạo các cơ sở y tế bảo đảm thuốc.\n"
            "Hệ thống số điện thoại 112 được sử dụng thế nào?\n"
            "Như vậy, hệ thống cần bảo đảm tiếp nhận thông tin về sự cố.\n")
    assert [_assignees(t) for t in _tasks(text)] == [[("Bộ Y tế", None)]]


TELEGRAM = ("Thủ tướng Chính phủ Phạm Minh Chính đã ký Công điện số 87/CĐ-TTg gửi Bộ trưởng các Bộ: Tài chính, "
            "Xây dựng; Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.\n\n")
TELEGRAM_TO = [("Bộ Tài chính", None), ("Bộ Xây dựng", None), ("Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", None)]
# In a report on a telegram, a task whose doer goes unnamed falls to the telegram's addressees;
# whom the results are sent to is reported to, and the one who asks is no doer.
REPORTED_TELEGRAM = [
    ("Thủ tướng yêu cầu rà soát dự án đầu tư công, tổng hợp kết quả gửi Thủ tướng Chính phủ và Văn phòng Chính phủ "
     "chậm nhất trước ngày 15/02/2025.", TELEGRAM_TO, "2025-02-15"),
    ("Thủ tướng Chính phủ đề nghị khẩn trương hoàn thành việc giải ngân trước ngày 31/01/2025.", TELEGRAM_TO, "2025-01-31"),
    ("Thủ tướng chỉ đạo tiếp tục đẩy mạnh phân cấp, phân quyền trong quản lý đầu tư.", TELEGRAM_TO, None),
    ("Thủ tướng yêu cầu Bộ Công an chủ trì bảo đảm an ninh trật tự trước ngày 20/01/2025.", [("Bộ Công an", "lead")], "2025-01-20"),
    ("Thủ tướng đề nghị bộ, ngành, địa phương báo cáo kết quả trước ngày 20/01/2025.", [("bộ, ngành, địa phương", None)], "2025-01-20"),
    # whom the results go to, in lower case too, is reported to, never the doer
    ("Theo đó, Thủ tướng yêu cầu rà soát dự án đầu tư khó khăn còn tồn đọng để triển khai ngay, tổng hợp đầy đủ các "
     "dự án gửi Thủ tướng chính phủ và Bộ Kế hoạch và Đầu tư chậm nhất trước ngày 15/02/2025.", TELEGRAM_TO, "2025-02-15"),
    ("Công điện yêu cầu khẩn trương hoàn thành việc sửa chữa nhà cho người dân trước ngày 31/01/2025.", TELEGRAM_TO, "2025-01-31"),
    ("Phó Thủ tướng yêu cầu tổng hợp kết quả gửi Văn phòng Chính phủ và Bộ Tài chính trong tháng 02/2025.", TELEGRAM_TO, "2025-02-28"),
]


@pytest.mark.parametrize("sentence, assignees, deadline", REPORTED_TELEGRAM)
def test_a_reported_telegrams_task_without_doer_falls_to_its_addressees(sentence, assignees, deadline):
    tasks = _tasks(TELEGRAM + sentence)
    assert [(_assignees(t), t.deadline) for t in tasks] == [(assignees, deadline)]


def test_results_sent_to_a_body_report_to_it():
    task, = _tasks(TELEGRAM + REPORTED_TELEGRAM[0][0])
    assert task.reports_to == ["Thủ tướng Chính phủ", "Văn phòng Chính phủ"]


UNNAMED_REQUEST = ("Theo đó, Thủ tướng yêu cầu rà soát dự án đầu tư khó khăn còn tồn đọng, tổng hợp đầy đủ các dự án gửi "
                   "Thủ tướng chính phủ và Bộ Kế hoạch và Đầu tư chậm nhất trước ngày 15/02/2025.")
# (text before the request, [(assignees, deadline)] of all tasks): a request whose doer goes unnamed
# is the addressees' (none known: no task), not the doer's of the sentence before it
REQUESTS_AFTER_A_DOER = [
    ("Bộ Tài chính khẩn trương hoàn thiện dự thảo Nghị định.", [([("Bộ Tài chính", None)], None)]),
    (TELEGRAM + "Bộ Tài chính khẩn trương hoàn thiện dự thảo Nghị định.",
     [([("Bộ Tài chính", None)], None), ([("Bộ Tài chính", None)] + TELEGRAM_TO[1:], "2025-02-15")]),
    ("Thủ tướng Chính phủ biểu dương các bộ, cơ quan, địa phương đã gửi báo cáo đúng thời hạn; đồng thời phê bình và "
     "yêu cầu các bộ và 30 địa phương chưa gửi báo cáo kiểm điểm, báo cáo Thủ tướng Chính phủ trước ngày 17 tháng 02 "
     "năm 2025.", []),
]


@pytest.mark.parametrize("before, expected", REQUESTS_AFTER_A_DOER)
def test_an_unnamed_request_does_not_continue_the_previous_doer(before, expected):
    assert [(_assignees(t), t.deadline) for t in _tasks(before + "\n\n" + UNNAMED_REQUEST)] == expected


# (sentence, [(assignees, deadline)]): the head of government who asks further on in its sentence is
# the one who asks; one that does a task itself, or is given one (`được giao`), stays its doer.
HEAD_OF_GOVERNMENT_SUBJECTS = [
    ("Thủ tướng Chính phủ biểu dương các địa phương; đồng thời yêu cầu Bộ Xây dựng báo cáo trước ngày 17/02/2025.",
     [([("Bộ Xây dựng", None)], "2025-02-17")]),
    ("Thủ tướng Chính phủ đánh giá cao kết quả đạt được và giao Bộ Công an chủ trì xây dựng đề án.",
     [([("Bộ Công an", "lead")], None)]),
    ("Thủ tướng Chính phủ ghi nhận nỗ lực của các bộ, đề nghị Bộ Y tế hoàn thành trước ngày 30/6/2025.",
     [([("Bộ Y tế", None)], "2025-06-30")]),
    ("Chính phủ, Thủ tướng Chính phủ có trách nhiệm chỉ đạo các Bộ, cơ quan ngang Bộ rà soát quy định.",
     [([("Chính phủ", None), ("Thủ tướng Chính phủ", None), ("các Bộ, cơ quan ngang Bộ", None)], None)]),
    ("Thủ tướng Chính phủ có trách nhiệm ban hành danh mục dịch vụ được giao nhiệm vụ cho doanh nghiệp.",
     [([("Thủ tướng Chính phủ", None)], None)]),
    ("Thủ tướng Chính phủ yêu cầu Bộ Tài chính hoàn thành trước ngày 31/12/2025.", [([("Bộ Tài chính", None)], "2025-12-31")]),
    ("Thủ tướng Chính phủ cũng đã yêu cầu Bộ Nội vụ báo cáo trong tháng 12/2025.", [([("Bộ Nội vụ", None)], "2025-12-31")]),
    ("Văn phòng Chính phủ tổng hợp, báo cáo Thủ tướng Chính phủ xem xét, giao nhiệm vụ trước ngày 10/01/2026.",
     [([("Văn phòng Chính phủ", None)], "2026-01-10")]),
]


@pytest.mark.parametrize("sentence, expected", HEAD_OF_GOVERNMENT_SUBJECTS)
def test_the_head_of_government_asking_further_on_is_no_doer(sentence, expected):
    assert [(_assignees(t), t.deadline) for t in _tasks(sentence)] == expected


# (text, [(assignees, deadline)]): a verb or a form's noun before `chỉ đạo`, `đề nghị` is no one
# who asks: the sentence continues the previous doer, or is no task
NOT_ASKERS = [
    ("Ủy ban Thường vụ Quốc hội khẩn trương hoàn thiện dự án Luật.\n- Tiếp tục chỉ đạo chuẩn bị tổ chức Diễn đàn pháp luật.",
     [([("Ủy ban Thường vụ Quốc hội", None)], None), ([("Ủy ban Thường vụ Quốc hội", None)], None)]),
    ("Bộ Công an chủ trì bảo đảm an ninh.\n- Tiếp tục chỉ đạo tăng cường tuần tra, kiểm soát.",
     [([("Bộ Công an", "lead")], None), ([("Bộ Công an", "lead")], None)]),
    ("Sở Nông nghiệp và Môi trường chủ trì theo dõi tình hình mưa lũ.\n- Kịp thời chỉ đạo khắc phục hậu quả mưa lũ trước ngày 30/11/2025.",
     [([("Sở Nông nghiệp và Môi trường", "lead")], None), ([("Sở Nông nghiệp và Môi trường", "lead")], "2025-11-30")]),
]


@pytest.mark.parametrize("text, expected", NOT_ASKERS)
def test_a_verb_or_noun_before_an_asking_word_is_no_asker(text, expected):
    assert [(_assignees(t), t.deadline) for t in _tasks(text)] == expected


# The deadline column's cell: a month, a quarter or a day is due at its end; a range at its end.
DEADLINE_CELLS = [
    ("Tháng 12/2025", "2025-12-31"),
    ("Quý I/2026", "2026-03-31"),
    ("Quý III Năm 2026", "2026-09-30"),
    ("Quý IV/2025- Quý II/2026", "2026-06-30"),
    ("Năm 2025 - 2026", "2026-12-31"),
    ("2025-2026", "2026-12-31"),
    ("Tháng 10 - 12/2025", "2025-12-31"),
    ("Trước 30/6/2025", "2025-06-30"),
    ("30-6-2025", "2025-06-30"),
    ("Từ tháng 6 đến tháng 9/2025", "2025-09-30"),
    ("Thường xuyên", None),
    ("Hằng năm", None),
]


@pytest.mark.parametrize("cell, deadline", DEADLINE_CELLS)
def test_a_deadline_cell_gives_the_end_of_its_period(cell, deadline):
    text = f"TT\tNhiệm vụ\tCơ quan chủ trì\tThời hạn hoàn thành\n1\tRà soát quy định\tSở Tài chính\t{cell}\n"
    task, = _tasks(text)
    assert task.deadline == deadline


# The end of a period after `xong` or `hoàn thành vào`: its last day is due.
PERIOD_ENDS = [
    ("Sở Y tế cần tập trung tháo gỡ khó khăn xong cuối tháng 12 năm 2025.", "2025-12-31"),
    ("Sở Y tế có trách nhiệm hoàn thành vào cuối năm 2025.", "2025-12-31"),
    ("Giao Sở Y tế chủ trì, hoàn thành vào cuối quý III/2025.", "2025-09-30"),
    ("Sở Y tế phải hoàn thành trước 15 giờ ngày 20/11/2025.", "2025-11-20"),
    ("Đề nghị Sở Y tế gửi báo cáo về Bộ Y tế trước 31/10/2025.", "2025-10-31"),
]


@pytest.mark.parametrize("sentence, deadline", PERIOD_ENDS)
def test_the_end_of_a_period_is_due(sentence, deadline):
    task, = _tasks(sentence)
    assert task.deadline == deadline


def test_the_end_of_a_period_as_a_scene_is_no_deadline():
    assert [t.deadline for t in _tasks("Sở Y tế phải bảo đảm đến cuối năm 2025 tỷ lệ bao phủ đạt 95%.")] == [None]


# The columns that say when a task is carried out give its due date as well.
DEADLINE_COLUMNS = ["Thời gian hoàn thành", "Thời hạn hoàn thành", "Thời gian thực hiện", "Tiến độ thực hiện",
                    "Thời gian triển khai"]


@pytest.mark.parametrize("column", DEADLINE_COLUMNS)
def test_a_deadline_column(column):
    text = f"STT\tNhiệm vụ\tCơ quan chủ trì\t{column}\n1\tRà soát quy định\tBộ Xây dựng\t2026\n"
    task, = _tasks(text)
    assert (task.deadline, _assignees(task)) == ("2026-12-31", [("Bộ Xây dựng", "lead")])

CLOSING_FORMULAS = [
    # (text, [(ordinal, assignees, deadline)]): the sentence closing the body after the last item is not the
    # item's: it takes none of its deadline (following up is a task of its own, with no date)
    ("1. Bộ Y tế chủ trì tổ chức tiêm vắc xin, hoàn thành trước ngày 31 tháng 3 năm 2025.\n"
     "2. Bộ Tài chính bảo đảm kinh phí, báo cáo Thủ tướng Chính phủ trước ngày 15 tháng 4 năm 2025.\n"
     "Văn phòng Chính phủ theo dõi, đôn đốc theo chức năng, nhiệm vụ được giao./.\n",
     [("1", [("Bộ Y tế", "lead")], "2025-03-31"), ("2", [("Bộ Tài chính", None)], "2025-04-15"),
      (None, [("Văn phòng Chính phủ", None)], None)]),
    ("1. Sở Tài chính chủ trì rà soát, hoàn thành trước ngày 20/12/2025.\n\n"
     "Văn phòng Ủy ban nhân dân tỉnh theo dõi, đôn đốc việc thực hiện./.\n",
     [("1", [("Sở Tài chính", "lead")], "2025-12-20")]),
    # a wrapped line of the item that goes on in lower case and ends the body is still the item's
    ("1. Sở Tài chính chủ trì rà soát các dự án,\nđúng quy định, hoàn thành trước ngày 20/12/2025./.\n",
     [("1", [("Sở Tài chính", "lead")], "2025-12-20")]),
    # a line of the item that ends in a full stop is still the item's
    ("1. Bộ Công an chủ trì kiểm tra.\nKết quả báo cáo Thủ tướng Chính phủ trước ngày 30/6/2025.\n",
     [("1", [("Bộ Công an", "lead")], "2025-06-30")]),
]


@pytest.mark.parametrize("text, expected", CLOSING_FORMULAS)
def test_the_closing_formula_is_not_the_last_items(text, expected):
    assert [(t.ordinal, _assignees(t), t.deadline) for t in _tasks(text)] == expected


_SIGNED_DECISION = ("Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện Chỉ thị số 05/CT-TTg.\n"
                    "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành./.\n"
                    "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT, NC.\nKT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\nNguyễn Hòa Bình\n")
ANNEXED_PLANS = [
    # (the text after the signature, [(ordinal, assignees, deadline)]): a plan the decision issues holds its tasks
    ("PHỤ LỤC\nKẾ HOẠCH THỰC HIỆN CHỈ THỊ SỐ 05/CT-TTg\n(Kèm theo Quyết định số 512/QĐ-TTg ngày 07 tháng 3 năm 2025)\n"
     "1. Bộ Công an chủ trì, phối hợp với Bộ Xây dựng rà soát các cơ sở, hoàn thành trước ngày 30 tháng 6 năm 2025.\n",
     [("1", [("Bộ Công an", "lead"), ("Bộ Xây dựng", "support")], "2025-06-30")]),
    ("KẾ HOẠCH THỰC HIỆN CHỈ THỊ SỐ 05/CT-TTg (Kèm theo Quyết định số 512/QĐ-TTg ngày 07/3/2025)\n\n"
     "1. Bộ Y tế chủ trì tổ chức tiêm chủng, hoàn thành trong quý II/2025.\n"
     "2. Giao Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương kiểm tra, báo cáo trước ngày 15/12/2025.\n",
     [("1", [("Bộ Y tế", "lead")], "2025-06-30"),
      ("2", [("Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", None)], "2025-12-15")]),
    ("CHƯƠNG TRÌNH HÀNH ĐỘNG\n*(Ban hành kèm theo Quyết định số 12/QĐ-UBND ngày 05/01/2025)*\n"
     "1. Sở Tài chính chủ trì tham mưu bố trí kinh phí, hoàn thành trước ngày 31/3/2025.\n",
     [("1", [("Sở Tài chính", "lead")], "2025-03-31")]),
    # a regulation the decision issues gives its duties to the bodies its articles name, and the
    # annex marker may break over lines
    ("QUY CHẾ\nPhối hợp quản lý hoạt động khoa học\n*(Ban\nhành kèm theo Quyết định số 12/QĐ-UBND ngày 05/01/2025)*\n"
     "Điều 5. Trách nhiệm của Sở Khoa học và Công nghệ\n"
     "1. Chủ trì, phối hợp với Sở Tài chính hướng dẫn thực hiện Quy chế này.\n",
     [("1", [("Sở Khoa học và Công nghệ", "lead"), ("Sở Tài chính", "support")], None)]),
    # a long title between the plan's heading and the marker; a record's `Thời gian hoàn thành`
    ("KẾ HOẠCH\nTRIỂN KHAI THỰC HIỆN TỔNG KIỂM KÊ\nTÀI SẢN CÔNG TẠI CƠ QUAN, TỔ CHỨC, ĐƠN VỊ\nDO NHÀ NƯỚC\n"
     "ĐẦU TƯ, QUẢN LÝ THUỘC PHẠM VI QUẢN LÝ CỦA TỈNH\n01 THÁNG 01 NĂM 2026\n\n(Kèm theo Quyết định số 1627/QĐ-UBND)\n"
     "1. Sở Tài chính chủ trì hướng dẫn kiểm kê. Thời gian hoàn thành: Tháng 12/2025.\n",
     [("1", [("Sở Tài chính", "lead")], "2025-12-31")]),
    # a plan's type word alone in capitals, no marker line: its title in capitals is no task
    ("**KẾ HOẠCH**\n\nXUẤT KHẨU SẢN PHẨM HÀNG HÓA TỈNH SƠN LA GIAI ĐOẠN 2026 -\n2030\n\n"
     "1. Sở Công Thương chủ trì xây dựng chương trình xúc tiến, hoàn thành trong quý IV/2026.\n",
     [("1", [("Sở Công Thương", "lead")], "2026-12-31")]),
    # rules annexed so hold scoring tables more often than tasks: not without their marker
    ("**QUY ĐỊNH**\n\nVỀ\nTIÊU CHÍ ĐÁNH GIÁ CÁN BỘ\n\n1. Sở Nội vụ chủ trì đánh giá.\n", []),
    # an appendix that is no plan the decision issues (a list of forms) gives no tasks
    ("PHỤ LỤC\nDANH MỤC BIỂU MẪU\n1. Sở Tài chính: mẫu số 01.\n", []),
]


@pytest.mark.parametrize("annex, expected", ANNEXED_PLANS)
def test_a_plan_annexed_to_a_decision_holds_its_tasks(annex, expected):
    text = _SIGNED_DECISION + annex
    tasks = find_tasks(text, find_organizations(text), find_persons(text), text.index("Nơi nhận"), "2025-03-07")
    assert [(t.ordinal, _assignees(t), t.deadline) for t in tasks] == expected


ADDRESSED_BY_PRONOUN = [
    # the addressed company by its kind alone, a verb after it
    ("Kính gửi: Công ty TNHH KGL Việt Nam\n\nCục Thuế nhận được công văn của Công ty.\n\n"
     "Đề nghị Công ty nghiên cứu các văn bản dẫn trên để thực hiện đúng quy định trước ngày 10 tháng 12 năm 2025.\n",
     [([("Công ty TNHH KGL Việt Nam", None)], "2025-12-10")]),
    # (text, [(assignees, deadline)]): `các đồng chí` are the people addressed, so the task falls to their bodies
    ("Kính gửi:\n- Bộ trưởng Bộ Xây dựng;\n- Chủ tịch Ủy ban nhân dân thành phố Hà Nội.\n\n"
     "Thủ tướng Chính phủ có ý kiến như sau:\n\n"
     "Đề nghị các đồng chí khẩn trương nghiên cứu, báo cáo Thủ tướng Chính phủ trước ngày 10 tháng 12 năm 2025.\n",
     [([("Bộ Xây dựng", None), ("Ủy ban nhân dân thành phố Hà Nội", None)], "2025-12-10")]),
    # a report: the letter's addressees, not whose opinion it conveys
    ("Ngày 28/11/2025, Văn phòng Chính phủ có Công văn số 11/VPCP-CN gửi Bộ Xây dựng, Ủy ban nhân dân thành phố "
     "Hà Nội truyền đạt ý kiến của Thủ tướng Chính phủ.\n\n"
     "Đề nghị các đồng chí khẩn trương nghiên cứu, báo cáo Thủ tướng Chính phủ trước ngày 10 tháng 12 năm 2025.\n",
     [([("Bộ Xây dựng", None), ("Ủy ban nhân dân thành phố Hà Nội", None)], "2025-12-10")]),
    # the one whose opinion introduces the lines after it does none of them
    ("Căn cứ quy định trên, Cục Thuế thành phố Hà Nội có ý kiến như sau:\n"
     "- Doanh nghiệp cần thực hiện kê khai, nộp hồ sơ trước ngày 20/01/2026.\n", []),
    # the polite `Quý` after an opening clause: the letter's addressees, not who did the task before
    ("Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương\n\n"
     "Bộ Tài chính đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương:\n"
     "- Giao Thống kê tỉnh chủ trì, phối hợp với các Sở, ngành liên quan rà soát cập nhật số liệu.\n"
     "Để đảm bảo thời gian biên soạn số liệu, đề nghị Quý Ủy ban gửi báo cáo đánh giá về Bộ Tài chính "
     "chậm nhất ngày 22/11/2025.\n",
     [([("Thống kê tỉnh", "lead"), ("các Sở, ngành", "support")], None), ([("Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", None)], "2025-11-22")]),
    ("Kính gửi: Công ty TNHH Khuôn Mẫu Yong Hong\n\nTrong quá trình thực hiện, nếu có vướng mắc, rất mong "
     "Quý Công ty liên hệ Sở Tài chính để được hướng dẫn trước ngày 10/12/2025.\n",
     [([("Công ty TNHH Khuôn Mẫu Yong Hong", None)], "2025-12-10")]),
    # with no address block, to whom is unknown: not the body the sentence names after the verb
    ("Bộ Khoa học và Công nghệ đã ban hành hướng dẫn. Trong quá trình triển khai có gì vướng mắc, đề nghị "
     "Quý Cơ quan phản hồi về Bộ Khoa học và Công nghệ trước ngày 10/12/2025.\n", []),
]


@pytest.mark.parametrize("text, expected", ADDRESSED_BY_PRONOUN)
def test_the_people_addressed_stand_for_their_bodies(text, expected):
    assert [(_assignees(t), t.deadline) for t in _tasks(text)] == expected


_MINISTRIES = ("Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ", None)
_PROVINCES = ("Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", None)

HEADS_OF_COLLECTIVES = [
    # (sentence, [(assignee, role)], deadline): the heads of collectives stand for the bodies they
    # head, as in the addressee lines; whom it reports to is not assigned
    ("1. Bộ trưởng, Thủ trưởng các cơ quan ngang Bộ, cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, "
     "thành phố trực thuộc Trung ương khẩn trương rà soát các dự án tồn đọng, gửi Bộ Kế hoạch và Đầu tư chậm nhất "
     "trước ngày 15 tháng 02 năm 2025.", [_MINISTRIES, _PROVINCES], "2025-02-15"),
    ("Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố "
     "trực thuộc Trung ương tập trung hoàn thiện thể chế, chính sách, pháp luật về nhà ở, hoàn thành trước ngày 30/6/2025.",
     [_MINISTRIES, _PROVINCES], "2025-06-30"),
    ("Bộ trưởng, Thủ trưởng các cơ quan ngang bộ, cơ quan thuộc Chính phủ và Chủ tịch UBND các tỉnh, thành phố trực "
     "thuộc Trung ương khẩn trương thực hiện phân cấp, phân quyền triệt để, hoàn thành trong tháng 5/2025.",
     [_MINISTRIES, _PROVINCES], "2025-05-31"),
    ("Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương "
     "khẩn trương hoàn thành việc sắp xếp trước ngày 30/6/2025.",
     [("Các bộ, cơ quan ngang bộ", None), _PROVINCES], "2025-06-30"),
    # `Các Bộ trưởng`, `Bộ trưởng các Bộ`, `Chủ tịch UBND các tỉnh, thành phố`
    ("3. Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ, Chủ tịch UBND các tỉnh, thành phố chỉ "
     "đạo kiểm tra, báo cáo Thủ tướng Chính phủ trước ngày 15/4/2025.",
     [_MINISTRIES, ("UBND các tỉnh, thành phố", None)], "2025-04-15"),
    ("Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân tỉnh, "
     "thành phố trực thuộc trung ương chỉ đạo rà soát, hoàn thành trước ngày 31/12/2025.",
     [_MINISTRIES, ("Ủy ban nhân dân tỉnh, thành phố", None)], "2025-12-31"),
    ("5. Chủ tịch UBND các tỉnh, thành phố khẩn trương rà soát, gửi Bộ Xây dựng trước ngày 10/3/2025.",
     [("UBND các tỉnh, thành phố", None)], "2025-03-10"),
    ("Chủ tịch UBND các tỉnh, thành phố trực thuộc Trung ương nghiên cứu kỹ lưỡng các quy định tại các nghị định, "
     "báo cáo Bộ Nội vụ trước ngày 20/6/2025.", [_PROVINCES], "2025-06-20"),
    # `theo chức năng, nhiệm vụ được giao` between the doer and the verb
    ("2. Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc Chính phủ theo chức năng, nhiệm vụ được giao "
     "chỉ đạo rà soát các thủ tục hành chính, hoàn thành trước ngày 31/3/2025.",
     [("các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ", None)], "2025-03-31"),
    ("4. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương theo chức năng, nhiệm vụ được giao chỉ "
     "đạo các cơ quan chức năng tăng cường kiểm tra, hoàn thành trước ngày 28/02/2025.", [_PROVINCES], "2025-02-28"),
    # a collective's heads with another body after them
    ("Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Tổng Kiểm toán nhà nước chỉ đạo việc biên soạn tài liệu, hoàn thành "
     "trước ngày 30/9/2025.", [("Các bộ, cơ quan ngang bộ", None)], "2025-09-30"),
    ("6. Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố "
     "trực thuộc trung ương, Văn phòng Ban Chỉ đạo Phòng thủ dân sự quốc gia tổ chức trực ban, báo cáo trước ngày 5/10/2025.",
     [_MINISTRIES, _PROVINCES, ("Văn phòng Ban Chỉ đạo Phòng thủ dân sự quốc gia", None)], "2025-10-05"),
    ("Bộ trưởng, Thủ trưởng cơ quan ngang Bộ theo dõi sát việc triển khai các nghị định; hoàn thành và công bố các "
     "thông tư hướng dẫn nghị định trước ngày 30/6/2025.", [("Các bộ, cơ quan ngang bộ", None)], "2025-06-30"),
    ("Bộ trưởng, Thủ trưởng cơ quan ngang Bộ dự, chỉ đạo tại các điểm cầu; báo cáo Thủ tướng Chính phủ chậm nhất "
     "trong ngày 13 tháng 8 năm 2025.", [("Các bộ, cơ quan ngang bộ", None)], "2025-08-13"),
    # a signed PDF's broken lines, the old-style `Uỷ`, the abbreviation `TW`
    ("1. Bộ trưởng, Thủ trưởng các cơ quan ngang\nBộ, cơ quan thuộc Chính phủ, Chủ tịch Uỷ ban nhân dân các tỉnh, thành "
     "phố\ntrực thuộc Trung ương khẩn trương rà soát, gửi Bộ Tài chính trước ngày 15/02/2025.",
     [_MINISTRIES, _PROVINCES], "2025-02-15"),
    ("1. Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ, Chủ tịch UBND các tỉnh, thành phố trực thuộc "
     "TW khẩn trương rà soát trước ngày 15/02/2025.", [_MINISTRIES, _PROVINCES], "2025-02-15"),
    # the heads asked by a verb
    ("Yêu cầu Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung "
     "ương khẩn trương rà soát, hoàn thành trước ngày 15/3/2025.",
     [("Các bộ, cơ quan ngang bộ", None), _PROVINCES], "2025-03-15"),
    ("Thủ tướng Chính phủ yêu cầu Chủ tịch UBND các tỉnh, thành phố trực thuộc Trung ương nghiên cứu kỹ lưỡng các "
     "quy định tại các nghị định, báo cáo trước ngày 20/6/2025.", [_PROVINCES], "2025-06-20"),
    ("Đồng thời, Chính phủ yêu cầu Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ, Chủ tịch UBND "
     "cấp tỉnh thực hiện rà soát trước ngày 30/7/2025.", [_MINISTRIES, ("UBND cấp tỉnh", None)], "2025-07-30"),
    ("Đề nghị Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương chỉ đạo rà soát, gửi Bộ Tài chính "
     "trước ngày 10/8/2025.", [_PROVINCES], "2025-08-10"),
    # the heads who give the task are not its doers
    ("Chủ tịch UBND các tỉnh, thành phố trực thuộc Trung ương giao Sở Xây dựng rà soát, hoàn thành trước ngày 20/6/2025.",
     [("Sở Xây dựng", None)], "2025-06-20"),
    # issuing is the heads' own task
    ("Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương ban "
     "hành danh mục tài sản phải mua bảo hiểm trước ngày 31/12/2025.",
     [("Các bộ, cơ quan ngang bộ", None), _PROVINCES], "2025-12-31"),
    # named bodies after their heads' title, and a single head: as before
    ("2. Bộ trưởng các Bộ: Công an, Quốc phòng chỉ đạo lực lượng chức năng tăng cường kiểm tra, hoàn thành trước "
     "ngày 28/02/2025.", [("Bộ Công an", None), ("Bộ Quốc phòng", None)], "2025-02-28"),
    ("Chủ tịch Ủy ban nhân dân tỉnh Sơn La chỉ đạo kiểm tra, hoàn thành trước ngày 15/12/2025.",
     [("Ủy ban nhân dân tỉnh Sơn La", None)], "2025-12-15"),
    ("Giao Bộ Tài chính chủ trì, phối hợp với Bộ Công an rà soát trước ngày 15/3/2025.",
     [("Bộ Tài chính", "lead"), ("Bộ Công an", "support")], "2025-03-15"),
]


@pytest.mark.parametrize("sentence, assignees, deadline", HEADS_OF_COLLECTIVES)
def test_heads_of_collectives_stand_for_their_bodies(sentence, assignees, deadline):
    tasks = _tasks(sentence)
    assert len(tasks) == 1
    assert _assignees(tasks[0]) == assignees
    assert tasks[0].deadline == deadline


TELEGRAM_TO_HEADS = """THỦ TƯỚNG CHÍNH PHỦ
Số: 12/CĐ-TTg
Hà Nội, ngày 10 tháng 2 năm 2025
CÔNG ĐIỆN
THỦ TƯỚNG CHÍNH PHỦ điện:
- Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ;
- Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương.

1. Bộ trưởng, Thủ trưởng các cơ quan ngang Bộ, cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố \
trực thuộc Trung ương khẩn trương rà soát các dự án tồn đọng, gửi Bộ Kế hoạch và Đầu tư chậm nhất trước ngày 15 tháng \
02 năm 2025.
2. Bộ trưởng các Bộ: Công an, Quốc phòng chỉ đạo lực lượng chức năng tăng cường kiểm tra trước ngày 28/02/2025./.
"""


def test_a_telegram_to_heads_gives_each_item_the_bodies_it_heads():
    tasks = _tasks(TELEGRAM_TO_HEADS)
    assert [(_assignees(t), t.deadline) for t in tasks] == [
        ([_MINISTRIES, _PROVINCES], "2025-02-15"),
        ([("Bộ Công an", None), ("Bộ Quốc phòng", None)], "2025-02-28"),
    ]


TELEGRAM_ITEMS_WITH_DOERS = """CÔNG ĐIỆN
THỦ TƯỚNG CHÍNH PHỦ điện:
- Chủ tịch Ủy ban nhân dân các tỉnh, thành phố: Hà Tĩnh, Quảng Trị, Huế;
- Bộ trưởng các Bộ: Tài chính, Công an.

Mưa lớn đã tiếp tục gây ngập lụt sâu tại nhiều địa phương. Thủ tướng Chính phủ yêu cầu:

1. Bộ trưởng Bộ Tài chính chỉ đạo triển khai các chính sách hỗ trợ khắc phục hậu quả bão, lũ của các địa phương.
2. Chánh Văn phòng Ban chỉ đạo phòng thủ dân sự quốc gia theo dõi sát diễn biến tình hình.
3. Bộ Công an chỉ đạo lực lượng chức năng hỗ trợ sơ tán dân cư.
"""


def test_a_telegram_item_that_names_its_doer_is_that_doers_alone():
    """`Bộ trưởng Bộ Tài chính chỉ đạo ...`: the head acts for the body, `Ban chỉ đạo` is part of a
    name, and a body before `chỉ đạo` is its subject, so none of them falls to all addressees;
    the sender's `... điện:` line and the account of the floods before the orders are no tasks."""
    tasks = _tasks(TELEGRAM_ITEMS_WITH_DOERS)
    assert [_assignees(t) for t in tasks] == [
        [("Bộ Tài chính", None)],
        [("Văn phòng Ban chỉ đạo phòng thủ dân sự quốc gia", None)],
        [("Bộ Công an", None)],
    ]


def test_the_items_a_body_decides_are_no_tasks_of_it():
    """`Ủy ban Thường vụ Quốc hội quyết định sắp xếp ... như sau:`: the items are the decision."""
    text = ("Điều 1. Sắp xếp các đơn vị hành chính cấp xã của tỉnh Điện Biên\n"
            "Trên cơ sở Đề án số 348/ĐA-CP của Chính phủ, Ủy ban Thường vụ Quốc hội quyết định sắp xếp để thành lập "
            "các đơn vị hành chính cấp xã của tỉnh Điện Biên như sau:\n"
            "1. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của các xã Nậm Vì, Chung Chải thành xã Mường Nhé.\n"
            "2. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của xã Huổi Lếch thành xã Mường Toong.\n"
            "Điều 2. Tổ chức thực hiện\n"
            "1. Giao Chính phủ hoàn thành việc sắp xếp trước ngày 30 tháng 9 năm 2025.\n")
    assert [(_assignees(t), t.deadline) for t in _tasks(text)] == [([("Chính phủ", None)], "2025-09-30")]


@pytest.mark.parametrize("text, expected", [
    # `Ban hành` opens with the word `Ban` but names no body: the head's body does it
    ("1. Ủy ban Chứng khoán Nhà nước có nhiệm vụ sau đây:\na) Ban hành quy chế giám sát giao dịch;\n"
     "b) Ban hành quy trình nghiệp vụ.\n", [[("Ủy ban Chứng khoán Nhà nước", None)]] * 2),
])
def test_an_item_opening_with_a_verb_like_a_bodys_name_is_the_heads(text, expected):
    assert [_assignees(t) for t in _tasks(text)] == expected


ORDINAL_PATHS = [
    # (text, [(ordinal, path)]): ordinals restart in each section; the path says which item it is
    ("I. NHIỆM VỤ CHUNG\n1. Bộ Công an:\na) Chủ trì truy quét buôn lậu;\nb) Báo cáo Thủ tướng.\n"
     "2. Bộ Tài chính bố trí kinh phí.\nII. NHIỆM VỤ CỤ THỂ\n1. Bộ Y tế:\na) Chủ trì giám sát dịch bệnh;\n",
     [("a", "I.1.a"), ("b", "I.1.b"), ("2", "I.2"), ("a", "II.1.a")]),
    # a decimal ordinal holds its parent already
    ("1. Về rà soát dữ liệu\n1.1. Giao Sở Xây dựng chủ trì rà soát.\n1.2. Giao Công an Thành phố phối hợp.\n",
     [("1.1", "1.1"), ("1.2", "1.2")]),
    # an assignment sentence outside any list has no path
    ("Giao Bộ Tư pháp chủ trì rà soát văn bản.", [(None, None)]),
]


@pytest.mark.parametrize("text, expected", ORDINAL_PATHS)
def test_a_task_carries_the_ordinals_of_the_items_holding_it(text, expected):
    assert [(t.ordinal, t.path) for t in _tasks(text)] == expected


def test_a_communes_body_heading_an_item_takes_its_tasks_and_deadlines():
    tasks = _tasks("1. UBND xã Chi Lăng:\n- Hoàn thành rà soát, kiểm đếm trước ngày 30/11/2025.\n"
                   "- Khẩn trương di chuyển mộ cho người dân, xong trước ngày 10/12/2025.")
    assert [(t.deadline, _assignees(t)) for t in tasks if t.deadline] == [
        ("2025-11-30", [("UBND xã Chi Lăng", None)]), ("2025-12-10", [("UBND xã Chi Lăng", None)])]


@pytest.mark.parametrize("text,expected", [
    # after giao, yêu cầu, đề nghị the body is assigned, whatever verb follows
    ("Giao Sở Tài chính ban hành quyết định phê duyệt trước ngày 30/11/2025.", [("2025-11-30", [("Sở Tài chính", None)])]),
    ("Yêu cầu Sở Tài chính thông báo kết quả cho các đơn vị trước ngày 10/12/2025.",
     [("2025-12-10", [("Sở Tài chính", None)])]),
    ("Bộ Tài chính thông báo kết quả cho các đơn vị.", []),  # an announcement, not a task
    # a case or an object set first, then the body
    ("Đối với các dự án chuyển tiếp, Sở Xây dựng có trách nhiệm rà soát, báo cáo trước ngày 15/12/2025.",
     [("2025-12-15", [("Sở Xây dựng", None)])]),
    ("Trường hợp hồ sơ chưa đầy đủ: Sở Tài chính có trách nhiệm hướng dẫn tổ chức bổ sung trong 03 ngày.",
     [(None, [("Sở Tài chính", None)])]),
])
def test_who_is_assigned_after_an_assigning_verb_or_a_leading_case(text, expected):
    assert [(t.deadline, _assignees(t)) for t in _tasks(text)] == expected


def test_a_deadline_before_the_instruments_own_date_is_what_it_reports_was_asked_before():
    from luocdo.extract import extract
    from luocdo.loaders import load_string

    letter = ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nSố: 4240/UBND-VX\nThành phố Hồ Chí Minh, ngày 28 tháng 11 năm 2025\n"
              "Kính gửi: Sở Y tế\n\nChủ tịch Ủy ban nhân dân Thành phố đã chỉ đạo Sở Y tế rà soát, báo cáo trước ngày "
              "30 tháng 10 năm 2025. Nay đề nghị Sở Y tế hoàn thành báo cáo trước ngày 06 tháng 12 năm 2025.\n")
    ex = extract(load_string(letter, "cong-van.txt"))
    assert ex.subject.date == "2025-11-28"
    assert sorted(t.deadline for t in ex.tasks if t.deadline) == ["2025-12-06"]


def test_the_reports_own_words_after_the_items_end_them():
    """`Trên đây là ...` closes the items a report quotes: what follows is not their text."""
    text = ("Thủ tướng yêu cầu Bộ Xây dựng:\n\n1. Rà soát các dự án nhà ở xã hội.\n\n2. Hoàn thành báo cáo trước ngày "
            "30/6/2025.\n\nTrên đây là kết luận của Phó Thủ tướng.\n\nTheo Luật Nhà ở, chủ đầu tư phải hoàn thành "
            "trước ngày 01/3/2027 các thủ tục bàn giao.\n")
    tasks = [t for t in _tasks(text) if t.ordinal]
    assert [(t.ordinal, t.deadline) for t in tasks] == [("1", None), ("2", "2025-06-30")]


def test_bullets_under_a_bodys_label_are_its_tasks_without_an_assigning_word():
    """`- Bộ Y tế:` / `+ Phối hợp với Bộ Công Thương ..., hoàn thành trong tháng 10 năm 2025`: the
    label names the doer; under a lead-in that introduces content, the bullets are no tasks."""
    text = ("Kết luận của Phó Thủ tướng như sau:\n\n- Bộ Y tế:\n\n+ Phối hợp với Bộ Công Thương triển khai giải "
            "pháp quản lý thuốc, hoàn thành trong tháng 10 năm 2025.\n\n+ Rà soát danh mục thuốc thiết yếu.\n\n"
            "Nội dung kiểm tra bao gồm:\n\n- Việc chấp hành quy định về giá.\n\n"
            "- Hồ sơ hoàn thành trong tháng 12 năm 2025.\n")
    tasks = _tasks(text)
    assert [(t.text[:12], [a.organization for a in t.assignees], t.deadline) for t in tasks] == [
        ("+ Phối hợp v", ["Bộ Y tế", "Bộ Công Thương"], "2025-10-31"),
        ("+ Rà soát da", ["Bộ Y tế"], None)]
