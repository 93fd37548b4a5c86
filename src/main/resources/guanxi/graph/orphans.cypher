// Entities a replaced page mentioned that no story mentions any more leave the graph, with titles nobody holds.
UNWIND $ids AS id
MATCH (e) WHERE elementId(e) = id
WITH e
WHERE NOT (e)<-[:MENTIONS]-(:Story)
DETACH DELETE e
WITH count(*) AS removed
MATCH (t:Title)
WHERE NOT (t)<-[:HOLDS]-()
DETACH DELETE t
