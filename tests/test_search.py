"""`luocdo search` on a real store built from the bundled examples: matching with and without
diacritics, snippets, the instrument of each hit, hostile queries and the incremental index."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys

import pytest

from luocdo.graph import search_index
from luocdo.graph.kg import KnowledgeGraph, build, build_database, input_files
from seeds import EXAMPLES

CHANGED = "003_98cbac67ba4c6738.txt"  # the 2021 notice


def luocdo(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "luocdo.cli", *map(str, args)], capture_output=True, text=True,
                          timeout=600)


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("search")
    result = luocdo("build", EXAMPLES, "--db", folder / "db", "--quiet")
    assert result.returncode == 0, result.stderr
    return folder / "db"


def _search(db, words, *options) -> list[dict]:
    result = luocdo("search", "--db", db, words, "--format", "json", "--limit", "100", *options)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def _described(db) -> set[str]:
    rows = KnowledgeGraph.open(db).query("MATCH (:Document)-[:DESCRIBES]->(i:Instrument) RETURN DISTINCT i.id AS id")
    return {r["id"] for r in rows}


def test_chong_buon_lau_finds_the_three_notices_of_ban_chi_dao_389(db):
    hits = _search(db, "chong buon lau")
    documents = [h for h in hits if h["kind"] == "document"]
    assert {i for h in documents for i in h["instrument_ids"]} == _described(db)
    assert len(_described(db)) == 3
    names = {r["name"] for r in KnowledgeGraph.open(db).query(
        "MATCH (i:Instrument) WHERE i.id IN $ids RETURN i.display_name AS name", ids=sorted(_described(db)))}
    assert {h["instrument"] for h in documents} == names  # shown by the names people read
    assert {h["file"].rsplit("/", 1)[-1] for h in documents} == {p.name for p in EXAMPLES.iterdir()}


def test_with_diacritics_the_same_hits_in_the_same_order(db):
    assert _search(db, "chống buôn lậu") == _search(db, "chong buon lau") == _search(db, "CHỐNG Buôn LẬU")


def test_d_and_tone_marks_on_horned_letters_match_without_diacritics(db):
    assert search_index.query_words("Đạo ƯỚC thương mại") == ["dao", "uoc", "thuong", "mai"]
    snippets = " ".join(h["snippet"] for h in _search(db, "chi dao thuong mai"))
    assert "**đạo**" in snippets and "**thương**" in snippets and "**mại**" in snippets


def test_a_task_hit_names_the_instrument_that_sets_it(db):
    tasks = [h for h in _search(db, "Phạm Bình Minh") + _search(db, "de an 06") if h["kind"] == "task"]
    assert tasks
    kg = KnowledgeGraph.open(db)
    for hit in tasks:
        rows = kg.query("MATCH (i:Instrument)-[:HAS_TASK]->(t:Task) WHERE t.id = $id RETURN i.id AS id", id=hit["node"])
        assert hit["instrument_ids"] == [rows[0]["id"]]
        assert hit["file"].endswith(".txt")


def test_the_snippet_marks_the_words_in_the_original_text(db):
    for hit in _search(db, "chong buon lau"):
        assert re.search(r"\*\*chống\*\* \*\*buôn\*\* \*\*lậu\*\*", hit["snippet"], re.IGNORECASE), hit["snippet"]
        assert "\n" not in hit["snippet"] and len(hit["snippet"]) < 300


def test_the_table_shows_kind_instrument_file_and_snippet(db):
    result = luocdo("search", "--db", db, "de an 06", "--limit", "2", "--wide")
    assert result.returncode == 0, result.stderr
    header, _, first, *_ = result.stdout.splitlines()
    assert header.split() == ["kind", "instrument", "file", "snippet"]
    assert "TB 381 (2024)" in first and "**Đề** **án**" in first


@pytest.mark.parametrize("hostile", ['"', '"chong buon', "chong*", "-chong", "passages:chong", "NEAR(chong buon)",
                                     "chong OR buon", "chong AND NOT buon", "((chong", "' OR 1=1 --", "^chong",
                                     "chong\x00buon", "{folded}: chong", "chong + buon", "\U0001F600 chong"])
def test_search_syntax_in_a_query_never_raises_and_is_literal(db, hostile):
    hits = KnowledgeGraph.open(db).search(hostile, limit=100)
    words = search_index.query_words(hostile)
    assert hits == KnowledgeGraph.open(db).search(" ".join(words), limit=100)
    if words and set(words) <= {"chong", "buon"}:
        assert hits


def test_quoted_words_are_found_as_words(db):
    assert _search(db, '"chong buon lau"') == _search(db, "chong buon lau")


def test_a_query_without_words_is_a_usage_error(db):
    result = luocdo("search", "--db", db, "*** -- ()")
    assert result.returncode == 2 and "no word" in result.stderr


def test_a_store_built_before_search_says_to_rebuild(db, tmp_path):
    old = tmp_path / "old"
    shutil.copytree(db, old)
    (old / search_index.INDEX_FILE).unlink()
    result = luocdo("search", "--db", old, "chong")
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1 and "luocdo build" in result.stderr and str(old) in result.stderr


def test_a_damaged_index_is_reported_in_one_line(db, tmp_path):
    damaged = tmp_path / "damaged"
    shutil.copytree(db, damaged)
    (damaged / search_index.INDEX_FILE).write_bytes(b"\0garbage" * 1000)
    result = luocdo("search", "--db", damaged, "chong")
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1 and "luocdo build" in result.stderr


def test_a_rebuild_indexes_only_the_changed_document(tmp_path):
    docs = tmp_path / "docs"
    shutil.copytree(EXAMPLES, docs)
    changed = docs / CHANGED
    original = changed.read_text(encoding="utf-8")
    changed.write_text(original + "\nGhi chú lưu trữ: xylofonium.\n", encoding="utf-8")
    first = build([docs], db=tmp_path / "db", jobs=1)
    assert first.report.indexed == 5
    assert [h.file for h in first.search("xylofonium")] == [str(changed)]
    assert build([docs], db=tmp_path / "db", jobs=1).report.indexed == 0
    changed.write_text(original + "\nGhi chú lưu trữ: quokkavian.\n", encoding="utf-8")
    second = build([docs], db=tmp_path / "db", jobs=1)
    assert second.report.indexed == 1
    assert [h.file for h in second.search("quokkavian")] == [str(changed)]
    assert second.search("xylofonium") == []
    assert {h.file for h in second.search("chong buon lau", limit=100) if h.kind == "document"} == \
           {str(p) for p in docs.iterdir()}


def test_the_index_keeps_keys_as_bytes_and_each_file_path_once(db):
    """Hex keys and a path per owner were 40% of the corpus's index: keys are the digests' 32
    bytes, and owners name their file by number."""
    import sqlite3

    index = sqlite3.connect(db / search_index.INDEX_FILE)
    assert {row for row in index.execute("SELECT typeof(key), length(key) FROM entries")} == {("blob", 32)}
    [(paths, distinct)] = index.execute("SELECT count(*), count(DISTINCT path) FROM files")
    assert paths == distinct == len(list(EXAMPLES.iterdir()))
    [(owners, numbered)] = index.execute("SELECT count(*), count(f.id) FROM owners o LEFT JOIN files f ON f.id = o.file")
    assert owners == numbered > paths  # every task's owner too


def test_each_kind_of_text_is_compressed_with_a_dictionary_of_its_own(db):
    """A task's few hundred bytes compress poorly alone; with a dictionary of other tasks' texts,
    to about half on the benchmark corpus."""
    import sqlite3
    import zlib

    index = sqlite3.connect(db / search_index.INDEX_FILE)
    dictionaries = dict(index.execute("SELECT kind, zdict FROM dictionaries"))
    assert set(dictionaries) == {"document", "task"}
    assert all(0 < len(d) <= search_index.DICTIONARY_BYTES for d in dictionaries.values())
    stored = [text for (text,) in index.execute("SELECT text FROM entries WHERE kind = 'task'")]
    codec = search_index._Codec.of(dictionaries["task"])
    texts = [codec.unpacked(text) for text in stored]
    assert len(texts) > 20 and all(texts)
    assert sum(map(len, stored)) < 0.8 * sum(len(zlib.compress(t.encode("utf-8"), 6)) for t in texts)


def test_an_index_of_an_older_format_is_built_again(tmp_path):
    import sqlite3

    build([EXAMPLES], db=tmp_path / "db", jobs=1)
    index = sqlite3.connect(tmp_path / "db" / search_index.INDEX_FILE)
    index.execute(f"PRAGMA user_version = {search_index.FORMAT_VERSION - 1}")
    index.commit()
    index.close()
    kg = build([EXAMPLES], db=tmp_path / "db", jobs=1)
    assert kg.report.indexed == 5
    assert kg.search("chong buon lau")


def test_a_damaged_index_is_built_again_from_scratch(tmp_path):
    docs = tmp_path / "docs"
    shutil.copytree(EXAMPLES, docs)
    build([docs], db=tmp_path / "db", jobs=1)
    (tmp_path / "db" / search_index.INDEX_FILE).write_bytes(b"not an sqlite file" * 100)
    kg = build([docs], db=tmp_path / "db", jobs=1)
    assert kg.report.indexed == 5
    assert kg.search("chong buon lau")


def _touched_after_reading(victim, change):
    """A progress wrapper that lets the build read every file, then `change`s `victim`."""
    def progress(outcomes):
        yield from outcomes
        change(victim)
    return progress


@pytest.mark.parametrize("jobs, change", [
    (2, lambda path: path.unlink()),
    (1, lambda path: path.write_text("Một văn bản khác hẳn.\n", encoding="utf-8")),
])
def test_a_document_gone_or_changed_after_its_extraction_is_indexed_as_it_was_read(tmp_path, jobs, change):
    """The workers hand the index the texts they loaded: it holds what the graph's facts come
    from, without loading any file a second time."""
    docs = tmp_path / "docs"
    shutil.copytree(EXAMPLES, docs)
    victim = docs / CHANGED
    files, _ = input_files([docs])
    report = build_database(files, tmp_path / "db", progress=_touched_after_reading(victim, change), jobs=jobs)
    assert not [w for w in report.warnings if "search index" in w] and report.indexed == len(files)
    found = {h.file for h in KnowledgeGraph.open(tmp_path / "db").search("chong buon lau", limit=100)
             if h.kind == "document"}
    assert found == {str(p) for p in files}
    assert not list(tmp_path.glob(".db.building-*")), "the staged texts are gone with the staging folder"


@pytest.mark.parametrize("change, problem", [
    (lambda path: path.unlink(), "cannot be read again"),
    (lambda path: path.write_text("Một văn bản khác hẳn.\n", encoding="utf-8"), "changed while the build read it"),
])
def test_a_cached_document_gone_or_changed_before_indexing_is_left_out_with_a_warning(tmp_path, change, problem):
    """A document the cache answers for and the previous index lacks is loaded again for the
    index; if it went or changed meanwhile, its facts stay and its text is left out, by name."""
    docs = tmp_path / "docs"
    shutil.copytree(EXAMPLES, docs)
    victim = docs / CHANGED
    files, _ = input_files([docs])
    build_database(files, tmp_path / "db", jobs=1)
    (tmp_path / "db" / search_index.INDEX_FILE).unlink()
    report = build_database(files, tmp_path / "db", progress=_touched_after_reading(victim, change), jobs=1)
    assert report.cached == len(files) and str(victim) in report.documents
    [warning] = [w for w in report.warnings if "search index" in w]
    assert warning.startswith(f"{victim}: left out of the search index: ") and problem in warning
    found = {h.file for h in KnowledgeGraph.open(tmp_path / "db").search("chong buon lau", limit=100)
             if h.kind == "document"}
    assert found == {str(p) for p in docs.iterdir() if p != victim}


def test_every_example_in_the_help_runs(db):
    import shlex

    from luocdo.commands.search import DESCRIPTION

    examples = [shlex.split(line) for line in DESCRIPTION.splitlines() if line.startswith("  luocdo search")]
    assert len(examples) == 3
    for _, *args in examples:
        result = luocdo(*[str(db) if a == "out/db" else a for a in args])
        assert result.returncode == 0 and result.stdout.strip(), (args, result.stderr)
