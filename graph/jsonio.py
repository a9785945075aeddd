"""The graph as JSON (what `build` keeps beside the database) and as GraphML.

The JSON is written in a fixed order (nodes by id, edges by ends and type, keys sorted) so that
the same graph always gives the same bytes: rebuilding unchanged inputs changes no file, and a
diff of two builds shows only what changed.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the store imports this module; a query from the shell does without networkx
    import networkx as nx

FORMAT = "luocdo-graph/1"


def graph_to_dict(g: nx.MultiDiGraph) -> dict:
    nodes = [{"id": n, **{k: v for k, v in attrs.items() if k != "id"}} for n, attrs in sorted(g.nodes(data=True))]
    edges = [{"source": u, "target": v, "key": k, **attrs}
             for u, v, k, attrs in sorted(g.edges(keys=True, data=True), key=lambda e: e[:3])]
    return {"format": FORMAT, "graph": {k: v for k, v in g.graph.items() if k != "format"},
            "nodes": nodes, "edges": edges}


def graph_from_dict(data: dict) -> nx.MultiDiGraph:
    import networkx as nx

    if data.get("format") != FORMAT:
        raise ValueError(f"not a {FORMAT} document (format: {data.get('format')!r})")
    g = nx.MultiDiGraph(format=FORMAT, **data.get("graph", {}))
    for node in data["nodes"]:
        g.add_node(node["id"], **node)
    for edge in data["edges"]:
        attrs = {k: v for k, v in edge.items() if k not in ("source", "target", "key")}
        g.add_edge(edge["source"], edge["target"], key=edge["key"], **attrs)
    return g


def dumps(g: nx.MultiDiGraph) -> str:
    return json.dumps(graph_to_dict(g), ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def write_json(g: nx.MultiDiGraph, path) -> None:
    """Write `g` to `path` as UTF-8 JSON (Vietnamese kept as is, not \\u-escaped)."""
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    Path(path).write_text(dumps(g), encoding="utf-8")


def read_json(path) -> nx.MultiDiGraph:
    """The graph `write_json` wrote, with the same nodes, edges, keys and attributes."""
    return graph_from_dict(json.loads(Path(path).read_text(encoding="utf-8")))


def _graphml_value(value):
    """GraphML has scalars only: lists and dicts become JSON text, None is left out."""
    return json.dumps(value, ensure_ascii=False) if isinstance(value, (list, dict)) else value


def write_graphml(g: nx.MultiDiGraph, path) -> None:
    """GraphML for Gephi, yEd or Cytoscape; list attributes (sources, evidence, aliases) as JSON text."""
    import networkx as nx

    flat = nx.MultiDiGraph(**{k: _graphml_value(v) for k, v in g.graph.items()})
    for n, attrs in sorted(g.nodes(data=True)):
        flat.add_node(n, **{k: _graphml_value(v) for k, v in attrs.items() if v is not None})
    for u, v, k, attrs in sorted(g.edges(keys=True, data=True), key=lambda e: e[:3]):
        flat.add_edge(u, v, key=k, **{a: _graphml_value(x) for a, x in attrs.items() if x is not None})
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    nx.write_graphml(flat, str(path), encoding="utf-8")
