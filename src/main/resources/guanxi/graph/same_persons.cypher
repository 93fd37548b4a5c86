// Links two people whose names are one character apart (an OCR misreading or a typo, e.g. 张瑞士 / 张瑞轩) when they
// share a title or at least $minCoattendees people they appeared with, and never appear in the same story (two names
// there are two people). Never merges: a reviewer decides in cypher/resolutions.tsv.
// Each side's companions are collected once and compared as lists, so a much-reported official costs one expansion.
// First drop the links of the entities whose facts changed ($names); those that still hold are recreated.
CALL {
  UNWIND $names AS name
  MATCH (:Person {name: name})-[old:POSSIBLY_SAME_AS]-()
  WITH DISTINCT old
  DELETE old
}
UNWIND $pairs AS pair
MATCH (a:Person {name: pair[0]})
MATCH (b:Person {name: pair[1]})
WHERE NOT EXISTS { (a)<-[:MENTIONS]-(:Story)-[:MENTIONS]->(b) }
WITH a, b,
     COLLECT { MATCH (a)-[:HOLDS]->(t:Title)<-[:HOLDS]-(b) RETURN t.name } AS titles,
     COLLECT { MATCH (a)<-[:MENTIONS]-(:Story)-[m:MENTIONS]->(x:Person) WHERE x <> a AND m.byline IS NULL
               RETURN DISTINCT x } AS companionsOfA,
     COLLECT { MATCH (b)<-[:MENTIONS]-(:Story)-[m:MENTIONS]->(x:Person) WHERE x <> b AND m.byline IS NULL
               RETURN DISTINCT x } AS companionsOfB
WITH a, b, titles, [x IN companionsOfB WHERE x IN companionsOfA | x.name] AS coattendees
WHERE size(titles) > 0 OR size(coattendees) >= $minCoattendees
WITH a, b, titles, coattendees,
     0.4 + CASE WHEN size(titles) > 0 THEN 0.3 ELSE 0.0 END + 0.05 * size(coattendees) AS raw
MERGE (a)-[r:POSSIBLY_SAME_AS]->(b)
SET r.reason = 'one character apart'
      + CASE WHEN size(titles) > 0 THEN '; shared title ' + reduce(s = '', t IN titles | s + CASE s WHEN '' THEN '' ELSE '、' END + t) ELSE '' END
      + CASE WHEN size(coattendees) > 0 THEN '; appeared with ' + reduce(s = '', x IN coattendees[..5] | s + CASE s WHEN '' THEN '' ELSE '、' END + x)
             + CASE WHEN size(coattendees) > 5 THEN ' and ' + toString(size(coattendees) - 5) + ' more' ELSE '' END ELSE '' END,
    r.score = round(CASE WHEN raw > 0.95 THEN 0.95 ELSE raw END, 2)
