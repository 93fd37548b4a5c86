// The titles $names hold before their HOLDS are recomputed: the only titles a batch can leave without a holder
// (derived_write.cypher).
UNWIND $names AS name
MATCH (:Person {name: name})-[:HOLDS]->(t:Title)
RETURN collect(DISTINCT t.name) AS titles
