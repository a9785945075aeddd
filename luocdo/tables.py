"""Rows for people and programs: aligned tables that wrap long text, CSV and JSON.

Shared by `luocdo query`, `luocdo tasks` and the other commands that print rows. A table fits
the terminal: long cells wrap within their column (a task's text can run to 60,000 characters,
all of which the reader may need), ids are never broken (people copy them into the next query),
and `wide=True` gives one line per row with nothing cut, for grep and wide screens.
"""
from __future__ import annotations

import csv
import datetime as dt
import json
import re
import shutil
import unicodedata
from functools import lru_cache

# Separates the columns of a table.
GAP = "  "
# A column that wraps is never made narrower than this (or its header): fewer columns would
# be letters stacked in a tower.
MIN_WRAPPED = 12
# Stands for the second column a wide letter takes while lines are measured; removed after.
_SPACER = "\0"


def plain(value):
    """A JSON-ready value: dates as ISO text, nested lists and maps converted throughout."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def cell_text(value) -> str:
    """One cell for csv and table: empty for null, JSON for lists and maps."""
    value = plain(value)
    if value is None:
        return ""
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return str(value).lower() if isinstance(value, bool) else str(value)


class _Widths(dict):
    """Character -> columns a terminal gives it (wide CJK letters two, combining marks none),
    worked out once per character: a table of a thousand rows has a million characters."""

    def __missing__(self, c: str) -> int:
        self[c] = 0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1
        return self[c]


_WIDTHS = _Widths()


# Letters a terminal always gives one column: ASCII, Latin with Vietnamese's letters (Latin-1,
# Extended-A and -B, Extended Additional), dashes, quotes and the ellipsis. Runs of them are
# measured by their length in one pass of the engine; only the other characters are looked up.
_ONE_COLUMN = re.compile("[\x00-\x7f\u00a0-\u02ff\u1e00-\u1eff\u2010-\u2027]+")
_OTHER = re.compile("[^\x00-\x7f\u00a0-\u02ff\u1e00-\u1eff\u2010-\u2027]")


def _others(text: str) -> list[str]:
    """The characters of `text` that are not certainly one column wide."""
    return [] if text.isascii() else _OTHER.findall(text)


def width(text: str) -> int:
    """Columns a terminal gives `text`."""
    if text.isascii() or _ONE_COLUMN.fullmatch(text):
        return len(text)
    others = _others(text)
    return len(text) - len(others) + sum(map(_WIDTHS.__getitem__, others))


def _measured(text: str) -> str:
    """`text` with a spacer after each wide letter, so that its length is the columns it takes
    and a regular expression can wrap it (a combining mark keeps a column there: a line comes
    out at most one column short per mark, never too wide)."""
    for letter in {c for c in _others(text) if _WIDTHS[c] == 2}:
        text = text.replace(letter, letter + _SPACER)
    return text


def is_id_column(name: str) -> bool:
    return name.split(".")[-1] in ("id", "ids") or name.endswith("_id")


@lru_cache(maxsize=64)
def _line_pattern(columns: int) -> re.Pattern:
    """Greedy wrapping as one regular expression: the most words that fit in `columns`, else
    (a word longer than the line) as many of its letters as fit, never parting a wide letter
    from its spacer. The engine walks the text once, so a thousand 20,000-letter tasks wrap in
    a moment."""
    return re.compile(rf"(?:.{{1,{columns}}}(?= |$)|\S{{1,{columns}}}(?!{_SPACER})) ?")


def wrap(text: str, columns: int) -> list[str]:
    """`text` on lines of at most `columns` terminal columns, broken between words where it can
    be; white space runs become one space. At least one line, empty for empty text."""
    return [line for line, _ in _wrapped(" ".join(text.split()), columns)]


def _wrapped(text: str, columns: int) -> list[tuple[str, int]]:
    """The lines of `wrap` for text already on one line, each with the columns it takes
    (known from wrapping: a table measures none of them again)."""
    text = text.replace(_SPACER, "")
    measured = _measured(text)
    if len(measured) <= columns:
        return [(text, width(text))]
    exact = not any(_WIDTHS[c] == 0 for c in set(_others(text)))  # else a mark's column is counted
    lines = []
    for m in _line_pattern(columns).finditer(measured):
        piece = m.group().rstrip(" ")
        line = piece.replace(_SPACER, "")
        lines.append((line, len(piece) if exact else width(line)))
    return lines


def column_widths(natural: list[int], headers: list[int], fixed: list[bool], room: int) -> list[int]:
    """How wide each column is drawn: as wide as its longest cell when the table fits in `room`;
    else the fixed columns (ids) stay whole and the others share what is left, the narrow ones
    keeping their width and the wide ones an equal part of the rest (never under MIN_WRAPPED
    or their header, so a very narrow terminal gets a table wider than itself)."""
    room -= len(GAP) * (len(natural) - 1)
    if sum(natural) <= room:
        return list(natural)
    widths = list(natural)
    flexible = sorted((i for i, f in enumerate(fixed) if not f), key=natural.__getitem__)
    left = room - sum(w for w, f in zip(natural, fixed) if f)
    for k, i in enumerate(flexible):
        share = left // (len(flexible) - k)
        widths[i] = max(min(natural[i], share), min(natural[i], max(MIN_WRAPPED, headers[i])))
        left -= widths[i]
    return widths


def render_table(columns: list[str], rows: list[dict], wide: bool = False, room: int | None = None) -> str:
    """`rows` as an aligned table with a header, in `room` terminal columns (default: the
    terminal's width). Long cells wrap within their column, and rows that take several lines
    are set apart by a blank line; `wide` keeps every row on one line, nothing cut."""
    cells = [[" ".join(cell_text(r.get(c)).split()) for c in columns] for r in rows]
    sizes = [[width(value) for value in row] for row in cells]
    natural = [max([width(c)] + [row[i] for row in sizes]) for i, c in enumerate(columns)]
    if wide:
        widths = natural
    else:
        room = shutil.get_terminal_size().columns if room is None else room
        widths = column_widths(natural, [width(c) for c in columns], [is_id_column(c) for c in columns], room)

    def line(pieces: list[tuple[str, int]]) -> str:
        return GAP.join(text + " " * (w - used) for (text, used), w in zip(pieces, widths)).rstrip()

    out = [line([(c, width(c)) for c in columns]), line([("-" * w, w) for w in widths])]
    wrapped = widths != natural
    for row, used in zip(cells, sizes):
        pieces = [[(value, size)] if size <= w else _wrapped(value, w) for value, size, w in zip(row, used, widths)]
        height = max(map(len, pieces), default=1)
        if wrapped and len(out) > 2:
            out.append("")
        out += [line([p[k] if k < len(p) else ("", 0) for p in pieces]) for k in range(height)]
    return "\n".join(out)


def add_wide_option(parser) -> None:
    """`--wide`, for every command that prints a table."""
    parser.add_argument("--wide", action="store_true",
                        help="table: one line per row, nothing wrapped or cut (for grep and wide screens)")


def render_csv(columns: list[str], rows: list[dict], out) -> None:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows([cell_text(r.get(c)) for c in columns] for r in rows)


def render_json(rows: list[dict]) -> str:
    return json.dumps([plain(r) for r in rows], ensure_ascii=False, indent=2)


# Widest a spreadsheet column is drawn (in characters); longer text wraps in its cell.
XLSX_MAX_WIDTH = 60


def write_xlsx(columns: list[str], rows: list[dict], path, sheet: str = "rows") -> None:
    """`rows` as an Excel workbook: a bold header row with filters, panes frozen below it, dates
    as dates, lists as JSON, columns as wide as their text up to XLSX_MAX_WIDTH, text wrapped."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    ws = book.active
    ws.title = sheet
    ws.append(columns)
    for row in rows:
        ws.append([row.get(c) if isinstance(row.get(c), (dt.date, int, float)) else cell_text(row.get(c)) or None
                   for c in columns])
    top = Alignment(wrap_text=True, vertical="top")
    for cells in ws.iter_rows(min_row=2):
        for cell in cells:
            cell.alignment = top
            if isinstance(cell.value, dt.date):
                cell.number_format = "yyyy-mm-dd"
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for i, c in enumerate(columns, start=1):
        longest = max([len(c)] + [len(cell_text(r.get(c))) for r in rows])
        ws.column_dimensions[get_column_letter(i)].width = min(longest, XLSX_MAX_WIDTH) + 2
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions
    book.save(path)
