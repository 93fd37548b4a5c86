// The forms each story printed for the given companies (their alternative names, the printed form a resolution
// merged into the name): the loader makes aliases of them (guanxi.graph.derive.Aliases) and writes them with
// derived_write.cypher.
UNWIND $names AS name
MATCH (c:Company {name: name})
OPTIONAL MATCH (c)<-[m:MENTIONS]-(:Story)
RETURN name, elementId(c) AS id, coalesce(m.aliases, []) AS aliases, m.printed AS printed
