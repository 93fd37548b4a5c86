// Report: Accompaniment network
// Description: Who accompanies whom and how often, most frequent pairs first: the companion, the visiting or leading person, their titles, and the stories.
// @param min_times INTEGER only pairs seen together at least this often (default 1, e.g. 2)
// @param top INTEGER how many pairs to list; 0 lists all (default 100, e.g. 20)
// Pairs are counted on the relationships alone; dates and story titles are read for the listed pairs only.
MATCH (a)-[r:ACCOMPANIED]->(b)
WITH a, b, count(r) AS times
WHERE times >= $min_times
ORDER BY times DESC, b.name, a.name
LIMIT CASE WHEN $top = 0 THEN 1000000000 ELSE $top END
MATCH (a)-[r:ACCOMPANIED]->(b)
OPTIONAL MATCH (s:Story {id: r.story})
WITH a, b, times, collect(DISTINCT r.date) AS dates, collect(DISTINCT s.title) AS stories
RETURN a.name AS companion,
       COLLECT { MATCH (a)-[:HOLDS]->(t:Title) RETURN t.name } AS companion_titles,
       b.name AS accompanied,
       COLLECT { MATCH (b)-[:HOLDS]->(t:Title) RETURN t.name } AS accompanied_titles,
       times, dates, stories
ORDER BY times DESC, accompanied, companion
