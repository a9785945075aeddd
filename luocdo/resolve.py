"""Resolution: which mentions in which documents are the same instrument, body, person, meeting.

Extraction works one document at a time and names what it finds with local ids (an instrument's
`luocdo.ids.instrument_id`, `TB:?@2024~<sha>` for a numberless subject, `meeting:<sha>:<i>`).
Resolution looks across documents and maps every (document, local id) to one canonical id:

- instruments with a full identity (type, number, symbol, year; issuer where symbols repeat)
  merge on it; a short form (`Chỉ thị 18`, `Chỉ thị số 18 ngày 30/5/2023`) merges into the one
  full instrument it fits, looked for in its own document first, then in the corpus; two fits
  are an Ambiguity and the short form stays apart;
- a nickname (`Đề án 06`) merges into the named instrument that declares it as an alias;
- a document's subject without a number merges with another document's subject when the
  meeting each concludes is the same (chair, and date or period) or their titles are equal;
- organisations merge on canonical names and on the surfaces known bodies are written with;
  persons on their names, keeping each position with the date of the document that states it.

Facts that disagree inside one entity (two dates, two issuers) are kept with their sources as
Conflicts; the value chosen for the graph prefers what a full text says over what a report says.
Everything here is a pure function of the extractions.
"""
from __future__ import annotations

import re
from collections import defaultdict
import dataclasses
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Iterable, Optional, Sequence

from luocdo.data import load
from luocdo.ids import (
    canonical_number, entity_id, identity_key, instrument_id, law_name, meeting_id, names_its_document,
    resolved_id, subject_id, symbol_key,
)
from luocdo.model import Extraction, InstrumentMention, MeetingMention, Span
from luocdo.normalize import fold, longest_first, slug

# Facts whose disagreement inside one entity is worth a human's look.
INSTRUMENT_CONFLICT_PROPS = ("date", "year", "issuer")
MEETING_CONFLICT_PROPS = ("date",)
# Facts that must agree (or be unknown on one side) for two instruments to be one.
IDENTITY_PROPS = ("type", "number", "symbol", "year", "issuer")
_YEAR = re.compile(r"\b(19|20)\d{2}\b")


@dataclass(frozen=True)
class Conflict:
    """One entity, one property, several stated values, each with the documents that state it."""

    entity: str
    property: str
    values: tuple[tuple[str, tuple[str, ...]], ...]  # (value, sources), sorted by value

    def describe(self) -> str:
        stated = "; ".join(f"{value} ({', '.join(sources)})" for value, sources in self.values)
        return f"{self.entity}: {self.property} differs: {stated}"

    def as_dict(self) -> dict:
        return {"entity": self.entity, "property": self.property,
                "values": [{"value": v, "sources": list(s)} for v, s in self.values]}

    @classmethod
    def from_dict(cls, data: dict) -> "Conflict":
        """The inverse of as_dict, for conflicts read back from graph.json."""
        return cls(data["entity"], data["property"],
                   tuple((v["value"], tuple(v["sources"])) for v in data["values"]))


@dataclass(frozen=True)
class Ambiguity:
    """A short citation that fits several instruments, so it was left unmerged."""

    surface: str
    source: str
    candidates: tuple[str, ...]

    def describe(self) -> str:
        return f"{self.source}: {self.surface!r} could be {' or '.join(self.candidates)}"

    def as_dict(self) -> dict:
        return {"surface": self.surface, "source": self.source, "candidates": list(self.candidates)}


@dataclass
class Resolution:
    """Canonical ids for local ones, and the merged facts of every instrument and meeting."""

    ids: dict[tuple[str, str], str]  # (document path, local id) -> canonical id
    instruments: dict[str, dict]  # canonical id -> schema properties
    meetings: dict[str, dict]
    organizations: dict[str, str]  # org id of a name or surface -> canonical org id
    positions: dict[str, list[str]]  # person id -> ["position (date)"]
    conflicts: list[Conflict] = field(default_factory=list)
    ambiguities: list[Ambiguity] = field(default_factory=list)

    def id(self, path: str, local: str) -> str:
        """The canonical id of a local one; ids nothing merged stay as they are."""
        return self.ids.get((path, local)) or self.organizations.get(local, local)

    def org_id(self, name: str) -> str:
        return self.id("", entity_id("org", name))


# --- documents -------------------------------------------------------------------------------


def document_date(ex: Extraction) -> Optional[str]:
    """The date a document speaks from: its own date, else its publication, else its meeting's."""
    own = ex.subject.date if ex.subject is not None and ex.subject_role == "full_text" else None
    meeting = ex.meetings[0].date if ex.meetings else None
    return own or ex.document.date or meeting


# --- instruments ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Record:
    """One instrument mention in one document."""

    path: str
    local: str
    mention: InstrumentMention
    is_subject: bool
    role: Optional[str]
    meeting: Optional[MeetingMention]

    @cached_property
    def node(self) -> str:
        """Complete identities are global, a law's name with the year of the version meant;
        anything less is only known inside its document."""
        return resolved_id(self.mention) if is_complete(self.mention) else f"{self.path}\x00{self.local}"

    @property
    def authoritative(self) -> bool:
        return self.is_subject and self.role == "full_text"


def is_complete(m: InstrumentMention) -> bool:
    """Type, number, symbol and year, or a name: enough to be the same instrument in any
    document. A mention without its type (`136/QH15` alone) is a short form of a typed one."""
    return bool(m.type and m.number and m.symbol and m.year) or bool(not m.number and m.name)


class _Clusters:
    """Union-find over record nodes, kept deterministic by always rooting at the smaller node."""

    def __init__(self, nodes: Iterable[str]):
        self.parent = {n: n for n in nodes}

    def find(self, n: str) -> str:
        while self.parent[n] != n:
            self.parent[n] = self.parent[self.parent[n]]
            n = self.parent[n]
        return n

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def groups(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = defaultdict(list)
        for n in sorted(self.parent):
            out[self.find(n)].append(n)
        return out


def _records(extractions: Sequence[Extraction]) -> list[_Record]:
    out = []
    for ex in extractions:
        path, meeting = ex.document.path, (ex.meetings[0] if ex.meetings else None)
        if ex.subject is not None:
            out.append(_Record(path, subject_id(ex), ex.subject, True, ex.subject_role, meeting))
        out.extend(_Record(path, instrument_id(m), m, False, None, None)
                   for m in ex.instruments if m is not ex.subject)
    return out


def _facts(records: Iterable[_Record]) -> dict[str, set]:
    """Known values of each identity property over a cluster's records."""
    facts: dict[str, set] = defaultdict(set)
    for r in records:
        for prop in IDENTITY_PROPS:
            value = getattr(r.mention, prop)
            if value:
                facts[prop].add(_FACT_KEYS.get(prop, str)(value))
    return facts


_FACT_KEYS = {"number": canonical_number, "symbol": symbol_key}


def _compatible(a: dict[str, set], b: dict[str, set]) -> bool:
    return all(not (a.get(p) and b.get(p)) or a[p] == b[p] for p in IDENTITY_PROPS)


def _same_meeting(a: Optional[MeetingMention], b: Optional[MeetingMention]) -> bool:
    """Same chair, and the same date or period with neither contradicting."""
    if a is None or b is None or not a.chair or not b.chair or slug(a.chair) != slug(b.chair):
        return False
    pairs = [(a.date, b.date), (fold(a.period or ""), fold(b.period or ""))]
    if any(x and y and x != y for x, y in pairs):
        return False
    return any(x and y for x, y in pairs)


def _same_subject(a: _Record, b: _Record) -> bool:
    same_title = bool(a.mention.name and b.mention.name and fold(a.mention.name) == fold(b.mention.name))
    return same_title or _same_meeting(a.meeting, b.meeting)


def _subject_keys(r: _Record) -> list[str]:
    """The chair and the title: two subjects sharing neither cannot be one."""
    keys = [f"title:{fold(r.mention.name)}"] if r.mention.name else []
    return keys + ([f"chair:{slug(r.meeting.chair)}"] if r.meeting and r.meeting.chair else [])


@lru_cache(maxsize=1 << 16)
def _alias_key(text: str) -> str:
    """Cached: every cluster's merge asks it of each of its mentions, more than once."""
    return slug(re.sub(r"\bsố\b", " ", text))


class _InstrumentResolver:
    """The merging steps in order; each step only unions clusters, so order decides priority."""

    def __init__(self, records: list[_Record]):
        self.records = records
        self.clusters = _Clusters(r.node for r in records)
        self.ambiguities: list[Ambiguity] = []
        self.by_node: dict[str, list[_Record]] = defaultdict(list)
        for r in records:
            self.by_node[r.node].append(r)

    def members(self) -> dict[str, list[_Record]]:
        return {root: [r for n in nodes for r in self.by_node[n]]
                for root, nodes in self.clusters.groups().items()}

    def run(self) -> dict[str, list[_Record]]:
        self.merge_aliases()
        self.merge_short_forms()
        self.merge_law_names()
        self.merge_subjects()
        self.merge_same_local_ids()
        self.merge_same_identity()
        return self.members()

    def merge_aliases(self) -> None:
        named: dict[str, set[str]] = defaultdict(set)
        for r in self.records:
            for alias in r.mention.aliases:
                named[_alias_key(alias)].add(self.clusters.find(r.node))
        for r in self.records:
            if r.mention.name and not r.mention.number:
                continue
            owners = named.get(_alias_key(r.mention.surface), set())
            if len(owners) == 1:
                self.clusters.union(r.node, next(iter(owners)))

    def merge_short_forms(self) -> None:
        """A short form (`Chỉ thị 18`, `136/QH15`) is the one numbered instrument it fits, the one
        in its own document first. Numbered nodes are indexed by their numbers, since a fit
        must have the same ones: a short form is compared with a handful, not the corpus."""
        numbered: dict[frozenset, dict[str, dict[str, set]]] = defaultdict(dict)
        for n, rs in self.by_node.items():
            if is_complete(rs[0].mention) and rs[0].mention.number:
                facts = _facts(rs)
                numbered[frozenset(facts["number"])][n] = facts
        docs_of = {n: {r.path for r in rs} for n, rs in self.by_node.items()}
        for node, rs in sorted(self.by_node.items()):
            facts = _facts(rs)
            if is_complete(rs[0].mention) or not facts.get("number") or not (facts.get("type") or facts.get("symbol")):
                continue
            same_number = numbered.get(frozenset(facts["number"]), {})
            fits = sorted(n for n, f in same_number.items() if _compatible(facts, f))
            local = [n for n in fits if docs_of[n] & docs_of[node]]
            chosen = local or fits
            if len(chosen) == 1:
                self.clusters.union(node, chosen[0])
            elif len(chosen) > 1:
                self.ambiguities.append(Ambiguity(rs[0].mention.surface, rs[0].path, tuple(chosen)))

    def merge_law_names(self) -> None:
        """A law cited by its name (`Luật Đất đai năm 2024`, `Luật Đất đai` of a stated date)
        is the law of that name and year (`Luật Đất đai số 31/2024/QH15`, titled `Đất đai`),
        unless two numbered laws bear both; without a year, it is the one version of that name
        in its own document, else in the corpus. Two versions are an Ambiguity: a law's name
        outlives its versions."""
        dated: dict[tuple[str, int], list[_Record]] = defaultdict(list)
        undated: dict[str, tuple[str, _Record]] = {}  # node -> (name, its first record)
        for r in self.records:
            law = _law_name(r.mention)
            if law and law[1]:
                dated[law].append(r)
            elif law and not r.mention.number:
                undated.setdefault(r.node, (law[0], r))
        for version in dated.values():
            if len({r.node for r in version if r.mention.number}) <= 1:
                for r in version:
                    self.clusters.union(r.node, version[0].node)
        versions: dict[str, list[_Record]] = defaultdict(list)
        for (name, _), version in sorted(dated.items()):
            versions[name].extend(version)
        for node, (name, r) in sorted(undated.items()):
            local = [o for o in versions.get(name, []) if o.path == r.path]
            fits = sorted({self.clusters.find(o.node) for o in local or versions.get(name, [])})
            if len(fits) == 1:
                self.clusters.union(r.node, fits[0])
            elif len(fits) > 1:
                self.ambiguities.append(Ambiguity(r.mention.surface, r.path, tuple(fits)))

    def merge_subjects(self) -> None:
        """A numberless subject joins the one other subject that concludes the same meeting
        or bears the same title, provided nothing in their identities disagrees."""
        subjects = [r for r in self.records if r.is_subject]
        copies: dict[str, str] = {}
        for r in subjects:
            if names_its_document(r.local):
                self.clusters.union(r.node, copies.setdefault(r.local, r.node))
        facts = {root: _facts(rs) for root, rs in self.members().items()}
        by_key: dict[str, list[_Record]] = defaultdict(list)  # only these can be the same subject
        for r in subjects:
            for key in _subject_keys(r):
                by_key[key].append(r)
        for r in subjects:
            if r.mention.number:
                continue
            own = self.clusters.find(r.node)
            others = {id(o): o for key in _subject_keys(r) for o in by_key[key]}.values()
            # A byte-identical copy of the document shares its node: it is not another candidate.
            fits = sorted({self.clusters.find(o.node) for o in others
                           if o.path != r.path and self.clusters.find(o.node) != own and _same_subject(r, o)
                           and _compatible(facts[own], facts[self.clusters.find(o.node)])})
            if len(fits) == 1:
                self.clusters.union(r.node, fits[0])
            elif len(fits) > 1:
                self.ambiguities.append(Ambiguity(r.mention.surface or r.local, r.path, tuple(fits)))

    def merge_same_local_ids(self) -> None:
        """A short form left unresolved in several documents is one node: nothing tells its
        citations apart. Resolved ones are not touched, as they may have resolved differently."""
        first: dict[str, str] = {}
        for records in self.members().values():
            if len({r.local for r in records}) == 1 and not is_complete(records[0].mention):
                self.clusters.union(records[0].node, first.setdefault(records[0].local, records[0].node))

    def merge_same_identity(self) -> None:
        """Clusters whose merged facts come out as one identity are one instrument."""
        first: dict[str, str] = {}
        for root, records in self.members().items():
            key = _canonical_instrument_id(_merged_instrument(records), records, identify=identity_key)
            self.clusters.union(root, first.setdefault(key, root))


def _law_name(m: InstrumentMention) -> Optional[tuple[str, Optional[int]]]:
    """law_name of a law by name or a fully numbered one."""
    return law_name(m) if not m.number or is_complete(m) else None


def _choose(observations: list[tuple[object, str, bool]]) -> object:
    """A full text's value first, then the most stated, then the smallest; never a guess."""
    counts: dict[object, list[int]] = defaultdict(lambda: [0, 0])
    for value, _, authoritative in observations:
        counts[value][0] -= authoritative
        counts[value][1] -= 1
    return min(counts, key=lambda v: (counts[v][0], counts[v][1], str(v))) if counts else None


def _conflicts(entity: str, prop: str, observations: list[tuple[object, str, bool]]) -> list[Conflict]:
    by_value: dict[str, set[str]] = defaultdict(set)
    for value, source, _ in observations:
        by_value[str(value)].add(source)
    if len(by_value) < 2:
        return []
    return [Conflict(entity, prop, tuple((v, tuple(sorted(s))) for v, s in sorted(by_value.items())))]


def _observations(records: list[_Record], prop: str) -> list[tuple[object, str, bool]]:
    return [(getattr(r.mention, prop), r.path, r.authoritative)
            for r in records if getattr(r.mention, prop)]


def _period_year(records: list[_Record]) -> Optional[int]:
    """The year of the period a reported meeting covers: stated, so not a guess."""
    for r in records:
        found = _YEAR.search(r.meeting.period or "") if r.is_subject and r.meeting else None
        if found:
            return int(found.group())
    return None


def _merged_instrument(records: list[_Record]) -> dict:
    """Facts of a cluster. A nickname's number (`06` in `Đề án 06`) is part of a name, not of
    the instrument's identity, so mentions by alias do not state facts."""
    aliases = sorted({a for r in records for a in r.mention.aliases})
    alias_keys = {_alias_key(a) for a in aliases}
    stating = [r for r in records if _alias_key(r.mention.surface) not in alias_keys]
    props = {p: _choose(_observations(stating, p)) for p in ("type", "number", "symbol", "year", "date", "issuer")}
    props["year"] = props["year"] or _period_year(stating)
    props["title"] = _choose(_observations(stating, "name"))
    props["aliases"] = aliases
    return props


def _canonical_instrument_id(props: dict, records: list[_Record], identify=resolved_id) -> str:
    """The identity of the merged facts (as `identify` spells it); a notice known only by its
    own numberless text keeps that document's id, since its title is not an identity."""
    own_ids = sorted(r.local for r in records if r.is_subject and r.local != instrument_id(r.mention))
    if own_ids and not props["number"]:
        return own_ids[0]
    mention = InstrumentMention(
        type=props["type"], number=props["number"], symbol=props["symbol"], year=props["year"],
        date=None, span=Span(0, 0), surface="", issuer=props["issuer"],
        name=None if props["number"] else props["title"],
    )
    return identify(mention)


def display_name(props: dict) -> str:
    """`205/TB-VPCP (2025)`, `TB 381 (2024)`, or the name of an unnumbered instrument."""
    if props["number"]:
        head = f"{props['number']}/{props['symbol']}" if props["symbol"] else f"{props['type'] or ''} {props['number']}".strip()
        return f"{head} ({props['year']})" if props["year"] else head
    return props["title"] or props["type"] or "?"


def _resolve_instruments(extractions: Sequence[Extraction]):
    resolver = _InstrumentResolver(_records(extractions))
    claims: dict[tuple[str, str], list[tuple[bool, int, str]]] = defaultdict(list)
    instruments, conflicts = {}, []
    for records in resolver.run().values():
        props = _merged_instrument(records)
        cid = _canonical_instrument_id(props, records)
        instruments[cid] = {"id": cid, **props, "display_name": display_name(props)}
        for r in records:
            claims[(r.path, r.local)].append((not r.is_subject, r.mention.span.start, cid))
            if r.is_subject:
                claims[(r.path, instrument_id(r.mention))].append((False, r.mention.span.start, cid))
        for prop in INSTRUMENT_CONFLICT_PROPS:
            conflicts += _conflicts(cid, prop, _observations(records, prop))
    return _first_claims(claims), instruments, conflicts, resolver.ambiguities


def _first_claims(claims: dict[tuple[str, str], list[tuple[bool, int, str]]]) -> dict[tuple[str, str], str]:
    """(document, local id) -> canonical id. One local id may stand for several instruments
    (`Luật Thống kê ngày 23/11/2015` and `Luật Thống kê ngày 12/11/2021` are both
    `LUẬT:luat-thong-ke`); it is the subject if that is one of them, else the first one cited,
    which later repeats refer back to."""
    return {key: min(found)[2] for key, found in claims.items()}


# --- meetings, organisations, persons -------------------------------------------------------


def _resolve_meetings(extractions: Sequence[Extraction], instrument_ids: dict) -> tuple[dict, dict, list]:
    """A document's concluded meeting (its first) is one with every other document's whose
    subject resolved to the same instrument; other meetings stay per document."""
    groups: dict[str, list[tuple[str, str, MeetingMention]]] = defaultdict(list)
    for ex in extractions:
        subject = subject_id(ex)
        for i, meeting in enumerate(ex.meetings):
            local = meeting_id(ex.document, i)
            key = f"of:{instrument_ids[(ex.document.path, subject)]}" if i == 0 and subject else local
            groups[key].append((ex.document.path, local, meeting))
    ids, meetings, conflicts = {}, {}, []
    for members in groups.values():
        cid = min(local for _, local, _ in members)
        observed = {p: [(getattr(m, p), path, False) for path, _, m in members if getattr(m, p)]
                    for p in ("name", "date", "place", "period")}
        meetings[cid] = {"id": cid, **{p: _choose(obs) for p, obs in observed.items()}}
        for prop in MEETING_CONFLICT_PROPS:
            conflicts += _conflicts(cid, prop, observed[prop])
        ids.update({(path, local): cid for path, local, _ in members})
    return ids, meetings, conflicts


def _organization_ids(extractions: Sequence[Extraction]) -> dict[str, str]:
    """The id each name or surface would get -> the canonical body's id. How a gazetteer body
    is written is an alias of it, unless two bodies are written that way; a body outside the
    gazetteer is itself unless it is written like a known one."""
    known: dict[str, set[str]] = defaultdict(set)
    unknown: dict[str, str] = {}  # id -> name
    for ex in extractions:
        for org in ex.organizations + ex.recipients:
            cid = entity_id("org", org.name)
            if org.known:
                known[cid].add(cid)
                known[entity_id("org", org.surface)].add(cid)
            else:
                unknown.setdefault(cid, org.name)
    ids = {key: key if key in owners else next(iter(owners))
           for key, owners in known.items() if len(owners) == 1 or key in owners}
    return {**_unknown_body_ids(unknown, set(ids.values())), **ids}


def _unknown_body_ids(unknown: dict[str, str], known: set[str]) -> dict[str, str]:
    """Bodies outside the gazetteer, id -> canonical id. One body however it is written:
    with abbreviations or spelled out (`Văn phòng UBND tỉnh`, `Sở Nội vụ TPHCM`), a collective
    with or without its plural `các` (`bộ, ngành` in `yêu cầu bộ, ngành`, `Các bộ, ngành`).
    The node is the known body written that way, else the spelled-out name, a collective's
    with its plural."""
    groups: dict[str, list[str]] = defaultdict(list)
    spelled: dict[str, str] = {cid: cid for cid in known}
    for cid, name in sorted(unknown.items()):
        spelled[cid] = entity_id("org", _ABBREVIATION.sub(lambda m: _ABBREVIATIONS[m.group(1)], name))
    for cid in sorted(spelled):
        groups[_COLLECTIVE_PLURAL.sub("org:", spelled[cid])].append(cid)

    def preference(cid: str) -> tuple:
        return cid not in known, spelled[cid] != cid, not _COLLECTIVE_PLURAL.match(cid), cid

    return {cid: min(group, key=preference) for group in groups.values() for cid in group if cid in unknown}


_ABBREVIATIONS: dict[str, str] = load("name_abbreviations.json")["words"]
_ABBREVIATION = re.compile(r"(?<![\w&.-])(" + longest_first(_ABBREVIATIONS)
                           + r")(?![\w&-])")


def _collective_plural() -> re.Pattern:
    """`org:cac-` or `org:tat-ca-cac-` before one of the collective nouns of org_patterns.json."""
    kinds = sorted((slug(k) for k in load("org_patterns.json")["collective_nouns"]), key=len, reverse=True)
    return re.compile(r"^org:(?:tat-ca-)?cac-(?=(?:" + "|".join(map(re.escape, kinds)) + r")(?:-|$))")


_COLLECTIVE_PLURAL = _collective_plural()


def _positions(extractions: Sequence[Extraction]) -> dict[str, list[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for ex in extractions:
        date = document_date(ex)
        for person in ex.persons:
            out[entity_id("person", person.name)].update(
                f"{p} ({date})" if date else p for p in person.positions)
    return {pid: sorted(ps) for pid, ps in out.items()}


# What resolution never reads of an extraction, as a cache entry's JSON writes it empty: most
# of an extraction's size, which only the graph reads.
NOT_RESOLVED = {"tasks": [], "relations": [], "evidence": [], "signature": None}


def for_resolution(ex: Extraction) -> Extraction:
    """What resolution reads of an extraction: its mentions, the NOT_RESOLVED fields emptied
    (a list or dict of no items, else None), as a cache hit read with them skipped has them."""
    def empty(value):
        return type(value)() if isinstance(value, (list, dict)) else None

    return dataclasses.replace(ex, **{name: empty(getattr(ex, name)) for name in NOT_RESOLVED})


def resolve(extractions: Sequence[Extraction]) -> Resolution:
    """Merge what several documents say into entities.

    >>> res = resolve([ex_001, ex_004])          # doctest: +SKIP
    >>> res.id("004.txt", "TB:381/@?")
    'TB:381/@2024'
    """
    extractions = sorted(extractions, key=lambda ex: ex.document.path)
    ids, instruments, conflicts, ambiguities = _resolve_instruments(extractions)
    meeting_ids, meetings, meeting_conflicts = _resolve_meetings(extractions, ids)
    return Resolution(
        ids={**ids, **meeting_ids}, instruments=instruments, meetings=meetings,
        organizations=_organization_ids(extractions), positions=_positions(extractions),
        conflicts=sorted(conflicts + meeting_conflicts, key=lambda c: (c.entity, c.property)),
        ambiguities=ambiguities,
    )
