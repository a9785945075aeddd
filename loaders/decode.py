"""Bytes to str: BOMs, UTF-16 without BOM, Windows-1258 and other legacy code pages.

Vietnamese files come in UTF-8 (with or without BOM), UTF-16 from Word's "Unicode text", and
Windows-1258 from old tools. A wrong single-byte guess still decodes without error, so legacy
candidates are ranked by how much of the result reads as Vietnamese.
"""
from __future__ import annotations

import codecs
import re

from luocdo.normalize import nfc

from .errors import LoadError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_LEGACY = ("windows-1258", "windows-1252", "latin-1")
# Letters only Vietnamese uses (after NFC); mojibake of UTF-8 or cp1258 read as cp1252 lacks them.
_VIETNAMESE = re.compile(
    "[ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
    "ÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ]"
)
_MOJIBAKE = re.compile("[\u0080-\u009f¡-¿ÃÅÆÇÐÑ×ØÞßãåæçðñ÷øþ\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2020\u2021\u2030\u2039\u203a\u2122]")
# Windows-1258 tone-mark bytes read as cp1252 become letters after a vowel: `Quyêìt`, `ngaÌy`.
_MISPLACED_TONE = re.compile("(?<=[a-zâêôăơư])[ÌÒÞ]|(?<=[aâăeêoôơuưy])[ìò]", re.I)
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_CONTROL_BYTES = bytes([*range(0, 9), *range(14, 27), *range(28, 32)])


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control bytes: not a text file (UTF-16 is checked before this)."""
    sample = data[:65536]
    if b"\x00" in sample:
        return True
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))  # one pass, not one per byte value
    return controls > len(sample) * 0.05


def utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' / 'utf-16-be' when NUL bytes sit on one parity, as in Latin-script UTF-16."""
    sample = data[: 65536 & ~1]
    if len(sample) < 4 or len(data) % 2:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    if odd > half * 0.3 and even < half * 0.02:
        return "utf-16-le"
    if even > half * 0.3 and odd < half * 0.02:
        return "utf-16-be"
    return None


def vietnamese_score(text: str) -> float:
    """Share of Vietnamese-only letters minus share of typical mojibake characters."""
    sample = nfc(text[:200000])
    letters = sum(c.isalpha() for c in sample) or 1
    wrong = len(_MOJIBAKE.findall(sample)) + len(_MISPLACED_TONE.findall(sample))
    return (len(_VIETNAMESE.findall(sample)) - 3 * wrong) / letters


def _legacy_candidates(data: bytes):
    for encoding in _LEGACY:
        try:
            yield encoding, data.decode(encoding)
        except UnicodeDecodeError:
            continue
    from charset_normalizer import from_bytes

    best = from_bytes(data[:1 << 20]).best()
    if best is not None and best.encoding:
        try:
            yield best.encoding, data.decode(best.encoding)
        except (UnicodeDecodeError, LookupError):
            pass


def decode(data: bytes, path: str) -> tuple[str, str, list[str]]:
    """(text, encoding, warnings) for `data`; raises LoadError for binary or undecodable bytes."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data.decode(encoding), encoding, path, [])
            except UnicodeDecodeError as err:
                raise LoadError(path, f"starts with a {encoding} byte-order mark but is not {encoding}: {err}")
    utf16 = utf16_without_bom(data)
    if utf16:
        try:
            return _checked(data.decode(utf16), utf16, path, [f"{path}: no byte-order mark; encoding guessed as {utf16}"])
        except UnicodeDecodeError:
            pass
    if looks_binary(data):
        raise LoadError(path, "is a binary file (NUL or control bytes), not text or a supported format")
    try:
        return _checked(data.decode("utf-8"), "utf-8", path, [])
    except UnicodeDecodeError as err:
        utf8_error = err
    scored = [(vietnamese_score(text), encoding, text) for encoding, text in _legacy_candidates(data)]
    if not scored:
        raise LoadError(path, f"cannot be decoded as UTF-8 ({utf8_error}) nor any known encoding")
    score, encoding, text = max(scored, key=lambda item: item[0])
    return _checked(text, encoding, path, [f"{path}: not UTF-8; encoding guessed as {encoding}"])


def _checked(text: str, encoding: str, path: str, warnings: list[str]) -> tuple[str, str, list[str]]:
    """Warn about replacement characters and control characters that no real text contains."""
    replacements = text.count("\ufffd")
    if replacements:
        warnings.append(f"{path}: {replacements} replacement character(s) U+FFFD: the file was damaged before")
    controls = len(_CONTROL.findall(text))
    if controls:
        warnings.append(f"{path}: {controls} impossible control character(s) removed")
    return text, encoding, warnings
