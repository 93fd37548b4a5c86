// What the family of each named project (guanxi.graph.derive.ProjectFamily) is folded from: its range of stated
// amounts and those of its POSSIBLY_SAME_AS neighbours that state one.
UNWIND $names AS name
MATCH (p:Project {name: name})
RETURN p.name AS name, p.investment_low AS low, p.investment_high AS high,
       COLLECT { MATCH (p)-[:POSSIBLY_SAME_AS]-(o:Project)
                 WHERE o.investment_high IS NOT NULL
                 RETURN {name: o.name, low: o.investment_low, high: o.investment_high} } AS near
