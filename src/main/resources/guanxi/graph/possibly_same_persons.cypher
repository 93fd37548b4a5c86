// Links a person to names one character apart (an OCR misreading or a typo, e.g. 张瑞士 / 张瑞轩) when the two
// share a title or people they appeared with, and never appear in the same story (two names there are two people).
// Never merges: a reviewer decides in cypher/resolutions.tsv. $different lists pairs a reviewer kept apart.
UNWIND $names AS name
MATCH (p:Person {name: name})
CALL (p) {
  MATCH (p)-[old:POSSIBLY_SAME_AS]-()
  DELETE old
}
CALL (p) {
  MATCH (o:Person)
  WHERE o.name ENDS WITH substring(p.name, 1) AND size(o.name) = size(p.name) AND o <> p
  RETURN o
  UNION
  UNWIND range(1, size(p.name) - 1) AS i
  MATCH (o:Person)
  WHERE o.name STARTS WITH substring(p.name, 0, i) AND o.name ENDS WITH substring(p.name, i + 1)
    AND size(o.name) = size(p.name) AND o <> p
  RETURN o
}
WITH p, o
WHERE NOT [p.name, o.name] IN $different AND NOT [o.name, p.name] IN $different
  AND NOT EXISTS { (p)<-[:MENTIONS]-(:Story)-[:MENTIONS]->(o) }
WITH p, o,
     COLLECT { MATCH (p)-[:HOLDS]->(t:Title)<-[:HOLDS]-(o) RETURN t.name } AS titles,
     COLLECT {
       MATCH (p)<-[:MENTIONS]-(s:Story)-[:MENTIONS]->(x:Person)
       WHERE x <> o AND NOT (x)-[:WROTE]->(s)
         AND EXISTS { (o)<-[:MENTIONS]-(s2:Story)-[:MENTIONS]->(x) WHERE NOT (x)-[:WROTE]->(s2) }
       RETURN DISTINCT x.name
     } AS coattendees
WHERE size(titles) > 0 OR size(coattendees) >= $minCoattendees
WITH CASE WHEN p.name < o.name THEN p ELSE o END AS a, CASE WHEN p.name < o.name THEN o ELSE p END AS b,
     titles, coattendees,
     0.4 + CASE WHEN size(titles) > 0 THEN 0.3 ELSE 0.0 END + 0.05 * size(coattendees) AS raw
MERGE (a)-[r:POSSIBLY_SAME_AS]->(b)
SET r.reason = 'one character apart'
      + CASE WHEN size(titles) > 0 THEN '; shared title ' + reduce(s = '', t IN titles | s + CASE s WHEN '' THEN '' ELSE '、' END + t) ELSE '' END
      + CASE WHEN size(coattendees) > 0 THEN '; appeared with ' + reduce(s = '', x IN coattendees[..5] | s + CASE s WHEN '' THEN '' ELSE '、' END + x)
             + CASE WHEN size(coattendees) > 5 THEN ' and ' + toString(size(coattendees) - 5) + ' more' ELSE '' END ELSE '' END,
    r.score = round(CASE WHEN raw > 0.95 THEN 0.95 ELSE raw END, 2)
