package guanxi.graph.web;

import guanxi.graph.EmbeddedNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.graphdb.Transaction;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The story reader's transactions read and cannot write, whatever a query asks. */
class StoryReadsIT {

    @Test
    void readerTransactionsRefuseWrites(@TempDir Path home) {
        try (EmbeddedNeo4j server = EmbeddedNeo4j.start(new EmbeddedNeo4j.Settings(home, "127.0.0.1", 0, 0, null, "64m"))) {
            StoryReads reads = new StoryReads(server.managementService());
            try (Transaction tx = reads.readOnly()) {
                assertThat(tx.execute("MATCH (n) RETURN count(n) AS n").next().get("n")).isEqualTo(0L);
            }
            assertThatThrownBy(() -> {
                try (Transaction tx = reads.readOnly()) {
                    tx.execute("CREATE (:Story {id: 'written-by-the-reader'})").close();
                    tx.commit();
                }
            }).hasMessageContaining("not allowed");
            assertThat(reads.count("")).isZero();
            assertThat(reads.story("written-by-the-reader")).isEmpty();
            assertThat(reads.browserLink("abc")).contains("neo4j%3A%2F%2Flocalhost%3A" + server.boltPort());
            assertThat(reads.browserLink("a'b")).isNull();
        }
    }
}
