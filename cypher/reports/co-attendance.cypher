// Report: Co-attendance
// Description: The people present at the same events as one person (led, presided, attended or accompanied in one story), with how many and which stories.
// @param person STRING the person whose fellow attendees to list (required, e.g. 程海龙)
// @param min_shared INTEGER only pairs who shared at least this many stories (default 2, e.g. 3)
// Presence is read from each story's mention (its roles), never by walking a busy official's relationships.
MATCH (a:Person {name: $person})<-[ma:MENTIONS]-(s:Story)
WHERE any(r IN ma.roles WHERE r IN ['LED', 'PRESIDED', 'ATTENDED', 'ACCOMPANIED']) OR 'ACCOMPANIED' IN ma.roles_in
MATCH (s)-[mb:MENTIONS]->(b:Person)
WHERE b <> a AND (any(r IN mb.roles WHERE r IN ['LED', 'PRESIDED', 'ATTENDED', 'ACCOMPANIED']) OR 'ACCOMPANIED' IN mb.roles_in)
WITH a, b, collect(s.title) AS stories
WHERE size(stories) >= $min_shared
WITH CASE WHEN a.name < b.name THEN a.name ELSE b.name END AS person_a,
     CASE WHEN a.name < b.name THEN b.name ELSE a.name END AS person_b, stories
RETURN person_a, person_b, size(stories) AS shared, stories
ORDER BY shared DESC, person_a, person_b
