// Projects of a graph loaded before the loads kept project families (family_low, family_high, family_spread: what
// investment-discrepancies ranks on): every project with a stated range and no family. The loader computes them
// (project_families.cypher, guanxi.graph.derive.ProjectFamily) once. No rows on a graph loaded since.
MATCH (p:Project)
WHERE p.investment_high IS NOT NULL AND p.family_high IS NULL
RETURN p.name AS name
