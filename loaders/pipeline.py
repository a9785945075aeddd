"""Bytes or text to a LoadedDocument: decode, NFC, markup, furniture, reflow, with offsets.

Every step builds its output from slices of its input (see builder.py), so the final
`source_offsets` map cleaned characters to the decoded source (or, for PDF, DOCX and HTML, to
the extracted raw text) without any re-alignment.
"""
from __future__ import annotations

import hashlib
from typing import Optional

from luocdo.model import LoadedDocument, PageMetadata

from . import formats, furniture, markdown, signed_pdf
from .builder import Text
from .decode import decode
from .errors import LoadError
from .kind import detect_kind
from .lines import render, split_columns, split_lines
from .nfc import normalize
from .reflow import is_hard_wrapped, joiners

MAX_BYTES = 50 * 1024 * 1024  # larger files are refused: no Vietnamese document is that long
# Characters after a news article that are dropped with a warning: a page's related-news block is
# shorter, so more is a long file whose rest (a second article, a repeat) would vanish unsaid.
NEWS_TAIL_WARNING = 20_000


def load_bytes(data: bytes, path: str) -> LoadedDocument:
    """Load a file's bytes; `path` names it in errors and warnings and its extension picks the format."""
    if len(data) > MAX_BYTES:
        raise LoadError(path, f"is {len(data)} bytes, over the {MAX_BYTES // (1024 * 1024)} MB limit (MAX_BYTES)")
    if not data.strip():
        raise LoadError(path, "is empty")
    fmt = formats.sniff(data, path)
    digest = hashlib.sha256(data).hexdigest()
    meta: dict[str, Optional[str]] = {}
    if fmt == "pdf":
        raw, warnings = formats.pdf_text(data, path)
        return _load_text(raw, fmt, path, digest, None, warnings, meta)
    if fmt == "docx":
        return _load_text(formats.docx_text(data, path), fmt, path, digest, None, [], meta)
    raw, encoding, warnings = decode(data, path)
    if fmt == "html":
        raw, meta = formats.html_text(raw, path)
    return _load_text(raw, fmt, path, digest, encoding, warnings, meta)


def load_string(text: str, path: str = "<string>") -> LoadedDocument:
    """Load text already in memory (tests, notebooks); the format is sniffed from `path` and content."""
    data = text.encode("utf-8")
    fmt = formats.sniff(data, path)
    meta: dict[str, Optional[str]] = {}
    if fmt == "html":
        text, meta = formats.html_text(text, path)
    return _load_text(text, fmt, path, hashlib.sha256(data).hexdigest(), None, [], meta)


def _load_text(raw, fmt, path, digest, encoding, warnings, meta) -> LoadedDocument:
    src = normalize(Text.source(raw))
    fields, body_start = markdown.front_matter(src.text) if fmt in ("text", "markdown") else ({}, 0)
    if fmt == "text" and markdown.looks_like_markdown(src.text):
        fmt = "markdown"
    if fmt == "markdown":
        src = markdown.strip_markup(src, body_start)
    lines = signed_pdf.without_stamps(furniture.without_site_lines(split_columns(split_lines(src), is_row=lambda text: bool(furniture.metadata_rows(text)))))
    kind = detect_kind(lines, fmt)
    if kind in ("pdf", "text"):
        lines = signed_pdf.without_page_numbers(lines, from_pdf=fmt == "pdf")
    page_metadata = None
    if kind == "news":
        page_end = lines[-1].end if lines else 0
        lines, found = furniture.clean_news(lines)
        warnings = warnings + _news_cut(path, lines, page_end)
    elif kind == "legal_db":
        lines, found, table = furniture.clean_legal_db(lines)
        page_metadata = _page_metadata(src, table)
    else:
        found = {}
    if kind != "news":
        lines = signed_pdf.split_flattened_closing(signed_pdf.split_flattened_header(lines))
    wrapped = fmt == "pdf" or is_hard_wrapped(lines)
    out = render(src, lines, joiners(lines, wrapped, printed=fmt == "pdf"))
    if not any(c.isalpha() for c in out.text):
        raise LoadError(path, _no_text(out.text, fmt))

    def pick(key: str) -> Optional[str]:
        return fields.get(key) or found.get(key) or meta.get(key)

    date = pick("date")
    return LoadedDocument(
        path=path,
        text=out.text,
        source_offsets=out.offsets,
        kind=kind,
        sha256=digest,
        encoding=encoding,
        title=pick("title"),
        date=furniture.iso_date(date) if date else None,
        author=pick("author"),
        warnings=warnings,
        metadata=page_metadata,
    )


def _news_cut(path: str, article: list, page_end: int) -> list[str]:
    """A warning when cleaning a news page left out more than a related-news block's worth after the article."""
    article_end = article[-1].end if article else 0
    tail = page_end - article_end
    if tail <= NEWS_TAIL_WARNING:
        return []
    return [f"{path}: news page: the article ends at character {article_end}; the {tail} characters after it "
            "were read as related news or repeats and left out"]


def _no_text(text: str, fmt: str) -> str:
    """Why a file gives no document: nothing left, or spaces and punctuation without a letter."""
    if text.strip():
        return "has no text: no letter, only spaces, digits or punctuation"
    return "has no text left after cleaning" + (": it needs OCR" if fmt == "pdf" else "")


_METADATA_FIELDS = {"number": "number_symbol", "type": "type_name", "issuer": "issuer", "signer": "signer",
                    "date": "issued_date"}


def _page_metadata(src: Text, table: furniture.MetadataTable) -> Optional[PageMetadata]:
    """The table's fields the extractor uses, with the source characters of each value."""
    values, spans = {}, {}
    for key, name in _METADATA_FIELDS.items():
        if key in table:
            value, line = table[key]
            values[name] = furniture.iso_date(value) if key == "date" else value
            spans[name] = (src.offsets[line.start], src.offsets[line.end - 1] + 1)
    return PageMetadata(**values, spans=spans) if values else None
