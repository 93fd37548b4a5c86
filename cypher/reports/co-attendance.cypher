// Report: Co-attendance
// Description: Pairs of people present at the same events (led, presided, attended or accompanied in one story), with how many and which.
// @param min_shared INTEGER only pairs who shared at least this many stories (default 2, e.g. 3)
// @param person STRING only pairs that include this person (optional, e.g. 程海龙)
MATCH (s:Story)
CALL (s) {
  MATCH (p:Person)-[:LED|PRESIDED|ATTENDED]->(s)
  RETURN p
  UNION
  MATCH (s)-[:MENTIONS]->(p:Person)-[r:ACCOMPANIED]-()
  WHERE r.story = s.id
  RETURN p
}
WITH s, collect(p) AS present
UNWIND present AS a
UNWIND present AS b
WITH a, b, s
WHERE a.name < b.name AND ($person IS NULL OR a.name = $person OR b.name = $person)
WITH a, b, collect(s.title) AS stories
WHERE size(stories) >= $min_shared
RETURN a.name AS person_a, b.name AS person_b, size(stories) AS shared, stories
ORDER BY shared DESC, person_a, person_b
