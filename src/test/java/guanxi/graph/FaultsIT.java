package guanxi.graph;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Unreachable servers, wrong passwords and a server killed mid-load: one line, fast, nothing half-loaded. */
class FaultsIT {

    @TempDir
    Path home;

    static int closedPort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Test
    void anUnreachableServerIsReportedInOneLineNamingTheAddressWithinThirtySeconds() throws Exception {
        String uri = "bolt://127.0.0.1:" + closedPort();
        long start = System.nanoTime();
        Throwable failure = catchThrowable(() -> new Neo4jConnection(uri, "neo4j", null).open());
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
        assertThat(failure).isInstanceOf(Neo4jUnavailableException.class);
        assertThat(failure.getMessage()).isEqualTo("Neo4j at " + uri + ": nothing answers there (connection refused)");
    }

    @Test
    void theLoadCommandPathExitsWithOneLine() throws Exception {
        String uri = "bolt://127.0.0.1:" + closedPort();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = guanxi.cli.LoadCommandAccess.load(new Neo4jConnection(uri, "neo4j", null), Path.of("seeds"),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8).strip()).contains(uri).doesNotContain("\n").doesNotContain("Exception");
    }

    @Test
    void aServerKilledMidLoadLeavesWholeStoriesAndARerunCompletesTheLoad() {
        EmbeddedNeo4j.Settings settings = new EmbeddedNeo4j.Settings(home, "127.0.0.1", 0, 0, "s3cret-pass", "64m");
        EmbeddedNeo4j server = EmbeddedNeo4j.start(settings);
        Neo4jConnection connection = new Neo4jConnection(server.boltUri(), "neo4j", "s3cret-pass");

        Throwable wrong = catchThrowable(() -> new Neo4jConnection(server.boltUri(), "neo4j", "wrong").open());
        assertThat(wrong.getMessage()).contains(server.boltUri()).contains("refused the credentials").doesNotContain("\n")
                .doesNotContain("wrong");

        SyntheticPages corpus = new SyntheticPages(200, 7, "k");
        AtomicLong killedAt = new AtomicLong();
        LoadProgress killAfterTwoBatches = new LoadProgress() {
            @Override
            public void batch(int pages, int stories, Duration elapsed) {
                if (stories >= 200 && killedAt.get() == 0) {
                    killedAt.set(System.nanoTime());
                    Thread.ofPlatform().start(server::close);
                }
            }

            @Override
            public void finished(LoadSummary summary) {
            }
        };
        try (Driver driver = connection.open()) {
            Throwable failure = catchThrowable(() ->
                    new GraphLoader(driver, Resolutions.none(), killAfterTwoBatches, 100).load(corpus));
            assertThat(failure).as("the load must fail when its server dies").isNotNull();
            assertThat(Duration.ofNanos(System.nanoTime() - killedAt.get())).isLessThan(Duration.ofSeconds(30));
            assertThat(connection.explain((RuntimeException) failure).getMessage())
                    .contains(server.boltUri()).doesNotContain("\n");
        }

        EmbeddedNeo4j restarted = EmbeddedNeo4j.start(settings);
        try (Driver driver = new Neo4jConnection(restarted.boltUri(), "neo4j", "s3cret-pass").open()) {
            long partial = count(driver, "MATCH (s:Story) RETURN count(s)");
            assertThat(partial).isPositive().isLessThan(800);
            assertThat(count(driver, "MATCH (s:Story) WHERE COUNT { (s)--() } <> $n RETURN count(s)"))
                    .as("stories with missing facts").isZero();

            new GraphLoader(driver, Resolutions.none(), LoadProgress.SILENT, 100).load(corpus);
            assertThat(count(driver, "MATCH (s:Story) RETURN count(s)")).isEqualTo(800);
            assertThat(count(driver, "MATCH (s:Story) WHERE COUNT { (s)--() } <> $n RETURN count(s)")).isZero();
        } finally {
            restarted.close();
        }
    }

    private static long count(Driver driver, String cypher) {
        try (Session s = driver.session()) {
            return s.run(cypher, Map.of("n", SyntheticPages.STORY_DEGREE)).single().get(0).asLong();
        }
    }
}
