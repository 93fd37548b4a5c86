// Report: Busiest officials
// Description: Activity per person and month: stories in which they led, presided, attended, accompanied, visited, met or signed; a date without a printed year takes the year of its page.
// @param top INTEGER how many person-months to list, busiest first (default 30, e.g. 10)
// @param person STRING only this person (optional, e.g. 解芳)
// A person's busiest month bounds each of their months (Person.busiest_month when the loader keeps it, else the
// stories naming them): the real months of the people with the highest bounds set a bar, and only people whose
// bound reaches it are counted month by month.
MATCH (p:Person)
WHERE $person IS NULL OR p.name = $person
WITH p, coalesce(p.busiest_month, COUNT { (p)<-[:MENTIONS]-() }) AS bound
ORDER BY bound DESC
WITH collect({person: p, bound: bound}) AS people
CALL (people) {
  UNWIND people[..$top] AS x
  WITH x.person AS p
  MATCH (s:Story)-[m:MENTIONS]->(p)
  WHERE any(r IN m.roles WHERE r IN ['LED', 'PRESIDED', 'ATTENDED', 'ACCOMPANIED', 'MET', 'VISITED', 'SIGNED'])
  WITH p, left(s.dated, 7) AS month, count(*) AS n
  ORDER BY n DESC
  LIMIT $top
  WITH collect(n) AS busiest
  RETURN CASE WHEN size(busiest) < $top THEN 0 ELSE last(busiest) END AS bar
}
UNWIND [x IN people WHERE x.bound >= bar | x.person] AS p
MATCH (s:Story)-[m:MENTIONS]->(p)
WHERE any(r IN m.roles WHERE r IN ['LED', 'PRESIDED', 'ATTENDED', 'ACCOMPANIED', 'MET', 'VISITED', 'SIGNED'])
WITH p, left(s.dated, 7) AS month, collect({story: s, roles: m.roles}) AS acts
ORDER BY size(acts) DESC, p.name, month
LIMIT $top
RETURN p.name AS person, month, size(acts) AS stories,
       size([a IN acts WHERE 'LED' IN a.roles]) AS led,
       size([a IN acts WHERE 'PRESIDED' IN a.roles]) AS presided,
       size([a IN acts WHERE 'ATTENDED' IN a.roles]) AS attended,
       size([a IN acts WHERE 'ACCOMPANIED' IN a.roles]) AS accompanied,
       size([a IN acts WHERE any(t IN a.roles WHERE t IN ['VISITED', 'MET', 'SIGNED'])]) AS visits_talks_signings,
       [a IN acts | a.story.title] AS story_titles
ORDER BY stories DESC, person, month
