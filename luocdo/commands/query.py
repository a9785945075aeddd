"""`luocdo query`: Cypher or a named query on the embedded store, as a table, JSON or CSV."""
from __future__ import annotations

import json
import sys
import textwrap
from pathlib import Path

from luocdo.commands import EXIT_FAILURE, EXIT_OK, EXIT_USAGE
from luocdo.cypher_guard import allowed
from luocdo.tables import add_wide_option, render_csv, render_json, render_table

SUMMARY = "run Cypher or a named query (requires-implementation, cited-by, ...) on a built graph"
DESCRIPTION = """\
Run CYPHER, or the named query --name, on the database in --db and print the rows.

Named queries take parameters as people write them: an instrument as `Đề án 06`,
`18/CT-TTg`, `Chỉ thị 18/2023`, `chi thi 18` or its id; a body as `Bộ Công an`, `BCA` or
`bo tu phap`. A target that fits several instruments (`17/CT-TTg` of 2018 and of 2024) is
an error that lists them: add the year (`17/CT-TTg 2018`) or give the id. `--list` shows
every named query with its parameters.

For CYPHER, --param values that read as JSON (`2024`, `true`, `["a","b"]`) are passed as
such, anything else as text: --param year=2024 --param symbol=CT-TTg.

{only_read}
Anything that writes, loads or copies files, installs extensions, attaches databases,
checkpoints, starts transactions or sets options (CREATE, SET, COPY, LOAD FROM, INSTALL,
ATTACH, CHECKPOINT, CALL threads=1, a second statement after `;`, ...) is refused before
the database sees it, wherever it stands (also inside EXISTS {{ }} or after UNION). Words in
strings, comments, properties (n.copy) and backquoted names do not count; a variable or
alias that is one of the refused words must be backquoted (`set`).

--format table (default) aligns columns for people and fits the terminal: long cells wrap
within their column (ids are never broken), or with --wide each row is one line, nothing cut;
json prints an array of row objects keyed by the RETURN column names; csv has a header row.
Dates are YYYY-MM-DD; in csv, lists are JSON.

exit codes: 0 done (also when no row matches) · 1 the database is missing, damaged, not
luocdo's or failed (the message names the folder and the problem) · 2 usage: no query, an
unknown query or parameter, a target that is unknown or ambiguous, Cypher that is refused
(`refused: COPY writes files ...`) or that the database rejects as malformed (its parser's
message is shown)

examples:
  luocdo query --list
  luocdo query --db out/db --name requires-implementation --param target="Đề án 06"
  luocdo query --db out/db --name cited-by --param target=18/CT-TTg --param depth=2 --format json
  luocdo query --db out/db --name tasks-for --param org=BCA --param as_of=2025-06-01 --format csv
  luocdo query --db out/db "MATCH (i:Instrument) WHERE i.year = \\$year RETURN i.id, i.title" --param year=2024
  luocdo query --db out/db "CALL show_tables() RETURN name, type"
  luocdo query --db out/db "PROFILE MATCH (i:Instrument)-[:CITES]->(c) RETURN count(c)"   # the plan, timed""".format(
    only_read=textwrap.fill(f"Queries only read: CYPHER is one statement of {allowed()}.", 88))

PLAN_COLUMN = "explain result"  # what LadybugDB calls the one column of EXPLAIN and PROFILE


def register(parser) -> None:
    parser.add_argument("cypher", nargs="?", metavar="CYPHER", help="a Cypher statement (or use --name)")
    parser.add_argument("--db", type=Path, help="database folder written by `luocdo build`")
    parser.add_argument("--name", help="a named query; see --list")
    parser.add_argument("--param", action="append", default=[], metavar="KEY=VALUE",
                        help="a parameter (repeatable)")
    parser.add_argument("--format", choices=("table", "json", "csv"), default="table")
    parser.add_argument("--list", action="store_true", help="list the named queries and exit")
    add_wide_option(parser)


class UsageError(ValueError):
    """The command line itself is wrong."""


def parse_params(items: list[str]) -> dict[str, str]:
    """`key=value` pairs; the value may itself contain `=`."""
    params = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise UsageError(f"--param {item!r} is not KEY=VALUE")
        params[key.strip()] = value
    return params


def typed_value(text: str):
    """What raw Cypher gets for a --param: JSON values as such, other text unchanged."""
    try:
        return json.loads(text)
    except ValueError:
        return text


def describe_queries() -> str:
    """What --list prints: each named query, its parameters and an example."""
    from luocdo.queries import named_queries

    blocks = []
    for q in named_queries().values():
        lines = [q.name] + textwrap.wrap(q.description, 88, initial_indent="  ", subsequent_indent="  ")
        for p in q.params:
            default = f", default {p.default}" if p.default else ", required"
            lines += textwrap.wrap(f"--param {p.name}=...  ({p.kind}{default}) {p.description}", 88,
                                   initial_indent="    ", subsequent_indent="      ")
        lines += [f"  e.g. {example}" for example in q.examples]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def answer(args):
    """The rows the command line asks for; UsageError when it asks for nothing or too much."""
    from luocdo.queries.library import answer_cypher, answer_named

    if args.db is None:
        raise UsageError("--db DIR is needed (the folder `luocdo build` wrote)")
    if bool(args.cypher) == bool(args.name):
        raise UsageError("give either a Cypher statement or --name NAME (see --list)")
    params = parse_params(args.param)
    if args.name:
        return answer_named(args.db, args.name, params)
    return answer_cypher(args.db, args.cypher, {k: typed_value(v) for k, v in params.items()})


def run(args) -> int:
    from luocdo.graph.store import StoreError
    from luocdo.queries import QueryError, TargetError

    if args.list:
        print(describe_queries())
        return EXIT_OK
    try:
        result = answer(args)
    except (UsageError, TargetError) as exc:
        print(f"luocdo query: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except QueryError as exc:
        print(f"luocdo query: {exc}", file=sys.stderr)
        return EXIT_USAGE if exc.usage else EXIT_FAILURE
    except StoreError as exc:
        print(f"luocdo query: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    if args.format == "json":
        print(render_json(result.rows))
    elif args.format == "csv":
        render_csv(result.columns, result.rows, sys.stdout)
    elif result.columns == [PLAN_COLUMN]:  # EXPLAIN / PROFILE: the plan is drawn as text already
        print("\n".join(str(row[PLAN_COLUMN]) for row in result.rows))
    else:
        print(render_table(result.columns, result.rows, wide=args.wide))
        print(f"({len(result.rows)} row{'' if len(result.rows) == 1 else 's'})", file=sys.stderr)
    return EXIT_OK
