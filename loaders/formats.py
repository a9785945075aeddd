"""File formats: which one a file is, and the raw text of PDF, DOCX and HTML files.

For these formats the "source text" that offsets refer to is the extracted raw text returned
here (the PDF text layer, the DOCX paragraphs and table rows, the HTML main content), not the
file's bytes: a span of the cleaned text maps to a span of that extracted text.
"""
from __future__ import annotations

import contextlib
import copy
import io
import logging
import re
import zipfile
from html.parser import HTMLParser
from typing import Optional

from .errors import LoadError
from .word_lists import W, ListNumbers

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


# What one document may expand to, each refused with a message naming the file and the cap.
# The longest real texts (codified laws in the corpus) are under 4 MB; the caps sit far above
# that and far below what takes a process past its memory (a 1.26 MB DOCX bomb once reached 6 GB).
MAX_TEXT_CHARS = 50 * 1024 * 1024  # extracted text, as MAX_BYTES for a text file
MAX_PDF_PAGES = 10_000  # the thickest gazette volumes have a few thousand pages
# pypdf keeps each page's decompressed content stream; a page of text needs some kilobytes, a
# vector map a few MB. Without these a few MB of FlateDecode expand to gigabytes.
MAX_PDF_STREAM = 8 * 1024 * 1024
MAX_PDF_CONTENT = 200 * 1024 * 1024
# pdfplumber finds a page's ruled tables in some 35 ms: a plan and its appendices of tasks are
# tens of pages, a gazette volume thousands.
MAX_PDF_TABLE_PAGES = 300
# python-docx holds every part and lxml's tree of the XML in memory: 40 MB of XML (22 MB of
# text) peaked at 940 MB. Word writes some tens of MB of XML for the longest codified law.
MAX_DOCX_EXPANDED = 100 * 1024 * 1024
# Word's XML deflates about 10:1; only a crafted entry comes near DEFLATE's 1032:1.
MAX_DOCX_RATIO = 100
_RATIO_FROM = 1024 * 1024  # small entries (styles, a blank page) may compress further
# HTML pages of the legal databases are under 1 MB; lxml and trafilatura take about 55 bytes of
# memory per character and minutes per ten million (a page of 17 million: 940 MB, over 4 min).
MAX_HTML_CHARS = 5_000_000


def _mb(size: int) -> str:
    return f"{size // (1024 * 1024)} MB"


def pdf_text(data: bytes, path: str) -> tuple[str, list[str]]:
    """The text layer, pages joined by newlines; warns about pages that need OCR and turns what
    pypdf logs about a damaged file into warnings naming it."""
    from pypdf import PasswordType, PdfReader, apply_configuration

    limits = {f"{name}_maximum_output_length": MAX_PDF_STREAM for name in ("zlib", "lzw", "run_length", "brotli")}
    with _pypdf_log() as logged, apply_configuration(**limits):
        try:
            reader = PdfReader(io.BytesIO(data))
            if reader.is_encrypted and reader.decrypt("") == PasswordType.NOT_DECRYPTED:
                raise LoadError(path, "is encrypted with a password; cannot be read")
            pages = _pdf_pages(reader, path)
        except LoadError:
            raise
        except Exception as err:  # noqa: BLE001 - pypdf raises many unrelated types for a broken file
            raise LoadError(path, f"is not a readable PDF ({_pdf_problem(err)})") from err
    blank = [str(i + 1) for i, page in enumerate(pages) if not page.strip()]
    if any(_TABLE_HEAD.search(page) for page in pages):
        if len(pages) <= MAX_PDF_TABLE_PAGES:
            pages = _with_tables(data, pages, logged)
        else:
            logged.append(f"its tables are read as text: {len(pages)} pages, over the {MAX_PDF_TABLE_PAGES} "
                          "whose tables are read cell by cell (MAX_PDF_TABLE_PAGES)")
    if len(blank) == len(pages):
        raise LoadError(path, "is a PDF without a text layer (scanned images): it needs OCR")
    warnings = [f"{path}: PDF: {message}" for message in dict.fromkeys(logged)]
    warnings += [f"{path}: page(s) {', '.join(blank)} have no text layer and need OCR"] if blank else []
    return "\n".join(pages), warnings


# A table's first header cell opening a line, or a table of tasks' doer column: the text layer
# gives a table cell after cell, each cell's lines in turn (`STT` / `Tên nhiệm` / `vụ/dự án` / `Cơ
# quan chủ trì` ... / `1` / `Rà soát toàn` ...), and no finder can tell whose row a line is.
_TABLE_HEAD = re.compile(r"^(?:STT|TT|Số TT|Stt)(?:\s|$)|(?:Cơ quan|Đơn vị) (?:chủ trì|thực hiện)(?!\s*:)", re.M)


def _with_tables(data: bytes, pages: list[str], logged: list[str]) -> list[str]:
    """Each page's text with its ruled tables (pdfplumber) as rows, cells between tabs, in place
    of the cells' lines; a page whose table's text cannot be found in it is left as it is."""
    import pdfplumber

    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # its notes on a file's quirks are no reader's business
    out = []
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for page, text in zip(pdf.pages, pages):
                for table in page.find_tables():
                    text = _table_in_place(text, table.extract())
                out.append(text)
                page.close()
    except Exception as err:  # noqa: BLE001 - pdfminer raises many types; the text layer stands
        logged.append(f"its tables could not be read ({type(err).__name__}); read as text")
        return pages
    return out


def _table_in_place(text: str, rows: list[list]) -> str:
    """`text` with the lines of `rows`' cells, found one after another, replaced by one line a
    row; a table of fewer than three columns is left as text."""
    if not rows or max(len(row) for row in rows) < 3:
        return text
    pieces = [line.strip() for row in rows for cell in row if cell for line in cell.split("\n") if line.strip()]
    if not pieces:
        return text
    opening = re.search(rf"^[ \t]*{re.escape(pieces[0])}(?=\s|$)", text, re.M)  # opening a line, not a `1` inside `19`
    if opening is None:
        return text
    start = end = opening.start()
    for piece in pieces:
        found = text.find(piece, end)
        if found < 0:
            return text
        end = found + len(piece)
    if end - start > 2 * sum(len(piece) + 1 for piece in pieces) + 200:
        return text  # the cells' lines lie too far apart: not this table's run
    lines = ["\t".join(" ".join((cell or "").split()) for cell in row) for row in rows]
    return text[:start] + "\n".join(lines) + text[end:]


def _pdf_pages(reader, path: str) -> list[str]:
    """Each page's text, refusing a file with too many pages or too much text before it is all in memory."""
    count = len(reader.pages)
    if count > MAX_PDF_PAGES:
        raise LoadError(path, f"has {count} pages, over the {MAX_PDF_PAGES}-page limit (MAX_PDF_PAGES); refused")
    pages, chars, content = [], 0, 0
    for number, page in enumerate(reader.pages, 1):
        pages.append(page.extract_text() or "")
        chars += len(pages[-1])
        content += len(page.get_contents().get_data()) if page.get_contents() is not None else 0
        if chars > MAX_TEXT_CHARS:
            raise LoadError(path, f"expands past {_mb(MAX_TEXT_CHARS)} of text by page {number} (MAX_TEXT_CHARS); refused")
        if content > MAX_PDF_CONTENT:
            raise LoadError(path, f"expands past {_mb(MAX_PDF_CONTENT)} of page content by page {number} (MAX_PDF_CONTENT); refused")
    return pages


def _pdf_problem(err: Exception) -> str:
    from pypdf.errors import DependencyError, LimitReachedError

    if isinstance(err, DependencyError):
        return "it is AES-encrypted and the cryptography package is missing: pip install cryptography"
    if isinstance(err, LimitReachedError):
        return f"a stream expands past {_mb(MAX_PDF_STREAM)} (MAX_PDF_STREAM); refused"
    return str(err) or type(err).__name__


@contextlib.contextmanager
def _pypdf_log():
    """pypdf's log records (`EOF marker not found` ...) collected instead of printed bare on stderr."""
    logged: list[str] = []
    handler = logging.Handler(logging.WARNING)
    handler.emit = lambda record: logged.append(record.getMessage())
    logger = logging.getLogger("pypdf")
    logger.addHandler(handler)
    propagate, logger.propagate = logger.propagate, False
    try:
        yield logged
    finally:
        logger.removeHandler(handler)
        logger.propagate = propagate


def docx_text(data: bytes, path: str) -> str:
    """Body paragraphs and table rows in document order; cells separated by tabs."""
    import docx

    _check_expansion(data, path)
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as err:  # python-docx raises several unrelated types for a broken package
        raise LoadError(path, f"is not a readable DOCX file ({err})") from err
    numbers = ListNumbers(document)
    return "\n".join(_block_lines(document.iter_inner_content(), numbers) + _notes(document))


_NOTE_PARTS = {"/word/footnotes.xml": "footnote", "/word/endnotes.xml": "endnote"}


def _notes(document) -> list[str]:
    """The footnotes and endnotes, after the text as a page prints them (`[1] Công văn số ...`):
    python-docx reads neither, and a letter often cites its grounds in them."""
    from docx.oxml import parse_xml

    lines = []
    for part in document.part.package.iter_parts():
        kind = _NOTE_PARTS.get(str(part.partname))
        if kind is None:
            continue
        for note in parse_xml(part.blob).iter(f"{W}{kind}"):
            if note.get(f"{W}type") not in (None, "normal"):
                continue  # the separator lines Word keeps as notes -1 and 0
            text = "\n".join("".join(t.text or "" for t in p.iter(f"{W}t")) for p in note.iter(f"{W}p")).strip()
            if text:
                lines += ["", f"[{note.get(f'{W}id')}] {text}"]
    return lines


def _block_lines(blocks, numbers: ListNumbers) -> list[str]:
    """Paragraphs and tables (of the body or of a cell) in document order, one line each; a list's
    paragraph after the number or bullet Word draws before it."""
    from docx.table import Table

    lines = []
    for block in blocks:
        if isinstance(block, Table):
            lines.extend(_table_lines(block, numbers))
        else:
            label = numbers.label(block)
            lines.append(f"{label} {block.text}" if label and block.text.strip() else block.text)
    return lines


def _check_expansion(data: bytes, path: str) -> None:
    """Refuse a zip bomb from the archive's directory, before anything is decompressed. A
    directory that lies about sizes is caught later: zipfile stops each entry at its declared
    size and then fails its CRC check."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, ValueError) as err:
        raise LoadError(path, f"is not a readable DOCX file ({err})") from err
    total = sum(entry.file_size for entry in entries)
    if total > MAX_DOCX_EXPANDED:
        raise LoadError(path, f"expands past {_mb(MAX_DOCX_EXPANDED)} ({_mb(total)} of XML and media, MAX_DOCX_EXPANDED); refused")
    for entry in entries:
        ratio = entry.file_size / max(entry.compress_size, 1)
        if entry.file_size > _RATIO_FROM and ratio > MAX_DOCX_RATIO:
            raise LoadError(path, f"entry {entry.filename} is compressed {ratio:.0f}:1, over the {MAX_DOCX_RATIO}:1 "
                                  "limit (MAX_DOCX_RATIO): a zip bomb; refused")


def _table_lines(table, numbers: ListNumbers) -> list[str]:
    """A table of data row by row, its cells separated by tabs; a layout table cell by cell."""
    rows = [_distinct_cells(row) for row in table.rows]
    if not is_layout([[[p.text for p in cell.paragraphs] for cell in cells] for cells in rows]):
        return ["\t".join(cell.text.replace("\n", " ") for cell in cells) for cells in rows]
    lines = []
    for cells in rows:
        for cell in cells:
            lines.extend(line for line in _block_lines(cell.iter_inner_content(), numbers) if line.strip())
            lines.append("")
    return lines


def _distinct_cells(row) -> list:
    cells, seen = [], set()
    for cell in row.cells:
        if id(cell._tc) not in seen:  # a merged cell is repeated once per grid column
            seen.add(id(cell._tc))
            cells.append(cell)
    return cells


_LAYOUT_ROWS = 4


def is_layout(rows: list[list[list[str]]]) -> bool:
    """A table given as rows of cells of paragraphs is a page's layout, which offices use to set
    the issuer beside the national motto and `Nơi nhận` beside the signature, when it has at most
    four rows of at most two cells with text, one of them several paragraphs; tables of data have
    more columns, or more rows, or one line a cell. A layout is read cell by cell, each paragraph a
    line, as the page shows it: its cells run together gave the signer's titles as one and the
    recipients' list as one line."""
    filled = [[[p for p in cell if p.strip()] for cell in cells] for cells in rows]
    filled = [[cell for cell in cells if cell] for cells in filled]
    return (len(rows) <= _LAYOUT_ROWS and all(len(cells) <= 2 for cells in filled)
            and any(len(cell) > 1 for cells in filled for cell in cells))


def html_text(html: str, path: str) -> tuple[str, dict[str, Optional[str]]]:
    """Main content via trafilatura (paragraphs kept); a plain tag-stripping parse if it finds none."""
    import trafilatura

    if len(html) > MAX_HTML_CHARS:
        raise LoadError(path, f"is {len(html):,} characters of HTML, over the {MAX_HTML_CHARS:,} limit (MAX_HTML_CHARS); refused")

    html = _layout_tables_unfolded(html)
    text = trafilatura.extract(html, output_format="txt", include_tables=True, include_comments=False, favor_recall=True)
    text = _PIPE_ROW.sub(_tab_row, text) if text else text
    found = trafilatura.extract_metadata(html)
    meta = {
        "title": getattr(found, "title", None),
        "date": getattr(found, "date", None),
        "author": getattr(found, "author", None),
    }
    return (text if text and text.strip() else _strip_tags(html)), meta


_BLOCK_TAGS = ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6")
# trafilatura writes a table's row `| STT | Nhiệm vụ | Cơ quan chủ trì |`; the other loaders write
# a row's cells between tabs, which the reflow keeps a line apart and the task tables read.
_PIPE_ROW = re.compile(r"^\| (.*) \|[ \t]*$", re.M)


def _tab_row(row: re.Match) -> str:
    return "\t".join(cell.strip() for cell in row[1].split(" | "))


def _layout_tables_unfolded(html: str) -> str:
    """Each layout table (`is_layout`) as the paragraphs of its cells, in order: trafilatura
    writes a table's cells on one line and a cell's paragraphs run together."""
    if "<table" not in html and "<TABLE" not in html:
        return html
    import lxml.html

    root = lxml.html.document_fromstring(html)
    small = [table for table in root.iter("table")  # a table of data (more rows) is no layout: not read twice
             if len(table.xpath(".//tr")) <= _LAYOUT_ROWS and not table.xpath(".//table")]
    layouts = [(table, rows) for table in small if is_layout(rows := _html_rows(table))]
    for table, rows in layouts:
        block = lxml.html.Element("div")
        for cells in rows:
            for cell in cells:
                for paragraph in cell:
                    if paragraph.strip():
                        block.append(lxml.html.Element("p"))
                        block[-1].text = paragraph.strip()
        block.tail = table.tail
        table.getparent().replace(table, block)
    return lxml.html.tostring(root, encoding="unicode") if layouts else html


def _html_rows(table) -> list[list[list[str]]]:
    """The rows of an HTML table as cells of paragraphs (block elements and `<br>` end one)."""
    rows = []
    for row in table.iter("tr"):
        cells = []
        for cell in row:
            if cell.tag not in ("td", "th"):
                continue
            cell = copy.deepcopy(cell)  # the tails written below must not reach the page
            for element in cell.iter():
                if element.tag == "br" or element.tag in _BLOCK_TAGS:
                    element.tail = "\n" + (element.tail or "")
            cells.append(cell.text_content().split("\n"))
        rows.append(cells)
    return rows


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
