"""Text normalisation shared by every stage: NFC, look-alike letters, diacritic-free folding."""
from __future__ import annotations

import re
import unicodedata

# Letters that real files use in place of Vietnamese ones (Ð U+00D0 Icelandic eth for Đ).
_LOOKALIKES = str.maketrans({"\u00d0": "Đ", "\u0110": "Đ", "\u0189": "Đ", "\u00f0": "đ"})
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")


def nfc(text: str) -> str:
    """NFC with look-alike letters mapped to the Vietnamese ones."""
    return unicodedata.normalize("NFC", text).translate(_LOOKALIKES)


def fold(text: str) -> str:
    """Lower-case, without diacritics, for matching what users type (`chi thi 18`)."""
    decomposed = unicodedata.normalize("NFD", nfc(text).casefold()).replace("đ", "d")
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn")


def fold_keep_length(text: str) -> str:
    """`fold` that keeps one output character per input character, so spans stay valid."""
    out = []
    for ch in text:
        f = fold(ch)
        out.append(f[0] if f else ch)
    return "".join(out)


def slug(text: str) -> str:
    """Diacritic-free words joined by hyphens, for stable identifiers."""
    return re.sub(r"[^0-9a-z]+", "-", fold(text)).strip("-")


def squash_spaces(text: str) -> str:
    return _SPACES.sub(" ", text).strip()
