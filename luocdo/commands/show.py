"""`luocdo show`: one instrument or one loaded document on one screen (luocdo.queries.show gathers it)."""
from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from luocdo.commands import EXIT_OK, read_store
from luocdo.tables import add_wide_option, plain, render_table

SUMMARY = "show one instrument or document: issuer, signer, recipients, citations, tasks"
DESCRIPTION = """\
Show TARGET, an instrument as people name it (`Đề án 06`, `18/CT-TTg`, `chi thi 18`, an id;
resolved as `luocdo query` resolves targets), or FILE, a loaded document by its path or file
name: its type, number, date, title, issuer, signer and capacity, recipients (Nơi nhận), what
it cites, requires and approves, what cites, requires and approves it, the meeting it
concludes, the documents that describe it and its task table with assignees and deadlines. A
FILE shows the document and every instrument it describes.

--format text (default) is for people; json is one object (a document's has `instruments`).

exit codes: 0 shown · 1 the database is missing or damaged · 2 a target or file that names
nothing, or several things (the candidates are listed)

examples:
  luocdo show --db out/db "Đề án 06"
  luocdo show --db out/db 205/TB-VPCP --format json
  luocdo show --db out/db examples/001_2e663b31c79c2c39.txt"""

# What the text screen lists under each relation of the `instrument` query, in this order.
RELATIONS = ("issued by", "signed by", "sent to", "concludes", "meeting chaired by", "cites", "cited by",
             "requires", "required by", "approves", "approved by", "described by")


def register(parser) -> None:
    parser.add_argument("target", metavar="TARGET|FILE", help="an instrument as people name it, or a document's file")
    parser.add_argument("--db", required=True, type=Path, help="database folder written by `luocdo build`")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    add_wide_option(parser)


def _fact_line(fact, own_date) -> str:
    """The other node, its id and what goes with it; the instrument's own date is not repeated."""
    date = fact.date.isoformat() if fact.date and fact.date != own_date else ""
    return "  ".join(p for p in (fact.name or "", f"[{fact.id}]", date, fact.detail or "") if p)


def render_instrument(summary, wide: bool = False) -> str:

    number = "/".join(p for p in (summary.number, summary.symbol) if p)
    lines = [f"{summary.display_name or summary.id}  [{summary.id}]"]
    for label, value in (("type", summary.type), ("number", number),
                         ("date", summary.date.isoformat() if summary.date else None), ("title", summary.title)):
        lines.append(f"  {label:<20}{value or '—'}")
    for relation in RELATIONS:
        facts = summary.facts.get(relation, [])
        if len(facts) == 1:
            lines.append(f"  {relation:<20}{_fact_line(facts[0], summary.date)}")
        elif facts:
            lines.append(f"  {relation} ({len(facts)}):")
            lines += [f"    - {_fact_line(f, summary.date)}" for f in facts]
    if summary.tasks:
        rows = [{"path": t.path or t.ordinal, "task": t.text, "deadline": t.deadline, "assignees": "; ".join(t.assignees),
                 "task_id": t.id} for t in summary.tasks]
        lines += ["", f"  tasks ({len(rows)}):", render_table(["path", "task", "deadline", "assignees", "task_id"], rows, wide=wide)]
    else:
        lines.append(f"  {'tasks':<20}none")
    return "\n".join(lines)


def render_document(summary, wide: bool = False) -> str:
    head = [f"document {summary.path}  [{summary.id}]",
            f"  {'kind':<20}{summary.kind or '—'}", f"  {'title':<20}{summary.title or '—'}",
            f"  {'date':<20}{summary.date.isoformat() if summary.date else '—'}",
            f"  {'describes':<20}{len(summary.instruments)} instrument(s)"]
    return "\n\n".join(["\n".join(head)] + [render_instrument(i, wide) for i in summary.instruments])


def run(args) -> int:
    from luocdo.queries.show import DocumentSummary, show

    summary, code = read_store("show", lambda: show(args.db, args.target))
    if summary is None:
        return code
    if args.format == "json":
        print(json.dumps(plain(dataclasses.asdict(summary)), ensure_ascii=False, indent=2))
    else:
        render = render_document if isinstance(summary, DocumentSummary) else render_instrument
        print(render(summary, args.wide))
    return EXIT_OK
