// Links two company nodes when one's name is printed as the other's alias, or they share an alias, in different
// stories (within one story the extractor already folds short and legal names into one company). Never merges.
UNWIND $names AS name
MATCH (c:Company {name: name})
CALL (c) {
  MATCH (c)-[old:POSSIBLY_SAME_AS]-()
  DELETE old
}
CALL (c) {
  UNWIND [c.name] + coalesce(c.aliases, []) AS printed
  // Quoted Lucene phrase: only the quote and the backslash need escaping inside it.
  WITH c, replace(replace(printed, '\\', '\\\\'), '"', '\\"') AS form
  CALL db.index.fulltext.queryNodes('entity_names', 'name:"' + form + '" OR aliases:"' + form + '"') YIELD node
  WITH c, node AS o
  WHERE o:Company AND o <> c
    AND (o.name IN coalesce(c.aliases, []) OR c.name IN coalesce(o.aliases, [])
         OR any(a IN coalesce(o.aliases, []) WHERE a IN coalesce(c.aliases, [])))
  RETURN DISTINCT o
}
WITH c, o
WHERE NOT [c.name, o.name] IN $different AND NOT [o.name, c.name] IN $different
WITH CASE WHEN c.name < o.name THEN c ELSE o END AS a, CASE WHEN c.name < o.name THEN o ELSE c END AS b
MERGE (a)-[r:POSSIBLY_SAME_AS]->(b)
SET r.reason = 'alias match: ' + a.name + ' / ' + b.name,
    r.score = 0.8
