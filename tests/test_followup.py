"""The follow-up table (`luocdo tasks`, queries.followup) on the graph of the bundled examples."""
from __future__ import annotations

import csv
import datetime as dt
import io
import os
from pathlib import Path

import pytest
from openpyxl import load_workbook

from luocdo.cli import main
from luocdo.queries.followup import COLUMNS, follow_up

ROOT = Path(__file__).resolve().parent.parent
NOTICE_2024 = "examples/001_2e663b31c79c2c39.txt"  # the full text of Thông báo 381 (2024)
NOTICE_2021 = "examples/003_98cbac67ba4c6738.txt"  # the conclusion notice of Ban Chỉ đạo 389 (2021)


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    """Built from `examples` as the README does, so that sources read `examples/...`."""
    path = tmp_path_factory.mktemp("followup") / "db"
    here = os.getcwd()
    os.chdir(ROOT)
    try:
        assert main(["build", "examples", "--db", str(path), "--quiet"]) == 0
    finally:
        os.chdir(here)
    return path


def _row(f) -> tuple:
    return (f.instrument, f.path, f.assignee, f.role, f.deadline, f.status, f.source)


def test_tasks_of_a_body_as_a_person_types_it(db):
    rows = [_row(f) for f in follow_up(db, org="bo tu phap", as_of=dt.date(2025, 6, 1))]
    assert rows == [
        ("205/TB-VPCP (2025)", None, "Bộ Tư pháp", "lead", None, "no deadline", "examples/000_6cfdd9eb0ababaab.txt"),
        ("205/TB-VPCP (2025)", None, "Bộ Tư pháp", "lead", None, "no deadline", "examples/002_95e5b7c8e09e08cf.txt"),
        ("TB 381 (2024)", "5", "Bộ Tư pháp", None, None, "no deadline", NOTICE_2024),
        ("TB 381 (2024)", None, "Bộ Tư pháp", None, None, "no deadline", "examples/004_014750b2d5d076c9.txt"),
    ]
    numbered = follow_up(db, org="Bộ Tư pháp")[2]
    assert numbered.task.startswith("5. Các Bộ: Tư pháp, Công Thương, Tài chính") and len(numbered.task) > 300
    assert numbered.evidence == numbered.task  # its text holds the sentence that states it


def test_a_body_takes_in_its_sub_bodies(db):
    """Văn phòng Thường trực is PART_OF Ban Chỉ đạo 389 quốc gia, which is given no task itself."""
    found = follow_up(db, org="Ban Chỉ đạo 389 quốc gia", as_of=dt.date(2025, 6, 1))
    assert {f.assignee for f in found} == {"Văn phòng Thường trực Ban Chỉ đạo 389 quốc gia"}
    assert len(found) == 14
    assert _row(found[0]) == ("TB 381 (2024)", "8", "Văn phòng Thường trực Ban Chỉ đạo 389 quốc gia", None,
                              dt.date(2024, 10, 31), "overdue", NOTICE_2024)
    assert ("II.6", "lead") in {(f.path, f.role) for f in found}  # ordinals of the 2021 notice's section II


@pytest.mark.parametrize("as_of, statuses", [
    (dt.date(2024, 10, 30), ["overdue", "due"]),
    (dt.date(2024, 10, 31), ["overdue", "due"]),  # due on the day itself
    (dt.date(2024, 11, 1), ["overdue", "overdue"]),
])
def test_due_before_keeps_deadlines_before_the_day_and_status_counts_from_as_of(db, as_of, statuses):
    found = follow_up(db, due_before=dt.date(2025, 1, 1), as_of=as_of)
    assert [(f.source, f.path, f.deadline) for f in found] == [
        (NOTICE_2021, "II.7", dt.date(2021, 11, 15)), (NOTICE_2024, "8", dt.date(2024, 10, 31))]
    assert [f.status for f in found] == statuses


def test_cli_csv_lists_the_2024_notices_tasks_for_bo_tu_phap(db, capsys):
    """The issue's acceptance: `luocdo tasks --db out/db --org "Bộ Tư pháp" --format csv`."""
    assert main(["tasks", "--db", str(db), "--org", "Bộ Tư pháp", "--format", "csv", "--as-of", "2025-06-01"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert list(rows[0]) == list(COLUMNS)
    notice = [r for r in rows if r["source"] == NOTICE_2024]
    assert [(r["instrument_id"], r["path"], r["assignee"], r["deadline"], r["status"]) for r in notice] == [
        ("TB:381/@2024", "5", "Bộ Tư pháp", "", "no deadline")]


def test_cli_xlsx_has_a_header_frozen_panes_and_real_dates(db, tmp_path, capsys):
    out = tmp_path / "tasks.xlsx"
    assert main(["tasks", "--db", str(db), "--format", "xlsx", "--out", str(out), "--as-of", "2025-06-01"]) == 0
    sheet = load_workbook(out).active
    assert [c.value for c in sheet[1]] == list(COLUMNS)
    assert sheet.freeze_panes == "A2"
    deadline = list(COLUMNS).index("deadline")
    dated = [row[deadline] for row in sheet.iter_rows(min_row=2) if row[deadline].value is not None]
    assert dated and all(c.is_date and c.number_format == "yyyy-mm-dd" for c in dated)
    assert sorted(c.value.date() for c in dated)[0] == dt.date(2021, 11, 15)
    task = sheet.cell(row=2, column=list(COLUMNS).index("task") + 1)
    assert task.alignment.wrap_text and sheet.max_row == 54  # the header and the 53 rows


def test_cli_table_wraps_each_task_whole_in_the_terminal(db, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "120")
    assert main(["tasks", "--db", str(db), "--org", "BCA"]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0].split() == ["instrument", "path", "task", "assignee", "role", "deadline", "status", "source"]
    assert max(map(len, lines)) <= 120
    words = iter(out.split())  # every word of the long task is there, in order
    assert all(word in words for word in follow_up(db, org="BCA")[0].task.split())


@pytest.mark.parametrize("argv, code, message", [
    (["--org", "xyz"], 2, "no Organization in the graph fits 'xyz'"),
    (["--format", "xlsx"], 2, "--format xlsx needs --out FILE.xlsx"),
])
def test_cli_errors_are_one_line_with_the_exit_code(db, capsys, argv, code, message):
    assert main(["tasks", "--db", str(db), *argv]) == code
    assert message in capsys.readouterr().err


def test_cli_rejects_a_date_that_is_not_iso(db, capsys):
    with pytest.raises(SystemExit) as exit:
        main(["tasks", "--db", str(db), "--as-of", "31/12/2025"])
    assert exit.value.code == 2 and "'31/12/2025' is not a date YYYY-MM-DD" in capsys.readouterr().err


def test_cli_names_a_missing_database(tmp_path, capsys):
    assert main(["tasks", "--db", str(tmp_path / "nowhere")]) == 1
    assert str(tmp_path / "nowhere") in capsys.readouterr().err


def test_cli_wide_table_is_one_line_per_row(db, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    assert main(["tasks", "--db", str(db), "--org", "BCA", "--wide"]) == 0
    lines = capsys.readouterr().out.splitlines()
    tasks = [f.task for f in follow_up(db, org="BCA")]
    assert len(lines) == 2 + len(tasks) and all(task in "\n".join(lines) for task in tasks)
