"""Hostile and odd inputs that already hold (issue 9): an entity bomb in a DOCX, very long lines,
NUL and control bytes, RTL marks, homoglyphs, garbled citations and dates, odd file kinds. Each
asserts the exit code, the message naming the file, no traceback and bounded memory and CPU."""
from __future__ import annotations

import io
import json
import os
import zipfile
from pathlib import Path

import pytest

from harness import assert_clean, luocdo

EXAMPLE = sorted((Path(__file__).resolve().parents[2] / "examples").glob("*.txt"))[1]
GOOD = EXAMPLE.read_text(encoding="utf-8")


def _docx(document_xml: str) -> bytes:
    """A DOCX holding `document_xml` as its body."""
    types = ('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
             '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
             'wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="word/document.xml"/></Relationships>')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("[Content_Types].xml", types)
        z.writestr("_rels/.rels", rels)
        z.writestr("word/document.xml", document_xml)
    return out.getvalue()


def _billion_laughs() -> bytes:
    entities = '<!ENTITY lol0 "lol">' + "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10))
    return _docx(f'<?xml version="1.0"?><!DOCTYPE lolz [{entities}]>'
                 '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                 '<w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>')


# name: (bytes, exit codes, a phrase of the message)
CASES = {
    "billion-laughs.docx": (_billion_laughs, (1,), "DOCX"),
    "one-long-line.txt": (lambda: (GOOD.replace("\n", " ") * 100).encode(), (0,), ""),
    "nul-bytes.txt": (lambda: GOOD.encode()[:2000] + b"\x00\x00" + GOOD.encode()[2000:], (1,), "binary"),
    "control-characters.txt": (lambda: GOOD.encode().replace(b" ", b" \x01", 50).replace(b"\n", b"\x1b\n", 20),
                               (0,), "control character"),
    "rtl-marks.txt": (lambda: GOOD.replace("Bộ", "\u202eBộ\u200f", 10).encode(), (0,), ""),
    "zero-bytes.pdf": (lambda: b"", (1,), "empty"),
    "bom-only.txt": (lambda: b"\xef\xbb\xbf", (1,), "no text"),
    "digits-only.txt": (lambda: b"1234567890 " * 2000, (1,), "has no text"),
    "nested-parentheses.txt": (lambda: ("Giao Bộ Tư pháp " + "(" * 20_000 + "Bộ Công an" + ")" * 20_000
                                        + " chủ trì.\n").encode(), (0,), ""),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_extract_handles_it(tmp_path, name):
    make, exit_codes, phrase = CASES[name]
    path = tmp_path / name
    path.write_bytes(make())
    run = luocdo("extract", path, "--format", "json")
    assert_clean(run, exit_codes=exit_codes, names=[path] if phrase else [], says=[phrase] if phrase else [])
    if exit_codes == (0,):
        assert json.loads(run.stdout)["file"] == str(path)


def test_a_folder_named_like_a_document_is_reported(tmp_path):
    folder = tmp_path / "x.txt"
    folder.mkdir()
    run = luocdo("extract", folder, "--format", "json")
    assert_clean(run, exit_codes=(1,), names=[folder], says=["is a folder"])


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_a_file_without_read_permission_is_reported(tmp_path):
    path = tmp_path / "locked.txt"
    path.write_text(GOOD, encoding="utf-8")
    path.chmod(0)
    run = luocdo("extract", path, "--format", "json")
    assert_clean(run, exit_codes=(1,), names=[path], says=["cannot be read"])


def test_a_fifo_in_a_folder_does_not_hang_the_build(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / EXAMPLE.name).write_text(GOOD, encoding="utf-8")
    os.mkfifo(folder / "pipe.txt")  # nobody ever writes to it
    run = luocdo("build", folder, "--db", tmp_path / "db", "--jobs", "1", cpu_seconds=60)
    assert_clean(run, exit_codes=(0, 3))
    assert "Read 1 document " in run.stderr


def test_a_fifo_named_on_the_command_line_does_not_hang(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    run = luocdo("extract", fifo, "--format", "json", cpu_seconds=5)
    assert_clean(run, exit_codes=(1,), names=[fifo], says=["named pipe"])


def test_a_device_named_on_the_command_line_is_refused(tmp_path):
    run = luocdo("extract", "/dev/zero", "--format", "json", cpu_seconds=5)
    assert_clean(run, exit_codes=(1,), names=["/dev/zero"], says=["character device"])


def test_homoglyphs_in_symbols_do_not_make_citations(tmp_path):
    path = tmp_path / "homoglyphs.txt"  # Cyrillic Т and В, a letter О for the digit 0
    path.write_text("THÔNG BÁO\nSố: 12/ТВ-VPCP\nTriển khai Quyết định số 15/QĐ-ТТg ngày 10/3/2025 và "
                    "Nghị định số 1О5/2020/NĐ-CP.\nGiao Bộ Tư pháp chủ trì.\n", encoding="utf-8")
    run = luocdo("extract", path, "--format", "json")
    assert_clean(run, exit_codes=(0,))
    found = json.loads(run.stdout)
    assert all("Т" not in (i["symbol"] or "") for i in found["instruments"])


def test_garbled_citations_and_impossible_dates_are_dropped_with_a_warning(tmp_path):
    path = tmp_path / "garbled.txt"
    path.write_text("THÔNG BÁO\nSố: 13/TB-VPCP\nTriển khai Quyết định số /QĐ-TTg và Chỉ thị số  /CT- ngày "
                    "31/02/2025, Nghị định số 99999999999999999999/2020/NĐ-CP.\nGiao Bộ Tài chính chủ trì.\n",
                    encoding="utf-8")
    run = luocdo("extract", path, "--format", "json")
    assert_clean(run, exit_codes=(0,), names=[path], says=["31/02/2025 is not a date"])
    found = json.loads(run.stdout)
    assert all(i["number"] for i in found["instruments"])
    assert "2025-02-31" not in run.stdout


def test_carriage_returns_alone_read_as_line_breaks(tmp_path):
    """Old Mac line ends: the same document as with newlines."""
    path = tmp_path / "cr-only.txt"
    path.write_bytes(GOOD.encode().replace(b"\n", b"\r"))
    run = luocdo("extract", path, "--format", "json")
    assert_clean(run, exit_codes=(0,))
    reference = luocdo("extract", EXAMPLE, "--format", "json")
    assert _facts(json.loads(run.stdout)) == _facts(json.loads(reference.stdout))


def _facts(extraction: dict) -> tuple:
    """What a document says, without its ids (they hold the file's digest)."""
    subject = extraction["subject"]
    return subject["name"], subject["date"], len(extraction["instruments"]), len(extraction["tasks"])


def test_a_file_name_with_a_semicolon_and_a_newline(tmp_path):
    path = tmp_path / "a;b\nc.txt"
    path.write_text(GOOD, encoding="utf-8")
    run = luocdo("extract", path, "--format", "json")
    assert_clean(run, exit_codes=(0,))
    assert json.loads(run.stdout)["file"] == str(path)
