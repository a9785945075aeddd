"""Persons: sentence in, (name, positions, rank) of every mention out."""
from __future__ import annotations


import pytest

from seeds import EXAMPLES, GOLD
from luocdo.extract.persons import find_persons, merge_persons, whole_names
from luocdo.extract.signature import Closing
from luocdo.model import PersonMention, Signature, Span
from luocdo.normalize import nfc


MENTIONS = [
    ("Bộ trưởng Bộ Công an, Thượng tướng Lương Tam Quang phát biểu.",
     [("Lương Tam Quang", ["Bộ trưởng Bộ Công an"], "Thượng tướng")]),
    ("Giám đốc Sở Công Thương Hà Nội Trần Thị Phương Lan cho biết",
     [("Trần Thị Phương Lan", ["Giám đốc Sở Công Thương Hà Nội"], None)]),
    ("Chủ tịch UBND tỉnh Hà Giang Nguyễn Văn Sơn", [("Nguyễn Văn Sơn", ["Chủ tịch UBND tỉnh Hà Giang"], None)]),
    ("kết luận của Phó Thủ tướng Chính phủ Bùi Thanh Sơn, Trưởng Ban Chỉ đạo 389 quốc gia, tại Hội nghị",
     [("Bùi Thanh Sơn", ["Phó Thủ tướng Chính phủ", "Trưởng Ban Chỉ đạo 389 quốc gia"], None)]),
    ("Phó Thủ tướng Thường trực Chính phủ Phạm Bình Minh, Trưởng Ban Chỉ đạo 389 quốc gia đã chủ trì",
     [("Phạm Bình Minh", ["Phó Thủ tướng Thường trực Chính phủ", "Trưởng Ban Chỉ đạo 389 quốc gia"], None)]),
    ("Phó Thủ tướng Thường trực Chính phủ\n\nPhạm Bình Minh, Trưởng Ban\n\nChỉ đạo 389 quốc gia kết luận",
     [("Phạm Bình Minh", ["Phó Thủ tướng Thường trực Chính phủ", "Trưởng Ban Chỉ đạo 389 quốc gia"], None)]),
    ("Tham dự có đồng chí Nguyễn Hồng Diên, Bộ trưởng Bộ Công Thương, Phó Trưởng Ban; đồng chí",
     [("Nguyễn Hồng Diên", ["Bộ trưởng Bộ Công Thương", "Phó Trưởng Ban"], None)]),
    ("đồng chí Trung tướng Nguyễn Duy Ngọc, Thứ trưởng Bộ Công an, Phó Trưởng Ban và các đồng chí Ủy viên",
     [("Nguyễn Duy Ngọc", ["Thứ trưởng Bộ Công an", "Phó Trưởng Ban"], "Trung tướng")]),
    ("Phê chuẩn ông Nguyễn Phước Thiện giữ chức Phó Chủ tịch", [("Nguyễn Phước Thiện", [], None)]),
    ("bà Thái Quỳnh Mai Dung – Ủy viên Ủy ban Kinh tế và Tài chính của Quốc hội, đại biểu Quốc hội khóa XV",
     [("Thái Quỳnh Mai Dung", ["Ủy viên Ủy ban Kinh tế và Tài chính của Quốc hội", "đại biểu Quốc hội"], None)]),
    ("Tổng Bí thư Tô Lâm làm việc với tỉnh", [("Tô Lâm", ["Tổng Bí thư"], None)]),
    # news titles: the city glued (`TPHCM`), a dash before the name, a minister by the ministry's field,
    # a deputy in lower case
    ("Phó Chủ tịch UBND TPHCM Bùi Xuân Cường giao Sở Xây dựng", [("Bùi Xuân Cường", ["Phó Chủ tịch UBND TPHCM"], None)]),
    ("Phó Chủ tịch UBND TP Hà Nội - Nguyễn Trọng Đông ký", [("Nguyễn Trọng Đông", ["Phó Chủ tịch UBND TP Hà Nội"], None)]),
    ("Bộ trưởng Nội vụ Phạm Thị Thanh Trà cho biết", [("Phạm Thị Thanh Trà", ["Bộ trưởng Nội vụ"], None)]),
    ("theo đại biểu Đinh Ngọc Minh (Cà Mau) và đại biểu Quốc hội Trần Khánh Thu",
     [("Đinh Ngọc Minh", ["đại biểu"], None), ("Trần Khánh Thu", ["đại biểu Quốc hội"], None)]),
    ("Giám đốc Sở Tài chính - Kế hoạch tham mưu", []),  # a body's dash, no name after it
    ("đại biểu Quốc hội Hà Nội cho biết", []),
    ("Thủ tướng Phạm Minh Chính chủ trì phiên họp", [("Phạm Minh Chính", ["Thủ tướng"], None)]),
    ("Thủ tướng Chính phủ Phạm Minh Chính ký Công điện", [("Phạm Minh Chính", ["Thủ tướng Chính phủ"], None)]),
    ("Ủy viên Bộ Chính trị, Thủ tướng Chính phủ Phạm Minh Chính phát biểu",
     [("Phạm Minh Chính", ["Ủy viên Bộ Chính trị", "Thủ tướng Chính phủ"], None)]),
    ("Bộ trưởng Bộ Tài chính Nguyễn Văn Thắng cho biết", [("Nguyễn Văn Thắng", ["Bộ trưởng Bộ Tài chính"], None)]),
    ("Chủ tịch UBND tỉnh Lào Cai Trịnh Xuân Trường phát biểu",
     [("Trịnh Xuân Trường", ["Chủ tịch UBND tỉnh Lào Cai"], None)]),
    ("Phó Thủ tướng Trần Lưu Quang yêu cầu", [("Trần Lưu Quang", ["Phó Thủ tướng"], None)]),
    ("Phó Thủ tướng Thường trực Phạm Bình Minh", [("Phạm Bình Minh", ["Phó Thủ tướng Thường trực"], None)]),
    ("Thứ trưởng Bộ Tư pháp Nguyễn Thanh Tú dự", [("Nguyễn Thanh Tú", ["Thứ trưởng Bộ Tư pháp"], None)]),
    ("Phó Chủ tịch Quốc hội Nguyễn Thị Thanh: Nâng cao chất lượng",
     [("Nguyễn Thị Thanh", ["Phó Chủ tịch Quốc hội"], None)]),
    ("Đại tướng Lương Tam Quang, Bộ trưởng Bộ Công an chỉ đạo",
     [("Lương Tam Quang", ["Bộ trưởng Bộ Công an"], "Đại tướng")]),
    ("Thống đốc Ngân hàng Nhà nước Nguyễn Thị Hồng điều hành",
     [("Nguyễn Thị Hồng", ["Thống đốc Ngân hàng Nhà nước"], None)]),
    ("Chánh án Tòa án nhân dân tối cao Nguyễn Văn Quảng và Viện trưởng Viện kiểm sát nhân dân tối cao Nguyễn Huy Tiến",
     [("Nguyễn Văn Quảng", ["Chánh án Tòa án nhân dân tối cao"], None),
      ("Nguyễn Huy Tiến", ["Viện trưởng Viện kiểm sát nhân dân tối cao"], None)]),
    ("Tổng Kiểm toán Nhà nước Ngô Văn Tuấn báo cáo", [("Ngô Văn Tuấn", ["Tổng Kiểm toán Nhà nước"], None)]),
    ("Cục trưởng Cục Hải quan Nguyễn Văn Thọ cho biết", [("Nguyễn Văn Thọ", ["Cục trưởng Cục Hải quan"], None)]),
    ("Giám đốc Công an tỉnh Tiền Giang Nguyễn Văn Hận", [("Nguyễn Văn Hận", ["Giám đốc Công an tỉnh Tiền Giang"], None)]),
    ("Thiếu tướng Nguyễn Văn Long dự họp", [("Nguyễn Văn Long", [], "Thiếu tướng")]),
    # the title before a name belongs to the next person, not the one before
    ("Phó Thủ tướng Bùi Thanh Sơn, Bộ trưởng Bộ Tài chính Nguyễn Văn Thắng",
     [("Bùi Thanh Sơn", ["Phó Thủ tướng"], None), ("Nguyễn Văn Thắng", ["Bộ trưởng Bộ Tài chính"], None)]),
    # PDF text breaks a line inside the title
    ("Phó Thủ tướng\nChính phủ Trần Lưu Quang", [("Trần Lưu Quang", ["Phó Thủ tướng Chính phủ"], None)]),
    # abbreviated titles of a recipients list, with or without a dot
    ("- TT. Trương Hải Long;", [("Trương Hải Long", ["TT."], None)]),
    ("- TTg, PTTg Hồ Đức Phớc;", [("Hồ Đức Phớc", ["PTTg"], None)]),
    ("- PTTgCP Lê Thành Long (để b/c);", [("Lê Thành Long", ["PTTgCP"], None)]),
    ("- TTgCP, PTTgCP Bùi Thanh Sơn (để b/c);", [("Bùi Thanh Sơn", ["PTTgCP"], None)]),
    ("- VPCP: BTCN, PCN Nguyễn Sỹ Hiệp, PCN Phạm Mạnh Cường, TGĐ Cổng TTĐT, các Vụ: TH, KTTH;",
     [("Nguyễn Sỹ Hiệp", ["PCN"], None), ("Phạm Mạnh Cường", ["PCN"], None)]),
    ("- VPCP: BTCN, PCN Mai Thị Thu Vân, Trợ lý TTg; Các Vụ: TH, QHĐP;", [("Mai Thị Thu Vân", ["PCN"], None)]),
    ("- Phó CTr. Đặng Ngọc Minh (để bc);", [("Đặng Ngọc Minh", ["Phó CTr."], None)]),
    ("- PCTr Đặng Ngọc Minh (để b/c);", [("Đặng Ngọc Minh", ["PCTr"], None)]),
    ("- PCT. Nguyễn Thành Hưng (để b/cáo);", [("Nguyễn Thành Hưng", ["PCT."], None)]),
    ("- PCT Âu Anh Tuấn;", [("Âu Anh Tuấn", ["PCT"], None)]),
    ("- Phó TTg Thường trực Chính phủ Nguyễn Hòa Bình (để b/c);",
     [("Nguyễn Hòa Bình", ["Phó TTg Thường trực Chính phủ"], None)]),
    ("- Đ/c Nguyễn Sỹ Hiệp (để b/c);", [("Nguyễn Sỹ Hiệp", [], None)]),
    ("- Thứ trưởng Phùng Đức Tiến;", [("Phùng Đức Tiến", ["Thứ trưởng"], None)]),
    # a head of a province's body named with the level alone: the level ends the office (levels_ending_an_office)
    ("Chủ tịch Ủy ban nhân dân tỉnh Cao Tường Huy đã chủ trì cuộc họp",
     [("Cao Tường Huy", ["Chủ tịch Ủy ban nhân dân tỉnh"], None)]),
    ("Kết luận của Chủ tịch UBND tỉnh Trần Duy Đông tại Phiên họp",
     [("Trần Duy Đông", ["Chủ tịch UBND tỉnh"], None)]),
    ("Phó Chủ tịch UBND thành phố Lê Văn Thành kiểm tra", [("Lê Văn Thành", ["Phó Chủ tịch UBND thành phố"], None)]),
    ("ông Trần Văn Hải, Chủ tịch UBND tỉnh, cho biết", [("Trần Văn Hải", ["Chủ tịch UBND tỉnh"], None)]),
    ("Chủ tịch UBND tỉnh Cao Bằng Hoàng Xuân Ánh", [("Hoàng Xuân Ánh", ["Chủ tịch UBND tỉnh Cao Bằng"], None)]),
    ("Chủ tịch UBND tỉnh chủ trì, các sở tham dự", []),
    ("Chủ tịch UBND tỉnh, thành phố chịu trách nhiệm", []),
    ("- Phó CT UBND tỉnh Ngô Hạnh Phúc;", [("Ngô Hạnh Phúc", ["Phó CT UBND tỉnh"], None)]),
    ("- Phó CVP UBND tỉnh Trần Văn Hòa;", [("Trần Văn Hòa", ["Phó CVP UBND tỉnh"], None)]),
    # a body named by its head word alone ends the office (bodies_ending_an_office), though an
    # unknown body's name would run on over the person's
    ("Bí thư Tỉnh ủy Nguyễn Văn Bình phát biểu", [("Nguyễn Văn Bình", ["Bí thư Tỉnh ủy"], None)]),
    ("Giám đốc Sở Nguyễn Văn An ký", [("Nguyễn Văn An", ["Giám đốc Sở"], None)]),
    ("Bí thư Tỉnh ủy Nghệ An Nguyễn Đức Trung", [("Nguyễn Đức Trung", ["Bí thư Tỉnh ủy Nghệ An"], None)]),
    ("Bí thư Tỉnh ủy Hà Giang Nguyễn Văn Sơn", [("Nguyễn Văn Sơn", ["Bí thư Tỉnh ủy Hà Giang"], None)]),
    ("ông Nguyễn Đình Việt, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Sơn La, ĐBQH khóa XV giữ chức",
     [("Nguyễn Đình Việt", ["Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh Sơn La"], None)]),
    ("ông Quản Minh Cường, Bí thư Tỉnh ủy, ĐBQH khóa XV giữ chức vụ",
     [("Quản Minh Cường", ["Bí thư Tỉnh ủy"], None)]),
    ("ông Lê Quân, Chủ tịch Hội đồng, Giám đốc Đại học Quốc gia Hà Nội giữ chức Thứ trưởng",
     [("Lê Quân", ["Chủ tịch Hội đồng", "Giám đốc Đại học Quốc gia Hà Nội"], None)]),
    ("đồng chí Nguyễn Văn Hiếu - Giám đốc Sở về triển khai", [("Nguyễn Văn Hiếu", ["Giám đốc Sở"], None)]),
    ("ông Vũ Mạnh Hà, Ủy viên dự khuyết Ban chấp hành Trung ương Đảng, Phó Bí thư Thường trực Tỉnh ủy Lai Châu",
     [("Vũ Mạnh Hà", ["Ủy viên dự khuyết Ban chấp hành Trung ương Đảng", "Phó Bí thư Thường trực Tỉnh ủy Lai Châu"], None)]),
    ("Chủ tịch Hội đồng quản trị Nguyễn Văn Bình cho biết", [("Nguyễn Văn Bình", ["Chủ tịch Hội đồng quản trị"], None)]),
    ("ông Phạm Tiến Dũng, Chủ tịch HĐQT Công ty Cổ phần Cát Tường đánh giá", [("Phạm Tiến Dũng", ["Chủ tịch HĐQT"], None)]),
    ("Chủ tịch HĐTV Tập đoàn Điện lực Việt Nam Đặng Hoàng An", [("Đặng Hoàng An", ["Chủ tịch HĐTV Tập đoàn Điện lực Việt Nam"], None)]),
    # officials named in the body with their full office
    ("đồng chí Nguyễn Văn Quảng, Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Thành ủy Đà Nẵng giữ chức",
     [("Nguyễn Văn Quảng", ["Ủy viên Ban Chấp hành Trung ương Đảng", "Bí thư Thành ủy Đà Nẵng"], None)]),
    ("ông Phạm Thanh Hà - Phó Chủ nhiệm Văn phòng Chủ tịch nước, đặc xá năm 2024",
     [("Phạm Thanh Hà", ["Phó Chủ nhiệm Văn phòng Chủ tịch nước"], None)]),
    ("bà Đoàn Thị Thanh Mỹ, Phó Cục trưởng Cục Quản lý đất đai (Bộ Nông nghiệp và Môi trường), cho biết",
     [("Đoàn Thị Thanh Mỹ", ["Phó Cục trưởng Cục Quản lý đất đai"], None)]),
    ("Thứ trưởng Bộ Công an, Trung tướng Lê Văn Cường chủ trì",
     [("Lê Văn Cường", ["Thứ trưởng Bộ Công an"], "Trung tướng")]),
    ("ông Trần Văn Sơn, Phó Giám đốc Sở Xây dựng tỉnh Lào Cai, cho biết",
     [("Trần Văn Sơn", ["Phó Giám đốc Sở Xây dựng tỉnh Lào Cai"], None)]),
    ("ông Phạm Văn Hòa – Phó Chủ tịch Thường trực UBND tỉnh Đồng Tháp",
     [("Phạm Văn Hòa", ["Phó Chủ tịch Thường trực UBND tỉnh Đồng Tháp"], None)]),
    # no one is the head and the deputy of one office: two persons, the first unnamed
    ("Thủ tướng Chính phủ, Phó Thủ tướng Thường trực Chính phủ Nguyễn Hòa Bình đã có nhiều chỉ đạo",
     [("Nguyễn Hòa Bình", ["Phó Thủ tướng Thường trực Chính phủ"], None)]),
    ("báo cáo Thủ tướng Chính phủ, Phó Thủ tướng Chính phủ Hồ Đức Phớc", [("Hồ Đức Phớc", ["Phó Thủ tướng Chính phủ"], None)]),
    ("Chủ tịch UBND tỉnh, Phó Chủ tịch UBND tỉnh Lê Văn An", [("Lê Văn An", ["Phó Chủ tịch UBND tỉnh"], None)]),
    # a capitalised honorific may open a place's name: a family name must follow it
    ("Bà Nà Hills là điểm đến hấp dẫn.", []),
    ("- Bà Rịa Vũng Tàu: 12 dự án", []),
    ("Ông Lãnh Binh Thăng", []),
    ("Ông Nguyễn Văn An cho biết", [("Nguyễn Văn An", [], None)]),
    ("ông Marc Knapper cho biết", [("Marc Knapper", [], None)]),
    # a body's name ends before a person's three or four capitalised words, not before two
    ("Vụ trưởng Vụ Pháp chế Nguyễn Văn Anh ký", [("Nguyễn Văn Anh", ["Vụ trưởng Vụ Pháp chế"], None)]),
    ("Trưởng ban Ban Quản lý Khu kinh tế mở Chu Lai và các cơ quan, tổ chức", []),
    # officials named in the content, positions after the name
    ("Thực hiện chỉ đạo của đồng chí Tô Lâm, Tổng Bí thư tại buổi làm việc", [("Tô Lâm", ["Tổng Bí thư"], None)]),
    ("Kết luận của đồng chí Trần Cẩm Tú, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư tại buổi làm việc",
     [("Trần Cẩm Tú", ["Ủy viên Bộ Chính trị", "Thường trực Ban Bí thư"], None)]),
    ("- Phó TTg Thường trực Chính phủ Nguyễn Hòa Bình, Trưởng Ban Chỉ đạo;",
     [("Nguyễn Hòa Bình", ["Phó TTg Thường trực Chính phủ", "Trưởng Ban Chỉ đạo"], None)]),
    # an honorific as written, capitalised only where a sentence or an item starts
    ("Kính gửi: Ông Thái Mạnh Cường", [("Thái Mạnh Cường", [], None)]),
    ("- Bà Trần Thị Hoa (để biết);", [("Trần Thị Hoa", [], None)]),
    ("Resort | Village, Ông Lang Hamlet, Phú Quốc | 5 km", []),
    ("Dự án Quần thể Khu du lịch sinh thái và đô thị Bà Nà Suối Mơ như thế nào?", []),
    ("quy mô dân số của thị trấn Ba Hàng Đồi, xã Phú Nghĩa", []),
    # negatives: abbreviations of bodies and offices without a name
    ("TP. Hồ Chí Minh", []),
    ("- TT. Tỉnh ủy, TT. HĐND tỉnh (b/c);", []),
    ("- CT, PCT UBND tỉnh;", []),
    ("- TTUB: CT, các PCT;", []),
    ("- VPCP: BTCN, các PCN, Trợ lý TTg, TGĐ Cổng TTĐT;", []),
    ("- Thủ tướng, các Phó Thủ tướng Chính phủ;", []),
    # negatives: titles alone, places, organisations, lower case, typos
    ("Phó Thủ tướng yêu cầu các bộ, ngành", []),
    ("báo cáo Bộ trưởng Bộ Tài chính - Phó Trưởng ban Thường trực Ban Chỉ đạo 389 quốc gia", []),
    ("báo cáo Phó Thủ tướng Chính phủ, Trưởng Ban Chỉ đạo 389 quốc gia trước ngày 31/5/2025", []),
    ("Phỏ Thủ tướng cũng nhấn mạnh về ứng dụng công nghệ số", []),
    ("Hà Nội, ngày 01 tháng 02 năm 2023", []),
    ("tại phường Thượng Cát, Hà Nội", []),
    ("Bộ Công Thương khẩn trương thực hiện", []),
    ("Bí thư Hà Nội làm việc", []),
    ("Theo ông Bộ, việc tuyên truyền", []),
    ("tong bi thu to lam lam viec voi 2 tinh", []),
    ("Các đồng chí Ủy viên Ban Chỉ đạo 389 quốc gia", []),
    # Hồ Chí Minh: the person after the title he is named by, the city after any other or its level
    ("Thực hiện Di chúc của Chủ tịch Hồ Chí Minh, các cấp ủy tổ chức kỷ niệm.", [("Hồ Chí Minh", ["Chủ tịch"], None)]),
    ("Kỷ niệm 135 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2025)", [("Hồ Chí Minh", ["Chủ tịch"], None)]),
    ("Dâng hương, dâng hoa tưởng niệm Chủ tịch Hồ Chí Minh, Chủ tịch Tôn Đức Thắng",
     [("Hồ Chí Minh", ["Chủ tịch"], None), ("Tôn Đức Thắng", ["Chủ tịch"], None)]),
    # a title and name inside the name of a place, a body or an award (named_after_persons)
    ("Khu Di tích Lăng Chủ tịch Hồ Chí Minh do Bộ Quốc phòng quản lý", []),
    ("Bộ Tư lệnh Bảo vệ Lăng Chủ tịch Hồ Chí Minh tổ chức lễ", []),
    ("Ban Quản lý Lăng Chủ tịch Hồ Chí Minh báo cáo", []),
    ("Dự án mở rộng đường Đại tướng Võ Nguyên Giáp", []),
    ("Trao Giải thưởng Chủ tịch Hồ Chí Minh về khoa học và công nghệ", []),
    ("Hiệu trưởng Trường THPT Chu Văn An, ông Nguyễn Văn Bình, cho biết", [("Nguyễn Văn Bình", [], None)]),
    ("Chủ tịch TP. Hồ Chí Minh phát biểu tại hội nghị", []),
    ("Chủ tịch Thành phố Hồ Chí Minh phát biểu tại hội nghị", []),
    ("Bí thư Hồ Chí Minh làm việc với các sở", []),
    ("Chủ tịch Ủy ban nhân dân Thành phố Hồ Chí Minh Nguyễn Văn Được dự",
     [("Nguyễn Văn Được", ["Chủ tịch Ủy ban nhân dân Thành phố Hồ Chí Minh"], None)]),
    ("học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", []),
    ("dự án đường Hồ Chí Minh đoạn qua tỉnh Quảng Trị", []),
    # news pages: photo credits, bylines, the streets, squares and schools named after persons
    ("Thủ tướng Phạm Minh Chính phát biểu. Ảnh: VGP/Nhật Bắc", [("Phạm Minh Chính", ["Thủ tướng"], None)]),
    ("Toàn cảnh hội nghị. Ảnh: TTXVN", []),
    ("Thu Hằng", []),
    ("Theo Báo Chính phủ", []),
    ("Nhóm PV", []),
    ("Hội nghị diễn ra tại số 1 đường Lê Duẩn, Hà Nội.", []),
    ("Trụ sở mới trên phố Nguyễn Du, quận Hai Bà Trưng.", []),
    ("Lễ diễu binh tại Quảng trường Ba Đình.", []),
    ("Học sinh Trường THPT Nguyễn Huệ đạt giải nhất.", []),
    ("Giải thưởng Trần Văn Giàu năm nay trao cho 10 công trình.", []),
    ("Đường Võ Nguyên Giáp được mở rộng.", []),
    # a form's or an example's stand-in is nobody's name
    ("Ví dụ: Ông Nguyễn Văn A, Trưởng phòng, ủy quyền cho bà Trần Thị B ký thay.", []),
    # professional and academic titles announce a name as a rank does, with or without their dots
    ("Về vấn đề này, luật sư Nguyễn Thụy Hân cho biết.", [("Nguyễn Thụy Hân", [], "luật sư")]),
    ("Theo PGS.TS. Trần Minh Sơn và ThS Phạm Quốc Huy, chính sách cần thiết.",
     [("Trần Minh Sơn", [], "PGS.TS"), ("Phạm Quốc Huy", [], "ThS")]),
    ("Đoàn Luật sư Thành phố Hà Nội tổ chức hội nghị.", []),
]


def _as_rows(mentions):
    return [(p.name, p.positions, p.rank) for p in mentions]


@pytest.mark.parametrize("text, expected", MENTIONS)
def test_mentions(text, expected):
    assert _as_rows(find_persons(text)) == expected


def test_every_mention_has_the_span_of_its_name():
    text = "Thủ tướng Phạm Minh Chính và Phó Thủ tướng Trần Hồng Hà"
    assert [text[p.span.start:p.span.end] for p in find_persons(text)] == ["Phạm Minh Chính", "Trần Hồng Hà"]


def test_repeated_mentions_are_all_returned_and_merge_into_one():
    text = ("Phó Thủ tướng Chính phủ Trần Lưu Quang, Trưởng Ban Chỉ đạo 389 quốc gia chủ trì. "
            "Phó Thủ tướng Trần Lưu Quang yêu cầu. Đồng chí Trần Lưu Quang nhấn mạnh.")
    mentions = find_persons(text)
    assert len(mentions) == 3
    assert _as_rows(merge_persons(mentions)) == [
        ("Trần Lưu Quang", ["Phó Thủ tướng Chính phủ", "Trưởng Ban Chỉ đạo 389 quốc gia"], None)]


MERGES = [
    ([("Nguyễn Duy Ngọc", ["Thứ trưởng Bộ Công an"], None), ("Nguyễn Duy Ngọc", ["Phó Trưởng Ban"], "Trung tướng")],
     [("Nguyễn Duy Ngọc", ["Thứ trưởng Bộ Công an", "Phó Trưởng Ban"], "Trung tướng")]),
    ([("Phạm Bình Minh", ["Phó Thủ tướng Thường trực"], None),
      ("Phạm Bình Minh", ["Phó Thủ tướng Thường trực Chính phủ"], None)],
     [("Phạm Bình Minh", ["Phó Thủ tướng Thường trực Chính phủ"], None)]),
    ([("Tô Lâm", ["Tổng Bí thư"], None), ("Tô Lâm", [], None), ("Trần Hồng Hà", [], None)],
     [("Tô Lâm", ["Tổng Bí thư"], None), ("Trần Hồng Hà", [], None)]),
    # a name that a broken line cut short is the longer name of the document
    ([("Nguyễn Hòa", ["Phó Thủ tướng Thường trực Chính phủ"], None), ("Nguyễn Hòa Bình", ["PHÓ THỦ TƯỚNG"], None)],
     [("Nguyễn Hòa Bình", ["Phó Thủ tướng Thường trực Chính phủ"], None)]),
    ([("Lê Minh Hưng", [], None), ("Lê Minh Khái", [], None)], [("Lê Minh Hưng", [], None), ("Lê Minh Khái", [], None)]),
]


@pytest.mark.parametrize("rows, merged", MERGES)
def test_merge_persons(rows, merged):
    mentions = [PersonMention(name, Span(i, i + 1), positions, rank) for i, (name, positions, rank) in enumerate(rows)]
    assert _as_rows(merge_persons(mentions)) == merged


def test_a_signature_read_once_is_used_as_given():
    """The caller's signature block is not read again: its capacity is the signer's office."""
    text = "Nội dung./.\nTHỨ TRƯỞNG\nNguyễn Văn An"
    given = Signature(capacity=["PHÓ CHỦ NHIỆM"], signer="Nguyễn Văn An", span=Span(text.index("THỨ"), len(text)))
    closing = Closing(start=text.index("./."), signature=given)
    assert [(p.name, p.positions) for p in find_persons(text, closing=closing)] == [("Nguyễn Văn An", ["PHÓ CHỦ NHIỆM"])]


def test_signer_is_a_person_with_the_office_signed_in():
    text = "thực hiện./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\n\nCao Huy"
    assert _as_rows(find_persons(text)) == [("Cao Huy", ["PHÓ CHỦ NHIỆM"], None)]




@pytest.mark.parametrize("name", sorted(GOLD))
def test_seed_persons_are_found(name):
    text = (EXAMPLES / name).read_text(encoding="utf-8").replace("**", "")
    found = {p.name for p in find_persons(text)}
    assert set(GOLD[name]["persons"]) <= found


def test_teaser_names_are_persons_too():
    """Page furniture is the loader's to remove; the names in it are still names."""
    text = (EXAMPLES / "002_95e5b7c8e09e08cf.txt").read_text(encoding="utf-8")
    assert set(GOLD["002_95e5b7c8e09e08cf.txt"]["must_not_persons"]) <= {p.name for p in find_persons(text)}


def test_whole_names_map_a_cut_name_to_the_persons_name():
    text = ("Phân công Phó Thủ tướng Thường trực Chính phủ Nguyễn Hòa\n\nBình chỉ đạo Bộ Công an.\n\n"
            "Tham dự có Phó Thủ tướng Nguyễn Hòa Bình và Bộ trưởng Bộ Tư pháp Nguyễn Hải Ninh.")
    assert whole_names(find_persons(text)) == {
        "Nguyễn Hòa": "Nguyễn Hòa Bình", "Nguyễn Hòa Bình": "Nguyễn Hòa Bình", "Nguyễn Hải Ninh": "Nguyễn Hải Ninh"}


@pytest.mark.parametrize("text,expected", [
    ("Dự họp có các Thứ trưởng: Vũ Chiến Thắng, Trương Hải Long, Cao Huy; đại diện các đơn vị.",
     [("Vũ Chiến Thắng", ["Thứ trưởng"]), ("Trương Hải Long", ["Thứ trưởng"]), ("Cao Huy", ["Thứ trưởng"])]),
    ("Tham dự có các Phó Thủ tướng Chính phủ: Trần Hồng Hà, Lê Thành Long và Hồ Đức Phớc.",
     [(n, ["Phó Thủ tướng Chính phủ"]) for n in ("Trần Hồng Hà", "Lê Thành Long", "Hồ Đức Phớc")]),
    # each person's own titles after the name: commas part the titles, `;` the persons
    ("có các đồng chí: Thái Thanh Quý, Ủy viên Trung ương Đảng, Phó Trưởng Đoàn kiểm tra; Hoàng Văn Trà, "
     "Phó Chủ nhiệm Ủy ban Kiểm tra Trung ương.",
     [("Thái Thanh Quý", ["Ủy viên Trung ương Đảng"]), ("Hoàng Văn Trà", ["Phó Chủ nhiệm Ủy ban Kiểm tra Trung ương"])]),
])
def test_names_listed_under_a_plural_title(text, expected):
    assert [(p.name, p.positions) for p in find_persons(nfc(text))] == expected


@pytest.mark.parametrize("text,expected", [
    ("Chủ tịch UBND các xã, phường và đặc khu Lý Sơn chịu trách nhiệm.", []),  # a place after its level
    ("Chủ tịch UBND xã Hoàng Văn Thụ chỉ đạo.", []),  # a commune named after a person
    ("Chủ tịch UBND phường Trần Hưng Đạo Nguyễn Văn Bình chủ trì.",
     [("Nguyễn Văn Bình", ["Chủ tịch UBND phường Trần Hưng Đạo"])]),
])
def test_a_place_after_its_level_is_no_person(text, expected):
    assert [(p.name, p.positions) for p in find_persons(nfc(text))] == expected


def test_a_name_with_ba_is_no_honorific():
    """`Bá` and `Ba` fold to the honorific `bà`, which ends a name only as written."""
    text = nfc("Tham dự có các đồng chí Lê Văn Thanh, Nguyễn Bá Hoan; bà Trần Thị Ba, Phó Chủ tịch UBND tỉnh.")
    assert [p.name for p in find_persons(text)] == ["Lê Văn Thanh", "Nguyễn Bá Hoan", "Trần Thị Ba"]
