"""Loaders: files (text, Markdown, HTML, PDF, DOCX) to clean NFC text with offsets to the source.

>>> from luocdo.loaders import load_string
>>> doc = load_string("**THÔNG BÁO****Kết luận của Phó Thủ tướng**")
>>> doc.text
'THÔNG BÁO\\n\\nKết luận của Phó Thủ tướng'

`doc.source_offsets` (an `array('i')`, len(text) + 1 entries) maps each character of `doc.text`
to the decoded source text; for PDF, DOCX and HTML the source is the extracted raw text.
"""
from __future__ import annotations

import os
import stat

from luocdo.model import LoadedDocument

from . import pipeline
from .errors import LoadError
from .pipeline import load_bytes, load_string

__all__ = ["LoadError", "MAX_BYTES", "load", "load_bytes", "load_string"]


def __getattr__(name: str):
    if name == "MAX_BYTES":  # one constant, owned by the pipeline (tests monkeypatch it there)
        return pipeline.MAX_BYTES
    raise AttributeError(name)


_KIND_OF = {stat.S_IFDIR: "a folder", stat.S_IFIFO: "a named pipe (FIFO)", stat.S_IFSOCK: "a socket",
            stat.S_IFCHR: "a character device", stat.S_IFBLK: "a block device"}


def load(path: str | os.PathLike) -> LoadedDocument:
    """Read and load the file at `path`; raises LoadError naming the file and the problem."""
    name = os.fspath(path)
    try:
        info = os.stat(name)
        if not stat.S_ISREG(info.st_mode):  # a FIFO would block open() until someone writes to it
            raise LoadError(name, f"is {_KIND_OF.get(stat.S_IFMT(info.st_mode), 'not a regular file')}, not a document file")
        size = info.st_size
        if size > pipeline.MAX_BYTES:
            raise LoadError(name, f"is {size} bytes, over the {pipeline.MAX_BYTES // (1024 * 1024)} MB limit (MAX_BYTES)")
        with open(name, "rb") as handle:
            data = handle.read()
    except OSError as err:
        raise LoadError(name, f"cannot be read ({err.strerror or err})") from err
    return load_bytes(data, name)
