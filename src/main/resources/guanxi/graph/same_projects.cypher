// Links two project nodes when one name ends with the other (云溪县光伏储能电站项目 / 光伏储能电站项目), so each
// story keeps its own figure and a report can set them side by side. Never merges.
// First drop the links of the entities whose facts changed ($names); those that still hold are recreated.
CALL {
  UNWIND $names AS name
  MATCH (:Project {name: name})-[old:POSSIBLY_SAME_AS]-()
  WITH DISTINCT old
  DELETE old
}
UNWIND $pairs AS pair
MATCH (a:Project {name: pair.a})
MATCH (b:Project {name: pair.b})
MERGE (a)-[r:POSSIBLY_SAME_AS]->(b)
SET r.reason = pair.reason, r.score = pair.score
