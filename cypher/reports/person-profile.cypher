// Report: Person profile
// Description: Everything the graph says about one person, in date order: titles held, roles in stories, who they accompanied or met, what they visited or signed, bylines, possible duplicates; for a much-reported person, the rows of their most recent stories.
// @param name STRING the person's name as printed (required, e.g. 解芳)
// @param top INTEGER list the role, link and byline rows of this many of the person's most recent stories (those naming them or written by them); 0 lists every story. Titles and possible duplicates are always listed whole (default 200, e.g. 50)
// A title's story count is the one its HOLDS keeps (stories, which the loads fold with guanxi.graph.derive.TitleSpan)
// instead of counting the person's mentions once per title. With $top > 0 the stories are picked first, latest
// Story.dated first (a date without a printed year, ????-MM-DD, after every dated one), and only their rows are read:
// roles from the story's side, links through the relationship indexes on story; a person named in tens of thousands
// of stories is never read story by story. A link whose story does not name the person is listed only with $top = 0.
MATCH (p:Person {name: $name})
CALL (p) {
  UNWIND CASE WHEN $top > 0 THEN [true] ELSE [] END AS limited
  CALL (p) {
    MATCH (p)<-[:MENTIONS]-(s:Story)
    RETURN s
    UNION
    MATCH (p)-[:WROTE]->(s:Story)
    RETURN s
  }
  WITH s ORDER BY replace(coalesce(s.dated, ''), '?', '!') DESC, s.id DESC LIMIT $top
  RETURN collect(s) AS recent
}
CALL (p, recent) {
  MATCH (p)-[h:HOLDS]->(t:Title)
  RETURN 1 AS section, 'title' AS kind, t.name AS what, null AS other, h.first_seen AS date,
         'in ' + toString(h.stories) + ' stories, last seen ' + coalesce(h.last_seen, '?') AS story,
         null AS evidence
  UNION ALL
  MATCH (p)-[r:LED|PRESIDED|ATTENDED]->(s:Story)
  WHERE $top = 0
  RETURN 2 AS section, 'role' AS kind, type(r) AS what, null AS other, s.dated AS date,
         s.title AS story, r.evidence AS evidence
  UNION ALL
  UNWIND recent AS s
  MATCH (p)-[r:LED|PRESIDED|ATTENDED]->(s)
  RETURN 2 AS section, 'role' AS kind, type(r) AS what, null AS other, s.dated AS date,
         s.title AS story, r.evidence AS evidence
  UNION ALL
  MATCH (p)-[r:ACCOMPANIED|MET|VISITED|SIGNED|EXECUTIVE_OF]->(x)
  WHERE $top = 0
  OPTIONAL MATCH (s:Story {id: r.story})
  RETURN 2 AS section, 'link' AS kind, type(r) + coalesce(' ' + r.title, '') + ' →' AS what, x.name AS other,
         coalesce(s.dated, r.date) AS date, s.title AS story, r.evidence AS evidence
  UNION ALL
  MATCH (p)<-[r:ACCOMPANIED|MET|SIGNED]-(x)
  WHERE $top = 0
  OPTIONAL MATCH (s:Story {id: r.story})
  RETURN 2 AS section, 'link' AS kind, '← ' + type(r) AS what, x.name AS other,
         coalesce(s.dated, r.date) AS date, s.title AS story, r.evidence AS evidence
  UNION ALL
  UNWIND recent AS s
  CALL (p, s) {
    MATCH (p)-[r:ACCOMPANIED]->(x) USING INDEX r:ACCOMPANIED(story) WHERE r.story = s.id RETURN r, x, true AS out
    UNION ALL
    MATCH (p)-[r:MET]->(x) USING INDEX r:MET(story) WHERE r.story = s.id RETURN r, x, true AS out
    UNION ALL
    MATCH (p)-[r:VISITED]->(x) USING INDEX r:VISITED(story) WHERE r.story = s.id RETURN r, x, true AS out
    UNION ALL
    MATCH (p)-[r:SIGNED]->(x) USING INDEX r:SIGNED(story) WHERE r.story = s.id RETURN r, x, true AS out
    UNION ALL
    MATCH (p)-[r:EXECUTIVE_OF]->(x) USING INDEX r:EXECUTIVE_OF(story) WHERE r.story = s.id RETURN r, x, true AS out
    UNION ALL
    MATCH (p)<-[r:ACCOMPANIED]-(x) USING INDEX r:ACCOMPANIED(story) WHERE r.story = s.id RETURN r, x, false AS out
    UNION ALL
    MATCH (p)<-[r:MET]-(x) USING INDEX r:MET(story) WHERE r.story = s.id RETURN r, x, false AS out
    UNION ALL
    MATCH (p)<-[r:SIGNED]-(x) USING INDEX r:SIGNED(story) WHERE r.story = s.id RETURN r, x, false AS out
  }
  RETURN 2 AS section, 'link' AS kind,
         CASE WHEN out THEN type(r) + coalesce(' ' + r.title, '') + ' →' ELSE '← ' + type(r) END AS what,
         x.name AS other, coalesce(s.dated, r.date) AS date, s.title AS story, r.evidence AS evidence
  UNION ALL
  MATCH (p)-[:WROTE]->(s:Story)
  WHERE $top = 0
  RETURN 2 AS section, 'byline' AS kind, 'WROTE' AS what, null AS other, s.dated AS date,
         s.title AS story, null AS evidence
  UNION ALL
  UNWIND recent AS s
  MATCH (p)-[:WROTE]->(s)
  RETURN 2 AS section, 'byline' AS kind, 'WROTE' AS what, null AS other, s.dated AS date,
         s.title AS story, null AS evidence
  UNION ALL
  MATCH (p)-[d:POSSIBLY_SAME_AS]-(x:Person)
  RETURN 3 AS section, 'possibly same as' AS kind, d.reason AS what, x.name AS other, null AS date,
         null AS story, null AS evidence
}
RETURN kind, what, other, date, story, evidence
ORDER BY section, date, what, other
