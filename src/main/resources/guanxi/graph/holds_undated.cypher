// Titles held in a graph loaded before HOLDS kept first_dated/last_dated: each such HOLDS with the Story.dated of every
// story printing the title with the name. The loader folds them (guanxi.graph.derive.TitleSpan) and sets them once with
// holds_dated.cypher, before a load extends them (a load only extends what is kept). No rows, and a quick scan, on a
// graph loaded since.
MATCH (p:Person)-[h:HOLDS]->(t:Title)
WHERE h.first_dated IS NULL
MATCH (s:Story)-[m:MENTIONS]->(p)
WHERE t.name IN m.titles
RETURN elementId(h) AS id, s.dated AS dated
