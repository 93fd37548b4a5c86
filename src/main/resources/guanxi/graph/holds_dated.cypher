// Titles held in a graph loaded before HOLDS kept first_dated/last_dated get them once, from their stories, before a
// load extends them (a load only extends what is kept). Nothing to do, and a quick scan, on a graph loaded since.
MATCH (p:Person)-[h:HOLDS]->(t:Title)
WHERE h.first_dated IS NULL
CALL (p, h, t) {
  MATCH (s:Story)-[m:MENTIONS]->(p)
  WHERE t.name IN m.titles
  WITH min(s.dated) AS first, replace(max(replace(s.dated, '?', '!')), '!', '?') AS last
  SET h.first_dated = first, h.last_dated = last
} IN TRANSACTIONS OF 1000 ROWS
