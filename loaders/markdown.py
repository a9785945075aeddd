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
from .lines import is_heading

_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
_FRONT_FIELD = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$", re.M)
_TABLE_ROW = re.compile(r"^[ \t]*\|.*\|.*$", re.M)  # converters often drop the closing pipe
# A table printed one cell per line, each pipe alone on its line (`|` / `1` / `|` / `Sở Tài chính`
# / `|` / `|` / `2` ...): two pipe lines in a row close one row and open the next.
_LONE_PIPE = re.compile(r"^[ \t]*\|[ \t]*$", re.M)
_LONE_PIPE_GAP = 1200  # characters between two pipes of one table (a cell of several lines)
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_HEADING_LINE = re.compile(r"^#{1,6}[ \t]", re.M)
_CELL_LINES = 12  # lines of one cell at most
_NUMBER_COLUMN = re.compile(r"(?:S(?:ố\s*)?TT|Số thứ tự|TT)\.?", re.I)
# Every token starts with one of the characters of _MARKUP_START (or _TOKEN_START, with line breaks);
# the tokens' pattern is tried only there (see _tokens): a pattern opening with an alternation or a
# lookahead is tried at every position of the text.
_MARKUP_START = re.compile(r"[-*_<\[!\\&|#]")
_MARKUP = (
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
    r"|(?P<pipe>\|[ \t]*)"
)
_TOKENS = re.compile(rf"{_MARKUP}|(?P<newline>\n)", re.M)
_TOKEN_START = re.compile(r"[-*_<\[!\\&|#\n]")
# A line break is a token only in a table of one cell per line; elsewhere the loop meets a fifth of
# the matches without them.
_TOKENS_OUTSIDE_CELL_TABLES = re.compile(_MARKUP, re.M)
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
    has_pipes = "|" in text  # no table to look for: most texts
    rows = [(m.start(), m.end()) for m in _TABLE_ROW.finditer(text, start)] if has_pipes else []
    row_starts = [row[0] for row in rows]
    cell_tables = _one_cell_per_line_tables(text, start) if has_pipes else []
    table_starts = [t[0] for t in cell_tables]
    out = TextBuilder(src)
    pos = start
    tokens = (_TOKENS, _TOKEN_START) if cell_tables else (_TOKENS_OUTSIDE_CELL_TABLES, _MARKUP_START)
    bold_line = None  # the open bold run: None if none is open, else where it opened a line (or -1)
    for match in _tokens(*tokens, text, start):
        kind = match.lastgroup
        in_cell_table = kind in ("pipe", "newline") and _inside(cell_tables, table_starts, match.start())
        if kind == "newline" and not in_cell_table:
            continue
        if kind == "pipe" and not in_cell_table and not _inside(rows, row_starts, match.start()):
            continue
        if in_cell_table:
            out.copy(pos, match.start())
            pos = match.end()
            out.insert(_cell_table_joint(text, match), match.start())
            continue
        out.copy(pos, match.start())
        pos = match.end()
        if kind == "link" or kind == "label":
            out.copy(match.start("label"), match.end("label"))
        elif kind == "escape":
            out.copy(match.start() + 1, match.end())
        elif kind == "entity":
            out.replace(match.start(), match.end(), html.unescape(match.group()).replace("\xa0", " "))
        elif kind == "boldjoin" and (_splits_a_word(text, match.start(), match.end())
                                     or _inside_a_line(text, match.start(), match.end())):
            pass  # `KT. TRƯ****Ở****NG`, `H****òa`, `Điều ****2****. ****Hiệu lực`: markup inside a line
        elif kind in ("boldjoin", "br", "block"):
            out.insert("\n", match.start())
            if kind == "boldjoin":  # one bold line closed, the next opens at a line's start
                bold_line = match.end()
        elif kind == "bold":
            if bold_line is None:
                at_line_start = not text[text.rfind("\n", 0, match.start()) + 1:match.start()].strip()
                bold_line = match.end() if at_line_start else -1
            else:
                if bold_line >= 0 and _bold_line_before_prose(text, bold_line, match.start(), match.end()):
                    out.insert("\n", match.start())
                bold_line = None
        elif kind == "pipe":
            _cell_break(out, text, match, rows, row_starts)
    out.copy(pos, len(text))
    return out.build()


def _bold_line_before_prose(text: str, opened: int, closed: int, markup_end: int) -> bool:
    """Does the bold run text[opened:closed], which opened a line, end a paragraph? A line in
    bold to its end (a news page's subheading, `**Chính phủ thống nhất dự án ...**`) over a
    capitalised line of plain text (`Theo đó, ...`) does, though a hard-wrapped page joins a line
    that ends without a stop to the next. A bold line ending in a comma or a colon (`**Kính
    gửi:**`) goes on; so does one before another bold line (a title bolded line by line). A
    numbered item's bold head over its text is one too (`**3. Cục Điện ảnh, Cục Du lịch**` /
    `Phối hợp với ...`); a heading (`**Điều 5. ...**`, `**QUYẾT ĐỊNH**`) is left to the joiners,
    which end a paragraph after it anyway."""
    line = " ".join(text[opened:closed].split())
    if line[-1:] in (",", ":", ";", "-") or is_heading(line):
        return False
    after = _NEXT_LINE_OPENS.match(text, markup_end)
    return after is not None and after.group(1).isupper()


_NEXT_LINE_OPENS = re.compile(r"[ \t]*\n[ \t]*(\S)")  # the line's end, and the next line's first character


def _tokens(tokens: re.Pattern, token_start: re.Pattern, text: str, start: int):
    """`tokens.finditer(text, start)`, the pattern tried only where `token_start` finds a token's first character."""
    end = start
    for candidate in token_start.finditer(text, start):
        at = candidate.start()
        if at >= end and (match := tokens.match(text, at)):
            end = match.end()
            yield match


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


def _inside_a_line(text: str, start: int, end: int) -> bool:
    """`****` beside a space or before punctuation (`**Điều ****2****. ****Hiệu lực thi hành**`,
    `**Tải về**** Mẫu số 15**`): bold runs of one line, not two blocks, which the converter
    writes without a space between (`THÔNG BÁO****Kết luận`)."""
    before, after = text[start - 1:start], text[end:end + 1]
    return before.isspace() or after.isspace() or after in (".", ",", ":", ";", ")")


def _base(ch: str) -> str:
    """The letter without its tone (`ở` -> `ơ`, `Ế` -> `ê`)."""
    kept = "".join(c for c in unicodedata.normalize("NFD", ch.lower()) if c not in _TONES)
    return unicodedata.normalize("NFC", kept)


def _has_tone(ch: str) -> bool:
    return any(c in _TONES for c in unicodedata.normalize("NFD", ch))


def _one_cell_per_line_tables(text: str, start: int) -> list[tuple[int, int]]:
    """Spans of the tables whose cells stand one per line between pipes alone on their lines: runs
    of such pipes with no blank line between them, from the number column's cell (`STT`) on, of
    two rows or more whose first has three cells or more (a page's two-column header and
    signature tables stay as they were)."""
    tables: list[tuple[int, int]] = []
    pipes = list(_LONE_PIPE.finditer(text, start))
    first = 0
    for i in range(1, len(pipes) + 1):
        if i == len(pipes) or _ends_cell_table(text, pipes[i - 1].end(), pipes[i].start()):
            # the table opens at its number column: a signature table may run straight into it
            head = next((k for k in range(first, i - 1) if _is_number_column(text, pipes[k], pipes[k + 1])), None)
            if head is not None and _is_cell_table(text, pipes[head:i]):
                last = _last_pipe(text, pipes[head:i])
                tables.append((pipes[head].start(), last.end()))
            first = i
    return tables


def _ends_cell_table(text: str, start: int, end: int) -> bool:
    """Is the text between two pipes more than one cell: long, of many lines, with a blank line or
    a heading (`## Văn bản liên quan`, the page after the table)?"""
    return end - start > _LONE_PIPE_GAP or text.count("\n", start, end) > _CELL_LINES \
        or _BLANK_LINE.search(text, start, end) is not None or _HEADING_LINE.search(text, start, end) is not None


def _is_cell_table(text: str, pipes: list[re.Match]) -> bool:
    """Two rows or more (a row ends where two pipe lines follow each other), the header of three
    cells or more, the first the number column (`STT`, `TT`): a numbered table, as of tasks, not
    a page's table of fields (`Số hiệu | ... | Loại văn bản | ...`) nor its signature."""
    closes = [k for k in range(len(pipes) - 1) if not text[pipes[k].end():pipes[k + 1].start()].strip()]
    return len(closes) >= 1 and closes[0] >= 3 and _is_number_column(text, pipes[0], pipes[1])


def _last_pipe(text: str, pipes: list[re.Match]) -> re.Match:
    """The table's last pipe: a row of more cells than the header's has run into the page after
    the table (a site's own boxes of pipes)."""
    width = next(k for k in range(len(pipes) - 1) if not text[pipes[k].end():pipes[k + 1].start()].strip())
    cells = 0
    for k in range(1, len(pipes)):
        if not text[pipes[k - 1].end():pipes[k].start()].strip():
            cells = 0  # a row closed, the next one opens
        else:
            cells += 1
            if cells > width:
                return pipes[k - 2]
    return pipes[-1]


def _is_number_column(text: str, pipe: re.Match, next_pipe: re.Match) -> bool:
    return _NUMBER_COLUMN.fullmatch(text[pipe.end():next_pipe.start()].strip(" \n*_")) is not None


def _cell_table_joint(text: str, match: re.Match) -> str:
    """What a pipe or a line break inside a one-cell-per-line table becomes: a line break between
    a row's closing pipe and the next one's opening pipe, nothing for those pipes, a tab for a
    pipe between cells, a space for a break inside a cell or beside a pipe."""
    line_start = text.rfind("\n", 0, match.start()) + 1
    line_end = text.find("\n", match.start())
    line_end = len(text) if line_end < 0 else line_end
    if match.lastgroup == "newline":
        previous_line = text[text.rfind("\n", 0, max(match.start(), 1)) + 1:match.start()]
        next_end = text.find("\n", match.end())
        next_line = text[match.end():len(text) if next_end < 0 else next_end]
        return "\n" if previous_line.strip() == "|" and next_line.strip() == "|" else " "
    before = text[max(0, text.rfind("\n", 0, max(line_start - 1, 0)) + 1):max(line_start - 1, 0)]
    after_end = text.find("\n", line_end + 1)
    after = text[line_end + 1:len(text) if after_end < 0 else after_end] if line_end < len(text) else ""
    return "" if before.strip() == "|" or after.strip() == "|" or not before.strip() or not after.strip() else "\t"


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
