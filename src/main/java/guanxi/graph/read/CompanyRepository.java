package guanxi.graph.read;

import org.springframework.data.neo4j.repository.query.Query;
import org.springframework.data.repository.Repository;

import java.util.List;

/** Companies, found by name or alias, and the companies a person dealt with. Read-only, like every read repository. */
interface CompanyRepository extends Repository<CompanyNode, String> {

    @Query("""
            MATCH (c:Company) WHERE c.name = $name OR $name IN c.aliases
            RETURN c LIMIT 1""")
    List<CompanyNode> findByNameOrAlias(String name);

    /** Companies the person visited, signed with, works for, or whose people the person met. */
    @Query("""
            MATCH (p:Person {name: $name})
            CALL (p) {
              MATCH (p)-[r:VISITED|SIGNED|EXECUTIVE_OF]->(c:Company) RETURN c, type(r) AS how, r.story AS story
              UNION
              MATCH (p)-[r:MET]-(:Person)-[:EXECUTIVE_OF]->(c:Company) RETURN c, 'MET' AS how, r.story AS story
            }
            WITH c, collect(DISTINCT how) AS relations, count(DISTINCT story) AS stories
            ORDER BY stories DESC, c.name
            RETURN c, relations, stories""")
    List<Projections.CompanyLine> companiesOfPerson(String name);
}
