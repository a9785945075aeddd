"""A folder of good and bad documents builds: each bad one is listed with its reason, and the
graph is the graph of the good ones alone (issue 9, acceptance).

The folder is built twice in the same place, so that paths (and with them every source and
evidence) are the same: once with the good documents only, once with the bad ones added.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from harness import assert_clean, luocdo
from test_bad_held import CASES as HELD

EXAMPLES = sorted((Path(__file__).resolve().parents[2] / "examples").glob("*.txt"))

# Documents that read, generated beside the examples: one with a garbled citation (`số /QĐ-TTg`,
# no number) and impossible dates, whose bad parts are dropped, not the document.
GOOD = {
    "generated-notice.txt": "THÔNG BÁO\nSố: 12/TB-VPCP\nHà Nội, ngày 10 tháng 3 năm 2025\n\n"
                            "Kết luận của Phó Thủ tướng về triển khai Nghị định số 15/2020/NĐ-CP.\n\n"
                            "1. Giao Bộ Tư pháp chủ trì, phối hợp với Bộ Công an hoàn thành trước ngày 30/6/2025.\n"
                            "2. Ủy ban nhân dân tỉnh Lào Cai báo cáo Thủ tướng Chính phủ trước ngày 15/8/2025.\n",
    "garbled.txt": "THÔNG BÁO\nSố: 13/TB-VPCP\nHà Nội, ngày 12 tháng 3 năm 2025\n\n"
                   "Triển khai Quyết định số /QĐ-TTg ngày 31/02/2025 và Chỉ thị số  /CT-TTg ngày 15/08/99999.\n"
                   "Giao Bộ Tài chính chủ trì thực hiện.\n",
}


# Files no build can read: those of test_bad_held, and a few more.
BAD = {**HELD, "unicode-spaces.txt": " \u00a0\u2003\u3000\n\t\u2009\n".encode("utf-8"), "zero.pdf": b""}
REASONS = {
    "binary.txt": "binary",
    "empty.txt": "empty",
    "spaces.txt": "empty",
    "unicode-spaces.txt": "no text",
    "broken.docx": "DOCX",
    "broken.pdf": "PDF",
    "zero.pdf": "empty",
    "huge.txt": "limit",
}


def _graph(db: Path) -> tuple[dict, dict, dict]:
    """Nodes by id, edges by (from, to, type) and the graph's own fields, from build --json."""
    data = json.loads((db / "graph.json").read_text(encoding="utf-8"))
    nodes = {n["id"]: n for n in data["nodes"]}
    edges = {(e["source"], e["target"], e["key"]): e for e in data["edges"]}
    return nodes, edges, data["graph"]


def _build(folder: Path, db: Path):
    return luocdo("build", folder, "--db", db, "--json", "--jobs", "1", cpu_seconds=120)


@pytest.fixture(scope="module")
def builds(tmp_path_factory):
    root = tmp_path_factory.mktemp("corpus")
    folder = root / "docs"
    folder.mkdir()
    for example in EXAMPLES:
        (folder / example.name).write_bytes(example.read_bytes())
    for name, text in GOOD.items():
        (folder / name).write_text(text, encoding="utf-8")
    good = _build(folder, root / "good-db")
    for name, data in BAD.items():
        (folder / name).write_bytes(data)
    with open(folder / "huge.txt", "wb") as huge:  # over the size cap, sparse: no disk used
        huge.truncate(51 * 1024 * 1024)
    mixed = _build(folder, root / "mixed-db")
    return folder, root, good, mixed


def test_the_good_documents_alone_build_cleanly(builds):
    _, _, good, _ = builds
    assert_clean(good, exit_codes=(0,))


def test_each_bad_document_is_listed_with_its_reason(builds):
    folder, _, _, mixed = builds
    assert_clean(mixed, exit_codes=(3,), names=[folder / name for name in REASONS])
    for name, reason in REASONS.items():
        [line] = [line for line in mixed.stderr.splitlines() if line.startswith(f"skipped {folder / name}:")]
        assert reason in line, line
    skipped = {line.split(":")[0] for line in mixed.stderr.splitlines() if line.startswith("skipped")}
    assert len(skipped) == len(REASONS), skipped  # no good document among them


def test_the_graph_is_the_graph_of_the_good_documents_alone(builds):
    _, root, _, _ = builds
    good_nodes, good_edges, good_graph = _graph(root / "good-db")
    nodes, edges, graph = _graph(root / "mixed-db")
    assert nodes.keys() == good_nodes.keys()
    assert edges.keys() == good_edges.keys()
    assert nodes == good_nodes and edges == good_edges and graph == good_graph


def test_a_garbled_citation_and_impossible_dates_are_dropped_not_the_document(builds):
    folder, root, _, _ = builds
    nodes, _, _ = _graph(root / "good-db")
    garbled = [n for n in nodes.values() if n["label"] == "Document" and n["path"].endswith("garbled.txt")]
    assert len(garbled) == 1
    from_garbled = [n for n in nodes.values() if n["label"] == "Instrument"
                    and any(str(folder / "garbled.txt") == s for s in n["sources"])]
    assert [n["number"] for n in from_garbled] == ["13"]  # its own notice; no numberless QĐ or CT
    assert not [n for n in nodes.values() if "2025-02-31" in json.dumps(n) or "99999" in str(n.get("date"))]
    run = luocdo("extract", folder / "garbled.txt", "--format", "json")
    assert_clean(run, exit_codes=(0,), names=["garbled.txt"], says=["31/02/2025 is not a date"])


def test_wrong_encoding_garbage_is_skipped_too(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / EXAMPLES[0].name).write_bytes(EXAMPLES[0].read_bytes())
    (folder / "shiftjis.txt").write_bytes(("日本語のテキストです。ベトナム語ではありません。" * 50).encode("shift_jis"))
    run = _build(folder, tmp_path / "db")
    assert_clean(run, exit_codes=(3,), names=["shiftjis.txt"])
