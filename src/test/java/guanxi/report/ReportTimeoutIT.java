package guanxi.report;

import guanxi.graph.EmbeddedNeo4j;
import guanxi.graph.Neo4jConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.Neo4jException;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A report that runs too long is ended by Neo4j at its timeout; the embedded server has its own limit for the rest. */
class ReportTimeoutIT {

    @TempDir
    Path home;

    @Test
    void aSlowReportIsEndedAtItsTimeoutAndTheServerHasALimit() {
        Report slow = Report.parse("slow", "slow.cypher", """
                // Report: Slow
                // Description: counts far too long
                UNWIND range(1, 2000000000) AS i WITH i WHERE i % 7 = 100 RETURN count(i) AS n
                """);
        try (EmbeddedNeo4j server = EmbeddedNeo4j.start(new EmbeddedNeo4j.Settings(home, "127.0.0.1", 0, 0, null, "64m"));
             Driver driver = new Neo4jConnection(server.boltUri(), "neo4j", null).open()) {
            long start = System.nanoTime();
            Neo4jException e = catchThrowableOfType(Neo4jException.class,
                    () -> new ReportRunner(driver).run(slow, Map.of(), Duration.ofSeconds(2)));
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(e).isNotNull();
            assertThat(ReportRunner.timedOut(e)).as(e.code() + " " + e.getMessage()).isTrue();
            assertThat(took).isLessThan(Duration.ofSeconds(30));
            try (Session s = driver.session()) {
                assertThat(s.run("CALL dbms.listConfig('db.transaction.timeout') YIELD value RETURN value")
                        .single().get(0).asString()).isEqualTo("10m");
            }
        }
    }
}
