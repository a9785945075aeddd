"""Send the graph to a Neo4j server with the official driver.

The statements and their rows come from luocdo.graph.neo4j_export (generated from the schema and
linted in the tests); this module only runs them: constraints first, then one transaction per
batch of MERGEs, each retried by the driver on transient errors.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import neo4j
from neo4j.exceptions import AuthError, ConfigurationError, Neo4jError, ServiceUnavailable

from luocdo.graph.neo4j_export import BATCH_SIZE, CONSTRAINTS, merge_batches

COUNTERS = ("nodes_created", "relationships_created", "properties_set", "constraints_added")


class PushError(RuntimeError):
    """The graph could not be pushed; the message names the server and the cause."""


@dataclass(frozen=True)
class Connection:
    uri: str
    user: str | None = None
    password: str | None = None
    database: str | None = None  # None: the server's default database

    def auth(self):
        """Basic auth when a password is given; none for a server with auth disabled."""
        return (self.user or "neo4j", self.password) if self.password is not None else None


def push_plan(graph, batch_size: int = BATCH_SIZE) -> list[tuple[str, dict]]:
    """Every (statement, parameters) that push_graph sends, in order: constraints, then node
    and relationship batches. Built before connecting, so a graph that breaks the schema
    fails before anything is written."""
    return [*((statement, {}) for statement in CONSTRAINTS),
            *((b.statement, {"rows": b.rows}) for b in merge_batches(graph, batch_size))]


def run_plan(driver, database: str | None, plan: list[tuple[str, dict]]) -> Counter:
    """Run each statement in its own transaction; the summed update counters, for the report."""
    totals: Counter = Counter()
    for statement, parameters in plan:
        summary = driver.execute_query(statement, parameters, database_=database).summary
        totals.update({name: getattr(summary.counters, name) for name in COUNTERS})
    return totals


def push_graph(graph, connection: Connection, batch_size: int = BATCH_SIZE) -> Counter:
    """Push `graph`, MERGEing on ids so that pushing it again changes nothing.

    Returns the server's counters (nodes_created, relationships_created, properties_set,
    constraints_added); raises PushError naming the URI when the URI is malformed, the server
    cannot be reached, refuses the credentials or rejects a statement."""
    plan = push_plan(graph, batch_size)
    try:
        driver = neo4j.GraphDatabase.driver(connection.uri, auth=connection.auth())
    except (ConfigurationError, ValueError, ImportError) as exc:
        raise PushError(f"cannot use Neo4j URI {connection.uri!r}: {exc}") from exc
    try:
        with driver:
            driver.verify_connectivity()
            return run_plan(driver, connection.database, plan)
    except AuthError as exc:
        raise PushError(f"Neo4j at {connection.uri} refused the credentials of user "
                        f"{connection.user or 'neo4j'!r}: {exc.message}") from exc
    except ServiceUnavailable as exc:
        raise PushError(f"cannot reach Neo4j at {connection.uri}: {exc}") from exc
    except Neo4jError as exc:
        raise PushError(f"Neo4j at {connection.uri} rejected a statement: {exc.message}") from exc
