"""Identifiers for instruments and other entities, defined in one place.

An instrument is identified by type, number, symbol and year, plus the issuing body where
symbols repeat across bodies (`QĐ-UBND`); an unnumbered one by type and name.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from luocdo.normalize import slug

if TYPE_CHECKING:
    from luocdo.model import Extraction, InstrumentMention, LoadedDocument

# Issuer codes that many bodies share, so that the body must be part of the identity.
AMBIGUOUS_ISSUER_CODES = ("UBND", "HĐND", "SỞ", "BCĐ")


def canonical_number(number: str | None) -> str:
    return (number or "").lstrip("0") or ("0" if number else "")


def instrument_id(m: "InstrumentMention") -> str:
    if m.number and (m.symbol or not m.name):
        year = str(m.year) if m.year else "?"
        ident = f"{m.type or '?'}:{canonical_number(m.number)}/{m.symbol or ''}@{year}"
        if m.symbol and m.issuer and any(code in m.symbol.upper() for code in AMBIGUOUS_ISSUER_CODES):
            ident += "#" + slug(m.issuer)
        return ident
    if m.name:
        return f"{m.type or '?'}:{slug(m.name)}"
    return f"{m.type or '?'}:{canonical_number(m.number)}@{m.year or '?'}"


def entity_id(kind: str, name: str) -> str:
    """`org:bo-cong-an`, `person:tran-luu-quang`."""
    return f"{kind}:{slug(name)}"


def subject_id(extraction: "Extraction") -> str | None:
    """The subject's id; a full text without a number is unique to its document."""
    s = extraction.subject
    if s is None:
        return None
    # A numbered subject, or a named one (a Đề án's full text), has its usual id; a notice or
    # directive whose text lacks its number gets one of its own until resolution merges it.
    if s.number or (s.name and s.type not in ("TB", "CT", "QĐ", "CĐ", "NQ", "CV")):
        return instrument_id(s)
    return f"{s.type or '?'}:?@{s.year or '?'}~{extraction.document.sha256[:10]}"


def task_id(doc: "LoadedDocument", index: int) -> str:
    return f"task:{doc.sha256[:10]}:{index}"


def meeting_id(doc: "LoadedDocument", index: int) -> str:
    return f"meeting:{doc.sha256[:10]}:{index}"


def org_id(name: str) -> str:
    return entity_id("org", name)
