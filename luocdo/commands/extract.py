"""`luocdo extract`: what each document says, as JSON for programs or a table for people."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from luocdo.commands import EXIT_FAILURE, EXIT_OK, EXIT_PARTIAL
from luocdo.commands.build import add_time_limit, apply_time_limit

SUMMARY = "extract instruments, bodies, people, meetings, tasks and relations from documents"
DESCRIPTION = """\
Read each FILE (.txt, .md, .html, .pdf, .docx; any common encoding) and print what it says:
its subject (the instrument it is, or the one a news report is about), the instruments it
cites, the relations between them (CITES, REQUIRES_IMPLEMENTATION_OF, APPROVES, ISSUED_BY,
SIGNED_BY, CONCLUDES, SENT_TO), organisations, persons with positions, the meeting it
concludes and its tasks with assignees and deadlines. Every item carries its evidence:
file, character span in the source and sentence.

--format json prints one JSON object per file, one per line (indented with --pretty or on a
terminal); the format is described in README.md. --format table prints a summary for people.

Encodings: UTF-8, UTF-16, Windows-1258, and the legacy font encodings TCVN3 (ABC, .VnTime)
and VNI (VNI-Times), detected by how Vietnamese the text reads; a file with UTF-8 lines and
legacy lines is read line by line ("mixed encodings: N lines of windows-1258"). A file that
reads as Vietnamese in no encoding is refused.

A file that cannot be read (binary, no letters, not Vietnamese in any encoding, ...) is
reported on stderr with the reason; the other files are still processed and the exit code is
3 (1 when no file could be read). Warnings name the file: a guessed encoding, an impossible or
out-of-range date (31/02/2025, 15/08/99999), an over-long document number, a news page whose
long tail after the article was left out. A file that takes more than --time-limit seconds of
CPU time (default 120), or a DOCX, PDF or HTML file that would expand past the caps in
README.md ("Limits"), is skipped in the same way.

examples:
  luocdo extract examples/001_2e663b31c79c2c39.txt --format table
  luocdo extract examples/*.txt --format json > extractions.jsonl
  luocdo extract notice.pdf --format json --pretty"""


def register(parser) -> None:
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE")
    parser.add_argument("--format", choices=("json", "table"), default="table",
                        help="json for programs, table for people (default)")
    parser.add_argument("--pretty", action="store_true", default=None, help="indent the JSON")
    add_time_limit(parser)


def run(args) -> int:
    from luocdo.extract import extract
    from luocdo.budget import TimeLimitExceeded, time_budget, time_limit
    from luocdo.loaders import LoadError, load
    from luocdo.output import extraction_to_json

    pretty = sys.stdout.isatty() if args.pretty is None else args.pretty
    apply_time_limit(args)
    failed = 0
    for path in args.files:
        try:
            with time_budget(time_limit()):
                extraction = extract(load(path))
                record = extraction_to_json(extraction)
        except LoadError as exc:
            print(f"luocdo extract: {exc}", file=sys.stderr)
            failed += 1
            continue
        except TimeLimitExceeded as exc:
            print(f"luocdo extract: {path}: {exc.reason}", file=sys.stderr)
            failed += 1
            continue
        for warning in extraction.warnings:
            print(f"luocdo extract: warning: {warning}", file=sys.stderr)
        if args.format == "json":
            print(json.dumps(record, ensure_ascii=False, indent=2 if pretty else None))
        else:
            print(render_table(record))
        sys.stdout.flush()
    if failed == len(args.files):
        return EXIT_FAILURE
    return EXIT_PARTIAL if failed else EXIT_OK


def render_table(record: dict) -> str:
    """A plain-text summary of one extraction, for reading in a terminal."""
    lines = [f"== {record['file']}  ({record['document']['kind']})"]
    subject = record["subject"]
    if subject:
        lines.append(f"subject   {_label(subject)}  [{subject['role']}]"
                     + (f"  issued by {subject['issuer']}" if subject.get("issuer") else ""))
        if subject.get("name"):
            lines.append(f"          {subject['name'][:110]}")
    lines.append("")
    lines.append("cites")
    required = {r["target"] for r in record["relations"] if r["type"] == "REQUIRES_IMPLEMENTATION_OF"}
    for inst in record["instruments"]:
        mark = "requires" if inst["id"] in required else ""
        lines.append(f"  {_label(inst):<28} {inst.get('date') or '':<10}  {mark:<8}  {(inst.get('name') or '')[:60]}")
    persons = {p["id"]: p for p in record["persons"]}
    if record["persons"]:
        lines.append("")
        lines.append("persons")
        for p in record["persons"]:
            lines.append(f"  {p['name']:<24} {'; '.join(p['positions'])[:90]}")
    for m in record["meetings"][:1]:
        chair = persons.get(m["chair"], {}).get("name", "") if m["chair"] else ""
        lines += ["", f"meeting   {m['name'][:100]}", f"          date {m['date'] or '?'}  chair {chair or '?'}"
                  + (f"  period {m['period']}" if m["period"] else "")]
    if record["tasks"]:
        lines += ["", "tasks"]
        for t in record["tasks"]:
            who = ", ".join(a["name"] + (f" ({a['role']})" if a["role"] else "") for a in t["assignees"])
            lines.append(f"  {t['ordinal'] or '-':>3}  {t['text'][:90]}")
            lines.append(f"       → {who or '?'}" + (f"   due {t['deadline']}" if t["deadline"] else ""))
    if record["signature"]:
        sig = record["signature"]
        table = "  [from the page's table]" if sig.get("source") == "metadata" else ""
        lines += ["", f"signed    {sig['signer_name'] or '?'}  ({' / '.join(sig['capacity'])}){table}"]
    return "\n".join(lines) + "\n"


def _label(inst: dict) -> str:
    if inst.get("number") and inst.get("symbol"):
        return f"{inst['type']} {inst['number']}/{inst['symbol']} ({inst.get('year') or '?'})"
    if inst.get("number"):
        return f"{inst['type']} {inst['number']} ({inst.get('year') or '?'})"
    return f"{inst['type']} «{(inst.get('name') or '')[:40]}»"
