"""`luocdo push`: what it sends (exactly), how it connects, and what it says when it cannot.

No Neo4j server can be installed where these tests run, so the driver is exercised for real
against a closed local port (a real connection refusal), the statements are checked by Neo4j's
linter in test_cypher_lint.py, and the tests that push and query run only when NEO4J_URI names
a server.
"""
from __future__ import annotations

import argparse
import datetime as dt
import importlib
import os
import socket
import sys
import types

import pytest

from luocdo.cli import main
from luocdo.commands import EXIT_FAILURE, EXIT_OK, EXIT_USAGE
from luocdo.commands.push import connection_from
from luocdo.graph import neo4j_export as nx4
from luocdo.graph.neo4j_push import Connection, PushError, push_graph, push_plan
from test_neo4j_export import sample_graph

NEO4J_ENV = ("NEO4J_URI", "NEO4J_USERNAME", "NEO4J_PASSWORD")

# What the server tests run besides push; test_cypher_lint checks these too.
CLEAN_UP = "UNWIND $ids AS id MATCH (n {id: id}) DETACH DELETE n"
COUNT = "UNWIND $ids AS id MATCH (n {id: id}) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n), count(r)"
NAMED_QUERY = ("MATCH (t:Task)-[:REQUIRES_IMPLEMENTATION_OF]->(i:Instrument {id: $target}) "
               "RETURN t.text AS text, t.deadline AS deadline, t.evidence AS evidence")
SERVER_QUERIES = (CLEAN_UP, COUNT, NAMED_QUERY)


@pytest.fixture
def closed_uri() -> str:
    """A bolt URI on a local port that nothing listens on: connecting is refused at once."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"bolt://127.0.0.1:{port}"


@pytest.fixture
def stored_sample(monkeypatch):
    """`load_graph` returns sample_graph(), whatever the store's file format (graph/store.py
    belongs to the build; this is the push command's side of that contract)."""
    try:
        store = importlib.import_module("luocdo.graph.store")
    except ModuleNotFoundError:
        store = types.ModuleType("luocdo.graph.store")
        store.StoreError = type("StoreError", (Exception,), {})
        monkeypatch.setitem(sys.modules, "luocdo.graph.store", store)
    monkeypatch.setattr(store, "load_graph", lambda db: sample_graph(), raising=False)


@pytest.fixture
def no_neo4j_env(monkeypatch):
    for name in NEO4J_ENV:
        monkeypatch.delenv(name, raising=False)


# --- what is sent -----------------------------------------------------------------------------

def test_plan_is_constraints_then_batches_with_their_rows():
    g = sample_graph()
    plan = push_plan(g, batch_size=1000)
    assert plan[:len(nx4.CONSTRAINTS)] == [(c, {}) for c in nx4.CONSTRAINTS]
    batches = plan[len(nx4.CONSTRAINTS):]
    assert batches == [(b.statement, {"rows": b.rows}) for b in nx4.merge_batches(g, 1000)]
    assert batches[1] == (nx4.NODE_MERGES["Instrument"], {"rows": nx4.node_rows(g)["Instrument"]})
    sent_ids = [row["id"] for _, p in batches for row in p["rows"] if "id" in row]
    assert sorted(sent_ids) == sorted(g.nodes)
    assert sum(len(p["rows"]) for _, p in batches) == g.number_of_nodes() + g.number_of_edges()


def test_plan_sends_dates_as_dates_and_evidence_as_json():
    rows = dict(push_plan(sample_graph()))[nx4.NODE_MERGES["Task"]]["rows"]
    assert rows[0]["props"]["deadline"] == dt.date(2024, 12, 31)
    assert isinstance(rows[0]["props"]["evidence"], str)


# --- connection settings ----------------------------------------------------------------------

def args(**given):
    return argparse.Namespace(**{"uri": None, "user": None, "password": None, "database": None, **given})


def test_connection_from_environment_and_options():
    env = {"NEO4J_URI": "neo4j://env:7687", "NEO4J_USERNAME": "u", "NEO4J_PASSWORD": "p"}
    assert connection_from(args(), env) == Connection("neo4j://env:7687", "u", "p", None)
    assert connection_from(args(uri="bolt://opt:1", password="", database="luocdo"), env) == \
        Connection("bolt://opt:1", "u", "", "luocdo")
    assert connection_from(args(), {}) is None


def test_auth_only_with_a_password():
    assert Connection("bolt://x").auth() is None
    assert Connection("bolt://x", password="s").auth() == ("neo4j", "s")


# --- failures, against the real driver --------------------------------------------------------

def test_unreachable_server_is_named(closed_uri):
    with pytest.raises(PushError, match=f"cannot reach Neo4j at {closed_uri}"):
        push_graph(sample_graph(), Connection(closed_uri, password="x"))


def test_malformed_uri_is_named():
    with pytest.raises(PushError, match="cannot use Neo4j URI 'localhost:7687'"):
        push_graph(sample_graph(), Connection("localhost:7687"))


def test_graph_that_breaks_the_schema_fails_before_connecting(closed_uri):
    g = sample_graph()
    g.add_node("x", label="Nothing")
    with pytest.raises(nx4.SchemaMismatch):
        push_graph(g, Connection(closed_uri))


def test_cli_unreachable_server_exits_1(closed_uri, stored_sample, no_neo4j_env, capsys):
    assert main(["push", "--db", "out/db", "--uri", closed_uri, "--password", "x"]) == EXIT_FAILURE
    err = capsys.readouterr().err
    assert err.startswith(f"luocdo push: cannot reach Neo4j at {closed_uri}")
    assert "Connection refused" in err


def test_cli_reads_the_uri_from_the_environment(closed_uri, stored_sample, monkeypatch, capsys):
    monkeypatch.setenv("NEO4J_URI", closed_uri)
    assert main(["push", "--db", "out/db"]) == EXIT_FAILURE
    assert closed_uri in capsys.readouterr().err


def test_cli_without_a_server_is_a_usage_error(stored_sample, no_neo4j_env, capsys):
    assert main(["push", "--db", "out/db"]) == EXIT_USAGE
    assert "pass --uri or set NEO4J_URI" in capsys.readouterr().err


def test_cli_rejects_a_zero_batch_size(closed_uri, stored_sample, capsys):
    assert main(["push", "--db", "out/db", "--uri", closed_uri, "--batch-size", "0"]) == EXIT_USAGE


def test_help_has_an_example(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["push", "--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    assert "luocdo push --db out/db" in out and "NEO4J_PASSWORD" in out


# --- against a real server, when there is one -------------------------------------------------

needs_server = pytest.mark.skipif(
    not os.environ.get("NEO4J_URI"),
    reason="NEO4J_URI is not set: no Neo4j server to push to (none can be installed on these "
           "machines); the statements are still checked by the Neo4j linter in test_cypher_lint.py")


@pytest.fixture
def server():
    """The server in NEO4J_*; the sample graph's nodes are removed after the test."""
    import neo4j

    env = {name: os.environ.get(name) for name in NEO4J_ENV}
    connection = Connection(env["NEO4J_URI"], env["NEO4J_USERNAME"], env["NEO4J_PASSWORD"],
                            os.environ.get("NEO4J_DATABASE"))
    with neo4j.GraphDatabase.driver(connection.uri, auth=connection.auth()) as driver:
        yield connection, driver
        driver.execute_query(CLEAN_UP, {"ids": list(sample_graph().nodes)}, database_=connection.database)


def sample_counts(driver, database) -> tuple[int, int]:
    records, _, _ = driver.execute_query(
        COUNT, {"ids": list(sample_graph().nodes)}, database_=database)
    return tuple(records[0].values())


@pytest.mark.neo4j
@needs_server
def test_push_twice_changes_nothing(server):
    connection, driver = server
    g = sample_graph()
    first = push_graph(g, connection, batch_size=2)
    counts = sample_counts(driver, connection.database)
    second = push_graph(g, connection, batch_size=2)
    assert counts == (g.number_of_nodes(), g.number_of_edges())
    assert sample_counts(driver, connection.database) == counts
    assert first["nodes_created"] == g.number_of_nodes()
    assert second["nodes_created"] == second["relationships_created"] == 0


@pytest.mark.neo4j
@needs_server
def test_pushed_graph_answers_a_named_query(server):
    import neo4j.time

    connection, driver = server
    push_graph(sample_graph(), connection)
    records, _, _ = driver.execute_query(
        NAMED_QUERY, {"target": "ĐA:de-an-06"}, database_=connection.database)
    [record] = records
    assert record["text"] == sample_graph().nodes["task:001#1"]["text"]
    assert record["deadline"] == neo4j.time.Date(2024, 12, 31)
    assert record["evidence"] == nx4.node_rows(sample_graph())["Task"][0]["props"]["evidence"]
