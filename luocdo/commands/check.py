"""`luocdo check`: facts that documents disagree on, and citations that fit several instruments."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from luocdo.commands import EXIT_CONFLICTS, EXIT_FAILURE, EXIT_OK

SUMMARY = "list conflicting facts (two dates, two issuers) and ambiguous citations in a database"
DESCRIPTION = """\
Resolution never overwrites a fact silently: when documents give one instrument (or meeting)
two dates or two issuers, both values are kept with the documents that state them, and the
graph keeps the value a full text states over a report's. This command lists them, and the
short citations (`Chỉ thị 18`) left unmerged because they fit several instruments.

exit codes: 0 no conflicts · 4 conflicts found (listed on stdout; a script can stop on it) ·
1 the database cannot be read. Ambiguous citations are listed but do not change the code.

examples:
  luocdo check --db out/db
  luocdo check --db out/db --format json | jq '.conflicts[].entity'"""



def register(parser) -> None:
    parser.add_argument("--db", required=True, type=Path, help="database folder written by `luocdo build`")
    parser.add_argument("--format", choices=("text", "json"), default="text")


def run(args) -> int:
    from luocdo.graph.store import StoreError, graph_attributes
    from luocdo.resolve import Ambiguity, Conflict

    try:
        meta = graph_attributes(args.db)
    except StoreError as exc:
        print(f"luocdo check: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    conflicts = [Conflict.from_dict(c) for c in meta.get("conflicts", [])]
    ambiguities = [Ambiguity(a["surface"], a["source"], tuple(a["candidates"])) for a in meta.get("ambiguities", [])]
    warnings = meta.get("warnings", [])
    if args.format == "json":
        print(json.dumps({"conflicts": [c.as_dict() for c in conflicts],
                          "ambiguities": [a.as_dict() for a in ambiguities], "warnings": warnings},
                         ensure_ascii=False, indent=2))
    else:
        for c in conflicts:
            print(f"conflict: {c.describe()}")
        for a in ambiguities:
            print(f"ambiguous: {a.describe()}")
        for w in warnings:
            print(f"warning: {w}")
        print(f"{len(conflicts)} conflicts, {len(ambiguities)} ambiguous citations, {len(warnings)} warnings from "
              "the documents", file=sys.stderr)
    return EXIT_CONFLICTS if conflicts else EXIT_OK
