"""NFC with an offset map: composing a base letter and its tone marks shortens the text.

Windows-1258 and some PDF or Mac tools write tone marks as combining characters; only the runs
that carry them are normalised one cluster at a time (all output mapped to the cluster's start),
everything else keeps a one-to-one map. Control characters no text contains are dropped here.
"""
from __future__ import annotations

import re
import unicodedata

from luocdo.normalize import LOOKALIKE, nfc

from .builder import Text, TextBuilder
from .tones import repair_tones

_COMBINING = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_CONTROL = "\x00-\x08\x0b\x0e-\x1f\x7f-\x9f"
# The marks of a cluster, or a control character that is not a cluster's base. A cluster is the
# marks and the character before them. The pattern opens with one character set so that the
# engine skips to the next mark or control at C speed; matching the base (`[^marks]?`) or
# opening with two alternatives would make it try every position of the text.
_MARKS_OR_CONTROL = re.compile(
    f"[{_COMBINING}{_CONTROL}](?:(?<=[{_COMBINING}])(?P<marks>[{_COMBINING}]*)|(?![{_COMBINING}]))"
)
# A dash of another width inside a number's symbol (`205/TB—VPCP`, as OCR and word processors
# print it) is its hyphen; between words (`2021 – 2025`, `Hà Nội — Huế`) it stays.
_SYMBOL_DASH = re.compile("[\u2010\u2011\u2012\u2013\u2014\u2212](?<=[A-ZĐ0-9].)(?=[A-ZĐ0-9])")
# Speed: the patterns run over every text open with a literal or a character set and look behind
# only after it, so that the engine skips at C speed to the next place where a match can start; a
# pattern opening with a lookaround is tried at every position (20-70 MB/s, not 500). The two that
# must open with one (_OCR_NUMBER, _OCR_ITEM_ONE) run only when their hint pattern finds a candidate.


# OCR reads `1` as `l` and `0` as `O` inside numbers (`Số: 1O5/CĐ-TTg`, `ngày l6/12/1998`, `tháng
# l0`): a token of digits and those letters with at least one digit is a number. `O` and `I`
# never open one (`I27`, `O2`, `II3` are codes and numerals); `l` may, but ends one only before a
# number's slash (`2l/CĐ-TTg`; `100l` is litres).
_OCR_NUMBER = re.compile(r"(?<!\w)(?=[\dOlI]*\d)(?=[\dOI]*l|\d+[OI])(?:\d|l(?=[\dOI/]))(?:[\dOI]|l(?=[\dOI/]))*(?!\w)")
_OCR_DIGIT = str.maketrans("OlI", "011")
_OCR_NUMBER_HINT = re.compile(r"[OlI](?:(?<=\d[OlI])|(?=\d))")  # such a number has a digit beside O, l or I
# An item's number `1.` read as `l.` at a line's start (Vietnamese has no word `l`; a point
# lettered l is `l)`, which stays).
_OCR_ITEM_ONE = re.compile(r"(?m)^([ \t]*)l(?=\.[ \t]+[^\W\d_])")
_OCR_ITEM_ONE_HINT = re.compile(r"l\.[ \t]")
# And `0` for `O` in words in capitals (`THÔNG BÁ0`, `KẾ H0ẠCH`): a 0 inside a word, or ending one
# of two letters or more, between capitals.
_OCR_CAPITAL_O = re.compile(r"0(?:(?<=[^\W\d_]0)(?=[^\W\d_])|(?<=[^\W\d_]{2}0)(?!\w))")


# OCR misreads the tones of a date's words (`ngảy 05 thảng 3 nãm 2025`, `trong thãng 8 năm 2025`): next to the date's
# numbers they can only be ngày, tháng, năm. Same lengths, so offsets hold. Each pattern matches
# only the misread vowels (not the right one), so most texts have nothing to replace.
_A = "aàáảãạ"
_A_HAT = "ăắằẳẵặâấầẩẫậ"
_DATE_WORDS = (
    (re.compile(rf"ng(?<!\wng)[{_A.replace('à', '')}]y(?=\s+\d{{1,2}}(?:\s+th[{_A}]ng\b|\s*[/.-]\s*\d))"), "ngày"),
    (re.compile(rf"th[{_A.replace('á', '')}]ng(?:(?<=\d\sth[{_A}]ng)(?=\s+\d{{1,2}}\b)"
                rf"|(?<!\wth[{_A}]ng)(?=\s+\d{{1,2}}(?:\s*/\s*|\s+n[{_A}{_A_HAT}]m\s+)\d{{4}}\b))"), "tháng"),
    # after a day or month, or after a symbol's last code (`Công văn 9013/VPCP-CN nam 2025`, `TTg`)
    (re.compile(rf"n[{_A}{_A_HAT.replace('ă', '')}]m(?:(?<=[\dA-ZĐ]\sn[{_A}{_A_HAT}]m)|(?<=Tg\sn[{_A}{_A_HAT}]m))"
                rf"(?=\s+\d{{4}}\b)"), "năm"),
)


def normalize(src: Text) -> Text:
    """`src` in NFC (look-alike letters such as Ð mapped to Đ, `1O5` to `105`, a symbol's dashes to hyphens),
    offsets kept per character, with every line break a `\n`."""
    text = _unix_breaks(src.text)
    src = Text(text, src.offsets)
    # The search first: is_normalized is slow on text that is not NFC, fast on text that is.
    if not _MARKS_OR_CONTROL.search(text) and unicodedata.is_normalized("NFC", text):
        return Text(_lookalikes(text), src.offsets)
    out = TextBuilder(src)
    pos = 0
    for match in _MARKS_OR_CONTROL.finditer(text):
        start = max(match.start() - 1, 0) if match.lastgroup == "marks" else match.start()
        _plain(out, text, pos, start)
        if match.lastgroup == "marks":
            out.replace(start, match.end(), unicodedata.normalize("NFC", text[start:match.end()]))
        pos = match.end()
    _plain(out, text, pos, len(text))
    result = out.build()
    return Text(_lookalikes(result.text), result.offsets)


def _unix_breaks(text: str) -> str:
    """Windows (`\\r\\n`) and old Mac (`\\r`) line breaks as `\\n`, one character for one: the
    carriage return of a pair becomes a space at the line's end, so offsets hold. Every later
    stage (Markdown tables, headings, furniture, reflow) then reads one kind of line."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", " \n").replace("\r", "\n")


def _lookalikes(text: str) -> str:
    """luocdo.normalize.nfc's letter mapping, OCR's letters inside numbers as digits (and 0 in
    capitals as O), a date's misread words, list bullets as `-` or `+`, the misread marks of known
    word pairs (loaders.tones) and symbol dashes as hyphens (all one-to-one), applied only where
    such characters occur."""
    if LOOKALIKE.search(text):
        text = LOOKALIKE.sub(lambda m: nfc(m.group()), text)
    if _OCR_NUMBER_HINT.search(text):
        text = _OCR_NUMBER.sub(lambda m: m.group().translate(_OCR_DIGIT), text)
    if _OCR_ITEM_ONE_HINT.search(text):
        text = _OCR_ITEM_ONE.sub(r"\g<1>1", text)
    for misread, word in _DATE_WORDS:
        text = misread.sub(word, text)
    if _OCR_CAPITAL_O.search(text):
        text = _OCR_CAPITAL_O.sub(lambda m: "O" if _between_capitals(text, m.start()) else "0", text)
    if "Tải về" in text or "TẢI VỀ" in text:
        text = _DOWNLOAD_BUTTON.sub(lambda m: " " * len(m[0]), text)
    while _FOREIGN_LOOKALIKE.search(text):  # again for a run of them (`NĐ-СР`: the Р is beside the С)
        latin = _FOREIGN_LOOKALIKE.sub(lambda m: m.group().translate(_FOREIGN_TO_LATIN), text)
        if latin == text:
            break
        text = latin
    text = repair_tones(_dash_bullets(text))
    return _SYMBOL_DASH.sub("-", text) if _SYMBOL_DASH.search(text) else text


# A list item's bullet as Word, PDF text and typists print it (`• `, `– `, a Symbol font's private
# `\uf0b7`), at a line's start: the finders know `- ` and `+ ` (a sub-item). Dashes are `-`; a
# round or square bullet is `-` too, or `+` in a text that already has `- ` items, where it is
# the level below; and `+` items in a text with no other bullet are its first level, `-`.
# Checkboxes (□, ■, ✓) are not bullets.
_DASHES = "\u2012\u2013\u2014\u2015"
_ROUND_BULLETS = "\u2022\u00b7\u25aa\u25e6\u25cf\u25ba\u27a2\u2756\uf0b7\uf0a7\uf0d8\uf076\uf0fc"
_GLYPH_BULLET = re.compile(f"(?m)^([ \t]*)([{_DASHES}{_ROUND_BULLETS}])(?=[ \t])")
_DASH_ITEM = re.compile(r"(?m)^[ \t]*-[ \t]")
_PLUS_ITEM = re.compile(r"(?m)^([ \t]*)\+(?=[ \t])")


def _dash_bullets(text: str) -> str:
    glyphs = any(c in text for c in _DASHES + _ROUND_BULLETS) and _GLYPH_BULLET.search(text) is not None
    if not glyphs and "+" not in text:
        return text
    dash_items = _DASH_ITEM.search(text) is not None
    if glyphs:
        round_bullet = "+" if dash_items else "-"
        text = _GLYPH_BULLET.sub(lambda m: m[1] + ("-" if m[2] in _DASHES else round_bullet), text)
    elif not dash_items and _PLUS_ITEM.search(text):
        text = _PLUS_ITEM.sub(r"\g<1>-", text)
    return text


# Cyrillic and Greek letters drawn like Latin ones, which PDF text and copied symbols carry
# (`02/2024/TT-BKHĐТ`, `105/2025/TT-BTС` with a Cyrillic Т or С): beside a Latin letter, a digit,
# a slash or a hyphen they are the Latin letter. Vietnamese text has no Cyrillic or Greek words,
# and a foreign word keeps its letters (none of its neighbours is Latin).
_FOREIGN_LOOKALIKES = "АВСЕНІЈКМОРЅТХУаеорсхуіјѕΑΒΕΖΗΙΚΜΝΟΡΤΥΧο"
_LATIN_LOOKALIKES = "ABCEHIJKMOPSTXYaeopcxyijsABEZHIKMNOPTYXo"
_FOREIGN_TO_LATIN = str.maketrans(_FOREIGN_LOOKALIKES, _LATIN_LOOKALIKES)
_NEIGHBOUR = r"[A-Za-zĐđ0-9/-]"
_FOREIGN_LOOKALIKE = re.compile(f"[{_FOREIGN_LOOKALIKES}](?:(?<={_NEIGHBOUR}.)|(?={_NEIGHBOUR}))")


# The legal database prints a download button's label right after what it links, a number or a
# name (`Quyết định 634/QĐ-UBND Tải về phê duyệt ...`, `Kế hoạch 36/KH-UBND năm 2025 TẢI VỀ về
# việc ...`, `... thành phố Cần Thơ năm 2025 Tải về cũng nêu rõ`): blanked (same length), the
# citation's date, title and issuer follow it again. Capitalised after a word it is the button,
# unless the text points at it (`Xem mục Tải về ở cuối trang`, `nhấn nút Tải về`).
_DOWNLOAD_BUTTON = re.compile(r"(?<=\w)(?<!mục)(?<!nút)(?<!chọn)(?<!nhấn)(?<!bấm)\s+(?:Tải về|TẢI VỀ)(?=[\s,.;:)*]|$)")


def _between_capitals(text: str, pos: int) -> bool:
    """The letters around `pos` (the one after it, if a letter) are capitals."""
    after = text[pos + 1:pos + 2]
    return text[pos - 1].isupper() and (after.isupper() or not after.isalpha())


def _plain(out: TextBuilder, text: str, start: int, end: int) -> None:
    """Copy a run without combining marks; NFC rarely changes it (compatibility singletons)."""
    piece = text[start:end]
    if unicodedata.is_normalized("NFC", piece):
        out.copy(start, end)
        return
    normal = unicodedata.normalize("NFC", piece)
    if len(normal) == len(piece):
        out.replace(start, end, normal)
    else:
        for i, ch in enumerate(piece):
            out.replace(start + i, start + i + 1, unicodedata.normalize("NFC", ch))
