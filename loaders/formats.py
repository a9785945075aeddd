"""File formats: which one a file is, and the raw text of PDF, DOCX and HTML files.

For these formats the "source text" that offsets refer to is the extracted raw text returned
here (the PDF text layer, the DOCX paragraphs and table rows, the HTML main content), not the
file's bytes: a span of the cleaned text maps to a span of that extracted text.
"""
from __future__ import annotations

import io
import re
import zipfile
from html.parser import HTMLParser
from typing import Optional

from .errors import LoadError

# File endings luocdo reads as documents; a folder walk takes only these (and files without one).
EXTENSIONS = {
    ".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".pdf": "pdf", ".docx": "docx",
}
_HTML_START = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|div|p|article)\b", re.I | re.S)


def sniff(data: bytes, path: str) -> str:
    """"pdf", "docx", "html", "markdown" or "text": the extension if known, else the content."""
    suffix = path[path.rfind(".") :].lower() if "." in path.rsplit("/", 1)[-1] else ""
    if suffix in EXTENSIONS:
        return EXTENSIONS[suffix]
    if data.startswith(b"%PDF"):
        return "pdf"
    if data.startswith(b"PK\x03\x04") and _is_docx(data):
        return "docx"
    if _HTML_START.match(data[:4096]):
        return "html"
    return "text"


def _is_docx(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "word/document.xml" in archive.namelist()
    except zipfile.BadZipFile:
        return False


def pdf_text(data: bytes, path: str) -> tuple[str, list[str]]:
    """The text layer, pages joined by newlines; warns about pages that need OCR."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            reader.decrypt("")
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, TypeError) as err:
        raise LoadError(path, f"is not a readable PDF ({err})") from err
    blank = [str(i + 1) for i, page in enumerate(pages) if not page.strip()]
    if len(blank) == len(pages):
        raise LoadError(path, "is a PDF without a text layer (scanned images): it needs OCR")
    warnings = [f"{path}: page(s) {', '.join(blank)} have no text layer and need OCR"] if blank else []
    return "\n".join(pages), warnings


def docx_text(data: bytes, path: str) -> str:
    """Body paragraphs and table rows in document order; cells separated by tabs."""
    import docx
    from docx.table import Table

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as err:  # python-docx raises several unrelated types for a broken package
        raise LoadError(path, f"is not a readable DOCX file ({err})") from err
    lines = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            lines.extend(_table_rows(block))
        else:
            lines.append(block.text)
    return "\n".join(lines)


def _table_rows(table) -> list[str]:
    rows = []
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:
            if id(cell._tc) not in seen:  # a merged cell is repeated once per grid column
                seen.add(id(cell._tc))
                cells.append(cell.text.replace("\n", " "))
        rows.append("\t".join(cells))
    return rows


def html_text(html: str) -> tuple[str, dict[str, Optional[str]]]:
    """Main content via trafilatura (paragraphs kept); a plain tag-stripping parse if it finds none."""
    import trafilatura

    text = trafilatura.extract(html, output_format="txt", include_tables=True, include_comments=False, favor_recall=True)
    found = trafilatura.extract_metadata(html)
    meta = {
        "title": getattr(found, "title", None),
        "date": getattr(found, "date", None),
        "author": getattr(found, "author", None),
    }
    return (text if text and text.strip() else _strip_tags(html)), meta


class _TagStripper(HTMLParser):
    _BLOCKS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "table"}
    _SKIP = {"script", "style", "noscript", "template"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        self.skipping += tag in self._SKIP
        if tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        self.skipping -= tag in self._SKIP and self.skipping > 0
        if tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


def _strip_tags(html: str) -> str:
    parser = _TagStripper()
    parser.feed(html)
    parser.close()
    return "".join(parser.parts)
