"""Extractions cached by file content, so a rebuild re-extracts only what changed.

An entry is keyed by the sha256 of the file's bytes and by the extractor's fingerprint: the
luocdo version plus a hash of the loader, extractor and data files (including the user's
LUOCDO_DATA_DIR), so editing a pattern or a gazetteer invalidates every entry without anyone
remembering to bump a version. Each build writes a fresh cache folder with only the entries it
used, which keeps the cache the size of the corpus.
"""
from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path
from typing import Iterable, Optional

from luocdo import serial
from luocdo.model import Extraction, LoadedDocument


def _code_files() -> list[Path]:
    import luocdo
    import luocdo.data
    import luocdo.loaders

    roots = [Path(luocdo.__file__).parent / "extract", Path(luocdo.loaders.__file__).parent,
             Path(luocdo.data.__file__).parent]
    if os.environ.get("LUOCDO_DATA_DIR"):
        roots.append(Path(os.environ["LUOCDO_DATA_DIR"]))
    own = [Path(luocdo.__file__).parent / name for name in ("model.py", "ids.py", "normalize.py", "evidence.py", "serial.py")]
    return own + sorted(p for root in roots for p in root.rglob("*") if p.suffix in (".py", ".json", ".tsv"))


def extractor_fingerprint() -> str:
    """Changes whenever anything that decides an Extraction changes."""
    from luocdo import __version__

    digest = hashlib.sha256(__version__.encode())
    for path in _code_files():
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return f"{__version__}-{digest.hexdigest()[:16]}"


def content_sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


class ExtractionCache:
    """Reads entries from earlier builds' cache folders, writes this build's into `write_dir`.

    >>> cache = ExtractionCache(write_dir=Path("out/.db.building/cache"), read_dirs=[Path("out/db/cache")])  # doctest: +SKIP
    >>> cache.get(sha) or cache.put(sha, extract(load(path)))                                           # doctest: +SKIP
    """

    def __init__(self, write_dir: Optional[Path], read_dirs: Iterable[Path] = (), fingerprint: Optional[str] = None):
        self.write_dir = write_dir
        self.read_dirs = [Path(d) for d in read_dirs]
        self.fingerprint = fingerprint or extractor_fingerprint()
        self.hits = self.misses = 0
        self.warnings: list[str] = []  # entries that could not be read, one line each
        if write_dir is not None:
            Path(write_dir).mkdir(parents=True, exist_ok=True)

    def _name(self, sha: str) -> str:
        return f"{sha}.{self.fingerprint}.json.zst"

    def get(self, sha: str, path: str, skip: Optional[dict] = None) -> Optional[Extraction]:
        """The cached extraction of this content, re-attached to `path` (the same bytes may
        have moved or been copied), with the fields in `skip` left empty; None when absent.
        An entry that cannot be read (truncated, corrupt, not ours) is a miss too, with a warning:
        the file is extracted again."""
        for folder in self.read_dirs:
            entry = folder / self._name(sha)
            if not entry.is_file():
                continue
            try:
                extraction = decode(entry.read_bytes(), skip)
            except (OSError, ValueError) as exc:
                self.warnings.append(f"cache entry {entry} could not be read ({_short(exc)}); {path} extracted again")
                continue
            self.hits += 1
            self._keep(entry)
            extraction.document.path = path
            return extraction
        self.misses += 1
        return None

    def reread(self, document: LoadedDocument) -> Extraction:
        """The extraction this build has kept for `document` (by its sha256), read again from
        this build's folder, for `document`'s path."""
        extraction = decode((self.write_dir / self._name(document.sha256)).read_bytes())
        extraction.document.path = document.path
        return extraction

    def put(self, sha: str, extraction: Extraction, entry: Optional[bytes] = None) -> Extraction:
        """Keep `extraction` under `sha`; `entry` is its `encode` when a worker has made it already."""
        if self.write_dir is not None:
            blob = entry if entry is not None else encode(extraction)
            _write_whole(self.write_dir / self._name(sha), lambda tmp: tmp.write_bytes(blob))
        return extraction

    def _keep(self, entry: Path) -> None:
        """Carry an entry into this build's folder; two files with the same bytes share one."""
        if self.write_dir is not None and entry.parent != self.write_dir:
            target = self.write_dir / entry.name
            if target.exists():
                return
            try:
                os.link(entry, target)
            except OSError:
                _write_whole(target, lambda tmp: shutil.copyfile(entry, tmp))


def _write_whole(target: Path, write) -> None:
    """`write(tmp)` then rename over `target`, so that no reader ever sees half an entry. A
    failed write (a full disk) names the file, which the OS error of a write() does not."""
    tmp = target.with_name(target.name + ".tmp")
    try:
        write(tmp)
    except OSError as exc:
        raise OSError(exc.errno, exc.strerror, str(tmp)) from exc
    tmp.replace(target)


def _short(exc: BaseException, limit: int = 120) -> str:
    text = str(exc) or type(exc).__name__
    return text if len(text) <= limit else text[:limit] + "…"


def encode(extraction: Extraction) -> bytes:
    """A cache entry: the extraction as compressed JSON (luocdo.serial)."""
    _name_forward_types()
    return serial.dumps(extraction)


def decode(blob: bytes, skip: Optional[dict] = None) -> Extraction:
    """The extraction `encode` wrote, with the fields in `skip` left empty; ValueError for
    anything else. Entries are JSON, so reading one never runs code, whoever wrote the file."""
    _name_forward_types()
    return serial.loads(Extraction, blob, skip)


def _name_forward_types() -> None:
    from luocdo.extract.parts import DocumentParts  # Extraction names it only as a string (an import cycle)

    serial.forward(DocumentParts)
