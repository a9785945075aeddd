"""Files that expand, hide, loop or take too long (issue 9 items 5, 7, 9): each is refused or
skipped with one line naming it and the cap, within the harness's memory and CPU bounds."""
from __future__ import annotations

import zlib
from pathlib import Path

import pytest

import hostile_files as make
from harness import assert_clean, luocdo

EXAMPLE = sorted((Path(__file__).resolve().parents[2] / "examples").glob("*.txt"))[0]
# A real codified law of 3.7 MB: over ten CPU seconds to extract here, so a budget of 2 s runs
# out even if the finders become several times faster.
SLOW = Path("/tmp/corpus/phapdien/phapdien__tai-chinh-hai-quan__d73ecb79.txt")


def _file(tmp_path: Path, name: str, data) -> Path:
    path = tmp_path / name
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def _slow_text(tmp_path: Path) -> Path:
    if SLOW.exists():
        return _file(tmp_path, "slow.txt", SLOW.read_bytes())
    return _file(tmp_path, "slow.txt", (EXAMPLE.read_text(encoding="utf-8") + "\n") * 600)


def _errors(run) -> list[str]:
    return [line for line in run.stderr.splitlines() if line and "warning:" not in line]


REFUSED = {  # name -> (file's bytes, phrase of the message)
    "expanded.docx": (lambda: make.docx(padding_mb=150), "expands past 100 MB"),
    "ratio.docx": (lambda: make.docx(padding_mb=20), "over the 100:1 limit (MAX_DOCX_RATIO)"),
    "copies.docx": (lambda: make.docx(padding_mb=2, entries=6), "zip bomb"),
    "lying.docx": (lambda: make.docx_lying(padding_mb=300), "Bad CRC-32"),
    "stream-bomb.pdf": (lambda: make.pdf_bomb(mb_per_page=50, pages=1), "a stream expands past 8 MB (MAX_PDF_STREAM)"),
    "pages-bomb.pdf": (lambda: make.pdf_bomb(mb_per_page=4, pages=60), "200 MB of page content"),
    "many-pages.pdf": (lambda: make.pdf_of_streams([zlib.compress(b"BT ET")] * 10_001),
                       "has 10001 pages, over the 10000-page limit"),
    "password.pdf": (lambda: make.pdf(user_password="secret"), "is encrypted with a password; cannot be read"),
    "truncated.pdf": (lambda: make.pdf(pages=3)[:-300], "is not a readable PDF"),
    "no-xref.pdf": (lambda: make.pdf()[:make.pdf().rindex(b"xref")], "is not a readable PDF"),
    "huge.html": (lambda: make.html("<p>Quyết định số 12/QĐ-UBND về việc ban hành kế hoạch.</p>" * 100_000),
                  "over the 5,000,000 limit (MAX_HTML_CHARS)"),
}


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_refused_in_one_line_naming_the_file_and_the_cap(tmp_path, name):
    data, phrase = REFUSED[name]
    path = _file(tmp_path, name, data())
    run = luocdo("extract", path, "--format", "json")
    assert_clean(run, exit_codes=(1,), names=[path], says=[phrase])
    assert len(_errors(run)) == 1 and "EOF marker" not in run.stderr, run.stderr


def test_aes_encrypted_pdf_without_a_user_password_is_read(tmp_path):
    path = _file(tmp_path, "aes.pdf", make.pdf(aes=True))
    run = luocdo("extract", path, "--format", "json")
    assert_clean(run, exit_codes=(0,))
    assert "12/QD-UBND" in run.stdout


def test_damaged_pdf_that_pypdf_repairs_warns_naming_the_file(tmp_path):
    good = make.pdf()
    at = good.index(b"startxref\n") + len(b"startxref\n")
    path = _file(tmp_path, "bad-startxref.pdf", good[:at] + b"99" + good[at:])
    run = luocdo("extract", path, "--format", "json")
    assert_clean(run, exit_codes=(0,), says=[f"warning: {path}: PDF: incorrect startxref pointer"])
    assert all(path.name in line for line in run.stderr.splitlines()), run.stderr


@pytest.mark.parametrize("name, html", [
    ("nested.html", make.html("<div>" * 200_000 + make.NOTICE + "</div>" * 200_000)),
    ("laughs.html", '<!DOCTYPE html [<!ENTITY a0 "lol">'
                    + "".join(f'<!ENTITY a{i} "{f"&a{i - 1};" * 10}">' for i in range(1, 10))
                    + "]>" + make.html("&a9; " + make.NOTICE)),
])
def test_html_bombs_are_read_within_bounds(tmp_path, name, html):
    path = _file(tmp_path, name, html)
    run = luocdo("extract", path, "--format", "json", memory_mb=800)
    assert_clean(run, exit_codes=(0,))
    assert "12/QĐ-UBND" in run.stdout and "lollol" not in run.stdout


def test_a_bomb_does_not_stop_the_others(tmp_path):
    bomb = _file(tmp_path, "bomb.docx", make.docx(padding_mb=150))
    run = luocdo("extract", bomb, EXAMPLE, "--format", "json")
    assert_clean(run, exit_codes=(3,), names=[bomb])
    assert run.stdout.count("\n") == 1


def test_extract_skips_a_document_over_its_time_limit_and_reads_the_others(tmp_path):
    slow = _slow_text(tmp_path)
    run = luocdo("extract", slow, EXAMPLE, "--format", "json", "--time-limit", "2")
    assert_clean(run, exit_codes=(3,), names=[slow], says=["took more than 2 s of CPU time (--time-limit); skipped"])
    assert run.stdout.count("\n") == 1 and EXAMPLE.name in run.stdout


@pytest.mark.parametrize("jobs", ["1", "2"])  # in this process, and in pool workers (4 files or more)
def test_build_skips_a_document_over_its_time_limit(tmp_path, jobs):
    slow = _slow_text(tmp_path)
    examples = sorted(EXAMPLE.parent.glob("*.txt"))[:3]
    run = luocdo("build", slow, *examples, "--db", tmp_path / "db", "--jobs", jobs, "--time-limit", "2")
    assert_clean(run, exit_codes=(3,), names=[slow], says=["took more than 2 s of CPU time"])
    assert "Read 3 documents" in run.stderr


def test_time_limit_must_be_a_number_of_seconds(tmp_path):
    run = luocdo("extract", EXAMPLE, "--time-limit", "-1")
    assert_clean(run, exit_codes=(2,), says=["--time-limit", "'-1'"])


@pytest.mark.parametrize("name, make_link, reason", [
    ("gone.txt", lambda link, folder: link.symlink_to(folder / "missing.txt"), "is a broken link"),
    ("loop.txt", lambda link, folder: link.symlink_to(link), "is a link loop"),
    ("elsewhere", lambda link, folder: link.symlink_to(folder.parent), "is a link to a folder; not followed"),
])
def test_build_lists_links_it_cannot_follow(tmp_path, name, make_link, reason):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / EXAMPLE.name).write_bytes(EXAMPLE.read_bytes())
    make_link(folder / name, folder)
    run = luocdo("build", folder, "--db", tmp_path / "db", "--jobs", "1")
    assert_clean(run, exit_codes=(3,), names=[name], says=[f"{folder / name}: {reason}", "Read 1 document "])


def test_aes_pdf_without_cryptography_says_what_to_install(tmp_path):
    """As on an install that lacks it: a `cryptography` on the path that cannot be imported."""
    shadow = tmp_path / "shadow" / "cryptography"
    shadow.mkdir(parents=True)
    (shadow / "__init__.py").write_text("raise ImportError('cryptography is not installed')\n")
    path = _file(tmp_path, "aes.pdf", make.pdf(aes=True))
    run = luocdo("extract", path, "--format", "json", env={"PYTHONPATH": str(shadow.parent)})
    assert_clean(run, exit_codes=(1,), names=[path], says=["the cryptography package is missing: pip install cryptography"])
