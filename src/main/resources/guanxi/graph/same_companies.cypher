// Links two company nodes that share a printed form: one's name is the other's alias, or both carry the same alias
// (within one story the extractor already folds short and legal names into one company). Never merges.
// First drop the links of the entities whose facts changed ($names) but for those judged again ($keep, by start
// and end name), which stay, their reason and score set where changed.
CALL {
  UNWIND $names AS name
  MATCH (:Company {name: name})-[old:POSSIBLY_SAME_AS]-()
  WITH DISTINCT old
  WHERE $keep[startNode(old).name + '\t' + endNode(old).name] IS NULL
  DELETE old
}
UNWIND $pairs AS pair
MATCH (a:Company {name: pair.a})
MATCH (b:Company {name: pair.b})
MERGE (a)-[r:POSSIBLY_SAME_AS]->(b)
WITH r, pair
WHERE r.reason IS NULL OR r.reason <> pair.reason OR r.score <> pair.score
SET r.reason = pair.reason, r.score = pair.score
