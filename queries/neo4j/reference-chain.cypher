// name: reference-chain
// description: The shortest citation chains from one instrument to another: `from` cites an
//   instrument that cites ... `to`. Swap the two for the other direction.
// param from (instrument): where the chain starts, as a person types it or its id
// param to (instrument): where the chain ends
// example: luocdo query --db out/db --name reference-chain --param from="381/TB-VPCP" --param to="Đề án 06"
MATCH p = allShortestPaths((a:Instrument {id: $from_id})-[:CITES*1..10]->(b:Instrument {id: $to_id}))
RETURN length(p) AS hops, [n IN nodes(p) | n.display_name] AS path, [n IN nodes(p) | n.id] AS ids
ORDER BY ids
