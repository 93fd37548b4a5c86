// Links two company nodes that share a printed form: one's name is the other's alias, or both carry the same alias
// (within one story the extractor already folds short and legal names into one company). Never merges.
// First drop the links of the entities whose facts changed ($names); those that still hold are recreated.
CALL {
  UNWIND $names AS name
  MATCH (:Company {name: name})-[old:POSSIBLY_SAME_AS]-()
  WITH DISTINCT old
  DELETE old
}
UNWIND $pairs AS pair
MATCH (a:Company {name: pair.a})
MATCH (b:Company {name: pair.b})
MERGE (a)-[r:POSSIBLY_SAME_AS]->(b)
SET r.reason = pair.reason, r.score = pair.score
