"""Stores that are not real stores, and exports of names that CSV must quote: a one-line message
naming the store and the problem (exit 1), never `count(n) = 0` with exit 0, never a traceback."""
from __future__ import annotations

import csv
import json
import re
import shutil
from pathlib import Path

import pytest

from harness import assert_clean, luocdo

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
COMMANDS = {
    "query": ["query", "--db", "{db}", "MATCH (n) RETURN count(n) AS n"],
    "check": ["check", "--db", "{db}"],
    "export": ["export", "--db", "{db}", "--format", "json", "--out", "{db}.json"],
    "viz": ["viz", "--db", "{db}", "--out", "{db}.html"],
}


@pytest.fixture(scope="module")
def good(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("store") / "good"
    assert_clean(luocdo("build", EXAMPLES, "--db", db, "--quiet"), exit_codes=(0,))
    return db


def _ladybug_file(path: Path, *ddl: str) -> None:
    import ladybug as lb

    database = lb.Database(str(path))
    conn = lb.Connection(database)
    for statement in ddl:
        conn.execute(statement)
    conn.close()
    database.close()


def _truncated(db: Path) -> None:
    data = (db / "graph.lbug").read_bytes()
    (db / "graph.lbug").write_bytes(data[: len(data) // 2])


def _pending_checkpoint(db: Path) -> None:
    """What an unguarded CHECKPOINT on a read-only connection left: recovery pending."""
    import ladybug as lb

    conn = lb.Connection(lb.Database(str(db / "graph.lbug"), read_only=True))
    with pytest.raises(RuntimeError):
        conn.execute("CHECKPOINT")
    conn.close()


# case -> (how to spoil a copy of a good store, what the message says)
SPOILED = {
    "zero-byte": (lambda db: (db / "graph.lbug").write_bytes(b""), "graph.lbug is empty (0 bytes)"),
    "truncated": (_truncated, "cannot open graph.lbug (damaged, truncated"),
    "garbage": (lambda db: (db / "graph.lbug").write_bytes(bytes(range(256)) * 64), "cannot open graph.lbug"),
    "no-meta": (lambda db: (db / "meta.json").unlink(), "no meta.json"),
    "lbug-is-a-folder": (lambda db: ((db / "graph.lbug").unlink(), (db / "graph.lbug").mkdir()), "no graph.lbug"),
    "empty-ladybug": (lambda db: ((db / "graph.lbug").unlink(), _ladybug_file(db / "graph.lbug")),
                      "written by another version of luocdo (no Document, Instrument"),
    "older-schema": (lambda db: ((db / "graph.lbug").unlink(), _ladybug_file(
        db / "graph.lbug", "CREATE NODE TABLE Instrument(id STRING, title STRING, PRIMARY KEY(id))")),
        "written by another version of luocdo (no Document, Instrument.type"),
    "checkpoint-pending": (_pending_checkpoint, "recovery is pending"),
}


@pytest.mark.parametrize("command", sorted(COMMANDS))
@pytest.mark.parametrize("case", sorted(SPOILED))
def test_a_spoiled_store_is_named_with_its_problem(good, tmp_path, case, command):
    db = tmp_path / f"{case}-store"
    shutil.copytree(good, db)
    spoil, says = SPOILED[case]
    spoil(db)
    run = luocdo(*(a.replace("{db}", str(db)) for a in COMMANDS[command]), memory_mb=1000, cpu_seconds=30)
    assert_clean(run, exit_codes=(1,), names=[db], says=[says])
    assert run.stdout == "" and len(run.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_a_file_given_as_the_store_is_named(tmp_path, command):
    db = tmp_path / "notes.txt"
    db.write_text("not a store")
    run = luocdo(*(a.replace("{db}", str(db)) for a in COMMANDS[command]), memory_mb=1000, cpu_seconds=30)
    assert_clean(run, exit_codes=(1,), names=[db], says=["is a file, not a database folder"])
    assert db.read_text() == "not a store"


NASTY = 'báo cáo; số 1, "bản"\nmới.txt'


def test_neo4j_csv_quotes_names_with_delimiters_quotes_and_newlines(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    shutil.copy(sorted(EXAMPLES.glob("*.txt"))[0], folder / NASTY)
    db, out = tmp_path / "db", tmp_path / "neo4j"
    assert_clean(luocdo("build", folder, "--db", db, "--quiet"), exit_codes=(0,))
    run = luocdo("export", "--db", db, "--format", "neo4j-csv", "--out", out)
    assert_clean(run, exit_codes=(0,), names=[out])
    delimiter = re.search(r'--array-delimiter="([^"]+)"', (out / "import.sh").read_text(encoding="utf-8"))[1]
    assert delimiter == "|"  # `;` is in the file name
    from luocdo.graph.neo4j_export import CSV_DIALECT

    with open(out / "Document.nodes.csv", encoding="utf-8", newline="") as f:
        header, *rows = list(csv.reader(f, CSV_DIALECT))
    [row] = rows
    path = str(folder / NASTY)
    assert row[header.index("path")] == path
    assert row[header.index("sources:string[]")].split(delimiter) == [path]
    with open(out / "DESCRIBES.relationships.csv", encoding="utf-8", newline="") as f:
        header, *rows = list(csv.reader(f, CSV_DIALECT))
    evidence = [json.loads(r[header.index("evidence")]) for r in rows]
    assert {e["file"] for items in evidence for e in items} == {path}


@pytest.mark.parametrize("cypher, says", [
    ("CHECKPOINT", "refused: CHECKPOINT writes the database file"),
    ("COPY (MATCH (n) RETURN n.id) TO '{out}'", "refused: COPY writes files"),
    ("MATCH (n) RETURN n.id AS x UNION LOAD FROM '/etc/passwd' RETURN *", "refused: LOAD reads files"),
    ("INSTALL httpfs", "refused: INSTALL downloads extensions"),
])
def test_a_query_that_would_write_is_refused_and_the_store_still_answers(good, tmp_path, cypher, says):
    out = tmp_path / "out.csv"
    run = luocdo("query", "--db", good, cypher.replace("{out}", str(out)), memory_mb=1000, cpu_seconds=30)
    assert_clean(run, exit_codes=(2,), says=[says])
    assert run.stdout == "" and "root:" not in run.stderr and not out.exists()
    after = luocdo("query", "--db", good, "MATCH (n) RETURN count(n) AS n", "--format", "json")
    assert_clean(after, exit_codes=(0,))
    assert json.loads(after.stdout)[0]["n"] > 0
