package guanxi.graph.read;

import org.springframework.data.neo4j.repository.query.Query;
import org.springframework.data.repository.Repository;

import java.util.List;

/**
 * Stories about a person or company, newest first by Story.dated; a story whose year is unknown ({@code ????-MM-DD},
 * as edges and reports mark it) after every dated one.
 */
interface StoryRepository extends Repository<StoryNode, String> {

    @Query("""
            MATCH (s:Story)-[:MENTIONS]->(e {name: $name})
            WHERE e:Person OR e:Company
            RETURN s, COLLECT { MATCH (e)-[r]->(s) RETURN type(r) } AS roles
            ORDER BY coalesce(s.dated, '????') STARTS WITH '????', s.dated DESC""")
    List<Projections.StoryLine> storiesOf(String name);
}
