// People of a graph loaded before the loads kept accompanied_most (what accompaniment-network ranks on): everyone who
// accompanied someone and has no count. The loader counts them once with accompanied_pairs.cypher. No rows, and a
// quick scan, on a graph loaded since.
MATCH (a:Person)
WHERE a.accompanied_most IS NULL AND EXISTS { (a)-[:ACCOMPANIED]->() }
RETURN a.name AS name
