"""Named queries: `.cypher` files whose header comment declares their name and parameters.

    // name: cited-by
    // description: What cites the target ...
    //   (indented comment lines continue the field above)
    // param target (instrument): the cited instrument as a person types it or its id
    // param depth (int 1..10, default 1): how many citation steps to follow back
    // evidence: evidence
    // example: luocdo query --db out/db --name cited-by --param target="Đề án 06"

A parameter's kind says what the caller's text becomes: `instrument`, `organization` and
`person` are resolved to one node id and passed as `$<name>_id` (the files match on `id`);
`int LO..HI` is checked and passed as an integer; `date` as an ISO string (`today` allowed);
`type` (an instrument type as people write it: `TB`, `Thông báo`, `thong bao`) as its official
code; `words` as a list of patterns, one per word, that match the word with or without
diacritics and in any letter case; `text` as given. A parameter with `default any` is optional:
left out, `any` or empty, it reaches Cypher as '' (`words`: as [''], one pattern that every
text matches; LadybugDB cannot type an empty list parameter), which the file reads as "no filter". `evidence: COLUMN` says that COLUMN holds the JSON evidence list: rows that
differ only there are merged, COLUMN shows the first sentence, and `source` and `sources`
columns after it name its document and every document that states the fact.

A file in queries/ serves every dialect; queries/ladybug/ and queries/neo4j/ hold a variant
where the dialects differ (path bounds, shortest paths, list comprehensions).
"""
from __future__ import annotations

import datetime as dt
import json
import re
import weakref
from dataclasses import dataclass
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Optional


from luocdo.cypher_guard import RefusedQuery, check_read_only
from luocdo.normalize import fold, squash_spaces
from luocdo.queries.targets import (IDENTIFYING, Candidates, Narrowing, UnknownTarget, narrowing, resolve_target,
                                    type_codes)

QUERIES_DIR = Path(__file__).resolve().parent
DIALECTS = ("ladybug", "neo4j")
ENTITY_KINDS = {"instrument": "Instrument", "organization": "Organization", "person": "Person"}
ANY = "any"  # the default, and the value, of an optional parameter that does not filter

_FIELD = re.compile(r"^//\s*(name|description|param|example|evidence)\b\s*(.*?):\s?(.*)$")
_CONTINUATION = re.compile(r"^//\s{2,}(\S.*)$")
_PARAM = re.compile(r"^(?P<name>\w+)\s*\((?P<kind>[^,)]+?)(?:,\s*default\s+(?P<default>[^)]+))?\)\s*(?P<description>.*)$")
_INT_RANGE = re.compile(r"^int\s+(-?\d+)\.\.(-?\d+)$")


class QueryError(Exception):
    """A query could not run; `usage` is True when the caller's input is what is wrong."""

    usage = False


class QueryUsageError(QueryError, ValueError):
    """An unknown query name, a missing or malformed parameter, or Cypher the database rejects."""

    usage = True


@dataclass(frozen=True)
class Param:
    name: str
    kind: str  # instrument, organization, person, date, type, words, text, or `int LO..HI`
    description: str
    default: Optional[str] = None

    @property
    def cypher_name(self) -> str:
        """Entity parameters reach Cypher as ids: `target` -> `$target_id`."""
        return f"{self.name}_id" if self.kind in ENTITY_KINDS else self.name


@dataclass(frozen=True)
class NamedQuery:
    name: str
    description: str
    cypher: str
    path: Path
    params: tuple[Param, ...] = ()
    examples: tuple[str, ...] = ()
    evidence_column: Optional[str] = None


def parse_header(text: str) -> dict[str, list[str]]:
    """Field -> values from the leading comment block; indented lines continue the last field."""
    fields: dict[str, list[str]] = {}
    last = None
    for line in text.splitlines():
        if not line.startswith("//"):
            break
        match, more = _FIELD.match(line), _CONTINUATION.match(line)
        if match:
            key, rest, value = match.groups()
            last = fields.setdefault(key, [])
            last.append(f"{rest} {value}".strip() if key == "param" else value.strip())
        elif more and last is not None:
            last[-1] += " " + more.group(1)
        else:
            last = None
    return fields


def _param(spec: str) -> Param:
    """`target (instrument) the cited instrument ...` -> Param."""
    match = _PARAM.match(spec)
    if not match:
        raise ValueError(f"malformed parameter line: // param {spec}")
    default = match["default"].strip() if match["default"] else None
    return Param(match["name"], match["kind"].strip(), match["description"].strip(), default)


def parse_query(path: Path) -> NamedQuery:
    text = path.read_text(encoding="utf-8")
    fields = parse_header(text)
    if not fields.get("name"):
        raise ValueError(f"{path}: no `// name:` line in the header")
    return NamedQuery(
        name=fields["name"][0], description=" ".join(fields.get("description", [])), cypher=text,
        path=path, params=tuple(_param(p) for p in fields.get("param", [])),
        examples=tuple(fields.get("example", [])), evidence_column=(fields.get("evidence") or [None])[0],
    )


@lru_cache(maxsize=None)
def named_queries(dialect: str = "ladybug") -> dict[str, NamedQuery]:
    """Name -> query for `dialect`: its own variant where there is one, else the shared file."""
    if dialect not in DIALECTS:
        raise ValueError(f"unknown dialect {dialect!r}; known: {', '.join(DIALECTS)}")
    files = {p.stem: p for p in sorted(QUERIES_DIR.glob("*.cypher"))}
    files.update({p.stem: p for p in sorted((QUERIES_DIR / dialect).glob("*.cypher"))})
    queries = [parse_query(p) for _, p in sorted(files.items())]
    return {q.name: q for q in queries}


def named_query(name: str, dialect: str = "ladybug") -> NamedQuery:
    queries = named_queries(dialect)
    if name not in queries:
        raise QueryUsageError(f"no named query {name!r}; known: {', '.join(sorted(queries))}")
    return queries[name]


def _int_range(kind: str) -> Optional[tuple[int, int]]:
    match = _INT_RANGE.match(kind)
    return (int(match[1]), int(match[2])) if match else None


def _scalar(param: Param, value: str, today: dt.date):
    """A non-entity parameter's value as Cypher takes it, or QueryUsageError saying why not."""
    bounds = _int_range(param.kind)
    if bounds:
        if not re.fullmatch(r"-?\d+", str(value).strip()) or not bounds[0] <= int(value) <= bounds[1]:
            raise QueryUsageError(f"--param {param.name} must be a whole number from {bounds[0]} to "
                                  f"{bounds[1]}, not {value!r}")
        return int(value)
    if param.kind == "type":
        return _type_code(param, value)
    if param.kind == "words":
        return [_letters_pattern(word) for word in re.findall(r"\w+", fold(str(value)))]
    if param.kind == "date":
        if str(value) == "today":
            return today.isoformat()
        try:
            return dt.date.fromisoformat(str(value)).isoformat()
        except ValueError:
            raise QueryUsageError(f"--param {param.name} must be a date YYYY-MM-DD, not {value!r}") from None
    return str(value)


def _type_code(param: Param, value: str) -> str:
    """The official code of a typed instrument type: `Thông báo`, `thong bao`, `tb` -> `TB`."""
    codes = type_codes()
    code = codes.get(fold(squash_spaces(str(value))))
    if code is None:
        known = ", ".join(sorted(set(codes.values())))
        raise QueryUsageError(f"--param {param.name}={value!r} is no instrument type; known codes: {known}")
    return code


@lru_cache(maxsize=1)
def _letter_classes() -> dict[str, str]:
    """Folded letter -> a regex class of every Latin letter that folds to it (`d` -> `[dđĐD]`),
    so that a folded word finds the title's letters with their diacritics."""
    letters: dict[str, set[str]] = {}
    for code in list(range(0x41, 0x7B)) + list(range(0xC0, 0x250)) + list(range(0x1E00, 0x1F00)):
        letter = chr(code)
        base = fold(letter)
        if letter.isalpha() and len(base) == 1 and base.isascii():
            letters.setdefault(base, {base}).update(v for v in (letter, letter.lower(), letter.upper()) if len(v) == 1)
    return {base: "[" + "".join(sorted(group)) + "]" for base, group in letters.items()}


def _letters_pattern(folded_word: str) -> str:
    """A regex that finds `folded_word` in NFC text, whatever its diacritics and letter case."""
    classes = _letter_classes()
    return "".join(classes.get(c, re.escape(c)) for c in folded_word)


def _absent(param: Param, value) -> bool:
    return param.default == ANY and str(value).strip() in ("", ANY)


def cypher_arguments(query: NamedQuery, given: dict[str, str], conn,
                     today: Optional[dt.date] = None) -> dict[str, object]:
    """The Cypher parameters for the caller's text: defaults filled, entities resolved to ids
    (against the nodes of the database behind `conn`).

    Raises QueryUsageError for unknown or missing parameters and bad values, and the targets'
    UnknownTarget / AmbiguousTarget when an entity is not named exactly once.
    """
    known = {p.name for p in query.params}
    unknown = sorted(set(given) - known)
    if unknown:
        raise QueryUsageError(f"{query.name} takes no parameter {', '.join(unknown)}; it takes: "
                              f"{', '.join(sorted(known)) or 'none'}")
    args = {}
    for p in query.params:
        value = given.get(p.name, p.default)
        if value is None:
            raise QueryUsageError(f"{query.name} needs --param {p.name}=... ({p.description})")
        if _absent(p, value):
            args[p.cypher_name] = [""] if p.kind == "words" else ""
        elif p.kind in ENTITY_KINDS:
            args[p.cypher_name] = resolve(conn, str(value), ENTITY_KINDS[p.kind])
        else:
            args[p.cypher_name] = _scalar(p, value, today or dt.date.today())
    return args


@dataclass(frozen=True)
class Answer:
    """Rows with their column names, which a CSV or table needs even when there are no rows."""

    columns: list[str]
    rows: list[dict]


def merge_evidence(answer: Answer, column: str) -> Answer:
    """One row per fact, whatever number of documents state it: rows that differ only in the
    evidence `column` (a JSON list) become one, `column` its first sentence, `source` that
    sentence's document and `sources` every document that states it.

    An instrument requires its target through its own edge and through its tasks' edges, and
    each edge carries the evidence of the documents that say it; a person wants the fact once.
    """
    at = answer.columns.index(column) + 1
    columns = answer.columns[:at] + ["source", "sources"] + answer.columns[at:]
    groups: dict[str, tuple[dict, list[dict]]] = {}
    for row in answer.rows:
        key = json.dumps([row[c] for c in answer.columns if c != column], default=str)
        items = groups.setdefault(key, (row, []))[1]
        items.extend(e for e in json.loads(row[column] or "[]") if e not in items)
    rows = []
    for row, items in groups.values():
        items.sort(key=lambda e: (e.get("file") or "", e.get("start") or 0))
        first = items[0] if items else {}
        merged = {**row, column: first.get("sentence"), "source": first.get("file"),
                  "sources": sorted({e["file"] for e in items if e.get("file")})}
        rows.append({c: merged[c] for c in columns})
    return Answer(columns, rows)


def execute(conn, cypher: str, params: Optional[dict] = None) -> Answer:
    """The result of `cypher`, which must only read (luocdo.cypher_guard); a refusal or the
    database's own error as QueryError."""
    try:
        check_read_only(cypher)
    except RefusedQuery as exc:
        raise QueryUsageError(str(exc)) from None
    try:
        result = conn.execute(cypher, params or {})
    except RuntimeError as exc:
        raise _cypher_error(str(exc)) from exc
    names = result.get_column_names()
    return Answer(names, [dict(zip(names, row)) for row in result.get_all()])


def _cypher_error(message: str) -> QueryError:
    """Parser, binder and catalog errors and writes mean the Cypher is wrong; anything else, the run."""
    wrong_input = ("Parser exception", "Binder exception", "Catalog exception")
    if "read-only" in message:
        return QueryUsageError(f"queries only read; the database is opened read-only ({message})")
    kind = QueryUsageError if message.startswith(wrong_input) else QueryError
    return kind(f"the database rejected the query: {message}")


# Per open connection, the Candidates of each label and of each text `narrowed` selected for:
# a read-only database does not change under its connection, and reading and folding the
# corpus's 17,000 instruments (or scanning their names) takes longer than answering the query.
_CANDIDATES: "weakref.WeakKeyDictionary[object, dict[str, Candidates]]" = weakref.WeakKeyDictionary()


def candidates(conn, label: str) -> Candidates:
    """The `label` nodes a target may name, from their IDENTIFYING columns only."""
    from luocdo.graph.ladybug_store import node_rows

    per_label = _CANDIDATES.setdefault(conn, {})
    if label not in per_label:
        per_label[label] = Candidates(label, ((r["id"], r) for r in node_rows(conn, label, IDENTIFYING)))
    return per_label[label]


# An instrument's names in one text, for `narrowed`: a run of digits cannot match across the spaces.
_NAMES = "concat(coalesce(n.title, ''), ' ', coalesce(n.display_name, ''), ' ', list_to_string(' ', n.aliases))"


def narrowed(conn, text: str, narrowing: Narrowing) -> Candidates:
    """The few instruments `text` may name (see targets.Narrowing), selected by the database
    (a scan of every instrument's names), kept with the connection like `candidates`."""
    remembered = _CANDIDATES.setdefault(conn, {})
    key = f"narrowed:{text}"
    if key not in remembered:
        remembered[key] = _narrowed(conn, text, narrowing)
    return remembered[key]


def _narrowed(conn, text: str, narrowing: Narrowing) -> Candidates:
    from luocdo.graph.ladybug_store import node_rows

    params = {"text": text, **{f"run{i}": r"\p{Mn}*".join(run) for i, run in enumerate(narrowing.digit_runs)}}
    names = " AND ".join(f"regexp_matches({_NAMES}, $run{i})" for i in range(len(narrowing.digit_runs)))
    where = f"n.id = $text OR ({names})"
    if narrowing.number:
        where += " OR regexp_matches(n.number, $number)"
        params["number"] = f"^0*{narrowing.number}$"  # canonical_number drops leading zeros
    rows = node_rows(conn, "Instrument", IDENTIFYING, where, params)
    return Candidates("Instrument", ((r["id"], r) for r in rows))


def resolve(conn, text: str, label: str) -> str:
    """The one `label` node id `text` names in the database (targets.resolve_target).

    A text with digits is matched against the few instruments the database selects for it;
    only when none fits are all of them read, for the suggestions."""
    cut = narrowing(text, label)
    if cut is not None:
        try:
            return resolve_target(narrowed(conn, squash_spaces(text), cut), text, label)[0]
        except UnknownTarget:
            pass
    return resolve_target(candidates(conn, label), text, label)[0]


@contextmanager
def connection(conn_or_db):
    """Use a given connection as it is; open (and afterwards close) a database folder.

    Raises luocdo.graph.store.StoreError, naming the folder, when it is not a database."""
    if not isinstance(conn_or_db, (str, Path)):
        yield conn_or_db
        return
    from luocdo.graph.store import close_connection, open_connection

    conn = open_connection(conn_or_db)
    try:
        yield conn
    finally:
        close_connection(conn)


def answer_named(conn_or_db, name: str, params: dict[str, str]) -> Answer:
    """The named query's answer, with `params` as a person types them."""
    query = named_query(name)
    with connection(conn_or_db) as conn:
        answer = execute(conn, query.cypher, cypher_arguments(query, params, conn))
    return merge_evidence(answer, query.evidence_column) if query.evidence_column else answer


def answer_cypher(conn_or_db, cypher: str, params: dict[str, object]) -> Answer:
    with connection(conn_or_db) as conn:
        return execute(conn, cypher, params)


def run_named(conn_or_db, name: str, **params) -> list[dict]:
    """Rows of the named query, with `params` as a person types them (`target="Đề án 06"`).

    >>> run_named("out/db", "requires-implementation", target="Đề án 06")   # doctest: +SKIP
    [{'id': 'TB:381/TB-VPCP@2024', 'type': 'TB', 'number': '381', ..., 'source': '...'}]
    """
    return answer_named(conn_or_db, name, params).rows


def run_cypher(conn_or_db, cypher: str, **params) -> list[dict]:
    """Rows of any Cypher on the embedded store, `$name` parameters given as keywords."""
    return answer_cypher(conn_or_db, cypher, params).rows
