// Report: Co-attendance
// Description: The people present at the same events as one person (led, presided, attended or accompanied in one story), with how many and the most recent of those stories.
// @param person STRING the person whose fellow attendees to list (required, e.g. 程海龙)
// @param min_shared INTEGER only pairs who shared at least this many stories (default 2, e.g. 3)
// @param titles INTEGER how many of each pair's stories to name, most recent first; 0 names all (default 10, e.g. 3)
// Presence is read from each story's mention (its roles), never by walking a busy official's relationships. A
// much-reported official shares thousands of stories with their deputies: `shared` counts them all, and `stories`
// names the most recent $titles of them (each story's date and title are read once, whatever the pairs it is in).
MATCH (a:Person {name: $person})<-[ma:MENTIONS]-(s:Story)
WHERE any(r IN ma.roles WHERE r IN ['LED', 'PRESIDED', 'ATTENDED', 'ACCOMPANIED']) OR 'ACCOMPANIED' IN ma.roles_in
WITH a, s, {dated: s.dated, title: s.title} AS story
MATCH (s)-[mb:MENTIONS]->(b:Person)
WHERE b <> a AND (any(r IN mb.roles WHERE r IN ['LED', 'PRESIDED', 'ATTENDED', 'ACCOMPANIED']) OR 'ACCOMPANIED' IN mb.roles_in)
WITH a, b, collect(story) AS shared
WHERE size(shared) >= $min_shared
WITH CASE WHEN a.name < b.name THEN a.name ELSE b.name END AS person_a,
     CASE WHEN a.name < b.name THEN b.name ELSE a.name END AS person_b, shared
RETURN person_a, person_b, size(shared) AS shared,
       // LIMIT takes no expression of $titles, so "all" is its own branch (only one branch runs per row).
       CASE WHEN $titles = 0
            THEN COLLECT { UNWIND shared AS s WITH s ORDER BY s.dated DESC, s.title RETURN s.title }
            ELSE COLLECT { UNWIND shared AS s WITH s ORDER BY s.dated DESC, s.title LIMIT $titles RETURN s.title }
       END AS stories
ORDER BY shared DESC, person_a, person_b
