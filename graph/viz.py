"""The graph as one HTML page that draws itself with vis-network, on a machine with no network.

The page is a single file so that it can be mailed, archived and opened from file://: the
vis-network script and stylesheet are inlined from the copy that the installed pyvis package
ships (no CDN, no Bootstrap, no web fonts), and the graph travels as JSON inside a
`<script type="application/json">` block. Text from documents is never read as HTML: the JSON
escapes `<`, `>`, `&`, U+2028 and U+2029, and the page's script builds labels, tooltips and the
legend with textContent. Colours, shapes and the legend come from graph/schema.py.

    >>> part = select(G, focus=["ĐA:6/@?"], depth=2)          # doctest: +SKIP
    >>> write_html(part, "out/de-an-06.html", title="Đề án 06")   # doctest: +SKIP
"""
from __future__ import annotations

import html
import json
import re
from functools import lru_cache
from importlib import resources
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Optional

from luocdo.graph.schema import NODE_BY_NAME, NODES, REL_BY_NAME, RELS, node_props, rel_props

if TYPE_CHECKING:  # every command's parser reads DEFAULT_MAX_NODES; networkx takes half a second
    import networkx as nx

# Past this a force layout takes minutes and the picture is a hairball; --focus is the way in.
DEFAULT_MAX_NODES = 2000
# Longest caption drawn under a node; the tooltip has the whole text.
MAX_CAPTION = 40
# Evidence sentences per tooltip; a body named in hundreds of documents would fill the screen.
MAX_EVIDENCE = 5
# Layout work bounded by graph size: enough for a few hundred nodes to settle, and a 2,000-node
# picture still stops moving in seconds rather than minutes.
MAX_ITERATIONS, MIN_ITERATIONS, ITERATION_BUDGET = 1000, 100, 200_000
# vis-network's "improved layout" (Kamada-Kawai seeding) costs O(n²); beyond this the plain
# random seeding plus physics is as good and much faster.
IMPROVED_LAYOUT_LIMIT = 300
ASSETS = Path(__file__).resolve().parent / "assets"
# vis-network shapes that draw their label inside: a white outline would blur it there.
LABEL_INSIDE = {"box", "ellipse", "circle", "database", "text"}
# The label a whole-graph picture opens on; the rest is revealed by expanding these.
OPENING_LABEL = "Instrument"
# Properties shown in every tooltip's heading or elsewhere, so not repeated as facts.
_NOT_FACTS = {"sources", "evidence", "display_name"}


class TooBig(ValueError):
    """A picture with more nodes than anyone can read; the message suggests --focus."""


def neighbourhood(G: nx.MultiDiGraph, focus: Iterable[str], depth: int) -> set[str]:
    """The nodes within `depth` steps of any `focus` node, whichever way the edges point:
    a notice's tasks (out) and what requires it (in) are both its neighbourhood."""
    import networkx as nx

    layers = nx.bfs_layers(G.to_undirected(as_view=True), list(focus))
    return set().union(*islice(layers, depth + 1))


def select(G: nx.MultiDiGraph, focus: Iterable[str] = (), depth: int = 1,
           labels: Optional[Iterable[str]] = None) -> nx.MultiDiGraph:
    """The part of `G` to draw: nodes of `labels` (all when None), then, with `focus`, only those
    within `depth` steps of it. The focus nodes stay whatever their label, and steps go through
    the kept labels only, so `labels=["Instrument"]` draws the citation web around a body."""
    focus = list(focus)
    keep = set(labels) if labels is not None else set(NODE_BY_NAME)
    nodes = [n for n, a in G.nodes(data=True) if a.get("label") in keep or n in focus]
    part = G.subgraph(nodes)
    if focus:
        part = part.subgraph(neighbourhood(part, focus, depth))
    return part.copy()


def check_size(G: nx.MultiDiGraph, max_nodes: int = DEFAULT_MAX_NODES) -> None:
    """Raise TooBig when `G` has more than `max_nodes` nodes."""
    if G.number_of_nodes() > max_nodes:
        raise TooBig(f"{G.number_of_nodes()} nodes is more than --max-nodes {max_nodes}: draw one "
                     f"instrument's neighbourhood with --focus TARGET --depth N, fewer labels with "
                     f"--types, or raise --max-nodes")


def shorten(text: str, limit: int = MAX_CAPTION) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def caption(node_id: str, attrs: dict) -> str:
    """What is drawn under a node: the instrument's display name, the body's or person's name,
    a task's ordinal and first words, a document's file name."""
    label = attrs.get("label")
    if label == "Task":
        ordinal = f"{attrs['ordinal']}. " if attrs.get("ordinal") else ""
        return shorten(ordinal + re.sub(r"^\d+\.\s*", "", attrs.get("text") or ""), 30)
    if label == "Document":
        return Path(attrs.get("path") or node_id).name
    return shorten(attrs.get("display_name") or attrs.get("name") or attrs.get("title") or node_id)


def fact_text(value) -> str:
    return "; ".join(map(str, value)) if isinstance(value, (list, tuple)) else str(value)


def facts(attrs: dict, props) -> list[list[str]]:
    """[name, text] for each property the schema declares and the item has, in schema order."""
    return [[p.name, fact_text(attrs[p.name])] for p in props
            if p.name not in _NOT_FACTS and attrs.get(p.name) not in (None, "", [])]


def evidence(attrs: dict) -> tuple[list[dict], int]:
    """The first evidence sentences with their files, and how many more there are."""
    items = [e for e in attrs.get("evidence") or [] if isinstance(e, dict) and e.get("sentence")]
    shown = [{"file": str(e.get("file") or ""), "sentence": str(e["sentence"])} for e in items[:MAX_EVIDENCE]]
    return shown, len(items) - len(shown)


def tooltip_fields(heading: str, attrs: dict, props) -> dict:
    """What the page turns into a tooltip element (as text, never as HTML)."""
    shown, more = evidence(attrs)
    return {"heading": heading, "facts": facts(attrs, props), "evidence": shown, "more_evidence": more}


def search_names(node_id: str, attrs: dict, text: str) -> list[str]:
    """Every name the search box matches a node by: its caption, names, title, aliases and id."""
    names = [text] + [attrs.get(k) for k in ("display_name", "name", "title", "symbol")]
    names += list(attrs.get("aliases") or []) + [node_id]
    return list(dict.fromkeys(str(n) for n in names if n))


def vis_node(node_id: str, attrs: dict, degree: int, shown: bool = True) -> dict:
    """A node; one that is not `shown` is drawn hidden, and the page reveals it when asked."""
    schema = NODE_BY_NAME[attrs["label"]]
    text = caption(node_id, attrs)
    full_name = attrs.get("display_name") or attrs.get("name") or attrs.get("title") or text
    inside = {"font": {"strokeWidth": 0, "color": "#ffffff"}} if schema.shape in LABEL_INSIDE else {}
    return {"id": node_id, "label": text, "group": schema.name, "color": schema.color,
            "shape": schema.shape, "value": degree, "hidden": not shown,
            "names": search_names(node_id, attrs, text), **inside,
            **tooltip_fields(f"{schema.name}: {full_name}", attrs, node_props(schema))}


def vis_edge(index: int, ends: tuple[str, str], key: str, attrs: dict, heading: str, parallel: int) -> dict:
    """An edge; the second and later edges between the same two nodes curve, so that CITES and
    REQUIRES_IMPLEMENTATION_OF between one pair do not draw on top of each other."""
    rel = REL_BY_NAME[key]
    smooth = {"enabled": True, "type": "curvedCW", "roundness": 0.2 * parallel} if parallel else False
    return {"id": f"e{index}", "from": ends[0], "to": ends[1], "label": key, "color": rel.color,
            "smooth": smooth, **tooltip_fields(heading, attrs, rel_props(rel))}


def vis_edges(G: nx.MultiDiGraph) -> list[dict]:
    names = {n: caption(n, a) for n, a in G.nodes(data=True)}
    seen: dict[frozenset, int] = {}
    out = []
    for index, (u, v, key, attrs) in enumerate(sorted(G.edges(keys=True, data=True), key=lambda e: e[:3])):
        pair = frozenset((u, v))
        heading = f"{key}: {names[u]} → {names[v]}"
        out.append(vis_edge(index, (u, v), key, attrs, heading, seen.get(pair, 0)))
        seen[pair] = seen.get(pair, 0) + 1
    return out


def legend(G: nx.MultiDiGraph) -> dict:
    """The labels and relationship types present in `G`, in schema order, with their styles."""
    nodes = [a["label"] for _, a in G.nodes(data=True)]
    rels = [k for _, _, k in G.edges(keys=True)]
    return {
        "nodes": [{"name": n.name, "color": n.color, "shape": n.shape, "count": nodes.count(n.name)}
                  for n in NODES if n.name in nodes],
        "edges": [{"name": r.name, "color": r.color, "count": rels.count(r.name)} for r in RELS if r.name in rels],
    }


def iterations(n_nodes: int) -> int:
    """Stabilisation iterations for a graph of `n_nodes`: fewer as each one costs more."""
    return max(MIN_ITERATIONS, min(MAX_ITERATIONS, ITERATION_BUDGET // max(n_nodes, 1)))


def vis_options(n_nodes: int) -> dict:
    """vis-network options: a bounded force layout that the page switches off once settled."""
    return {
        "layout": {"randomSeed": 7, "improvedLayout": n_nodes <= IMPROVED_LAYOUT_LIMIT},
        "physics": {
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -110, "springLength": 140, "avoidOverlap": 0.6},
            "stabilization": {"enabled": True, "iterations": iterations(n_nodes), "updateInterval": 25},
        },
        "nodes": {"font": {"size": 16, "face": "Noto Sans, DejaVu Sans, Arial, sans-serif",
                           "strokeWidth": 3, "strokeColor": "#ffffff"},
                  "scaling": {"min": 10, "max": 32, "label": {"enabled": False}}},
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.5}}, "width": 1.2,
                  "font": {"size": 10, "color": "#555555", "strokeWidth": 2, "align": "middle"},
                  "selectionWidth": 2},
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": n_nodes > IMPROVED_LAYOUT_LIMIT},
        # vis-network re-applies a node's group style when the page shows or hides it; without
        # these it would be vis's own palette.
        "groups": {n.name: {"color": n.color, "shape": n.shape} for n in NODES},
    }


def opening_view(G: nx.MultiDiGraph, focus: Iterable[str] = ()) -> set[str]:
    """The nodes shown when the page opens. Around a focus, all of them (the selection is already
    bounded by --depth); the whole graph opens on its instruments and the citations between them,
    and tasks, bodies, people, meetings and documents wait until their instrument is expanded."""
    instruments = {n for n, a in G.nodes(data=True) if a.get("label") == OPENING_LABEL}
    if focus or not instruments:
        return set(G)
    return instruments


def page_data(G: nx.MultiDiGraph, title: str, focus: Iterable[str] = ()) -> dict:
    """Everything the page draws: nodes, edges, legend, options, title and the focus to highlight."""
    degree = dict(G.degree())
    focus = [n for n in focus if n in G]
    shown = opening_view(G, focus)
    return {
        "title": title,
        "focus": focus,
        "nodes": [vis_node(n, a, degree[n], n in shown) for n, a in sorted(G.nodes(data=True))],
        "edges": vis_edges(G),
        "legend": legend(G),
        "options": vis_options(G.number_of_nodes()),
    }


_SCRIPT_UNSAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026",
                                "\u2028": "\\u2028", "\u2029": "\\u2029"})


def script_json(value) -> str:
    """JSON that is safe inside a <script> element: no `</script>`, no `<!--`, no line separators
    that older parsers end a string at. The escapes are inside JSON strings, so it parses the same."""
    return json.dumps(value, ensure_ascii=False, default=str).translate(_SCRIPT_UNSAFE)


def inline_script(js: str) -> str:
    """Script text that cannot end its <script> element early; `<\\/` means `</` in every JS context."""
    return re.sub(r"</(script)", r"<\\/\1", js, flags=re.IGNORECASE)


@lru_cache(maxsize=1)
def vis_assets() -> tuple[str, str]:
    """vis-network's standalone script and stylesheet, from the newest copy the pyvis package
    ships (read at run time, so the repository carries no copy of the library)."""
    lib = resources.files("pyvis") / "templates" / "lib"
    found = sorted((d for d in lib.iterdir() if d.name.startswith("vis-") and (d / "vis-network.min.js").is_file()),
                   key=lambda d: tuple(int(x) for x in re.findall(r"\d+", d.name)))
    if not found:
        raise RuntimeError(f"pyvis ships no vis-network under {lib}; reinstall pyvis>=0.3.2")
    css = (found[-1] / "vis-network.css").read_text(encoding="utf-8")
    if "</style" in css.lower():
        raise RuntimeError("vis-network.css contains `</style`; it cannot be inlined as it is")
    return (found[-1] / "vis-network.min.js").read_text(encoding="utf-8"), css


def render_html(G: nx.MultiDiGraph, title: str = "luocdo", focus: Iterable[str] = ()) -> str:
    """The self-contained page for `G` (draw `select(G, ...)` for a part of it), with the `focus`
    nodes highlighted."""
    vis_js, vis_css = vis_assets()
    parts = {
        "title": html.escape(title),
        "vis_css": vis_css,
        "vis_js": inline_script(vis_js),
        "data": script_json(page_data(G, title, focus)),
        "app_js": inline_script((ASSETS / "viz.js").read_text(encoding="utf-8")),
    }
    template = (ASSETS / "viz.html").read_text(encoding="utf-8")
    # One pass, so that text put in for one marker is never searched for another.
    return re.sub(r"\{\{(\w+)\}\}", lambda m: parts[m.group(1)], template)


def write_html(G: nx.MultiDiGraph, path, title: str = "luocdo", focus: Iterable[str] = ()) -> Path:
    """Write the page for `G` to `path` (UTF-8) and return the path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_html(G, title, focus), encoding="utf-8")
    return path
