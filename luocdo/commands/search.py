"""`luocdo search`: where words appear in what the documents and their tasks say."""
from __future__ import annotations

import sys
from pathlib import Path

from luocdo.commands import EXIT_FAILURE, EXIT_OK, EXIT_USAGE
from luocdo.tables import add_wide_option

SUMMARY = "full-text search over the documents and tasks, with or without diacritics"
DESCRIPTION = """\
Find the documents and tasks whose text holds every one of WORDS, best first (bm25), each with
a snippet of the original text where the words occur together (marked **so**), its file and the
instrument it belongs to: what a document is the full text of or reports on, the instrument
that sets a task. Words match with or without diacritics (`chong buon lau` finds `chống buôn
lậu`, `dao` finds `đạo`), and in any letter case. Everything that is not a letter or a digit
separates words, so quotes, `*`, `-`, `:` and parentheses are never search syntax.

The index (DIR/search.sqlite) is written by `luocdo build`, which takes in only new or changed
documents; a database built before search existed must be built again.

exit codes: 0 done (also when nothing matches) · 1 the database is missing, unreadable or has
no search index · 2 usage: no words to search for, or --limit below 1

examples:
  luocdo search --db out/db "chong buon lau"
  luocdo search --db out/db "Ban Chỉ đạo 389" --limit 5
  luocdo search --db out/db "de an 06" --format json"""

COLUMNS = ("kind", "instrument", "file", "snippet")


def register(parser) -> None:
    parser.add_argument("words", metavar="WORDS", help="the words to find, with or without diacritics")
    parser.add_argument("--db", required=True, type=Path, help="database folder written by `luocdo build`")
    parser.add_argument("--format", choices=("table", "json"), default="table")
    parser.add_argument("--limit", type=int, default=10, metavar="N", help="at most N hits (default: %(default)s)")
    add_wide_option(parser)


def hit_row(hit, names: dict[str, str]) -> dict:
    """One hit as the table and the JSON show it: instruments by the names people read
    (`TB 381 (2024)`), their ids in `instrument_ids`."""
    return {"kind": hit.kind, "instrument": ", ".join(names.get(i) or i for i in hit.instruments), "file": hit.file,
            "snippet": hit.snippet, "node": hit.node, "instrument_ids": list(hit.instruments),
            "score": round(hit.score, 6)}


def instrument_names(kg, hits) -> dict[str, str]:
    ids = sorted({i for h in hits for i in h.instruments if i})
    rows = kg.query("MATCH (i:Instrument) WHERE i.id IN $ids RETURN i.id AS id, i.display_name AS name", ids=ids)
    return {r["id"]: r["name"] for r in rows}


def run(args) -> int:
    from luocdo.tables import render_json, render_table
    from luocdo.graph.kg import KnowledgeGraph
    from luocdo.graph.search_index import query_words
    from luocdo.graph.store import StoreError

    if args.limit < 1:
        print(f"luocdo search: --limit must be 1 or more, not {args.limit}", file=sys.stderr)
        return EXIT_USAGE
    if not query_words(args.words):
        print(f"luocdo search: {args.words!r} holds no word to search for (letters or digits)", file=sys.stderr)
        return EXIT_USAGE
    try:
        kg = KnowledgeGraph.open(args.db)
        hits = kg.search(args.words, limit=args.limit)
        names = instrument_names(kg, hits)
    except StoreError as exc:
        print(f"luocdo search: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    rows = [hit_row(h, names) for h in hits]
    if args.format == "json":
        print(render_json(rows))
    else:
        print(render_table(list(COLUMNS), rows, wide=args.wide))
        print(f"({len(rows)} hit{'' if len(rows) == 1 else 's'})", file=sys.stderr)
    return EXIT_OK
