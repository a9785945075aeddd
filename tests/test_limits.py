"""Per-document limits through the library: the time budget, the caps of the loaders, the
folder walk's links, and the packaging that a plain install depends on."""
from __future__ import annotations

import sys
import threading
import time
import tomllib
from pathlib import Path

import pytest

from luocdo.budget import TIME_LIMIT_ENV, TimeLimitExceeded, time_budget
from luocdo.graph.kg import NOT_FOUND, Skipped, extract_file, input_files
from luocdo.loaders import LoadError, load_bytes
from luocdo.loaders import formats

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = sorted((ROOT / "examples").glob("*.txt"))[0]
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "tests" / "bad_inputs"))

import check_imports  # noqa: E402
import hostile_files as make  # noqa: E402


def _spin_cpu(seconds: float) -> float:
    """Burn `seconds` of this thread's CPU time; returns how much it burnt."""
    start = time.thread_time()
    while time.thread_time() - start < seconds:
        pass
    return time.thread_time() - start


def test_budget_interrupts_a_block_that_uses_more_cpu():
    with pytest.raises(TimeLimitExceeded, match="more than 0.2 s of CPU time"):
        with time_budget(0.2):
            _spin_cpu(30)


def test_budget_is_cancelled_when_the_block_ends_in_time():
    with time_budget(0.5):
        pass
    assert _spin_cpu(0.8) >= 0.8  # the timer would have fired here


def test_no_budget_off_the_main_thread_or_at_zero():
    burnt = []
    worker = threading.Thread(target=lambda: burnt.append(_spin_in_budget(0.1, 0.3)))
    worker.start()
    worker.join()
    assert burnt == [True]
    assert _spin_in_budget(0, 0.3)


def _spin_in_budget(budget: float, seconds: float) -> bool:
    with time_budget(budget):
        return _spin_cpu(seconds) >= seconds


def test_extract_file_skips_a_document_over_its_budget(monkeypatch, tmp_path):
    slow = tmp_path / "slow.txt"
    slow.write_text((EXAMPLE.read_text(encoding="utf-8") + "\n") * 200, encoding="utf-8")
    monkeypatch.setenv(TIME_LIMIT_ENV, "0.05")
    done = extract_file(slow)
    assert done.outcome == Skipped(str(slow), "took more than 0.05 s of CPU time (--time-limit); skipped")
    monkeypatch.setenv(TIME_LIMIT_ENV, "0")
    assert not isinstance(extract_file(EXAMPLE).outcome, Skipped)


def test_folder_walk_lists_links_it_does_not_follow(tmp_path):
    folder = tmp_path / "docs"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "a.txt").write_text("x")
    (folder / "gone.txt").symlink_to(folder / "nothing.txt")
    (folder / "loop").symlink_to(folder / "loop")
    (folder / "up").symlink_to(tmp_path)  # followed, it would walk into itself
    (folder / "b.txt").symlink_to(folder / "sub" / "a.txt")
    files, skipped = input_files([folder, tmp_path / "missing.txt"])
    assert files == [folder / "b.txt", folder / "sub" / "a.txt"]
    assert [(Path(s.path).name, s.reason) for s in skipped] == [
        ("gone.txt", "is a broken link"), ("loop", "is a link loop"),
        ("up", "is a link to a folder; not followed"), ("missing.txt", NOT_FOUND)]


@pytest.mark.parametrize("name, data, cap", [
    ("a.docx", make.docx(padding_mb=3), "MAX_DOCX_RATIO"),
    ("a.pdf", make.pdf_bomb(mb_per_page=9, pages=1), "MAX_PDF_STREAM"),
])
def test_caps_are_checked_before_the_whole_file_expands(name, data, cap):
    with pytest.raises(LoadError, match=cap) as raised:
        load_bytes(data, name)
    assert raised.value.path == name


def test_a_cap_is_a_constant_a_caller_can_raise(monkeypatch):
    data = make.docx(padding_mb=3)
    monkeypatch.setattr(formats, "MAX_DOCX_RATIO", 2000)
    assert "12/QĐ-UBND" in load_bytes(data, "a.docx").text


def test_every_imported_package_is_declared():
    assert check_imports.undeclared() == {}


def test_the_import_check_finds_an_undeclared_package(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[project]\ndependencies = ["networkx>=3"]\n')
    for folder in check_imports.CODE:
        (tmp_path / folder).mkdir()
    (tmp_path / "graph" / "x.py").write_text("import networkx\nfrom pypdf import PdfReader\nimport os\n")
    assert list(check_imports.undeclared(tmp_path)) == ["pypdf"]


def test_every_package_folder_is_installed():
    """A plain (non-editable) install ships only the packages listed in pyproject.toml."""
    setuptools = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    shipped = {setuptools["package-dir"].get(p, p.replace(".", "/")) for p in setuptools["packages"]}
    found = {str(init.parent.relative_to(ROOT)) for folder in check_imports.CODE
             for init in (ROOT / folder).rglob("__init__.py")}
    assert found <= shipped
