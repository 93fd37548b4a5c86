// Removes the stories previously loaded from $docs with every fact they stated, and returns the entities
// those stories mentioned so their derived facts (titles over time, latest investment, aliases) are recomputed.
// Every relation's source entity is mentioned by its story, so its facts are found from the MENTIONS.
UNWIND $docs AS doc
MATCH (s:Story {doc: doc})
OPTIONAL MATCH (s)-[:MENTIONS]->(e)
WITH s, collect(e) AS entities
CALL (s, entities) {
  UNWIND entities AS e
  MATCH (e)-[r]->()
  WHERE r.story = s.id
  DELETE r
}
DETACH DELETE s
WITH entities
UNWIND entities AS e
RETURN DISTINCT labels(e)[0] AS label, e.name AS name, elementId(e) AS id
