"""The follow-up table: one row per task and assignee, with the task's status as of a day.

    >>> from luocdo.queries.followup import follow_up
    >>> follow_up("out/db", org="bo tu phap", as_of=datetime.date(2025, 6, 1))   # doctest: +SKIP
    [FollowUp(instrument='TB 381 (2024)', path='5', task='5. Các Bộ: Tư pháp, ...', ...), ...]

A task's status as of a day: `overdue` when its deadline is before that day, `due` when the
deadline is that day or later, `no deadline` when it has none. `luocdo tasks` prints these rows
and the notebook reads them.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, fields
from typing import Optional

from luocdo.queries.library import connection, execute, resolve

OVERDUE, DUE, NO_DEADLINE = "overdue", "due", "no deadline"

# Sub-bodies are followed down this many PART_OF steps (a ministry, its general department, its
# departments ...); the gazetteer's deepest chain is far shorter.
MAX_DEPTH = 10

_TASK_ROWS = """
MATCH (t:Task)-[a:ASSIGNED_TO]->(o:Organization)
{org_filter}
OPTIONAL MATCH (i:Instrument)-[:HAS_TASK]->(t)
OPTIONAL MATCH (t)-[:REPORTS_TO]->(r)
RETURN t.id AS task_id, t.path AS path, t.ordinal AS ordinal, t.text AS task, t.deadline AS deadline,
       t.evidence AS evidence, t.sources AS sources, o.name AS assignee, a.role AS role,
       i.id AS instrument_id, i.display_name AS instrument, collect(DISTINCT r.name) AS reports_to
"""
_WITHIN_ORG = f"MATCH (o)-[:PART_OF*0..{MAX_DEPTH}]->(:Organization {{id: $org_id}})"


@dataclass(frozen=True)
class FollowUp:
    """One task as it falls to one body; the fields in the order the table shows them."""

    instrument: Optional[str]  # display name: `TB 381 (2024)`
    path: Optional[str]  # the task's ordinal path: `II.3.b`; None for an unnumbered sentence
    task: str  # its full text
    assignee: str
    role: Optional[str]  # lead, support or None
    deadline: Optional[dt.date]
    status: str  # overdue, due or no deadline (as of the day asked)
    reports_to: str  # whom it reports to, `; ` between several
    source: str  # the file that states it
    evidence: str  # the sentence that states it: the task's text unless the sentence says more
    instrument_id: Optional[str]
    task_id: str


COLUMNS = tuple(f.name for f in fields(FollowUp))


def status(deadline: Optional[dt.date], as_of: dt.date) -> str:
    """`overdue` before `as_of`, `due` on it or after, `no deadline` without one."""
    if deadline is None:
        return NO_DEADLINE
    return OVERDUE if deadline < as_of else DUE


def follow_up(conn_or_db, org: Optional[str] = None, due_before: Optional[dt.date] = None,
              as_of: Optional[dt.date] = None) -> list[FollowUp]:
    """The follow-up rows of the database (a folder or an open connection).

    `org` is a body as a person types it (`BCA`, `bo tu phap`) and keeps the tasks of it and its
    sub-bodies (PART_OF); `due_before` keeps tasks whose deadline is before that day; `as_of`
    (default today) is the day statuses count from. Sorted by deadline (none last), instrument,
    place in the document and assignee. Raises queries.TargetError for an unknown or ambiguous
    `org`, graph.store.StoreError for a folder that is not a database."""
    as_of = as_of or dt.date.today()
    with connection(conn_or_db) as conn:
        params = {"org_id": resolve(conn, org, "Organization")} if org else {}
        rows = execute(conn, _TASK_ROWS.format(org_filter=_WITHIN_ORG if org else ""), params).rows
    found = [_follow_up(row, as_of) for row in rows]
    if due_before is not None:
        found = [f for f in found if f.deadline is not None and f.deadline < due_before]
    return sorted(found, key=_order)


def _follow_up(row: dict, as_of: dt.date) -> FollowUp:
    evidence = json.loads(row["evidence"] or "[]")
    first = evidence[0] if evidence else {}
    return FollowUp(
        instrument=row["instrument"], path=row["path"], task=row["task"], assignee=row["assignee"],
        role=row["role"], deadline=row["deadline"], status=status(row["deadline"], as_of),
        reports_to="; ".join(sorted(name for name in row["reports_to"] if name)),
        source=first.get("file") or (row["sources"] or [""])[0], evidence=first.get("sentence") or row["task"],
        instrument_id=row["instrument_id"], task_id=row["task_id"])


def _order(f: FollowUp) -> tuple:
    """Deadline first (none last), then instrument, then the task's place in its document."""
    document, _, index = f.task_id.rpartition(":")
    return (f.deadline is None, f.deadline or dt.date.min, f.instrument or "", f.source, document,
            int(index) if index.isdigit() else 0, f.role != "lead", f.assignee)
