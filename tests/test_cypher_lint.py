"""Every Cypher statement luocdo sends or writes, and every named query, passes Neo4j's own
parser and linter (tools/cypher-lint); and the linter does fail on broken Cypher.

Needs `npm ci --prefix tools/cypher-lint` once; without it these tests fail and say so.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from luocdo import lint
from luocdo.graph import neo4j_export as nx4
from luocdo.graph.neo4j_push import push_plan
from test_neo4j_export import sample_graph
from test_neo4j_push import SERVER_QUERIES

QUERIES = Path(__file__).resolve().parent.parent / "queries"
ROWS = {"rows": []}


def named_queries() -> list[Path]:
    """Every .cypher file under queries/, except LadybugDB's dialect in queries/ladybug/."""
    return sorted(p for p in QUERIES.rglob("*.cypher") if "ladybug" not in p.relative_to(QUERIES).parts[:1])


# Node takes seconds to load Neo4j's analyser, so each group is linted in one call.
def must_pass() -> dict[str, str]:
    """Every text that must lint clean, by name: what push sends, the script, the queries."""
    texts = {f"push statement {i}": s for i, s in enumerate(nx4.all_statements())}
    texts.update({f"push plan {i}": s for i, s in enumerate(sorted({s for s, _ in push_plan(sample_graph())}))})
    texts["exported script"] = nx4.cypher_script(sample_graph(), size=2)
    texts["map keys outside patterns are the query's own"] = (
        "MATCH (n:Instrument) RETURN {shown: n.display_name, kind: 'x'} AS m")
    texts.update({f"server test query {i}": q for i, q in enumerate(SERVER_QUERIES)})
    texts.update({f"query {p.relative_to(QUERIES)}": p.read_text(encoding="utf-8") for p in named_queries()})
    return texts


MUST_PASS = must_pass()

BROKEN = {
    "MATCH (n:Instrument) RETRN n": "Invalid input 'RETRN'",
    "MATCH (n:Instrument RETURN n": "Invalid input",
    "RETURN 'unterminated": "string literal",
    "MATCH (n:Instrument) RETURN m": "Variable `m` not defined",
    "RETURN dat('2024-01-01')": "Function dat is not present",
    "UNWIND $row AS row RETURN row": "Parameter $row is not defined",
    "MERGE (n:Instrumnt {id: 'x'})": "Label Instrumnt is not declared",
    "MATCH (a)-[:CITEZ]->(b) RETURN a": "Relationship type CITEZ is not declared",
    "MATCH (n:Instrument) RETURN n.titel": "Property key titel is not declared",
    "MERGE (n:Task {identifier: 'x'})": "Property key identifier is not declared",
    "MERGE (n:Task {id: 'x'});\nMERGE (n:Task {id: 'it's'});": "Invalid input",  # a bad escape in a script
}


@pytest.fixture(scope="module")
def pass_failures() -> dict[str, list[str]]:
    """name -> failing diagnostics. Parameters: $rows, and those the named queries use."""
    texts = list(MUST_PASS.values())
    parameters = {**ROWS, **{name: None for t in texts for name in re.findall(r"\$(\w+)", t)}}
    found = [d for d in lint.lint_cypher(texts, parameters) if d.fails]
    return {name: [d.describe(texts) for d in found if d.statement == i]
            for i, name in enumerate(MUST_PASS)}


@pytest.fixture(scope="module")
def broken_diagnostics() -> dict[str, list[lint.Diagnostic]]:
    statements = list(BROKEN)
    found = lint.lint_cypher(statements, ROWS)
    return {s: [d for d in found if d.statement == i] for i, s in enumerate(statements)}


@pytest.mark.parametrize("name", MUST_PASS)
def test_passes_neo4j_linter(name, pass_failures):
    assert pass_failures[name] == []


def test_named_queries_are_looked_for_under_queries():
    if not named_queries():
        pytest.skip(f"no .cypher files under {QUERIES} yet: nothing to lint")
    assert all(f"query {p.relative_to(QUERIES)}" in MUST_PASS for p in named_queries())


@pytest.mark.parametrize("statement", BROKEN)
def test_the_linter_fails_broken_cypher(statement, broken_diagnostics):
    found = broken_diagnostics[statement]
    assert any(d.fails and BROKEN[statement] in d.message for d in found), found


def test_diagnostics_point_into_their_statement():
    statements = ["RETURN 1", "MATCH (n:Instrument)\nRETRN n"]
    [d] = [d for d in lint.lint_cypher(statements) if d.fails]
    assert (d.statement, d.line, d.column) == (1, 2, 1)
    assert statements[1][d.start:d.end] == "RETRN"


def test_missing_node_modules_says_how_to_install(monkeypatch, tmp_path):
    monkeypatch.setattr(lint, "LINTER_DIR", tmp_path)
    with pytest.raises(lint.LintSetupError, match=r"npm ci --prefix tools/cypher-lint"):
        lint.lint_cypher(["RETURN 1"])
