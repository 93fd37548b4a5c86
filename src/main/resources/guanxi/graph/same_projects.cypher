// Links two project nodes when one name ends with the other (云溪县光伏储能电站项目 / 光伏储能电站项目), so each
// story keeps its own figure and a report can set them side by side. Never merges.
// First drop the links of the entities whose facts changed ($names) but for those judged again ($keep, by start
// and end name), which stay, their reason and score set where changed.
CALL {
  UNWIND $names AS name
  MATCH (:Project {name: name})-[old:POSSIBLY_SAME_AS]-()
  WITH DISTINCT old
  WHERE $keep[startNode(old).name + '\t' + endNode(old).name] IS NULL
  DELETE old
}
UNWIND $pairs AS pair
MATCH (a:Project {name: pair.a})
MATCH (b:Project {name: pair.b})
MERGE (a)-[r:POSSIBLY_SAME_AS]->(b)
WITH r, pair
WHERE r.reason IS NULL OR r.reason <> pair.reason OR r.score <> pair.score
SET r.reason = pair.reason, r.score = pair.score
