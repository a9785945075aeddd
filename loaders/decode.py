"""Bytes to str: BOMs, UTF-16 without BOM, Windows-1258, TCVN3, VNI and other legacy code pages.

Vietnamese files come in UTF-8 (with or without BOM), UTF-16 from Word's "Unicode text",
Windows-1258 from old tools, and TCVN3 (ABC) or VNI from the font encodings of older provincial
archives. A wrong single-byte guess still decodes without error, so legacy candidates are ranked
by how much of the result reads as Vietnamese: letters only Vietnamese uses, and accented words
that are Vietnamese syllables. A file whose best reading is no Vietnamese is refused, and a file
whose lines were saved in two encodings is decoded line by line.
"""
from __future__ import annotations

import codecs
import re
import unicodedata
from functools import lru_cache

from luocdo.data import load
from luocdo.normalize import nfc

from . import legacy_codecs  # noqa: F401  registers the "tcvn3" and "vni" codecs
from .errors import OFFICE_BINARY, OFFICE_BINARY_MAGIC, LoadError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_LEGACY = ("windows-1258", "tcvn3", "vni", "windows-1252", "latin-1")
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


_WORD = re.compile(r"[^\W\d_]+")
_TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"
_MIN_ACCENTED_WORDS = 5  # fewer accented words than this say too little to refuse a file


@lru_cache(maxsize=None)
def _syllable() -> re.Pattern:
    parts = load("syllables.json")
    alternation = {key: "|".join(parts[key]) for key in ("onsets", "nuclei", "finals")}
    return re.compile("(?:{onsets})?(?:{nuclei})(?:{finals})?".format(**alternation))


@lru_cache(maxsize=65536)
def _is_syllable(word: str) -> bool:
    """One tone mark at most, and onset, nucleus and final of a Vietnamese syllable."""
    parts = unicodedata.normalize("NFD", word.lower())
    bare = "".join(c for c in parts if c not in _TONE_MARKS)
    return len(parts) - len(bare) <= 1 and bool(_syllable().fullmatch(unicodedata.normalize("NFC", bare)))


def accented_words(text: str) -> tuple[int, int]:
    """(words with a non-ASCII letter, how many of them are Vietnamese syllables) in NFC `text`."""
    words = [w for w in _WORD.findall(text) if not w.isascii()]
    return len(words), sum(map(_is_syllable, words))


def vietnamese_score(text: str) -> float:
    """Share of Vietnamese-only letters, minus three times the share of typical mojibake
    characters, minus the share of accented words that are no Vietnamese syllable."""
    sample = nfc(text[:200000])
    letters = sum(c.isalpha() for c in sample) or 1
    wrong = len(_MOJIBAKE.findall(sample)) + len(_MISPLACED_TONE.findall(sample))
    accented, syllables = accented_words(sample)
    return (len(_VIETNAMESE.findall(sample)) - 3 * wrong) / letters - (accented - syllables) / (accented or 1)


_SAMPLE_BYTES = 1 << 20  # candidates are scored on the first MiB; only the winner decodes it all


def _legacy_candidates(sample: bytes):
    """(encoding, text of `sample`) for each legacy encoding that decodes it, and charset_normalizer's guess."""
    for encoding in _LEGACY:
        try:
            yield encoding, sample.decode(encoding)
        except UnicodeDecodeError:
            continue
    from charset_normalizer import from_bytes

    best = from_bytes(sample).best()
    if best is not None and best.encoding:
        try:
            yield best.encoding, sample.decode(best.encoding)
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
        if data.startswith(OFFICE_BINARY_MAGIC):
            raise LoadError(path, OFFICE_BINARY)
        raise LoadError(path, "is a binary file (NUL or control bytes), not text or a supported format")
    try:
        return _checked(data.decode("utf-8"), "utf-8", path, [])
    except UnicodeDecodeError as err:
        utf8_error = err
    mixed = _mixed(data, path)
    if mixed:
        return mixed
    encoding, text = _best_legacy(data, path, f"cannot be decoded as UTF-8 ({utf8_error}) nor any known encoding")
    return _checked(text, encoding, path, [f"{path}: not UTF-8; encoding guessed as {encoding}"])


def _best_legacy(data: bytes, path: str, undecodable: str) -> tuple[str, str]:
    """(encoding, text) of the candidate that reads most like Vietnamese; LoadError when none
    does, since a wrong code page yields plausible-looking garbage (wrong subjects, garbled tasks)."""
    scored = sorted(((vietnamese_score(text), encoding, text) for encoding, text in _legacy_candidates(data[:_SAMPLE_BYTES])),
                    key=lambda item: item[0], reverse=True)
    for _, encoding, sample in scored:
        try:
            text = data.decode(encoding) if len(data) > _SAMPLE_BYTES else sample
        except UnicodeDecodeError:
            continue  # a byte past the sample that this code page lacks
        accented, syllables = accented_words(nfc(sample[:200000]))
        if accented >= _MIN_ACCENTED_WORDS and syllables * 2 < accented:
            raise LoadError(path, f"is not Vietnamese text in UTF-8 or a known legacy encoding (its best reading, "
                                  f"as {encoding}, has {accented - syllables} of {accented} accented words "
                                  f"that are no Vietnamese syllable)")
        return encoding, text
    raise LoadError(path, undecodable)


def _mixed(data: bytes, path: str) -> tuple[str, str, list[str]] | None:
    """Lines in UTF-8 and lines in one legacy encoding (a file pasted together from two tools):
    each line read in its own; None when no line with non-ASCII bytes is valid UTF-8."""
    lines = data.splitlines(keepends=True)
    legacy = [not _is_utf8(line) for line in lines]
    if not any(not old and not line.isascii() for old, line in zip(legacy, lines)):
        return None
    encoding, _ = _best_legacy(b"".join(line for old, line in zip(legacy, lines) if old), path,
                               "has lines that are not UTF-8 nor any known encoding")
    text = "".join(line.decode(encoding) if old else line.decode("utf-8") for old, line in zip(legacy, lines))
    return _checked(text, f"utf-8+{encoding}", path,
                    [f"{path}: mixed encodings: {sum(legacy)} lines of {encoding}, the others UTF-8"])


def _is_utf8(line: bytes) -> bool:
    try:
        line.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _checked(text: str, encoding: str, path: str, warnings: list[str]) -> tuple[str, str, list[str]]:
    """Warn about replacement characters and control characters that no real text contains."""
    replacements = text.count("\ufffd")
    if replacements:
        warnings.append(f"{path}: {replacements} replacement character(s) U+FFFD: the file was damaged before")
    controls = len(_CONTROL.findall(text))
    if controls:
        warnings.append(f"{path}: {controls} impossible control character(s) removed")
    return text, encoding, warnings
