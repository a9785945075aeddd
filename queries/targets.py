"""What a person types for an instrument, a body or a person, resolved to node ids in the graph.

People name instruments the way documents do: `Đề án 06`, `18/CT-TTg`, `Chỉ thị 18/2023`,
`chi thi 18`, `TB 381/2024`, part of the title, or an exact id. Numbers and symbols repeat
across years (`17/CT-TTg` exists in 2018 and 2024), so a target that fits several nodes equally
well is an error that lists them, never a silent pick.

    >>> resolve_target(G, "chi thi 18")            # doctest: +SKIP
    ['CT:18/CT-TTg@2023']

Matching is tiered: the exact id, then an alias or name equal to the text, then number with
symbol, type and year, then words of the title. The first tier with a match decides.
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING, Callable, Iterable, Optional

from luocdo import data
from luocdo.ids import canonical_number
from luocdo.normalize import fold, fold_all, squash_spaces

if TYPE_CHECKING:  # only for the annotations; a query from the shell does without networkx
    import networkx as nx

# A year that may stand for an instrument's year; narrower than any 4-digit number.
_YEAR = re.compile(r"^(19|20)\d\d$")
# `18`, `18/CT-TTg`, `18/2023`, `66/2026/NĐ-CP`, `68-NQ/TW` (already folded to lower case).
_NUMBER = re.compile(r"^(?P<number>\d+)(?P<rest>(?:[-/][^\s]+)?)$")
# Shortest title fragment worth matching: shorter ones match half the corpus.
_MIN_TITLE_QUERY = 6


class TargetError(LookupError):
    """A target that does not name exactly one node; the message says what to type instead."""


class UnknownTarget(TargetError):
    """Nothing in the graph fits; the message suggests the closest names."""


class AmbiguousTarget(TargetError):
    """Several nodes fit equally well; `.candidates` holds their ids."""

    def __init__(self, message: str, candidates: list[str]):
        super().__init__(message)
        self.candidates = candidates


@dataclass(frozen=True)
class InstrumentQuery:
    """The parts of a typed instrument reference; None where the text does not say."""

    type: Optional[str] = None  # official code, from a type word or code
    number: Optional[str] = None
    symbol: Optional[str] = None  # folded, punctuation removed
    year: Optional[int] = None
    words: str = ""  # the folded text left over, for titles


@lru_cache(maxsize=None)
def _type_words() -> tuple[tuple[str, str], ...]:
    """(folded type word or code, official code), longest first, so `thong tu lien tich` wins."""
    types = data.load("doc_types.json")
    words = types.get("words", {}) if isinstance(types, dict) else {}
    codes = types.get("codes", {}) if isinstance(types, dict) else {}
    pairs = {fold(w): _code(c) for w, c in words.items()}
    pairs.update({fold(c): _code(official) for c, official in codes.items() if fold(c) not in pairs})
    return tuple(sorted(pairs.items(), key=lambda kv: -len(kv[0])))


def type_codes() -> dict[str, str]:
    """Folded type word or code -> official code: what a person may type for a type."""
    return dict(_type_words())


def _code(value) -> str:
    """A code entry may be a plain string or an object with a `code` field."""
    return value.get("code", "") if isinstance(value, dict) else str(value)


def _squash(text: str) -> str:
    """Folded letters and digits only: `CT-TTg`, `ct ttg` and `CT/TTg` compare equal."""
    return re.sub(r"[^0-9a-z]", "", fold(text))


def parse_instrument(text: str) -> InstrumentQuery:
    """Split a typed reference into type, number, symbol and year.

    >>> parse_instrument("Chỉ thị số 18/2023")
    InstrumentQuery(type='CT', number='18', symbol=None, year=2023, words='')
    """
    rest = squash_spaces(fold(text).replace(",", " "))
    code = None
    for word, official in _type_words():
        if rest == word or rest.startswith(word + " "):
            code, rest = official, rest[len(word):].strip()
            break
    number = symbol = year = None
    words = []
    for token in re.sub(r"\b(so|nam|ngay)\s+(?=\d)", "", rest).split():
        match = _NUMBER.match(token)
        if _YEAR.match(token) and number is not None and year is None:
            year = int(token)
        elif match and number is None:
            number, symbol, year = _split_number(match["number"], match["rest"])
        else:
            words.append(token)
    return InstrumentQuery(code, number, symbol, year, " ".join(words))


def _split_number(number: str, rest: str) -> tuple[str, Optional[str], Optional[int]]:
    """`/2023` is a year, `/2026/nđ-cp` a year and a symbol, `/ct-ttg` or `-nq/tw` a symbol."""
    segments = [s for s in re.split(r"/", rest.lstrip("-/")) if s] if rest else []
    year = int(segments.pop(0)) if segments and _YEAR.match(segments[0]) else None
    symbol = _squash("".join(segments)) or None
    return canonical_number(number), symbol, year


# What a target is matched on and a candidate described by; evidence and sources are not read.
IDENTIFYING = ("id", "type", "number", "symbol", "year", "title", "name", "display_name", "aliases")


class Candidates:
    """The nodes of one label that a target may name, with every name folded once.

    `nodes` maps id -> properties as `G.nodes` does, so `describe` takes either. Built from a
    networkx graph (`from_graph`) or from the database's rows of the label's IDENTIFYING
    columns (luocdo.queries.library): folding the corpus's 17,000 titles costs more than the
    query, so a caller that resolves several targets keeps one Candidates per label.
    """

    def __init__(self, label: str, nodes: Iterable[tuple[str, dict]]):
        self.label = label
        self.nodes = {n: {**attrs, "label": label} for n, attrs in nodes}
        raw = [_raw_names(attrs) for attrs in self.nodes.values()]
        folded = iter(fold_all([squash_spaces(name) for names in raw for name in names]))
        self.names = {n: [next(folded) for _ in names] for n, names in zip(self.nodes, raw)}

    @classmethod
    def from_graph(cls, G: nx.MultiDiGraph, label: str) -> "Candidates":
        return cls(label, ((n, a) for n, a in G.nodes(data=True) if a.get("label") == label))

    @cached_property
    def words(self) -> dict[str, list[set[str]]]:
        """Each name's set of words, for the title-words tier (only reached when others fail)."""
        return {n: [set(re.findall(r"\w+", name)) for name in names] for n, names in self.names.items()}


def _raw_names(attrs: dict) -> list[str]:
    """Every name a node goes by: title or name, display name and aliases."""
    names = [attrs.get(k) for k in ("title", "name", "display_name")] + list(attrs.get("aliases") or [])
    return [n for n in names if n]


@dataclass(frozen=True)
class Narrowing:
    """What every instrument a typed reference can name has: the number `number` (leading
    zeros aside), or each of the text's runs of digits in its names, with nothing but
    combining marks between the digits (folding drops only those). A database can select these
    few instead of reading and folding all 17,000 instruments."""

    number: Optional[str]
    digit_runs: tuple[str, ...]


def narrowing(text: str, label: str) -> Optional[Narrowing]:
    """None when any node may fit: a text without digits, or a body or person."""
    runs = tuple(re.findall(r"[0-9]+", fold(squash_spaces(text or ""))))
    if label != "Instrument" or not runs:
        return None
    return Narrowing(parse_instrument(text).number, runs)


def _same_type(code: Optional[str], attrs: dict) -> bool:
    return code is None or fold(code) == fold(attrs.get("type") or "")


def _fits_number(q: InstrumentQuery, attrs: dict, symbol_unknown_fits: bool = False) -> bool:
    """Number, and symbol, type and year where the text gives them, agree with the node; with
    `symbol_unknown_fits`, a node without a symbol (`TB:381/@2024`, whose documents gave none)
    fits any symbol."""
    if q.number is None or canonical_number(str(attrs.get("number") or "")) != q.number:
        return False
    if q.symbol and q.symbol != _squash(attrs.get("symbol") or "") and not (symbol_unknown_fits and not attrs.get("symbol")):
        return False
    if q.year is not None and attrs.get("year") != q.year:
        return False
    return _same_type(q.type, attrs)


def _has_words(words: set[str], needle: list[str]) -> bool:
    """Every word of the needle occurs among a name's words, in any order."""
    return all(w in words for w in needle)


def _instrument_tiers(c: Candidates, text: str) -> list[Callable[[str], bool]]:
    """Tests of a node id from the strongest to the weakest; the first that any node passes decides."""
    folded = fold(squash_spaces(text))
    q = parse_instrument(text)
    title_query = q.words if q.number is None else ""
    title_words = re.findall(r"\w+", title_query)
    return [
        lambda n: folded in c.names[n],
        lambda n: _fits_number(q, c.nodes[n]),
        lambda n: _fits_number(q, c.nodes[n], symbol_unknown_fits=True),
        lambda n: len(folded) >= _MIN_TITLE_QUERY and any(folded in name for name in c.names[n]),
        lambda n: len(title_query) >= _MIN_TITLE_QUERY and _same_type(q.type, c.nodes[n])
        and any(_has_words(words, title_words) for words in c.words[n]),
    ]


@lru_cache(maxsize=None)
def _gazetteer_names() -> dict[str, str]:
    """Folded alias -> folded full name, from data/organizations.json (`bca` -> `bo cong an`)."""
    entries = data.load("organizations.json")
    out = {}
    for entry in entries if isinstance(entries, list) else []:
        for key in ("aliases", "recipient_aliases"):
            for alias in entry.get(key) or []:
                out.setdefault(fold(alias), fold(entry["name"]))
    return out


def _named_tiers(c: Candidates, text: str) -> list[Callable[[str], bool]]:
    """Bodies and people: name or alias equal (through the gazetteer's abbreviations), then words."""
    folded = fold(squash_spaces(text))
    full = _gazetteer_names().get(folded, folded)
    words = re.findall(r"\w+", folded)
    return [
        lambda n: folded in c.names[n] or full in c.names[n],
        lambda n: len(folded) >= 3 and any(_has_words(name_words, words) for name_words in c.words[n]),
    ]


def _drop_covered_short_forms(c: Candidates, ids: list[str]) -> list[str]:
    """`CT:18/@2023` (a short form without symbol) beside `CT:18/CT-TTg@2023` is the same
    instrument that resolution could not join; the full form is what the person meant."""
    def key(n):
        a = c.nodes[n]
        return a.get("type"), canonical_number(str(a.get("number") or "")), a.get("year")
    full = {key(n) for n in ids if c.nodes[n].get("symbol")}
    return [n for n in ids if c.nodes[n].get("symbol") or key(n) not in full]


def describe(G, node_id: str) -> str:
    """One line a person can choose from: id, display name, year and the start of the title.
    `G` is a networkx graph or Candidates."""
    a = G.nodes[node_id]
    if a.get("label") != "Instrument":
        return f"{node_id}  {a.get('name') or ''}".rstrip()
    shown = a.get("display_name") or ""
    year = f"({a['year']})" if a.get("year") and str(a["year"]) not in shown else ""
    title = (a.get("title") or "")[:70] if a.get("title") != shown else ""
    return "  ".join(p for p in (node_id, shown, year, title) if p)


def _suggestions(c: Candidates, text: str) -> list[str]:
    """Same number in another year or type (`Chỉ thị 17/2024` -> 17/CT-TTg of 2018), else the
    closest names."""
    number = parse_instrument(text).number if c.label == "Instrument" else None
    same_number = sorted(n for n, a in c.nodes.items() if number and _fits_number(InstrumentQuery(number=number), a))
    if same_number:
        return same_number[:5]
    by_name: dict[str, str] = {}
    for n, folded_id in zip(c.nodes, fold_all(list(c.nodes))):
        for name in c.names[n] + [folded_id]:
            by_name.setdefault(name[:80], n)
    close = difflib.get_close_matches(fold(text), list(by_name), n=5, cutoff=0.5)
    return list(dict.fromkeys(by_name[c] for c in close))


def _pick_hint(c: Candidates, text: str, label: str, ids: list[str]) -> str:
    """How to name one of `ids`: the year, when the text gives a number but no year and the
    year tells the candidates apart; else an id."""
    if label != "Instrument":
        return "give more of the name, or one of these ids"
    years = [c.nodes[n].get("year") for n in ids]
    typed = parse_instrument(text)
    if typed.number and typed.year is None and all(years) and len(set(years)) == len(years):
        return f"add the year (\"{text} {years[0]}\") or give one of these ids"
    return "give one of these ids"


def resolve_target(G, text: str, label: str = "Instrument") -> list[str]:
    """The ids of the `label` nodes that `text` names: a list of one, or an error.

    `label` is Instrument, Organization or Person; `G` a networkx graph or that label's
    Candidates (what luocdo.queries.library reads from the database). Raises UnknownTarget
    when nothing fits (suggesting close names) and AmbiguousTarget when several fit equally
    (listing them).
    """
    c = G if isinstance(G, Candidates) else Candidates.from_graph(G, label)
    text = squash_spaces(text or "")
    if text in c.nodes:
        return [text]
    tiers = _instrument_tiers(c, text) if label == "Instrument" else _named_tiers(c, text)
    for test in tiers:
        ids = sorted(n for n in c.nodes if test(n))
        if label == "Instrument":
            ids = _drop_covered_short_forms(c, ids)
        if len(ids) == 1:
            return ids
        if ids:
            raise AmbiguousTarget(_ambiguous_message(c, text, label, ids), ids)
    raise UnknownTarget(_unknown_message(c, text, label, _suggestions(c, text)))


def _ambiguous_message(c: Candidates, text: str, label: str, ids: list[str]) -> str:
    lines = "\n".join(f"  {describe(c, n)}" for n in ids)
    return f"{text!r} fits {len(ids)} {label} nodes; {_pick_hint(c, text, label, ids)}:\n{lines}"


def _unknown_message(c: Candidates, text: str, label: str, close: list[str]) -> str:
    message = f"no {label} in the graph fits {text!r}"
    if close:
        message += "; did you mean:\n" + "\n".join(f"  {describe(c, n)}" for n in close)
    return message
