// Every relationship for the GraphML export, with its provenance; Story-MENTIONS->entity only when $mentions
// (they double the edges and say little in a picture).
MATCH (a)-[r]->(b)
WHERE $mentions OR type(r) <> 'MENTIONS'
RETURN elementId(a) AS source, elementId(b) AS target, type(r) AS type, r.story AS story,
       r.date AS date, r.evidence AS evidence, r.title AS title
