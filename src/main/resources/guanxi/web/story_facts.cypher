// Every fact story $id states, as story-graph finds them: roles in its own event (Person -> Story) and the relations
// between entities that carry its id, each with its span in the story text, evidence sentence and rule.
MATCH (s:Story {id: $id})
CALL (s) {
  MATCH (p:Person)-[r:LED|PRESIDED|ATTENDED]->(s)
  RETURN r, 'Person' AS from_kind, p.name AS from, null AS to_kind, null AS to
  UNION ALL
  MATCH (s)-[m:MENTIONS]->(a)
  WHERE any(t IN m.roles WHERE t IN ['ACCOMPANIED', 'MET', 'VISITED', 'SIGNED', 'INVESTS_IN', 'EXECUTIVE_OF', 'SUBSIDIARY_OF'])
  MATCH (a)-[r:ACCOMPANIED|MET|VISITED|SIGNED|INVESTS_IN|EXECUTIVE_OF|SUBSIDIARY_OF]->(b)
  WHERE r.story = s.id
  RETURN r, labels(a)[0] AS from_kind, coalesce(r.from_printed, a.name) AS from,
    labels(b)[0] AS to_kind, coalesce(r.to_printed, b.name) AS to
}
RETURN type(r) AS type, from_kind, from, to_kind, to, r.title AS title, r.evidence AS evidence, r.rule AS rule,
  r.start AS start, r.end AS end
ORDER BY coalesce(start, 2147483647), end, type, from, to
