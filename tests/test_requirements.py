"""Which cited instruments a sentence demands be carried out, and which ones a decision approves."""
import pytest
from growth import timed_until

from luocdo.extract.citations import find_instruments
from luocdo.extract.dates import find_dates
from luocdo.extract.requirements import approvals, required_instruments
from luocdo.model import Span
from luocdo.normalize import nfc


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
    # A preamble paragraph states the grounds: nothing in it is demanded, and `thi hành` there is
    # part of a cited title; the demand does not reach into the next paragraph either.
    ("Căn cứ Nghị định số 94/2016/NĐ-CP ngày 01 tháng 7 năm 2016 của Chính phủ quy định chi tiết và hướng dẫn "
     "thi hành một số điều của Luật thống kê;\n\nCăn cứ Nghị định số 47/2020/NĐ-CP ngày 09 tháng 4 năm 2020 của "
     "Chính phủ về quản lý, kết nối và chia sẻ dữ liệu số;", []),
    ("Căn cứ Nghị định số 78/2025/NĐ-CP ngày 01 tháng 4 năm 2025 của Chính phủ quy định chi tiết một số điều và "
     "biện pháp để tổ chức, hướng dẫn thi hành Luật Ban hành văn bản quy phạm pháp luật; Nghị định số "
     "187/2025/NĐ-CP ngày 01 tháng 7 năm 2025 của Chính phủ;", []),
    ("Căn cứ Nghị định số 214/2025/NĐ-CP quy định chi tiết một số điều và biện pháp thi hành Luật Đấu thầu về "
     "lựa chọn nhà thầu;\n\nTheo đề nghị của Sở Tài chính tại Công văn số 4687/STC-GCS ngày 10 tháng 10 năm 2025;", []),
    ("Theo đề nghị của Bộ trưởng Bộ Giáo dục và Đào tạo tại Tờ trình số 1930/TTr-BGDĐT ngày 03 tháng 11 năm 2025.", []),
    ("Trên cơ sở đề nghị của Bộ Tài chính tại văn bản số 18345/BTC-NSNN ngày 26 tháng 11 năm 2025;", []),
    ("*Căn cứ Thông tư số 02/2017/TT-VPCP ngày 31 tháng 10 năm 2017 của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ;*", []),
    ("Căn cứ Kết luận số 121-KL/TW về Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa XIII;\n"
     "Căn cứ Nghị quyết số 160/2024/QH15 ngày 13 tháng 11 năm 2024 của Quốc hội;", []),
    # `Ban Chấp hành`, `hướng dẫn thi hành`, `có hiệu lực thi hành`, `thi hành án`: names, not demands.
    ("Ủy viên Ban Chấp hành Trung ương theo Kết luận số 187-KL/TW ngày 10/9/2025", []),
    ("các chức danh ủy viên ban chấp hành, ủy viên ban thường vụ theo Kết luận số 187-KL/TW ngày 10/9/2025", []),
    ("Hiệu lực thi hành của Nghị định 189/2025/NĐ-CP?", []),
    ("Cơ quan thi hành án dân sự theo Nghị định số 62/2015/NĐ-CP.", []),
    # An instrument as the source of a rule the demanded action follows is not its object ...
    ("Nhà nước thực hiện dự án đầu tư xây dựng nhà ở xã hội để bán theo quy định của Luật Nhà ở 2023.", []),
    ("Chủ đầu tư phải tuân thủ quy định về quản lý vận hành nhà chung cư quy định tại Luật Nhà ở 2023.", []),
    ("Ủy ban nhân dân tổ chức thực hiện công tác khắc phục hậu quả thiên tai trên địa bàn theo quy định tại "
     "khoản 1 Điều 30 Luật Phòng chống thiên tai 2013;", []),
    ("các chủ đầu tư nghiên cứu áp dụng quy định lựa chọn nhà thầu theo thẩm quyền được quy định tại "
     "Nghị định số 17/2025/NĐ-CP ngày 26 tháng 02 năm 2025", []),
    ("Tổ chức, cá nhân thực hiện theo khoản 1 Điều 7 Nghị định số 213/2025/NĐ-CP ngày 30 tháng 7 năm 2025.", []),
    ("thực hiện các công việc nêu tại khoản 6 và khoản 7 Điều 5 Nghị định 243/2025/NĐ-CP", []),
    ("thực hiện hoạt động lấn biển theo Mẫu số 05 tại Phụ lục ban hành kèm theo Nghị định số 151/2025/NĐ-CP", []),
    ("thực hiện nghĩa vụ do người chết để lại (Điều 620 Bộ luật Dân sự 2015)", []),
    ("thực hiện dự án thí điểm trước thời điểm có hiệu lực của Nghị quyết số 171/2024/QH15", []),
    # ... unless the demand is `theo đúng` that rule.
    ("quyết toán số kinh phí được bổ sung theo đúng quy định của Luật Ngân sách nhà nước.",
     ["LUẬT Luật Ngân sách nhà n"]),
    ("thực hiện theo đúng quy định tại Luật Đất đai số 31/2024/QH15 và Nghị định số 71/2024/NĐ-CP",
     ["LUẬT 31", "NĐ 71"]),
    # A semicolon ends the demand's reach unless the list of instruments goes on.
    ("trừ trường hợp chấm dứt thực hiện hợp đồng; khoản 7 Điều 52 Luật Đầu tư theo phương thức đối tác công tư 2020", []),
    ("tổ chức thực hiện nghiêm Luật Nghĩa vụ quân sự năm 2015; Thông tư số 148/2018/TT-BQP ngày 04 tháng 10 năm 2018",
     ["LUẬT Luật Nghĩa vụ quân s", "TT 148"]),
    # The nearest demand phrase decides: `kết quả thực hiện` reports on implementation.
    ("thực hiện báo cáo về tình hình, kết quả thực hiện Kết luận số 121-KL/TW của Ban Chấp hành Trung ương", []),
    ("thực hiện 5 quan điểm chỉ đạo được xác định trong Nghị quyết Trung ương 5 (khoá VIII), riêng đối với", []),
    # Funding or stopping implementation makes it a topic; a table's cell ends a demand's reach.
    ("Kinh phí thực hiện các chính sách hỗ trợ theo Nghị định số 105/2020/NĐ-CP ngày 08/9/2020.", []),
    ("Dừng thực hiện Dự án theo Quyết định số 794/QĐ-TTg ngày 05/6/2015.", []),
    ("Các chế độ bồi dưỡng bị bãi bỏ khi thực hiện chế độ tiền lương theo Nghị quyết số 27-NQ/TW ngày 21/5/2018.", []),
    # the items of a list in another instrument's title are that one's subject, not demanded
    ("Ngày 01/7/2025, Cục Thuế đã có công điện số 102/CĐ-CT về việc triển khai thực hiện Nghị định số "
     "175/2025/NĐ-CP ngày 30/6/2025 của Chính phủ và Quyết định số 2226/QĐ-BTC ngày 30/6/2025 của Bộ Tài chính.", []),
    # a demand in a cited title demands nothing of the list's later items, but what demands
    # the titled instrument demands them all
    ("Căn cứ pháp lý: Nghị định số 257/2025/NĐ-CP ngày 8/10/2025 quy định chi tiết về việc thực hiện dự án BT; "
     "Thông tư số 98/2025/TT-BTC ngày 27/10/2025 của Bộ Tài chính về mẫu hồ sơ mời thầu.", []),
    ("Triển khai Kế hoạch hành động số 328-KH/TU ngày 24/4/2025 về việc thực hiện Nghị quyết số 57-NQ/TW; "
     "Kế hoạch số 348/KH-UBND ngày 14/5/2025 của UBND tỉnh, Ủy ban nhân dân tỉnh ban hành Kế hoạch.",
     ["KH 328", "KH 348"]),
    ("Thông tư số 104/2024/TT-BQP quy định việc kê khai thông tin cá nhân khi thực hiện thủ tục hành chính;\n"
     "- Thông tư số 103/2025/TT-BQP ngày 10/10/2025 của Bộ Quốc phòng;", []),
    ("Quyết định việc triển khai hỗ trợ chống dịch\tBảo vệ thực vật\tĐiều 18 Luật Bảo vệ và kiểm dịch thực vật năm 2013", []),
    ("Thời gian thực hiện | Năm 2025 | Quyết định số 12/QĐ-UBND ngày 05/01/2025", []),
    # A demand on instruments described by type, issuer and subject governs the numbered ones
    # cited whose titles the subject names.
    ("V/v triển khai Nghị quyết của Quốc hội về dự toán ngân sách nhà nước năm 2026 và phân bổ ngân sách trung ương "
     "năm 2026.\nQuốc hội đã thông qua Nghị quyết 245/2025/QH15 ngày 13 tháng 11 năm 2025 về dự toán ngân sách nhà "
     "nước năm 2026 và Nghị quyết 246/2025/QH15 ngày 14 tháng 11 năm 2025 về phân bổ ngân sách trung ương năm 2026.",
     ["NQ 245", "NQ 246"]),
    ("V/v triển khai Nghị quyết của Quốc hội về dự toán ngân sách nhà nước năm 2026.\nQuốc hội đã thông qua "
     "Nghị quyết 245/2025/QH15 về dự toán ngân sách nhà nước năm 2026 và Nghị quyết 248/2025/QH15 về chương trình "
     "giám sát năm 2026.", ["NQ 245"]),
    ("V/v triển khai Kết luận của Ủy ban Thường vụ Quốc hội về dự án đường Hồ Chí Minh\nVề Kết luận của Ủy ban "
     "Thường vụ Quốc hội tại Thông báo số 4387/TB-VPQH ngày 14 tháng 11 năm 2025 của Văn phòng Quốc hội về tình hình "
     "thực hiện Nghị quyết số 66/2013/QH13, Phó Thủ tướng có ý kiến:", ["TB 4387"]),
    ("V/v triển khai Kết luận của Ủy ban Thường vụ Quốc hội về dự án đường Hồ Chí Minh\nTheo Kết luận của Bộ Chính "
     "trị tại Thông báo số 81-TB/TW ngày 18/7/2025 về chủ trương đầu tư", []),  # another body's conclusion
    ("Căn cứ Nghị quyết của Quốc hội về dự toán ngân sách nhà nước năm 2026;\nNghị quyết 245/2025/QH15 về dự toán "
     "ngân sách nhà nước năm 2026 quy định", []),
    # A footnote mark carries the demand of its clause to what the footnote cites; `theo quy định
    # của pháp luật` names no instrument and makes nothing after it a source.
    ("- Chủ động triển khai thực hiện các biện pháp như tuyển dụng, điều động theo quy định của pháp luật và "
     "hướng dẫn của Bộ Nội vụ[1] để bổ sung nhân lực.\n\nKT. TRƯỞNG BAN\n\n[1] Công văn số 7415/BNV-CCVC ngày "
     "31/8/2025 và Công văn số 9395/BNV-CCVC ngày 15/10/2025 của Bộ Nội vụ về phương án bảo đảm nhân sự.",
     ["CV 7415", "CV 9395"]),
    ("Các đơn vị nghiên cứu các văn bản có liên quan[1].\n\n[1] Nghị quyết số 163/2024/QH15 ngày 27/11/2024.", []),
    ("thực hiện theo quy định của pháp luật và theo đúng Kế hoạch số 94/KH-UBND ngày 19/9/2025", ["KH 94"]),
    ("Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025; Theo đề nghị của Bộ trưởng. QUYẾT ĐỊNH: Điều 1. "
     "Các bộ triển khai thực hiện Kế hoạch số 94/KH-UBND ngày 19/9/2025.", ["KH 94"]),  # line breaks lost
    # OCR and typing misread tones; phrases are matched folded.
    ("Các bộ, ngành thực hiên nghiêm Chỉ thị số 17/CT-TTg ngày 19/6/2018 của Thủ tướng Chính phủ.", ["CT 17"]),
    ("Tiếp tục triến khai Nghị quyết số 127/NQ-CP ngày 08/10/2021.", ["NQ 127"]),
    ("Cản cứ Nghị định số 94/2016/NĐ-CP quy định chi tiết và hướng dẫn thi hành Luật thống kê;\n"
     "Cǎn cứ Nghị định số 47/2020/NĐ-CP ngày 09 tháng 4 năm 2020 của Chính phủ;", []),
    ("thực hiện việc chuyển đổi tài khoản thu phí đã có theo Quyết định số 19/2020/QĐ-TTg ngày 17 tháng 6 năm 2020",
     ["QĐ 19"]),  # `tài khoản` is no `tại khoản`
    # Demands that follow an instruction.
    ("Các đơn vị khẩn trương xử lý theo chỉ đạo tại Công văn số 9859/VPCP-KGVX ngày 13/10/2025.", ["CV 9859"]),
    ("Thực hiện ý kiến chỉ đạo của Thủ tướng Chính phủ tại Công văn số 9859/VPCP-KGVX ngày 13/10/2025", ["CV 9859"]),
    ("Phối hợp thực hiện công tác rà soát dữ liệu số nhà trên cơ sở Kế hoạch số 515/KH-BCA-BNN&MT ngày 31 tháng 8 năm 2025",
     ["KH 515"]),
    # The demand's object of planned work carried by an instrument: the instrument is demanded,
    # unless the object is itself a cited instrument, which the decision only issued ...
    ("(8) Hoàn thành việc thực thi 100% phương án về phân cấp thẩm quyền giải quyết TTHC đã được phê duyệt tại "
     "Quyết định số 1015/QĐ-TTg ngày 30/8/2022 của Thủ tướng Chính phủ.", ["QĐ 1015"]),
    ("Các sở, ngành triển khai Kế hoạch ban hành kèm theo Quyết định số 12/QĐ-UBND ngày 3/1/2025.", ["QĐ 12"]),
    ("thực hiện các nhiệm vụ được giao tại Nghị quyết số 118/NQ-CP ngày 5/5/2025 của Chính phủ", ["NQ 118"]),
    ("thực hiện có hiệu quả các nội dung nêu tại Chỉ thị 11/CT-TTg năm 2025 của Thủ tướng Chính phủ", ["CT 11"]),
    ("triển khai các giải pháp đã được đề ra tại Nghị quyết 201/2025/QH15, đặc biệt là nội dung về nhà ở",
     ["NQ 201"]),
    ("triển khai Chiến lược phát triển ứng dụng Trí tuệ nhân tạo đến năm 2030 (Chiến lược AI ứng dụng) ban hành "
     "kèm theo Quyết định 699/QĐ-BTTTT năm 2024", ["CL Chiến lược phát triể", "CL Chiến lược AI ứng dụ"]),
    ("thực hiện Chiến lược phát triển lĩnh vực phát thanh, truyền hình và thông tin điện tử giai đoạn 2021 - 2025 "
     "được ban hành kèm theo Quyết định 512/QĐ-BTTTT năm 2023", ["CL Chiến lược phát triể"]),
    # ... and so are those of a list that goes on with `nhất là`, `đặc biệt là`.
    ("tiếp tục thực hiện khẩn trương, nghiêm túc, đồng bộ, hiệu quả các đề án, nhiệm vụ, giải pháp nêu tại các "
     "nghị quyết, kết luận của Trung ương, Quốc hội, Chính phủ, nhất là Đề án bổ sung về phát triển kinh tế - xã "
     "hội năm 2025 với mục tiêu tăng trưởng đạt 8% trở lên, các Nghị quyết số 01/NQ-CP, 02/NQ-CP ngày 08 tháng 01 "
     "năm 2025 của Chính phủ", ["ĐA Đề án bổ sung về phá", "NQ 01", "NQ 02"]),
    ("quán triệt, thực hiện các nghị quyết của Trung ương, đặc biệt là Nghị quyết số 57-NQ/TW ngày 22/12/2024",
     ["NQ 57"]),
    # ... but a form, an article or a set of rules is the source, and so is `quy định tại`.
    ("thực hiện theo Mẫu số 24 ban hành kèm theo Nghị định số 151/2025/NĐ-CP", []),
    ("thực hiện các nhiệm vụ quy định tại Điều 6 Quy chế ban hành kèm theo Nghị định 315/2025/NĐ-CP", []),
    ("thực hiện theo Mục III Phần A Quy trình tiếp nhận, điều trị ban hành kèm theo Quyết định 5091/QĐ-BYT năm 2020", []),
    ("thực hiện chế độ tiền thưởng ban hành kèm theo Quyết định 786/QĐ-BNV năm 2024", []),
    ("thực hiện nhiệm vụ theo Hướng dẫn chẩn đoán được ban hành kèm theo Quyết định 2671/QĐ-BYT năm 2023", []),
    ("triển khai áp dụng GSP quy định tại Phụ lục I ban hành kèm theo Thông tư 36/2018/TT-BYT", []),
    ("quản lý người chấp hành biện pháp tư pháp bắt buộc chữa bệnh ban hành kèm theo Quyết định 5091/QĐ-BYT năm 2020",
     []),  # `người chấp hành`: the one who serves a measure
    # The thing to be drafted is not demanded, even inside a clause whose verb is a demand: an
    # instrument right after a verb of making or changing, or what the document to be made details,
    # and the instruments listed after it.
    ("Triển khai thực hiện việc cắt giảm, đơn giản hóa tối đa TTHC ngay trong quá trình xây dựng VBQPPL quy định "
     "chi tiết Luật Báo chí (sửa đổi) sau khi được thông qua.", []),
    ("Tổ chức thực hiện, cắt giảm TTHC trong quá trình xây dựng văn bản hướng dẫn thi hành Luật Báo chí năm 2016.", []),
    ("Triển khai xây dựng hồ sơ sửa đổi Luật Điện ảnh, Luật Du lịch theo kế hoạch.", []),
    ("Tổ chức thực hiện nhiệm vụ trình Quốc hội dự án Luật sửa đổi, bổ sung một số điều của 37 Luật.", []),
    ("Thực hiện đúng các quy định tại Nghị định số 308/2025/NĐ-CP ngày 28 tháng 11 năm 2025 của Chính phủ quy định "
     "chi tiết một số điều và biện pháp tổ chức, hướng dẫn thi hành Luật Di sản văn hóa", ["NĐ 308"]),
    ("thực hiện theo quy định của Bộ trưởng Bộ Nội vụ quy định chi tiết một số điều của Luật Lưu trữ", []),
    ("Khẩn trương thực hiện việc soạn thảo Nghị định sửa đổi Nghị định số 15/2020/NĐ-CP và Nghị định số "
     "14/2014/NĐ-CP.", []),
    ("Tiếp tục triển khai Nghị quyết số 66/NQ-CP, tham gia xây dựng dự thảo Luật Thủ đô (sửa đổi).", ["NQ 66"]),
    # ... while a list under a demand is demanded item by item.
    ("Triển khai thực hiện Luật Đất đai, Luật Nhà ở và Nghị định số 12/2024/NĐ-CP.",
     ["LUẬT Luật Đất đai", "LUẬT Luật Nhà ở", "NĐ 12"]),
    ("Rà soát Thông tư số 02/2017/TT-VPCP; triển khai Nghị định số 30/2020/NĐ-CP.", ["NĐ 30"]),
    # `được giao tại`, `phê duyệt tại` make the instrument a source unless the object is planned work
    # it carries; decisions listed after one that only approved the object only approved it too.
    ("+ Rà soát, ưu tiên triển khai xây dựng các cơ sở dữ liệu quốc gia, cơ sở dữ liệu chuyên ngành được giao tại "
     "Kế hoạch số 02-KH/BCĐTW năm 2025, Nghị quyết 214/NQ-CP năm 2025 về ban hành Kế hoạch thúc đẩy", []),
    ("có trách nhiệm thực hiện thẩm quyền, nhiệm vụ được giao tại Nghị quyết 336/NQ-CP năm 2025", ["NQ 336"]),
    ("thực hiện các mục tiêu, nhiệm vụ được giao tại Nghị quyết 71/NQ-CP năm 2025 của Chính phủ", ["NQ 71"]),
    ("Tổ chức thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và "
     "miền núi giai đoạn 2021 - 2030 được phê duyệt tại Quyết định số 1719/QĐ-TTg ngày 14 tháng 10 năm 2021 và "
     "Quyết định số 920/QĐ-TTg ngày 14 tháng 5 năm 2025 của Thủ tướng Chính phủ", ["CTr Chương trình mục tiê"]),
    ("thực hiện các nội dung mục 3 nêu tại Kế hoạch số 12/KH-UBND ngày 3/2/2025", []),  # an article's content
    # A question demands nothing.
    ("**Phương án Thưởng Tết cho người lao động được thực hiện ra sao theo Kế hoạch 34/KH-TLĐ?**", []),
    ("Chuyến xe đưa đón người lao động về quê được thực hiện thế nào theo Kế hoạch 34/KH-TLĐ? Các công đoàn "
     "triển khai Kế hoạch 35/KH-TLĐ.", ["KH 35"]),
    # A demand coordinated with making (`xây dựng, triển khai`) has an object still to be made.
    ("6 | Xây dựng, triển khai Đề án chuyển đổi số trong lĩnh vực Văn hóa | Giám đốc Trung tâm", []),
    ("Các sở xây dựng và tổ chức thực hiện Kế hoạch phòng, chống thiên tai năm 2025.", []),
    ("Hướng dẫn, kiểm tra việc xây dựng, ban hành, thực hiện Đề án vị trí việc làm công chức;", []),
    ("ban hành và triển khai thực hiện Kế hoạch thực hiện Chỉ thị số 05/CT-TTg", []),
    ("Bộ Y tế ban hành Thông tư, triển khai Nghị định số 12/2024/NĐ-CP", ["NĐ 12"]),
    # A plan's title names what the plan carries out: the demand is on the plan, not its source.
    ("Tổ chức thực hiện Kế hoạch số 434/KH-BVHTTDL ngày 01/3/2025 thực hiện Nghị quyết số 214/NQ-CP ngày 23/7/2025.",
     ["KH 434"]),
    ("Triển khai Kế hoạch số 12/KH-UBND ngày 3/2/2025 của UBND tỉnh triển khai thực hiện Chỉ thị số 05/CT-TTg.",
     ["KH 12"]),
    ("Các sở thực hiện Chương trình số 08/CTr-UBND ngày 10/01/2025 thực hiện Nghị quyết số 57-NQ/TW.", ["CTr 08"]),
    ("Triển khai Kế hoạch số 12/KH-UBND ngày 3/2/2025, thực hiện Chỉ thị số 05/CT-TTg.", ["KH 12", "CT 05"]),
    ("Triển khai Kế hoạch số 12/KH-UBND của UBND tỉnh và chỉ đạo các sở thực hiện Chỉ thị số 05/CT-TTg.",
     ["KH 12", "CT 05"]),
    ("Tổ chức thực hiện Kế hoạch số 434/KH-BVHTTDL và Nghị quyết số 214/NQ-CP ngày 23/7/2025.", ["KH 434", "NQ 214"]),
    ("Xây dựng Kế hoạch triển khai Thông báo kết luận số 196-TB/TW ngày 10/5/2025 của Bộ Chính trị.", []),
    ("Các sở triển khai Kế hoạch thực hiện Nghị quyết số 57-NQ/TW trên địa bàn tỉnh.", ["KH Kế hoạch thực hiện N"]),
    ("Hoàn thiện Kế hoạch cao điểm chống buôn lậu theo chỉ đạo của Chính phủ tại Nghị quyết 86/NQ-CP năm 2025.",
     ["NQ 86"]),  # a name that runs on over a citation is not named after it
    # a demand to comply with the rules an instrument lays down demands the instrument; `theo
    # quy định tại` and a plain `tuân thủ quy định của` still name a source
    ("Các sở thực hiện nghiêm túc các quy định tại Luật Đấu thầu số 22/2023/QH15.", ["LUẬT 22"]),
    ("Chấp hành nghiêm quy định của Nghị định số 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân.", ["NĐ 13"]),
    ("Các sở thực hiện theo quy định tại Nghị định số 13/2023/NĐ-CP.", []),
    ("Việc chi tiêu phải tuân thủ quy định của Nghị định số 13/2023/NĐ-CP.", []),
    # what an act breaks is no demand (`thực hiện công việc ... không đúng với quy định Luật ...`)
    ("Mua chuộc, ép buộc người làm kế toán thực hiện công việc kế toán không đúng với quy định Luật Kế toán số "
     "88/2015/QH13.", []),
    ("Xử lý hành vi thực hiện dự án vi phạm quy định của Nghị định số 13/2023/NĐ-CP.", []),
    # what is to be changed, down to its articles, is no demand on the instrument
    ("- Kiến nghị thực thi:\n+ Sửa đổi điểm b khoản 1 Điều 16 Nghị định 138/2020/NĐ-CP ngày 27/11/2020 của Chính phủ.", []),
    ("Thực hiện sửa đổi, bổ sung khoản 3 Điều 5 của Thông tư số 25/2014/TT-BTP.", []),
    ("Tiếp tục thực hiện khoản 1 Điều 16 Nghị định 138/2020/NĐ-CP.", ["NĐ 138"]),
    # A footnote's citations are demanded through the mark, but not what a cited title names.
    ("- Triển khai nghiêm túc các nhiệm vụ theo Nghị quyết[1].\n\nTM. ỦY BAN NHÂN DÂN\n\n[1] Nghị quyết số "
     "163/2024/QH15 ngày 27/11/2024 của Quốc hội phê duyệt chủ trương đầu tư Chương trình mục tiêu quốc gia phòng, "
     "chống ma túy đến năm 2030", ["NQ 163"]),
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


NOT_APPROVED = [
    # an annex or rules the decision issues stand between: they, not the instrument before, are issued
    "Nghị quyết 319/2022/NQ-HĐND của HĐND tỉnh về việc sửa đổi, bổ sung một số nội dung của Bảng giá các loại "
    "đất thời kỳ 2020-2024 trên địa bàn tỉnh Thanh Hóa ban hành kèm theo Nghị quyết 231/2019/NQ-HĐND của HĐND tỉnh.",
    "Thông tư số 15/2011/TT-BKHCN sửa đổi, bổ sung một số điều của Quy định về việc chứng nhận chuẩn đo lường ban "
    "hành kèm theo Quyết định số 28/2007/QĐ-BKHCN ngày 25 tháng 12 năm 2007",
    "thực hiện theo Mẫu số 01 tại Phụ lục I ban hành kèm theo Thông tư 05/2024/TT-BXD đã được thay bằng Mẫu số 01 "
    "tại Phụ lục ban hành kèm theo Thông tư 32/2025/TT-BXD",
]


@pytest.mark.parametrize("text", NOT_APPROVED)
def test_what_an_annex_stands_for_is_not_approved(text):
    assert approvals(text, find_instruments(text, find_dates(text))) == []


def test_an_alias_in_parentheses_does_not_hide_the_approval():
    text = ("Thông tư này quy định quản lý Chương trình quốc gia hỗ trợ doanh nghiệp nâng cao năng suất giai đoạn "
            "2021-2030 (sau đây viết tắt là Chương trình) được Thủ tướng Chính phủ phê duyệt tại Quyết định số "
            "1322/QĐ-TTg ngày 31 tháng 8 năm 2020")
    pairs = [(a.type, b.type) for a, b in approvals(text, find_instruments(text, find_dates(text)))]
    assert pairs == [("QĐ", "CTr")]


def test_one_instrument_cited_twice_approves_nothing(tmp_path):
    from luocdo.extract import extract
    from loaders.pipeline import load_string
    text = ("ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\n\nSố: 12/QĐ-UBND\n\nLào Cai, ngày 10 tháng 3 năm 2025\n\nQUYẾT ĐỊNH\n\n"
            "Về hồ sơ sàn giao dịch bất động sản\n\nĐiều 1. Hồ sơ theo Nghị định 96/2024/NĐ-CP gồm đơn đăng ký theo "
            "mẫu ban hành kèm theo Nghị định 96/2024/NĐ-CP ngày 24 tháng 7 năm 2024 của Chính phủ.\n")
    relations = extract(load_string(text, "a.txt")).relations
    assert not [r for r in relations if r.type == "APPROVES" and r.source == r.target]


def _requiring(text: str):
    """required_instruments on `text`, its instruments found first (outside any measure)."""
    instruments = find_instruments(text, find_dates(text))
    return lambda: required_instruments(text, instruments)


@pytest.mark.parametrize("unit, n", [("Kế hoạch phát triển và Đề án ", 1000), ("Đề án Kế hoạch Chương trình ", 4000)])
def test_a_clause_of_thousands_of_named_instruments_is_read_in_linear_time(unit, n):
    """One demand before a clause that never stops (a list that lost its line breaks): twice the
    text takes about twice the time, not four times (this was quadratic: minutes on 100,000 units)."""
    clause = "Triển khai thực hiện {}."
    _requiring(clause.format(unit * 50))()  # patterns compiled, vocabularies loaded
    once, twice = timed_until(lambda once, twice: twice < 3 * once,
                              _requiring(clause.format(unit * n)), _requiring(clause.format(unit * 2 * n)))
    assert twice / once < 3, f"{once:.3f} s for {n} units, {twice:.3f} s for twice as many"


def test_a_demand_still_governs_the_instruments_listed_right_after_it_in_a_long_clause():
    text = "Triển khai thực hiện " + "Kế hoạch phát triển và Đề án " * 1000 + "."
    instruments = find_instruments(text, find_dates(text))
    assert required_instruments(text, instruments)[0] == (instruments[0], Span(0, len("Triển khai thực hiện")))


_QUOTING = ("Căn cứ Điều 28 Luật Đường bộ 2024 quy định như sau:\n\n"
            "1. Các địa phương triển khai thực hiện nghiêm Nghị định số 35/2024/NĐ-CP.\n\n"
            "Như vậy, các địa phương cần thực hiện nghiêm Chỉ thị số 18/CT-TTg ngày 30/5/2023.\n")


@pytest.mark.parametrize("own, required", [
    # the demand in the quoted article is the law's; the writer's own after it is the document's
    (lambda source: False, ["18"]),
    # a report quoting the instrument it is about: that instrument's demands are its own
    (lambda source: source.name is not None and "Đường bộ" in source.name, ["35", "18"]),
])
def test_a_demand_in_a_quoted_provision_is_the_quoted_instruments(own, required):
    text = nfc(_QUOTING)
    found = required_instruments(text, find_instruments(text, find_dates(text)), own)
    assert [inst.number for inst, _ in found] == required


@pytest.mark.parametrize("sentence", [
    "Người sử dụng đất không thực hiện đăng ký biến động đất đai thì bị phạt theo Luật Đất đai 2024.",
    "Không phải thực hiện thủ tục lập phương án sắp xếp lại theo Nghị định 03/2025/NĐ-CP ngày 01/01/2025.",
    "Nếu thực hiện việc đề án sáp nhập theo Kết luận 127-KL/TW năm 2025 của Bộ Chính trị, bảng giá đất thay đổi.",
    "Các trường hợp đang thực hiện giải quyết chính sách theo Nghị định số 29/2023/NĐ-CP thì được áp dụng.",
    "Hành vi sử dụng mạng internet để thực hiện hành vi đánh bạc theo Công văn 196/TANDTC-PC năm 2018.",
    "kể cả khi đang thực hiện các nhu cầu sinh hoạt cần thiết mà Bộ luật Lao động 2019 cho phép",
    "Cửa khẩu đường hàng không là nơi thực hiện việc xuất cảnh theo Luật Hàng không dân dụng Việt Nam.",
    "Ngành Thuế đã tập trung triển khai thực hiện tốt công tác quản lý thu tại Chương trình hành động số 01/CTr-UBND ngày 19/01/2025.",
    "Trường hợp giáo viên đã thực hiện việc bổ nhiệm từ Thông tư liên tịch số 20/2015/TTLT-BGDĐT-BNV thì không bổ nhiệm lại.",
])
def test_a_denied_supposed_or_described_act_demands_nothing(sentence):
    """A penalty for not doing it, an exemption, a condition, what is under way or done, an act that is no instrument's."""
    assert required_instruments(sentence, find_instruments(sentence)) == []


@pytest.mark.parametrize("sentence, demanded", [
    # the article an instrument is made under, in parentheses after its title, is no demand
    ("Hội đồng nhân dân ban hành Nghị quyết quy định một số nội dung về sử dụng ngân sách (thực hiện điểm b khoản 2 "
     "Điều 29 Luật Thủ đô số 39/2024/QH15).", []),
    ("Các sở thực hiện nghiêm khoản 2 Điều 5 Nghị định 15/2020/NĐ-CP.", ["15"]),
    ("Kế hoạch (thực hiện Nghị quyết số 57-NQ/TW) của tỉnh.", ["57"]),
])
def test_the_article_an_instrument_is_made_under_is_no_demand(sentence, demanded):
    assert [i.number for i, _ in required_instruments(sentence, find_instruments(sentence))] == demanded




@pytest.mark.parametrize("sentence", [
    "Cục Hàng không thực hiện nghiêm Thông tư 12/2025/TT-BXD.",
    "Yêu cầu các địa phương không được chậm trễ, khẩn trương triển khai Nghị quyết 57-NQ/TW.",
    "Các đơn vị thực hiện nghiêm, không để chậm trễ Công điện 12/CĐ-TTg.",
    "Các sở đã triển khai nhiều giải pháp, cần tiếp tục thực hiện Kế hoạch số 12/KH-UBND.",  # done, then asked again
])
def test_a_negation_elsewhere_leaves_the_demand(sentence):
    assert len(required_instruments(sentence, find_instruments(sentence))) == 1
