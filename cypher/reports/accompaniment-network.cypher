// Report: Accompaniment network
// Description: Who accompanies whom and how often: the companion, the visiting or leading person, their titles, and the stories.
// @param min_times INTEGER only pairs seen together at least this often (default 1, e.g. 2)
MATCH (a:Person)-[r:ACCOMPANIED]->(b:Person)
OPTIONAL MATCH (s:Story {id: r.story})
WITH a, b, count(r) AS times, collect(DISTINCT r.date) AS dates, collect(DISTINCT s.title) AS stories
WHERE times >= $min_times
RETURN a.name AS companion,
       COLLECT { MATCH (a)-[:HOLDS]->(t:Title) RETURN t.name } AS companion_titles,
       b.name AS accompanied,
       COLLECT { MATCH (b)-[:HOLDS]->(t:Title) RETURN t.name } AS accompanied_titles,
       times, dates, stories
ORDER BY times DESC, accompanied, companion
