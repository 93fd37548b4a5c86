// The POSSIBLY_SAME_AS neighbours of the named projects, read around the identity pass (before and after it): their
// families (guanxi.graph.derive.ProjectFamily) change with the touched projects' links and amounts. A name no project
// carries any more (a replaced page was its last mention) is gone: its former neighbours are found by name.
UNWIND $names AS name
OPTIONAL MATCH (p:Project {name: name})
RETURN name, p IS NULL AS gone,
       COLLECT { MATCH (p)-[:POSSIBLY_SAME_AS]-(o:Project) RETURN o.name } AS near
