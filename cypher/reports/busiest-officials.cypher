// Report: Busiest officials
// Description: Activity per person and month: stories in which they led, presided, attended, accompanied, visited, met or signed, and titles of those stories; a date without a printed year takes the year of its page.
// @param top INTEGER how many person-months to list, busiest first (default 30, e.g. 10)
// @param person STRING only this person (optional, e.g. 解芳)
// @param titles INTEGER how many of each month's story titles to list; 0 lists all (default 10, e.g. 3)
// The loads keep each person's activity per month (activity_months; activity_stories and, index by index, how many
// of those stories they led, presided, attended, accompanied or visited, met or signed in) and the busiest month's
// count (busiest_month, indexed), folded by guanxi.graph.derive.MonthlyActivity as this report counts: the months of
// the people with the highest busiest month set a bar, the person-months reaching it are picked from those counts
// through the index, and their breakdown is read from the same lists. A much-reported official's month holds
// hundreds of stories: only the first $titles of them found are read, for their titles. A load sets the counts on
// every person it creates and a load or serve completes them once on a graph of an older version; until then (no
// person has them) people are bounded by the stories naming them and counted from them, as before, and a person
// kept before the breakdown was (no activity_visits) has their picked months' stories read for it.
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
  WITH p, i, p.activity_months[i] AS month, p.activity_stories[i] AS n
  WHERE n >= bar
  RETURN p, month, n, i
  UNION
  UNWIND CASE WHEN older THEN [true] ELSE [] END AS fallback
  MATCH (p:Person)
  WHERE p.busiest_month IS NULL AND ($person IS NULL OR p.name = $person) AND COUNT { (p)<-[:MENTIONS]-() } >= bar
  MATCH (s:Story)-[m:MENTIONS]->(p)
  WHERE any(r IN m.roles WHERE r IN ['LED', 'PRESIDED', 'ATTENDED', 'ACCOMPANIED', 'MET', 'VISITED', 'SIGNED'])
  WITH p, left(s.dated, 7) AS month, count(*) AS n
  WHERE n >= bar
  RETURN p, month, n, null AS i
}
WITH p, month, n, i
ORDER BY n DESC, p.name, month
LIMIT $top
CALL (p, month, i) {
  WITH p, i WHERE i IS NOT NULL AND p.activity_visits IS NOT NULL
  RETURN p.activity_led[i] AS led, p.activity_presided[i] AS presided, p.activity_attended[i] AS attended,
         p.activity_accompanied[i] AS accompanied, p.activity_visits[i] AS visits
  UNION ALL
  WITH p, month, i WHERE i IS NULL OR p.activity_visits IS NULL
  MATCH (s:Story)-[m:MENTIONS]->(p)
  WHERE left(s.dated, 7) = month
    AND any(r IN m.roles WHERE r IN ['LED', 'PRESIDED', 'ATTENDED', 'ACCOMPANIED', 'MET', 'VISITED', 'SIGNED'])
  // Grouped by the month, so that a person whose breakdown is kept gets no row of zeros here.
  WITH month AS counted,
       count(CASE WHEN 'LED' IN m.roles THEN 1 END) AS led,
       count(CASE WHEN 'PRESIDED' IN m.roles THEN 1 END) AS presided,
       count(CASE WHEN 'ATTENDED' IN m.roles THEN 1 END) AS attended,
       count(CASE WHEN 'ACCOMPANIED' IN m.roles THEN 1 END) AS accompanied,
       count(CASE WHEN any(t IN m.roles WHERE t IN ['VISITED', 'MET', 'SIGNED']) THEN 1 END) AS visits
  RETURN led, presided, attended, accompanied, visits
}
RETURN p.name AS person, month, n AS stories, led, presided, attended, accompanied,
       visits AS visits_talks_signings,
       // LIMIT takes no expression of $titles, so "all" is its own branch (only one branch runs per row).
       CASE WHEN $titles = 0
            THEN COLLECT {
              MATCH (s:Story)-[m:MENTIONS]->(p)
              WHERE left(s.dated, 7) = month
                AND any(r IN m.roles WHERE r IN ['LED', 'PRESIDED', 'ATTENDED', 'ACCOMPANIED', 'MET', 'VISITED', 'SIGNED'])
              RETURN s.title
            }
            ELSE COLLECT {
              MATCH (s:Story)-[m:MENTIONS]->(p)
              WHERE left(s.dated, 7) = month
                AND any(r IN m.roles WHERE r IN ['LED', 'PRESIDED', 'ATTENDED', 'ACCOMPANIED', 'MET', 'VISITED', 'SIGNED'])
              RETURN s.title
              LIMIT $titles
            }
       END AS story_titles
ORDER BY stories DESC, person, month
