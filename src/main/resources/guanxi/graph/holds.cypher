// Titles over time (and merged-in aliases) for the given persons, recomputed from the titles printed with their names in each story.
// first_seen/last_seen prefer full dates (YYYY-MM-DD); month-day dates are used only when a title has no other.
// first_dated/last_dated are the earliest and latest Story.dated (a missing year borrowed from the page); an unknown
// part ('?', after the digits in string order) never makes the latest while a known date exists.
UNWIND $names AS name
MATCH (p:Person {name: name})
CALL (p) {
  MATCH (p)-[h:HOLDS]->()
  DELETE h
}
CALL (p) {
  OPTIONAL MATCH (p)<-[m:MENTIONS]-(s:Story)
  UNWIND coalesce(m.titles, []) AS title
  WITH title, s
  WITH title, count(DISTINCT s) AS stories,
       min(CASE WHEN size(s.date) = 10 THEN s.date END) AS firstFull, min(s.date) AS firstAny,
       max(CASE WHEN size(s.date) = 10 THEN s.date END) AS lastFull, max(s.date) AS lastAny,
       min(s.dated) AS firstDated, replace(max(replace(s.dated, '?', '!')), '!', '?') AS lastDated
  MERGE (t:Title {name: title})
  CREATE (p)-[:HOLDS {first_seen: coalesce(firstFull, firstAny), last_seen: coalesce(lastFull, lastAny), stories: stories,
                      first_dated: firstDated, last_dated: lastDated}]->(t)
  RETURN collect(title) AS titles
}
// Names a reviewer merged into this one (cypher/resolutions.tsv) stay findable as aliases.
// An empty list is not stored (the bulk importer cannot store one either).
WITH p, titles, COLLECT { MATCH (p)<-[m:MENTIONS]-(:Story) WHERE m.printed IS NOT NULL RETURN DISTINCT m.printed } AS aliases
SET p.titles = CASE WHEN size(titles) > 0 THEN titles END,
    p.aliases = CASE WHEN size(aliases) > 0 THEN aliases END
