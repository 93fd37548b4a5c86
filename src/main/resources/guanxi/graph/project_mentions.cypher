// The figures each story stated for the given projects, with the story's printed date: the loader folds them into
// the latest (guanxi.graph.derive.LatestFigure) and writes them with derived_write.cypher. A project no story states a
// figure for is one row without one, so that its figures are cleared.
UNWIND $names AS name
MATCH (p:Project {name: name})
OPTIONAL MATCH (p)<-[m:MENTIONS]-(s:Story)
WHERE m.investment_yuan IS NOT NULL OR m.status IS NOT NULL
RETURN name, elementId(p) AS id, m.investment_yuan AS investment, m.status AS status, s.date AS date
