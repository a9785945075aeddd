"""Bad text: legacy and foreign encodings, mixed files, no letters, absurd dates and numbers,
a news page cut short. Each file is generated here; each case is read by `luocdo` in a child."""
from __future__ import annotations

import codecs
import json
import sys
import unicodedata
from pathlib import Path

import pytest

from harness import assert_clean, luocdo
from luocdo.loaders import legacy_codecs  # noqa: F401  registers "tcvn3" and "vni" for generating files

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))
from test_loaders import cp1258  # noqa: E402

EXAMPLES = sorted((ROOT / "examples").glob("*.txt"))
NOTICE = unicodedata.normalize("NFC", EXAMPLES[4].read_text(encoding="utf-8"))  # a report on TB 381 (2024)
NEWS = EXAMPLES[2].read_text(encoding="utf-8")  # a news page with related-news blocks


def extracted(run) -> list[dict]:
    return [json.loads(line) for line in run.stdout.splitlines() if line.strip()]


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# ---- legacy encodings: read, not garbled ---------------------------------------------------

LEGACY = {
    "tcvn3": NOTICE.encode("tcvn3", errors="replace"),
    "vni": NOTICE.encode("vni", errors="replace"),
    "windows-1258": cp1258(NOTICE),
}


@pytest.mark.parametrize("codec", sorted(LEGACY))
def test_a_legacy_file_is_read_as_its_utf8_original(tmp_path, codec):
    path = write(tmp_path, f"notice-{codec}.txt", LEGACY[codec])
    run = luocdo("extract", path, "--format", "json")
    assert_clean(run, exit_codes=(0,), names=[path], says=[f"encoding guessed as {codec}"])
    [out] = extracted(run)
    assert out["document"]["encoding"] == codec
    assert out["subject"]["id"] == "TB:381/@2024"
    assert [p["name"] for p in out["persons"]] == ["Trần Lưu Quang"]


def test_mixed_utf8_and_windows_1258_lines(tmp_path):
    lines = NOTICE.splitlines(keepends=True)
    path = write(tmp_path, "mixed.txt", b"".join(cp1258(line) if i % 3 == 2 else line.encode() for i, line in enumerate(lines)))
    run = luocdo("extract", path, "--format", "json")
    legacy = sum(1 for i, line in enumerate(lines) if i % 3 == 2 and not line.isascii())
    assert_clean(run, exit_codes=(0,), names=[path], says=[f"mixed encodings: {legacy} lines of windows-1258"])
    [out] = extracted(run)
    assert out["subject"]["id"] == "TB:381/@2024" and out["document"]["encoding"] == "utf-8+windows-1258"


# ---- foreign code pages: refused, never read as mojibake -----------------------------------

FOREIGN = {
    "russian-cp1251.txt": ("Российская Федерация приняла закон о государственной службе. " * 30, "cp1251"),
    "greek-cp1253.txt": ("Η Ελληνική Δημοκρατία ψήφισε νόμο για τη δημόσια διοίκηση. " * 30, "cp1253"),
    "japanese-sjis.txt": ("日本国憲法は国民主権を宣言している。" * 40, "shift_jis"),
    "chinese-gb18030.txt": ("中华人民共和国国务院关于加强政务服务的通知。" * 40, "gb18030"),
    "czech-cp1250.txt": ("Ústavní soud České republiky zrušil část zákona o účetnictví. " * 30, "cp1250"),
}


@pytest.mark.parametrize("name", sorted(FOREIGN))
def test_a_foreign_code_page_is_refused_by_name(tmp_path, name):
    text, codec = FOREIGN[name]
    path = write(tmp_path, name, text.encode(codec))
    run = luocdo("extract", path, "--format", "json")
    assert_clean(run, exit_codes=(1,), names=[path], says=["is not Vietnamese text"])
    assert run.stdout == ""


# ---- no letters: skipped with a reason, not an empty document -----------------------------

NO_LETTERS = {
    "unicode-spaces.txt": "\u3000\u2003\u00a0\u2009\n\u3000\u202f\n",
    "zero-width.txt": "\u200b\u200c\ufeff\u200b\n" * 20,
    "punctuation.txt": "... --- !!! ;;; ——— «» …\n" * 10,
    "digits.txt": "12 34 56\n78/90\n",
}


@pytest.mark.parametrize("name", sorted(NO_LETTERS))
def test_text_without_letters_is_skipped(tmp_path, name):
    path = write(tmp_path, name, NO_LETTERS[name].encode("utf-8"))
    run = luocdo("extract", path, "--format", "json")
    assert_clean(run, exit_codes=(1,), names=[path], says=["has no text"])
    assert run.stdout == ""


# ---- numbers and dates out of range: warned, not dropped unsaid ---------------------------

RANGES = {
    "year-99999.txt": ("Hoàn thành trước ngày 15/08/99999.", "15/08/99999 is not a date: the year 99999 is out of range"),
    "year-0999.txt": ("Ban hành ngày 01/01/0999.", "01/01/0999 is not a date: the year 0999 is out of range"),
    "year-3000.txt": ("Hà Nội, ngày 12 tháng 5 năm 3000", "the year 3000 is out of range"),
    "day-0.txt": ("Báo cáo trước ngày 00/08/2025.", "00/08/2025 is not a date: there is no day 0"),
    "february-31.txt": ("Báo cáo trước ngày 31/02/2025.", "31/02/2025 is not a date: February 2025 has 28 days"),
    "number-12-digits.txt": ("Thực hiện Quyết định số 123456789012/QĐ-UBND của tỉnh.",
                             "123456789012/QĐ-UBND is not a document number: 12 digits"),
}


@pytest.mark.parametrize("name", sorted(RANGES))
def test_an_out_of_range_figure_is_warned(tmp_path, name):
    line, warning = RANGES[name]
    path = write(tmp_path, name, (NOTICE + "\n" + line + "\n").encode("utf-8"))
    run = luocdo("extract", path, "--format", "json")
    assert_clean(run, exit_codes=(0,), names=[path], says=[warning])
    [out] = extracted(run)
    assert any(warning in w for w in out["warnings"])


def test_a_long_news_page_cut_after_its_article_is_warned(tmp_path):
    path = write(tmp_path, "news-x40.txt", (NEWS * 40).encode("utf-8"))
    run = luocdo("extract", path, "--format", "json")
    assert_clean(run, exit_codes=(0,), names=[path], says=["news page: the article ends at character", "left out"])


def test_a_short_news_page_is_not_warned(tmp_path):
    path = write(tmp_path, "news.txt", NEWS.encode("utf-8"))
    run = luocdo("extract", path, "--format", "json")
    assert_clean(run, exit_codes=(0,), names=[])
    assert "news page" not in run.stderr


def test_good_legacy_and_bad_files_in_one_batch(tmp_path):
    good = write(tmp_path, "vni.txt", LEGACY["vni"])
    bad = write(tmp_path, "russian.txt", FOREIGN["russian-cp1251.txt"][0].encode("cp1251"))
    empty = write(tmp_path, "spaces.txt", codecs.BOM_UTF8 + "\u3000\u3000\n".encode("utf-8"))
    run = luocdo("extract", bad, good, empty, "--format", "json")
    assert_clean(run, exit_codes=(3,), names=[good, bad, empty], says=["is not Vietnamese text", "has no text"])
    [out] = extracted(run)
    assert out["subject"]["id"] == "TB:381/@2024"


def test_a_folder_build_reads_legacy_files_and_lists_the_bad_ones(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    write(folder, "tcvn3.txt", LEGACY["tcvn3"])
    bad = write(folder, "greek.txt", FOREIGN["greek-cp1253.txt"][0].encode("cp1253"))
    blank = write(folder, "blank.txt", "\u2003\u3000\u200b\n".encode("utf-8"))
    run = luocdo("build", folder, "--db", tmp_path / "db", cpu_seconds=120)
    assert_clean(run, exit_codes=(3,), names=[bad, blank], says=["is not Vietnamese text", "has no text"])
    query = luocdo("query", "--db", tmp_path / "db", "MATCH (i:Instrument {id: 'TB:381/@2024'}) RETURN i.id", "--format", "csv")
    assert_clean(query, exit_codes=(0,))
    assert "TB:381/@2024" in query.stdout
