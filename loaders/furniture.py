"""Page furniture: what a saved news page or legal-database page adds around the document.

News pages wrap the article in weather widgets, menus, bylines and related-news teasers whose
citations and names belong to other stories; legal databases add metadata tables, login notices
and panels of related documents. Phrases and patterns live in luocdo/data/furniture.json.
Each cleaner returns the lines to keep and the metadata it read (title, date, author).
"""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import Optional

from luocdo import data

from .lines import Line, ends_sentence, is_heading, is_name, squash

Metadata = dict[str, Optional[str]]
_CAPTION_TAIL = re.compile(r"\s*\.?\s*\((?:Ảnh|Nguồn|Photo)[^)]*\)\s*$")
_DMY = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")
_YMD = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_CELL_GAP = re.compile(r"\t|   +")  # a tab or three spaces or more; each branch opens with a literal, so the scan is fast


@lru_cache(maxsize=None)
def _config() -> dict:
    raw = data.load("furniture.json")
    news, legal = raw["news"], raw["legal_db"]
    return {
        "news_drop": AnyOf(news["drop_line_patterns"]),
        "related": frozenset(news["related_markers"]),
        "date_line": re.compile(news["date_line_pattern"], re.I),
        "reporting": AnyOf(news["reporting_patterns"]),
        "dateline": _any(news["dateline_patterns"]),
        "document": AnyOf(raw["document"]["patterns"]),
        "header_field": _any(raw["document"]["header_field_patterns"]),
        "paragraph_opening": _any(raw["document"]["paragraph_opening_patterns"]),
        "address_body": re.compile(_words(raw["document"]["address_body_openings"]) + r"\s"),
        "unfinished_line": re.compile(r"\s" + _words(raw["document"]["unfinished_line_endings"]) + "$"),
        "unnamed_body": re.compile(r"\s" + _words(raw["document"]["unnamed_body_endings"]) + "$"),
        "list_going_on": re.compile(_words(raw["document"]["list_going_on_titles"]) + r"\s"),
        "metadata_keys": legal["metadata_keys"],
        "unknown": frozenset(legal["unknown_values"]),
        "panels": frozenset(legal["panel_markers"]),
        "body_start": _any(legal["body_start_patterns"]),
        "notices": _phrases(legal["notice_patterns"]),
        "notice_max": legal["notice_max_length"],
        "text_to_come": _phrases(legal["text_to_come_notices"]),
        "body_labels": frozenset(legal["body_labels"]),
        "summary_opening": re.compile(legal["summary_opening_pattern"]),
        "tail": frozenset(legal["tail_markers"]),
        # what a saved HTML table leaves, or a line any web page adds: one match a line for both
        "site_lines": _any([legal["cell_residue_pattern"], *raw["site"]["drop_line_patterns"]]),
        "banner_label": re.compile(raw["site"]["banner_label_pattern"]),
    }


def _words(words: list[str]) -> str:
    """Any of the words as written, one group."""
    return "(?:" + "|".join(map(re.escape, words)) + ")"


def _phrases(phrases: list[str]) -> re.Pattern:
    """One search for all the phrases (in lower case) instead of one `in` per phrase."""
    return re.compile("|".join(re.escape(phrase) for phrase in phrases))


def _any(patterns: list[str]) -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


class AnyOf:
    """Patterns searched for anywhere in a line, one by one: each keeps the engine's shortcuts (a
    `^` pattern is tried at the start only, a literal start is skipped to), which one alternation
    of them all loses, trying every branch at every position (2-3 times slower)."""

    def __init__(self, patterns: list[str]):
        self.patterns = tuple(re.compile(p) for p in patterns)

    def search(self, text: str) -> bool:
        return any(pattern.search(text) for pattern in self.patterns)


def config() -> dict:
    """Compiled furniture data, shared with kind detection."""
    return _config()


_MARKER_MAX = 60  # no marker phrase or metadata field name is longer


def marker(line: str) -> str:
    """A short line as a marker phrase: lower case, single spaces, no trailing colon or arrows.

    Long lines are prose, never markers: they map to "" without the cost of normalising them.
    """
    if len(line) > _MARKER_MAX:
        return ""
    return squash(line).lower().rstrip(":»›>").strip()


def iso_date(text: str) -> Optional[str]:
    """`29/04/2025 08:25` or `2025-04-29` as an ISO date; None when absent or impossible."""
    match = _DMY.search(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
    else:
        match = _YMD.search(text)
        if not match:
            return None
        year, month, day = (int(g) for g in match.groups())
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def without_site_lines(lines: list[Line]) -> list[Line]:
    """Without lines that are only what a saved HTML table leaves (`|`, `#`, `**`), which joined
    to the line above would stick to a signer's name (`Hồ Thị Nguyên Thảo |`), and without the
    lines any web page adds (banners and links to other stories, staff bylines, captions); a
    banner's label alone on its line takes the story's title on the next one with it."""
    site_line, banner_label = _config()["site_lines"], _config()["banner_label"]
    kept, after_label = [], False
    for line in lines:
        labelled, after_label = after_label, bool(banner_label.match(line.text))
        if not (labelled or after_label or site_line.match(line.text)):
            kept.append(line)
    return kept


# ---- news ----------------------------------------------------------------------------------


def clean_news(lines: list[Line]) -> tuple[list[Line], Metadata]:
    """The article: after the byline, before the related-news blocks, without captions or widgets."""
    cfg = _config()
    meta: Metadata = {"title": None, "date": None, "author": None}
    lines = [line for line in lines if not cfg["news_drop"].search(line.text)]
    body = _news_header(lines, meta)
    body = _cut_related(body, meta["title"])
    if body and is_name(body[-1].text, max_words=4) and not ends_sentence(body[-1].text):
        meta["author"] = meta["author"] or body[-1].text
        body = body[:-1]
    return _drop_title_repeats(body, meta["title"]), meta


def _news_header(lines: list[Line], meta: Metadata) -> list[Line]:
    """Read headline, date and author around the date line; drop menus and category above it.
    A date line with no sentence of the article below it (`Ngày đăng: ...` printed under the
    article) dates the page but heads nothing."""
    date_line = _config()["date_line"]
    last_sentence = max((i for i, line in enumerate(lines) if _is_article_sentence(line.text)), default=-1)
    date_at = next((i for i, line in enumerate(lines[:40]) if date_line.match(line.text) and i < last_sentence), None)
    if date_at is None:
        late = next((line for line in lines if date_line.match(line.text)), None)
        meta["date"] = iso_date(late.text) if late else None
        if lines and _headline_like(lines[0].text):
            meta["title"] = lines[0].text
        return lines
    meta["date"] = iso_date(lines[date_at].text)
    headline = next((line for line in lines[:date_at] if _headline_like(line.text)), None)
    rest = lines[date_at + 1 :]
    if headline is None and rest and _headline_like(rest[0].text):
        headline, rest = rest[0], rest[1:]
    if rest and is_name(rest[0].text, max_words=4):
        meta["author"] = rest[0].text
        rest = rest[1:]
    if headline is None:
        return rest
    meta["title"] = headline.text
    return [headline] + rest


_LEAD_MIN = 60  # characters: a finished sentence this long is the article's, not a menu's or a teaser's


def _is_article_sentence(text: str) -> bool:
    return len(text) > _LEAD_MIN and ends_sentence(text)


def _headline_like(text: str) -> bool:
    """Five words or more, no final full stop, not a category path such as `Hành chính & Tố tụng`."""
    return 5 <= len(text.split()) and len(text) <= 250 and not ends_sentence(text) and "&" not in text


def _cut_related(lines: list[Line], title: Optional[str]) -> list[Line]:
    """Everything from a related-news marker or a teaser (a title printed twice) once the article began."""
    related = _config()["related"]
    kept: list[Line] = []
    article_started = False
    for i, line in enumerate(lines):
        teaser = i + 1 < len(lines) and lines[i + 1].text == line.text and line.text != title
        if marker(line.text) in related or teaser:
            if article_started:
                return kept
            continue
        if i and lines[i - 1].text == line.text and line.text != title:
            continue  # second copy of a teaser title met before the article
        kept.append(line)
        article_started = article_started or _is_article_sentence(line.text)
    return kept


def _drop_title_repeats(lines: list[Line], title: Optional[str]) -> list[Line]:
    """Keep the headline once: later copies are image captions or a second printing."""
    if not title:
        return lines
    kept = lines[:1]
    for line in lines[1:]:
        bare = _CAPTION_TAIL.sub("", line.text).rstrip(". ")
        if bare != title.rstrip(". "):
            kept.append(line)
    return kept


# ---- legal databases -----------------------------------------------------------------------


def metadata_rows(text: str) -> list[tuple[str, str]]:
    """(field, value) pairs of a metadata-table row: `Số hiệu<TAB>205/TB-VPCP`, `Người ký: X`, a
    field's name alone (`Số ký hiệu`, its value on the next line: the value is ""), or several
    pairs in one row (`Số hiệu:<TAB>18/CT-TTg<TAB>Loại văn bản:<TAB>Chỉ thị`, `Cơ quan ban hành:
    X      Số công báo: Y`); cells may be set apart by a run of spaces instead of a tab."""
    if _field(_CELL_GAP.split(text, 1)[0].strip())[0] is None:
        return []  # most lines: their first cell names no field, and the rest is not split
    cells = [c.strip() for c in _CELL_GAP.split(text)]
    pairs, i = [], 0
    while i < len(cells):
        field, sep, value = _field(cells[i])
        if field and sep and value.strip():  # `key: value` in one cell
            pairs.append((field, squash(value.replace("*", ""))))
            i += 1
            continue
        if field is None:
            i += 1
            continue
        value = cells[i + 1] if i + 1 < len(cells) else ""
        pairs.append((field, squash(value.replace("*", ""))))
        i += 2
    return pairs


def _field(cell: str) -> tuple[Optional[str], str, str]:
    """The field a cell names before its colon (None if none), the colon, and what follows it."""
    key, sep, value = cell.partition(":")
    return _config()["metadata_keys"].get(marker(key.replace("*", ""))), sep, value


MetadataTable = dict[str, tuple[str, Line]]  # field -> (value, the line that prints it)
_TABLE_HEAD = 80  # a metadata table starts within this many lines of the page's top
_TABLE_GAP = 2  # cells of other fields a table's rows may be apart (`Ngày hợp nhất:`, `Đã biết`)
_CELL_MAX = 40


def metadata_table(lines: list[Line]) -> tuple[MetadataTable, Optional[int]]:
    """The metadata table at the top of a page and the index of the line after it (None if none).

    Rows are `Số hiệu: X`, tab-separated cells, or one cell a line (`Số hiệu:` then `X`), as
    pages saved from HTML tables print them. Unknown values (`Đang cập nhật`) are left out."""
    cfg = _config()
    table: MetadataTable = {}
    end: Optional[int] = None
    i = 0
    while i < min(len(lines), _TABLE_HEAD if end is None else len(lines)):
        rows = metadata_rows(lines[i].text)
        if not rows:
            if end is not None and (i - end >= _TABLE_GAP or not _cell_like(lines[i].text)):
                break
            if end is None and cfg["body_start"].match(lines[i].text):
                break  # the document's header came first: rows below it are a panel's, not the page's table
            i += 1
            continue
        value_line = lines[i]
        if len(rows) == 1 and not rows[0][1] and i + 1 < len(lines) and not metadata_rows(lines[i + 1].text):
            i += 1
            value_line = lines[i]
            rows = [(rows[0][0], squash(value_line.text.replace("*", "")))]
        for field, value in rows:
            if value and marker(value) not in cfg["unknown"]:
                table.setdefault(field, (value, _value_part(value_line, value)))
        i += 1
        end = i
    return table, end


def _value_part(line: Line, value: str) -> Line:
    """The part of a row's line that prints `value` (a row may hold its key and several cells)."""
    at = line.text.find(value)
    if at < 0:
        return line
    return Line(line.start + at, line.start + at + len(value), value, line.gap, line.indent, line.index)


def _cell_like(text: str) -> bool:
    """A short line that is no sentence: a cell of the table (an unknown field, its value)."""
    return len(text) <= _CELL_MAX and not ends_sentence(text)


def clean_legal_db(lines: list[Line]) -> tuple[list[Line], Metadata, MetadataTable]:
    """The document body: without the metadata table, site notices, related-document panels and
    everything the site prints after the text (panels, the title again, footer, account boxes).

    A panel marker met before the text began opens a panel that a body start closes; once the
    text began, it opens the site's tail, which runs to the end of the page."""
    cfg = _config()
    table, table_end = metadata_table(lines)
    if table_end is None:
        table = {}
        for line in lines:
            for field, value in metadata_rows(line.text):
                if value and marker(value) not in cfg["unknown"]:
                    table.setdefault(field, (value, line))
    body_at = _after_site_summary(lines, table_end) if table_end is not None else _body_start(lines)
    kept: list[Line] = []
    in_panel, panel_at = False, body_at
    for i in range(body_at, len(lines)):
        line = lines[i]
        if table_end is None and metadata_rows(line.text):
            continue
        if cfg["body_start"].match(line.text):
            if in_panel:
                kept += _issuer_above(lines, panel_at, i)
            in_panel = False
            if marker(line.text) in cfg["body_labels"]:
                continue
        elif _opens_panel_or_tail(lines, i):
            if kept:
                if cfg["body_start"].match(kept[-1].text):
                    kept.pop()  # a site notice's own heading (`THÔNG BÁO`) just above its marker
                break
            in_panel, panel_at = True, i
            continue
        if in_panel or _is_notice(line.text):
            continue
        kept.append(line)
    # the title printed again after the text is the site's; on a record page whose text is to come
    # (`Văn bản này đang cập nhật Nội dung`) it is all there is of the document, and its first line stays
    while len(kept) > 1 and _restates_title(kept[-1].text, table):
        kept.pop()
    if len(kept) == 1 and _restates_title(kept[0].text, table) and not (
            table_end is not None and cfg["text_to_come"].search(kept[0].text.lower())):
        kept = []  # the site's frame alone: no document, unless the site says its text is to come
    title = table.get("title")
    meta: Metadata = {
        "title": title[0] if title else _type_and_number(table),
        "date": iso_date(table["date"][0]) if "date" in table else None,
        "author": table["signer"][0] if "signer" in table else None,
    }
    return kept, meta, table


def _issuer_above(lines: list[Line], panel_at: int, header_at: int) -> list[Line]:
    """The issuer's name in capitals (`CHÍNH PHỦ`) between a panel and the header line it sits on."""
    start = header_at
    while start - 1 > panel_at and is_heading(lines[start - 1].text) and not metadata_rows(lines[start - 1].text):
        start -= 1
    return lines[start:header_at]


def _opens_panel_or_tail(lines: list[Line], i: int) -> bool:
    """Line i is a panel or tail marker, alone or with the next line (a bold cell breaks
    `FILE ĐƯỢC ĐÍNH` / `KÈM THEO VĂN BẢN`)."""
    cfg = _config()
    key = marker(lines[i].text)
    if key in cfg["panels"] or key in cfg["tail"]:
        return True
    # only a short pair can make a marker: the pair's text is built only then
    return (i + 1 < len(lines) and len(lines[i].text) + len(lines[i + 1].text) < _MARKER_MAX
            and marker(f"{lines[i].text} {lines[i + 1].text}") in cfg["tail"])


_SUMMARY_LEAD = 3  # a site's summary opens within this many lines after the table
_SUMMARY_MAX = 300  # lines: a summary longer than this is no summary (nor one past the site's tail)


def _body_start(lines: list[Line], start: int = 0) -> int:
    """The first header line from `start` (`CỘNG HÒA ...`, `Số: 12/...`, a type heading), moved
    up over the issuer's name in capitals above it; `start` when there is none."""
    cfg = _config()
    body_at = next((i for i in range(start, len(lines)) if cfg["body_start"].match(lines[i].text)), start)
    while body_at > start and is_heading(lines[body_at - 1].text) and not metadata_rows(lines[body_at - 1].text):
        body_at -= 1
    return body_at


def _after_site_summary(lines: list[Line], table_end: int) -> int:
    """Where the text starts after the page table: at the table's end, unless the site prints its
    own news-style summary there (a headline, `Ngày 21/11/2025, Bộ X ban hành ...`), which runs
    to the document's header."""
    opening = _config()["summary_opening"]
    lead = lines[table_end:table_end + _SUMMARY_LEAD]
    if not any(opening.match(line.text) for line in lead):
        return table_end
    limit = min(_tail_start(lines, table_end), table_end + _SUMMARY_MAX)
    header = _body_start(lines[:limit], table_end + 1)
    return header if header > table_end + 1 else table_end


def _tail_start(lines: list[Line], start: int) -> int:
    """The first panel or tail marker from `start` (len(lines) if none): no header lies below it."""
    return next((i for i in range(start, len(lines)) if _opens_panel_or_tail(lines, i)), len(lines))


_TITLE_NUMBER_AT = 40  # characters: the type words before the number in a site's title line


def _restates_title(text: str, table: MetadataTable) -> bool:
    """A line after the text that names the page's own document again (`Công văn 171/CV-X năm
    2025 về ...`, `Kết luận 212-KL/TW ngày ...`): its number near the start, and no sentence end
    or the table's type word first (the table may say `Văn bản khác`, and a notice may follow the
    title on its line). It is the site's title printed once more, not the document's words."""
    number, kind = table.get("number"), table.get("type")
    if not number:
        return False
    at = text.find(number[0])
    if not 0 < at <= _TITLE_NUMBER_AT:
        return False
    return not ends_sentence(text) or bool(kind) and squash(text).lower().startswith(kind[0].lower())


def _is_notice(text: str) -> bool:
    cfg = _config()
    if len(text) > cfg["notice_max"] or is_heading(text):
        return False
    return cfg["notices"].search(text.lower()) is not None


def _type_and_number(table: MetadataTable) -> Optional[str]:
    parts = [table[k][0] for k in ("type", "number") if k in table]
    return " ".join(parts) if parts else None
