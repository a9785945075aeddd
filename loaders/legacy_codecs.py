"""TCVN3 (ABC) and VNI, the Vietnamese font encodings of the 1990s, as Python codecs "tcvn3" and "vni".

Both were made for fonts, not code pages: a file typed in .VnTime or VNI-Times holds bytes that
Windows-1252 shows as `Céng hoµ` or `Coäng hoøa`. TCVN3 gives each lower-case letter one byte;
VNI writes a base letter and then one byte of marks. The tables are data (luocdo/data/tcvn3.json,
vni.json); bytes they do not list read as Windows-1252. The encoders let tests round-trip real
text and let users write such files.

>>> import luocdo.loaders.legacy_codecs
>>> "Céng hoµ".encode("cp1252").decode("tcvn3"), "Vieät Nam".encode("cp1252").decode("vni")
('Cộng hoà', 'Việt Nam')
"""
from __future__ import annotations

import codecs
import re
import unicodedata
from functools import lru_cache

from luocdo.data import load


def _cp1252_view() -> list[str]:
    """Each byte as Windows-1252 reads it; the five bytes it leaves undefined as Latin-1."""
    return [bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in range(256)]


def _byte_table(name: str, key: str) -> dict[int, str]:
    return {int(code, 16): text for code, text in load(name)[key].items()}


@lru_cache(maxsize=None)
def _tcvn3() -> tuple[str, re.Pattern, dict[str, bytes]]:
    """(the character of each byte, a word with the table's lower-case letters, encoding map)."""
    table = _byte_table("tcvn3.json", "bytes")
    view = _cp1252_view()
    decoding = "".join(chr(b) if b < 128 else table.get(b, view[b]) for b in range(256))
    encoding = {char: bytes([b]) for b, char in table.items()}
    lower = "".join(c for c in table.values() if c.islower() and not c.isascii())
    for char in lower:  # .VnTimeH: capitals with a tone mark are the lower-case codes in a capital font
        encoding.setdefault(char.upper(), encoding[char])
    return decoding, re.compile(f"(?<![^\\W\\d_])(?=[^\\W\\d_]*?[{lower}])[^\\W\\d_]+"), encoding


def tcvn3_decode(data: bytes) -> str:
    """TCVN3 bytes to text, with the capitals that the capital font printed (see _capital_word)."""
    decoding, word, _ = _tcvn3()
    lines = codecs.charmap_decode(data, "strict", decoding)[0].split("\n")
    return "\n".join(_with_capitals(line, word) for line in lines)


_ASCII_LOWER = re.compile("[a-z]")


def _with_capitals(line: str, word: re.Pattern) -> str:
    if not word.search(line):
        return line
    capitals_line = _ASCII_LOWER.search(line) is None  # once per line: a long line stays linear
    return word.sub(lambda m: _capital_word(m.group(), capitals_line), line)


def _capital_word(word: str, capitals_line: bool) -> str:
    """TCVN3 has no capitals with tone marks: a writer switched to .VnTimeH, whose lower-case codes
    print as capitals. So `QUYếT` is `QUYẾT`: its other letters are capitals (two or more, or one
    on a line without a lower-case ASCII letter). A capital opening a word (`Ủy ban`) cannot be
    told from `ủy` and stays lower-case."""
    others = [c for c in word if not (c.islower() and not c.isascii())]
    if others and all(c.isupper() for c in others) and (len(others) >= 2 or capitals_line):
        return word.upper()
    return word


@lru_cache(maxsize=None)
def _vni() -> tuple[re.Pattern, dict[str, str], dict[str, str], dict[str, bytes]]:
    """(pattern of a base and its marks or a letter, Latin-1 char to text, marks by Latin-1 char, encoding map)."""
    tables = load("vni.json")
    letters = {chr(b): text for b, text in _byte_table("vni.json", "letters").items()}
    marks = {chr(b): text for b, text in _byte_table("vni.json", "marks").items()}
    by_letter = {text: char for char, text in letters.items()}
    bases = "".join(by_letter.get(c, c) for c in tables["bases"])
    view = _cp1252_view()
    single = {chr(b): view[b] for b in range(128, 256)} | letters
    pattern = re.compile(f"([{re.escape(bases)}])([{re.escape(''.join(marks))}])|[\\x80-\\xff]")
    encoding = {text: char.encode("latin-1") for char, text in letters.items()}
    for base in bases:
        for char, combining in marks.items():
            mark = char.lower() if single.get(base, base).islower() else char.upper()
            composed = unicodedata.normalize("NFC", single.get(base, base) + combining)
            encoding.setdefault(composed, (base + mark).encode("latin-1"))
    return pattern, single, marks, encoding


def vni_decode(data: bytes) -> str:
    """VNI bytes to NFC text: each vowel and the mark byte after it become one letter."""
    pattern, single, marks, _ = _vni()

    def letter(m: re.Match) -> str:
        if m.group(1) is None:
            return single[m.group()]
        return unicodedata.normalize("NFC", single.get(m.group(1), m.group(1)) + marks[m.group(2)])

    return pattern.sub(letter, data.decode("latin-1"))


@lru_cache(maxsize=None)
def _taken(name: str) -> frozenset[int]:
    """The bytes `name` gives a meaning of its own (a Windows-1252 character there is not itself)."""
    return frozenset(b for code in _CODECS[name][1]()[-1].values() for b in code if b >= 128)


def _encoder(name: str):
    """An encode function: letters from the table, other characters as in Windows-1252 unless
    their byte means something else in `name`."""

    def encode(text: str, errors: str = "strict") -> tuple[bytes, int]:
        encoding, taken = _CODECS[name][1]()[-1], _taken(name)
        out = bytearray()
        for i, char in enumerate(unicodedata.normalize("NFC", text)):
            code = encoding.get(char)
            if code is None:
                try:
                    code = char.encode("cp1252")
                except UnicodeEncodeError:
                    code = None
                if code and code[0] in taken:
                    code = None
            if code is None:
                if errors != "replace":
                    raise UnicodeEncodeError(name, text, i, i + 1, f"not in {name}")
                code = b"?"
            out += code
        return bytes(out), len(text)

    return encode


def _codec(name: str) -> codecs.CodecInfo:
    def decode(data, errors: str = "strict") -> tuple[str, int]:
        return _CODECS[name][0](bytes(data)), len(data)

    return codecs.CodecInfo(_encoder(name), decode, name=name)


_CODECS = {"tcvn3": (tcvn3_decode, _tcvn3), "vni": (vni_decode, _vni)}


def _search(name: str):
    """`tcvn3`, `TCVN-3`, `vni`: Python passes the name lower-cased."""
    key = name.replace("-", "").replace("_", "")
    return _codec(key) if key in _CODECS else None


codecs.register(_search)
