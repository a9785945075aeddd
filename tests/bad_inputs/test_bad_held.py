"""Bad inputs that luocdo already handled before this suite existed: they stay handled."""
from __future__ import annotations

from pathlib import Path

import pytest

from harness import assert_clean, luocdo

EXAMPLE = sorted((Path(__file__).resolve().parents[2] / "examples").glob("*.txt"))[0]

CASES = {
    "binary.txt": bytes(range(256)) * 64,
    "empty.txt": b"",
    "spaces.txt": b"   \n\n\t  \n",
    "broken.docx": b"PK\x03\x04" + b"\x00" * 200,
    "broken.pdf": b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\n",
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_extract_names_the_unreadable_file(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(CASES[name])
    run = luocdo("extract", path, "--format", "json")
    assert_clean(run, exit_codes=(1, 3), names=[path])


def test_one_bad_file_does_not_stop_the_others(tmp_path):
    bad = tmp_path / "binary.txt"
    bad.write_bytes(CASES["binary.txt"])
    run = luocdo("extract", bad, EXAMPLE, "--format", "json")
    assert_clean(run, exit_codes=(3,), names=[bad])
    assert run.stdout.count("\n") >= 1


def test_unexpected_error_is_one_line_without_traceback(tmp_path):
    run = luocdo("query", "--db", tmp_path / "nothing-here", "MATCH (n) RETURN n")
    assert_clean(run, exit_codes=(1, 2), names=["nothing-here"])
