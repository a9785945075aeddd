"""One instrument, or one loaded document, gathered for one screen (`luocdo show`, the notebook).

    >>> show("out/db", "Đề án 06")                          # doctest: +SKIP
    InstrumentSummary(id='ĐA:6/@?', type='ĐA', ..., facts={'required by': [Fact(...)], ...})

The facts are the `instrument` named query's rows, grouped by relation, so that the screen and
`luocdo query --name instrument` never disagree; the task table adds each task's assignees.
A FILE (a document's path or its file name) shows the document and every instrument it
describes.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Optional, Union

from luocdo.queries.library import answer_named, connection, execute, resolve
from luocdo.queries.targets import AmbiguousTarget


@dataclass(frozen=True)
class Fact:
    """One row of the `instrument` query: the other node and what goes with it."""

    id: str
    name: Optional[str]
    date: Optional[dt.date]
    detail: Optional[str]  # a signer's capacity, a body's kind, how a document describes it ...


@dataclass(frozen=True)
class TaskLine:
    id: str
    ordinal: Optional[str]
    path: Optional[str]  # the full ordinal path, `II.3.b`
    text: str
    deadline: Optional[dt.date]
    assignees: tuple[str, ...]  # `Bộ Công an (lead)`


@dataclass(frozen=True)
class InstrumentSummary:
    id: str
    type: Optional[str]
    number: Optional[str]
    symbol: Optional[str]
    date: Optional[dt.date]
    title: Optional[str]
    display_name: Optional[str]
    facts: dict[str, list[Fact]] = field(default_factory=dict)  # relation -> facts, in the query's order
    tasks: list[TaskLine] = field(default_factory=list)


@dataclass(frozen=True)
class DocumentSummary:
    id: str
    path: str
    kind: Optional[str]
    title: Optional[str]
    date: Optional[dt.date]
    instruments: list[InstrumentSummary] = field(default_factory=list)


_INSTRUMENT = ("MATCH (i:Instrument {id: $id}) RETURN i.id AS id, i.type AS type, i.number AS number, "
               "i.symbol AS symbol, i.date AS date, i.title AS title, i.display_name AS display_name")
_TASKS = ("MATCH (:Instrument {id: $id})-[:HAS_TASK]->(t:Task) "
          "OPTIONAL MATCH (t)-[a:ASSIGNED_TO]->(o:Organization) "
          "RETURN t.id AS id, t.ordinal AS ordinal, t.path AS path, t.text AS text, t.deadline AS deadline, "
          "collect({name: o.name, role: a.role}) AS assignees "
          "ORDER BY id")
_DOCUMENTS = "MATCH (d:Document) RETURN d.id AS id, d.path AS path, d.kind AS kind, d.title AS title, d.date AS date"
_DESCRIBED = "MATCH (:Document {id: $id})-[:DESCRIBES]->(i:Instrument) RETURN i.id AS id ORDER BY id"


def instrument_summary(conn, instrument_id: str) -> InstrumentSummary:
    node = execute(conn, _INSTRUMENT, {"id": instrument_id}).rows[0]
    facts: dict[str, list[Fact]] = {}
    for row in answer_named(conn, "instrument", {"target": instrument_id}).rows:
        if row["relation"] != "is":
            facts.setdefault(row["relation"], []).append(Fact(row["id"], row["name"], row["date"], row["detail"]))
    tasks = [TaskLine(r["id"], r["ordinal"], r["path"], r["text"], r["deadline"], _assignees(r["assignees"]))
             for r in execute(conn, _TASKS, {"id": instrument_id}).rows]
    tasks.sort(key=lambda t: _ordinal_key(t.id))
    return InstrumentSummary(**node, facts=facts, tasks=tasks)


_ROLE_ORDER = {"lead": 0, "support": 1}


def _assignees(pairs: list[dict]) -> tuple[str, ...]:
    """`Bộ Công an (lead)`, leads first, then supports, then bodies without a role."""
    named = [p for p in pairs if p.get("name")]
    named.sort(key=lambda p: (_ROLE_ORDER.get(p.get("role") or "", 2), p["name"]))
    return tuple(f"{p['name']} ({p['role']})" if p.get("role") else p["name"] for p in named)


def _ordinal_key(task_id: str) -> tuple:
    """`task:abc:10` after `task:abc:9`: tasks in the order the document sets them."""
    head, _, last = task_id.rpartition(":")
    return (head, int(last)) if last.isdigit() else (task_id, 0)


def find_document(conn, text: str) -> Optional[dict]:
    """The Document whose path is `text`, or whose file name is `text`'s; None when none is.
    Raises AmbiguousTarget when several documents share the file name."""
    rows = execute(conn, _DOCUMENTS).rows
    exact = [r for r in rows if r["path"] == text]
    named = exact or [r for r in rows if PurePath(r["path"]).name == PurePath(text).name]
    if len(named) > 1:
        lines = "\n".join(f"  {r['path']}" for r in sorted(named, key=lambda r: r["path"]))
        raise AmbiguousTarget(f"{text!r} is the file name of {len(named)} documents; give the path:\n{lines}",
                              [r["id"] for r in named])
    return named[0] if named else None


def show(conn_or_db, text: str) -> Union[InstrumentSummary, DocumentSummary]:
    """The document that `text` names as a file, else the instrument it names as a target.

    Raises the targets' UnknownTarget / AmbiguousTarget, and StoreError for a folder that is
    not a database."""
    with connection(conn_or_db) as conn:
        document = find_document(conn, text)
        if document is None:
            return instrument_summary(conn, resolve(conn, text, "Instrument"))
        described = [r["id"] for r in execute(conn, _DESCRIBED, {"id": document["id"]}).rows]
        return DocumentSummary(**document, instruments=[instrument_summary(conn, i) for i in described])
