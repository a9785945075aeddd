// name: tasks-for
// description: Tasks assigned to a body, with its role, the deadline, whether the deadline has
//   passed as of a date, and the instrument that sets each task.
// param org (organization): the body as a person types it (`Bộ Công an`, `BCA`, `bo tu phap`) or its id
// param as_of (date, default today): the day against which deadlines count as overdue (YYYY-MM-DD)
// example: luocdo query --db out/db --name tasks-for --param org=BCA --param as_of=2025-06-01
MATCH (t:Task)-[a:ASSIGNED_TO]->(o:Organization {id: $org_id})
OPTIONAL MATCH (i:Instrument)-[:HAS_TASK]->(t)
RETURN t.id AS task_id, t.ordinal AS ordinal, t.text AS task, a.role AS role, t.deadline AS deadline,
       coalesce(t.deadline < date($as_of), false) AS overdue, i.id AS instrument_id,
       i.display_name AS instrument
ORDER BY deadline, instrument_id, task_id
