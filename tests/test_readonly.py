"""Queries only read: the guard refuses what writes, loads, copies, installs or attaches, lets
every query people actually write through, and a refused query leaves the store answering."""
from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from luocdo.cli import main
from luocdo.commands import query as query_command
from luocdo.cypher_guard import RefusedQuery, check_read_only, rules, tokens
from luocdo.graph import store
from luocdo.graph.kg import KnowledgeGraph
from luocdo.queries import QueryUsageError, named_queries

ROOT = Path(__file__).resolve().parents[1]

# (query, the word or phrase the refusal names)
HOSTILE = [
    ("CHECKPOINT", "CHECKPOINT writes the database file"),
    ("checkpoint;", "CHECKPOINT"),
    ("COPY (MATCH (n) RETURN n.id) TO '{out}'", "COPY writes files"),
    ("copy (match (n) return n.id) to '{out}'", "COPY writes files"),
    ("LOAD FROM '/etc/passwd' RETURN *", "LOAD reads files"),
    ("LOAD WITH HEADERS (a STRING) FROM '/etc/passwd' RETURN *", "LOAD reads files"),
    ("MATCH (n) WHERE EXISTS { LOAD FROM '/etc/passwd' RETURN * } RETURN n.id", "LOAD reads files"),
    ("MATCH (n) RETURN COUNT { LOAD FROM '{secret}' RETURN * } AS x", "LOAD reads files"),
    ("MATCH (n) RETURN n.id UNION COPY Instrument FROM '{secret}'", "COPY writes files"),
    ("MATCH (n) RETURN n.id AS id UNION ALL LOAD FROM '{secret}' RETURN *", "LOAD reads files"),
    ("INSTALL httpfs", "INSTALL downloads extensions"),
    ("LOAD EXTENSION httpfs", "LOAD"),
    ("FORCE INSTALL json", "FORCE"),
    ("UPDATE httpfs", "UPDATE"),
    ("ATTACH '{secret}' AS other (dbtype lbug)", "ATTACH opens other databases"),
    ("USE other", "USE switches"),
    ("EXPORT DATABASE '{out}'", "EXPORT writes"),
    ("IMPORT DATABASE '{secret}'", "IMPORT reads"),
    ("BEGIN TRANSACTION", "BEGIN starts a transaction"),
    ("CREATE NODE TABLE X(id STRING, PRIMARY KEY(id))", "CREATE writes"),
    ("DROP TABLE Instrument", "DROP changes the schema"),
    ("ALTER TABLE Instrument ADD x STRING", "ALTER changes the schema"),
    ("ANALYZE", "ANALYZE writes table statistics"),
    ("MATCH (n:Instrument) SET n.title = 'x'", "SET writes the graph"),
    ("MATCH (n:Instrument) DETACH DELETE n", "DETACH"),
    ("MATCH (n) MERGE (m:Person {id: 'x'})", "MERGE writes the graph"),
    ("MATCH (n) RETURN n; CHECKPOINT", "CHECKPOINT"),
    ("MATCH (n) RETURN n.id; MATCH (m) RETURN m.id", "`;` starts a second statement"),
    ("RETURN 1 /* a comment */ ; RETURN 2", "`;` starts a second statement"),
    ("MATCH (n) // a comment\nSET n.title = 'x'", "SET writes the graph"),
    ("MATCH (n) // comment ends at a carriage return\rSET n.title = 'x'", "SET writes the graph"),
    ("MATCH (n) RETURN 'a' AS a\u00a0UNION\u2003COPY x FROM 'y'", "COPY writes files"),
    ("MATCH (n)\u3000COPY\u180e(MATCH (m) RETURN m) TO 'x'", "COPY"),
    ("MATCH (n) RETURN 'it\\'s' AS a, n SET n.x = 1", "SET writes the graph"),
    ('MATCH (n) RETURN "a \\" b" AS a SET n.x = 1', "SET writes the graph"),
    ("MATCH (n) RETURN `odd``name` AS a SET n.x = 1", "SET writes the graph"),
    ("MATCH (n) RETURN 'unterminated", "a string is not closed"),
    ("MATCH (n) RETURN `unterminated", "a backquoted name is not closed"),
    ("MATCH (n) /* LOAD FROM", "a comment is not closed"),
    ("CALL threads=1", "CALL threads is not one of the read-only functions"),
    ("CALL read_csv('/etc/passwd') RETURN *", "CALL read_csv"),
    ("MATCH (n) CALL read_parquet('{secret}') RETURN *", "CALL read_parquet"),
    ("CALL show_tables", "CALL show_tables is not"),
    ("CALL project_graph('g', ['Instrument'], ['CITES'])", "CALL project_graph"),
    ("CALL { MATCH (n) RETURN n }", "CALL { is not"),
    ("RETURN nextval('seq')", "NEXTVAL advances a sequence"),
    ("EXPLAIN CHECKPOINT", "CHECKPOINT writes the database file"),
    ("PROFILE COPY Task TO 'x.csv'", "COPY writes files"),
    ("EXPLAIN EXPLAIN MATCH (n) RETURN n", "EXPLAIN does not start a query"),
    ("EXPLAIN", "EXPLAIN does not start a query"),
    ("   ", "the query is empty"),
    ("// only a comment", "the query is empty"),
]

READING = [
    "MATCH (n:Instrument) RETURN n.copy, n.`load` AS `set`",
    "MATCH (n:Instrument) WHERE n.title CONTAINS 'COPY' OR n.title = \"LOAD FROM '/etc/passwd'\" RETURN n.id",
    "MATCH (n) RETURN n.id // COPY x TO 'y'",
    "MATCH (n) /* CHECKPOINT; INSTALL httpfs */ RETURN count(n)",
    "MATCH (n:Instrument) WHERE n.year = $set RETURN n.id",
    "OPTIONAL MATCH (n:Instrument) WITH n ORDER BY n.id SKIP 1 LIMIT 2 RETURN n.id UNION MATCH (m:Person) RETURN m.id",
    "UNWIND [1, 2] AS x RETURN x;",
    "match (n) return count(n)",
    "CALL show_tables() RETURN *",
    "CALL table_info('Instrument') RETURN name",
    "MATCH (n) WHERE EXISTS { MATCH (n)-[:CITES]->() } RETURN n.id",
    "EXPLAIN MATCH (n:Instrument) RETURN n.id",
    "profile MATCH (n:Instrument)-[:CITES]->(m) RETURN count(m)",
]


def aimed(cypher: str, out, secret) -> str:
    """A HOSTILE query aimed at the test's own files."""
    return cypher.replace("{out}", str(out)).replace("{secret}", str(secret))


@pytest.mark.parametrize("cypher, says", HOSTILE)
def test_hostile_cypher_is_refused_naming_what_it_would_do(cypher, says):
    with pytest.raises(RefusedQuery) as refused:
        check_read_only(aimed(cypher, "/tmp/x.csv", "/tmp/secret.csv"))
    message = str(refused.value)
    assert message.startswith("refused: ") and says in message
    assert "queries only read (allowed: MATCH, OPTIONAL MATCH, WHERE, WITH, UNWIND, RETURN" in message


@pytest.mark.parametrize("cypher", READING)
def test_reading_cypher_passes(cypher):
    check_read_only(cypher)


def test_a_refused_query_is_refused_every_time_though_passed_ones_are_remembered():
    hostile = "MATCH (n) DETACH DELETE n"
    for _ in range(3):
        with pytest.raises(RefusedQuery):
            check_read_only(hostile)
    check_read_only(READING[0])
    assert check_read_only.cache_info().currsize >= 1


def test_strings_names_and_comments_hide_their_words_from_the_check():
    found = tokens("MATCH (n) WHERE n.a = 'COPY' /* LOAD */ RETURN `SET` // INSTALL")
    assert [t.text for t in found if t.kind == "word"] == ["MATCH", "n", "WHERE", "n", "a", "RETURN"]


@pytest.mark.parametrize("dialect", ["ladybug"])
def test_every_named_query_passes_the_guard(dialect):
    queries = named_queries(dialect)
    assert len(queries) >= 6
    for query in queries.values():
        check_read_only(query.cypher)


def documented_cypher() -> list[str]:
    """The Cypher in the examples of the README, docs/queries.md, `luocdo query --help` and the notebook."""
    texts = [(ROOT / "README.md").read_text(encoding="utf-8"), (ROOT / "docs" / "queries.md").read_text(encoding="utf-8"),
             query_command.DESCRIPTION]
    for notebook in (ROOT / "notebooks").glob("*.ipynb"):
        cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
        texts += ["".join(c["source"]) for c in cells if c["cell_type"] == "code"]
    literal = re.compile(r'("""|")\s*(?P<cypher>(?:MATCH|OPTIONAL MATCH|UNWIND|WITH|RETURN|CALL) .*?)\1', re.S)
    return [m["cypher"] for text in texts for m in literal.finditer(text)]


def test_the_documented_examples_pass_the_guard():
    examples = documented_cypher()
    assert len(examples) >= 7, examples
    for cypher in examples:
        check_read_only(cypher.replace("\\$", "$"))


# --- against a real store ---------------------------------------------------------------------

@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("readonly") / "db"
    assert main(["build", str(ROOT / "examples"), "--db", str(path), "--quiet"]) == 0
    return path


def snapshot(*folders: Path) -> dict:
    """Every file under the folders with its size and modification time."""
    return {p: (p.stat().st_size, p.stat().st_mtime_ns) for f in folders for p in sorted(f.rglob("*"))}


def count(db, capsys) -> str:
    assert main(["query", "--db", str(db), "MATCH (n) RETURN count(n) AS n", "--format", "json"]) == 0
    return capsys.readouterr().out


def test_refused_queries_exit_2_and_leave_the_store_answering_and_no_file_written(db, tmp_path, capsys):
    secret = tmp_path / "secret.csv"
    secret.write_text("root:x:0:0\n")
    out = tmp_path / "out.csv"
    kept = tmp_path / "kept.csv"
    kept.write_text("mine\n")
    baseline, before = count(db, capsys), snapshot(db, tmp_path)
    for cypher, says in HOSTILE:
        for target in (out, kept):
            code = main(["query", "--db", str(db), aimed(cypher, target, secret)])
            stdout, stderr = capsys.readouterr()
            assert (code, stdout) == (2, ""), cypher
            assert stderr.startswith("luocdo query: refused: ") and says in stderr, stderr
            assert "root:" not in stderr
        assert count(db, capsys) == baseline, cypher
    assert snapshot(db, tmp_path) == before
    assert not out.exists() and kept.read_text() == "mine\n"


def test_etc_passwd_is_never_read(db, capsys):
    code = main(["query", "--db", str(db), "LOAD FROM '/etc/passwd' (header=false, delim=':') RETURN *",
                 "--format", "json"])
    stdout, stderr = capsys.readouterr()
    assert code == 2 and "root" not in stdout + stderr and "LOAD reads files" in stderr


def test_without_the_guard_the_database_would_read_the_file(db, tmp_path, capsys):
    """The control for the refusals above: the file's access time moves when LadybugDB reads
    it directly, and stays when luocdo refuses the same query."""
    secret = tmp_path / "secret.csv"
    secret.write_text("a,b\n1,2\n")
    load = f"LOAD FROM '{secret}' RETURN *"

    def read_since_reset() -> bool:
        return secret.stat().st_atime_ns > 0

    os.utime(secret, ns=(0, secret.stat().st_mtime_ns))
    assert main(["query", "--db", str(db), load]) == 2
    capsys.readouterr()
    assert not read_since_reset()
    conn = store.open_connection(db)
    try:
        rows = conn.execute(load).get_all()
    finally:
        store.close_connection(conn)
    if not read_since_reset():
        pytest.skip("this filesystem does not record reads (noatime)")
    assert rows == [[1, 2]]


def test_checkpoint_refused_where_the_database_alone_would_lock_the_store(tmp_path, db, capsys):
    """Unguarded, CHECKPOINT on a read-only connection leaves recovery pending: every later
    read-only open fails. Refused, the copy of the store keeps answering."""
    import shutil

    copy = tmp_path / "db"
    shutil.copytree(db, copy)
    assert main(["query", "--db", str(copy), "CHECKPOINT"]) == 2
    baseline = count(db, capsys)
    assert count(copy, capsys) == baseline
    conn = store.open_connection(copy)
    try:
        with pytest.raises(RuntimeError):
            conn.execute("CHECKPOINT")
    finally:
        store.close_connection(conn)
    assert main(["query", "--db", str(copy), "MATCH (n) RETURN count(n)"]) == 1
    assert "recovery is pending" in capsys.readouterr().err


def test_named_queries_answer_through_the_guard(db, capsys):
    assert main(["query", "--db", str(db), "--name", "requires-implementation", "--param", "target=Đề án 06",
                 "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)


def test_kg_query_refuses_too(db):
    kg = KnowledgeGraph.open(db)
    assert kg.query("MATCH (i:Instrument) RETURN count(i) AS n")[0]["n"] > 0
    with pytest.raises(QueryUsageError, match="refused: COPY writes files"):
        kg.query("COPY (MATCH (n) RETURN n.id) TO '/tmp/luocdo-never.csv'")
    assert not Path("/tmp/luocdo-never.csv").exists()
    assert kg.query("MATCH (i:Instrument) RETURN count(i) AS n")[0]["n"] > 0


def test_query_help_says_what_is_allowed_and_refused(capsys):
    with pytest.raises(SystemExit):
        main(["query", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "Queries only read" in text and "is refused before the database sees it" in text
    assert all(f"{name}()" in text for name in ("show_tables", "table_info", "db_version"))


def expected_keywords(conn, cypher: str) -> set[str]:
    """The keywords LadybugDB's parser says it expected where `cypher` goes wrong."""
    with pytest.raises(RuntimeError) as error:
        conn.execute(cypher)
    return set(re.search(r"expecting \{([^}]*)\}", str(error.value))[1].replace(" ", "").split(",")) - {"SP"}


def test_every_statement_and_clause_the_parser_knows_is_reading_or_refused(db):
    """A LadybugDB upgrade that adds a clause fails here until cypher_guard.json says what it is."""
    conn = store.open_connection(db)
    try:
        statements = expected_keywords(conn, "\u2083RETURN 1")
        clauses = expected_keywords(conn, "MATCH (n) WITH n ) RETURN n")
    finally:
        store.close_connection(conn)
    reading, refused = set(rules()["starts"]), set(rules()["refused"])
    assert {"COPY", "CHECKPOINT", "INSTALL", "MATCH"} <= statements and {"LOAD", "SET", "WITH"} <= clauses
    assert clauses - reading <= refused
    assert statements - reading <= refused | set(rules()["prefixes"])


def test_explain_and_profile_print_the_plan_of_a_reading_query(db, capsys):
    from luocdo.cli import main

    assert main(["query", "--db", str(db), "PROFILE MATCH (i:Instrument)-[:CITES]->(c) RETURN count(c)"]) == 0
    out = capsys.readouterr().out
    assert "Physical Plan" in out and "ExecutionTime" in out and "…" not in out
    assert main(["query", "--db", str(db), "EXPLAIN MATCH (n) SET n.id = 'x'"]) == 2
    assert "SET writes the graph" in capsys.readouterr().err
