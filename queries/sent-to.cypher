// name: sent-to
// description: Instruments whose Nơi nhận (recipients) lists the body, newest first.
// param org (organization): the recipient body as a person types it (`Bộ Công an`, `BCA`) or its id
// example: luocdo query --db out/db --name sent-to --param org="Tổng cục Thuế"
MATCH (i:Instrument)-[:SENT_TO]->(o:Organization {id: $org_id})
OPTIONAL MATCH (i)-[:ISSUED_BY]->(issuer:Organization)
RETURN i.id AS id, i.type AS type, i.number AS number, i.symbol AS symbol, i.date AS date,
       i.title AS title, issuer.name AS issuer
ORDER BY date DESC, id
