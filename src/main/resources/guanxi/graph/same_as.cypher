// Writes what the identity pass judged, in this order: the POSSIBLY_SAME_AS links of the touched entities that the
// judgement no longer makes are dropped ($dropPersons, $dropCompanies, $dropProjects: a, b as stored, read by
// same_as_stored.cypher), then the links judged that are new or changed are written ($personPairs, $companyPairs,
// $projectPairs: a, b, reason, score, pair; set only where reason or score changed), then the judged entities stop
// waiting for the pass ($judgedPersons, $judgedCompanies, $judgedProjects; marked by derived_write.cypher). A daily
// update thus writes only what its judgement changed. Never merges: a reviewer decides in cypher/resolutions.tsv.
// Each link also keeps its two names (pair: a, a tab, b), which possible-duplicates orders a tie on its score by.
// A large pass runs it in chunks, each list in its turn (IdentityLinker.write); a small one runs it once.
//  - persons: names of equal length one character apart, with a shared title or companion, never in one story;
//  - companies: one's name is the other's alias, or both carry the same alias (within one story the extractor
//    already folds short and legal names into one company);
//  - projects: one name ends with the other (云溪县光伏储能电站项目 / 光伏储能电站项目), so each story keeps its own
//    figure and a report can set them side by side.
CALL (*) {
  UNWIND $dropPersons AS pair
  MATCH (:Person {name: pair.a})-[old:POSSIBLY_SAME_AS]->(:Person {name: pair.b})
  DELETE old
}
CALL (*) {
  UNWIND $dropCompanies AS pair
  MATCH (:Company {name: pair.a})-[old:POSSIBLY_SAME_AS]->(:Company {name: pair.b})
  DELETE old
}
CALL (*) {
  UNWIND $dropProjects AS pair
  MATCH (:Project {name: pair.a})-[old:POSSIBLY_SAME_AS]->(:Project {name: pair.b})
  DELETE old
}
CALL (*) {
  UNWIND $personPairs AS pair
  MATCH (a:Person {name: pair.a})
  MATCH (b:Person {name: pair.b})
  MERGE (a)-[r:POSSIBLY_SAME_AS]->(b)
  WITH r, pair
  WHERE r.reason IS NULL OR r.reason <> pair.reason OR r.score <> pair.score
  SET r.reason = pair.reason, r.score = pair.score, r.pair = pair.pair
}
CALL (*) {
  UNWIND $companyPairs AS pair
  MATCH (a:Company {name: pair.a})
  MATCH (b:Company {name: pair.b})
  MERGE (a)-[r:POSSIBLY_SAME_AS]->(b)
  WITH r, pair
  WHERE r.reason IS NULL OR r.reason <> pair.reason OR r.score <> pair.score
  SET r.reason = pair.reason, r.score = pair.score, r.pair = pair.pair
}
CALL (*) {
  UNWIND $projectPairs AS pair
  MATCH (a:Project {name: pair.a})
  MATCH (b:Project {name: pair.b})
  MERGE (a)-[r:POSSIBLY_SAME_AS]->(b)
  WITH r, pair
  WHERE r.reason IS NULL OR r.reason <> pair.reason OR r.score <> pair.score
  SET r.reason = pair.reason, r.score = pair.score, r.pair = pair.pair
}
CALL (*) { UNWIND $judgedPersons AS n MATCH (e:Person:GuanxiIdentityPending {name: n}) REMOVE e:GuanxiIdentityPending }
CALL (*) { UNWIND $judgedCompanies AS n MATCH (e:Company:GuanxiIdentityPending {name: n}) REMOVE e:GuanxiIdentityPending }
CALL (*) { UNWIND $judgedProjects AS n MATCH (e:Project:GuanxiIdentityPending {name: n}) REMOVE e:GuanxiIdentityPending }
