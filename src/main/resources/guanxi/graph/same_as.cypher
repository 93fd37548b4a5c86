// Writes what the identity pass judged, in this order: the POSSIBLY_SAME_AS links of the entities whose facts changed
// are dropped ($persons, $companies, $projects) unless judged again ($keep: label, start and end name joined by tabs;
// a daily update then rewrites only what changed), then the links judged ($personPairs, $companyPairs,
// $projectPairs: a, b, reason, score; reason and score set only where they changed), then the judged entities stop waiting for the
// pass ($judgedPersons, $judgedCompanies, $judgedProjects; marked by derived_write.cypher). Never merges: a reviewer
// decides in cypher/resolutions.tsv. A large pass runs it in chunks, each list in its turn (IdentityLinker.write);
// a small one runs it once.
//  - persons: names of equal length one character apart, with a shared title or companion, never in one story;
//  - companies: one's name is the other's alias, or both carry the same alias (within one story the extractor
//    already folds short and legal names into one company);
//  - projects: one name ends with the other (云溪县光伏储能电站项目 / 光伏储能电站项目), so each story keeps its own
//    figure and a report can set them side by side.
CALL (*) {
  UNWIND $persons AS name
  MATCH (:Person {name: name})-[old:POSSIBLY_SAME_AS]-()
  WITH DISTINCT old
  WHERE $keep['Person\t' + startNode(old).name + '\t' + endNode(old).name] IS NULL
  DELETE old
}
CALL (*) {
  UNWIND $companies AS name
  MATCH (:Company {name: name})-[old:POSSIBLY_SAME_AS]-()
  WITH DISTINCT old
  WHERE $keep['Company\t' + startNode(old).name + '\t' + endNode(old).name] IS NULL
  DELETE old
}
CALL (*) {
  UNWIND $projects AS name
  MATCH (:Project {name: name})-[old:POSSIBLY_SAME_AS]-()
  WITH DISTINCT old
  WHERE $keep['Project\t' + startNode(old).name + '\t' + endNode(old).name] IS NULL
  DELETE old
}
CALL (*) {
  UNWIND $personPairs AS pair
  MATCH (a:Person {name: pair.a})
  MATCH (b:Person {name: pair.b})
  MERGE (a)-[r:POSSIBLY_SAME_AS]->(b)
  WITH r, pair
  WHERE r.reason IS NULL OR r.reason <> pair.reason OR r.score <> pair.score
  SET r.reason = pair.reason, r.score = pair.score
}
CALL (*) {
  UNWIND $companyPairs AS pair
  MATCH (a:Company {name: pair.a})
  MATCH (b:Company {name: pair.b})
  MERGE (a)-[r:POSSIBLY_SAME_AS]->(b)
  WITH r, pair
  WHERE r.reason IS NULL OR r.reason <> pair.reason OR r.score <> pair.score
  SET r.reason = pair.reason, r.score = pair.score
}
CALL (*) {
  UNWIND $projectPairs AS pair
  MATCH (a:Project {name: pair.a})
  MATCH (b:Project {name: pair.b})
  MERGE (a)-[r:POSSIBLY_SAME_AS]->(b)
  WITH r, pair
  WHERE r.reason IS NULL OR r.reason <> pair.reason OR r.score <> pair.score
  SET r.reason = pair.reason, r.score = pair.score
}
CALL (*) { UNWIND $judgedPersons AS n MATCH (e:Person:GuanxiIdentityPending {name: n}) REMOVE e:GuanxiIdentityPending }
CALL (*) { UNWIND $judgedCompanies AS n MATCH (e:Company:GuanxiIdentityPending {name: n}) REMOVE e:GuanxiIdentityPending }
CALL (*) { UNWIND $judgedProjects AS n MATCH (e:Project:GuanxiIdentityPending {name: n}) REMOVE e:GuanxiIdentityPending }
