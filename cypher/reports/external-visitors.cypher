// Report: External visitors
// Description: People from above or outside the county in each story (a title starting 市, 省, 国家…, or a visitor's post in a named outside body), their role, and who accompanied or met them; in date order, a date without a printed year taking the year of its page.
// @param outside_prefixes LIST<STRING> title beginnings that mark a body above or outside the county (default 市,省,部,国家,中央,国务院,运城, e.g. 市,省)
// @param ministry_pattern STRING regular expression for a post in a named ministry or department outside the county (default .{2,8}部[^长].*, e.g. .{2,8}[部厅][^长].*)
// @param local_prefixes LIST<STRING> name beginnings of the county's own bodies, never outside (default 县,绛县, e.g. 县,绛县)
// @param from STRING only stories dated on or after this: YYYY or YYYY-MM or YYYY-MM-DD (optional, e.g. 2019-03)
// @param to STRING only stories dated up to and including this: YYYY or YYYY-MM or YYYY-MM-DD (optional, e.g. 2019-12-31)
// @param top INTEGER how many visits to list, earliest first; 0 lists all (default 100, e.g. 500)
// Stories are read in date order from the story_dated index and reading stops once enough visits are found.
MATCH (s:Story)
WHERE s.dated >= coalesce($from, '')
// The names of the outside bodies the story mentions, read once per story.
WITH s, s.dated AS date,
     COLLECT { MATCH (s)-[:MENTIONS]->(o:Organization|Company)
               WHERE none(x IN $local_prefixes WHERE o.name STARTS WITH x)
               UNWIND [o.name] + coalesce(o.aliases, []) AS name
               RETURN name } AS outside_bodies
WHERE date <= coalesce($to, '') + '\uffff'
MATCH (s)-[m:MENTIONS]->(v:Person)
WITH s, date, v, m, coalesce(m.titles, []) AS titles, outside_bodies
WHERE any(t IN titles WHERE any(x IN $outside_prefixes WHERE t STARTS WITH x))
   OR any(t IN titles WHERE t =~ $ministry_pattern AND none(x IN $local_prefixes WHERE t STARTS WITH x))
   // A post in a named body counts only for the one who visits: a company's manager at a county forum is local.
   OR ('LED' IN coalesce(m.roles, []) OR 'ACCOMPANIED' IN coalesce(m.roles_in, [])
       OR 'MET' IN coalesce(m.roles, []) + coalesce(m.roles_in, []))
      AND any(t IN titles WHERE any(n IN outside_bodies WHERE t STARTS WITH n))
WITH s, date, v, titles,
     [(v)-[r:LED|PRESIDED|ATTENDED]->(s) | type(r)]
     + [(v)-[r:ACCOMPANIED|MET|VISITED|SIGNED]->(x) WHERE r.story = s.id | type(r) + ' ' + x.name] AS roles,
     [(h:Person)-[r:ACCOMPANIED|MET]->(v) WHERE r.story = s.id |
        h.name + coalesce(' (' + reduce(acc = '', t IN [(s)-[hm:MENTIONS]->(h) | hm.titles][0] |
                                        acc + CASE WHEN acc = '' THEN '' ELSE '、' END + t) + ')', '')] AS hosts
ORDER BY date, s.title, size(roles) DESC, v.name
LIMIT CASE WHEN $top = 0 THEN 1000000000 ELSE $top END
RETURN v.name AS visitor, titles, roles, hosts, date, s.title AS story
