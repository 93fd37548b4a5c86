// Report: External visitors
// Description: People from above or outside the county in each story (a title starting 市, 省, 国家…, or a visitor's post in a named outside body), their role, and who accompanied or met them.
// @param outside_prefixes LIST<STRING> title beginnings that mark a body above or outside the county (default 市,省,部,国家,中央,国务院,运城, e.g. 市,省)
// @param ministry_pattern STRING regular expression for a post in a named ministry or department outside the county (default .{2,8}部[^长].*, e.g. .{2,8}[部厅][^长].*)
// @param local_prefixes LIST<STRING> name beginnings of the county's own bodies, never outside (default 县,绛县, e.g. 县,绛县)
MATCH (s:Story)-[m:MENTIONS]->(v:Person)
WITH s, v, coalesce(m.titles, []) AS titles
WHERE any(t IN titles WHERE any(x IN $outside_prefixes WHERE t STARTS WITH x))
   OR any(t IN titles WHERE t =~ $ministry_pattern AND none(x IN $local_prefixes WHERE t STARTS WITH x))
   // A post in a named body counts only for the one who visits: a company's manager at a county forum is local.
   OR (EXISTS { (v)-[:LED]->(s) }
       OR EXISTS { MATCH (v)<-[r:ACCOMPANIED]-() WHERE r.story = s.id }
       OR EXISTS { MATCH (v)-[r:MET]-() WHERE r.story = s.id })
      AND any(t IN titles WHERE EXISTS {
        MATCH (s)-[:MENTIONS]->(o:Organization|Company)
        WHERE none(x IN $local_prefixes WHERE o.name STARTS WITH x)
          AND any(n IN [o.name] + coalesce(o.aliases, []) WHERE t STARTS WITH n) })
WITH s, v, titles,
     [(v)-[r:LED|PRESIDED|ATTENDED]->(s) | type(r)]
     + [(v)-[r:ACCOMPANIED|MET|VISITED|SIGNED]->(x) WHERE r.story = s.id | type(r) + ' ' + x.name] AS roles,
     [(h:Person)-[r:ACCOMPANIED|MET]->(v) WHERE r.story = s.id |
        h.name + coalesce(' (' + reduce(acc = '', t IN [(s)-[hm:MENTIONS]->(h) | hm.titles][0] |
                                        acc + CASE WHEN acc = '' THEN '' ELSE '、' END + t) + ')', '')] AS hosts,
     CASE WHEN s.date =~ '[0-9]{4}-.*' THEN s.date
          ELSE coalesce(head(COLLECT { MATCH (o:Story {doc: s.doc}) WITH o.date AS d WHERE d =~ '[0-9]{4}-.*'
                                       RETURN left(d, 4) AS year ORDER BY year DESC }), '????')
               + '-' + coalesce(s.date, '??-??') END AS dated
RETURN v.name AS visitor, titles, roles, hosts, dated AS date, s.title AS story
ORDER BY date, story, size(roles) DESC, visitor
