// name: reference-chain
// description: The shortest citation chains from one instrument to another: `from` cites an
//   instrument that cites ... `to`. Swap the two for the other direction.
// param from (instrument): where the chain starts, as a person types it or its id
// param to (instrument): where the chain ends
// example: luocdo query --db out/db --name reference-chain --param from="381/TB-VPCP" --param to="Đề án 06"
// LadybugDB writes the search as `* ALL SHORTEST 1..10` and maps lists with list_transform;
// it cannot order by a list, so the chains are ordered by their ids joined.
MATCH p = (a:Instrument {id: $from_id})-[:CITES* ALL SHORTEST 1..10]->(b:Instrument {id: $to_id})
RETURN length(p) AS hops, list_transform(nodes(p), n -> n.display_name) AS path,
       list_transform(nodes(p), n -> n.id) AS ids
ORDER BY list_to_string(' ', ids)
