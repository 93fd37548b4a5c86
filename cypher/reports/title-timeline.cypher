// Report: Title timeline
// Description: Who held a title when: each holder with the first and last story that names them so, in date order; a date without a printed year borrows the year of its page, or shows ????.
// @param title STRING the title; a longer title ending in it also counts, a deputy (副) one does not (required, e.g. 县长)
MATCH (p:Person)-[h:HOLDS]->(t:Title)
WHERE t.name = $title OR (t.name ENDS WITH $title AND NOT t.name ENDS WITH '副' + $title)
MATCH (s:Story)-[m:MENTIONS]->(p)
WHERE t.name IN coalesce(m.titles, [])
WITH p, t, s,
     CASE WHEN s.date =~ '[0-9]{4}-.*' THEN s.date
          ELSE coalesce(head(COLLECT { MATCH (o:Story {doc: s.doc}) WITH o.date AS d WHERE d =~ '[0-9]{4}-.*'
                                       RETURN left(d, 4) AS year ORDER BY year DESC }), '????')
               + '-' + coalesce(s.date, '??-??') END AS dated
ORDER BY dated
WITH p, t, collect(DISTINCT dated) AS dates, collect(DISTINCT s.title) AS stories
RETURN t.name AS title, p.name AS person, head(dates) AS first_seen, last(dates) AS last_seen,
       size(stories) AS stories, stories AS story_titles
ORDER BY first_seen, person
