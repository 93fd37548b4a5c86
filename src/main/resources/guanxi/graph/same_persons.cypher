// Writes the POSSIBLY_SAME_AS links the identity pass judged, after dropping the links of the persons whose
// facts changed ($names) that were not judged again ($keep, by start and end name); never merges: a reviewer
// decides in cypher/resolutions.tsv.
CALL {
  UNWIND $names AS name
  MATCH (:Person {name: name})-[old:POSSIBLY_SAME_AS]-()
  WITH DISTINCT old
  WHERE $keep[startNode(old).name + '\t' + endNode(old).name] IS NULL
  DELETE old
}
UNWIND $pairs AS pair
MATCH (a:Person {name: pair.a})
MATCH (b:Person {name: pair.b})
MERGE (a)-[r:POSSIBLY_SAME_AS]->(b)
WITH r, pair
WHERE r.reason IS NULL OR r.reason <> pair.reason OR r.score <> pair.score
SET r.reason = pair.reason, r.score = pair.score
