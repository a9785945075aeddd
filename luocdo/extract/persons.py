"""People named in a document, with the positions and rank the document gives them.

A name is recognised only after something that announces one: a position (`Phó Thủ tướng
Chính phủ Bùi Thanh Sơn`, or abbreviated in a recipients list: `PTTg Hồ Đức Phớc`), a rank
(`Trung tướng Nguyễn Duy Ngọc`) or an honorific (`đồng chí`, `ông`, `bà`, as written, and
capitalised only where a sentence or an item starts: `Bà Nà` is a place). After a position or
rank, or a capitalised honorific (`Bà Nà Hills` is a place), the name must start with a
Vietnamese family name (data/surnames.json); after `ông`, `bà` in lower case any 2–4 capitalised
syllables will do (`ông Marc Knapper`). Positions that follow the name (`Bùi Thanh Sơn, Trưởng
Ban Chỉ đạo 389 quốc gia`) are added to it. The signer of the signature block is a person of
the document too. A name a line break cut short is the longer name it begins.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from luocdo.data import load
from luocdo.extract.organizations import (
    PhraseMatcher, commune_levels, find_organizations, gazetteer, one_line, phrase_matcher, provinces, surnames,
)
from luocdo.extract.sentences import line_end
from luocdo.extract.signature import Closing, read_closing, signer_office
from luocdo.model import OrganizationMention, PersonMention, Signature, Span
from luocdo.normalize import fold, fold_keep_length

_SYLLABLE = re.compile(r"\s*(\w+)")
_SPACE = re.compile(r"\s*")
_ITEM_START = re.compile(r"(?:^|[.:;(\n]|[-–+•])[ \t*_]*$")  # what may come right before a capitalised `Ông`
_PLACEHOLDER = re.compile(r"[A-Z]")  # `Nguyễn Văn A`, `Trần Thị B`: a form's or an example's stand-in, nobody's name
_DOT = re.compile(r"\.?")  # that ends an abbreviated title: `TT. Trương Hải Long`
_BETWEEN_POSITIONS = re.compile(r"\s*(?:[,–—-]|\bkiêm\b)\s*")
_OF = re.compile(r"\s+của\s+")
_MAX_NAME, _MIN_NAME = 4, 2
_MAX_PLACE = 3  # syllables of a province name that may end a body's name just before a person's


@lru_cache(maxsize=None)
def _vocabulary() -> dict:
    return load("positions.json")


@lru_cache(maxsize=None)
def _triggers() -> PhraseMatcher:
    """Positions, ranks and honorifics in one matcher; the entry says which is which."""
    v = _vocabulary()
    return phrase_matcher([(p, {"kind": "position"}) for p in v["positions"]]
                          + [(a, {"kind": "position", "abbreviated": True}) for a in v["abbreviated_positions"]]
                          + [(r, {"kind": "rank", "name": r}) for r in v["ranks"]]
                          + [(h, {"kind": "honorific"}) for h in v["honorifics"]])


@lru_cache(maxsize=None)
def _qualifiers() -> PhraseMatcher:
    return phrase_matcher((q, {}) for q in _vocabulary()["qualifiers"])


@lru_cache(maxsize=None)
def _not_names() -> frozenset:
    """Provinces read like names after a title (`Bí thư Hà Nội`): never a person."""
    return frozenset(fold(p) for p in provinces())


def _is_place(name: str, positions: list[str]) -> bool:
    """Is this name after these titles a province's? `Chủ tịch Hồ Chí Minh` is the person the
    city was named after (its chairman is `Chủ tịch Thành phố Hồ Chí Minh`, `Chủ tịch TP. Hồ Chí
    Minh`, which no name follows); `Bí thư Hà Nội`, `Bí thư Hồ Chí Minh` the province."""
    folded = fold(name)
    titles = next((t for n, t in _vocabulary()["persons_named_like_places"].items() if fold(n) == folded), [])
    return folded in _not_names() and not (positions and positions[-1] in titles)


@dataclass
class _Context:
    """One document prepared once: folded text and its organisations indexed by start.

    `nameless` holds the starts of the titles that a walk along a chain of titles reached
    before it found no name after the chain: the walk from any of them goes the same way (each
    step depends only on where it is) and finds no name either, so none is walked again. Without
    it a long chain (`Thủ tướng Chính phủ, Phó Thủ tướng, ...`) is walked once per title."""

    text: str
    folded: str
    orgs: list[OrganizationMention]
    org_starts: list[int]
    nameless: set[int] = field(default_factory=set)

    @classmethod
    def of(cls, text: str, orgs: Optional[list[OrganizationMention]]) -> "_Context":
        orgs = find_organizations(text) if orgs is None else orgs
        return cls(text, fold_keep_length(text), orgs, [o.span.start for o in orgs])

    def org_reaching_past(self, start: int, end: int) -> Optional[OrganizationMention]:
        """An organisation that starts in [start, end] and ends after `end`: the body a
        title belongs to, even when they share a word (`Trưởng Ban` + `Ban Chỉ đạo 389`)."""
        i = bisect_left(self.org_starts, start)
        while i < len(self.orgs) and self.orgs[i].span.start <= end:
            if self.orgs[i].span.end > end:
                return self.orgs[i]
            i += 1
        return None


def find_persons(text: str, organizations: Optional[list[OrganizationMention]] = None,
                 closing: Optional[Closing] = None) -> list[PersonMention]:
    """Every mention of a person, in text order, each with its own span (the name's).

    `organizations` are find_organizations(text) and `closing` is read_closing(text) when the
    caller has them already: the pass over the whole text is the costliest part of finding
    persons, and the signature is read once per document.

    >>> [(p.name, p.positions) for p in find_persons("Thủ tướng Phạm Minh Chính chủ trì.")]
    [('Phạm Minh Chính', ['Thủ tướng'])]
    """
    ctx = _Context.of(text, organizations)
    signature = (closing or read_closing(text)).signature
    block = signature.span if signature else Span(len(text), len(text))
    mentions: list[PersonMention] = []
    resume = 0
    for span, alias in _triggers().find(text, ctx.folded):
        if span.start < resume or span.start in ctx.nameless or block.start <= span.start < block.end \
                or (alias.entry["kind"] == "honorific" and not _is_honorific(text, span)) \
                or _names_a_place(text, span.start):
            continue
        plural = _PLURAL_BEFORE.search(text, max(0, span.start - 5), span.start) is not None \
            or text[span.start:span.start + 4].lower() == "các "  # `các đồng chí` is one honorific
        found = _mention_at(ctx, span.start, plural)
        if found is not None:
            mention, resume, titles = found
            mentions.append(mention)
            if plural:
                listed, resume = _listed_after(ctx, resume, mention.positions[:titles], len(mention.positions) > titles)
                mentions += listed
    return _with_signer(text, signature, mentions)


_PLURAL_BEFORE = re.compile(r"(?<!\w)[Cc]ác\s+$")
_LIST_COLON = re.compile(r"(?P<rest>[^:\n.;,\d]{0,40}?):[^\S\n]*")  # the title's last words, then its list
_LIST_SEPARATOR = re.compile(r"[^\S\n]*(?:[,;][^\S\n]*(?:và[^\S\n]+)?|[^\S\n]+và[^\S\n]+)")


def _listed_after(ctx: _Context, end: int, positions: list[str], titled: bool) -> tuple[list[PersonMention], int]:
    """The names that go on after the first one under a plural title (`các Thứ trưởng: Vũ Chiến
    Thắng, Trương Hải Long, Cao Huy`, `các đồng chí: Thái Thanh Quý, Ủy viên Trung ương Đảng;
    Hoàng Văn Trà, ...`), each with the title, and their own positions after them; and where the
    list ends. `titled`: the person before `end` has titles of their own."""
    listed = []
    while (sep := _LIST_SEPARATOR.match(ctx.text, end)) is not None and sep.end() > end:
        if titled and ";" not in sep.group():
            # after a person's own titles, commas part the titles and `;` the persons
            semicolon = ctx.text.find(";", end, line_end(ctx.text, end))
            if semicolon < 0:
                break
            end = semicolon
            continue
        span = _name_span(ctx, sep.end(), True)
        if span is None or span.start != sep.end():
            break
        own, end = list(positions), span.end
        while (after := _position_after_name(ctx, end)) is not None:
            own.append(one_line(ctx.text[after.start:after.end]))
            end = after.end
        titled = len(own) > len(positions)
        listed.append(PersonMention(name=one_line(ctx.text[span.start:span.end]), span=span, positions=own))
    return listed, end


@lru_cache(maxsize=None)
def _place_head() -> re.Pattern:
    heads = "|".join(re.escape(h) for h in sorted(_vocabulary()["named_after_persons"], key=len, reverse=True))
    return re.compile(rf"(?:^|[^\w])(?:{heads})[ \t]+$")


def _names_a_place(text: str, start: int) -> bool:
    """`Lăng Chủ tịch Hồ Chí Minh`, `đường Đại tướng Võ Nguyên Giáp`: the title and name after a
    place's, a body's or an award's head are part of its name (named_after_persons)."""
    return bool(_place_head().search(text, max(0, start - 20), start))


def _is_honorific(text: str, span: Span) -> bool:
    """`ông`, `bà` as written (`Ba` is no `bà`); capitalised only where a sentence or an item
    starts, for mid-sentence they begin a place's name (`Bà Nà`, `Ông Lang`)."""
    surface = text[span.start:span.end]
    if surface not in _honorifics():
        return False
    return not surface[0].isupper() or bool(_ITEM_START.search(text, max(0, span.start - 3), span.start))


@lru_cache(maxsize=None)
def _honorifics() -> frozenset:
    return frozenset(_vocabulary()["honorifics"])


def _mention_at(ctx: _Context, start: int, plural: bool = False) -> Optional[tuple[PersonMention, int, int]]:
    """The person announced by the titles, rank and honorific starting at `start`, where the
    mention ends and how many of its positions are the titles before the name; None when no
    name follows (`Phó Thủ tướng yêu cầu`). A `plural` title (`các Thứ trưởng:`) may announce
    its list with a colon."""
    positions: list[str] = []
    rank, honorific, pos = None, None, start
    walked: list[int] = []
    while (hit := _triggers().match(ctx.text, ctx.folded, _SPACE.match(ctx.text, pos).end())) is not None:
        span, alias = hit
        walked.append(span.start)
        kind = alias.entry["kind"]
        if kind == "honorific":
            honorific, pos = ctx.text[span.start:span.end], span.end
        elif kind == "rank":
            rank, pos = alias.entry["name"], _DOT.match(ctx.text, span.end).end()  # `TS.`, `PGS.TS.`
        else:
            end = _DOT.match(ctx.text, span.end).end() if alias.entry.get("abbreviated") else span.end
            pos = _position_end(ctx, span.start, end)
            positions.append(one_line(ctx.text[span.start:pos]))
            pos = _next_position_start(ctx, pos, ctx.text[span.start:span.end])
    # A capitalised honorific may begin a place's name (`Bà Nà Hills`, `Bà Rịa`, `Ông Lãnh`) at a
    # sentence's start too: a family name must follow it, as after a title.
    need_surname = honorific is None or honorific[0].isupper()
    dash = _DASH.match(ctx.text, pos) if positions else None
    if dash and _names_right_after(ctx, dash.end()):
        pos = dash.end()  # `Phó Chủ tịch UBND TP Hà Nội - Nguyễn Trọng Đông`, `PCT UBND tỉnh-Đỗ Tâm Hiển`
    name_at = _SPACE.match(ctx.text, pos).end()
    if plural and (colon := _LIST_COLON.match(ctx.text, name_at)):  # `các Phó Thủ tướng Chính phủ: ...`
        if colon["rest"].strip() and positions:
            positions[-1] = one_line(f"{positions[-1]} {colon['rest'].strip()}")
        name_at = colon.end()
    name_span = _person_name(ctx, name_at, need_surname, positions)
    if name_span is None:
        # from a title further on, the same walk meets no honorific or a later one, and the same
        # last title or none: a name it would find after the chain this walk would have found
        ctx.nameless.update(walked)
        return None
    end, titles = name_span.end, len(positions)
    while (after := _position_after_name(ctx, end)) is not None:
        positions.append(one_line(ctx.text[after.start:after.end]))
        end = after.end
    name = one_line(ctx.text[name_span.start:name_span.end])
    return PersonMention(name=name, span=name_span, positions=positions, rank=rank), end, titles


def _position_end(ctx: _Context, start: int, end: int) -> int:
    """A title reaches over its qualifier and its body: `Phó Thủ tướng Thường trực Chính phủ`,
    `Phó Chủ tịch UBND tỉnh Đồng Tháp`, `Ủy viên Ủy ban Kinh tế và Tài chính của Quốc hội`."""
    qualifier = _qualifiers().match(ctx.text, ctx.folded, _SPACE.match(ctx.text, end).end())
    if qualifier:
        end = qualifier[0].end
    body = ctx.org_reaching_past(start, _SPACE.match(ctx.text, end).end())
    bare = _ending_office("bodies_ending_an_office").match(ctx.text, end)
    if bare and (body is None or not body.known and _names_right_after(ctx, bare.end())):
        # `Bí thư Tỉnh ủy Nguyễn Văn Bình`, though an unknown body's name runs on over the name;
        # a known body may follow as the owner (`Chủ tịch HĐTV Tập đoàn Điện lực Việt Nam`)
        owner = ctx.org_reaching_past(bare.end(), _SPACE.match(ctx.text, bare.end()).end())
        return owner.span.end if owner and (owner.known or _names_right_after(ctx, owner.span.end)) else bare.end()
    if body is None:
        field = _ministry_field().match(ctx.text, end) if _MINISTER.search(fold(ctx.text[start:end])) else None
        return field.end() if field else end  # `Bộ trưởng Nội vụ Phạm Thị Thanh Trà`: the ministry by its field
    of = _OF.match(ctx.text, body.span.end)
    owner = ctx.org_reaching_past(of.end(), of.end()) if of else None
    end = owner.span.end if owner else body.span.end
    level = _ending_office("levels_ending_an_office").match(ctx.text, end)
    return level.end() if level else end


@lru_cache(maxsize=None)
def _ministry_field() -> re.Pattern:
    """The ministries' names without their `Bộ` (`Nội vụ`, `Tư pháp`, `Văn hóa, Thể thao và Du lịch`),
    as news titles a minister: `Bộ trưởng Nội vụ`."""
    fields = [name[len("Bộ "):] for name, e in gazetteer().items() if e["kind"] == "ministry" and name.startswith("Bộ ")]
    return re.compile(rf"[ \t]+(?:{'|'.join(re.escape(f) for f in sorted(fields, key=len, reverse=True))})(?!\w)")


_MINISTER = re.compile(r"(?:bo|thu) truong$")
_DASH = re.compile(r"[ \t]*[-–][ \t]*")


@lru_cache(maxsize=None)
def _ending_office(key: str) -> re.Pattern:
    """The words of `key` after a title: `bodies_ending_an_office` (`Bí thư Tỉnh ủy` + name or
    comma: a body named by its head word alone) or, after a body, `levels_ending_an_office`
    (`Chủ tịch Ủy ban nhân dân tỉnh` + name: the province left out)."""
    words = "|".join(re.escape(w) for w in sorted(_vocabulary()[key], key=len, reverse=True))
    return re.compile(rf"[ \t]+(?:{words})(?!\w)")


def _names_right_after(ctx: _Context, end: int) -> bool:
    """Does a person's name (family name first) start right after `end`?"""
    start = _SPACE.match(ctx.text, end).end()
    span = _name_span(ctx, start, True)
    return span is not None and span.start == start


def _next_position_start(ctx: _Context, end: int, title: str) -> int:
    """`Ủy viên Bộ Chính trị, Thủ tướng Chính phủ Phạm Minh Chính`: titles chained before a
    name; returns where the next title starts, or `end` when none follows. No one is the head
    and the deputy of one office: `Thủ tướng Chính phủ, Phó Thủ tướng ... Nguyễn Hòa Bình` are two."""
    sep = _BETWEEN_POSITIONS.match(ctx.text, end)
    if sep and sep.end() > end:
        hit = _triggers().match(ctx.text, ctx.folded, sep.end())
        if hit and _in_apposition(hit[1]) and hit[1].fits(next_title := ctx.text[hit[0].start:hit[0].end]) \
                and not _deputy_of_each_other(title, next_title):
            return sep.end()  # `Bộ trưởng Bộ Công an, Thượng tướng Lương Tam Quang` too
    return end


def _deputy_of_each_other(title: str, other: str) -> bool:
    a, b = fold(title), fold(other)
    return a == "pho " + b or b == "pho " + a


def _in_apposition(alias) -> bool:
    """Titles and ranks chain around one name; an abbreviated title after a comma belongs to
    the next item of a recipients list (`TTg, PTTg Hồ Đức Phớc`, `PCN X, TGĐ Cổng TTĐT`)."""
    return alias.entry["kind"] in ("position", "rank") and not alias.entry.get("abbreviated")


def _position_after_name(ctx: _Context, end: int) -> Optional[Span]:
    """A title after the name (`, Trưởng Ban Chỉ đạo 389 quốc gia`), unless a name follows
    it, in which case it announces the next person."""
    sep = _BETWEEN_POSITIONS.match(ctx.text, end)
    if not sep or sep.end() == end:
        return None
    hit = _triggers().match(ctx.text, ctx.folded, sep.end())
    if not hit or hit[1].entry["kind"] != "position" or not _in_apposition(hit[1]):
        return None
    stop = _position_end(ctx, hit[0].start, hit[0].end)
    if _person_name(ctx, _SPACE.match(ctx.text, stop).end(), True, [one_line(ctx.text[hit[0].start:hit[0].end])]):
        return None
    return Span(hit[0].start, stop)


def _person_name(ctx: _Context, start: int, need_surname: bool, positions: list[str]) -> Optional[Span]:
    """The name from `start`, unless it is a province's after these titles, or a place's after
    a level (`Chủ tịch UBND các xã, phường và đặc khu Lý Sơn`)."""
    span = _name_span(ctx, start, need_surname)
    if span is None or _after_level().search(ctx.text, max(0, span.start - 12), span.start):
        return None
    return None if _is_place(one_line(ctx.text[span.start:span.end]), positions) else span


@lru_cache(maxsize=None)
def _after_level() -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, commune_levels()))})\s+$")


def _name_span(ctx: _Context, start: int, need_surname: bool) -> Optional[Span]:
    """2–4 capitalised syllables from `start`; a blank line, punctuation, a lower-case word, a
    title or an organisation ends the name."""
    syllables: list[re.Match] = []
    pos = start
    while len(syllables) < _MAX_NAME + _MAX_PLACE and (m := _SYLLABLE.match(ctx.text, pos)) is not None:
        gap = ctx.text[pos:m.start(1)]
        if not _is_name_syllable(m.group(1)) or (syllables and ("\n\n" in gap or not gap)) \
                or (not syllables and gap) or _starts_title_or_body(ctx, m.start(1)):
            break
        syllables.append(m)
        pos = m.end()
    syllables = _without_leading_place(syllables)[:_MAX_NAME]
    if len(syllables) < _MIN_NAME or (need_surname and syllables[0].group(1) not in surnames()) \
            or _PLACEHOLDER.fullmatch(syllables[-1].group(1)):
        return None
    return Span(syllables[0].start(1), syllables[-1].end())


def _without_leading_place(syllables: list[re.Match]) -> list[re.Match]:
    """`Giám đốc Sở Công Thương Hà Nội Trần Thị Phương Lan`: a province that ends the body's name
    is not the start of the person's (`Hà` is also a surname)."""
    for k in range(_MAX_PLACE, 0, -1):
        if len(syllables) > k and fold(" ".join(m.group(1) for m in syllables[:k])) in _not_names():
            return syllables[k:]
    return syllables


def _is_name_syllable(word: str) -> bool:
    return word[0].isupper() and (len(word) == 1 or word[1:].islower()) and not word.isdigit()


def _starts_title_or_body(ctx: _Context, pos: int) -> bool:
    hit = _triggers().match(ctx.text, ctx.folded, pos)
    if hit and hit[1].fits(surface := ctx.text[hit[0].start:hit[0].end]) \
            and (hit[1].entry["kind"] != "honorific" or surface in _honorifics()):  # `Nguyễn Bá Hoan`: `Bá` is no `bà`
        return True
    i = bisect_left(ctx.org_starts, pos)
    return i < len(ctx.org_starts) and ctx.org_starts[i] == pos


def _with_signer(text: str, sig: Optional[Signature], mentions: list[PersonMention]) -> list[PersonMention]:
    """Adds the signature block's signer, who is named nowhere else in most documents, with the
    office the signer holds (`PHÓ CHỦ NHIỆM`), if the block says one."""
    if sig is None or sig.signer is None:
        return mentions
    start = text.rfind(sig.signer, sig.span.start, sig.span.end)
    span = Span(start, start + len(sig.signer)) if start >= 0 else Span(sig.span.end, sig.span.end)
    office = signer_office(sig)
    signer = PersonMention(sig.signer, span, positions=[office] if office else [])
    return sorted([*mentions, signer], key=lambda m: m.span.start)


def merge_persons(mentions: list[PersonMention]) -> list[PersonMention]:
    """One PersonMention per name (compared without diacritics or case), at its first span,
    with the positions of all its mentions in order of appearance and the first rank stated.

    A name that a line break cut short (`Nguyễn Hòa` / `Bình`) is the longer name it begins.
    A position that only shortens one already kept (`Phó Thủ tướng` beside `Phó Thủ tướng
    Chính phủ`) adds nothing; a longer one replaces the shorter.
    """
    spelled = _spellings(mentions)
    whole = _whole_names(spelled)
    merged: dict[str, PersonMention] = {}
    for m in mentions:
        key = whole[fold(m.name)]
        into = merged.setdefault(key, PersonMention(spelled[key], m.span, [], m.rank))
        for position in m.positions:
            _add_position(into.positions, position)
        into.rank = into.rank or m.rank
    return list(merged.values())


def whole_names(mentions: list[PersonMention]) -> dict[str, str]:
    """Each mention's name -> the name merge_persons gives that person, so that a meeting's
    chair is the person of the document (`Nguyễn Hòa` cut by a line break -> `Nguyễn Hòa Bình`)."""
    spelled = _spellings(mentions)
    whole = _whole_names(spelled)
    return {m.name: spelled[whole[fold(m.name)]] for m in mentions}


def _spellings(mentions: list[PersonMention]) -> dict[str, str]:
    """Folded name -> its first spelling in the document."""
    spelled: dict[str, str] = {}
    for m in mentions:
        spelled.setdefault(fold(m.name), m.name)
    return spelled


def _whole_names(keys) -> dict[str, str]:
    """Folded name -> the longest folded name of the document that it begins (itself if none)."""
    return {k: max((o for o in keys if o.startswith(k + " ")), key=len, default=k) for k in keys}


def _add_position(positions: list[str], new: str) -> None:
    """Add a position unless one already says it; case does not count (`PHÓ THỦ TƯỚNG` in a
    signature is the `Phó Thủ tướng` of the text), and the longer wording wins."""
    for i, old in enumerate(positions):
        if old.casefold().startswith(new.casefold()):
            return
        if new.casefold().startswith(old.casefold()):
            positions[i] = new if not new.isupper() else old
            return
    positions.append(new)
