// Report: Story graph
// Description: Every fact one story states: roles in its event and relations between people, companies, organisations and projects, each with its evidence sentence; in the Browser it draws as a graph.
// @param story STRING the story's id or part of its title (required, e.g. 夏祖义带队)
// @param top INTEGER how many of the stories it matches to show, most recent first; 0 shows all (default 20, e.g. 5)
// A common word of a headline matches a large part of an archive (a third of a million stories): the stories are
// ranked by date (a date without a year last) and only the $top most recent are read for their facts.
MATCH (s:Story)
WHERE s.id = $story OR s.title CONTAINS $story
WITH s ORDER BY left(s.dated, 1) = '?', s.dated DESC, s.id
LIMIT CASE WHEN $top = 0 THEN 1000000000 ELSE $top END
CALL (s) {
  MATCH (p:Person)-[r:LED|PRESIDED|ATTENDED]->(s)
  RETURN p AS source, r AS rel, s AS target
  UNION ALL
  // Only entities the story gives an outgoing relation (its mention's roles), and only those relation types: a busy
  // official's hundreds of roles in other stories are never read.
  MATCH (s)-[m:MENTIONS]->(a)
  WHERE any(t IN m.roles WHERE t IN ['ACCOMPANIED', 'MET', 'VISITED', 'SIGNED', 'INVESTS_IN', 'EXECUTIVE_OF', 'SUBSIDIARY_OF'])
  MATCH (a)-[r:ACCOMPANIED|MET|VISITED|SIGNED|INVESTS_IN|EXECUTIVE_OF|SUBSIDIARY_OF]->(b)
  WHERE r.story = s.id
  RETURN a AS source, r AS rel, b AS target
}
RETURN s.title AS story, source, rel, target, rel.evidence AS evidence
ORDER BY story, type(rel), source.name, target.name
