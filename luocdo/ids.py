"""Identifiers for instruments and other entities, defined in one place.

An instrument is identified by type, number, symbol and year, plus the issuing body where
symbols repeat across bodies (`QĐ-UBND`); an unnumbered one by type and name.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from luocdo.data import load
from luocdo.normalize import fold, slug

if TYPE_CHECKING:
    from luocdo.model import Extraction, InstrumentMention, LoadedDocument

# Issuer codes that many bodies share, so that the body must be part of the identity.
AMBIGUOUS_ISSUER_CODES = ("UBND", "HĐND", "SỞ", "BCĐ")


def canonical_number(number: str | None) -> str:
    return (number or "").lstrip("0") or ("0" if number else "")


def symbol_key(symbol: str | None) -> str:
    """What makes two symbols one: `QĐ-UBND`, `qđ-ubnd`, `QD-UBND`, `QĐ- UBND` and `QĐUBND` are
    one symbol misread, mistyped, written without diacritics or with its hyphen lost (`CT-TW`
    for `CT/TW`); only its letters and digits count."""
    return re.sub(r"[^0-9a-z]+", "", fold(symbol or ""))


# `Luật Đất đai năm 2024` and `Luật Đất đai 2024` name one law: `năm` before a year is optional.
_YEAR_WORD = re.compile(r"\bnăm\s+(?=(?:19|20)\d{2}\b)", re.IGNORECASE)
_TRAILING_YEAR = re.compile(r"\s*\(?\b(?:năm\s+)?((?:19|20)\d{2})\)?\s*$", re.IGNORECASE)


def _law_vocabulary() -> tuple[dict[str, str], re.Pattern]:
    """The types whose names carry the year they were passed (`Luật Đất đai 2024`), and the
    type words that open such a name."""
    types = load("doc_types.json")
    words = sorted(types["year_in_name"], key=len, reverse=True)
    return ({types["words"][w]: w for w in words},
            re.compile(r"^(?:" + "|".join(map(re.escape, words)) + r")\s+", re.IGNORECASE))


LAW_TYPES, _LAW_TYPE_WORD = _law_vocabulary()


# `Luật Hôn nhân và gia đình` and `Luật Hôn nhân gia đình`, `Luật Phòng, chống ma túy` and
# `Luật Phòng chống ma túy` name one law: the `và` and the commas of a name are often dropped.
_AND_WORD = re.compile(r"(?<!\w)và(?!\w)", re.IGNORECASE)


# `Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng`, `Nghị quyết Đại hội Đảng toàn quốc
# lần thứ XIII` and `Nghị quyết Đại hội XIII của Đảng` name the national congress's one resolution.
# A province's (`Đại hội đại biểu Đảng bộ tỉnh Đồng Nai lần thứ I, nhiệm kỳ 2025-2030`, `Đại hội đại
# biểu Đảng bộ tỉnh lần thứ I`) is its party committee's, whose place one document need not repeat.
_NATIONAL_CONGRESS = re.compile(
    r"(?<=Đại hội)(?:\s+đại biểu)?(?:\s+Đảng)?(?:\s+toàn quốc)?(?:\s+lần thứ)?\s+(?P<n>[IVXL]+)(?:\s+của\s+Đảng)?(?!\w)")
_LOCAL_CONGRESS = re.compile(r"(?<=Đại hội)(?:\s+đại biểu)?\s+Đảng bộ(?:\s+[^\s,;.()]+){0,5}?\s+lần thứ\s+(?P<n>[IVXL]+)(?!\w)"
                             r"(?:\s*,?\s*nhiệm kỳ\s+\d{4}\s*[-–]\s*\d{4})?")


def name_key(name: str) -> str:
    """The slug by which an unnumbered instrument is known."""
    name = _LOCAL_CONGRESS.sub(r" Đảng bộ \g<n>", _NATIONAL_CONGRESS.sub(r" \g<n>", name))
    return slug(_AND_WORD.sub(" ", _YEAR_WORD.sub("", name)))


def law_name(m: "InstrumentMention") -> tuple[str, int | None] | None:
    """(`LUẬT:dat-dai`, 2024) for `Luật Đất đai năm 2024`, for `Luật Đất đai` passed in 2024
    and for a numbered law titled `Đất đai`: the name without type word or year, and the year."""
    if m.type not in LAW_TYPES or not m.name:
        return None
    trailing = _TRAILING_YEAR.search(m.name)
    name = _LAW_TYPE_WORD.sub("", m.name[:trailing.start()] if trailing else m.name)
    return f"{m.type}:{name_key(name)}", int(trailing.group(1)) if trailing else m.year


def resolved_id(m: "InstrumentMention") -> str:
    """instrument_id of a resolved instrument, where a law known by its name and year carries
    the year even when only a date stated it (`Luật Đất đai ngày 18/1/2024`: `LUẬT:luat-dat-dai-2024`),
    since the name alone is every version's."""
    ident = instrument_id(m)
    law = law_name(m) if not m.number else None
    if law and law[1] and not _TRAILING_YEAR.search(m.name):
        return f"{ident}-{law[1]}"
    return ident


def identity_key(m: "InstrumentMention") -> str:
    """resolved_id with the symbol reduced to its symbol_key: two mentions with one key are
    one instrument, whatever the spelling of their symbols."""
    if m.number and (m.symbol or not m.name):
        return instrument_id(m).replace(f"/{m.symbol or ''}@", f"/{symbol_key(m.symbol)}@", 1)
    return resolved_id(m)


def instrument_id(m: "InstrumentMention") -> str:
    if m.number and (m.symbol or not m.name):
        year = str(m.year) if m.year else "?"
        ident = f"{m.type or '?'}:{canonical_number(m.number)}/{m.symbol or ''}@{year}"
        if m.symbol and m.issuer and any(code in m.symbol.upper() for code in AMBIGUOUS_ISSUER_CODES):
            ident += "#" + slug(m.issuer)
        return ident
    if m.name:
        return f"{m.type or '?'}:{name_key(m.name)}"
    return f"{m.type or '?'}:{canonical_number(m.number)}@{m.year or '?'}"


def entity_id(kind: str, name: str) -> str:
    """`org:bo-cong-an`, `person:tran-luu-quang`."""
    return f"{kind}:{slug(name)}"


def subject_id(extraction: "Extraction") -> str | None:
    """The subject's id; a full text without a number is unique to its document."""
    s = extraction.subject
    if s is None:
        return None
    # A numbered subject, or a named one (a Đề án's full text, the resolution a report says was
    # passed), has its usual id; a notice or directive whose text lacks its number gets one of
    # its own until resolution merges it.
    if s.number or (s.name and (s.type not in ("TB", "CT", "QĐ", "CĐ", "NQ", "CV") or extraction.subject_role == "report")):
        return instrument_id(s)
    return f"{s.type or '?'}:?@{s.year or '?'}~{extraction.document.sha256[:10]}"


def names_its_document(local: str) -> bool:
    """True for the id `subject_id` gives a numberless full text: it is its bytes' hash, so two
    documents with it are copies of one file."""
    return "~" in local


def task_id(doc: "LoadedDocument", index: int) -> str:
    return f"task:{doc.sha256[:10]}:{index}"


def meeting_id(doc: "LoadedDocument", index: int) -> str:
    return f"meeting:{doc.sha256[:10]}:{index}"


def org_id(name: str) -> str:
    return entity_id("org", name)
