"""Markdown and HTML-to-Markdown leftovers: front matter, bold, footnote markers, links, pipes.

Saved pages and converted documents carry markup the extractor must not see. Everything is one
regex pass that copies the text between tokens and replaces each token by its content, a newline
or nothing, so offsets stay exact.
"""
from __future__ import annotations

import bisect
import html
import re
import unicodedata

from .builder import Text, TextBuilder

_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
_FRONT_FIELD = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$", re.M)
_TABLE_ROW = re.compile(r"^[ \t]*\|.*\|.*$", re.M)  # converters often drop the closing pipe
# Every token starts with one of these characters: the lookahead lets the scan skip plain text fast.
_TOKENS = re.compile(
    r"(?=[-*_<\[!\\&|#])(?:"
    r"(?P<rule>^(?:\|[ \t:]*)?-{3,}[-| \t:]*$)"  # table separator row or horizontal rule
    r"|(?P<heading>^#{1,6}[ \t]+)"
    r"|(?P<boldjoin>\*\*\*\*|____)"  # `**A****B**`: two bold blocks, two lines
    r"|(?P<bold>\*\*|__)"
    r"|(?P<italic>(?<![\w*(])\*(?=[^\s*)])|(?<=[^\s*(])\*(?![\w*)]))"
    r"|(?P<footnote><sup>\s*\d{1,3}\s*</sup>|\[\^\d{1,3}\]:?)"
    r"|(?P<br><br\s*/?>)"
    r"|(?P<block></(?:p|div|tr|li|h[1-6])>)"
    r"|(?P<tag></?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]{0,300})?/?>)"
    r"|(?P<image>!\[[^\]\n]*\]\([^)\n]*\))"
    r"|(?P<link>\[(?P<label>[^\]\n]*)\]\([^)\s]*(?:\s+\"[^\"\n]*\")?\))"
    r"|(?P<escape>\\[\\`*_{}\[\]()#+\-.!|>~])"
    r"|(?P<entity>&(?:#\d{1,6}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});)"
    r"|(?P<pipe>\|[ \t]*))",
    re.M,
)
_MARKDOWN_HINT = re.compile(r"\*\*|<sup>|<br|^#{1,6} |^\|.*\|\s*$|\]\(|^---\s*$", re.M)


def front_matter(text: str) -> tuple[dict[str, str], int]:
    """YAML front matter's simple `key: value` fields and where the body starts (0 if none)."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, 0
    fields = {key.lower(): value.strip("'\"") for key, value in _FRONT_FIELD.findall(match.group(1))}
    return fields, match.end()


def looks_like_markdown(text: str) -> bool:
    return _FRONT_MATTER.match(text) is not None or _MARKDOWN_HINT.search(text[:200000]) is not None


def strip_markup(src: Text, start: int = 0) -> Text:
    """`src` from `start` without markup; table cells are separated by tabs, rows kept as lines."""
    text = src.text
    rows = [(m.start(), m.end()) for m in _TABLE_ROW.finditer(text, start)]
    row_starts = [row[0] for row in rows]
    out = TextBuilder(src)
    pos = start
    for match in _TOKENS.finditer(text, start):
        kind = match.lastgroup
        if kind == "pipe" and not _inside(rows, row_starts, match.start()):
            continue
        out.copy(pos, match.start())
        pos = match.end()
        if kind == "link" or kind == "label":
            out.copy(match.start("label"), match.end("label"))
        elif kind == "escape":
            out.copy(match.start() + 1, match.end())
        elif kind == "entity":
            out.replace(match.start(), match.end(), html.unescape(match.group()).replace("\xa0", " "))
        elif kind == "boldjoin" and _splits_a_word(text, match.start(), match.end()):
            pass  # `KT. TRƯ****Ở****NG`, `H****òa`: a site's markup inside one word
        elif kind in ("boldjoin", "br", "block"):
            out.insert("\n", match.start())
        elif kind == "pipe":
            _cell_break(out, text, match, rows, row_starts)
    out.copy(pos, len(text))
    return out.build()


_LEFT_WORD = re.compile(r"([^\W\d_]+)$")
_RIGHT_WORD = re.compile(r"[^\W\d_]*")
_VOWELS = set("aăâeêioôơuưy")
_FINALS = {"c", "ch", "m", "n", "ng", "nh", "p", "t"}  # the consonants a syllable may end with
_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def _splits_a_word(text: str, start: int, end: int) -> bool:
    """`****` inside one word, as sites print bold letters (`KT. TRƯ****Ở****NG`, `H****òa`): the
    piece before has no vowel, so it is no syllable (`H`, `CH`, `Đ`), or it ends in a vowel
    without a tone and the piece after opens with a toned vowel (`TRƯ` + `Ở`), or the piece after
    is only a syllable's final consonants (`TRƯỞ` + `NG`). Otherwise it
    separates two bold blocks, two lines (`THÔNG BÁO****Kết luận`)."""
    left = _LEFT_WORD.search(text, max(0, start - 20), start)
    after = text[end:end + 1]
    if left is None or not after.isalpha():
        return False
    bases = [_base(c) for c in left.group(1)]
    if not any(b in _VOWELS for b in bases):
        return True
    right = _RIGHT_WORD.match(text, end).group().lower()
    if bases[-1] in _VOWELS and right in _FINALS:
        return True  # `TRƯỞ` + `NG`: a syllable's final consonants alone
    return bases[-1] in _VOWELS and not any(_has_tone(c) for c in left.group(1)) \
        and _base(after) in _VOWELS and _has_tone(after)


def _base(ch: str) -> str:
    """The letter without its tone (`ở` -> `ơ`, `Ế` -> `ê`)."""
    kept = "".join(c for c in unicodedata.normalize("NFD", ch.lower()) if c not in _TONES)
    return unicodedata.normalize("NFC", kept)


def _has_tone(ch: str) -> bool:
    return any(c in _TONES for c in unicodedata.normalize("NFD", ch))


def _inside(rows: list[tuple[int, int]], row_starts: list[int], at: int) -> bool:
    i = bisect.bisect_right(row_starts, at) - 1
    return i >= 0 and rows[i][0] <= at < rows[i][1]


def _cell_break(out: TextBuilder, text: str, match: re.Match, rows, row_starts) -> None:
    """Inner pipes become a tab between cells; the row's outer pipes vanish."""
    row_start, row_end = rows[bisect.bisect_right(row_starts, match.start()) - 1]
    before = text[row_start:match.start()].strip()
    after = text[match.end():row_end].strip()
    if before and after:
        out.insert("\t", match.start())
