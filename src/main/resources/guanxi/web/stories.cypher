// The story reader's list: one page of stories, newest first by Story.dated (a date without a year, ????-MM-DD,
// after every dated one), each with its number of facts. $q filters by part of the headline, text, page file, date
// or id ('' for all); $skip and $limit page through them.
MATCH (s:Story)
WHERE $q = '' OR s.title CONTAINS $q OR s.text CONTAINS $q OR s.doc CONTAINS $q
   OR coalesce(s.dated, '') STARTS WITH $q OR s.id = $q
WITH s
ORDER BY coalesce(s.dated, '????') STARTS WITH '????', s.dated DESC, s.doc, s.title
SKIP $skip LIMIT $limit
RETURN s.id AS id, s.title AS title, coalesce(s.dated, '????-??-??') AS dated, s.doc AS doc,
  COUNT { MATCH (:Person)-[:LED|PRESIDED|ATTENDED]->(s) }
  + COUNT {
      // As in story-graph: only entities the story gives an outgoing relation, only that story's relations.
      MATCH (s)-[m:MENTIONS]->(a)
      WHERE any(t IN m.roles WHERE t IN ['ACCOMPANIED', 'MET', 'VISITED', 'SIGNED', 'INVESTS_IN', 'EXECUTIVE_OF', 'SUBSIDIARY_OF'])
      MATCH (a)-[r:ACCOMPANIED|MET|VISITED|SIGNED|INVESTS_IN|EXECUTIVE_OF|SUBSIDIARY_OF]->()
      WHERE r.story = s.id
    } AS facts
