"""The numbers and bullets Word draws before a list's paragraphs, which are not in their text.

A plan's items (`1.`, `a)`, `-`) are often Word's automatic lists: the paragraph holds only
`Bộ Tài chính chủ trì ...`, and its number comes from `word/numbering.xml` (a format and a text
per level, `%1.` of `decimal`), counted in document order. The finders read items by those
marks, so the loader writes them as a page shows them; every bullet is written `-`, the one the
finders know.
"""
from __future__ import annotations

from typing import Optional

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"  # WordprocessingML's names
_ROMAN = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
          (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]


class ListNumbers:
    """The label of each numbered paragraph of one document, asked for in document order."""

    def __init__(self, document):
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}  # numId -> ilvl -> (format, text, start)
        self.counts: dict[str, dict[int, int]] = {}
        try:
            numbering = document.part.numbering_part.element
        except (KeyError, NotImplementedError):
            return  # a document without lists
        abstract = {a.get(f"{W}abstractNumId"): _levels(a) for a in numbering.iter(f"{W}abstractNum")}
        for num in numbering.iter(f"{W}num"):
            ref = num.find(f"{W}abstractNumId")
            if ref is not None:
                self.levels[num.get(f"{W}numId")] = dict(abstract.get(ref.get(f"{W}val"), {}))

    def label(self, paragraph) -> str:
        """`1.`, `a)`, `-` or "" for a paragraph that is no list's item."""
        found = _num_pr(paragraph)
        if found is None or found[0] not in self.levels:
            return ""
        num, level = found
        levels = self.levels[num]
        if level not in levels:
            return ""
        counts = self.counts.setdefault(num, {})
        counts[level] = counts.get(level, levels[level][2] - 1) + 1
        for deeper in [d for d in counts if d > level]:
            del counts[deeper]  # a higher item starts its sub-items again
        fmt, text, _ = levels[level]
        if fmt == "bullet":
            return "-"
        for shown in range(level, -1, -1):
            if shown in levels:
                value = counts.get(shown, levels[shown][2])
                text = text.replace(f"%{shown + 1}", _formatted(levels[shown][0], value))
        return text.strip()


def _levels(abstract) -> dict[int, tuple[str, str, int]]:
    levels = {}
    for lvl in abstract.iter(f"{W}lvl"):
        fmt, text, start = lvl.find(f"{W}numFmt"), lvl.find(f"{W}lvlText"), lvl.find(f"{W}start")
        levels[int(lvl.get(f"{W}ilvl", "0"))] = (
            fmt.get(f"{W}val") if fmt is not None else "decimal",
            text.get(f"{W}val") if text is not None else "",
            int(start.get(f"{W}val")) if start is not None else 1,
        )
    return levels


def _num_pr(paragraph) -> Optional[tuple[str, int]]:
    """(numId, level) of the paragraph's own list properties, else of its style's."""
    for element in (paragraph._p, getattr(paragraph.style, "element", None)):
        ppr = element.find(f"{W}pPr") if element is not None else None
        num_pr = ppr.find(f"{W}numPr") if ppr is not None else None
        if num_pr is None:
            continue
        num, level = num_pr.find(f"{W}numId"), num_pr.find(f"{W}ilvl")
        if num is not None and num.get(f"{W}val") != "0":  # numId 0 takes a style's list away
            return num.get(f"{W}val"), int(level.get(f"{W}val")) if level is not None else 0
        return None
    return None


def _formatted(fmt: str, value: int) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        letters = ""
        while value > 0:
            value, rest = divmod(value - 1, 26)
            letters = chr(ord("a") + rest) + letters
        return letters if fmt == "lowerLetter" else letters.upper()
    if fmt in ("lowerRoman", "upperRoman"):
        roman = ""
        for amount, digits in _ROMAN:
            while value >= amount:
                roman, value = roman + digits, value - amount
        return roman if fmt == "lowerRoman" else roman.upper()
    if fmt == "decimalZero":
        return f"{value:02d}"
    return "" if fmt == "none" else str(value)
