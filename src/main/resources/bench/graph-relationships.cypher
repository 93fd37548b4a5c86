// The graph's size for the benchmark's figures: relationships (answered from Neo4j's count store).
MATCH ()-[r]->() RETURN count(r) AS n
