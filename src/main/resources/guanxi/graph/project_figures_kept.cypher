// The figures kept so far for the projects a batch of new stories states figures for (the loader adds the batch's
// with guanxi.graph.derive.ProjectFigures and writes them back with derived_write.cypher): the latest investment and
// status, each with the printed date of the story stating it, and the range of the amounts stated. A figure kept
// without its date (a graph of an older version) makes the loader fold the project's stories again
// (project_mentions.cypher).
UNWIND $names AS name
MATCH (p:Project {name: name})
RETURN name, elementId(p) AS id, p.investment_yuan AS investment, p.investment_date AS investment_date,
       p.status AS status, p.status_date AS status_date, p.investment_low AS low, p.investment_high AS high
