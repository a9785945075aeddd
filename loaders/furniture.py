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


@lru_cache(maxsize=None)
def _config() -> dict:
    raw = data.load("furniture.json")
    news, legal, pdf = raw["news"], raw["legal_db"], raw["pdf"]
    return {
        "news_drop": _any(news["drop_line_patterns"]),
        "related": frozenset(news["related_markers"]),
        "date_line": re.compile(news["date_line_pattern"], re.I),
        "reporting": _any(news["reporting_patterns"]),
        "document": _any(raw["document"]["patterns"]),
        "metadata_keys": legal["metadata_keys"],
        "unknown": frozenset(legal["unknown_values"]),
        "panels": frozenset(legal["panel_markers"]),
        "body_start": _any(legal["body_start_patterns"]),
        "notices": tuple(legal["notice_patterns"]),
        "notice_max": legal["notice_max_length"],
        "pdf_drop": _any(pdf["drop_line_patterns"]),
    }


def _any(patterns: list[str]) -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


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
    """Read headline, date and author around the date line; drop menus and category above it."""
    date_at = next((i for i, line in enumerate(lines[:40]) if _config()["date_line"].match(line.text)), None)
    if date_at is None:
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
        article_started = article_started or (len(line.text) > 120 and ends_sentence(line.text))
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
    """(field, value) pairs of a metadata-table row: `Số hiệu<TAB>205/TB-VPCP`, `Người ký: X`, or
    several pairs in one row (`Số hiệu:<TAB>18/CT-TTg<TAB>Loại văn bản:<TAB>Chỉ thị`)."""
    keys = _config()["metadata_keys"]
    cells = [c.strip() for c in text.split("\t")]
    if len(cells) == 1:
        key, sep, value = text.partition(":")
        field = keys.get(marker(key.replace("*", "")))
        return [(field, squash(value.replace("*", "")))] if sep and field else []
    pairs, i = [], 0
    while i < len(cells):
        field = keys.get(marker(cells[i].replace("*", "").rstrip(":")))
        if field is None:
            if i == 0:
                return []
            i += 1
            continue
        value = cells[i + 1] if i + 1 < len(cells) else ""
        pairs.append((field, squash(value.replace("*", ""))))
        i += 2
    return pairs


def clean_legal_db(lines: list[Line]) -> tuple[list[Line], Metadata]:
    """The document body: without the metadata table, site notices and related-document panels."""
    cfg = _config()
    fields: dict[str, str] = {}
    kept: list[Line] = []
    starts = [i for i, line in enumerate(lines) if cfg["body_start"].match(line.text)]
    body_at = starts[0] if starts else 0
    while body_at and is_heading(lines[body_at - 1].text) and not metadata_rows(lines[body_at - 1].text):
        body_at -= 1  # the issuer's name (`CHÍNH PHỦ`) sits above the motto or the number line
    in_panel = False
    for i, line in enumerate(lines):
        rows = metadata_rows(line.text)
        if rows:
            for field, value in rows:
                if value and marker(value) not in cfg["unknown"]:
                    fields.setdefault(field, value)
            continue
        if i in starts or i == body_at:
            in_panel = False
            if marker(line.text) in ("văn bản", "nội dung", "nội dung văn bản", "toàn văn"):
                continue
        elif marker(line.text) in cfg["panels"]:
            in_panel = True
            continue
        if in_panel or i < body_at or _is_notice(line.text):
            continue
        kept.append(line)
    meta: Metadata = {
        "title": fields.get("title") or _type_and_number(fields),
        "date": iso_date(fields.get("date", "")),
        "author": fields.get("signer"),
    }
    return kept, meta


def _is_notice(text: str) -> bool:
    cfg = _config()
    if len(text) > cfg["notice_max"] or is_heading(text):
        return False
    low = text.lower()
    return any(phrase in low for phrase in cfg["notices"])


def _type_and_number(fields: dict[str, str]) -> Optional[str]:
    parts = [fields[k] for k in ("type", "number") if fields.get(k)]
    return " ".join(parts) if parts else None


# ---- PDF -----------------------------------------------------------------------------------


def clean_pdf(lines: list[Line]) -> list[Line]:
    """Without page numbers and `Trang 3/7` lines that text extraction leaves between pages."""
    drop = _config()["pdf_drop"]
    return [line for line in lines if not drop.match(line.text)]
