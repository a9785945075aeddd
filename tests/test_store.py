"""The database folder: DDL from the schema, COPY round trip, JSON round trip, atomic replace."""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from collections import Counter
from pathlib import Path

import pytest

from extractions import full_text_381, news_381, report_205
from luocdo.graph import jsonio, ladybug_store, store
from luocdo.graph.build import build_graph
from luocdo.graph.schema import NODES, RELS, node_props, rel_props


@pytest.fixture(scope="module")
def graph():
    return build_graph([full_text_381(), news_381(), report_205("seeds/000.txt"), report_205("seeds/002.txt")])


@pytest.fixture(scope="module")
def db(graph, tmp_path_factory):
    path = tmp_path_factory.mktemp("store") / "db"
    store.write_database(graph, path)
    return path


def _column_types(conn, table: str) -> dict[str, str]:
    return {r["name"]: r["type"] for r in ladybug_store.rows(conn, f"CALL table_info('{table}') RETURN *")}


def test_every_label_and_relationship_has_its_table_with_the_declared_columns(db):
    conn = store.open_connection(db)
    for node in NODES:
        assert _column_types(conn, node.name) == {p.name: p.type for p in node_props(node)}
    for rel in RELS:
        assert _column_types(conn, rel.name) == {p.name: p.type for p in rel_props(rel)}
        ends = ladybug_store.rows(conn, f"CALL show_connection('{rel.name}') RETURN *")
        assert sorted((e["source table name"], e["destination table name"]) for e in ends) == sorted(rel.ends)


def test_the_ddl_declares_several_ends_in_one_relationship_table():
    assert ladybug_store.rel_table_ddl(next(r for r in RELS if r.name == "REPORTS_TO")).startswith(
        "CREATE REL TABLE REPORTS_TO(FROM Task TO Person, FROM Task TO Organization, ")


def test_counts_in_the_database_equal_the_graphs(graph, db):
    conn = store.open_connection(db)
    nodes = {r["l"]: r["n"] for r in ladybug_store.rows(conn, "MATCH (n) RETURN label(n) AS l, count(*) AS n")}
    edges = {r["t"]: r["n"] for r in ladybug_store.rows(conn, "MATCH ()-[e]->() RETURN label(e) AS t, count(*) AS n")}
    assert nodes == Counter(a["label"] for _, a in graph.nodes(data=True))
    assert edges == Counter(k for _, _, k in graph.edges(keys=True))


def test_vietnamese_text_dates_lists_and_evidence_survive_the_database(graph, db):
    conn = store.open_connection(db)
    [row] = ladybug_store.rows(conn, "MATCH (p:Person {id: $id}) RETURN p.name AS name, p.positions AS positions, "
                                     "p.evidence AS evidence", {"id": "person:tran-luu-quang"})
    assert row["name"] == "Trần Lưu Quang"
    assert row["positions"] == graph.nodes["person:tran-luu-quang"]["positions"]
    assert json.loads(row["evidence"]) == graph.nodes["person:tran-luu-quang"]["evidence"]
    [meeting] = ladybug_store.rows(conn, "MATCH (:Instrument {id: 'TB:381/@2024'})-[:CONCLUDES]->(m) RETURN m.date AS d")
    assert meeting["d"].isoformat() == "2024-08-08"


def test_the_database_gives_back_the_graph_exactly_and_graph_json_only_when_asked(graph, db, tmp_path):
    assert not (db / store.GRAPH_JSON).exists()
    assert jsonio.dumps(store.load_graph(db)) == jsonio.dumps(graph)
    store.write_database(graph, tmp_path / "db", write_json=True)
    assert jsonio.dumps(store.load_graph(tmp_path / "db")) == jsonio.dumps(graph)
    assert "Trần Lưu Quang" in (tmp_path / "db" / store.GRAPH_JSON).read_text(encoding="utf-8")  # not \u-escaped


EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@pytest.fixture(scope="module")
def examples_db(tmp_path_factory):
    """The examples built with graph.json (`--json`), and a copy of the folder without it, as
    builds write it by default."""
    from luocdo.cli import main

    built = tmp_path_factory.mktemp("examples") / "db"
    assert main(["build", str(EXAMPLES), "--db", str(built), "--quiet", "--json"]) == 0
    bare = built.parent / "bare"
    bare.mkdir()
    for name in (ladybug_store.DB_FILE, store.META_JSON):
        shutil.copy(built / name, bare)
    return built, bare


def test_the_graph_read_from_the_database_is_the_graph_json_one(examples_db):
    built, bare = examples_db
    from_json, from_db = store.load_graph(built), store.load_graph(bare)
    assert list(from_db.nodes(data=True)) == list(from_json.nodes(data=True))
    assert list(from_db.edges(keys=True, data=True)) == list(from_json.edges(keys=True, data=True))
    assert from_db.graph == from_json.graph
    assert jsonio.dumps(from_db) == jsonio.dumps(from_json)


def test_a_folder_without_graph_json_opens_and_answers(examples_db):
    built, bare = examples_db
    assert store.graph_attributes(bare) == store.graph_attributes(built)
    assert set(store.graph_attributes(bare)) == {"conflicts", "ambiguities", "warnings"}
    documents = sum(a["label"] == "Document" for _, a in store.load_graph(built).nodes(data=True))
    [row] = ladybug_store.rows(store.open_connection(bare), "MATCH (d:Document) RETURN count(d) AS n")
    assert row["n"] == documents


def test_graphml_keeps_lists_as_json(graph, tmp_path):
    import networkx as nx

    jsonio.write_graphml(graph, tmp_path / "g.graphml")
    back = nx.read_graphml(tmp_path / "g.graphml")
    assert json.loads(back.nodes["person:tran-luu-quang"]["sources"]) == graph.nodes["person:tran-luu-quang"]["sources"]


def test_errors_name_the_folder_and_the_problem(tmp_path):
    with pytest.raises(store.StoreError, match="does not exist"):
        store.load_graph(tmp_path / "nope")
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "notes.txt").write_text("mine")
    with pytest.raises(store.StoreError, match=r"other is not a luocdo database: no graph.lbug"):
        store.load_graph(tmp_path / "other")
    with pytest.raises(store.StoreError, match="refusing to replace it"):
        store.write_database(build_graph([full_text_381()]), tmp_path / "other")
    assert (tmp_path / "other" / "notes.txt").read_text() == "mine"


def test_a_failed_write_leaves_the_previous_database_readable(graph, tmp_path, monkeypatch):
    db = tmp_path / "db"
    store.write_database(graph, db)
    before = jsonio.dumps(store.load_graph(db))

    def broken(*args):
        raise RuntimeError("disk full, say")

    monkeypatch.setattr(store, "write_meta", broken)
    with pytest.raises(RuntimeError):
        store.write_database(build_graph([report_205("x.txt")]), db)
    assert jsonio.dumps(store.load_graph(db)) == before
    assert store.open_connection(db).execute("MATCH (n) RETURN count(*)").get_next()[0] == graph.number_of_nodes()
    assert not list(tmp_path.glob(".db.building-*"))


KILLED_WRITER = textwrap.dedent("""
    import sys, time
    sys.path.insert(0, {tests!r})
    from extractions import report_205
    from luocdo.graph import store
    from luocdo.graph.build import build_graph

    def slow_meta(g, path):
        print("copied", flush=True)
        time.sleep(60)

    store.write_meta = slow_meta
    store.write_database(build_graph([report_205("x.txt")]), {db!r})
""")


def test_a_build_killed_halfway_leaves_the_previous_database_and_the_next_build_cleans_up(graph, tmp_path):
    db = tmp_path / "db"
    store.write_database(graph, db)
    before = jsonio.dumps(store.load_graph(db))
    script = KILLED_WRITER.format(tests=os.path.dirname(__file__), db=str(db))
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "copied"  # the new database file is written
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert list(tmp_path.glob(".db.building-*"))  # what the killed build left
    assert jsonio.dumps(store.load_graph(db)) == before
    assert store.load_graph(db).number_of_nodes() == graph.number_of_nodes()
    time.sleep(0.1)
    store.write_database(graph, db)
    assert not list(tmp_path.glob(".db.building-*"))


def test_the_committed_schema_doc_is_generated_from_the_schema():
    from pathlib import Path

    from luocdo.graph.schema_doc import schema_markdown

    committed = Path(__file__).resolve().parents[1] / "docs" / "schema.md"
    assert committed.read_text(encoding="utf-8") == schema_markdown(), \
        "run: python -m luocdo.graph.schema_doc > docs/schema.md"


def test_a_write_that_outgrows_its_buffer_pool_starts_again_with_twice_the_pool(graph, tmp_path, monkeypatch):
    """The writer's pool is kept small (the build shares the machine with its workers); a
    store that needs more is written again with a bigger pool, not failed."""
    monkeypatch.setattr(ladybug_store, "WRITE_BUFFER_POOL", 8 << 20)  # too small for the seeds
    pools = []
    real = ladybug_store._write
    monkeypatch.setattr(ladybug_store, "_write", lambda g, f, pool: pools.append(pool) or real(g, f, pool))
    store.write_database(graph, tmp_path / "db")
    assert pools[0] == 8 << 20 and len(pools) >= 2 and pools[-1] == pools[0] * 2 ** (len(pools) - 1)
    assert jsonio.dumps(store.load_graph(tmp_path / "db")) == jsonio.dumps(graph)


def test_a_pool_that_cannot_grow_any_more_fails_with_the_databases_message(graph, tmp_path, monkeypatch):
    monkeypatch.setattr(ladybug_store, "WRITE_BUFFER_POOL", 8 << 20)
    monkeypatch.setattr(ladybug_store, "WRITE_BUFFER_POOL_MAX", 8 << 20)
    with pytest.raises(RuntimeError, match="buffer pool is full"):
        store.write_database(graph, tmp_path / "db")
    assert not (tmp_path / "db").exists()


def test_a_database_folder_named_with_a_quote_and_a_backslash_is_written(tmp_path):
    """COPY reads each staged Parquet file by name, inside a Cypher string literal."""
    from luocdo.graph.kg import KnowledgeGraph, build

    db = tmp_path / "it's a\\db"
    build([Path(__file__).resolve().parents[1] / "examples"], db=db, jobs=1)
    assert KnowledgeGraph.open(db).query("MATCH (d:Document) RETURN count(d) AS n") == [{"n": 5}]


def test_a_table_staged_in_several_files_is_written_whole_by_one_copy(graph, tmp_path, monkeypatch):
    """A corpus's tables are staged in files of ROWS_PER_COPY rows; each table (each from-to pair
    of a rel table) goes in by one COPY of all its files, so its pages are filled, not left half
    empty by a checkpoint after every batch."""
    import ladybug as lb

    monkeypatch.setattr(ladybug_store, "ROWS_PER_COPY", 2)
    staged = ladybug_store.stage(graph, tmp_path / "tables")
    statements = [copy.statement for copy in staged]
    assert len(staged) > len(set(statements)) and all(copy.rows <= 2 for copy in staged)
    copies = []

    class Recording(lb.Connection):
        def execute(self, query, *args, **kwargs):
            if query.startswith("COPY"):
                copies.append(query)
            return super().execute(query, *args, **kwargs)

    monkeypatch.setattr(lb, "Connection", Recording)
    written = ladybug_store.write_staged(staged, tmp_path / "graph.lbug")
    assert written == graph.number_of_nodes() + graph.number_of_edges()
    assert len(copies) == len(set(statements))
    assert sum(query.count(".parquet'") for query in copies) == len(staged)
    back = ladybug_store.read_graph(ladybug_store.connect(tmp_path / "graph.lbug"))
    assert dict(back.nodes(data=True)) == dict(graph.nodes(data=True))
    assert {e[:3]: e[3] for e in back.edges(keys=True, data=True)} == {e[:3]: e[3] for e in graph.edges(keys=True, data=True)}
