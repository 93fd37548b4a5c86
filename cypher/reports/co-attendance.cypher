// Report: Co-attendance
// Description: The people present at the same events as one person (led, presided, attended or accompanied in one story), with how many and the most recent of those stories.
// @param person STRING the person whose fellow attendees to list (required, e.g. 程海龙)
// @param min_shared INTEGER only pairs who shared at least this many stories (default 2, e.g. 3)
// @param titles INTEGER how many of each pair's stories to name, most recent first; 0 names all (default 10, e.g. 3)
// The loads keep on each story who was present at its event (Story.present, guanxi.graph.derive.Presence): the
// person's stories are read once each, never the mentions of everyone else in them. A much-reported official shares
// thousands of stories with their deputies: `shared` counts them all, and `stories` names the most recent $titles.
// A story loaded by an older version (no present) is read from its mentions' roles instead, as before.
MATCH (a:Person {name: $person})<-[ma:MENTIONS]-(s:Story)
WHERE CASE WHEN s.present IS NULL
           THEN any(r IN ma.roles WHERE r IN ['LED', 'PRESIDED', 'ATTENDED', 'ACCOMPANIED']) OR 'ACCOMPANIED' IN ma.roles_in
           ELSE $person IN s.present END
WITH a, s, {dated: s.dated, title: s.title} AS story
CALL (a, s) {
  WITH a, s WHERE s.present IS NOT NULL
  UNWIND s.present AS other
  WITH other WHERE other <> $person
  RETURN other
  UNION ALL
  WITH a, s WHERE s.present IS NULL
  MATCH (s)-[mb:MENTIONS]->(b:Person)
  WHERE b <> a AND (any(r IN mb.roles WHERE r IN ['LED', 'PRESIDED', 'ATTENDED', 'ACCOMPANIED']) OR 'ACCOMPANIED' IN mb.roles_in)
  RETURN b.name AS other
}
WITH other, collect(story) AS shared
WHERE size(shared) >= $min_shared
WITH CASE WHEN $person < other THEN $person ELSE other END AS person_a,
     CASE WHEN $person < other THEN other ELSE $person END AS person_b, shared
RETURN person_a, person_b, size(shared) AS shared,
       // LIMIT takes no expression of $titles, so "all" is its own branch (only one branch runs per row).
       CASE WHEN $titles = 0
            THEN COLLECT { UNWIND shared AS s WITH s ORDER BY s.dated DESC, s.title RETURN s.title }
            ELSE COLLECT { UNWIND shared AS s WITH s ORDER BY s.dated DESC, s.title LIMIT $titles RETURN s.title }
       END AS stories
ORDER BY shared DESC, person_a, person_b
