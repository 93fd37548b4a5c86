// Entities a replaced page mentioned that no story mentions any more leave the graph, and so do the titles that
// nobody holds any more. A title loses its last holder only when that holder's HOLDS are recomputed or the holder
// leaves, so only the titles those people held before this batch ($titles, read by held_titles.cypher) are looked
// at: a daily update touches what its pages name, never every title of the archive.
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
