// Report: Accompaniment network
// Description: Who accompanies whom and how often, most frequent pairs first: the companion, the visiting or leading person, their titles, and the stories.
// @param min_times INTEGER only pairs seen together at least this often (default 1, e.g. 2)
// @param top INTEGER how many pairs to list; 0 lists all (default 100, e.g. 20)
// The loads keep on each companion how often they accompanied the one they accompanied most (accompanied_most,
// indexed; guanxi.graph.derive.MostAccompanied). The $top companions with the highest set a bar: at least $top pairs
// are seen that often, so every listed pair's companion reaches it, and only those companions' pairs are counted,
// on the relationships alone. Dates and story titles are read for the listed pairs only. A graph loaded by an older
// version (nobody has the count yet, until a load or serve completes it) counts every pair, as before.
WITH NOT EXISTS { MATCH (x:Person) WHERE x.accompanied_most IS NOT NULL } AS older
CALL () {
  MATCH (a:Person)
  WHERE a.accompanied_most >= $min_times
  WITH a.accompanied_most AS most
  ORDER BY most DESC
  LIMIT CASE WHEN $top = 0 THEN 1000000000 ELSE $top END
  RETURN CASE WHEN $top > 0 AND count(most) = $top THEN min(most) END AS bar
}
CALL (older, bar) {
  MATCH (a:Person)
  WHERE a.accompanied_most >= coalesce(bar, $min_times)
  // Counted companion by companion: each one's pairs are few, and those below the bar are dropped at once
  // instead of being held, with every other companion's, until all are counted.
  CALL (a, bar) {
    MATCH (a)-[r:ACCOMPANIED]->(b)
    WITH b, count(r) AS times
    WHERE times >= coalesce(bar, $min_times)
    RETURN b, times
  }
  RETURN a, b, times
  UNION ALL
  UNWIND CASE WHEN older THEN [true] ELSE [] END AS fallback
  MATCH (a)-[r:ACCOMPANIED]->(b)
  RETURN a, b, count(r) AS times
}
// A pair below the bar has at least $top pairs before it: never listed, its names never read.
WITH a, b, times
WHERE times >= $min_times AND times >= coalesce(bar, 0)
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
