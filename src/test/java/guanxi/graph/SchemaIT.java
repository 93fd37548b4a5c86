package guanxi.graph;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The schema is applied to a graph by what it lacks: missing indexes are created, retired ones dropped. */
class SchemaIT extends ServerPerClass {

    @Test
    void aGraphMissingAnIndexAndHoldingARetiredOneIsBroughtUpToDate() {
        GraphLoader loader = new GraphLoader(driver, Resolutions.none(), LoadProgress.SILENT, 10);
        loader.applySchema();
        long full = count("SHOW INDEXES YIELD name RETURN count(*)");
        query("DROP INDEX story_dated", Map.of());
        query("CREATE INDEX accompanied_story FOR ()-[r:ACCOMPANIED]-() ON (r.story, r.date)", Map.of());

        loader.applySchema();

        assertThat(count("SHOW INDEXES YIELD name, state WHERE name = 'story_dated' AND state = 'ONLINE' RETURN count(*)"))
                .isOne();
        assertThat(count("SHOW INDEXES YIELD name WHERE name = 'accompanied_story' RETURN count(*)")).isZero();
        assertThat(count("SHOW INDEXES YIELD name RETURN count(*)")).isEqualTo(full);
    }
}
