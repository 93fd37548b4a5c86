package guanxi.graph.read;

import org.springframework.data.neo4j.repository.Neo4jRepository;
import org.springframework.data.neo4j.repository.query.Query;

import java.util.List;

/** Read-only queries about people for the dossier. */
public interface PersonRepository extends Neo4jRepository<PersonNode, String> {

    /** People who appear in the most stories with {@code name}, with the relations stated between them. */
    @Query("""
            MATCH (p:Person {name: $name})<-[:MENTIONS]-(s:Story)-[:MENTIONS]->(other:Person)
            WHERE other <> p AND NOT (other)-[:WROTE]->(s)
            WITH p, other, count(DISTINCT s) AS stories
            ORDER BY stories DESC, other.name
            LIMIT $limit
            RETURN other, stories,
                   COLLECT { MATCH (p)-[r]-(other) WHERE type(r) <> 'POSSIBLY_SAME_AS' RETURN DISTINCT type(r) } AS relations""")
    List<Projections.Connection> strongestConnections(String name, int limit);
}
