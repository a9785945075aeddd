"""What a file is: the one place that decides `LoadedDocument.kind`.

Content wins over format: a news page or a legal-database page saved as HTML, text or PDF is
"news" or "legal_db" (the extractor treats a news article as a report about an instrument, not
the instrument itself). Otherwise the kind is the format: "html", "pdf", "docx", "markdown", "text".
"""
from __future__ import annotations

from .furniture import config, marker, metadata_rows
from .lines import Line

_HEAD = 60  # lines at the top of a page where a news byline or a metadata table sits
_LEDE = 3  # a news report names the instrument it reports on in its first lines


def detect_kind(lines: list[Line], fmt: str) -> str:
    """"news", "legal_db" or the format `fmt` ("text", "markdown", "html", "pdf", "docx")."""
    if is_legal_db(lines):
        return "legal_db"
    if is_news(lines):
        return "news"
    return fmt


def is_legal_db(lines: list[Line]) -> bool:
    """A metadata table (three known fields) or site panels around the text."""
    fields = {field for line in lines[:_HEAD] for field, _ in metadata_rows(line.text)}
    if len(fields - {"header"}) >= 3:
        return True
    return bool(fields) and _count_markers(lines, config()["panels"], 2) >= 2


def is_news(lines: list[Line]) -> bool:
    """Page furniture of a news site, or a reporting lede in a text that is not itself official."""
    cfg = config()
    head = lines[:_HEAD]
    dated = [cfg["date_line"].match(line.text) is not None for line in head]
    furniture = sum(1 for line, date in zip(head, dated) if date or cfg["news_drop"].search(line.text))
    # A dateline with a clock time (`16/03/2025 08:10`) is a news site's own mark; documents never print one.
    furniture += any(date and ":" in line.text for line, date in zip(head, dated))
    if furniture + _count_markers(lines, cfg["related"], 2 - furniture) >= 2:
        return True
    if any(cfg["document"].search(line.text) for line in lines):
        return False
    return any(cfg["reporting"].search(line.text) or cfg["dateline"].match(line.text) for line in lines[:_LEDE])


def _count_markers(lines: list[Line], markers: frozenset[str], enough: int) -> int:
    """How many lines are one of `markers`, counted up to `enough` (then the scan stops)."""
    found = 0
    for line in lines:
        if found >= enough:
            break
        if marker(line.text) in markers:
            found += 1
    return found
