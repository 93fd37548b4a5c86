// Entities no story mentions any more (their page changed) and titles nobody holds leave the graph.
UNWIND $rows AS row
MATCH (e:$(row.label) {name: row.name})
WHERE NOT (e)<-[:MENTIONS]-(:Story)
DETACH DELETE e
WITH count(*) AS removed
MATCH (t:Title)
WHERE NOT (t)<-[:HOLDS]-()
DETACH DELETE t
