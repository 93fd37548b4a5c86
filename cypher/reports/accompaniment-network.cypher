// Report: Accompaniment network
// Description: Who accompanies whom and how often, most frequent pairs first: the companion, the visiting or leading person, their titles, and the stories.
// @param min_times INTEGER only pairs seen together at least this often (default 1, e.g. 2)
// @param top INTEGER how many pairs to list; 0 lists all (default 100, e.g. 20)
// The loads keep on each companion how often they accompanied the one they accompanied most (accompanied_most,
// indexed) and every person they accompanied twice or more, with how often (accompanied_names and accompanied_times;
// guanxi.graph.derive.Accompanied). The $top companions with the highest count set a bar: at least $top pairs are
// seen that often, so every listed pair's companion reaches it, and only those companions' pairs are read: from the
// node when the bar is two or more, else counted on the relationships. Dates and story titles are read for the
// listed pairs only. A graph loaded by an older version (nobody has the count yet, until a load or serve completes it)
// counts every pair, as before, and a companion kept with the count alone has their pairs counted.
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
  CALL (a, bar) {
    WITH a, coalesce(bar, $min_times) AS least
    WHERE least >= 2 AND a.accompanied_names IS NOT NULL
    UNWIND range(0, size(a.accompanied_names) - 1) AS i
    WITH a.accompanied_names[i] AS name, a.accompanied_times[i] AS times, least
    WHERE times >= least
    MATCH (b:Person {name: name})
    RETURN b, times
    UNION ALL
    // Pairs seen once are not kept on the node; nor are any on a companion an older version counted.
    WITH a, coalesce(bar, $min_times) AS least
    WHERE least < 2 OR a.accompanied_names IS NULL
    MATCH (a)-[r:ACCOMPANIED]->(b)
    WITH b, count(r) AS times, least
    WHERE times >= least
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
