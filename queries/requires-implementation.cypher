// name: requires-implementation
// description: Instruments that require implementing the target, directly or through one of
//   their tasks: one row each, with the first sentence that says so (`evidence`), its
//   document (`source`) and every document that says so (`sources`).
// param target (instrument): the required instrument as a person types it (`Đề án 06`,
//   `18/CT-TTg`, `Chỉ thị 18/2023`) or its id
// evidence: evidence
// example: luocdo query --db out/db --name requires-implementation --param target="Đề án 06"
MATCH (s:Instrument)-[:HAS_TASK*0..1]->(x)-[r:REQUIRES_IMPLEMENTATION_OF]->(t:Instrument {id: $target_id})
WHERE s.id <> t.id
RETURN DISTINCT s.id AS id, s.type AS type, s.number AS number, s.symbol AS symbol, s.year AS year,
       s.date AS date, s.title AS title, r.evidence AS evidence
ORDER BY date, id, evidence
