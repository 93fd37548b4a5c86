// Report: Busiest officials
// Description: Activity per person and month: stories in which they led, presided, attended, accompanied, visited, met or signed; a date without a printed year borrows the year of its page.
// @param top INTEGER how many person-months to list, busiest first (default 30, e.g. 10)
// @param person STRING only this person (optional, e.g. 解芳)
MATCH (p:Person)-[r:LED|PRESIDED|ATTENDED|ACCOMPANIED|MET|VISITED|SIGNED]->(x)
WHERE $person IS NULL OR p.name = $person
WITH p, r, CASE WHEN x:Story THEN x.id ELSE r.story END AS story_id
MATCH (s:Story {id: story_id})
WITH p, s, collect(DISTINCT type(r)) AS roles
WITH p, s, roles,
     CASE WHEN s.date =~ '[0-9]{4}-.*' THEN s.date
          ELSE coalesce(head(COLLECT { MATCH (o:Story {doc: s.doc}) WITH o.date AS d WHERE d =~ '[0-9]{4}-.*'
                                       RETURN left(d, 4) AS year ORDER BY year DESC }), '????')
               + '-' + coalesce(s.date, '??-??') END AS dated
WITH p, left(dated, 7) AS month, collect({title: s.title, roles: roles}) AS acts
RETURN p.name AS person, month, size(acts) AS stories,
       size([a IN acts WHERE 'LED' IN a.roles]) AS led,
       size([a IN acts WHERE 'PRESIDED' IN a.roles]) AS presided,
       size([a IN acts WHERE 'ATTENDED' IN a.roles]) AS attended,
       size([a IN acts WHERE 'ACCOMPANIED' IN a.roles]) AS accompanied,
       size([a IN acts WHERE any(t IN a.roles WHERE t IN ['VISITED', 'MET', 'SIGNED'])]) AS visits_talks_signings,
       [a IN acts | a.title] AS story_titles
ORDER BY stories DESC, person, month
LIMIT $top
