// Projects of a graph loaded before the loads kept the range of stated amounts (investment_low, investment_high,
// investment_spread: what the investment reports rank on): every project with a stated figure and no range. The loader
// recomputes their figures (project_mentions.cypher, guanxi.graph.derive.StatedRange) once. No rows, and a quick scan,
// on a graph loaded since.
MATCH (p:Project)
WHERE p.investment_yuan IS NOT NULL AND p.investment_high IS NULL
RETURN p.name AS name
