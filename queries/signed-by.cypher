// name: signed-by
// description: Instruments a person signed, with the capacity the signature states.
// param person (person): the signer as a person types the name (`Cao Huy`, `cao huy`) or its id
// example: luocdo query --db out/db --name signed-by --param person="Cao Huy"
MATCH (i:Instrument)-[s:SIGNED_BY]->(p:Person {id: $person_id})
RETURN i.id AS id, i.type AS type, i.number AS number, i.symbol AS symbol, i.date AS date,
       i.title AS title, s.capacity AS capacity
ORDER BY date, id
