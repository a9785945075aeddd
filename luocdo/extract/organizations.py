"""Organisations named in a document, each resolved to a canonical name where the gazetteer knows it.

Every pass matches on a folded copy of the text (lower case, no diacritics, one character per
character), so `Bo Cong an`, `BCĐ 389` and `BCD 389` are found like their canonical forms while
spans still point into the original text. Passes, strongest first: distributive lists
(`Các Bộ: Tư pháp, Công Thương`), bodies of a province (`UBND tỉnh Lào Cai`, `Sở Tài chính tỉnh
Nghệ An`), the gazetteer with bodies named by their level or region (`Thuế tỉnh`, `Kho bạc Nhà
nước khu vực XI`) and bare forces in a list of forces, then unknown bodies recognised by their
head noun (`Vụ Pháp chế`). Where two passes claim the same words the stronger one wins.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Iterable, Iterator, Optional

from luocdo.data import load
from luocdo.model import OrganizationMention, Span
from luocdo.normalize import fold, fold_keep_length, longest_first

# Between two words of a name: spaces (newlines included, PDF text breaks names) or punctuation
# that spellings of one name disagree on (`Lao động - Thương binh`, `NN&PTNT`, `TP.HCM`).
_SEP = r"(?:\s*[-–—,.&/]\s*|\s+)"
_WORD = re.compile(r"\w+")
# Which pass wins an overlap; a generic gazetteer name (`UBND` with no place) loses even to an
# unknown body that contains it (`Văn phòng UBND thành phố`).
_DISTRIBUTIVE, _LOCAL, _GAZETTEER, _UNKNOWN, _GENERIC = 4, 3, 2, 1, 0
# On folded text; `,\n- ` too, where a recipients list breaks one item over dashed lines.
_LIST_SEPARATOR = re.compile(r"\s*(?:[,;]\s*(?:-\s*)?(?:va\s+)?|\s+va\s+)")
_FORCE_SEPARATOR = re.compile(r"[^\S\n]*(?:,|và)[^\S\n]*(?:và\s+)?")
_OPENS = re.compile(r"\(\s*$")
_CLOSES = re.compile(r"\s*\)")
_NEXT_WORD = re.compile(r"\w+\W+")
_PLAIN_GAP = re.compile(r"[\s,\-–]*(?:và\s+)?[\s\-–]*")
_DASH = re.compile(r"[-–]")
# No word character before a word's first character, tested after that character: a regex that
# opens with literal characters lets the engine skip from one of them to the next, where one
# opening with a lookbehind is tried at every offset.
_WORD_START = r"(?<!\w.)"


def one_line(text: str) -> str:
    """Text with every run of whitespace, newlines included, made one space."""
    return " ".join(text.split())


@lru_cache(maxsize=65536)
def phrase_key(phrase: str) -> tuple[str, ...]:
    """The folded words of a phrase: how a surface and its gazetteer entry meet."""
    return tuple(_WORD.findall(fold(phrase)))


def phrase_regex(phrases: Iterable[str]) -> str:
    """One regular expression (a trie of words) matching any phrase, longest first.

    Meant for folded text; a trie keeps matching fast with thousands of phrases, where a flat
    alternation would try every phrase at every offset.
    """
    return "(?:" + _alternation(phrases, after_first=_WORD_START) + r")(?!\w)"


def _alternation(phrases: Iterable[str], after_first: str = "") -> str:
    trie: dict = {}
    for phrase in phrases:
        node = trie
        for word in phrase_key(phrase):
            node = node.setdefault(word, {})
        node[""] = {}
    return _trie_regex(trie, after_first)


def _trie_regex(node: dict, after_first: str = "") -> str:
    """The words of a trie node, longest first (see `_by_first_character`)."""
    alternatives = []
    for word in sorted((w for w in node if w), key=len, reverse=True):
        child = node[word]
        branches = [w for w in child if w]
        tail = ""
        if branches:
            tail = f"(?:{_SEP}(?:{_trie_regex(child)}))" + ("?" if "" in child else "")
        alternatives.append(re.escape(word) + tail)
    return _by_first_character(alternatives, after_first=after_first)


def _by_first_character(alternatives: list[str], ignore_case: bool = False, after_first: str = "") -> str:
    """`alternatives` (regexes opening with a literal character) as one alternation grouped by
    that character (by its lower case for a regex compiled with IGNORECASE), each group in the
    order given: alternatives of two groups never match at one offset, so grouping keeps what
    matches, while the engine tries one character per group, not every alternative, at every
    word of the text. `after_first` (a lookbehind) is tested once per group, after its character."""
    by_first: dict[str, list[str]] = {}
    for alternative in alternatives:
        by_first.setdefault(alternative[0].lower() if ignore_case else alternative[0], []).append(alternative[1:])
    return "|".join(first + after_first + (rests[0] if len(rests) == 1 else f"(?:{'|'.join(rests)})")
                    for first, rests in by_first.items())


@dataclass(frozen=True)
class _Alias:
    entry: dict
    text: str

    @property
    def is_abbreviation(self) -> bool:
        return self.text == self.text.upper()

    def fits(self, surface: str) -> bool:
        """Abbreviations must be written in capitals, names must start with a capital unless
        the data writes them in lower case (`các bộ, cơ quan ngang bộ`)."""
        if self.is_abbreviation:
            return surface == surface.upper()
        return not self.text[0].isupper() or surface[0].isupper() or surface[0].isdigit()


    def in_symbol(self, text: str, start: int) -> bool:
        """`BVHTTDL` in `423/QĐ-BVHTTDL` is part of a document's symbol, not a mention."""
        return self.is_abbreviation and start > 0 and text[start - 1] in "-/"


@dataclass(frozen=True)
class PhraseMatcher:
    regex: re.Pattern
    aliases: dict  # phrase_key -> _Alias

    def find(self, text: str, folded: str, start: int = 0, end: Optional[int] = None):
        """(span, alias) for every match in text[start:end] whose case fits the alias."""
        for m in self.regex.finditer(folded, start, len(folded) if end is None else end):
            alias = self.aliases.get(phrase_key(m.group()))
            if alias and alias.fits(text[m.start():m.end()]) and not alias.in_symbol(text, m.start()):
                yield Span(m.start(), m.end()), alias

    def match(self, text: str, folded: str, pos: int):
        m = self.regex.match(folded, pos)
        alias = self.aliases.get(phrase_key(m.group())) if m else None
        return (Span(m.start(), m.end()), alias) if alias else None


def phrase_matcher(pairs: Iterable[tuple[str, dict]]) -> PhraseMatcher:
    """A matcher for (phrase, entry) pairs; the first entry given for a phrase wins."""
    aliases: dict = {}
    for text, entry in pairs:
        aliases.setdefault(phrase_key(text), _Alias(entry, text))
    return PhraseMatcher(re.compile(phrase_regex(a.text for a in aliases.values())), aliases)


@lru_cache(maxsize=None)
def gazetteer() -> dict[str, dict]:
    """Canonical name -> entry of data/organizations.json."""
    return {e["name"]: e for e in load("organizations.json")}


@lru_cache(maxsize=None)
def surnames() -> frozenset[str]:
    """Vietnamese family names (data/surnames.json): what a bare name must start with."""
    return frozenset(load("surnames.json"))


@lru_cache(maxsize=None)
def _patterns() -> dict:
    return load("org_patterns.json")


@lru_cache(maxsize=None)
def provinces() -> dict[str, dict]:
    """Province name -> {"level": "tỉnh" | "thành phố", "aliases": [...]}."""
    return load("provinces.json")


def _names_and_aliases(entry: dict, *fields: str) -> list[str]:
    return [name for f in fields for name in ([entry[f]] if f == "name" else entry.get(f, []))]


@lru_cache(maxsize=None)
def _gazetteer_matcher() -> PhraseMatcher:
    return phrase_matcher((a, e) for e in gazetteer().values() for a in _names_and_aliases(e, "name", "aliases"))


@lru_cache(maxsize=None)
def _contextual_matcher() -> PhraseMatcher:
    return phrase_matcher((a, e) for e in gazetteer().values() for a in e.get("contextual_aliases", []))


@lru_cache(maxsize=None)
def recipient_matcher() -> PhraseMatcher:
    """Aliases that only a recipients list uses (`Thủ tướng` for Thủ tướng Chính phủ)."""
    return phrase_matcher((a, e) for e in gazetteer().values() for a in e.get("recipient_aliases", []))


@lru_cache(maxsize=None)
def _force_matcher() -> PhraseMatcher:
    return phrase_matcher((a, e) for e in gazetteer().values() for a in e.get("force_names", []))


@lru_cache(maxsize=None)
def _province_matcher() -> PhraseMatcher:
    return phrase_matcher((a, {"name": p, **info}) for p, info in provinces().items()
                    for a in [p, *info.get("aliases", [])])


@lru_cache(maxsize=None)
def _ministry_short_matcher() -> PhraseMatcher:
    """`Tư pháp` -> Bộ Tư pháp, for the items of `Các Bộ: Tư pháp, Công Thương`."""
    return phrase_matcher((a[len("Bộ "):], e) for e in gazetteer().values() if e["kind"] == "ministry"
                    for a in _names_and_aliases(e, "name", "aliases") if a.startswith("Bộ "))


@lru_cache(maxsize=None)
def _local_regex() -> re.Pattern:
    """`<head> [tỉnh|thành phố] <province>`; a named head (`Sở`) has its unit's name before the
    level, which is then required: `Sở Công Thương tỉnh Lào Cai`."""
    heads = _patterns()["local_heads"]
    fixed = _alternation(h for h, spec in heads.items() if not spec.get("named"))
    named = _alternation(h for h, spec in heads.items() if spec.get("named"))
    # A level written out may run into the place's name (`tỉnhThái Nguyên` in text taken from
    # PDF); an abbreviation ends, perhaps with a dot (`TP.`, `TP `).
    written = [lv for lv in _patterns()["local_levels"] if lv != lv.upper()]
    abbreviated = [lv for lv in _patterns()["local_levels"] if lv == lv.upper()]
    levels = rf"(?:{_alternation(written)})|(?:{_alternation(abbreviated)})(?!\w)\.?"
    places = _alternation(a for a in _province_matcher().aliases.values() for a in [a.text])
    return re.compile(
        rf"(?<!\w)(?:(?P<head>{fixed})\s+(?:(?:{levels})\s*)?"
        rf"|(?P<named>{named})(?P<unit>(?:[^\S\n]+\w+){{1,6}}?)\s+(?:{levels})\s*)"
        rf"(?P<province>{places})(?!\w)")


@lru_cache(maxsize=None)
def _local_head_starts() -> re.Pattern:
    """A local head opening a word: the only offsets where a local body may start."""
    return re.compile(_alternation(_patterns()["local_heads"], after_first=_WORD_START))


def _local_search(folded: str, pos: int) -> Optional[re.Match]:
    """`_local_regex().search(folded, pos)`, tried only where a head starts: the heads' regex
    opens with literals the engine skips to, the body's with a lookbehind tried at every offset."""
    while (head := _local_head_starts().search(folded, pos)) is not None:
        body = _local_regex().match(folded, head.start())
        if body is not None:
            return body
        pos = head.start() + 1
    return None


@lru_cache(maxsize=None)
def _local_heads_by_key() -> dict:
    return {phrase_key(h): (h, spec) for h, spec in _patterns()["local_heads"].items()}


@lru_cache(maxsize=None)
def _distributive_regex() -> re.Pattern:
    heads = _patterns()["distributive_heads"]
    heads = _by_first_character([re.escape(fold(h)) for h in heads], after_first=_WORD_START)
    return re.compile(rf"(?:{heads})\s*:?\s*(?=\w)")


@dataclass(frozen=True)
class _GatedRegex:
    """A regex and a gate: a regex opening with a literal that every match of the first
    contains, which the engine finds by skipping ahead, so that the many texts without it are
    not scanned by the first at every offset."""

    regex: re.Pattern
    gate: re.Pattern

    def finditer(self, string: str) -> Iterator[re.Match]:
        return self.regex.finditer(string) if self.gate.search(string) else iter(())


@lru_cache(maxsize=None)
def _province_list_regex() -> _GatedRegex:
    """`Ủy ban nhân dân các tỉnh: Lào Cai, ...`, `Công an các tỉnh, thành phố: Hà Nội, ...`."""
    heads = _folded_fixed_heads()
    levels = r"cac\s+(?:tinh|thanh pho)"
    return _GatedRegex(re.compile(rf"(?P<head>{heads})\s+{levels}(?:\s*,\s*thanh pho)?\s*:?\s*(?=\w)"),
                       re.compile(levels))


def _folded_fixed_heads() -> str:
    """The local heads that take no unit's name (`Ủy ban nhân dân`, `Công an`), folded, as one
    alternation in the data's order, each opening a word."""
    return _by_first_character([re.escape(fold(h)) for h, s in _patterns()["local_heads"].items() if not s.get("named")],
                               after_first=_WORD_START)


@lru_cache(maxsize=None)
def _collective_regex() -> re.Pattern:
    """`Ủy ban nhân dân các xã, phường và đặc khu`, `Ủy ban nhân dân phường, xã, đặc khu`: a local
    head over a list of levels, or over one after `các`."""
    heads = _folded_fixed_heads()
    level = "|".join(re.escape(fold(lv)) for lv in sorted(_patterns()["collective_levels"], key=len, reverse=True))
    more = rf"(?:(?:\s*,\s*|\s+va\s+|\s+)(?:{level}))"
    return re.compile(rf"(?:{heads})\s+(?:cac\s+(?:{level}){more}*|(?:{level}){more}+)(?!\w)")


@lru_cache(maxsize=None)
def _collective_anaphora() -> re.Pattern:
    words = "|".join(re.escape(fold(w)) for w in _patterns()["collective_anaphora"])
    return re.compile(rf"\s+(?:{words})(?!\w)")


@lru_cache(maxsize=None)
def _unknown_regex() -> re.Pattern:
    """A head noun and the words that may name the body (never across a line or a table cell's
    tab); a whole name (`Hội Phụ nữ`) needs none."""
    # whole names before heads, in one alternation: `_is_whole_name` tells which matched
    heads = sorted(map(re.escape, _patterns()["unknown_heads"]), key=len, reverse=True)
    whole = sorted(map(re.escape, _patterns()["whole_names"]), key=len, reverse=True)
    names = _by_first_character([*whole, *heads], after_first=_WORD_START)
    return re.compile(rf"(?:{names})(?!\w)"
                      rf"(?=(?P<words>(?:,?[^\S\n\t]+(?:[-–][^\S\n\t]+)?\w+){{1,16}})|)")


def _is_whole_name(m: re.Match) -> bool:
    """Did `_unknown_regex` match a whole name (`Hội Phụ nữ`)? It tries them before the heads, so
    a match that spells one is one."""
    return m.group() in _whole_names()


@lru_cache(maxsize=None)
def _whole_names() -> frozenset:
    return frozenset(_patterns()["whole_names"])


@lru_cache(maxsize=None)
def _name_stops() -> frozenset:
    """The stop words as written and folded: a token with tone marks must match them as
    written (`Tài` in `Sở Tài chính` is not `tại`), one without (OCR, no diacritics) folded."""
    words = _patterns()["name_stops"]
    return frozenset(w.lower() for w in words) | frozenset(fold(w) for w in words)


def _is_stop(words: list[str], stops: frozenset) -> bool:
    phrase = " ".join(words)
    return (phrase.lower() if phrase != fold(phrase) else phrase) in stops


@dataclass(frozen=True)
class _Candidate:
    """A mention some pass found, or a bare claim on words (a list's head) that no weaker
    pass may take."""

    span: Span
    mention: Optional[OrganizationMention]
    strength: int


def find_organizations(text: str) -> list[OrganizationMention]:
    """Every organisation mentioned in `text`, in text order.

    >>> [o.name for o in find_organizations("Các Bộ: Tư pháp, Công an và các cơ quan liên quan")]
    ['Bộ Tư pháp', 'Bộ Công an']
    """
    folded = fold_keep_length(text)
    candidates = [*_distributive_lists(text, folded), *_unit_lists(text), *_province_lists(text, folded),
                  *_local_bodies(text, folded), *_commune_bodies(text, folded), *_level_bodies(text, folded),
                  *_delegations(text, folded), *_gazetteer_mentions(text, folded),
                  *_force_lists(text, folded), *_collective_bodies(text, folded), *_collective_addressees(text, folded),
                  *_unknown_bodies(text)]
    mentions = _with_party_committees(text, _strongest_without_overlap(text, candidates))
    return _with_shared_places(text, _with_parenthesised_parents(text, _with_listed_acronyms(text, mentions)))


def _mention(text: str, span: Span, name: str, parent: Optional[str], known: bool) -> OrganizationMention:
    return OrganizationMention(name=name, span=span, surface=text[span.start:span.end], parent=parent, known=known)


def _from_entry(text: str, span: Span, entry: dict, strength: int = _GAZETTEER) -> _Candidate:
    return _Candidate(span, _mention(text, span, entry["name"], entry.get("parent"), True), strength)


def _gazetteer_mentions(text: str, folded: str) -> Iterable[_Candidate]:
    """Gazetteer names and aliases; a contextual alias (`Văn phòng Thường trực`) counts only in
    a text about its context (one of the entry's `context` phrases occurs: `Ban Chỉ đạo 389`)."""
    for span, alias in _gazetteer_hits(text, folded, 0, len(text)):
        if _in_symbol(text, span):
            continue
        yield _from_entry(text, span, alias.entry, _GENERIC if alias.entry.get("generic") else _GAZETTEER)
    if not any(phrase in folded for phrase in _context_phrases()):
        return  # most texts: not about any context, so no contextual alias counts
    for span, alias in _contextual_matcher().find(text, folded):
        if any(fold(phrase) in folded for phrase in alias.entry.get("context", [])):
            yield _from_entry(text, span, alias.entry, _UNKNOWN)


@lru_cache(maxsize=None)
def _context_phrases() -> tuple[str, ...]:
    """The folded `context` phrases of every entry with contextual aliases."""
    return tuple(sorted({fold(p) for e in gazetteer().values() if e.get("contextual_aliases") for p in e.get("context", [])}))


_SYMBOL = re.compile(r"[^\s,;()]*\d[^\s,;()]*/[^\s,;()]*")


def _in_symbol(text: str, span: Span) -> bool:
    """An abbreviation that is part of an instrument's symbol (`1531/TTg-CN`, `1569/QĐ-TTg`,
    `15/VPCP-KTTH`) names its issuer's code, not a body the text mentions."""
    if any(c.isspace() for c in text[span.start:span.end]):
        return False
    window = max(0, span.start - 40)  # a symbol is short; the search never runs back over the text
    token_start = max(max(text.rfind(c, window, span.start) for c in " \n\t,;(") + 1, window)
    token = _SYMBOL.match(text, token_start)
    return token is not None and token.end() >= span.end


def _gazetteer_hits(text: str, folded: str, start: int, end: int):
    """Gazetteer matches, except a name that is a title after `Phó` (`Phó Thủ tướng Chính phủ`),
    where the search goes on inside it and finds `Chính phủ`."""
    for span, alias in _gazetteer_matcher().find(text, folded, start, end):
        if _preceded_by(text, span.start, alias.entry.get("not_after", [])):
            next_word = _NEXT_WORD.match(text, span.start)
            yield from _gazetteer_hits(text, folded, next_word.end(), span.end) if next_word else ()
        else:
            yield span, alias


def _preceded_by(text: str, start: int, words: list[str]) -> bool:
    before = text[max(0, start - 20):start].rstrip().split()
    return bool(before) and before[-1] in words


def _distributive_lists(text: str, folded: str) -> Iterable[_Candidate]:
    for head in _distributive_regex().finditer(folded):
        for span, alias in _list_items(text, folded, head.end(), _ministry_short_matcher()):
            yield _from_entry(text, span, alias.entry, _DISTRIBUTIVE)


@lru_cache(maxsize=None)
def _unit_list_regex() -> _GatedRegex:
    # the unit as written or in lower case (`Các sở: Nông nghiệp và Môi trường, Xây dựng`)
    heads = _patterns()["unit_distributive_heads"]
    units = "|".join(map(re.escape, heads + [h[0].lower() + h[1:] for h in heads]))
    return _GatedRegex(re.compile(rf"(?<!\w)[Cc]ác\s+(?P<unit>{units})\s*:[^\S\n]*"),
                       re.compile(rf"ác\s+(?:{units})\s*:"))


_UNIT_ITEM = re.compile(r"(?P<sep>[^\S\n\t]*(?:[,;]|\bvà\b)[^\S\n\t]*(?:và[^\S\n\t]+)?)?[^\S\n\t]*\n?[^\S\n\t]*(?P<word>\w+)")


def _unit_lists(text: str) -> Iterable[_Candidate]:
    """`Các Cục: Di sản văn hóa, Bản quyền tác giả`: each item a unit of its own (`Cục Di sản văn
    hóa`). An item opens with a capital and no body's name of its own (`UBND ...` ends the list);
    it ends at a comma or a semicolon (`Các Cục: Thuế; Hải quan`), `và` (but for a ministry's name:
    `Nông nghiệp và Môi trường`), a tab, or a word that ends a name (`chủ trì`)."""
    stops = _name_stops()
    for head in _unit_list_regex().finditer(text):
        unit, pos, start, end = head.group("unit"), head.end(), head.end(), None
        unit = unit[0].upper() + unit[1:]
        while (w := _UNIT_ITEM.match(text, pos)) is not None:
            word = w.group("word")
            if w.group("sep") or end is None:  # a new item
                if end is not None:
                    yield _unit_item(text, unit, start, end)
                    end = None
                if not word[0].isupper() or not _and_continues_name(text, w.start("word")) \
                        or (w.group("sep") and _head_title_regex().match(text, w.start("word"))):
                    break  # `Giám đốc các Sở: Tài chính, Tư pháp; Trưởng Thuế tỉnh`: the next head, not a unit
                start = w.start("word")
                # a ministry's name keeps its `và` (`Các Sở: Nông nghiệp và Môi trường, ...`)
                named_end = _ministry_name_end(text, start)
                if named_end > start:
                    end, pos = named_end, named_end
                    continue
            else:
                following = _UNIT_ITEM.match(text, w.end())
                pair = [word, following.group("word")] if following and not following.group("sep") else [word]
                if not word[0].isupper() and (_is_stop([word], stops) or _is_stop(pair, stops)):
                    break
            end, pos = w.end(), w.end()
        if end is not None:
            yield _unit_item(text, unit, start, end)


def _unit_item(text: str, unit: str, start: int, end: int) -> _Candidate:
    span = Span(start, end)
    return _Candidate(span, _mention(text, span, f"{unit} {one_line(text[start:end])}", None, False), _DISTRIBUTIVE)


def _province_lists(text: str, folded: str) -> Iterable[_Candidate]:
    for head in _province_list_regex().finditer(folded):
        head_key = phrase_key(head.group("head"))
        items = list(_list_items(text, folded, head.end(), _province_matcher()))
        if items:
            yield _Candidate(Span(head.start(), head.end()), None, _DISTRIBUTIVE)
        for span, alias in items:
            yield _local_candidate(text, span, head_key, None, alias.entry, _DISTRIBUTIVE)


def _list_items(text: str, folded: str, pos: int, matcher: PhraseMatcher):
    """Items of a list that shares its head; it ends at the first item that is not a name,
    so `Công an và các cơ quan liên quan` stops before `các`."""
    while (hit := matcher.match(text, folded, pos)) is not None:
        yield hit
        sep = _LIST_SEPARATOR.match(folded, hit[0].end)
        if not sep:
            return
        pos = sep.end()


def _local_bodies(text: str, folded: str) -> Iterable[_Candidate]:
    """Bodies of a province; a match in lower case (`cơ sở dữ liệu ... tỉnh Lào Cai` read as a
    `Sở`) is no body, and the search goes on inside it (`Công an tỉnh Lào Cai`)."""
    pos = 0
    while (m := _local_search(folded, pos)) is not None:
        if not text[m.start()].isupper():
            pos = m.start() + 1
            continue
        pos = m.end()
        head_key = phrase_key(m.group("head") or m.group("named"))
        unit = one_line(text[m.start("unit"):m.end("unit")]) if m.group("named") else None
        province = _province_matcher().aliases[phrase_key(m.group("province"))].entry
        yield _local_candidate(text, Span(m.start(), m.end()), head_key, unit, province, _LOCAL)


@lru_cache(maxsize=None)
def _level_regex() -> re.Pattern:
    """`<head> <level>` with no place after it (`Tòa án nhân dân tỉnh`, `UBND cấp tỉnh`), or a
    numbered region (`Kho bạc Nhà nước khu vực XI`, `Ngân hàng Nhà nước khu vực 8`)."""
    heads = _alternation(_patterns()["level_heads"], after_first=_WORD_START)
    levels = _alternation(_patterns()["unit_levels"])
    regions = _alternation(_patterns()["region_levels"])
    return re.compile(rf"(?:{heads})\s+(?P<tail>(?:{regions})\s+(?:[ivxl]{{1,5}}|\d{{1,2}})|(?P<level>{levels}))(?!\w)")


_SPACE_IN_LINE = re.compile(r"[^\S\n]+")


def _name_after(text: str, pos: int) -> bool:
    """Does a capitalised word follow on the same line (`tỉnh Lào Cai`, `Bảo hiểm xã hội Bộ ...`)?"""
    gap = _SPACE_IN_LINE.match(text, pos)
    return gap is not None and text[gap.end():gap.end() + 1].isupper()


def _in_capitals(text: str, m: re.Match) -> bool:
    """`... CỦA ỦY BAN NHÂN DÂN TỈNH` is a heading's words, not a body named by its level (`UBND TP` is)."""
    tail = text[m.start("tail"):m.end("tail")]
    return tail.isupper() and len(tail) > 2


def _level_bodies(text: str, folded: str) -> Iterable[_Candidate]:
    """Bodies named by their level alone, as written, with the gazetteer's strength so that a
    longer name wins (`Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương`); the head of a
    collective (`Ủy ban nhân dân tỉnh, thành phố`) is left to it."""
    for m in _level_regex().finditer(folded):
        if not text[m.start()].isupper() or _collective_regex().match(folded, m.start()) or _in_capitals(text, m):
            continue
        if m["level"] is None or not _name_after(text, m.end()):
            span = Span(m.start(), m.end())
            yield _Candidate(span, _mention(text, span, one_line(text[m.start():m.end()]), None, False), _GAZETTEER)
        elif (place := _province_after(text, folded, m)) is not None:
            yield place


def commune_levels() -> list[str]:
    """The levels below a province (`xã`, `phường`, `đặc khu` ...: org_patterns.json)."""
    return _patterns()["commune_levels"]


@lru_cache(maxsize=None)
def _commune_regex() -> re.Pattern:
    """`<head> <level below a province> `, a place's name to follow (`UBND xã Chi Lăng`)."""
    heads = _alternation(_patterns()["level_heads"], after_first=_WORD_START)
    levels = _alternation(commune_levels())
    return re.compile(rf"(?:{heads})\s+(?:{levels})[ \t]+(?=\S)")


_PLACE_WORD = re.compile(r"[^\W_]+")


def _commune_bodies(text: str, folded: str) -> Iterable[_Candidate]:
    """Bodies of a commune, ward or district (`UBND xã Chi Lăng`, `Công an phường Hoàn Kiếm`,
    `Ủy ban nhân dân Phường 5`), named as written: no gazetteer lists the thousands of places, so
    the name is the capitalised words after the level on its line (four at most) or a ward's number."""
    for m in _commune_regex().finditer(folded):
        if not text[m.start()].isupper() or text[m.start():m.end()].isupper():
            continue  # a common noun, or a heading's capitals
        words = _capitalised_run(text, m.end())
        if words:
            span = Span(m.start(), words[_place_words(words) - 1].end())
            yield _Candidate(span, _mention(text, span, one_line(text[span.start:span.end]), None, True), _LOCAL)


def _capitalised_run(text: str, pos: int, limit: int = 8) -> list[re.Match]:
    """The capitalised words from `pos` on its line (a ward's number may open them)."""
    words: list[re.Match] = []
    while len(words) < limit and (word := _PLACE_WORD.match(text, pos)) and (
            word.group()[0].isupper() or (not words and word.group().isdigit() and len(word.group()) <= 2)):
        words.append(word)
        gap = _SPACE_IN_LINE.match(text, word.end())
        if gap is None:
            break
        pos = gap.end()
    return words


def _place_words(words: list[re.Match]) -> int:
    """How many of the capitalised words after a level are the place's: four at most; past four,
    the rest is a person's name (`Chủ tịch UBND phường Trần Hưng Đạo Nguyễn Văn Bình`), of three
    words if a family name opens them, else four or two."""
    if len(words) <= 4:
        return len(words)
    for size in (3, 4, 2):
        if len(words) - size >= 1 and words[len(words) - size].group() in surnames():
            return min(len(words) - size, 4)
    return 4


def _province_after(text: str, folded: str, m: re.Match) -> Optional[_Candidate]:
    """`Ủy ban MTTQ Việt Nam tỉnh Lào Cai`, `Bảo hiểm xã hội thành phố Hà Nội`: a level head that
    local_heads does not list, with its level and a province, is that province's body, named
    with the province's own name (a local head's match, which is stronger, wins where both are)."""
    gap = _SPACE_IN_LINE.match(text, m.end())
    hit = _province_matcher().match(text, folded, gap.end()) if gap else None
    if hit is None or not hit[1].fits(text[hit[0].start:hit[0].end]) or \
            (hit[0].end < len(text) and (text[hit[0].end].isalnum() or text[hit[0].end] == "_")):
        return None
    span = Span(m.start(), hit[0].end)
    name = f"{one_line(text[m.start():m.start('level')])} {hit[1].entry['level']} {hit[1].entry['name']}"
    return _Candidate(span, _mention(text, span, name, None, True), _GAZETTEER)


# `Đoàn đại biểu Quốc hội và đại biểu Quốc hội tỉnh Điện Biên`: the province's delegation, whose
# place the deputies' phrase after it carries (the resolutions merging communes give it their
# supervision in these words)
_DELEGATION = re.compile(r"doan dai bieu quoc hoi\s+va\s+(?:cac\s+)?dai bieu quoc hoi\s+(?P<level>tinh|thanh pho)(?!\w)")


def _delegations(text: str, folded: str) -> Iterable[_Candidate]:
    for m in _DELEGATION.finditer(folded):
        if not text[m.start()].isupper():
            continue
        place = _province_after(text, folded, m)
        if place is not None:  # named `<the phrase> <level> <province>`: the delegation takes the level and province
            level_and_province = place.mention.name[len(one_line(text[m.start():m.start("level")])) + 1:]
            name = f"Đoàn đại biểu Quốc hội {level_and_province}"
            yield _Candidate(place.span, replace(place.mention, name=name), _GAZETTEER)


def _local_candidate(text: str, span: Span, head_key: tuple, unit: Optional[str], province: dict,
                     strength: int) -> _Candidate:
    head, spec = _local_heads_by_key()[head_key]
    head = spec.get("canonical", head) + (f" {unit}" if unit else "")
    level = "" if spec.get("without_level") else f" {province['level']}"
    name = f"{head}{level} {province['name']}"
    parent = spec.get("parent")
    if parent == "province":
        parent = f"Ủy ban nhân dân {province['level']} {province['name']}"
    return _Candidate(span, _mention(text, span, name, parent, True), strength)


def _force_lists(text: str, folded: str) -> Iterable[_Candidate]:
    """Bare forces (`Công an, Hải quan, Thuế`) name their bodies only when listed together:
    alone, `Công an` or `Thuế` is too often a common noun or part of another name."""
    hits = list(_force_matcher().find(text, folded))
    run: list = []
    for hit in hits:
        if run and not _FORCE_SEPARATOR.fullmatch(folded, run[-1][0].end, hit[0].start):
            yield from _run_if_list(text, run)
            run = []
        run.append(hit)
    yield from _run_if_list(text, run)


def _run_if_list(text: str, run: list) -> Iterable[_Candidate]:
    if len(run) >= 2:
        for span, alias in run:
            yield _from_entry(text, span, alias.entry)


def _collective_bodies(text: str, folded: str) -> Iterable[_Candidate]:
    """Collectives of local bodies, named as written; the gazetteer's own collectives win.
    One that points back (`các tỉnh nêu trên`) names the bodies listed before, not a new one."""
    for m in _collective_regex().finditer(folded):
        if text[m.start()].isupper() and not _collective_anaphora().match(folded, m.end()):
            span = Span(m.start(), m.end())
            yield _Candidate(span, _mention(text, span, one_line(text[m.start():m.end()]), None, False), _UNKNOWN)


@lru_cache(maxsize=None)
def _collective_addressee_regex() -> re.Pattern:
    """Kinds of body listed with commas or `và`, each perhaps qualified (`bộ, ngành, địa
    phương`, `các sở, ban, ngành, đoàn thể Thành phố`, `các cơ quan chuyên môn`), as written:
    folded, `sở`, `bộ`, `ban` would be `số`, `bố`, `bạn`. No kind is the last word of a compound
    (`cơ sở`, `ủy ban`, `toàn bộ`) nor `ban` of `ban hành`."""
    # the compounds' first words are looked behind for past a noun's first character
    nouns = _by_first_character(sorted(map(re.escape, _patterns()["collective_nouns"]), key=len, reverse=True),
                                ignore_case=True, after_first=r"(?<!cơ .)(?<!ủy .)(?<!uỷ .)(?<!toàn .)")
    nouns = rf"(?:{nouns})(?<!ban(?=\s+hành))"
    qualifiers = longest_first(_patterns()["collective_qualifiers"])
    item = rf"(?P<noun>{nouns})(?!\w)(?P<qual>(?:\s+(?:{qualifiers})(?!\w))+)?"  # `đơn vị sự nghiệp trực thuộc`
    rest = rf"(?:(?:\s*,\s*|\s+và\s+)(?:các\s+)?(?:{nouns})(?!\w)(?:\s+(?:{qualifiers})(?!\w))*)"
    return re.compile(rf"(?<!\w)(?P<many>các\s+)?{item}(?P<rest>{rest}*)", re.I)


_POINTS_BACK = re.compile(r"\s*(?::|neu tren|noi tren|tren|nay)(?!\w)")


def _collective_addressees(text: str, folded: str) -> Iterable[_Candidate]:
    """`bộ, ngành, địa phương`, `các cơ quan chuyên môn`: the collective a task is given to, named
    as written, when it opens with `các` or lists two kinds or more; a single kind needs a
    qualifier (`các bộ phận` is none) unless it is one on its own (`các địa phương`), and one of
    plain kinds only needs `các` (`các cơ quan, đơn vị`). Not a
    distributive head (`các Bộ: Tư pháp, ...`) nor one pointing back (`các bộ, ngành nêu trên`)."""
    single = {n.lower() for n in _patterns()["single_collective_nouns"]}
    for m in _collective_addressee_regex().finditer(text):
        end = _lower_case_kinds_end(text, m.start("rest"), m.end())
        if _POINTS_BACK.match(folded, end):
            continue
        if end == m.start("rest") and not (m["many"] and (m["qual"] or m["noun"].lower() in single)):
            continue
        if not m["many"] and _only_plain_kinds(text[m.start():end]):
            continue
        span = Span(m.start(), end)
        yield _Candidate(span, _mention(text, span, one_line(text[m.start():end]), None, False), _UNKNOWN)


_NEXT_KIND = re.compile(r"(?:\s*,\s*|\s+và\s+)(?:các\s+)?(?=\w)")


def _lower_case_kinds_end(text: str, start: int, end: int) -> int:
    """Where the kinds after a collective's first end: at one written with a capital, which opens
    a name (`các cơ quan, đơn vị, Ban Chỉ đạo ...`)."""
    for m in _NEXT_KIND.finditer(text, start, end):
        if text[m.end()].isupper():
            return m.start()
    return end


def _only_plain_kinds(collective: str) -> bool:
    """Is a collective made only of `cơ quan`, `đơn vị` (the law's `cơ quan, đơn vị` of anyone)?"""
    return _plain_kinds_regex().fullmatch(collective.strip()) is not None


@lru_cache(maxsize=None)
def _plain_kinds_regex() -> re.Pattern:
    plain = "|".join(map(re.escape, _patterns()["plain_collective_nouns"]))
    return re.compile(rf"(?:{plain})(?:(?:\s*,\s*|\s+và\s+)(?:{plain}))*", re.I)


def _unknown_bodies(text: str) -> Iterable[_Candidate]:
    for m in _unknown_regex().finditer(text):
        end = _unknown_name_end(text, m)
        if end is not None and not _ends_place_name(text, m.start()):
            span = Span(m.start(), end)
            yield _Candidate(span, _mention(text, span, one_line(text[span.start:span.end]), None, False), _UNKNOWN)


def _ends_place_name(text: str, start: int) -> bool:
    """`Phòng` in `Hải Phòng` ends a province's name; it heads no body."""
    before = text[max(0, start - 12):start].split()
    head = _NEXT_WORD.match(text, start)
    return bool(before and head) and fold(f"{before[-1]} {head.group().strip()}") in _folded_provinces()


@lru_cache(maxsize=None)
def _folded_provinces() -> frozenset:
    return frozenset(fold(p) for p in provinces())


def _unknown_name_end(text: str, m: re.Match) -> Optional[int]:
    """Where an unknown body's name ends: before a function word or verb (data), or before a
    person's name that follows it (`Vụ trưởng Vụ Pháp chế Nguyễn Văn A`). A unit named after
    a ministry (`Sở Khoa học và Công nghệ`, `Vụ Văn hóa, Thể thao và Du lịch`) keeps its `và`,
    and so does one whose `và` joins two capitalised parts (`Cục Văn thư và Lưu trữ nhà nước`);
    a comma before a capitalised part that opens no body continues it (`Cục Mỹ thuật, Nhiếp ảnh
    và Triển lãm`, `Vụ Kế hoạch, Tài chính`), where a list repeats the unit (`Cục A, Cục B`).
    A dash before a capitalised verb is a list's bullet run into a heading (`Vụ Tổ chức cán bộ
    - Quán triệt ...`), and one before a body is its parent's (`Vụ Pháp chế - Bộ Khoa học và
    Công nghệ`): the name ends before it."""
    words = list(_WORD.finditer(text[m.start("words"):m.end("words")])) if m.group("words") else []
    if not words or not (words[0].group()[0].isupper() or words[0].group()[0].isdigit()):
        return m.end() if _is_whole_name(m) else None
    end = m.end() if _is_whole_name(m) else None
    stops = _name_stops()
    first = m.start("words") + words[0].start()
    ministry_end = _ministry_name_end(text, first)
    person = _person_start(words)
    lowered = [w.group().lower() for w in words]
    for i, w in enumerate(words):
        token = w.group()
        pair = [token, words[i + 1].group()] if i + 1 < len(words) else [token]
        gap = text[m.start("words") + (words[i - 1].end() if i else 0):m.start("words") + w.start()]
        at = m.start("words") + w.start()
        if "," in gap and (i == 0 or not (_comma_continues_name(text, at, words[i + 1:i + 2]) or _in_comma_phrase(text, at))):
            break
        if _DASH.search(gap) and (_is_stop([token.lower()], stops) or _is_stop([p.lower() for p in pair], stops)):
            break
        if i and _DASH.search(gap):  # `Vụ Pháp chế - Bộ Khoa học và Công nghệ`: the unit, then its parent
            at = m.start("words") + w.start()
            if _opens_body(text[at:at + 80], fold_keep_length(text[at:at + 80])):
                break
        # A capitalised word is the name's own (`Vụ Tổ chức cán bộ`, `Cục Quản lý thị trường`),
        # never a stop: verbs and function words after a name are written in lower case.
        # A stop that joins two parts of the name (`và`, a compound's word) is no stop: asked last,
        # as it costs the most.
        inside_ministry_name = m.start("words") + w.end() <= ministry_end
        if not token[0].isupper() and not inside_ministry_name and (_is_stop([token], stops) or _is_stop(pair, stops)) \
                and not _joins_name(text, m.start("words"), words, lowered, i):
            break
        if i == person:
            break
        end = m.start("words") + w.end()
    if end is None or ministry_end == first:  # no ministry's name after the head
        return end
    return max(end, ministry_end)


_COMMA_PHRASE_REACH = 30  # characters a coordinated phrase may reach before a word after its comma


def _in_comma_phrase(text: str, at: int) -> bool:
    """Is the word at `at`, after a comma, the second half of one of the data's coordinated
    phrases (`khám, chữa bệnh`, `Phòng, chống`), without case or diacritics?"""
    start = max(0, at - _COMMA_PHRASE_REACH)
    window = fold_keep_length(text[start:at + _COMMA_PHRASE_REACH])
    return any(p.start() < at - start < p.end() for p in _comma_phrase_regex().finditer(window))


@lru_cache(maxsize=None)
def _comma_phrase_regex() -> re.Pattern:
    phrases = sorted({fold(p) for p in _patterns()["comma_phrases"]}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(r"\s*,\s*".join(re.escape(part.strip()) for part in p.split(","))
                                             for p in phrases) + r")(?!\w)")


def _joins_name(text: str, offset: int, words: list[re.Match], lowered: list[str], i: int) -> bool:
    """Is words[i] (found from `offset`) a `và` before a part of the same name, or part of a compound?"""
    return (words[i].group() == "và" and i + 1 < len(words)
            and _and_continues_name(text, offset + words[i + 1].start())) or _in_compound(lowered, i)


def _in_compound(lowered: list[str], i: int) -> bool:
    """Is lowered[i] part of a compound noun of the data (`việc làm`, `có công`) around it?"""
    return any(tuple(lowered[first:first + n]) in compounds
               for n, compounds in _compounds_by_length().items()
               for first in range(max(0, i - n + 1), i + 1))


@lru_cache(maxsize=None)
def _compounds_by_length() -> dict[int, frozenset]:
    """Number of words -> the compounds of that many words, each a tuple of its words."""
    compounds = [tuple(c.split()) for c in _patterns()["name_compounds"]]
    return {n: frozenset(c for c in compounds if len(c) == n) for n in sorted({len(c) for c in compounds})}


def _and_continues_name(text: str, start: int) -> bool:
    """After `và`, a capitalised word that opens no body of its own (`Sở Y tế và Sở Tài chính`
    is two bodies, `Đài Phát thanh và Truyền hình` one)."""
    if not text[start:start + 1].isupper() or _head_title_regex().match(text, start):
        return False  # `... và Giám đốc Sở Nội vụ`: a list of heads goes on
    window = text[start:start + 80]
    folded = fold_keep_length(window)
    return not _opens_body(window, folded) or _bare_field_name(window, folded)


def _opens_body(window: str, folded: str) -> bool:
    """Does the text open with a body's name, known, local, a province's or of a body's kind?"""
    return bool(_unknown_regex().match(window) or _gazetteer_matcher().match(window, folded, 0) or
                _local_regex().match(folded) or _province_matcher().match(window, folded, 0))


def _bare_field_name(window: str, folded: str) -> bool:
    """Does the text open with a field's name (`Bảo hiểm xã hội`) that no owner, level or place
    follows, so it names a unit's field rather than a body of its own?"""
    field = _field_name_regex().match(folded)
    if field is None:
        return False
    return not _name_after(window, field.end()) and not _level_after_regex().match(folded, field.end())


@lru_cache(maxsize=None)
def _field_name_regex() -> re.Pattern:
    return re.compile(phrase_regex(_patterns()["field_names"]))


@lru_cache(maxsize=None)
def _level_after_regex() -> re.Pattern:
    levels = _alternation([*_patterns()["unit_levels"], *_patterns()["region_levels"]])
    return re.compile(rf"\s+(?:{levels})(?!\w)")


_PLURAL = re.compile(r"(?:Các|Những|Mọi)\b")


def _comma_continues_name(text: str, start: int, following: list[re.Match]) -> bool:
    """After a comma inside a name, a capitalised part that opens no body, its next word in lower
    case or `và` (`Nhiếp ảnh và`, `Tài chính`): a person's or a place's name is capitalised
    throughout (`Vụ Pháp chế, Nguyễn Văn A`, `Sở Nội vụ, Hà Nội`), and a head's title or a plural
    (`Các doanh nghiệp viễn thông`) starts another item."""
    return bool(following) and (following[0].group() == "và" or following[0].group()[0].islower()) \
        and not _PLURAL.match(text, start) and _and_continues_name(text, start)


@lru_cache(maxsize=None)
def _head_title_regex() -> re.Pattern:
    """The titles of a body's head (`Giám đốc`, `Thủ trưởng`): a list of heads, not a name, goes on
    after a comma (`Văn phòng UBND tỉnh, Giám đốc Sở Tài chính`)."""
    titles = sorted(load("task_phrases.json")["head_titles"], key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, titles)) + r")(?!\w)")


def _ministry_name_end(text: str, start: int) -> int:
    """Where a ministry's name without `Bộ` starting at `start` ends, or `start` if none does."""
    window = text[start:start + 80]
    hit = _ministry_short_matcher().match(window, fold_keep_length(window), 0)
    return start + hit[0].end if hit else start


def _person_start(words: list[re.Match]) -> Optional[int]:
    """Where a person's name begins after a body's name: at a family name that starts a run of
    three capitalised words, else four (`Khu công nghiệp Bắc Ninh Nguyễn Văn A`). A run of two
    (`Khu kinh tế mở Chu Lai`) ends a place's name far more often than it is a person's, and a
    name is never cut by punctuation: a run stops at anything but spaces between two words
    (`Tổng Công ty Hoàng Long - CTCP`, `Trường ĐH Lạc Hồng - Trường ĐH ...`); a province's
    name is no person's (`Bộ Tư lệnh Thành phố Hồ Chí Minh`)."""
    runs = {}
    for i in range(len(words) - 1, 0, -1):
        capitalised = words[i].group()[0].isupper()
        joined = i + 1 < len(words) and words[i].string[words[i].end():words[i + 1].start()].isspace()
        runs[i] = (runs[i + 1] + 1 if joined else 1) if capitalised else 0
    starts = [i for i in runs if words[i].group() in surnames() and not _spells_province(words, i, runs[i])]
    return next((i for length in (3, 4) for i in sorted(starts) if runs[i] == length), None)


def _spells_province(words: list[re.Match], start: int, length: int) -> bool:
    """Does the run end in a province's name of two words or more (`Hồ Chí Minh`, `Ban QLDA
    Đường Hồ Chí Minh`)? Then it is a place's, not a person's (`Lê Thị Huế` is one)."""
    run = [fold(w.group()) for w in words[start:start + length]]
    return any(" ".join(run[i:]) in _folded_provinces() for i in range(len(run) - 1))


def _strongest_without_overlap(text: str, candidates: list[_Candidate]) -> list[OrganizationMention]:
    chosen: list[_Candidate] = []
    taken = bytearray(max((c.span.end for c in candidates), default=0))
    for c in sorted(candidates, key=lambda c: (-c.strength, c.span.start - c.span.end)):
        if any(taken[c.span.start:c.span.end]) and (c := _cut_before_taken(text, c, taken)) is None:
            continue
        chosen.append(c)
        taken[c.span.start:c.span.end] = b"\x01" * (c.span.end - c.span.start)
    return [c.mention for c in sorted(chosen, key=lambda c: c.span.start) if c.mention is not None]


_COMMA_BEFORE = re.compile(r",[^\S\n]*$")


def _cut_before_taken(text: str, c: _Candidate, taken: bytearray) -> Optional[_Candidate]:
    """An unknown body's name read on over a comma into a body a stronger pass found right after
    it (`Sở Tài chính, Thuế tỉnh`) is the name before that comma; None when there is none."""
    if c.mention is None or c.mention.known:
        return None
    first = taken.index(1, c.span.start, c.span.end)
    comma = _COMMA_BEFORE.search(text, c.span.start, first)
    surface = text[c.span.start:comma.start()] if comma else ""
    if len(surface.split()) < 2:
        return None
    span = Span(c.span.start, c.span.start + len(surface))
    return replace(c, span=span, mention=replace(c.mention, name=one_line(surface), span=span, surface=surface))


# The lookbehind after the first capital (two characters back: none of `\w-/.` before it) lets
# the engine skip ahead to the next capital instead of trying every offset.
_ACRONYM = re.compile(r"[A-ZĐ](?<![\w\-/.].)[A-ZĐ0-9&]{1,7}(?![\w\-/])")
_ROMAN = re.compile(r"[IVXLC]+")
_BESIDE = re.compile(r"[^\S\n]*(?:,|;|và)[^\S\n]*(?:và[^\S\n]+)?")


_COUNCILS = ("Hội đồng nhân dân", "Ủy ban nhân dân")
_PLACE_AFTER_COUNCIL = re.compile(r"(?:Hội đồng nhân dân|Ủy ban nhân dân) (?P<place>(?:tỉnh|thành phố|Thành phố) \S.*)$")
_SHARED_JOIN = re.compile(r"[^\S\n]*(?:,|và)[^\S\n]*")


def _with_shared_places(text: str, mentions: list[OrganizationMention]) -> list[OrganizationMention]:
    """`Hội đồng nhân dân, Ủy ban nhân dân tỉnh Điện Biên`, `HĐND, UBND tỉnh Nghệ An`: a council
    named without its place, listed right before another that has one, is that place's."""
    out = list(mentions)
    for i in range(len(out) - 2, -1, -1):
        bare, placed = out[i], out[i + 1]
        shared = _PLACE_AFTER_COUNCIL.match(placed.name)
        if bare.name in _COUNCILS and shared and _SHARED_JOIN.fullmatch(text, bare.span.end, placed.span.start):
            out[i] = replace(bare, name=f"{bare.name} {shared['place']}")
    return out


def _with_listed_acronyms(text: str, mentions: list[OrganizationMention]) -> list[OrganizationMention]:
    """An acronym the gazetteer does not know, listed beside a body (`Bộ Xây dựng, ACV nghiên
    cứu ...`), is a body too (a state enterprise, an agency), named as written."""
    out = list(mentions)
    starts = [o.span.start for o in mentions]
    for m in _ACRONYM.finditer(text):
        if _ROMAN.fullmatch(m.group()) or m.group() in _patterns()["not_acronyms"]:
            continue
        i = bisect_right(starts, m.start())
        before = mentions[i - 1] if i else None
        after = mentions[i] if i < len(mentions) else None
        if before and before.span.end > m.start():
            continue  # inside a body's name
        listed = (before and _BESIDE.fullmatch(text, before.span.end, m.start())) or \
            (after and _BESIDE.fullmatch(text, m.end(), after.span.start))
        if listed:
            out.append(_mention(text, Span(m.start(), m.end()), m.group(), None, False))
    return sorted(out, key=lambda o: o.span.start)


def _with_party_committees(text: str, mentions: list[OrganizationMention]) -> list[OrganizationMention]:
    """`Đảng ủy Bộ Giáo dục và Đào tạo`: the party committee of the body right after the head is a
    body of its own, named as written, whose parent is that body."""
    out = []
    for o in mentions:
        head = _party_committee_head().search(text, max(0, o.span.start - 20), o.span.start)
        if head:
            span = Span(head.start(), o.span.end)
            name = f"{_patterns()['party_committee_heads'][head.group('head')]} {one_line(o.surface)}"
            o = OrganizationMention(name=name, span=span, surface=text[span.start:span.end], parent=o.name, known=False)
        out.append(o)
    return out


@lru_cache(maxsize=None)
def _party_committee_head() -> re.Pattern:
    heads = sorted(_patterns()["party_committee_heads"], key=len, reverse=True)
    return re.compile(r"(?<!\w)(?P<head>" + "|".join(map(re.escape, heads)) + r")[^\S\n]+$")


def _with_parenthesised_parents(text: str, mentions: list[OrganizationMention]) -> list[OrganizationMention]:
    """`Tổng cục Hải quan, Tổng cục Thuế (Bộ Tài chính)`: the body in parentheses is the parent
    of every body listed just before it, back to the first word that is not a list separator."""
    out = list(mentions)
    for i, parent in enumerate(mentions):
        if not in_parentheses(text, parent.span):
            continue
        if i and _ranks_below(parent.name, mentions[i - 1].name):  # `Bộ Tài chính (Cục Thống kê)`: its unit
            out[i] = replace(parent, parent=mentions[i - 1].name)
            continue
        j = i - 1
        gap_start = text.rfind("(", 0, parent.span.start)
        while j >= 0 and out[j].name != parent.name and _PLAIN_GAP.fullmatch(text, out[j].span.end, gap_start):
            out[j] = replace(out[j], parent=parent.name)
            gap_start = out[j].span.start
            j -= 1
    return out


def _rank(name: str) -> Optional[int]:
    """How high a body's kind stands, by how its name opens (org_patterns.json's kind_ranks)."""
    return next((r for r, starts in enumerate(_patterns()["kind_ranks"]) if name.startswith(tuple(starts))), None)


def _ranks_below(name: str, other: str) -> bool:
    rank, other_rank = _rank(name), _rank(other)
    return rank is not None and other_rank is not None and rank > other_rank


def in_parentheses(text: str, span: Span) -> bool:
    """True for the `Bộ Tài chính` of `Tổng cục Thuế (Bộ Tài chính)`: a parent, not a peer."""
    return bool(_OPENS.search(text, max(0, span.start - 20), span.start)) and bool(_CLOSES.match(text, span.end))


def find_organization(name: str) -> Optional[dict]:
    """The gazetteer entry for what a user types: `bo cong an`, `BCA`, `Bộ Công an`.

    Bodies built from patterns (`UBND tỉnh Lào Cai`) come back as a new entry with `known`.
    Returns None when `name` is not one organisation.
    """
    entry = _organization_entry(name)
    return dict(entry) if entry is not None else None


def canonical_name(name: str) -> str:
    """The gazetteer's name for a body (`Ban Chấp hành Trung ương Đảng` -> `Ban Chấp hành Trung
    ương`), or `name` itself: the one name an issuer's edge and its node are both keyed by."""
    entry = _organization_entry(name)
    return entry["name"] if entry is not None else name


@lru_cache(maxsize=4096)
def _organization_entry(name: str) -> Optional[dict]:
    """`find_organization`, cached: every citation's issuer is looked up, mostly the same few
    names, and an issuer that is no alias costs a pass of the organisation finder. Callers get
    a copy, so none can change what the next one is given."""
    alias = _lookup_alias(name)
    if alias is not None:
        return dict(alias.entry, known=True)
    found = find_organizations(name.strip())
    if len(found) == 1 and found[0].surface == name.strip():
        o = found[0]
        return {"name": o.name, "kind": _pattern_kind(o.name), "parent": o.parent, "known": o.known}
    return None


def _pattern_kind(name: str) -> str:
    """The kind of a body built from a pattern: its local head's kind, else `unknown`."""
    heads = sorted(_patterns()["local_heads"].items(), key=lambda h: -len(h[0]))
    return next((spec["kind"] for head, spec in heads if name.startswith(head + " ")), "unknown")


def _lookup_alias(name: str) -> Optional[_Alias]:
    key = phrase_key(name)
    for matcher in (_gazetteer_matcher(), _contextual_matcher(), recipient_matcher()):
        if key in matcher.aliases:
            return matcher.aliases[key]
    return None
