// name: timeline
// description: Instruments by their date, meetings by theirs and task deadlines, in date order.
// example: luocdo query --db out/db --name timeline --format table
OPTIONAL MATCH (i:Instrument) WHERE i.date IS NOT NULL
WITH collect({date: i.date, kind: 'instrument', id: i.id, name: i.display_name}) AS events
OPTIONAL MATCH (m:Meeting) WHERE m.date IS NOT NULL
WITH events, collect({date: m.date, kind: 'meeting', id: m.id, name: m.name}) AS more
WITH events + more AS events
OPTIONAL MATCH (t:Task) WHERE t.deadline IS NOT NULL
OPTIONAL MATCH (s:Instrument)-[:HAS_TASK]->(t)
WITH events, collect({date: t.deadline, kind: 'deadline', id: t.id,
                       name: coalesce(s.display_name + ': ', '') + t.text}) AS more
WITH events + more AS events
UNWIND events AS e
WITH e WHERE e.id IS NOT NULL
RETURN e.date AS date, e.kind AS kind, e.id AS id, e.name AS name
ORDER BY date, kind, id
