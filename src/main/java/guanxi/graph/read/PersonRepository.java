package guanxi.graph.read;

import org.springframework.data.neo4j.repository.query.Query;
import org.springframework.data.repository.Repository;

import java.util.List;
import java.util.Optional;

/**
 * Read-only queries about people for the dossier. A plain {@link Repository}, so nothing here can save or delete:
 * the loader alone writes the graph.
 */
interface PersonRepository extends Repository<PersonNode, String> {

    /** The person named exactly {@code name}, with the titles held. */
    Optional<PersonNode> findById(String name);

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
