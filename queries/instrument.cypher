// name: instrument
// description: Everything about one instrument, its lược đồ: the instrument itself, who issued
//   and signed it, the meeting it concludes and its chair, what it cites and what cites it,
//   what it requires and what requires it (directly or through tasks), what it approves and
//   what approves it, its tasks, its recipients and the documents that describe it. One row
//   per fact; `date` is the date that goes with it (a task's deadline, a meeting's date, the
//   instrument's own date for issuer, signer and recipients).
// The facts are maps whose keys reuse the schema's property names (ordinal, kind, text), so
// that the closed-schema lint accepts them. What requires the instrument is found from its
// incoming edges first: LadybugDB plans the one pattern `(o)-[:HAS_TASK*0..1]->()-[...]->(i)`
// from every instrument (0.8 s on the corpus), the two steps from `i` (1 ms).
// param target (instrument): the instrument as a person types it or its id
// example: luocdo query --db out/db --name instrument --param target="205/TB-VPCP" --format table
MATCH (i:Instrument {id: $target_id})
WITH i, [{ordinal: 0, kind: 'is', id: i.id, name: i.display_name, date: i.date, text: i.title}] AS facts
OPTIONAL MATCH (i)-[:ISSUED_BY]->(o:Organization)
WITH i, facts, collect({ordinal: 1, kind: 'issued by', id: o.id, name: o.name, date: i.date, text: o.kind}) AS more
WITH i, facts + more AS facts
OPTIONAL MATCH (i)-[s:SIGNED_BY]->(p:Person)
WITH i, facts, collect({ordinal: 2, kind: 'signed by', id: p.id, name: p.name, date: i.date, text: s.capacity}) AS more
WITH i, facts + more AS facts
OPTIONAL MATCH (i)-[:CONCLUDES]->(m:Meeting)
WITH i, facts, collect({ordinal: 3, kind: 'concludes', id: m.id, name: m.name, date: m.date, text: m.place}) AS more
WITH i, facts + more AS facts
OPTIONAL MATCH (i)-[:CONCLUDES]->(m:Meeting)-[:CHAIRED_BY]->(p:Person)
WITH i, facts, collect({ordinal: 4, kind: 'meeting chaired by', id: p.id, name: p.name, date: m.date, text: m.name}) AS more
WITH i, facts + more AS facts
OPTIONAL MATCH (i)-[:CITES]->(o:Instrument)
WITH i, facts, collect({ordinal: 5, kind: 'cites', id: o.id, name: o.display_name, date: o.date, text: o.title}) AS more
WITH i, facts + more AS facts
OPTIONAL MATCH (o:Instrument)-[:CITES]->(i)
WITH i, facts, collect({ordinal: 6, kind: 'cited by', id: o.id, name: o.display_name, date: o.date, text: o.title}) AS more
WITH i, facts + more AS facts
OPTIONAL MATCH (i)-[:HAS_TASK*0..1]->()-[:REQUIRES_IMPLEMENTATION_OF]->(o:Instrument)
WITH i, facts, collect(DISTINCT {ordinal: 7, kind: 'requires', id: o.id, name: o.display_name, date: o.date, text: o.title}) AS more
WITH i, facts + more AS facts
OPTIONAL MATCH (x)-[:REQUIRES_IMPLEMENTATION_OF]->(i)
OPTIONAL MATCH (o:Instrument)-[:HAS_TASK*0..1]->(x)
WITH i, facts, collect(DISTINCT {ordinal: 8, kind: 'required by', id: o.id, name: o.display_name, date: o.date, text: o.title}) AS more
WITH i, facts + more AS facts
OPTIONAL MATCH (i)-[:APPROVES]->(o:Instrument)
WITH i, facts, collect({ordinal: 9, kind: 'approves', id: o.id, name: o.display_name, date: o.date, text: o.title}) AS more
WITH i, facts + more AS facts
OPTIONAL MATCH (o:Instrument)-[:APPROVES]->(i)
WITH i, facts, collect({ordinal: 10, kind: 'approved by', id: o.id, name: o.display_name, date: o.date, text: o.title}) AS more
WITH i, facts + more AS facts
OPTIONAL MATCH (i)-[:HAS_TASK]->(t:Task)
WITH i, facts, collect({ordinal: 11, kind: 'has task', id: t.id, name: t.text, date: t.deadline, text: t.ordinal}) AS more
WITH i, facts + more AS facts
OPTIONAL MATCH (i)-[:SENT_TO]->(o:Organization)
WITH i, facts, collect({ordinal: 12, kind: 'sent to', id: o.id, name: o.name, date: i.date, text: o.kind}) AS more
WITH i, facts + more AS facts
OPTIONAL MATCH (d:Document)-[r:DESCRIBES]->(i)
WITH i, facts, collect({ordinal: 13, kind: 'described by', id: d.id, name: d.path, date: d.date, text: r.`as`}) AS more
WITH facts + more AS facts
UNWIND facts AS f
WITH f WHERE f.id IS NOT NULL
RETURN f.kind AS relation, f.id AS id, f.name AS name, f.date AS date, f.text AS detail
ORDER BY f.ordinal, date, id
