"""Tone marks OCR misread in the word pairs the finders look for (loaders.tones), and what they keep."""
from __future__ import annotations

import pytest

from luocdo.data import load as load_data
from luocdo.extract import extract
from luocdo.loaders import load_string
from luocdo.loaders.tones import repair_tones, spelling
from luocdo.normalize import fold_keep_length
from luocdo.output import extraction_to_json

REPAIRED = [
    ("a swapped tone in a trigger", "Các cơ quan phồi hợp với Bộ Công an.", "Các cơ quan phối hợp với Bộ Công an."),
    ("a lost tone", "chịu trach nhiệm trước pháp luật", "chịu trách nhiệm trước pháp luật"),
    ("a ministry's name", "giao Bộ Tài chình chủ trì", "giao Bộ Tài chính chủ trì"),
    ("a provincial department's field", "Sở Giảo dục và Đào tạo", "Sở Giáo dục và Đào tạo"),
    ("a pair broken over two lines", "Chánh Văn phòng, Giàm\nđốc Sở Tài chính", "Chánh Văn phòng, Giám\nđốc Sở Tài chính"),
    ("capitals keep their case", "THỰC HIÊN NGHIÊM", "THỰC HIỆN NGHIÊM"),
    ("a misread the corpus repeats", "chịu trách nhiêm; tồ chức thực hiện", "chịu trách nhiệm; tổ chức thực hiện"),
    ("a deadline's words, spelt in the finders' code", "hoàn thành trườc ngày 05/12/2025", "hoàn thành trước ngày 05/12/2025"),
    ("the country's name", "Mặt trận Tổ quốc Việt Nảm", "Mặt trận Tổ quốc Việt Nam"),
]

KEPT = [
    ("a clean text", "Bộ Tài chính chủ trì, phối hợp với Bộ Công an thực hiện."),
    ("a common word of its own", "Luật Dược sửa đổi; hình thức hiện diện thương mại"),
    ("a common word beside its pair's partner", "treo cờ hiệu; các cáp điện"),
    ("a rare word of its own, reviewed", "kinh doanh trá hình; sĩ quan quấn cờ; hăng hái thi đua"),
    ("two misread words are not one pair", "không đủ liều lượng; độ sâu đáy nước; cho địch vũ khí"),
    ("text typed without marks", "Cac co quan phoi hop voi Bo Cong an, trach nhiem"),
    ("the old and the new tone places", "Uỷ ban nhân dân; hoà giải; Ủy ban nhân dân"),
    ("a file name", "MS28_Ke hoach.docx"),
    ("a pair across a blank line", "Giàm\n\nđốc"),
]


@pytest.mark.parametrize("name,text,repaired", REPAIRED, ids=[r[0] for r in REPAIRED])
def test_a_misread_mark_is_put_right(name, text, repaired):
    assert repair_tones(text) == repaired


@pytest.mark.parametrize("name,text", KEPT, ids=[k[0] for k in KEPT])
def test_words_of_their_own_stay(name, text):
    assert repair_tones(text) == text


def test_offsets_hold():
    text = "Giao Sở Giảo dục và Đào tạo chịu trach nhiệm, phồi hợp với Sở Tài chình."
    repaired = repair_tones(text)
    assert len(repaired) == len(text) and fold_keep_length(repaired) == fold_keep_length(text)


def test_the_list_is_consistent():
    """Each phrase is two words with marks, each kept spelling differs from its phrase, and no
    phrase is itself listed to be kept."""
    raw = load_data("tone_repairs.json")
    right = {tuple(map(fold_keep_length, p.split(" "))): p for p in raw["phrases"]}
    assert len(right) == len(raw["phrases"]) and all(len(p.split(" ")) == 2 for p in raw["phrases"])
    for kept in raw["kept_as_written"]:
        phrase = right[tuple(map(fold_keep_length, kept.split(" ")))]
        assert tuple(map(spelling, kept.split(" "))) != tuple(map(spelling, phrase.split(" ")))


_OCR_SCHEDULE = ("BỘ NỘI VỤ\nSố: 1383/QĐ-BNV\nHà Nội, ngày 26 tháng 11 năm 2025\nQUYẾT ĐỊNH\n"
                 "Ban hành Lịch phổ biến thông tin thống kê\n"
                 "Điều 1. Ban hành kèm theo Quyết định này Lịch phổ biến thông tin thống kê năm 2026.\n\n"
                 "| STT | Tên thông tin thống kê | Thời gian phổ biến | Đơn vị chĩu trách nhiệm |\n|---|---|---|---|\n"
                 "| 1 | Số đơn vị hành chính | Tháng 6/2026 | Vụ Chính quyền địa phương |\n"
                 "| 2 | Số người có công | Tháng 9/2026 | Cục Người có công |\n")


def test_an_ocr_page_gives_its_tasks():
    """Through the loader: a table whose column of doers OCR headed `Đơn vị chĩu trách nhiệm`."""
    record = extraction_to_json(extract(load_string(_OCR_SCHEDULE, "ocr.md")))
    names = {o["id"]: o["name"] for o in record["organizations"]}
    doers = {names[a["organization"]] for t in record["tasks"] for a in t["assignees"]}
    assert {"Vụ Chính quyền địa phương", "Cục Người có công"} <= doers


def test_a_long_text_is_read_whole_only_when_its_first_part_has_a_misread():
    clean = "Bộ Tài chính chủ trì, phối hợp với Bộ Công an thực hiện nhiệm vụ được giao. " * 2000
    assert repair_tones(clean + "Sở Giảo dục và Đào tạo") == clean + "Sở Giảo dục và Đào tạo"
    scanned = "Sở Giảo dục và Đào tạo phồi hợp. " + clean + "Bộ Tài chình"
    assert repair_tones(scanned) == "Sở Giáo dục và Đào tạo phối hợp. " + clean + "Bộ Tài chính"
