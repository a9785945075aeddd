"""The closing part: signature block, recipients list and where the closing part begins."""
from __future__ import annotations


import pytest

from luocdo.extract.citations import find_instruments, resolve_short_forms
from luocdo.extract.dates import find_dates
from luocdo.extract.organizations import find_organizations
from luocdo.extract.signature import (
    Closing, find_recipients, find_signature, heads_as_bodies, read_closing, reported_recipients, signer_office,
)

from luocdo.model import Signature, Span
from seeds import EXAMPLES as SEEDS

RECIPIENTS_FIRST = """Văn phòng Chính phủ thông báo để các cơ quan liên quan biết, thực hiện./.

Nơi nhận:
- Thủ tướng, các Phó Thủ tướng (để báo cáo);
- Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ;
- UBND các tỉnh, thành phố trực thuộc trung ương;
- Các cơ quan, đơn vị: Bộ Tư lệnh Bộ đội Biên phòng, Bộ Tư lệnh Cảnh sát biển (Bộ Quốc phòng); Tổng cục Hải quan,
Tổng cục Thuế (Bộ Tài chính);
- VPCP: BTCN, các PCN, các Vụ: NC, PL, KTTH, TH;
- Lưu: VT, V.I (03).

KT. BỘ TRƯỞNG, CHỦ NHIỆM
PHÓ CHỦ NHIỆM

(Đã ký)

Cao Huy"""

SIGNATURE_FIRST = """Các cơ quan liên quan thực hiện nghiêm./.

KT. THỦ TƯỚNG
PHÓ THỦ TƯỚNG
Nơi nhận:
- Ban Bí thư Trung ương Đảng;
- Các Bộ: Công an, Tài chính,
- Quốc phòng;
- Lưu: VT, KTTH (2).
Trần Lưu Quang"""

SIDE_BY_SIDE = """Sở Tài chính tỉnh Nghệ An chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:                                   TM. ỦY BAN NHÂN DÂN
- Như Điều 3;                               CHỦ TỊCH
- Bộ Tài chính (để b/c);
- Lưu: VT.                                  [daky]
                                            Nguyễn Đức Trung"""

SIGNATURES = [
    (RECIPIENTS_FIRST, ["KT. BỘ TRƯỞNG, CHỦ NHIỆM", "PHÓ CHỦ NHIỆM"], "Cao Huy"),
    (SIGNATURE_FIRST, ["KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG"], "Trần Lưu Quang"),
    (SIDE_BY_SIDE, ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Nguyễn Đức Trung"),
    ("Bộ Tài chính hướng dẫn thực hiện./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, PC.\n\nTL. BỘ TRƯỞNG\nVỤ TRƯỞNG VỤ PHÁP CHẾ\n\nNguyễn Văn A",
     ["TL. BỘ TRƯỞNG", "VỤ TRƯỞNG VỤ PHÁP CHẾ"], "Nguyễn Văn A"),
    ("thực hiện./.\n\nQ. BỘ TRƯỞNG\n\n(đã ký)\n\nLê Văn B", ["Q. BỘ TRƯỞNG"], "Lê Văn B"),
    ("thực hiện./.\n\nTUQ. BỘ TRƯỞNG\nCHÁNH VĂN PHÒNG\nĐỗ Thị C", ["TUQ. BỘ TRƯỞNG", "CHÁNH VĂN PHÒNG"], "Đỗ Thị C"),
    ("Quyết định này có hiệu lực kể từ ngày ký./.\n\nTHỦ TƯỚNG\n\n\n\nPhạm Minh Chính", ["THỦ TƯỚNG"], "Phạm Minh Chính"),
    ("thi hành./.\n\nBỘ TRƯỞNG\n\nNGUYỄN VĂN THẮNG", ["BỘ TRƯỞNG"], "Nguyễn Văn Thắng"),
    ("**KT. BỘ TRƯỞNG, CHỦ NHIỆM  \nPHÓ CHỦ NHIỆM**\n\n\n\n**Cao Huy**", ["KT. BỘ TRƯỞNG, CHỦ NHIỆM", "PHÓ CHỦ NHIỆM"], "Cao Huy"),
    ("thực hiện./.\n\nTM. CHÍNH PHỦ\nKT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\n[daky]\nBùi Thanh Sơn",
     ["TM. CHÍNH PHỦ", "KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG"], "Bùi Thanh Sơn"),
    # Legal-database pages: the closing part is a table row, recipients left, signature right.
    ("thực hiện./.\n\n| Nơi nhận:\n- Như trên;\n- Lưu: VT, Vụ CQĐP. |\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n"
     "Trương Hải Long |\n\n[1] Hồ sơ dự thảo gửi Bộ Tư pháp.", ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG"], "Trương Hải Long"),
    ("thi hành./.\n\n| Nơi nhận:\n- Như Điều 3;\n- Lưu: VT. |\n\nCHỦ TỊCH\nNguyễn Hoài Anh | Quyết định 3617/QĐ-UBND "
     "năm 2025 ủy quyền công bố thủ tục hành chính", ["CHỦ TỊCH"], "Nguyễn Hoài Anh"),
    ("thi hành./.\n\n| Nơi nhận:\n- Lưu: VT. |\n\nKT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\nHồ Đức Phớc |\n\nPHỤ LỤC\n"
     "BỔ SUNG CÓ MỤC TIÊU TỪ NGÂN SÁCH TRUNG ƯƠNG", ["KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG"], "Hồ Đức Phớc"),
    ("./.\n\n| Nơi nhận:\n- Lưu: VT. | TL.\n\nCỤC TRƯỞNG\nKT. TRƯỞNG BAN NGHIỆP VỤ THUẾ HQ\nPHÓ TRƯỞNG BAN\nĐào Thu Hương |",
     ["TL. CỤC TRƯỞNG", "KT. TRƯỞNG BAN NGHIỆP VỤ THUẾ HQ", "PHÓ TRƯỞNG BAN"], "Đào Thu Hương"),
    # Without `./.`, PDF text may put the whole block above `Nơi nhận:`.
    ("Đề nghị các đơn vị khẩn trương thực hiện.\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n(Đã ký)\nNguyễn Văn Sinh\n\n"
     "Nơi nhận:\n- Như trên;\n- Lưu: VT, KHTC.", ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG"], "Nguyễn Văn Sinh"),
    # OCR: a prefix without its dot, a misread tone
    ("thực hiện./.\n\nKT BỘ TRƯỞNG\nTHỨ TRUỞNG\n(Đã ký)\nNguyễn Văn Sinh", ["KT BỘ TRƯỞNG", "THỨ TRUỞNG"], "Nguyễn Văn Sinh"),
    ("thực hiện./.\n\nTM ỦY BAN NHÂN DÂN\nKT. CHỦ TlCH\nPHÓ CHỦ TỊCH\n\nLê Văn Hưng",
     ["TM ỦY BAN NHÂN DÂN", "KT. CHỦ TlCH", "PHÓ CHỦ TỊCH"], "Lê Văn Hưng"),
    ("./.\n\n| Nơi nhận:\n- Lưu: VT. |\n\nCHỦ TỊCH\nLê Hải H òa | |", ["CHỦ TỊCH"], "Lê Hải Hòa"),
    ("./.\n\nNơi nhận:\n- Các sở, ban, ngành tỉnh;\n- Lưu: VT, Th2. TM.\n\nỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n"
     "Tống Thanh Hải", ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Tống Thanh Hải"),
    ("./.\n\nNơi nhận:\n- Như Điều 3;\n- Lưu: VT, KT.\n\nTM. ỦY BAN NHÂN\nDÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nVũ Thu Hà",
     ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Vũ Thu Hà"),
    # Two columns reflowed into one line: the capacity and the name end the last recipient's.
    ("./.\n\nNơi nhận:\n- Như trên;\n- Văn phòng Trung ương Đảng;\n- Lưu: VT, NN (2). THỦ TƯỚNG Phạm Minh Chính",
     ["THỦ TƯỚNG"], "Phạm Minh Chính"),
    ("./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, KTTH. KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Văn Sinh",
     ["KT. BỘ TRƯỞNG THỨ TRƯỞNG"], "Nguyễn Văn Sinh"),
    ("./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, C04. KT. BỘ TRƯỞNG THỨ TRƯỞNG Thượng tướng Lê Quốc Hùng",
     ["KT. BỘ TRƯỞNG THỨ TRƯỞNG"], "Lê Quốc Hùng"),
    # A name never ends in a number: the recipient's line is no signature.
    ("./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, Phạm Văn Long 2\n\nBỘ TRƯỞNG\nTrần Hồng Minh", ["BỘ TRƯỞNG"], "Trần Hồng Minh"),
    # A capacity broken over lines is one capacity.
    ("./.\n\nTM. ỦY BAN NHÂN\nDÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nBùi Thanh An",
     ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Bùi Thanh An"),
    ("./.\n\n**TM. ỦY BAN\nNHÂN DÂN **\nKT. CHỦ TỊCH\n**PHÓ CHỦ TỊCH**\n**Hà Lan Anh**",
     ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Hà Lan Anh"),
    ("./.\n\nT/M ỦY\nBAN NHÂN DÂN\nCHỦ TỊCH\nPhạm Đức Ấn | Quyết định 2638/QĐ-UBND năm 2025",
     ["T/M ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Phạm Đức Ấn"),
    ("Nơi nhận:\n- Các tỉnh uỷ, thành uỷ,\n- Lưu Văn phòng Trung ương Đảng.\n|\n**T/M BỘ CHÍNH\nTRỊ**\nTrần Cẩm Tú\n|",
     ["T/M BỘ CHÍNH TRỊ"], "Trần Cẩm Tú"),
    ("Nơi nhận:\n- Lưu: VT.\n**T/M BAN BÍ THƯ**\nTrần Cẩm Tú", ["T/M BAN BÍ THƯ"], "Trần Cẩm Tú"),
    ("./.\n\nKT. BỘ TRƯỞNG,\nCHỦ NHIỆM\nPHÓ CHỦ NHIỆM\nPhạm Mạnh Cường |",
     ["KT. BỘ TRƯỞNG, CHỦ NHIỆM", "PHÓ CHỦ NHIỆM"], "Phạm Mạnh Cường"),
    ("./.\n\nTL. CỤC TRƯỞNG\nKT. TRƯỞNG BAN BAN CHÍNH SÁCH,\nTHUẾ QUỐC TẾ\nPHÓ TRƯỞNG BAN\nMạnh Thị Tuyết Mai |",
     ["TL. CỤC TRƯỞNG", "KT. TRƯỞNG BAN BAN CHÍNH SÁCH, THUẾ QUỐC TẾ", "PHÓ TRƯỞNG BAN"], "Mạnh Thị Tuyết Mai"),
    ("./.\n\n**KT. TRƯỞNG BAN**\nPHÓ TRƯỞNG BAN THƯỜNG TRỰC\nPHÓ THỦ TƯỚNG\nPhạm Thị Thanh Trà\n|",
     ["KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN THƯỜNG TRỰC", "PHÓ THỦ TƯỚNG"], "Phạm Thị Thanh Trà"),
    ("./.\n\n**TL. BỘ TRƯỞNG**\n**KT. CHÁNH VĂN PHÒNG **\nPHÓ CHÁNH VĂN PHÒNG\n**Nguyễn Thanh Sơn**\n|\n** **",
     ["TL. BỘ TRƯỞNG", "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG"], "Nguyễn Thanh Sơn"),
    ("*Nơi nhận:*\n- Như trên;\n- Lưu: VT, CNTY.\n|\n**BỘ TRƯỞNG**\n**Trần Đức Thắng**\n|", ["BỘ TRƯỞNG"], "Trần Đức Thắng"),
    # OCR of a signed PDF: the stamp's text and `(Đã ký)` between the capacity and the name.
    ("./.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n(Đã ký)\nLượng Thị Tới", ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Lượng Thị Tới"),
    ("./.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nSỞ Y TẾ\n\nNguyễn Văn Công",
     ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Nguyễn Văn Công"),
    ("./.\n\nKT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\nVĂN PHÒNG\nTrần Hồng Hà", ["KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG"], "Trần Hồng Hà"),
    ("./.\n\nNơi nhận:                       KT. BỘ TRƯỞNG, CHỦ NHIỆM\n- Các Bộ: Xây dựng, Tài chính;       PHÓ CHỦ NHIỆM\n"
     "- Lưu: VT, CN (2).                  VĂN PHÒNG\n                                   CHÍNH PHỦ\n"
     "                                   (Đã ký)\n\n                                 Phạm Mạnh Cường",
     ["KT. BỘ TRƯỞNG, CHỦ NHIỆM", "PHÓ CHỦ NHIỆM"], "Phạm Mạnh Cường"),
    ("./.\n\nKT. BỘ TRƯỞNG\nTHỨ\nTRƯỞNG\nNguyễn Thị Bích Ngọc", ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG"], "Nguyễn Thị Bích Ngọc"),
    ("./.\n\nTỔNG KIỂM TOÁN NHÀ\nNƯỚC\n\nNgô Văn Tuấn |\n\nQUY ĐỊNH", ["TỔNG KIỂM TOÁN NHÀ NƯỚC"], "Ngô Văn Tuấn"),
    ("./.\n\nKT. TRƯỞNG THUẾ TỈNH\nPHÓ TRƯỞNG THUẾ TỈNH\nLê Văn Hà", ["KT. TRƯỞNG THUẾ TỈNH", "PHÓ TRƯỞNG THUẾ TỈNH"],
     "Lê Văn Hà"),
    ("./.\n\nKT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG\nPhó Đức Minh", ["KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG"], "Phó Đức Minh"),
    # An appendix's blank form has a closing part of its own, unsigned: the signature is the earlier one.
    ("thi hành quyết định này./.\n\n| Nơi nhận:\n- Như Điều 3;\n- Lưu: VT. |\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n"
     "Trần Quý Kiên |\n\nPHỤ LỤC\nMẫu số 01\nQUYẾT ĐỊNH\nchịu trách nhiệm thi hành quyết định này./.\n\n"
     "| Nơi nhận:\n- Sở NN&MT tỉnh….;\n- Lưu VT. |\n\nCHỦ TỊCH\n\n(Ký tên, đóng dấu) |",
     ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG"], "Trần Quý Kiên"),
    ("./.\n\n| Nơi nhận:\n- Lưu: VT, NCTH. |\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nThượng tướng Vũ Hải Sản | Thông tư 127",
     ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG"], "Vũ Hải Sản"),
    # The page lost `./.` and `Nơi nhận:` and ends with the site's notice.
    ("Cục trưởng Cục Hải quan thông báo để Công ty biết và thực hiện.\n- Lưu: VT, NVTHQ. |\n\nTL. CỤC TRƯỞNG\n"
     "KT. TRƯỞNG BAN NGHIỆP VỤ\nTHUẾ HQ\nPHÓ TRƯỞNG BAN\nĐào Thu Hương | Thông báo 39693/TB-CHQ năm 2025\n\n"
     "Sứ mệnh của trang là kết nối cộng đồng.\n\nTài khoản hiện đã đủ người dùng.\n\nXin lỗi Quý khách.\n\n"
     "Hỗ trợ: 0906.229966\n\nTiếp tục sử dụng\n\nCảm ơn đã dùng trang.\n\nĐăng xuất\n\nĐăng nhập\n\nQuên mật khẩu",
     ["TL. CỤC TRƯỞNG", "KT. TRƯỞNG BAN NGHIỆP VỤ THUẾ HQ", "PHÓ TRƯỞNG BAN"], "Đào Thu Hương"),
    # The page's next cell runs on after the name on one line.
    ("./.\n\n- Lưu: VT, KTN (100 bản)\n\nKT. BỘ TRƯỞNG\nTHỨ\nTRƯỞNG\nNguyễn Thị Bích Ngọc Thông tư 112/2025/TT-BTC "
     "sửa đổi Thông tư 55/2023/TT-BTC", ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG"], "Nguyễn Thị Bích Ngọc"),
    ("./.\n\nTL. CỤC TRƯỞNG\nKT. TRƯỞNG BAN NGHIỆP VỤ THUẾ HQ\nPHÓ TRƯỞNG BAN\nĐào Thu Hương Ghi chú: Kết quả xác "
     "định trước mã số", ["TL. CỤC TRƯỞNG", "KT. TRƯỞNG BAN NGHIỆP VỤ THUẾ HQ", "PHÓ TRƯỞNG BAN"], "Đào Thu Hương"),
    ("./.\n\nTM. CHÍNH PHỦ\nTHỦ TƯỚNG\nPhạm Minh Chính Nghị quyết 09/NQ-CP năm 2025", ["TM. CHÍNH PHỦ", "THỦ TƯỚNG"],
     "Phạm Minh Chính"),
    ("./.\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nCao Anh Tuấn Circular No. 109/2025/TT-BTC dated November 18, 2025",
     ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG"], "Cao Anh Tuấn"),
    ("./.\n\nKT. TRƯỞNG THUẾ\nTỈNH\nPHÓ TRƯỞNG THUẾ TỈNH\nHuỳnh Minh Giám", ["KT. TRƯỞNG THUẾ TỈNH", "PHÓ TRƯỞNG THUẾ TỈNH"],
     "Huỳnh Minh Giám"),
    # A heading after the block is not the signer, even in capitals starting like a family name.
    ("thi hành./.\n\nKT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\n\nPHỤ LỤC I\nDanh mục dự án", ["KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG"], None),
    ("thi hành./.\n\nCHỦ TỊCH\n\nDANH MỤC DỰ ÁN TRỌNG ĐIỂM", ["CHỦ TỊCH"], None),
    ("thi hành./.\n\nCHỦ TỊCH\n\nPhụ Lục Kèm Theo", ["CHỦ TỊCH"], None),
    ("./.\n\nKT. CỤC TRƯỞNG\n\nPhó Trưởng Thuế Tỉnh", ["KT. CỤC TRƯỞNG"], None),
    ("./.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nDANH MỤC", ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], None),
    ("./.\n\nTRƯỞNG BAN\n\nPHỤ\nLỤC II", ["TRƯỞNG BAN"], None),
    # A decision signed above the regulation it issues, printed after it and unsigned: the
    # signed block before the last closing part.
    ("chịu trách nhiệm thi hành Quyết định này./.\n|\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn Công\n|\n"
     "QUY ĐỊNH\nVỀ PHÒNG CHÁY, CHỮA CHÁY RỪNG\nĐiều 1. Phạm vi điều chỉnh\nQuy định này áp dụng trên địa bàn tỉnh./.",
     ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Nguyễn Văn Công"),
    ("thực hiện Nghị quyết này./.\nTM. CHÍNH PHỦ\nKT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\nTrần Hồng Hà\n\n"
     "KẾ HOẠCH\nTRIỂN KHAI THỰC HIỆN\n1. Các bộ, ngành thực hiện nhiệm vụ được giao./.",
     ["TM. CHÍNH PHỦ", "KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG"], "Trần Hồng Hà"),
]


@pytest.mark.parametrize("text, capacity, signer", SIGNATURES)
def test_find_signature(text, capacity, signer):
    sig = find_signature(text)
    assert (sig.capacity, sig.signer) == (capacity, signer)
    assert text[sig.span.start:sig.span.end].startswith(capacity[0].split()[0])
    assert signer is None or "".join(text[sig.span.start:sig.span.end].split()).casefold().endswith(
        "".join(signer.split()).casefold())


@pytest.mark.parametrize("text, capacity, signer", [
    # a page that ran the signature's cell together, or printed only the marker before the name
    ("thi hành Nghị định này./.\n\n- Thủ tướng, các Phó Thủ tướng Chính phủ; - Lưu: VT, TCCV (2) | TM. CHÍNH "
     "PHỦKT. THỦ TƯỚNGPHÓ THỦ TƯỚNG(Đã ký)Nguyễn Hòa Bình |\n", ["TM. CHÍNH PHỦKT. THỦ TƯỚNGPHÓ THỦ TƯỚNG"],
     "Nguyễn Hòa Bình"),
    ("thi hành Nghị định này./.\n\n- Thủ tướng, các Phó Thủ tướng Chính phủ; - Lưu: VT, NC (02). MC |\n"
     "( Đã ký) Lê Thành Long |\n", [], "Lê Thành Long"),
])
def test_the_name_after_a_signed_marker_signs(text, capacity, signer):
    sig = find_signature(text)
    assert (sig.capacity, sig.signer) == (capacity, signer)
    assert text[sig.span.start:sig.span.end].endswith(signer)


NO_SIGNATURE = [
    "Phó Thủ tướng Trần Lưu Quang yêu cầu các bộ thực hiện.\nThanh Loan",
    "THÔNG BÁO\n\nKết luận của Phó Thủ tướng.\n\nVĂN PHÒNG CHÍNH PHỦ đề nghị.",
    "",
]


@pytest.mark.parametrize("text", NO_SIGNATURE)
def test_no_signature(text):
    assert find_signature(text) is None


RECIPIENTS = [
    (RECIPIENTS_FIRST, [
        ("Thủ tướng Chính phủ", None, True), ("Các Phó Thủ tướng Chính phủ", None, True),
        ("Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ", None, True),
        ("Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", None, True),
        ("Bộ Tư lệnh Bộ đội Biên phòng", "Bộ Quốc phòng", True), ("Bộ Tư lệnh Cảnh sát biển", "Bộ Quốc phòng", True),
        ("Tổng cục Hải quan", "Bộ Tài chính", True), ("Tổng cục Thuế", "Bộ Tài chính", True),
        # `VPCP: ..., các Vụ: NC, PL, KTTH, TH`: the office's departments, one each
        ("Văn phòng Chính phủ", None, True), ("Vụ NC", None, False), ("Vụ PL", None, False),
        ("Vụ KTTH", None, False), ("Vụ TH", None, False)]),
    (SIGNATURE_FIRST, [("Ban Bí thư", None, True), ("Bộ Công an", None, True), ("Bộ Tài chính", None, True),
                       ("Bộ Quốc phòng", None, True)]),
    (SIDE_BY_SIDE, [("Bộ Tài chính", None, True)]),
    ("./.\nNơi nhận:\n- Viện kiểm sát nhân dân tối cao;\n- Hội Luật gia Việt Nam (để phối hợp);\n- Lưu: VT.",
     [("Viện kiểm sát nhân dân tối cao", None, True), ("Hội Luật gia Việt Nam", None, False)]),
    ("Văn bản không có phần nơi nhận.", []),
    ("thực hiện./.\n\nNơi nhận:\n- Lưu: VT, V01.\n\nTL. BỘ TRƯỞNG\nCHÁNH VĂN PHÒNG\nNguyễn Văn Long", []),
    ("./.\nNơi nhận:\n- Đoàn ĐBQH thành phố; UBMTTQVN thành phố;\n- Lưu: VT.",
     [("Đoàn ĐBQH thành phố", None, False), ("UBMTTQVN thành phố", None, False)]),
    ("./.\nNơi nhận:\n- VPCP: BTCN, PCN Nguyễn Sỹ Hiệp, TGĐ Cổng TTĐT; các Vụ: KTTH, QHĐP, TH;\n- Lưu: VT.",
     [("Văn phòng Chính phủ", None, True), ("Vụ KTTH", None, False), ("Vụ QHĐP", None, False),
      ("Vụ TH", None, False)]),
    # items that name no body: the addressees again, a person, a title alone
    ("./.\n\n| Nơi nhận:\n- Như trên;\n- Bộ trưởng (để báo cáo);\n- TT. Trương Hải Long;\n- Lưu: VT, Vụ CQĐP. |", []),
    ("./.\nNơi nhận:\n- Như Điều 3 Quyết định;\n- Các Thứ trưởng;\n- Đ/c Nguyễn Sỹ Hiệp (để b/c);\n"
     "- Thứ trưởng Phùng Đức Tiến;\n- Phó CTr. Đặng Ngọc Minh (để bc);\n- Lưu: VT.", []),
    ("./.\nNơi nhận:\n- Đ/c Bộ trưởng (để b/c);\n- Các đồng chí Thứ trưởng;\n- Các đồng chí TVCP;\n- Lưu: VT.", []),
    ("./.\nNơi nhận:\n- Như trên;\n- Quỹ học bổng Lê Văn Tám;\n- Lưu: VT.",
     [("Quỹ học bổng Lê Văn Tám", None, False)]),
    # items sent to a body's officers (_names_officers): only a body they identify is a recipient
    ("./.\nNơi nhận:\n- Chủ tịch, các PCT UBND tỉnh;\n- Sở Tài chính;\n- Lưu: VT.", [("Sở Tài chính", None, False)]),
    ("./.\nNơi nhận:\n- CT, các PCT UBND TP;\n- Lưu: VT.", []),
    ("./.\nNơi nhận:\n- TTUB: CT, các PCT;\n- VPUB: CVP, các PCVP;\n- Lưu: VT.", []),
    ("./.\nNơi nhận:\n- UBND tỉnh: CT và các PCT;\n- Lưu: VT.", []),
    ("./.\nNơi nhận:\n- Bộ trưởng và các Thứ trưởng (để b/c);\n- Các đ/c Thứ trưởng;\n- Lưu: VT.", []),
    ("./.\nNơi nhận:\n- Lãnh đạo Bộ;\n- Các Lãnh đạo Bộ;\n- VP: Lãnh đạo và các CV;\n- Lưu: VT.", []),
    ("./.\nNơi nhận:\n- PCT UBND tỉnh (đ/c Vinh);\n- Phó CVP UBND tỉnh (Đ/c Thiền);\n- Lưu: VT.", []),
    ("./.\nNơi nhận:\n- Phó CTr Đặng Ngọc Minh (để b/c):\n- Giám đốc Sở;\n- Lưu: VT.", []),
    ("./.\nNơi nhận:\n- Lãnh đạo Bộ Tài chính (b/c);\n- Các Thứ trưởng Bộ Xây dựng;\n- Lưu: VT.",
     [("Bộ Tài chính", None, True), ("Bộ Xây dựng", None, True)]),
    ("./.\nNơi nhận:\n- Chủ tịch UBND tỉnh Nghệ An;\n- Lưu: VT.", [("Ủy ban nhân dân tỉnh Nghệ An", None, True)]),
    # an abbreviated unit is no officer (`TT` is also Trung tâm)
    ("./.\nNơi nhận:\n- TT Thông tin - Công báo tỉnh;\n- Lưu: VT.", [("TT Thông tin - Công báo tỉnh", None, False)]),
    ("./.\nNơi nhận:\n- VPUBND tỉnh: Lãnh đạo, Trung tâm TT, NC;\n- Lưu: VT.",
     [("Trung tâm TT", None, False), ("NC", None, False)]),
    # a website is where the document is published: its body only when named
    ("./.\nNơi nhận:\n- Website CT;\n- Website (CT);\n- Website Cục Thuế;\n- Lưu: VT.", [("Cục Thuế", "Bộ Tài chính", True)]),
    # addressees of a công văn and of a telegram come first
    ("| Hà Nội, ngày 21 tháng 11 năm 2025 | | Kính gửi:\n\n|\n\n- Bộ Văn hóa, Thể thao và Du lịch,\n"
     "- Thông tấn xã Việt Nam,\n- Đài Tiếng nói Việt Nam.\n\n| Thời gian gần đây, trên các trang mạng xã hội "
     "xuất hiện thông tin sai lệch./.\n\n| Nơi nhận:\n- Như trên;\n- Lưu: VT. |",
     [("Bộ Văn hóa, Thể thao và Du lịch", None, True), ("Thông tấn xã Việt Nam", None, True),
      ("Đài Tiếng nói Việt Nam", None, True)]),
    ("Hà Nội, ngày 20 tháng 11 năm 2025 | Kính gửi: Bộ Tư pháp.\n\nCục Thuế nhận được công văn số 324 của Bộ "
     "Tư pháp./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, CS.", [("Bộ Tư pháp", None, True)]),
    ("CÔNG ĐIỆN\n\nTHỦ TƯỚNG CHÍNH PHỦ điện:\n\n| |\n\n- Chủ tịch Ủy ban nhân dân các tỉnh: Khánh Hòa, Gia Lai;\n"
     "- Bộ trưởng các Bộ: Công an, Quốc phòng.\n\n|\n\nTheo báo cáo của Trung tâm dự báo, mưa rất to./.\n\n"
     "Nơi nhận:\n- Như trên;\n- Văn phòng Chính phủ;\n- Lưu: VT.",
     [("Ủy ban nhân dân tỉnh Khánh Hòa", None, True), ("Ủy ban nhân dân tỉnh Gia Lai", None, True),
      ("Bộ Công an", None, True), ("Bộ Quốc phòng", None, True), ("Văn phòng Chính phủ", None, True)]),
    ("Kính gửi: - Các Bộ: Công an, Tư pháp;\n- Ủy ban nhân dân tỉnh Lào Cai.\n\nĐể triển khai kịp thời, đề nghị "
     "các cơ quan thực hiện./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.",
     [("Bộ Công an", None, True), ("Bộ Tư pháp", None, True), ("Ủy ban nhân dân tỉnh Lào Cai", None, True)]),
    ("Kính gửi: Ông Thái Mạnh Cường Cục Thuế nhận được đơn phản ánh kiến nghị của Ông./.\n\nNơi nhận:\n- Như trên;\n"
     "- Lưu: VT.", []),
    # the addressees as parts finds their zone: blank lines between the head and the dashes, a
    # header flattened onto one line that runs on into the preamble or the body
    ("BỘ Y TẾ\nSố: 12/BYT-KH\n\nKính gửi:\n\n- Bộ Tài chính;\n\n- Ủy ban nhân dân tỉnh Nghệ An.\n\nNội dung "
     "gửi Bộ Công an./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.",
     [("Bộ Tài chính", None, True), ("Ủy ban nhân dân tỉnh Nghệ An", None, True)]),
    ("Số: 17986/BTC-CT\nHà Nội, ngày 19 tháng 11 năm 2025 Kính gửi : Ủy ban nhân dân các tỉnh, thành phố trực thuộc "
     "Trung ương Căn cứ Luật Quản lý thuế; Căn cứ Nghị định của Chính phủ, Bộ Tài chính hướng dẫn./.\n\nNơi nhận:\n- Lưu: VT.",
     [("Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", None, True)]),
    ("Số: 11520/VPCP-CN\nKính gửi: Bộ trưởng Bộ Công Thương Xét đề nghị của Bộ Công Thương, Phó Thủ tướng Chính phủ "
     "có ý kiến như sau./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.", [("Bộ Công Thương", None, True)]),
    ("Số: 88/UBND-VX\nKÍNH GỬI: Sở Y tế tỉnh Nghệ An,\nvà Sở Tài chính tỉnh Nghệ An.\nNgày 5 tháng 5, Bộ Nội vụ "
     "nhận được văn bản./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.",
     [("Sở Y tế tỉnh Nghệ An", "Ủy ban nhân dân tỉnh Nghệ An", True),
      ("Sở Tài chính tỉnh Nghệ An", "Ủy ban nhân dân tỉnh Nghệ An", True)]),
    # OCR drops the dashes: a line ending with `;` below a bare head opens a list of one line each
    ("Số: 45/UBND-KT\nKính gửi:\nSở Tài chính tỉnh Nghệ An;\nSở Xây dựng tỉnh Nghệ An;\n"
     "Ủy ban nhân dân tỉnh Nghệ An.\nThực hiện chỉ đạo của Chủ tịch./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.",
     [("Sở Tài chính tỉnh Nghệ An", "Ủy ban nhân dân tỉnh Nghệ An", True),
      ("Sở Xây dựng tỉnh Nghệ An", "Ủy ban nhân dân tỉnh Nghệ An", True), ("Ủy ban nhân dân tỉnh Nghệ An", None, True)]),
    ("Số: 45/UBND-KT\nKính gửi:\nBộ Y tế;\nBộ Công an.\n\nTheo đề nghị của Sở./.\n\nNơi nhận:\n- Lưu: VT.",
     [("Bộ Y tế", None, True), ("Bộ Công an", None, True)]),
    # a form's own line below a bare head, without `;`, opens no list
    ("Kính gửi:\nTôi tên là Nguyễn Văn An, đề nghị cấp giấy phép./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.", []),
    # an addressee's particulars (addressee_fields) neither end the list nor are recipients
    ("Số: 12/CT-CS\nKính gửi:\n- Công ty cổ phần Minh Long;\n(Địa chỉ: Khu công nghiệp Tân Bình, phường Tây Thạnh)\n"
     "- Thuế tỉnh Phú Thọ.\nCục Thuế nhận được công văn./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.",
     [("Công ty cổ phần Minh Long", None, False), ("Thuế tỉnh Phú Thọ", "Cục Thuế", True)]),
    ("Số: 12/CT-CS\nKính gửi:\nCông ty TNHH Thép Hòa Phát;\nMã số thuế: 0101234567;\nĐịa chỉ: Cụm công nghiệp Đông "
     "Hòa, xã Mỹ Hạnh.\nCục Thuế nhận được công văn./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.",
     [("Công ty TNHH Thép Hòa Phát", None, False)]),
    # a reply's addressee line run on into its body, which opens with the sender receiving (`nhận được`)
    ("Số: 5106/CT-CS\nKính gửi: Thuế thành phố Hồ Chí Minh Cục Thuế nhận được Công văn số 3374/CCTKV02 ngày "
     "30/6/2025 của Chi cục Thuế khu vực II về việc mẫu biểu./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.",
     [("Thuế thành phố Hồ Chí Minh", "Cục Thuế", True)]),
    ("Số: 12/BTC-CST\nKính gửi: Văn phòng Chính phủ Bộ Tài chính đã nhận được văn bản số 88 về việc góp ý./.\n\n"
     "Nơi nhận:\n- Như trên;\n- Lưu: VT.", [("Văn phòng Chính phủ", None, True)]),
    # a body both addressed and listed is one recipient
    ("Hà Nội, ngày 25 tháng 11 năm 2025 | Kính gửi: Bộ Công Thương.\n\nThủ tướng Chính phủ giao Bộ Công Thương chủ trì./.\n\n"
     "Nơi nhận:\n- Như trên;\n- Bộ Công Thương;\n- Văn phòng Quốc hội;\n- Lưu: VT, CN(2).",
     [("Bộ Công Thương", None, True), ("Văn phòng Quốc hội", None, True)]),
    # a form's blanks are no addressee
    ("Kính gửi: HIỆU TRƯỞNG TRƯỜNG Tôi tên là:…………………… Số điện thoại: ……\n\nNgười làm đơn./.\n\nNơi nhận:\n"
     "- Như trên;\n- Lưu: VT.", []),
    # the recipients of the signed closing part, not of an appendix's blank form
    ("thi hành quyết định này./.\n\n| Nơi nhận:\n- Bộ Tài chính;\n- Lưu: VT. |\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n"
     "Trần Quý Kiên |\n\nPHỤ LỤC\nMẫu số 01\nthi hành quyết định này./.\n\n| Nơi nhận:\n- Bộ Y tế;\n- Lưu VT. |"
     "\n\nCHỦ TỊCH\n\n(Ký tên, đóng dấu) |", [("Bộ Tài chính", None, True)]),
    # a unit and, after a dash, its parent: sent to the unit; a unit in parentheses is the ministry's
    ("thực hiện./.\n\nNơi nhận:\n- Vụ Pháp chế - Bộ Khoa học và Công nghệ;\n- Cục Kiểm soát TTHC - VPCP;\n"
     "- Bộ Tài chính (Cục Thống kê);\n- Lưu: VT.\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nNguyễn Văn An",
     [("Vụ Pháp chế", "Bộ Khoa học và Công nghệ", False), ("Cục Kiểm soát TTHC", "Văn phòng Chính phủ", False),
      ("Bộ Tài chính", None, True)]),
    # a site's notice after the document is no addressee
    ("thực hiện./.\n\nNơi nhận:\n- Bộ Y tế;\n- Lưu: VT.\n\nBỘ TRƯỞNG\nĐào Hồng Lan\n\nTHÔNG BÁO về Lưu trữ "
     "Thông tin Khách hàng Kính gửi: Quý Thành viên, chúng tôi cập nhật Quy chế.", [("Bộ Y tế", None, True)]),
]


@pytest.mark.parametrize("text, expected", RECIPIENTS)
def test_find_recipients(text, expected):
    assert [(r.name, r.parent, r.known) for r in find_recipients(text)] == expected


def test_archive_is_not_a_recipient():
    names = [r.name for r in find_recipients(RECIPIENTS_FIRST)]
    assert not any("VT" in n or "Lưu" in n for n in names)


def test_recipient_spans_point_into_the_text():
    text = SIGNATURE_FIRST
    assert [text[r.span.start:r.span.end] for r in find_recipients(text)][:2] == ["Ban Bí thư Trung ương Đảng", "Công an"]


CLOSING = [
    (RECIPIENTS_FIRST, RECIPIENTS_FIRST.index("./.")),
    (SIGNATURE_FIRST, SIGNATURE_FIRST.index("./.")),
    ("Nội dung.\n\nNơi nhận:\n- Bộ Tư pháp;\n- Lưu: VT.", len("Nội dung.\n\n")),
    ("Tin tức không có phần kết.", None),
]


@pytest.mark.parametrize("text, start", CLOSING)
def test_read_closing_is_the_start_and_the_signature_at_once(text, start):
    closing = read_closing(text)
    assert (closing.start, closing.signature) == (start, find_signature(text))


def test_recipients_take_the_closing_read_once():
    """A caller's closing is used as given: without a closing part, a letter has no addressees."""
    text = "BỘ Y TẾ\nKính gửi: Sở Y tế tỉnh Nghệ An.\n\nNội dung./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT."
    assert [r.name for r in find_recipients(text)] == ["Sở Y tế tỉnh Nghệ An"]
    assert find_recipients(text, Closing(start=None, signature=None)) == []


@pytest.mark.parametrize("seed", ["001_2e663b31c79c2c39.txt", "003_98cbac67ba4c6738.txt"])
def test_seed_layouts(seed):
    text = (SEEDS / seed).read_text(encoding="utf-8")
    sig = find_signature(text)
    assert (sig.capacity, sig.signer) == (["KT. BỘ TRƯỞNG, CHỦ NHIỆM", "PHÓ CHỦ NHIỆM"], "Cao Huy")
    recipients = [r.name for r in find_recipients(text)]
    assert recipients[0] == "Thủ tướng Chính phủ"
    assert "Văn phòng Thường trực Ban Chỉ đạo 389 quốc gia" in recipients
    assert "Cục An ninh kinh tế" in recipients and "Bộ Công an" not in recipients


OFFICES = [
    (["KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG"], "PHÓ THỦ TƯỚNG"),
    (["TM. CHÍNH PHỦ", "THỦ TƯỚNG"], "THỦ TƯỚNG"),
    (["Q. BỘ TRƯỞNG"], "BỘ TRƯỞNG"),
    (["T/M BỘ CHÍNH TRỊ"], None),
    (["TM. ỦY BAN NHÂN DÂN"], None),
]


@pytest.mark.parametrize("capacity, office", OFFICES)
def test_signer_office(capacity, office):
    assert signer_office(Signature(capacity=capacity, signer="Trần Cẩm Tú", span=Span(0, 1))) == office


def _telegram(addressees: str) -> str:
    return (f"CÔNG ĐIỆN\nVề việc ứng phó bão\n\nTHỦ TƯỚNG CHÍNH PHỦ điện:\n\n{addressees}\n\nNội dung công điện./.\n\n"
            "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTHỦ TƯỚNG\nPhạm Minh Chính")


HEADS_OF_BODIES = [
    # the heads of the ministries and agencies, by their titles: the collective the gazetteer names
    (_telegram("- Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ;"),
     ["Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ"]),
    (_telegram("- Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ;"),
     ["Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ"]),
    (_telegram("- Bộ trưởng, Thủ trưởng cơ quan ngang Bộ;"), ["Các bộ, cơ quan ngang bộ"]),
    (_telegram("- Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương;"),
     ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"]),
    # a head of named bodies: the bodies
    (_telegram("- Bộ trưởng các Bộ: Công an, Quốc phòng;"), ["Bộ Công an", "Bộ Quốc phòng"]),
    (_telegram("- Tổng giám đốc: Đài Truyền hình Việt Nam, Đài Tiếng nói Việt Nam."),
     ["Đài Truyền hình Việt Nam", "Đài Tiếng nói Việt Nam"]),
    (_telegram("- Thống đốc Ngân hàng Nhà nước Việt Nam;\n- Chánh án Tòa án nhân dân tối cao."),
     ["Ngân hàng Nhà nước Việt Nam", "Tòa án nhân dân tối cao"]),
    ("Số: 12/VPCP-KTTH\nKính gửi: Bộ trưởng Bộ Y tế.\n\nNội dung./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.", ["Bộ Y tế"]),
    # an item wrapped onto a line that opens with a head's title
    (_telegram("- Bộ trưởng Bộ Công an,\nChủ tịch Ủy ban nhân dân tỉnh Nghệ An;"),
     ["Bộ Công an", "Ủy ban nhân dân tỉnh Nghệ An"]),
    # the heads of a collective no gazetteer names: the collective as written
    ("Số: 63/BVHTTDL-VP\nKính gửi: Thủ trưởng các cơ quan tham mưu, quản lý nhà nước thuộc Bộ\n\nNội dung./.\n\n"
     "Nơi nhận:\n- Như trên;\n- Lưu: VT.", ["Các cơ quan tham mưu, quản lý nhà nước thuộc Bộ"]),
    ("Nội dung./.\n\nNơi nhận:\n- Giám đốc các đơn vị sự nghiệp trực thuộc;\n- Lưu: VT.",
     ["các đơn vị sự nghiệp trực thuộc"]),
    # a title alone at an item's end is the minister, a person: no body
    ("Nội dung./.\n\nNơi nhận:\n- Bộ trưởng;\n- Các Thứ trưởng;\n- Lưu: VT.", []),
    # the plural before the first title, the list's `các` said once, a head after `và`
    (_telegram("- Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ;"),
     ["Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ"]),
    (_telegram("- Bộ trưởng, Thủ trưởng các cơ quan ngang Bộ, cơ quan thuộc Chính phủ;"),
     ["Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ"]),
    (_telegram("- Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ và Chủ tịch Ủy ban nhân dân các tỉnh, "
               "thành phố trực thuộc Trung ương."),
     ["Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"]),
]


HEADS_REWRITTEN = [
    # (text, as the bodies headed)
    ("Bộ trưởng, Thủ trưởng các cơ quan ngang Bộ, cơ quan thuộc Chính phủ khẩn trương rà soát",
     "Các bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ khẩn trương rà soát"),
    ("Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch UBND các tỉnh, thành phố chỉ đạo",
     "Các bộ, cơ quan ngang bộ, UBND các tỉnh, thành phố chỉ đạo"),
    ("Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang Bộ và Chủ tịch Ủy ban nhân dân các tỉnh",
     "các Bộ, cơ quan ngang Bộ và Ủy ban nhân dân các tỉnh"),
    # a head's own `các` is kept: the collective as written
    ("Thủ trưởng các cơ quan tham mưu thuộc Bộ", "các cơ quan tham mưu thuộc Bộ"),
    ("Bộ trưởng các Bộ: Công an, Quốc phòng", "các Bộ: Công an, Quốc phòng"),
    # a title inside a name is no head of the list
    ("Văn phòng Chủ tịch nước", "Văn phòng Chủ tịch nước"),
]


@pytest.mark.parametrize("text, expected", HEADS_REWRITTEN)
def test_heads_read_as_the_bodies_they_head(text, expected):
    assert heads_as_bodies(text)[0] == expected


@pytest.mark.parametrize("text, expected", HEADS_OF_BODIES)
def test_addressees_named_by_their_heads_are_the_bodies(text, expected):
    assert [r.name for r in find_recipients(text)] == expected


REPORTED = [
    # (report text, number of its subject, the subject's addressees as the report states them)
    ("Thủ tướng Chính phủ Phạm Minh Chính đã ký Công điện số 87/CĐ-TTg ngày 12/6/2025 gửi Bộ trưởng, Thủ trưởng cơ "
     "quan ngang bộ, cơ quan thuộc Chính phủ; Chủ tịch UBND các tỉnh, thành phố trực thuộc Trung ương chỉ đạo tiếp "
     "tục đẩy mạnh phân cấp.", "87",
     ["Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"]),
    ("Thủ tướng ký ban hành Công điện 108/CĐ-TTg về ứng phó bão.\n\nCông điện gửi đến Bộ trưởng các Bộ: Công an, "
     "Quốc phòng; Chủ tịch Ủy ban nhân dân các tỉnh: Quảng Ninh, Hải Phòng.", "108",
     ["Bộ Công an", "Bộ Quốc phòng", "Ủy ban nhân dân tỉnh Quảng Ninh", "Ủy ban nhân dân thành phố Hải Phòng"]),
    ("Thủ tướng ký ban hành Công điện 108/CĐ-TTg.\n\nCông điện gửi Tổng giám đốc: Đài Truyền hình Việt Nam, Thông tấn "
     "xã Việt Nam.", "108", ["Đài Truyền hình Việt Nam", "Thông tấn xã Việt Nam"]),
    ("Thủ tướng Chính phủ đã ký ban hành Công điện số 190/CĐ-TTg về ứng phó mưa lũ gửi Chủ tịch Ủy ban nhân dân các "
     "tỉnh, thành phố trực thuộc Trung ương.", "190", ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"]),
    ("Bộ Giáo dục và Đào tạo ban hành Công văn 545/BGDĐT-GDTrH về việc tăng cường chỉ đạo đối với giáo dục phổ "
     "thông gửi Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.", "545",
     ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"]),
    ("Ngày 21/11/2025, Cục Hải quan đã có Tờ trình 37566/TTr-CHQ năm 2025 gửi Bộ Tài chính về việc tổ chức thi tuyển.",
     "37566", ["Bộ Tài chính"]),
    ("Bộ Tài chính có Công văn số 7633/BTC-QLCS được gửi tới UBND các tỉnh, thành phố trực thuộc trung ương.", "7633",
     ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"]),
    ("Văn phòng Chính phủ vừa có văn bản số 123/VPCP-KTTH gửi các Bộ: Tài chính, Công Thương về việc xử lý.", "123",
     ["Bộ Tài chính", "Bộ Công Thương"]),
    ("Công văn số 1234/BTC-CST ngày 5/6/2025 của Bộ Tài chính gửi Ủy ban nhân dân tỉnh Nghệ An nêu rõ.", "1234",
     ["Ủy ban nhân dân tỉnh Nghệ An"]),
    ("Thông báo số 45/TB-VPCP gửi Bộ Xây dựng; Ủy ban nhân dân Thành phố Hồ Chí Minh (để thực hiện).", "45",
     ["Bộ Xây dựng", "Ủy ban nhân dân thành phố Hồ Chí Minh"]),
    ("Công điện 87/CĐ-TTg được gửi tới Bộ trưởng các Bộ: Tài chính, Xây dựng và Chủ tịch Ủy ban nhân dân các tỉnh, "
     "thành phố trực thuộc Trung ương.", "87",
     ["Bộ Tài chính", "Bộ Xây dựng", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"]),
    # who sends is not the subject: the addressees of a request, another instrument, a form, a generic body
    ("Công điện 108/CĐ-TTg yêu cầu các Bộ gửi Bộ Công an báo cáo kết quả.", "108", []),
    ("Công điện 108/CĐ-TTg yêu cầu Bộ Tài chính gửi Bộ Công an báo cáo.", "108", []),
    ("Công điện 108/CĐ-TTg nêu rõ nhiều nội dung. Công văn số 12/BTC-CST gửi Bộ Công Thương.", "108", []),
    ("Báo cáo theo Mẫu số 01 ban hành kèm theo Nghị định 176/2025/NĐ-CP gửi Sở Y tế tỉnh Nghệ An.", "176", []),
    ("Trường hợp cần hỗ trợ, đề nghị các địa phương có văn bản gửi Bộ Tài chính, theo Công văn 14388/BTC-NSNN.",
     "14388", []),
    ("Chủ đầu tư lập hồ sơ theo Công văn 95/BXD-QLN và gửi đến Bộ Xây dựng.", "95", []),
    ("Công văn 95/BXD-QLN gửi Ủy ban nhân dân cấp xã nơi có dự án.", "95", []),
    ("Công văn 95/BXD-QLN về nhà ở, gửi Bộ Xây dựng trước ngày 10.", "95", []),
]


@pytest.mark.parametrize("text, number, expected", REPORTED)
def test_reported_recipients(text, number, expected):
    dates = find_dates(text)
    instruments = resolve_short_forms(find_instruments(text, dates, find_organizations(text)))
    subject = next(i for i in instruments if i.number == number)
    assert [r.name for r in reported_recipients(text, subject, instruments)] == expected
