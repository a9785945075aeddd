"""`luocdo export`: write a built graph in another format."""
from __future__ import annotations

import importlib
import sys
from pathlib import Path

from luocdo.commands import EXIT_FAILURE, EXIT_OK, EXIT_USAGE

SUMMARY = "write the graph as JSON, GraphML, Cypher, Neo4j CSV, Turtle or JSON-LD"
DESCRIPTION = """\
Write the graph stored in --db to --out in another format.

formats:
  json       the graph as nodes and edges (what `build` keeps beside the database)
  graphml    for Gephi, yEd, Cytoscape
  cypher     a script for cypher-shell or Neo4j Browser (constraints, then MERGE statements)
  neo4j-csv  a folder of header+data CSV files for `neo4j-admin database import full`
  ttl        RDF Turtle with the ELI vocabulary (rdflib)
  jsonld     RDF JSON-LD with the ELI vocabulary

examples:
  luocdo export --db out/db --format ttl --out out/graph.ttl
  luocdo export --db out/db --format neo4j-csv --out out/neo4j-import/"""

# format -> "module:function"; each function takes (networkx graph, output path).
EXPORTERS = {
    "json": "luocdo.graph.jsonio:write_json",
    "graphml": "luocdo.graph.jsonio:write_graphml",
    "cypher": "luocdo.graph.neo4j_export:write_cypher_script",
    "neo4j-csv": "luocdo.graph.neo4j_export:write_neo4j_csv",
    "ttl": "luocdo.graph.rdf:write_turtle",
    "jsonld": "luocdo.graph.rdf:write_jsonld",
}


def register(parser) -> None:
    parser.add_argument("--db", required=True, type=Path, help="database folder written by `luocdo build`")
    parser.add_argument("--format", required=True, choices=sorted(EXPORTERS))
    parser.add_argument("--out", required=True, type=Path, help="output file (a folder for neo4j-csv)")


def exporter(fmt: str):
    module, _, func = EXPORTERS[fmt].partition(":")
    return getattr(importlib.import_module(module), func)


def run(args) -> int:
    from luocdo.graph.store import StoreError, load_graph

    if args.format not in EXPORTERS:
        print(f"luocdo export: unknown format {args.format!r}", file=sys.stderr)
        return EXIT_USAGE
    try:
        graph = load_graph(args.db)
    except StoreError as exc:
        print(f"luocdo export: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    exporter(args.format)(graph, args.out)
    print(f"wrote {args.out} ({args.format}: {graph.number_of_nodes()} nodes, "
          f"{graph.number_of_edges()} edges)", file=sys.stderr)
    return EXIT_OK
