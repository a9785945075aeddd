// name: cited-by
// description: What cites the target, directly or through a chain of citations, with the
//   number of steps of the shortest chain.
// param target (instrument): the cited instrument as a person types it or its id
// param depth (int 1..10, default 1): how many citation steps to follow back
// example: luocdo query --db out/db --name cited-by --param target="Đề án 06" --param depth=2
// Neo4j takes no parameter as a path bound, so the bound is the largest depth allowed and
// `depth` filters; shortestPath keeps one chain per citing instrument.
MATCH p = shortestPath((s:Instrument)-[:CITES*1..10]->(t:Instrument {id: $target_id}))
WHERE length(p) <= $depth AND s.id <> t.id
RETURN s.id AS id, s.type AS type, s.number AS number, s.symbol AS symbol, s.year AS year,
       s.date AS date, s.title AS title, length(p) AS depth
ORDER BY depth, date, id
