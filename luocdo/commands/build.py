"""`luocdo build`: documents in, a knowledge graph database out."""
from __future__ import annotations

import signal
import sys
import textwrap
from pathlib import Path

from luocdo.commands import EXIT_FAILURE, EXIT_OK, EXIT_PARTIAL, EXIT_USAGE

SUMMARY = "build the knowledge graph database from files and folders"
DESCRIPTION = """\
Read every PATH (files, and folders recursively: there, only .txt .md .html .htm .pdf .docx
and files without an ending, hidden ones left out; a file named explicitly is always read;
broken links, link loops and links to folders are listed as skipped, not followed),
extract each document, resolve instruments, bodies and people across documents, and write the
graph to --db: a LadybugDB database (graph.lbug) for Cypher, exports and pictures, meta.json
with the conflicts and ambiguous citations that `luocdo check` lists, and a cache of
extractions so that the next build re-extracts only new or changed files (compressed JSON,
about 30% of the input). With --json the whole graph is also kept as graph.json, the file
networkx and other tools read directly (`luocdo export --format json` writes it on demand).

The previous database is replaced in one step once the new one is complete: a failed or
interrupted build (Ctrl-C, SIGTERM, kill -9) leaves it as it was, and its workers end with it;
a staging folder (.DB.building-PID) left by a killed build is removed by the next one. A worker
that dies (out of memory, a crash) is replaced and its document tried again; a document that
kills its worker twice is skipped with that reason. A corrupt cache entry is extracted again,
with a warning.

A summary in words goes to stderr at the end: documents read (extracted, from the cache, read
again after a worker died), those skipped with the reason, the instruments, bodies, people,
meetings and tasks found (with and without a deadline), relationships by type, and how many
warnings, conflicting facts and ambiguous citations `luocdo check` lists. The first 20
warnings (a date that is no date, a guessed encoding, a cut news page), each naming its file,
come before it. --quiet prints only what was skipped.

Each document has a budget: one that takes more than --time-limit seconds of CPU time
(default 120) is skipped by name, and so is a DOCX, PDF or HTML file that would expand past
the caps in README.md ("Limits"): zip bombs, decompression bombs, huge pages.

exit codes: 0 every document read · 3 built, but some documents skipped (listed) ·
2 a PATH does not exist or bad options · 1 failure (nothing readable, the database could not
be written, or interrupted; the previous one is kept)

examples:
  luocdo build examples --db out/db
  luocdo build notices/ news/2025/ extra.pdf --db out/db --quiet
  luocdo build corpus/ --db out/db --jobs 4
  luocdo build corpus/ --db out/db --time-limit 30   # skip any document that needs more CPU
  luocdo build examples --db out/db --json      # and out/db/graph.json for networkx"""


def register(parser) -> None:
    parser.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="files or folders")
    parser.add_argument("--db", required=True, type=Path, help="database folder to write (replaced)")
    parser.add_argument("--jobs", type=_positive_int, metavar="N",
                        help="extract in N processes (default: one per core; 1 = in this process)")
    parser.add_argument("--quiet", action="store_true", help="no progress bar and no summary")
    parser.add_argument("--json", action="store_true",
                        help="also keep the whole graph as DIR/graph.json (large: about the database's size)")
    add_time_limit(parser)


def add_time_limit(parser) -> None:
    """--time-limit, for every command that extracts documents."""
    from luocdo.budget import DEFAULT_TIME_LIMIT, TIME_LIMIT_ENV

    parser.add_argument("--time-limit", type=_seconds, metavar="SECONDS",
                        help=f"skip a document that takes more than SECONDS of CPU time to read and extract "
                             f"(default {DEFAULT_TIME_LIMIT:g}, or ${TIME_LIMIT_ENV}; 0 = no limit)")


def apply_time_limit(args) -> None:
    """Hand --time-limit to extract_file through the environment, which worker processes inherit."""
    import os

    from luocdo.budget import TIME_LIMIT_ENV

    if args.time_limit is not None:
        os.environ[TIME_LIMIT_ENV] = str(args.time_limit)


def _seconds(text: str) -> float:
    import argparse

    try:
        seconds = float(text)
    except ValueError:
        seconds = -1.0
    if not seconds >= 0 or seconds == float("inf"):
        raise argparse.ArgumentTypeError(f"expected a number of seconds, 0 or more, not {text!r}")
    return seconds


def _positive_int(text: str) -> int:
    """argparse type for --jobs, so that 0 or -1 is a usage error (exit 2) rather than a crash."""
    import argparse

    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of processes, 1 or more, not {text!r}")
    return int(text)


def _progress(quiet: bool):
    """A tqdm bar on stderr, only for a person watching a terminal."""
    if quiet or not sys.stderr.isatty():
        return iter
    from tqdm import tqdm

    return lambda files: tqdm(files, desc="extracting", unit="doc", file=sys.stderr)


# Node labels in the summary's words, in its order: (one, many).
_FOUND = {"Instrument": ("instrument", "instruments"), "Organization": ("body", "bodies"),
          "Person": ("person", "people"), "Meeting": ("meeting", "meetings"), "Task": ("task", "tasks")}
# Warnings printed one by one before the summary; the rest are counted (`luocdo check` lists all).
WARNINGS_SHOWN = 20


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def summary(report, db) -> str:
    """What the build did, in sentences a reader needs no manual for."""
    how = [f"{report.read - report.cached} extracted", f"{report.cached} from the cache"]
    if report.retried:
        how.append(f"{report.retried} read again after their worker died")
    lines = [f"Read {_count(report.read, 'document', 'documents')} in {report.seconds:.1f} s ({', '.join(how)})."]
    copies = report.read - len(report.documents)
    if copies:
        lines.append(f"{_count(copies, 'file is a byte-identical copy', 'files are byte-identical copies')} "
                     "of another, read as one document.")
    if report.skipped:  # one greppable line each, as --quiet prints them
        lines.append(f"Skipped {_count(len(report.skipped), 'document', 'documents')}:")
        lines += skipped_lines(report.skipped)
    found = [_count(report.nodes.get(label, 0), *words) for label, words in _FOUND.items()]
    tasks = report.nodes.get("Task", 0)
    if tasks:
        found[-1] += f" ({report.tasks_with_deadline} with a deadline, {tasks - report.tasks_with_deadline} without)"
    lines.append(f"Found {_and(found)}.")
    if report.edges:
        lines.append(textwrap.fill("Relationships: " + ", ".join(f"{rel} {n}" for rel, n in report.edges.items())
                                   + ".", width=100, subsequent_indent="  "))
    facts = []
    if report.warnings:
        facts.append(_count(len(report.warnings), "warning", "warnings"))
    if report.conflicts:
        facts.append(_count(report.conflicts, "conflicting fact", "conflicting facts"))
    if report.ambiguities:
        facts.append(_count(report.ambiguities, "ambiguous citation", "ambiguous citations"))
    if facts:
        listed = _and(facts)
        lines.append(f"{listed[0].upper()}{listed[1:]}: `luocdo check --db {db}` lists them.")
    lines.append(f"Wrote {db} (the search index took in {_count(report.indexed, 'new or changed document', 'new or changed documents')}).")
    return "\n".join(lines)


def skipped_lines(skipped) -> list[str]:
    return [f"skipped {s.path}: {s.reason}" for s in skipped]


def print_warnings(warnings: list[str], db) -> None:
    """The first WARNINGS_SHOWN warnings, each on a line naming its file; a corpus has thousands."""
    for warning in warnings[:WARNINGS_SHOWN]:
        print(f"luocdo build: warning: {warning}", file=sys.stderr)
    if len(warnings) > WARNINGS_SHOWN:
        print(f"luocdo build: {len(warnings) - WARNINGS_SHOWN} more warnings: `luocdo check --db {db}` lists "
              "them all", file=sys.stderr)


def _terminated(signum, frame):
    """SIGTERM ends a build as Ctrl-C does: workers killed, staging folder removed."""
    raise KeyboardInterrupt(signal.Signals(signum).name)


def run(args) -> int:
    from luocdo.graph.kg import NOT_FOUND, BuildError, build_database, input_files
    from luocdo.graph.store import StoreError

    files, passed_over = input_files(args.paths)
    missing = [s for s in passed_over if s.reason == NOT_FOUND]
    if missing:
        for s in missing:
            print(f"luocdo build: {s.path}: {s.reason}", file=sys.stderr)
        return EXIT_USAGE
    apply_time_limit(args)
    previous = signal.signal(signal.SIGTERM, _terminated)
    try:
        report = build_database(files, args.db, _progress(args.quiet), args.jobs, write_json=args.json)
    except (BuildError, StoreError, OSError, RuntimeError) as exc:
        print(f"luocdo build: {exc}; {args.db} is unchanged", file=sys.stderr)
        return EXIT_FAILURE
    except KeyboardInterrupt as exc:
        print(f"luocdo build: interrupted{f' ({exc})' if str(exc) else ''}; {args.db} is unchanged", file=sys.stderr)
        return EXIT_FAILURE
    finally:
        signal.signal(signal.SIGTERM, previous)
    report.skipped = passed_over + report.skipped
    if not args.quiet:
        print_warnings(report.warnings, args.db)
        print(summary(report, args.db), file=sys.stderr)
    elif report.skipped:
        print("\n".join(skipped_lines(report.skipped)), file=sys.stderr)
    return EXIT_PARTIAL if report.skipped else EXIT_OK
