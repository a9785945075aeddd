"""Full-text search over what documents and tasks say: one SQLite FTS5 file in the database folder.

    DIR/search.sqlite
      entries(id, kind, key, text)     one row per distinct text: a document's keyed by its content
                                       hash, a task's by the hash of its text (32 bytes each); the
                                       original text, compressed
      passages                         FTS5 over the folded text (`fold_keep_length`: lower case, no
                                       diacritics, `đ` as `d`), contentless: the text is kept once
      owners(entry, node, file, instrument)  whose each text is in this build, the file a number
      files(id, path)                  in `files`; both rewritten every build
      dictionaries(kind, zdict)        each kind's zstd dictionary, trained once on the first
                                       texts of that kind the index received

Matching is on folded words, so `chong buon lau` and `chống buôn lậu` find the same passages;
the snippet is cut from the original text at the same offsets (folding keeps one character per
character), so it keeps its diacritics. A rebuild inserts only texts the index does not hold yet
and deletes those no longer in the graph: an unchanged document is never read again.

>>> update(path, [Owner("document", sha, "doc:ab12", "a.txt", "TB:381/@2024")], text_of)  # doctest: +SKIP
1
>>> search(path, "chong buon lau")[0].snippet                                             # doctest: +SKIP
'… Ban Chỉ đạo 389 về **chống** **buôn** **lậu** …'
"""
from __future__ import annotations

import hashlib
import re
import sqlite3
from dataclasses import dataclass
from itertools import chain, groupby, islice
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional

import zstandard

from luocdo.normalize import fold_keep_length, fold_keep_length_all, nfc

INDEX_FILE = "search.sqlite"
# Raised when the tables change, so that a build starts a new index instead of reusing an old one.
# 2: texts compressed; 3: keys as bytes, owners by entry id and file number; 4: with a dictionary
# per kind; 5: zstd with a trained dictionary instead of zlib with a preset one
FORMAT_VERSION = 5
DOCUMENT, TASK = "document", "task"
HIGHLIGHT = ("**", "**")
SNIPPET_WIDTH = 160  # characters of original text around the best cluster of matched words
_MATCHES_SCANNED = 2000  # in a long document, the best window among the first so many matches

# The words FTS5's unicode61 tokenizer sees: runs of letters and digits.
_WORD = re.compile(r"[^\W_]+")

# Keys are hex sha256 digests, kept as their 32 bytes; entries needs no index on them (a build
# reads them all, a search joins on the row id), and owners are clustered by entry: hex keys, an
# index on them and every owner's path were 40% of the index on the benchmark corpus.
_SCHEMA = """
CREATE TABLE entries (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, key BLOB NOT NULL, text BLOB NOT NULL);
CREATE VIRTUAL TABLE passages USING fts5(folded, content='', tokenize='unicode61 remove_diacritics 0');
CREATE TABLE files (id INTEGER PRIMARY KEY, path TEXT NOT NULL);
CREATE TABLE owners (entry INTEGER NOT NULL, node TEXT NOT NULL, file INTEGER NOT NULL, instrument TEXT NOT NULL,
                     PRIMARY KEY (entry, node, instrument)) WITHOUT ROWID;
CREATE TABLE dictionaries (kind TEXT PRIMARY KEY, zdict BLOB NOT NULL);
"""
# A task's text is a few hundred bytes, too short to find much to repeat in it alone: with a
# dictionary trained on other tasks' texts the corpus's 181,790 task texts take 24 MB instead
# of 48 MB. zstd, because it prepares a dictionary once for every text: zlib loaded its preset
# dictionary again for each one, 0.1 ms a task, more than compressing it (19 s on the corpus).
DICTIONARY_BYTES = 32 * 1024
DICTIONARY_SAMPLE_BYTES = 100 * DICTIONARY_BYTES  # what zstd's trainer wants to learn from
_BATCH_CHARACTERS = 1 << 20  # texts folded and inserted together: a few MB of memory at a time
_LEVEL = 6  # on task texts 11 us each and 0.27 of their size; level 3 0.34, level 9 twice as slow


@dataclass(frozen=True)
class Owner:
    """One node whose text is `key`: a Document (file = its path) or a Task (file = the document
    that states it), with an instrument it belongs to (None when the graph gives it none)."""

    kind: str
    key: str
    node: str
    file: str
    instrument: Optional[str]


@dataclass(frozen=True)
class Hit:
    """A document or task that holds every word searched for, best first (higher score)."""

    kind: str
    node: str
    file: str
    instruments: tuple[str, ...]
    snippet: str
    score: float


def task_key(text: str) -> str:
    """A task's key: the hash of its text, so that a task that says the same is not indexed again."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def update(path: Path, owners: Iterable[Owner], text_of: Callable[[Owner], str]) -> int:
    """Make the index at `path` (created if absent, started anew if of another format) hold the
    text of every owner's key and nothing else; `text_of` is asked only for keys it lacks.
    Returns how many documents' texts were indexed now."""
    owners = list(owners)
    by_key = {o.key: o for o in owners}
    inserted = {kind: add_texts(path, kind, {o.key for o in owners if o.kind == kind}, lambda key: text_of(by_key[key]))
                for kind in (DOCUMENT, TASK)}
    set_owners(path, owners)
    return inserted[DOCUMENT]


def add_texts(path: Path, kind: str, keys: Iterable[str], text_of: Callable[[str], Optional[str]]) -> int:
    """Make the index at `path` hold, of the texts of `kind`, exactly those of `keys`: the ones it
    lacks are asked of `text_of` (None leaves a key out) and inserted, the others of `kind`
    deleted. The two kinds are kept apart so that documents can be indexed, in another process,
    while the graph that names the tasks is being built. Returns how many were inserted."""
    wanted = set(keys)
    with _writable(path) as db:
        dictionary = _dictionaries(db).get(kind)
        codec = _Codec.of(dictionary)
        held = {key.hex(): row_id for key, row_id in db.execute("SELECT key, id FROM entries WHERE kind = ?", (kind,))}
        for key in held.keys() - wanted:
            row_id = held[key]
            [stored] = db.execute("SELECT text FROM entries WHERE id = ?", (row_id,)).fetchone()
            db.execute("INSERT INTO passages (passages, rowid, folded) VALUES ('delete', ?, ?)",
                       (row_id, fold_keep_length(codec.unpacked(stored))))
            db.execute("DELETE FROM entries WHERE id = ?", (row_id,))
        texts = ((key, nfc(text)) for key in sorted(wanted - held.keys()) if (text := text_of(key)) is not None)
        if dictionary is None:
            first = _first_bytes(texts, DICTIONARY_SAMPLE_BYTES)
            dictionary = _trained([text.encode("utf-8") for _, text in first])
            if dictionary:
                db.execute("INSERT INTO dictionaries VALUES (?, ?)", (kind, dictionary))
                codec = _Codec.of(dictionary)
            texts = chain(first, texts)
        # row ids as SQLite gives them (one past the largest), set here so that a batch goes in
        # with two statements, folded in one pass
        first_id = next_id = (db.execute("SELECT max(id) FROM entries").fetchone()[0] or 0) + 1
        for batch in _batches(texts, _BATCH_CHARACTERS):
            ids = range(next_id, next_id + len(batch))
            next_id += len(batch)
            db.executemany("INSERT INTO entries (id, kind, key, text) VALUES (?, ?, ?, ?)",
                           [(i, kind, bytes.fromhex(key), codec.packed(text)) for i, (key, text) in zip(ids, batch)])
            db.executemany("INSERT INTO passages (rowid, folded) VALUES (?, ?)",
                           zip(ids, fold_keep_length_all([text for _, text in batch])))
    return next_id - first_id


def set_owners(path: Path, owners: Iterable[Owner]) -> None:
    """Whose each text is, in this build: rewritten whole, since it is small beside the texts.
    An owner whose text the index does not hold (left out with a warning) is left out too."""
    owners = list(owners)
    with _writable(path) as db:
        entry_of = {(kind, key.hex()): row_id for kind, key, row_id in db.execute("SELECT kind, key, id FROM entries")}
        file_of = {file: number for number, file in enumerate(sorted({o.file for o in owners}), start=1)}
        db.execute("DELETE FROM owners")
        db.execute("DELETE FROM files")
        db.executemany("INSERT INTO files VALUES (?, ?)", ((number, file) for file, number in file_of.items()))
        db.executemany("INSERT OR IGNORE INTO owners VALUES (?, ?, ?, ?)",
                       sorted((entry_of[o.kind, o.key], o.node, file_of[o.file], o.instrument or "")
                              for o in owners if (o.kind, o.key) in entry_of))


def _batches(items: Iterable[tuple[str, str]], characters: int) -> Iterator[list[tuple[str, str]]]:
    """(key, text) items in lists of about `characters` characters of text (one long text alone)."""
    batch, held = [], 0
    for item in items:
        batch.append(item)
        held += len(item[1])
        if held >= characters:
            yield batch
            batch, held = [], 0
    if batch:
        yield batch


def _first_bytes(texts: Iterator[tuple[str, str]], size: int) -> list[tuple[str, str]]:
    """(key, text) taken from `texts` until they hold `size` bytes or it ends: keys are hashes, so
    the texts of the first keys are a fair sample of a kind's to make its dictionary from."""
    first, held = [], 0
    for item in texts:
        first.append(item)
        held += len(item[1].encode("utf-8"))
        if held >= size:
            break
    return first


def _dictionaries(db: sqlite3.Connection) -> dict[str, bytes]:
    return dict(db.execute("SELECT kind, zdict FROM dictionaries"))


def _trained(sample: list[bytes]) -> bytes:
    """A dictionary learnt from `sample`; too few texts to learn from (a handful of documents)
    make one of their own bytes, as raw content, and none at all leave the texts without."""
    try:
        return zstandard.train_dictionary(DICTIONARY_BYTES, sample, level=_LEVEL).as_bytes()
    except zstandard.ZstdError:
        return b"".join(sample)[-DICTIONARY_BYTES:]


@dataclass(frozen=True)
class _Codec:
    """The original text, kept for snippets, compressed with its kind's dictionary: plain, it made
    the index 1.75 times the documents' size, past the whole store's budget of 3 times the input."""

    compressor: zstandard.ZstdCompressor
    decompressor: zstandard.ZstdDecompressor

    @classmethod
    def of(cls, dictionary: Optional[bytes]) -> "_Codec":
        """A codec with `dictionary` prepared once: a trained one (which zstd recognises by its
        magic number) or raw content."""
        prepared = zstandard.ZstdCompressionDict(dictionary) if dictionary else None
        return cls(zstandard.ZstdCompressor(level=_LEVEL, dict_data=prepared, write_checksum=False, write_dict_id=False),
                   zstandard.ZstdDecompressor(dict_data=prepared))

    def packed(self, text: str) -> bytes:
        return self.compressor.compress(text.encode("utf-8"))

    def unpacked(self, stored: bytes) -> str:
        return self.decompressor.decompress(stored).decode("utf-8")


class _writable:
    """A connection to the index in one transaction, committed (and closed) only on success."""

    def __init__(self, path: Path):
        self.db = sqlite3.connect(path)
        try:
            version = self.db.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.DatabaseError:  # not an SQLite file: a damaged copy of the previous index
            version = None
        if version != FORMAT_VERSION:
            self.db.close()
            Path(path).unlink(missing_ok=True)
            self.db = sqlite3.connect(path)
            self.db.executescript(_SCHEMA + f"PRAGMA user_version = {FORMAT_VERSION};")

    def __enter__(self) -> sqlite3.Connection:
        return self.db

    def __exit__(self, kind, value, traceback) -> None:
        try:
            if kind is None:
                self.db.commit()
        finally:
            self.db.close()


def query_words(text: str) -> list[str]:
    """The folded words of what a user typed, each once, in order; everything else (quotes, `*`,
    `-`, `:`, parentheses) separates words, as it does in the indexed text."""
    return list(dict.fromkeys(_WORD.findall(fold_keep_length(nfc(text)))))


def match_expression(words: list[str]) -> str:
    """An FTS5 query that every word must match as a literal string: `NEAR`, `OR` or `*` typed
    by a user are words to find, never operators."""
    return " ".join('"' + word.replace('"', '""') + '"' for word in words)


def search(path: Path, text: str, limit: int = 10) -> list[Hit]:
    """The `limit` best documents and tasks holding every word of `text` (bm25), each with its
    snippet, file and instruments. No words, no hits."""
    words = query_words(text)
    if not words:
        return []
    db = sqlite3.connect(Path(path).absolute().as_uri() + "?mode=ro", uri=True)
    try:
        codecs = {kind: _Codec.of(dictionary) for kind, dictionary in _dictionaries(db).items()}
        ranked = db.execute("SELECT e.id, e.kind, e.text, bm25(passages) FROM passages JOIN entries e "
                            "ON e.id = passages.rowid WHERE passages MATCH ? ORDER BY bm25(passages), e.key",
                            (match_expression(words),))
        hits = []
        for entry, kind, entry_text, rank in ranked:
            shown = snippet((codecs.get(kind) or _Codec.of(None)).unpacked(entry_text), words)
            owned = db.execute("SELECT o.node, f.path, o.instrument FROM owners o JOIN files f ON f.id = o.file "
                               "WHERE o.entry = ? ORDER BY o.node, o.instrument", (entry,)).fetchall()
            for node, rows in groupby(owned, key=lambda row: row[0]):
                rows = list(rows)
                instruments = tuple(dict.fromkeys(r[2] for r in rows if r[2]))
                hits.append(Hit(kind, node, rows[0][1], instruments, shown, -rank))
            if len(hits) >= limit:
                break
        return hits[:limit]
    finally:
        db.close()


def snippet(text: str, words: list[str], width: int = SNIPPET_WIDTH) -> str:
    """About `width` characters of `text` around the place where most of the folded `words`
    occur close together, each occurrence marked with HIGHLIGHT, on one line."""
    folded = fold_keep_length(text)
    alternatives = "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
    found = list(islice(re.finditer(rf"(?<![^\W_])(?:{alternatives})(?![^\W_])", folded), _MATCHES_SCANNED))
    if not found:
        return _one_line(text[:width])
    best = _densest(found, width, len(words))
    start = max(0, found[best].start() - width // 4)
    while 0 < start < found[best].start() and not text[start - 1].isspace():
        start += 1
    end = min(len(text), start + width)
    while end < len(text) and not text[end].isspace() and end < found[best].start() + width + 20:
        end += 1
    pieces, at = [], start
    for m in found:
        if m.start() >= start and m.end() <= end:
            pieces += [text[at:m.start()], HIGHLIGHT[0], text[m.start():m.end()], HIGHLIGHT[1]]
            at = m.end()
    pieces.append(text[at:end])
    return ("… " if start else "") + _one_line("".join(pieces)) + (" …" if end < len(text) else "")


def _densest(found: list[re.Match], width: int, words: int) -> int:
    """The index of the match that begins the window of `width` with the most distinct words
    (the first such), so that the snippet shows the words together rather than one alone."""
    best, best_count = 0, 0
    for i, first in enumerate(found):
        seen = set()
        for m in found[i:]:
            if m.start() >= first.start() + width or len(seen) == words:
                break
            seen.add(m.group())
        if len(seen) > best_count:
            best, best_count = i, len(seen)
            if best_count == words:
                break
    return best


def _one_line(text: str) -> str:
    return " ".join(text.split())
