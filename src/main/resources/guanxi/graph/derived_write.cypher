// The writes that end a batch, after the loader has folded what derives from its stories (guanxi.graph.derive),
// in this order: the titles over time of the persons recomputed ($clear) are removed, then every title span is
// written ($holds: one HOLDS per person and title); derived node properties are set ($derived: a null value removes
// one; an empty list is never stored, the bulk importer cannot store one), persons' activity per month among them;
// then entities a replaced page mentioned that no story mentions any more ($ids) and titles nobody holds
// any more ($titles: those the recomputed persons held before, read by held_titles.cypher) leave the graph; last, the
// entities the batch touched are marked as waiting for the identity pass ($persons, $companies, $projects): a load
// killed before that pass leaves them marked and the next load or serve completes it (GraphLoader.applySchema,
// same_as.cypher). One statement: one plan and one round trip per batch instead of seven.
CALL (*) {
  UNWIND $clear AS name
  MATCH (:Person {name: name})-[h:HOLDS]->()
  DELETE h
}
CALL (*) {
  UNWIND $holds AS row
  MATCH (p:Person {name: row.name})
  MERGE (t:Title {name: row.title})
  MERGE (p)-[h:HOLDS]->(t)
  SET h.first_seen = row.first, h.last_seen = row.last, h.stories = row.stories,
      h.first_dated = row.first_dated, h.last_dated = row.last_dated
}
CALL (*) {
  UNWIND $derived AS row
  MATCH (n) WHERE elementId(n) = row.id
  SET n += row.props
}
CALL (*) {
  UNWIND $ids AS id
  MATCH (e) WHERE elementId(e) = id
  WITH e
  WHERE NOT (e)<-[:MENTIONS]-(:Story)
  DETACH DELETE e
}
CALL (*) {
  UNWIND $titles AS name
  MATCH (t:Title {name: name})
  WHERE NOT (t)<-[:HOLDS]-()
  DETACH DELETE t
}
CALL (*) { UNWIND $persons AS n MATCH (e:Person {name: n}) SET e:GuanxiIdentityPending }
CALL (*) { UNWIND $companies AS n MATCH (e:Company {name: n}) SET e:GuanxiIdentityPending }
CALL (*) { UNWIND $projects AS n MATCH (e:Project {name: n}) SET e:GuanxiIdentityPending }
