// name: documents
// description: The instruments that the loaded documents are (or report on), filtered by type,
//   issuer, signer, date range and words of the title; every filter is optional (`any`, the
//   default, does not filter). One row per instrument, with the files that describe it.
// param type (type, default any): the instrument type as the graph stores it (`TB`, `QĐ`, `CT`)
//   or as people write it (`Thông báo`, `thong bao`, `chi thi`)
// param issuer (organization, default any): the issuing body (`VPCP`, `Văn phòng Chính phủ`)
// param signer (person, default any): who signed it (`Cao Huy`, `cao huy`)
// param from (date, default 0001-01-01): issued on or after this day; undated instruments are
//   listed only when neither `from` nor `to` is given
// param to (date, default 9999-12-31): issued on or before this day
// param title (words, default any): words that all occur in the title, with or without
//   diacritics (`buon lau`, `buôn lậu`)
// example: luocdo query --db out/db --name documents --param type=TB
// example: luocdo query --db out/db --name documents --param type="thong bao" --param issuer=VPCP --param title="tran luu quang"
// example: luocdo query --db out/db --name documents --param from=2025-01-01 --param to=2025-12-31
// LadybugDB matches a pattern with regexp_matches; Neo4j with =~ on the whole title.
MATCH (d:Document)-[:DESCRIBES]->(i:Instrument)
WHERE ($type = '' OR i.type = $type)
  AND ($issuer_id = '' OR EXISTS { MATCH (i)-[:ISSUED_BY]->(:Organization {id: $issuer_id}) })
  AND ($signer_id = '' OR EXISTS { MATCH (i)-[:SIGNED_BY]->(:Person {id: $signer_id}) })
  AND ((i.date IS NULL AND $from = '0001-01-01' AND $to = '9999-12-31')
       OR (i.date >= date($from) AND i.date <= date($to)))
  AND all(word IN $title WHERE coalesce(i.title, '') =~ ('(?s).*' + word + '.*'))
WITH i, collect(DISTINCT d.path) AS files
OPTIONAL MATCH (i)-[:ISSUED_BY]->(o:Organization)
RETURN i.id AS id, i.type AS type, i.number AS number, i.symbol AS symbol, i.date AS date,
       i.title AS title, o.name AS issuer, files
ORDER BY date, id
