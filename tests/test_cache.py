"""The extraction cache: what the graph needs of each document, as JSON that cannot run code."""
from __future__ import annotations

import zlib
from dataclasses import dataclass
from pathlib import Path

import pytest
import zstandard

from luocdo.cache import ExtractionCache, decode, encode
from luocdo.evidence import for_graph
from luocdo.extract import extract
from luocdo.graph import jsonio
from luocdo.graph.build import build_graph
from luocdo.loaders import load
from luocdo.model import Evidence, Span

SEED = Path(__file__).resolve().parents[1] / "examples" / "001_2e663b31c79c2c39.txt"


def _zstd(data: bytes) -> bytes:
    return zstandard.ZstdCompressor(write_checksum=True).compress(data)


@pytest.fixture(scope="module")
def full():
    return extract(load(SEED))


def test_ready_for_the_graph_means_the_same_graph_without_the_text(full):
    slim = for_graph(full)
    assert slim.document.text == "" and len(slim.document.source_offsets) == 0 and slim.parts is None
    assert jsonio.dumps(build_graph([slim])) == jsonio.dumps(build_graph([full]))
    task = full.tasks[0]
    assert slim.evidence[task.span].start == full.document.source_span(task.span)[0]


def test_an_entry_reads_back_as_the_same_extraction(full):
    slim = for_graph(full)
    back = decode(encode(slim))
    assert back == slim
    assert isinstance(back.tasks[0].span, Span) and isinstance(next(iter(back.evidence.values())), Evidence)


def test_an_entry_is_smaller_than_the_document(full):
    assert len(encode(for_graph(full))) < SEED.stat().st_size


@pytest.mark.parametrize("blob", [
    b"",
    b"\x80\x04\x95 pickle of os.system",  # a pickle is not read, let alone run
    _zstd(b"[1, 2, 3]"),  # JSON, but not an extraction
    _zstd(b'{"document": {"path": 1}}'),  # wrong types
    _zstd(b"\xff\xfe not utf-8"),
    zlib.compress(b"[1, 2, 3]"),  # the format before zstd
    _zstd(b"[]")[:-3],  # truncated: its checksum does not match
])
def test_anything_else_is_refused_with_a_value_error(blob):
    with pytest.raises(ValueError):
        decode(blob)


def test_a_corrupt_or_truncated_entry_is_a_miss_and_is_extracted_again(full, tmp_path):
    cache = ExtractionCache(write_dir=tmp_path / "c", fingerprint="f")
    cache.put("abc", for_graph(full))
    [entry] = (tmp_path / "c").iterdir()
    entry.write_bytes(entry.read_bytes()[:100])
    again = ExtractionCache(write_dir=tmp_path / "d", read_dirs=[tmp_path / "c"], fingerprint="f")
    assert again.get("abc", "x.txt") is None and again.misses == 1


def test_two_files_with_the_same_bytes_share_one_entry(full, tmp_path):
    first = ExtractionCache(write_dir=tmp_path / "old", fingerprint="f")
    first.put("abc", for_graph(full))
    cache = ExtractionCache(write_dir=tmp_path / "new", read_dirs=[tmp_path / "old"], fingerprint="f")
    a, b = cache.get("abc", "a.txt"), cache.get("abc", "b.txt")
    assert (a.document.path, b.document.path, cache.hits) == ("a.txt", "b.txt", 2)
    assert len(list((tmp_path / "new").iterdir())) == 1


def test_a_long_sentence_is_cut_around_the_mention_on_word_boundaries():
    from luocdo.evidence import snippet
    from luocdo.extract.sentences import Sentence

    text = "Điều 5. " + "quy định chung về quản lý " * 40 + "Bộ Tư pháp chủ trì" + " và thực hiện việc kiểm tra" * 40
    at = text.index("Bộ Tư pháp")
    cut = snippet(text, Sentence(text, Span(0, len(text))), Span(at, at + 10), limit=200)
    assert "Bộ Tư pháp chủ trì" in cut and cut.startswith("…") and cut.endswith("…")
    assert len(cut) <= 202 and " ".join(cut.strip("…").split()) in " ".join(text.split())
    short = "Bộ Tư pháp chủ trì."
    assert snippet(short, Sentence(short, Span(0, len(short))), Span(0, 10)) == short


def test_a_hit_can_skip_rebuilding_what_its_reader_drops(full, tmp_path):
    """Resolution's first pass reads entries without tasks and evidence (NOT_RESOLVED)."""
    from luocdo.resolve import NOT_RESOLVED, for_resolution

    ExtractionCache(write_dir=tmp_path / "c", fingerprint="f").put("abc", for_graph(full))
    cache = ExtractionCache(write_dir=tmp_path / "d", read_dirs=[tmp_path / "c"], fingerprint="f")
    view = cache.get("abc", "x.txt", NOT_RESOLVED)
    assert view == for_resolution(cache.get("abc", "x.txt"))
    assert not view.tasks and not view.evidence and full.tasks


@dataclass(frozen=True)
class _Keyed:
    counts: dict[Span, int]


@dataclass(frozen=True)
class _Holder:
    inner: _Keyed
    pairs: dict[Span, int]


def test_dicts_keyed_by_dataclasses_read_back_at_any_depth():
    """msgspec writes and reads only string keys: at the top they go as pairs through its fast
    path, below it through to_data and from_data, the same JSON either way."""
    from luocdo import serial

    value = _Holder(_Keyed({Span(1, 2): 3}), {Span(4, 5): 6})
    assert serial.loads(_Holder, serial.dumps(value)) == value
    assert serial.loads(_Keyed, serial.dumps(value.inner)) == value.inner
