// name: tasks-for
// description: Tasks assigned to a body or to any of its sub-bodies (PART_OF, any depth up to
//   5), with the body each task falls to, its role, the deadline, whether the deadline has
//   passed as of a date, and the instrument that sets each task.
// param org (organization): the body as a person types it (`Bộ Công an`, `BCA`, `bo tu phap`) or its id
// param as_of (date, default today): the day against which deadlines count as overdue (YYYY-MM-DD)
// example: luocdo query --db out/db --name tasks-for --param org=BCA --param as_of=2025-06-01
// example: luocdo query --db out/db --name tasks-for --param org="Ban Chỉ đạo 389 quốc gia"
// Each body once before its tasks: a sub-body reached by several PART_OF paths would otherwise
// bring its tasks once per path (98,532 rows for 4,692 on the corpus's Bộ Công an), and no row
// repeats after that (one ASSIGNED_TO per task and body, one HAS_TASK per instrument and task).
MATCH (o:Organization)-[:PART_OF*0..5]->(:Organization {id: $org_id})
WITH DISTINCT o
MATCH (t:Task)-[a:ASSIGNED_TO]->(o)
OPTIONAL MATCH (i:Instrument)-[:HAS_TASK]->(t)
RETURN t.id AS task_id, t.ordinal AS ordinal, t.text AS task, o.id AS body_id, o.name AS body,
       a.role AS role, t.deadline AS deadline, coalesce(t.deadline < date($as_of), false) AS overdue,
       i.id AS instrument_id, i.display_name AS instrument
ORDER BY deadline, instrument_id, task_id, body_id
