package guanxi.graph;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The loader against the official image docker-compose.yml runs (same version as the embedded server).
 * Skipped where no Docker engine runs, as on the machines guanxi was built on.
 */
@Testcontainers(disabledWithoutDocker = true)
class Neo4jImageIT {

    @Container
    static final Neo4jContainer NEO4J = new Neo4jContainer("neo4j:2026.08.1").withoutAuthentication();

    @Test
    void loadsHandBuiltPagesIntoTheImage() {
        try (Driver driver = new Neo4jConnection(NEO4J.getBoltUrl(), "neo4j", null).open()) {
            new GraphLoader(driver, Resolutions.none(), LoadProgress.SILENT, 10)
                    .load(java.util.List.of(GraphLoaderIT.inspectionPage(), GraphLoaderIT.laterPage()));
            try (Session s = driver.session()) {
                assertThat(s.run("MATCH (:Person {name: '武耀文'})-[r:ACCOMPANIED]->(:Person {name: '夏祖义'}) RETURN count(r)")
                        .single().get(0).asLong()).isEqualTo(1);
            }
        }
    }
}
