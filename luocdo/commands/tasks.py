"""`luocdo tasks`: the follow-up table, one row per task and assignee, for people and spreadsheets."""
from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import sys
from contextlib import nullcontext
from pathlib import Path

from luocdo.commands import EXIT_FAILURE, EXIT_OK, EXIT_USAGE, read_store
from luocdo.tables import add_wide_option, render_csv, render_table

SUMMARY = "the follow-up table: every task and assignee with deadline and status (table, csv, xlsx)"
DESCRIPTION = """\
List the tasks of the database in --db, one row per task and body it falls to: the instrument
that sets it, the task's ordinal path (`II.3.b`: the ordinals of the items holding it, as
ordinals restart in each section), its full text, the assignee and role (lead: chủ trì,
support: phối hợp), the deadline, the status, whom it reports to, the source file and the
sentence that states it.

The status is counted as of --as-of (default today): `overdue` when the deadline is before that
day, `due` when it is that day or later, `no deadline` when the task has none.

--org keeps the tasks of one body and its sub-bodies (`Bộ Tài chính` takes in `Tổng cục Thuế`),
named as people write it: `Bộ Công an`, `BCA`, `bo tu phap`. --due-before keeps the tasks whose
deadline is before that day (tasks without one are left out).

--format table (default) fits the terminal, wrapping long text (--wide: one line per row) and
leaving out whom a task reports to, the evidence sentence and the ids; csv and xlsx have
every column. csv goes to
stdout unless --out; xlsx needs --out (a header row, frozen panes, dates as dates, wrapped
text). Rows are sorted by deadline (none last), instrument and place in the document.

exit codes: 0 done (also when no task matches) · 1 the database is missing or damaged ·
2 usage: a date that is not YYYY-MM-DD, xlsx without --out, a body that is unknown or ambiguous

examples:
  luocdo tasks --db out/db --org "Bộ Tư pháp" --format csv
  luocdo tasks --db out/db --org BCA --as-of 2025-06-01
  luocdo tasks --db out/db --due-before 2025-01-01 --as-of 2024-11-01
  luocdo tasks --db out/db --format xlsx --out out/tasks.xlsx"""

# What the table shows; csv and xlsx show every field of FollowUp.
TABLE_COLUMNS = ("instrument", "path", "task", "assignee", "role", "deadline", "status", "source")


def iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date YYYY-MM-DD") from None


def register(parser) -> None:
    parser.add_argument("--db", required=True, type=Path, help="database folder written by `luocdo build`")
    parser.add_argument("--org", metavar="BODY", help="only this body's tasks and its sub-bodies'")
    parser.add_argument("--due-before", type=iso_date, metavar="DATE", help="only tasks due before DATE (YYYY-MM-DD)")
    parser.add_argument("--as-of", type=iso_date, metavar="DATE", help="the day statuses count from (default today)")
    parser.add_argument("--format", choices=("table", "csv", "xlsx"), default="table")
    parser.add_argument("--out", type=Path, metavar="FILE", help="write to FILE instead of stdout (needed for xlsx)")
    add_wide_option(parser)


def run(args) -> int:
    from luocdo.queries.followup import COLUMNS, follow_up

    if args.format == "xlsx" and args.out is None:
        print("luocdo tasks: --format xlsx needs --out FILE.xlsx", file=sys.stderr)
        return EXIT_USAGE
    found, code = read_store("tasks", lambda: follow_up(args.db, org=args.org, due_before=args.due_before,
                                                        as_of=args.as_of))
    if found is None:
        return code
    rows = [dataclasses.asdict(f) for f in found]
    try:
        if args.format == "xlsx":
            from luocdo.tables import write_xlsx

            write_xlsx(list(COLUMNS), rows, args.out, sheet="tasks")
        else:
            with (open(args.out, "w", encoding="utf-8", newline="") if args.out else nullcontext(sys.stdout)) as out:
                if args.format == "csv":
                    render_csv(list(COLUMNS), rows, out)
                else:
                    print(render_table(list(TABLE_COLUMNS), rows, wide=args.wide), file=out)
    except BrokenPipeError:
        raise  # `luocdo tasks | head`: the cli's own guard ends quietly
    except OSError as exc:
        print(f"luocdo tasks: cannot write {args.out}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_FAILURE
    print(f"({len(rows)} row{'' if len(rows) == 1 else 's'})", file=sys.stderr)
    return EXIT_OK

