package guanxi.graph.read;

import org.springframework.data.neo4j.repository.query.Query;
import org.springframework.data.repository.Repository;

import java.util.List;

/** Projects tied to a person (visited, signed) or a company (invests in, signed), directly or via its executives. */
interface ProjectRepository extends Repository<ProjectNode, String> {

    @Query("""
            MATCH (e {name: $name})
            WHERE e:Person OR e:Company
            CALL (e) {
              MATCH (e)-[r:VISITED|SIGNED|INVESTS_IN]->(pr:Project) RETURN pr, type(r) AS how
              UNION
              MATCH (e)-[:EXECUTIVE_OF]->(:Company)-[r:INVESTS_IN|SIGNED]->(pr:Project) RETURN pr, 'company ' + type(r) AS how
            }
            WITH pr, collect(DISTINCT how) AS via
            ORDER BY pr.name
            RETURN pr, via""")
    List<Projections.ProjectLine> projectsOf(String name);
}
