"""Organisations: one row per rule, sentence in, canonical names (and parents) out."""
from __future__ import annotations

import pytest

from luocdo.extract.organizations import find_organization, find_organizations
from luocdo.normalize import nfc

NAMES = [
    # gazetteer names and aliases
    ("Văn phòng Chính phủ đã ban hành Thông báo số 205/TB-VPCP.", ["Văn phòng Chính phủ"]),
    ("Giao Bộ Công an chủ trì, phối hợp với Bộ Quốc phòng.", ["Bộ Công an", "Bộ Quốc phòng"]),
    ("Đề nghị BCA, BQP, BTC và BCT báo cáo.", ["Bộ Công an", "Bộ Quốc phòng", "Bộ Tài chính", "Bộ Công Thương"]),
    ("BTP thẩm định dự thảo.", ["Bộ Tư pháp"]),
    ("BTTTT và NHNN phối hợp.", ["Bộ Thông tin và Truyền thông", "Ngân hàng Nhà nước Việt Nam"]),
    ("Ngân hàng Nhà nước Việt Nam điều hành tỷ giá.", ["Ngân hàng Nhà nước Việt Nam"]),
    ("Bộ Văn hóa, Thể thao và Du lịch hướng dẫn.", ["Bộ Văn hóa, Thể thao và Du lịch"]),
    ("Bộ Lao động - Thương binh và Xã hội trình.", ["Bộ Lao động - Thương binh và Xã hội"]),
    ("Bộ Lao động, Thương binh và Xã hội trình.", ["Bộ Lao động - Thương binh và Xã hội"]),
    ("Bộ NN&PTNT chỉ đạo phòng, chống dịch.", ["Bộ Nông nghiệp và Phát triển nông thôn"]),
    ("Bộ Nông nghiệp và Môi trường tiếp nhận nhiệm vụ của Bộ Tài nguyên và Môi trường.",
     ["Bộ Nông nghiệp và Môi trường", "Bộ Tài nguyên và Môi trường"]),
    ("Bộ Kế hoạch và Đầu tư, Bộ Giao thông vận tải và Ủy ban Dân tộc",
     ["Bộ Kế hoạch và Đầu tư", "Bộ Giao thông vận tải", "Ủy ban Dân tộc"]),
    ("Bộ Dân tộc và Tôn giáo, Bộ Khoa học và Công nghệ", ["Bộ Dân tộc và Tôn giáo", "Bộ Khoa học và Công nghệ"]),
    ("Quốc hội, Ủy ban Thường vụ Quốc hội và Chính phủ", ["Quốc hội", "Ủy ban Thường vụ Quốc hội", "Chính phủ"]),
    ("Bộ Chính trị, Ban Bí thư và Ban Chấp hành Trung ương Đảng",
     ["Bộ Chính trị", "Ban Bí thư", "Ban Chấp hành Trung ương"]),
    ("Viện kiểm sát nhân dân tối cao, Tòa án nhân dân tối cao, Kiểm toán Nhà nước",
     ["Viện kiểm sát nhân dân tối cao", "Tòa án nhân dân tối cao", "Kiểm toán Nhà nước"]),
    ("Thanh tra Chính phủ thanh tra việc chấp hành.", ["Thanh tra Chính phủ"]),
    # a name opens a word: none inside another (`XBCA`, `XHội`)
    ("Mã XBCA và BTPX không phải tên bộ.", []),
    ("Tổ chức XHội Phụ nữ, BộCông an", []),
    ("chỉ đạo của Chính phủ, Thủ tướng Chính phủ", ["Chính phủ", "Thủ tướng Chính phủ"]),
    # the anti-smuggling bodies
    ("Ban Chỉ đạo 389 quốc gia họp.", ["Ban Chỉ đạo 389 quốc gia"]),
    ("Trưởng Ban Chỉ đạo quốc gia chống buôn lậu, gian lận thương mại và hàng giả",
     ["Ban Chỉ đạo 389 quốc gia"]),
    ("BCĐ 389 quốc gia ban hành kế hoạch.", ["Ban Chỉ đạo 389 quốc gia"]),
    ("Văn phòng Thường trực Ban Chỉ đạo 389 quốc gia theo dõi, đôn đốc.",
     ["Văn phòng Thường trực Ban Chỉ đạo 389 quốc gia"]),
    ("- Văn phòng TT BCĐ 389 quốc gia;", ["Văn phòng Thường trực Ban Chỉ đạo 389 quốc gia"]),
    ("yêu cầu Ban Chỉ đạo 389 các bộ, ngành, địa phương tiếp tục", ["Ban Chỉ đạo 389 các bộ, ngành, địa phương"]),
    ("Ban Chỉ đạo 389 quốc gia giao Văn phòng Thường trực dự thảo.",
     ["Ban Chỉ đạo 389 quốc gia", "Văn phòng Thường trực Ban Chỉ đạo 389 quốc gia"]),
    # subordinate bodies and codes
    ("Tổng cục Hải quan và Tổng cục Thuế", ["Tổng cục Hải quan", "Tổng cục Thuế"]),
    ("BTL Bộ đội Biên phòng, BTL Cảnh sát biển", ["Bộ Tư lệnh Bộ đội Biên phòng", "Bộ Tư lệnh Cảnh sát biển"]),
    ("Cục Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu khởi tố vụ án.",
     ["Cục Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu"]),
    # without diacritics
    ("bo cong an va bo tai chinh", []),
    ("Bo Cong an va Bo Tai chinh phoi hop", ["Bộ Công an", "Bộ Tài chính"]),
    ("BCD 389 quoc gia", ["Ban Chỉ đạo 389 quốc gia"]),
    # distributive lists
    ("Các Bộ: Tư pháp, Công Thương, Tài chính, Thông tin và Truyền thông, Công an và các cơ quan liên quan",
     ["Bộ Tư pháp", "Bộ Công Thương", "Bộ Tài chính", "Bộ Thông tin và Truyền thông", "Bộ Công an"]),
    ("Các Bộ Tư pháp, Công Thương, Tài chính, Thông tin và Truyền thông, Công an và các cơ quan liên quan",
     ["Bộ Tư pháp", "Bộ Công Thương", "Bộ Tài chính", "Bộ Thông tin và Truyền thông", "Bộ Công an"]),
    ("giao các bộ: Công an, Quốc phòng theo dõi", ["Bộ Công an", "Bộ Quốc phòng"]),
    ("Các Bộ: Y tế, Nông nghiệp và Môi trường; Bộ Xây dựng",
     ["Bộ Y tế", "Bộ Nông nghiệp và Môi trường", "Bộ Xây dựng"]),
    ("Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ", []),
    ("Ủy ban nhân dân các tỉnh: Lào Cai, Lạng Sơn, Cao Bằng chỉ đạo",
     ["Ủy ban nhân dân tỉnh Lào Cai", "Ủy ban nhân dân tỉnh Lạng Sơn", "Ủy ban nhân dân tỉnh Cao Bằng"]),
    ("UBND các tỉnh, thành phố: Hà Nội, Hải Phòng và Quảng Ninh",
     ["Ủy ban nhân dân thành phố Hà Nội", "Ủy ban nhân dân thành phố Hải Phòng", "Ủy ban nhân dân tỉnh Quảng Ninh"]),
    ("- UBND các tỉnh, thành phố trực thuộc trung ương;", ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"]),
    # bodies of a province
    ("UBND tỉnh Đồng Tháp tổ chức hội nghị.", ["Ủy ban nhân dân tỉnh Đồng Tháp"]),
    ("UBND TP HCM ban hành kế hoạch hành động.", ["Ủy ban nhân dân thành phố Hồ Chí Minh"]),
    ("UBND TP.HCM ban hành kế hoạch.", ["Ủy ban nhân dân thành phố Hồ Chí Minh"]),
    ("UBND TPHCM giao Sở Xây dựng; Công an TPHCM phối hợp.", ["Ủy ban nhân dân thành phố Hồ Chí Minh", "Sở Xây dựng", "Công an thành phố Hồ Chí Minh"]),
    # local bodies written in sentence case, with or without their level
    ("Giao Văn phòng đăng ký đất đai chủ trì; Chi nhánh Văn phòng Đăng ký đất đai tỉnh phối hợp.",
     ["Văn phòng đăng ký đất đai", "Chi nhánh Văn phòng Đăng ký đất đai tỉnh"]),
    ("Giao Ban quản lý Khu kinh tế tỉnh và Trung tâm phát triển quỹ đất tỉnh thực hiện.",
     ["Ban quản lý Khu kinh tế tỉnh", "Trung tâm phát triển quỹ đất tỉnh"]),
    ("Đề nghị Ủy ban Mặt trận Tổ quốc tỉnh giám sát.", ["Ủy ban Mặt trận Tổ quốc tỉnh"]),
    ("Phòng Đăng ký kinh doanh có trách nhiệm gửi thông tin.", ["Phòng Đăng ký kinh doanh"]),
    # a body of the Government whose name ends in `Chính phủ`: not the Government
    ("c) Ban Cơ yếu Chính phủ chủ trì, phối hợp với Bộ Quốc phòng.", ["Ban Cơ yếu Chính phủ", "Bộ Quốc phòng"]),
    ("Ban Quản lý Khu kinh tế mở Chu Lai thực hiện.", ["Ban Quản lý Khu kinh tế mở Chu Lai"]),
    # the tax offices of 2025 in a list: a name read on over the comma is cut where the next body starts
    ("Sở Tài chính, Thuế tỉnh và Thuế cơ sở 3 phối hợp.", ["Sở Tài chính", "Thuế tỉnh", "Thuế cơ sở 3"]),
    ("Sở Tài chính, Cơ quan Thuế tỉnh, Kho bạc Nhà nước thực hiện.", ["Sở Tài chính", "Cơ quan Thuế tỉnh", "Kho bạc Nhà nước"]),
    ("Ủy ban nhân dân thành phố Hà Nội chỉ đạo.", ["Ủy ban nhân dân thành phố Hà Nội"]),
    ("Chủ tịch UBND tỉnh Lào Cai Trịnh Xuân Trường", ["Ủy ban nhân dân tỉnh Lào Cai"]),
    ("Sở Công Thương tỉnh Nghệ An kiểm tra.", ["Sở Công Thương tỉnh Nghệ An"]),
    ("Công an tỉnh Tiền Giang đang điều tra.", ["Công an tỉnh Tiền Giang"]),
    ("Cục Hải quan tỉnh Lạng Sơn bắt giữ lô hàng.", ["Cục Hải quan tỉnh Lạng Sơn"]),
    ("Ban Thường vụ Tỉnh ủy Kiên Giang", ["Tỉnh ủy Kiên Giang"]),  # the province's body wins
    ("Tỉnh ủy An Giang làm việc", ["Tỉnh ủy An Giang"]),
    # a head that exists at every level, with its level and a province (the level as the province has it)
    ("Ủy ban MTTQ Việt Nam tỉnh Lào Cai và Liên đoàn Lao động Thành phố Hà Nội bầu 55 ủy viên",
     ["Ủy ban MTTQ Việt Nam tỉnh Lào Cai", "Liên đoàn Lao động thành phố Hà Nội"]),
    ("Đoàn đại biểu Quốc hội tỉnh Nghệ An giám sát.", ["Đoàn đại biểu Quốc hội tỉnh Nghệ An"]),
    ("Nơi nhận: Đoàn ĐBQH tỉnh; UBMTTQVN tỉnh Lào Cai; Ủy ban MTTQ tỉnh.",
     ["Đoàn ĐBQH tỉnh", "UBMTTQVN tỉnh Lào Cai", "Ủy ban MTTQ tỉnh"]),
    ("Thường trực HĐND tỉnh Lào Cai", ["Thường trực HĐND tỉnh Lào Cai"]),
    # `chỉ đạo` is a verb after a name, but a word of `Ban chỉ đạo` inside one
    ("Chánh Văn phòng Ban chỉ đạo phòng thủ dân sự quốc gia phối hợp.", ["Văn phòng Ban chỉ đạo phòng thủ dân sự quốc gia"]),
    ("Sở Y tế chỉ đạo các bệnh viện.", ["Sở Y tế"]),
    # verbs alone, words of a compound inside a name
    ("Cục Công nghiệp công nghệ thông tin chủ trì; Sở Y tế thông tin cho người dân.",
     ["Cục Công nghiệp công nghệ thông tin", "Sở Y tế"]),
    ("Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh chủ trì; Sở Xây dựng trình Ủy ban nhân dân tỉnh.",
     ["Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh", "Sở Xây dựng", "Ủy ban nhân dân tỉnh"]),
    ("Giao Báo và Phát thanh, Truyền hình tỉnh tuyên truyền.", ["Báo và Phát thanh, Truyền hình tỉnh"]),
    ("12. Đề nghị Công ty Điện lực Đắk Lắk bảo đảm cấp điện; các công ty phải nộp báo cáo.", ["Công ty Điện lực Đắk Lắk"]),
    ("Tổng công ty Bưu điện Việt Nam phải bố trí; Sở Tư pháp lựa chọn người.", ["Tổng công ty Bưu điện Việt Nam", "Sở Tư pháp"]),
    # forces, only in a list of forces
    ("các lực lượng chức năng, như Công an, Hải quan, Quản lý thị trường, Bộ đội Biên phòng, Cảnh sát biển, Thuế,...",
     ["Bộ Công an", "Tổng cục Hải quan", "Tổng cục Quản lý thị trường", "Bộ Tư lệnh Bộ đội Biên phòng",
      "Bộ Tư lệnh Cảnh sát biển", "Tổng cục Thuế"]),
    ("Công an vào cuộc điều tra.", []),
    ("lực lượng công an, hải quan phối hợp", []),
    ("nộp thuế đầy đủ", []),
    # unknown bodies stop at the end of their name
    ("Vụ trưởng Vụ Pháp luật Dân sự - Kinh tế giữ chức Thứ trưởng Bộ Tư pháp.",
     ["Vụ Pháp luật Dân sự - Kinh tế", "Bộ Tư pháp"]),
    ("Cục Quản lý xuất nhập khẩu phối hợp với Bộ Tài chính.", ["Cục Quản lý xuất nhập khẩu", "Bộ Tài chính"]),
    ("Phòng Cảnh sát kinh tế, Công an thành phố Hồ Chí Minh thông tin",
     ["Phòng Cảnh sát kinh tế", "Công an thành phố Hồ Chí Minh"]),
    # negatives
    ("Hải Phòng 24 °C", []),
    ("xử lý vụ việc vi phạm; cục diện mới; sở hữu trí tuệ", []),
    ("Quyết định số 423/QĐ-BVHTTDL về Bộ Quy tắc ứng xử", []),
    ("trong cơ quan chính phủ và quốc hội", []),
    # unknown bodies: a toned word is not a stop word it folds to (`Tài` is not `tại`)
    ("Sở Tài chính chủ trì thẩm định.", ["Sở Tài chính"]),
    ("Vụ trưởng Vụ Kế hoạch - Tài chính, Thủ trưởng các đơn vị", ["Vụ Kế hoạch - Tài chính"]),
    ("Vụ trưởng Vụ Tài chính - Kinh tế ngành chịu trách nhiệm", ["Vụ Tài chính - Kinh tế ngành"]),
    ("Trung tâm Kiểm soát bệnh tật tỉnh chủ trì giám sát dịch.", ["Trung tâm Kiểm soát bệnh tật tỉnh"]),
    ("Sở Công Thương tại Hà Nội", ["Sở Công Thương"]),
    # the capitalised first word is the name's, even when it reads like a verb
    ("Vụ Pháp chế và Vụ Tổ chức cán bộ phối hợp", ["Vụ Pháp chế", "Vụ Tổ chức cán bộ"]),
    ("Cục Tổ chức cán bộ tổng hợp", ["Cục Tổ chức cán bộ"]),
    # a unit named after a ministry keeps the ministry's `và` and commas
    ("Sở Khoa học và Công nghệ chủ trì", ["Sở Khoa học và Công nghệ"]),
    ("Sở Giáo dục và Đào tạo, Sở Tư pháp và Bộ Công an", ["Sở Giáo dục và Đào tạo", "Sở Tư pháp", "Bộ Công an"]),
    ("Sở Văn hóa, Thể thao và Du lịch và Sở Y tế", ["Sở Văn hóa, Thể thao và Du lịch", "Sở Y tế"]),
    ("Sở Nông nghiệp và Môi trường hướng dẫn", ["Sở Nông nghiệp và Môi trường"]),
    ("Vụ Pháp chế và các đơn vị", ["Vụ Pháp chế"]),
    ("Sở Khoa học và Công nghệ đối với các dự án", ["Sở Khoa học và Công nghệ"]),
    ("Sở Tư pháp giúp Ủy ban nhân dân tỉnh Lào Cai", ["Sở Tư pháp", "Ủy ban nhân dân tỉnh Lào Cai"]),
    ("Văn phòng UBND tỉnh cập nhật thông tin", ["Văn phòng UBND tỉnh"]),
    ("Ban Quản lý dự án quy định chức năng", ["Ban Quản lý dự án"]),
    ("Sở Nội vụ lập hồ sơ đề án phân loại", ["Sở Nội vụ"]),
    ("Sở Xây dựng quản lý phần diện tích nhà đất", ["Sở Xây dựng"]),
    ("Trung tâm Phục vụ hành chính công Thành phố tăng cường kiểm tra", ["Trung tâm Phục vụ hành chính công Thành phố"]),
    ("Cục Quản lý thị trường tỉnh chủ động kiểm tra", ["Cục Quản lý thị trường tỉnh"]),
    # the provincial tax office since 2025
    ("đề nghị Thuế tỉnh Quảng Trị trao đổi với cơ quan có thẩm quyền", ["Thuế tỉnh Quảng Trị"]),
    ("Thuế thành phố Hà Nội hướng dẫn người nộp thuế", ["Thuế thành phố Hà Nội"]),
    ("Thuế thu nhập cá nhân tỉnh Lào Cai", []),
    # a lower-case false start (`cơ sở`) does not hide the body inside it
    ("xây dựng cơ sở dữ liệu, Công an tỉnh Lào Cai chủ trì", ["Công an tỉnh Lào Cai"]),
    ("Nội dung\tSở Tài chính\tSở Xây dựng", ["Sở Tài chính", "Sở Xây dựng"]),
    # an unknown acronym listed beside a body is a body
    ("Bộ Xây dựng, ACV nghiên cứu, đề xuất", ["Bộ Xây dựng", "ACV"]),
    ("EVN và Bộ Công Thương bảo đảm cung ứng điện", ["EVN", "Bộ Công Thương"]),
    ("Bộ Xây dựng tổ chức hội nghị COP28", ["Bộ Xây dựng"]),
    ("Mục II, Bộ Tài chính chủ trì", ["Bộ Tài chính"]),
    ("cơ sở khám chữa bệnh BHYT, Sở Y tế kiểm tra", ["Sở Y tế"]),
    # a compound noun keeps its words in a name
    ("Trung tâm Dịch vụ việc làm Thành phố (Sở Nội vụ)", ["Trung tâm Dịch vụ việc làm Thành phố", "Sở Nội vụ"]),
    ("Cục Việc làm và Cục Người có công phối hợp", ["Cục Việc làm", "Cục Người có công"]),
    ("Giao Ủy ban An toàn giao thông Quốc gia theo dõi", ["Ủy ban An toàn giao thông Quốc gia"]),
    ("Ban Quản lý các khu công nghiệp tỉnh và các cơ quan liên quan", ["Ban Quản lý các khu công nghiệp tỉnh"]),
    ("Ban Quản lý các khu kinh tế tỉnh phối hợp", ["Ban Quản lý các khu kinh tế tỉnh"]),
    ("Ban Quản lý các khu công nghệ cao và khu công nghiệp chủ trì", ["Ban Quản lý các khu công nghệ cao và khu công nghiệp"]),
    ("Ban Quản lý các khu công nghệ cao và khu công nghiệp thành phố Hà Nội đã ban hành",
     ["Ban Quản lý các khu công nghệ cao và khu công nghiệp thành phố Hà Nội"]),
    ("Ban Quản lý các khu chế xuất và công nghiệp Cần Thơ hướng dẫn", ["Ban Quản lý các khu chế xuất và công nghiệp Cần Thơ"]),
    ("Sở Y tế làm đầu mối", ["Sở Y tế"]),
    # collective addressees, named as written; not a distributive head nor one pointing back
    ("Yêu cầu các bộ, ngành, địa phương khẩn trương triển khai", ["các bộ, ngành, địa phương"]),
    ("Các sở, ban, ngành chủ động", ["Các sở, ban, ngành"]),
    ("các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ theo dõi", ["các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ"]),
    ("các bộ, ngành nêu trên", []),
    # units named once in the plural before a colon: one body per item
    ("Các Cục: Di sản văn hóa, Bản quyền tác giả", ["Cục Di sản văn hóa", "Cục Bản quyền tác giả"]),
    ("Cục trưởng các Cục: Di sản văn hóa, Bản quyền tác giả", ["Cục Di sản văn hóa", "Cục Bản quyền tác giả"]),
    ("Các Cục: Di sản văn hóa, Bản quyền tác giả chủ trì xây dựng", ["Cục Di sản văn hóa", "Cục Bản quyền tác giả"]),
    ("các Sở: Tài chính, Xây dựng; UBND các xã", ["Sở Tài chính", "Sở Xây dựng", "UBND các xã"]),
    ("Các Vụ: Pháp chế và Tổ chức cán bộ phối hợp", ["Vụ Pháp chế", "Vụ Tổ chức cán bộ"]),
    ("Các Cục: Di sản văn hóa và Bộ Công an", ["Cục Di sản văn hóa", "Bộ Công an"]),
    ("Các Sở: Nông nghiệp và Môi trường, Tài\nchính, Khoa học và Công nghệ chủ trì",
     ["Sở Nông nghiệp và Môi trường", "Sở Tài chính", "Sở Khoa học và Công nghệ"]),
    ("các Cục: Di sản văn hóa\tTrung tâm Chuyển đổi số", ["Cục Di sản văn hóa", "Trung tâm Chuyển đổi số"]),
    # a plural after a comma starts another item
    ("Sở Khoa học và Công nghệ, Sở Công Thương, Các doanh nghiệp viễn thông", ["Sở Khoa học và Công nghệ", "Sở Công Thương"]),
    ("Các bộ, ngành: Công an, Quốc phòng", ["Bộ Công an", "Bộ Quốc phòng"]),
    ("Ban Chỉ đạo 389 các bộ, ngành, địa phương", ["Ban Chỉ đạo 389 các bộ, ngành, địa phương"]),
    # a collective is a list of kinds of body, with or without `các`, each kind perhaps qualified
    ("đề nghị bộ, ngành, địa phương khẩn trương tổng hợp", ["bộ, ngành, địa phương"]),
    ("Bộ, ngành, địa phương báo cáo kết quả", ["Bộ, ngành, địa phương"]),
    ("Các sở, ban, ngành, đoàn thể Thành phố gửi báo cáo", ["Các sở, ban, ngành, đoàn thể Thành phố"]),
    ("các sở, ngành và địa phương triển khai", ["các sở, ngành và địa phương"]),
    ("các bộ, ngành Trung ương và địa phương phối hợp", ["các bộ, ngành Trung ương và địa phương"]),
    ("Giao các cơ quan chuyên môn thuộc UBND tỉnh", ["các cơ quan chuyên môn", "UBND tỉnh"]),
    ("các đơn vị có TTHC rà soát quy trình", ["các đơn vị có TTHC"]),
    ("các đơn vị sự nghiệp công lập tự chủ", ["các đơn vị sự nghiệp công lập"]),
    ("Yêu cầu các địa phương chủ động ứng phó", ["các địa phương"]),
    ("các cơ quan, đơn vị tổ chức thực hiện", ["các cơ quan, đơn vị"]),
    ("các ban, ngành, đoàn thể vận động", ["các ban, ngành, đoàn thể"]),
    # a single kind is none without a qualifier, nor a kind ending a compound or a verb
    ("các bộ phận tham mưu", []),
    ("các cơ quan báo chí đưa tin", []),
    ("các đơn vị hành chính cấp xã", []),
    ("toàn bộ, ngành nghề kinh doanh", []),
    ("trên cơ sở, ban hành văn bản", []),
    ("các cơ quan liên quan", []),
    # a kind written with a capital after the first opens a name, not the collective
    ("các cơ quan, đơn vị, Ban Chỉ đạo 389 quốc gia", ["các cơ quan, đơn vị", "Ban Chỉ đạo 389 quốc gia"]),
    ("Các Bộ, ngành, địa phương triển khai", ["Các Bộ, ngành, địa phương"]),
    ("Người đứng đầu cơ quan, đơn vị chịu trách nhiệm", []),
    ("cơ quan, đơn vị sử dụng lao động", []),
    # kinds are matched as written: folded, `số`, `bố`, `bạn` would read as `sở`, `bộ`, `ban`
    ("số, bản, tờ", []),
    ("bạn, bố mẹ", []),
    ("Ủy ban, ngành", []),
    # mass organisations are bodies by their name alone
    ("- Mặt trận Tổ quốc, Đoàn Thanh niên, Hội Phụ nữ hỗ trợ người dân", ["Mặt trận Tổ quốc", "Đoàn Thanh niên", "Hội Phụ nữ"]),
    ("Bảo hiểm xã hội Thành phố, Chi nhánh Ngân hàng Chính sách xã hội Thành phố phối hợp",
     ["Bảo hiểm xã hội Thành phố", "Chi nhánh Ngân hàng Chính sách xã hội Thành phố"]),
    ("Hội Nông dân và Hội Cựu chiến binh vận động hội viên", ["Hội Nông dân", "Hội Cựu chiến binh"]),
    ("Bảo hiểm xã hội Việt Nam hướng dẫn", ["Bảo hiểm xã hội Việt Nam"]),
    ("chế độ bảo hiểm xã hội bắt buộc", []),
    # the party committee of a body is a body of its own
    ("(1) Đảng uỷ Bộ Giáo dục và Đào tạo chủ trì, phối hợp với Bộ Xây dựng",
     ["Đảng ủy Bộ Giáo dục và Đào tạo", "Bộ Xây dựng"]),
    ("Giao Đảng uỷ Chính phủ lãnh đạo, chỉ đạo", ["Đảng ủy Chính phủ"]),
    ("Giao Đảng ủy Mặt trận Tổ quốc Việt Nam phát động", ["Đảng ủy Mặt trận Tổ quốc Việt Nam"]),
    ("Ban cán sự đảng UBND tỉnh Lào Cai lãnh đạo", ["Ban cán sự đảng UBND tỉnh Lào Cai"]),
    ("Đảng ủy Quốc hội", ["Đảng ủy Quốc hội"]),
    # `và` before a capitalised word that opens no body joins one name
    ("Cục Văn thư và Lưu trữ nhà nước phổ biến", ["Cục Văn thư và Lưu trữ nhà nước"]),
    ("Vụ Công tác thanh niên và Bình đẳng giới", ["Vụ Công tác thanh niên và Bình đẳng giới"]),
    ("Đài Phát thanh và Truyền hình Thành phố đưa tin", ["Đài Phát thanh và Truyền hình Thành phố"]),
    ("Ban Tuyên giáo và Dân vận Trung ương", ["Ban Tuyên giáo và Dân vận Trung ương"]),
    ("Sở Y tế và Sở Tài chính phối hợp", ["Sở Y tế", "Sở Tài chính"]),
    ("Vụ Pháp chế và Văn phòng Bộ", ["Vụ Pháp chế", "Văn phòng Bộ"]),
    ("Sở Tư pháp và Bộ Công an", ["Sở Tư pháp", "Bộ Công an"]),
    ("Sở Nội vụ và Hà Nội", ["Sở Nội vụ"]),
    # a comma before a capitalised part that opens no body continues the name; a list repeats the unit
    ("Cục Mỹ thuật, Nhiếp ảnh và Triển lãm chủ trì", ["Cục Mỹ thuật, Nhiếp ảnh và Triển lãm"]),
    ("Vụ Kế hoạch, Tài chính phối hợp", ["Vụ Kế hoạch, Tài chính"]),
    ("Cục Xuất bản, In và Phát hành hướng dẫn", ["Cục Xuất bản, In và Phát hành"]),
    ("Vụ Khoa học công nghệ, Đào tạo và Môi trường chủ trì", ["Vụ Khoa học công nghệ, Đào tạo và Môi trường"]),
    ("Cục Văn hóa cơ sở, Gia đình và Thư viện hướng dẫn", ["Cục Văn hóa cơ sở, Gia đình và Thư viện"]),
    ("Phòng Kinh tế, Hạ tầng và Đô thị tham mưu", ["Phòng Kinh tế, Hạ tầng và Đô thị"]),
    ("Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công thực hiện", ["Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công"]),
    ("Vụ Kế hoạch, Tài chính và Cục Việc làm", ["Vụ Kế hoạch, Tài chính", "Cục Việc làm"]),
    ("Cục Di sản văn hóa, Cục Bản quyền tác giả", ["Cục Di sản văn hóa", "Cục Bản quyền tác giả"]),
    ("Vụ Pháp chế, Văn phòng Bộ, Thanh tra Bộ", ["Vụ Pháp chế", "Văn phòng Bộ", "Thanh tra Bộ"]),
    ("Sở Y tế, Công an tỉnh Lào Cai phối hợp", ["Sở Y tế", "Công an tỉnh Lào Cai"]),
    ("Văn phòng Bộ, Thủ trưởng các đơn vị", ["Văn phòng Bộ"]),
    ("Sở Nông nghiệp và Môi trường và Giám đốc Sở Nội vụ", ["Sở Nông nghiệp và Môi trường", "Sở Nội vụ"]),
    ("Cục Văn hóa cơ sở, Gia đình và Thư viện và Chánh Văn phòng Bộ", ["Cục Văn hóa cơ sở, Gia đình và Thư viện", "Văn phòng Bộ"]),
    ("nếu do Sở Xây dựng thì chủ đầu tư phải hoàn trả", ["Sở Xây dựng"]),
    ("Tập đoàn, Đảng bộ Tập đoàn và Công đoàn", []),
    # a dash before a capitalised verb is a bullet run into a heading: the name ends before it
    ("3. Vụ Tổ chức cán bộ - Quán triệt, hướng dẫn các đơn vị", ["Vụ Tổ chức cán bộ"]),
    ("Vụ Tổ chức cán bộ - Chủ trì rà soát", ["Vụ Tổ chức cán bộ"]),
    ("Phòng Tài chính - Kế hoạch tham mưu", ["Phòng Tài chính - Kế hoạch"]),
    ("Phòng Văn hóa - Xã hội hướng dẫn", ["Phòng Văn hóa - Xã hội"]),
    # a capitalised word inside a name is the name's, even one that is a stop in lower case
    ("Cục Kiểm soát Thủ tục hành chính", ["Cục Kiểm soát Thủ tục hành chính"]),
    ("Trung tâm Phục vụ hành chính công thuộc Ủy ban nhân dân tỉnh", ["Trung tâm Phục vụ hành chính công", "Ủy ban nhân dân tỉnh"]),
    ("Trung tâm Phục vụ hành chính công cấp xã tiếp nhận hồ sơ", ["Trung tâm Phục vụ hành chính công cấp xã"]),
    # a body named by its level alone, or by its numbered region after the 2025 reorganisation, as written
    ("Viện kiểm sát nhân dân tỉnh, Tòa án nhân dân tỉnh phối hợp", ["Viện kiểm sát nhân dân tỉnh", "Tòa án nhân dân tỉnh"]),
    ("Đề nghị Tòa\nán nhân dân tỉnh xét xử", ["Tòa án nhân dân tỉnh"]),
    ("Kiểm toán nhà nước khu vực II, Kho bạc nhà nước khu vực XI", ["Kiểm toán nhà nước khu vực II", "Kho bạc nhà nước khu vực XI"]),
    ("Ngân hàng nhà nước khu vực 8 chỉ đạo các tổ chức tín dụng", ["Ngân hàng nhà nước khu vực 8"]),
    ("Chi cục Hải quan khu vực XI, Thuế tỉnh", ["Chi cục Hải quan khu vực XI", "Thuế tỉnh"]),
    ("Bảo hiểm xã hội khu vực XXV tiếp nhận hồ sơ", ["Bảo hiểm xã hội khu vực XXV"]),
    ("BHXH tỉnh, Công an tỉnh", ["BHXH tỉnh", "Công an tỉnh"]),
    ("Chi cục Thuế khu vực IV hướng dẫn người nộp thuế", ["Chi cục Thuế khu vực IV"]),
    ("Tòa án nhân dân khu vực 1 thụ lý", ["Tòa án nhân dân khu vực 1"]),
    ("Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh tổng hợp", ["Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh"]),
    ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh giám sát", ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"]),
    ("Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố, Hội Liên hiệp Phụ nữ Thành phố",
     ["Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố", "Hội Liên hiệp Phụ nữ Thành phố"]),
    ("UBND cấp tỉnh chỉ đạo rà soát", ["UBND cấp tỉnh"]),
    ("Ủy ban nhân dân cấp xã niêm yết công khai", ["Ủy ban nhân dân cấp xã"]),
    ("Chủ tịch Ủy ban nhân dân cấp tỉnh đề nghị hỗ trợ", ["Ủy ban nhân dân cấp tỉnh"]),
    # with a province after its level it is that province's body; lower case it is no body
    ("Công an tỉnh Lào Cai chủ trì", ["Công an tỉnh Lào Cai"]),
    ("Kho bạc Nhà nước cấp tiền", ["Kho bạc Nhà nước"]),
    ("thuế tỉnh thu được tăng", []),
    ("các xã khu vực III được hỗ trợ", []),
    # an abbreviation inside an instrument's symbol is its issuer's code, not a mention
    ("Công văn số 1531/TTg-CN của Thủ tướng Chính phủ", ["Thủ tướng Chính phủ"]),
    ("Quyết định 1569/QĐ-TTg ngày 12/12/2024", []),
    ("Công văn số 15/VPCP-KTTH gửi Bộ Tài chính", ["Bộ Tài chính"]),
    ("Đề nghị VPCP, Bộ Tư pháp phối hợp", ["Văn phòng Chính phủ", "Bộ Tư pháp"]),
    # a unit named after two fields keeps a field that is also a body's name, unless an owner, level or place follows it
    ("Giao Cục Tiền lương và Bảo hiểm xã hội chủ trì", ["Cục Tiền lương và Bảo hiểm xã hội"]),
    ("Cục Tin học và Thống kê tài chính cập nhật dữ liệu", ["Cục Tin học và Thống kê tài chính"]),
    ("Sở Y tế và Bảo hiểm xã hội tỉnh phối hợp", ["Sở Y tế", "Bảo hiểm xã hội tỉnh"]),
    ("Sở Y tế và Bảo hiểm xã hội Việt Nam", ["Sở Y tế", "Bảo hiểm xã hội Việt Nam"]),
    ("Cục Tài chính và Bảo hiểm xã hội Công an nhân dân", ["Cục Tài chính", "Bảo hiểm xã hội Công an nhân dân"]),
    ("Giao Cục Văn hóa các dân tộc Việt Nam chủ trì", ["Cục Văn hóa các dân tộc Việt Nam"]),
    # a bare UBND loses to the body whose name holds it
    ("Chánh Văn phòng UBND thành phố, Giám đốc Sở Tài chính", ["Văn phòng UBND thành phố", "Sở Tài chính"]),
    ("Văn phòng Ủy ban nhân dân tỉnh tổng hợp", ["Văn phòng Ủy ban nhân dân tỉnh"]),
    ("báo cáo UBND về kết quả", ["Ủy ban nhân dân"]),
    # collectives of local bodies, named as written
    ("Chủ tịch UBND các xã, phường và Thủ trưởng", ["UBND các xã, phường"]),
    ("Ủy ban nhân dân các phường, xã, đặc khu chủ trì", ["Ủy ban nhân dân các phường, xã, đặc khu"]),
    ("Công an các quận, huyện phối hợp", ["Công an các quận, huyện"]),
    ("UBND tỉnh Lào Cai và UBND các huyện", ["Ủy ban nhân dân tỉnh Lào Cai", "UBND các huyện"]),
    ("Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương", ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"]),
    ("Ủy ban nhân dân các xã, phường và đặc khu rà soát", ["Ủy ban nhân dân các xã, phường và đặc khu"]),
    ("Ủy ban nhân dân phường, xã, đặc khu gửi báo cáo", ["Ủy ban nhân dân phường, xã, đặc khu"]),
    ("UBND huyện, xã tổ chức", ["UBND huyện, xã"]),
    ("ủy ban nhân dân các xã trên địa bàn", []),
    ("Chủ tịch Ủy ban nhân dân các xã, phường nêu trên chỉ đạo", ["Ủy ban nhân dân"]),
    ("Ủy ban nhân dân các xã nói trên", ["Ủy ban nhân dân"]),
    # a unit's list may separate its items by semicolons, as when an item's own name holds commas
    ("Các Sở: Xây dựng, Văn hóa, Thể thao và Du lịch; Khoa học và Công nghệ; Công Thương chủ trì",
     ["Sở Xây dựng", "Sở Văn hóa, Thể thao và Du lịch", "Sở Khoa học và Công nghệ", "Sở Công Thương"]),
    ("Các Cục: Thuế; Hải quan; Quản lý giá triển khai", ["Cục Thuế", "Cục Hải quan", "Cục Quản lý giá"]),
    # a council listed before another of the same place shares its place
    ("Chính phủ, Hội đồng nhân dân, Ủy ban nhân dân tỉnh Điện Biên tổ chức thi hành",
     ["Chính phủ", "Hội đồng nhân dân tỉnh Điện Biên", "Ủy ban nhân dân tỉnh Điện Biên"]),
    ("Giao HĐND, UBND tỉnh Nghệ An chỉ đạo", ["Hội đồng nhân dân tỉnh Nghệ An", "Ủy ban nhân dân tỉnh Nghệ An"]),
    # a province's web portal is a body of its own, which closing clauses name among the others
    ("Giám đốc Cổng Thông tin điện tử tỉnh, Chủ tịch Ủy ban nhân dân cấp xã chịu trách nhiệm thi hành",
     ["Cổng Thông tin điện tử tỉnh", "Ủy ban nhân dân cấp xã"]),
    # a corporation's name is written with a capital `Công` as often as not
    ("Kính gửi: Tổng Công ty Phân bón và Hóa chất Dầu khí - CTCP.", ["Tổng Công ty Phân bón và Hóa chất Dầu khí - CTCP"]),
    ("Đề nghị Công Ty TNHH Khuôn Mẫu Yong Hong căn cứ", ["Công Ty TNHH Khuôn Mẫu Yong Hong"]),
    ("ông A, Tổng Giám đốc Tổng Công ty Sông Đà", ["Tổng Công ty Sông Đà"]),
    # a person's name is never cut by punctuation, nor spells a province
    ("Tổng Công ty Đầu tư Xây dựng Hoàng Long - CTCP", ["Tổng Công ty Đầu tư Xây dựng Hoàng Long - CTCP"]),
    ("Trường ĐH Nông Lâm - Khu Công nghệ cao", ["Trường ĐH Nông Lâm - Khu Công nghệ cao"]),
    ("Bộ Tư lệnh Thành phố Hồ Chí Minh chủ trì", ["Bộ Tư lệnh Thành phố Hồ Chí Minh"]),
    ("Học viện Chính trị quốc gia Hồ Chí Minh chủ trì", ["Học viện Chính trị quốc gia Hồ Chí Minh"]),
    ("Ban QLDA Đường Hồ Chí Minh chịu trách nhiệm", ["Ban QLDA Đường Hồ Chí Minh"]),
    ("Đoàn Thanh niên Cộng sản Hồ Chí Minh phát huy vai trò xung kích", ["Đoàn Thanh niên Cộng sản Hồ Chí Minh"]),
    ("Vụ trưởng Vụ Pháp chế Nguyễn Văn An ký", ["Vụ Pháp chế"]),
    # a province's merged newspaper and broadcaster, named with the province only; the science and
    # friendship unions, central and provincial
    ("Báo và Phát thanh, Truyền hình Đồng Nai chủ động phối hợp", ["Báo và Phát thanh, Truyền hình Đồng Nai"]),
    ("Báo và Phát thanh - Truyền hình Đắk Lắk, Sở Văn hóa, Thể thao và Du lịch thực hiện",
     ["Báo và Phát thanh, Truyền hình Đắk Lắk", "Sở Văn hóa, Thể thao và Du lịch"]),
    ("Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh chủ trì", ["Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh"]),
    ("Liên hiệp các tổ chức hữu nghị tỉnh Nghệ An phối hợp", ["Liên hiệp các tổ chức hữu nghị tỉnh Nghệ An"]),
    ("Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam chủ trì", ["Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam"]),
    # a unit's field named in lower case, with `và` or a verb-like word inside it; and `ra` ends a name
    ("Giao Quỹ Phát triển khoa học và công nghệ Quốc gia chủ trì", ["Quỹ Phát triển khoa học và công nghệ Quốc gia"]),
    ("Viện Nghiên cứu lập pháp chủ trì", ["Viện Nghiên cứu lập pháp"]),
    ("Viện Nghiên cứu ngoại giao phối hợp", ["Viện Nghiên cứu ngoại giao"]),
    ("Sở Tư pháp ra thông báo", ["Sở Tư pháp"]),
    # a province's delegation named with its deputies, the place after both
    ("Đoàn đại biểu Quốc hội và đại biểu Quốc hội tỉnh Điện Biên giám sát", ["Đoàn đại biểu Quốc hội tỉnh Điện Biên"]),
    ("Đoàn đại biểu Quốc hội và đại biểu Quốc hội thành phố Hà Nội giám sát",
     ["Đoàn đại biểu Quốc hội thành phố Hà Nội"]),
]


@pytest.mark.parametrize("text, names", NAMES)
def test_names(text, names):
    assert [o.name for o in find_organizations(text)] == names


PARENTS = [
    ("Tổng cục Hải quan, Tổng cục Thuế (Bộ Tài chính); Tổng cục Quản lý thị trường (Bộ Công Thương)",
     {"Tổng cục Hải quan": "Bộ Tài chính", "Tổng cục Thuế": "Bộ Tài chính",
      "Tổng cục Quản lý thị trường": "Bộ Công Thương"}),
    ("A04, C03 (BCA)", {"Cục An ninh kinh tế": "Bộ Công an",
                        "Cục Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu": "Bộ Công an"}),
    ("Bộ Tư lệnh Bộ đội Biên phòng, Bộ Tư lệnh Cảnh sát biển (Bộ Quốc phòng)",
     {"Bộ Tư lệnh Bộ đội Biên phòng": "Bộ Quốc phòng", "Bộ Tư lệnh Cảnh sát biển": "Bộ Quốc phòng"}),
    ("Bộ Tư pháp chủ trì, phối hợp Cục Hải quan (Bộ Tài chính)",
     {"Bộ Tư pháp": None, "Cục Hải quan": "Bộ Tài chính", "Bộ Tài chính": None}),
    ("Văn phòng Thường trực Ban Chỉ đạo 389 quốc gia", {"Văn phòng Thường trực Ban Chỉ đạo 389 quốc gia": "Ban Chỉ đạo 389 quốc gia"}),
    ("Sở Tư pháp thành phố Đà Nẵng", {"Sở Tư pháp thành phố Đà Nẵng": "Ủy ban nhân dân thành phố Đà Nẵng"}),
    ("Công an tỉnh Lào Cai", {"Công an tỉnh Lào Cai": "Bộ Công an"}),
    # departments whose names join a lower-case field with `và`, which an unknown name would end at
    ("Giao Cục Quản lý nhà và thị trường bất động sản chủ trì, phối hợp Cục An toàn bức xạ và hạt nhân",
     {"Cục Quản lý nhà và thị trường bất động sản": "Bộ Xây dựng", "Cục An toàn bức xạ và hạt nhân": "Bộ Khoa học và Công nghệ"}),
]


@pytest.mark.parametrize("text, parents", PARENTS)
def test_parents(text, parents):
    assert {o.name: o.parent for o in find_organizations(text) if o.name in parents} == parents


KNOWN = [
    ("Bộ Công an", True),
    ("UBND tỉnh Lào Cai", True),
    ("Vụ Hợp tác quốc tế", False),
    ("Văn phòng Thường trực", False),  # alone, with no Ban Chỉ đạo 389 in the text
]


@pytest.mark.parametrize("text, known", KNOWN)
def test_known(text, known):
    assert [o.known for o in find_organizations(text)] == [known]


def test_spans_point_at_the_surface():
    text = "Giao BCA và Bộ Tài chính"
    assert [(text[o.span.start:o.span.end], o.surface) for o in find_organizations(text)] == \
        [("BCA", "BCA"), ("Bộ Tài chính", "Bộ Tài chính")]


def test_names_broken_over_lines():
    assert [o.name for o in find_organizations("Văn phòng Thường trực Ban\nChỉ đạo 389 quốc gia")] == \
        ["Văn phòng Thường trực Ban Chỉ đạo 389 quốc gia"]


LOOKUPS = [
    ("bo cong an", "Bộ Công an", "ministry"),
    ("BCA", "Bộ Công an", "ministry"),
    ("Bộ Công an", "Bộ Công an", "ministry"),
    ("bộ thông tin và truyền thông", "Bộ Thông tin và Truyền thông", "ministry"),
    ("Ban Chỉ đạo 389 các bộ, ngành, địa phương", "Ban Chỉ đạo 389 các bộ, ngành, địa phương", "collective"),
    ("ban chi dao 389 quoc gia", "Ban Chỉ đạo 389 quốc gia", "committee"),
    ("UBND tỉnh Lào Cai", "Ủy ban nhân dân tỉnh Lào Cai", "province"),
    ("Công an tỉnh Tiền Giang", "Công an tỉnh Tiền Giang", "local"),
]


@pytest.mark.parametrize("typed, name, kind", LOOKUPS)
def test_find_organization(typed, name, kind):
    entry = find_organization(typed)
    assert (entry["name"], entry["kind"]) == (name, kind)


def test_find_organization_of_no_body():
    assert find_organization("hàng giả") is None


def test_old_ministry_points_to_its_successor():
    assert find_organization("BTTTT")["succeeded_by"] == "Bộ Khoa học và Công nghệ"


@pytest.mark.parametrize("text,names", [
    ("1. UBND xã Chi Lăng: hoàn thành rà soát trước ngày 30/11/2025.", ["UBND xã Chi Lăng"]),
    ("Giao Ủy ban nhân dân phường Hoàn Kiếm chủ trì, phối hợp với Công an xã Tân Lập triển khai.",
     ["Ủy ban nhân dân phường Hoàn Kiếm", "Công an xã Tân Lập"]),
    ("Giao Ủy ban nhân dân Phường 5 tổ chức thực hiện.", ["Ủy ban nhân dân Phường 5"]),
    # a heading's capitals and a level without a place are left to the other passes
    ("ỦY BAN NHÂN DÂN XÃ CHI LĂNG", ["Ủy ban nhân dân"]),
    ("Ủy ban nhân dân các xã, phường thực hiện.", ["Ủy ban nhân dân các xã, phường"]),
])
def test_a_commune_ward_or_district_body_is_named_as_written(text, names):
    assert [o.name for o in find_organizations(nfc(text))] == names


def test_a_body_name_ends_before_the_verb_of_sending_staff():
    assert [o.name for o in find_organizations(nfc("Yêu cầu Sở Tài nguyên và Môi trường cử ngay cán bộ."))] == \
        ["Sở Tài nguyên và Môi trường"]


def test_a_units_list_may_name_its_unit_in_lower_case():
    text = nfc("Các sở: Nông nghiệp và Môi trường, Xây dựng, Nội vụ theo chức năng tham mưu.")
    assert [o.name for o in find_organizations(text)] == ["Sở Nông nghiệp và Môi trường", "Sở Xây dựng", "Sở Nội vụ"]


def test_the_veterans_association_written_with_a_capital():
    """`Hội Cựu Chiến binh` as often as `Hội Cựu chiến binh`: one of a list of mass organisations."""
    text = nfc("Đề nghị Ủy ban Mặt trận Tổ quốc tỉnh, Hội Cựu Chiến binh, Hội Phụ nữ, Đoàn Thanh niên các cấp vận động.")
    assert "Hội Cựu Chiến binh" in [o.name for o in find_organizations(text)]


COMMA_PHRASES = [
    # a unit's name joins coordinated words with a comma before a lower-case word
    ("Cục Phát thanh, truyền hình và thông tin điện tử", "Cục Phát thanh, truyền hình và thông tin điện tử"),
    ("Cục Quản lý khám, chữa bệnh", "Cục Quản lý khám, chữa bệnh"),
    ("Cục Phòng, chống rửa tiền", "Cục Phòng, chống rửa tiền"),
    ("Trung tâm Phòng, chống HIV/AIDS", "Trung tâm Phòng, chống HIV"),
    ("Cục Quản lý, giám sát kế toán, kiểm toán", "Cục Quản lý, giám sát kế toán, kiểm toán"),
    ("Cục Quản lý Y, dược cổ truyền", "Cục Quản lý Y, dược cổ truyền"),
    ("Quỹ Phòng, chống thiên tai", "Quỹ Phòng, chống thiên tai"),
]


@pytest.mark.parametrize("name,expected", COMMA_PHRASES)
def test_a_units_name_goes_on_over_a_coordinating_comma(name, expected):
    text = nfc(f"Giao {name} chủ trì, phối hợp với Bộ Tài chính thực hiện.")
    assert [o.name for o in find_organizations(text)] == [expected, "Bộ Tài chính"]


def test_a_comma_before_another_body_or_a_verb_still_ends_a_name():
    text = nfc("Giao Vụ Pháp chế, Bộ Tài chính chủ trì; Sở Y tế quản lý, giám sát việc thực hiện.")
    assert [o.name for o in find_organizations(text)] == ["Vụ Pháp chế", "Bộ Tài chính", "Sở Y tế"]
