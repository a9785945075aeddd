"""The whole pipeline through the real CLI and the Python API: exit codes, the seeds,
idempotent rebuilds, the extraction cache and `luocdo check`."""
from __future__ import annotations

import gc
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from extractions import report_205
from luocdo.graph import store
from luocdo.graph.build import build_graph
from luocdo.graph.kg import BuildError, KnowledgeGraph, build

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def luocdo(*args, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "luocdo.cli", *map(str, args)], capture_output=True,
                          text=True, cwd=cwd, timeout=600)


def _read_counts(stderr: str) -> tuple[int, int]:
    m = re.search(r"\((\d+) extracted, (\d+) from the cache\)", stderr)
    return int(m.group(1)), int(m.group(2))


@pytest.fixture(scope="module")
def seeds_db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("seeds")
    shutil.copytree(EXAMPLES, folder / "docs")
    result = luocdo("build", folder / "docs", "--db", folder / "db")
    assert result.returncode == 0, result.stderr
    return folder


def test_the_seeds_describe_three_instruments(seeds_db):
    kg = KnowledgeGraph.open(seeds_db / "db")
    [row] = kg.query("MATCH (d:Document)-[:DESCRIBES]->(i:Instrument) RETURN count(DISTINCT i) AS n")
    assert row["n"] == 3
    assert len(kg.documents) == 5


def test_the_report_and_the_full_text_of_notice_381_are_one_instrument(seeds_db):
    kg = KnowledgeGraph.open(seeds_db / "db")
    rows = kg.query("MATCH (d:Document)-[r:DESCRIBES]->(i:Instrument {number: '381'}) "
                    "RETURN d.path AS path, r.`as` AS role, i.year AS year ORDER BY path")
    assert [(Path(r["path"]).name[:3], r["role"], r["year"]) for r in rows] == \
        [("001", "full_text", 2024), ("004", "report", 2024)]


def _graph_bytes(db: Path) -> bytes:
    """The graph as the database holds it, in graph.json's fixed order, with meta.json."""
    from luocdo.graph import jsonio

    return jsonio.dumps(store.load_graph(db)).encode() + (db / store.META_JSON).read_bytes()


def test_a_rebuild_gives_identical_bytes_and_extracts_nothing(seeds_db):
    before = _graph_bytes(seeds_db / "db")
    result = luocdo("build", seeds_db / "docs", "--db", seeds_db / "db")
    assert result.returncode == 0, result.stderr
    assert _read_counts(result.stderr) == (0, 5)
    assert _graph_bytes(seeds_db / "db") == before


def test_adding_a_file_extracts_only_that_file(seeds_db, tmp_path):
    docs = tmp_path / "docs"
    shutil.copytree(seeds_db / "docs", docs)
    shutil.copytree(seeds_db / "db", tmp_path / "db")
    (docs / "extra.txt").write_text("Thủ tướng Chính phủ ban hành Chỉ thị số 17/CT-TTg ngày 19/6/2018.", encoding="utf-8")
    result = luocdo("build", docs, "--db", tmp_path / "db")
    assert result.returncode == 0, result.stderr
    assert _read_counts(result.stderr) == (1, 5)


def test_a_file_that_cannot_be_read_is_skipped_and_listed_with_exit_3(tmp_path):
    shutil.copy(EXAMPLES / "003_98cbac67ba4c6738.txt", tmp_path / "a.txt")
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4 not really")
    result = luocdo("build", tmp_path, "--db", tmp_path.parent / f"{tmp_path.name}-db")
    assert result.returncode == 3, result.stderr
    assert "skipped" in result.stderr and "broken.pdf" in result.stderr


def test_a_folder_walk_takes_documents_only_but_a_named_file_is_always_read(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(EXAMPLES / "004_014750b2d5d076c9.txt", docs / "a.txt")
    (docs / "answers.json").write_text('{"subject": "Thông báo số 999"}', encoding="utf-8")
    (docs / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    result = luocdo("build", docs, "--db", tmp_path / "db")
    assert result.returncode == 0, result.stderr
    assert "Read 1 document " in result.stderr
    result = luocdo("build", docs, docs / "answers.json", "--db", tmp_path / "db2")
    assert result.returncode == 0, result.stderr
    assert "Read 2 documents" in result.stderr


def test_a_folder_walk_says_which_old_word_files_it_cannot_read(tmp_path):
    """An archive's `.doc` letters are not passed over as non-documents: each is named, exit 3."""
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(EXAMPLES / "004_014750b2d5d076c9.txt", docs / "a.txt")
    (docs / "cong-van-2012.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512))
    result = luocdo("build", docs, "--db", tmp_path / "db")
    assert result.returncode == 3, result.stderr
    assert "cong-van-2012.doc: is a Word 97-2003 (.doc)" in result.stderr and "save it as .docx or PDF" in result.stderr


def test_a_missing_path_is_a_usage_error_with_exit_2(tmp_path):
    result = luocdo("build", tmp_path / "nope", "--db", tmp_path / "db")
    assert result.returncode == 2
    assert "nope: no such file or folder" in result.stderr
    assert not (tmp_path / "db").exists()
    assert luocdo("build", "--db", tmp_path / "db").returncode == 2  # no PATH


def test_nothing_readable_is_a_failure_with_exit_1_and_the_old_database_stays(seeds_db, tmp_path):
    shutil.copytree(seeds_db / "db", tmp_path / "db")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "broken.pdf").write_bytes(b"%PDF-1.4 not really")
    result = luocdo("build", tmp_path / "docs", "--db", tmp_path / "db")
    assert result.returncode == 1
    assert "broken.pdf" in result.stderr and "unchanged" in result.stderr
    assert len(KnowledgeGraph.open(tmp_path / "db").documents) == 5


def test_check_reports_conflicting_dates_with_their_sources(tmp_path):
    store.write_database(build_graph([report_205("a.txt"), report_205("b.txt", date="2025-04-30")]), tmp_path / "db")
    result = luocdo("check", "--db", tmp_path / "db")
    assert result.returncode == 4
    assert "TB:205/TB-VPCP@2025: date differs: 2025-04-28 (a.txt); 2025-04-30 (b.txt)" in result.stdout


def test_check_without_conflicts_exits_0_and_on_a_bad_folder_1(seeds_db, tmp_path):
    assert luocdo("check", "--db", seeds_db / "db").returncode == 0
    result = luocdo("check", "--db", tmp_path)
    assert result.returncode == 1 and "not a luocdo database" in result.stderr


def test_the_python_api_builds_into_a_temporary_folder_and_queries_with_parameters():
    kg = build([EXAMPLES / "000_6cfdd9eb0ababaab.txt", EXAMPLES / "002_95e5b7c8e09e08cf.txt"])
    assert kg.db_dir.is_dir() and kg.skipped == [] and kg.conflicts == []
    rows = kg.query("MATCH (i:Instrument {id: $id}) RETURN i.display_name AS name", id="TB:205/TB-VPCP@2025")
    assert rows == [{"name": "205/TB-VPCP (2025)"}]
    assert kg.nx.nodes["TB:205/TB-VPCP@2025"]["sources"] == sorted(map(str, kg.documents))
    temporary = kg.db_dir.parent
    del kg, rows
    gc.collect()
    assert not temporary.exists(), "a store nobody asked to keep outlives its graph"


def test_a_build_that_fails_leaves_no_temporary_folder(tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    with pytest.raises(BuildError, match="no document could be read"):
        build([tmp_path / "no-such-file.txt"])
    assert list(tmp_path.iterdir()) == []


def test_an_instrument_by_what_people_call_it_with_its_neighbourhood(seeds_db):
    found = KnowledgeGraph.open(seeds_db / "db").instrument("205/TB-VPCP")
    assert found["id"] == "TB:205/TB-VPCP@2025"
    assert {e["type"] for e in found["in"]} == {"DESCRIBES"}
    assert "REQUIRES_IMPLEMENTATION_OF" in {e["type"] for e in found["out"]}


def test_one_process_and_two_give_identical_bytes(tmp_path):
    """The pool returns documents in completion order; the graph must not depend on it."""
    from luocdo.graph.kg import POOL_MIN_FILES

    assert len(list(EXAMPLES.iterdir())) >= POOL_MIN_FILES  # so that --jobs 2 does start a pool
    for jobs in (1, 2):
        result = luocdo("build", EXAMPLES, "--db", tmp_path / f"db{jobs}", "--jobs", jobs, "--quiet")
        assert result.returncode == 0, result.stderr
    assert _graph_bytes(tmp_path / "db1") == _graph_bytes(tmp_path / "db2")


def test_in_a_pool_a_bad_file_is_skipped_by_name_the_others_kept_in_input_order(tmp_path, monkeypatch):
    from luocdo.cache import ExtractionCache
    from luocdo.graph import kg

    monkeypatch.setattr(kg, "POOL_MIN_FILES", 2)
    files = sorted(EXAMPLES.glob("*.txt"))[:3] + [tmp_path / "broken.pdf"]
    files[-1].write_bytes(b"%PDF-1.4 not really")
    cache = ExtractionCache(write_dir=tmp_path / "cache")
    extractions, skipped = kg.read_documents(files, cache, jobs=2)
    assert [ex.document.path for ex in extractions] == [str(f) for f in files[:3]]
    assert [s.path for s in skipped] == [str(files[-1])] and skipped[0].reason
    assert (cache.misses, len(list((tmp_path / "cache").iterdir()))) == (4, 3)


def test_jobs_must_be_a_positive_number(tmp_path):
    result = luocdo("build", EXAMPLES, "--db", tmp_path / "db", "--jobs", "0")
    assert result.returncode == 2 and "--jobs" in result.stderr


def test_a_cache_entry_lost_between_the_two_passes_fails_the_build_by_name(tmp_path, monkeypatch):
    """The graph pass reads each extraction back from the build's cache folder; if that fails,
    the build stops with the file's name and the previous database is kept."""
    from luocdo.cache import ExtractionCache
    from luocdo.graph import kg

    def lost(self, document):
        raise OSError("No such file or directory")

    monkeypatch.setattr(ExtractionCache, "reread", lost)
    with pytest.raises(kg.BuildError, match=r"000_6cfdd9eb0ababaab.txt: its extraction could not be read back"):
        kg.build_database(sorted(EXAMPLES.iterdir()), tmp_path / "db", jobs=1)
    assert not (tmp_path / "db").exists() and not list(tmp_path.glob(".db.building-*"))


def test_build_ends_with_a_summary_in_words_and_check_lists_the_documents_warnings(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(EXAMPLES / "003_98cbac67ba4c6738.txt", docs / "a.txt")
    (docs / "garbled.txt").write_text("THÔNG BÁO\nSố: 13/TB-VPCP\nTriển khai Chỉ thị số 5/CT-TTg ngày 31/02/2025.\n"
                                      "Giao Bộ Tài chính chủ trì, hoàn thành trước ngày 30/6/2025.\n", encoding="utf-8")
    (docs / "broken.pdf").write_bytes(b"%PDF-1.4 not really")
    result = luocdo("build", docs, "--db", tmp_path / "db")
    assert result.returncode == 3, result.stderr
    lines = result.stderr.splitlines()
    assert f"luocdo build: warning: {docs / 'garbled.txt'}: 31/02/2025 is not a date: February 2025 has 28 days" \
        in lines, result.stderr
    assert any(re.fullmatch(r"Read 2 documents in [\d.]+ s \(2 extracted, 0 from the cache\)\.", line) for line in lines)
    assert "Skipped 1 document:" in lines and any(line.startswith(f"skipped {docs / 'broken.pdf'}: ") for line in lines)
    [found] = [line for line in lines if line.startswith("Found ")]
    tasks = re.search(r"(\d+) tasks \((\d+) with a deadline, (\d+) without\)", found)
    assert tasks and int(tasks[1]) == int(tasks[2]) + int(tasks[3]) and int(tasks[2]) >= 1, found
    assert re.search(r"\d+ warnings?.*: `luocdo check --db .*` lists them\.", result.stderr)
    assert f"Wrote {tmp_path / 'db'} (the search index took in 2 new or changed documents)." in lines
    check = luocdo("check", "--db", tmp_path / "db")
    assert any(line.startswith("warning: ") and "garbled.txt: 31/02/2025 is not a date" in line
               for line in check.stdout.splitlines()), check.stdout


def test_no_graph_is_alive_while_the_database_is_written(tmp_path, monkeypatch):
    """The build's peak memory: networkx's graph is let go once its tables are staged, before
    LadybugDB's buffer pool fills (the two at once were most of a corpus build's peak)."""
    import gc

    import networkx as nx

    from luocdo.graph import ladybug_store

    def graphs_alive() -> int:  # other tests' fixtures may hold graphs of their own
        gc.collect()
        return sum(isinstance(o, nx.MultiDiGraph) for o in gc.get_objects())

    alive_at_write = []
    write_staged = ladybug_store.write_staged

    def watched(staged, db_file):
        alive_at_write.append(graphs_alive())
        return write_staged(staged, db_file)

    monkeypatch.setattr(ladybug_store, "write_staged", watched)
    before = graphs_alive()
    graph = build([EXAMPLES], db=tmp_path / "db", jobs=1)
    assert alive_at_write == [before]
    assert not list((tmp_path / "db").glob(".tables*"))
    assert graph.nx.number_of_nodes() > 50 and len(graph.documents) == 5  # read back from the store


def test_the_cycle_collector_is_paused_while_a_build_runs_and_restored_however_it_ends(tmp_path):
    """The build's long-lived heap makes each full collection walk millions of objects; the
    collector is off while it runs (seen from its progress callback) and back on after, even when
    the build fails."""
    from luocdo.graph.kg import build_database

    seen = []

    def progress(items):
        seen.append(gc.isenabled())
        return iter(items)

    build_database(sorted(EXAMPLES.glob("*.txt"))[:2], tmp_path / "db", progress=progress, jobs=1)
    assert seen == [False] and gc.isenabled()
    with pytest.raises(BuildError):
        build_database([tmp_path / "no-such-file.txt"], tmp_path / "db2", progress=progress, jobs=1)
    assert seen == [False, False] and gc.isenabled()
