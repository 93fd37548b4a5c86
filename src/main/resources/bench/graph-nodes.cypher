// The graph's size for the benchmark's figures: nodes (answered from Neo4j's count store).
MATCH (n) RETURN count(n) AS n
