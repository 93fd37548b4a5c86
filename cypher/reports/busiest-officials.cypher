// Report: Busiest officials
// Description: Activity per person and month: stories in which they led, presided, attended, accompanied, visited, met or signed; a date without a printed year takes the year of its page.
// @param top INTEGER how many person-months to list, busiest first (default 30, e.g. 10)
// @param person STRING only this person (optional, e.g. 解芳)
// The loads keep each person's active stories per month (activity_months, activity_stories) and the busiest month's
// count (busiest_month, indexed), folded by guanxi.graph.derive.MonthlyActivity as this report counts: the months of
// the people with the highest busiest month set a bar, the person-months reaching it are picked from those counts
// through the index, and only the picked months' stories are read, for the breakdown. A load sets the counts on every
// person it creates and a load or serve completes them once on a graph of an older version; until then (no person
// has them) people are bounded by the stories naming them and counted from them, as before.
WITH NOT EXISTS { MATCH (x:Person) WHERE x.busiest_month IS NOT NULL } AS older
CALL (older) {
  MATCH (p:Person)
  WHERE p.busiest_month >= 0 AND ($person IS NULL OR p.name = $person)
  WITH p ORDER BY p.busiest_month DESC LIMIT $top
  RETURN p, p.busiest_month AS bound
  UNION ALL
  UNWIND CASE WHEN older THEN [true] ELSE [] END AS fallback
  MATCH (p:Person)
  WHERE p.busiest_month IS NULL AND ($person IS NULL OR p.name = $person)
  WITH p, COUNT { (p)<-[:MENTIONS]-() } AS bound ORDER BY bound DESC LIMIT $top
  RETURN p, bound
}
WITH older, p, bound ORDER BY bound DESC LIMIT $top
CALL (p) {
  UNWIND range(0, size(coalesce(p.activity_months, [])) - 1) AS i
  RETURN p.activity_months[i] AS month, p.activity_stories[i] AS n
  UNION ALL
  MATCH (s:Story)-[m:MENTIONS]->(p)
  WHERE p.busiest_month IS NULL
    AND any(r IN m.roles WHERE r IN ['LED', 'PRESIDED', 'ATTENDED', 'ACCOMPANIED', 'MET', 'VISITED', 'SIGNED'])
  RETURN left(s.dated, 7) AS month, count(*) AS n
}
WITH older, n ORDER BY n DESC LIMIT $top
WITH older, collect(n) AS busiest
WITH older, CASE WHEN size(busiest) < $top THEN 0 ELSE last(busiest) END AS bar
CALL (older, bar) {
  MATCH (p:Person)
  WHERE p.busiest_month >= bar AND ($person IS NULL OR p.name = $person)
  UNWIND range(0, size(coalesce(p.activity_months, [])) - 1) AS i
  WITH p, p.activity_months[i] AS month, p.activity_stories[i] AS n
  WHERE n >= bar
  RETURN p, month, n
  UNION
  UNWIND CASE WHEN older THEN [true] ELSE [] END AS fallback
  MATCH (p:Person)
  WHERE p.busiest_month IS NULL AND ($person IS NULL OR p.name = $person) AND COUNT { (p)<-[:MENTIONS]-() } >= bar
  MATCH (s:Story)-[m:MENTIONS]->(p)
  WHERE any(r IN m.roles WHERE r IN ['LED', 'PRESIDED', 'ATTENDED', 'ACCOMPANIED', 'MET', 'VISITED', 'SIGNED'])
  WITH p, left(s.dated, 7) AS month, count(*) AS n
  WHERE n >= bar
  RETURN p, month, n
}
WITH p, month, n
ORDER BY n DESC, p.name, month
LIMIT $top
// Each picked person's stories are read once, for all of their picked months.
WITH p, collect(month) AS months
MATCH (s:Story)-[m:MENTIONS]->(p)
WHERE left(s.dated, 7) IN months
  AND any(r IN m.roles WHERE r IN ['LED', 'PRESIDED', 'ATTENDED', 'ACCOMPANIED', 'MET', 'VISITED', 'SIGNED'])
WITH p, left(s.dated, 7) AS month, collect({story: s, roles: m.roles}) AS acts
RETURN p.name AS person, month, size(acts) AS stories,
       size([a IN acts WHERE 'LED' IN a.roles]) AS led,
       size([a IN acts WHERE 'PRESIDED' IN a.roles]) AS presided,
       size([a IN acts WHERE 'ATTENDED' IN a.roles]) AS attended,
       size([a IN acts WHERE 'ACCOMPANIED' IN a.roles]) AS accompanied,
       size([a IN acts WHERE any(t IN a.roles WHERE t IN ['VISITED', 'MET', 'SIGNED'])]) AS visits_talks_signings,
       [a IN acts | a.story.title] AS story_titles
ORDER BY stories DESC, person, month
