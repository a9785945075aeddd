"""`luocdo push`: send a built graph to a Neo4j server."""
from __future__ import annotations

import os
import sys
from pathlib import Path

from luocdo.commands import EXIT_FAILURE, EXIT_OK, EXIT_USAGE

SUMMARY = "send the graph to a Neo4j server (idempotent MERGE on ids)"
DESCRIPTION = """\
Push the graph stored in --db to Neo4j with the official driver: a uniqueness constraint on
`id` for every label first, then batched MERGEs of nodes and relationships. Pushing the same
graph twice changes nothing; pushing a rebuilt graph updates properties in place (it does not
delete nodes that the new build no longer has).

The connection comes from the options or, when an option is absent, from the environment:
NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD (prefer the variable to --password, which other
users of the machine can see in the process list). Without a password no auth is sent.

examples:
  NEO4J_URI=neo4j://localhost:7687 NEO4J_PASSWORD=secret luocdo push --db out/db
  luocdo push --db out/db --uri bolt://db.example:7687 --user neo4j --database luocdo

For a server you cannot reach from here, `luocdo export --format cypher` writes the same
statements as a script for cypher-shell."""


def register(parser) -> None:
    parser.add_argument("--db", required=True, type=Path, help="database folder written by `luocdo build`")
    parser.add_argument("--uri", help="bolt:// or neo4j:// URI (default: $NEO4J_URI)")
    parser.add_argument("--user", help="user name (default: $NEO4J_USERNAME, else neo4j)")
    parser.add_argument("--password", help="password (default: $NEO4J_PASSWORD)")
    parser.add_argument("--database", help="database name (default: the server's default database)")
    parser.add_argument("--batch-size", type=int, default=None, metavar="N",
                        help="rows per transaction (default: 1000)")


def connection_from(args, environ=os.environ):
    """The Connection the options and environment describe, or None when no URI is given."""
    from luocdo.graph.neo4j_push import Connection

    uri = args.uri or environ.get("NEO4J_URI")
    if not uri:
        return None
    return Connection(uri=uri, user=args.user or environ.get("NEO4J_USERNAME"),
                      password=args.password if args.password is not None else environ.get("NEO4J_PASSWORD"),
                      database=args.database)


def run(args) -> int:
    from luocdo.graph.neo4j_export import BATCH_SIZE, SchemaMismatch
    from luocdo.graph.neo4j_push import PushError, push_graph
    from luocdo.graph.store import StoreError, load_graph

    connection = connection_from(args)
    if connection is None:
        print("luocdo push: no Neo4j server given: pass --uri or set NEO4J_URI", file=sys.stderr)
        return EXIT_USAGE
    if args.batch_size is not None and args.batch_size < 1:
        print("luocdo push: --batch-size must be at least 1", file=sys.stderr)
        return EXIT_USAGE
    try:
        graph = load_graph(args.db)
        counters = push_graph(graph, connection, args.batch_size or BATCH_SIZE)
    except (StoreError, SchemaMismatch, PushError) as exc:
        print(f"luocdo push: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    print(f"pushed {graph.number_of_nodes()} nodes and {graph.number_of_edges()} edges to "
          f"{connection.uri}: " + ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in counters.items()),
          file=sys.stderr)
    return EXIT_OK
