// Report: Person profile
// Description: Everything the graph says about one person, in date order: titles held, roles in stories, who they accompanied or met, what they visited or signed, bylines, possible duplicates.
// @param name STRING the person's name as printed (required, e.g. 解芳)
MATCH (p:Person {name: $name})
CALL (p) {
  MATCH (p)-[h:HOLDS]->(t:Title)
  RETURN 1 AS section, 'title' AS kind, t.name AS what, null AS other, h.first_seen AS date,
         'in ' + toString(COUNT { (p)<-[m:MENTIONS]-(:Story) WHERE t.name IN coalesce(m.titles, []) })
         + ' stories, last seen ' + coalesce(h.last_seen, '?') AS story,
         null AS evidence
  UNION ALL
  MATCH (p)-[r:LED|PRESIDED|ATTENDED]->(s:Story)
  RETURN 2 AS section, 'role' AS kind, type(r) AS what, null AS other, s.dated AS date,
         s.title AS story, r.evidence AS evidence
  UNION ALL
  MATCH (p)-[r:ACCOMPANIED|MET|VISITED|SIGNED|EXECUTIVE_OF]->(x)
  OPTIONAL MATCH (s:Story {id: r.story})
  RETURN 2 AS section, 'link' AS kind, type(r) + coalesce(' ' + r.title, '') + ' →' AS what, x.name AS other,
         coalesce(s.dated, r.date) AS date, s.title AS story, r.evidence AS evidence
  UNION ALL
  MATCH (p)<-[r:ACCOMPANIED|MET|SIGNED]-(x)
  OPTIONAL MATCH (s:Story {id: r.story})
  RETURN 2 AS section, 'link' AS kind, '← ' + type(r) AS what, x.name AS other,
         coalesce(s.dated, r.date) AS date, s.title AS story, r.evidence AS evidence
  UNION ALL
  MATCH (p)-[:WROTE]->(s:Story)
  RETURN 2 AS section, 'byline' AS kind, 'WROTE' AS what, null AS other, s.dated AS date,
         s.title AS story, null AS evidence
  UNION ALL
  MATCH (p)-[d:POSSIBLY_SAME_AS]-(x:Person)
  RETURN 3 AS section, 'possibly same as' AS kind, d.reason AS what, x.name AS other, null AS date,
         null AS story, null AS evidence
}
RETURN kind, what, other, date, story, evidence
ORDER BY section, date, what, other
