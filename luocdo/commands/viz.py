"""`luocdo viz`: the graph, or the neighbourhood of one instrument, body or person, as one HTML
page that works offline."""
from __future__ import annotations

import sys
from pathlib import Path

from luocdo.commands import EXIT_FAILURE, EXIT_OK, EXIT_USAGE

SUMMARY = "draw the graph, or one instrument's neighbourhood, as an HTML page that works offline"
DESCRIPTION = """\
Write the graph stored in --db as one HTML file that opens in any browser from disk, with no
network: vis-network is inlined, nothing is fetched. Colours and shapes follow the schema,
with a legend; hover a node or an edge for its facts and the sentences that state it, with
their source files. The layout settles and then stays still; drag nodes to tidy it.

The page is an explorer. The whole graph opens on its instruments and the citations between
them; click a node to show or hide its neighbours (tasks, bodies, people, meetings, documents).
The search box finds a node by name, with or without diacritics (`bo tu phap`), and centres on
it; a legend entry hides or shows that label or relationship type; shift-click two nodes (or
two search results) for the shortest path between them. The --focus node is drawn with a thick
dark border.

--focus draws the neighbourhood of one instrument, body or person, named as in `luocdo query`
(`Đề án 06`, `18/CT-TTg`, `chi thi 18`, `17/CT-TTg 2018`, `Bộ Tư pháp`, `BCA`, or an id):
everything within --depth steps of it, whichever way the edges point. --types keeps only
nodes of the given labels (the focus itself always stays). A picture of more than
--max-nodes nodes is refused: nobody can read it, and the layout would take minutes.

exit codes: 0 written · 1 the database is missing or unreadable · 2 usage: a focus that is
unknown or ambiguous (the candidates are listed), an unknown label, or a picture over
--max-nodes

examples:
  luocdo viz --db out/db --out out/luocdo.html
  luocdo viz --db out/db --out out/de-an-06.html --focus "Đề án 06" --depth 2
  luocdo viz --db out/db --out out/bo-tu-phap.html --focus "Bộ Tư pháp" --types Organization,Task,Instrument
  luocdo viz --db out/db --out out/citations.html --types Instrument"""

FOCUS_LABELS = ("Instrument", "Organization", "Person")


def register(parser) -> None:
    from luocdo.graph.viz import DEFAULT_MAX_NODES

    parser.add_argument("--db", required=True, type=Path, help="database folder written by `luocdo build`")
    parser.add_argument("--out", required=True, type=Path, help="the HTML file to write")
    parser.add_argument("--focus", metavar="TARGET", help="an instrument, body or person to centre on")
    parser.add_argument("--depth", type=int, default=2, metavar="N",
                        help="steps from --focus to include (default: %(default)s)")
    parser.add_argument("--types", metavar="LABELS",
                        help="comma list of node labels to keep, e.g. Instrument,Task,Organization")
    parser.add_argument("--max-nodes", type=int, default=DEFAULT_MAX_NODES, metavar="N",
                        help="refuse a picture with more nodes (default: %(default)s)")
    parser.add_argument("--title", help="the page's title (default: what is drawn)")


class UsageError(ValueError):
    """The command line asks for something that cannot be drawn."""


def parse_types(text: str | None) -> list[str] | None:
    """Schema labels from a comma list, in any letter case; UsageError naming the known ones."""
    from luocdo.graph.schema import NODE_BY_NAME

    if text is None:
        return None
    by_folded = {name.lower(): name for name in NODE_BY_NAME}
    wanted = [t.strip() for t in text.split(",") if t.strip()]
    unknown = [t for t in wanted if t.lower() not in by_folded]
    if unknown or not wanted:
        raise UsageError(f"--types {text!r}: unknown label {', '.join(unknown) or '(none given)'}; "
                         f"labels: {', '.join(NODE_BY_NAME)}")
    return [by_folded[t.lower()] for t in wanted]


def _named_exactly(attrs: dict, text: str) -> bool:
    from luocdo.normalize import fold, squash_spaces

    names = [attrs.get(k) for k in ("name", "title", "display_name")] + list(attrs.get("aliases") or [])
    return fold(squash_spaces(text)) in {fold(squash_spaces(n)) for n in names if n}


def resolve_focus(G, text: str) -> str:
    """The one instrument, body or person `text` names. A name that fits one node in several
    labels goes to the node it names exactly (`Thủ tướng Chính phủ` is the body, though a
    notice's title contains it); otherwise the targets' AmbiguousTarget or UnknownTarget."""
    from luocdo.queries.targets import AmbiguousTarget, UnknownTarget, describe, resolve_target

    found, errors = [], []
    for label in FOCUS_LABELS:
        try:
            found += resolve_target(G, text, label)
        except (AmbiguousTarget, UnknownTarget) as exc:
            errors.append(exc)
    exact = [n for n in found if _named_exactly(G.nodes[n], text)]
    if len(found) == 1 or len(exact) == 1:
        return (exact or found)[0]
    candidates = found + [n for e in errors if isinstance(e, AmbiguousTarget) for n in e.candidates]
    if candidates:
        lines = "\n".join(f"  {describe(G, n)}" for n in candidates)
        raise AmbiguousTarget(f"{text!r} fits several nodes; give more of the name, or the id:\n{lines}",
                              candidates)
    hints = [line for e in errors for line in str(e).splitlines()[1:]]
    raise UnknownTarget(f"no instrument, body or person in the graph fits {text!r}"
                        + ("; did you mean:\n" + "\n".join(dict.fromkeys(hints)) if hints else ""))


def picture(G, args):
    """The subgraph, the title and the focus nodes the command line asks for."""
    from luocdo.graph.viz import check_size, select

    if args.depth < 0:
        raise UsageError("--depth must be 0 or more")
    labels = parse_types(args.types)
    focus = [resolve_focus(G, args.focus)] if args.focus else []
    part = select(G, focus, args.depth, labels)
    check_size(part, args.max_nodes)
    title = args.title or _default_title(G, focus, args.depth, labels)
    return part, title, focus


def _default_title(G, focus: list[str], depth: int, labels) -> str:
    from luocdo.graph.viz import caption

    what = f"around {caption(focus[0], G.nodes[focus[0]])} (depth {depth})" if focus else "the graph"
    return f"luocdo: {what}" + (f" ({', '.join(labels)})" if labels else "")


def run(args) -> int:
    from luocdo.graph.store import StoreError, load_graph
    from luocdo.graph.viz import TooBig, write_html
    from luocdo.queries.targets import TargetError

    try:
        G = load_graph(args.db)
        part, title, focus = picture(G, args)
    except StoreError as exc:
        print(f"luocdo viz: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    except (UsageError, TargetError, TooBig) as exc:
        print(f"luocdo viz: {exc}", file=sys.stderr)
        return EXIT_USAGE
    write_html(part, args.out, title, focus)
    print(f"wrote {args.out} ({part.number_of_nodes()} nodes, {part.number_of_edges()} edges); "
          f"open it in a browser, no network needed", file=sys.stderr)
    return EXIT_OK
