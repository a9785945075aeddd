// name: overdue
// description: Tasks of every body whose deadline is before a date: one row per task and
//   assignee, with the role, the deadline and the instrument that sets the task.
// param as_of (date, default today): the day against which deadlines count (YYYY-MM-DD)
// example: luocdo query --db out/db --name overdue --param as_of=2025-01-01
MATCH (t:Task)-[a:ASSIGNED_TO]->(o:Organization)
WHERE t.deadline < date($as_of)
OPTIONAL MATCH (i:Instrument)-[:HAS_TASK]->(t)
RETURN t.id AS task_id, t.ordinal AS ordinal, t.text AS task, o.id AS assignee_id, o.name AS assignee,
       a.role AS role, t.deadline AS deadline, i.id AS instrument_id, i.display_name AS instrument
ORDER BY deadline, instrument_id, task_id, assignee_id
