package guanxi.graph;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaTest {

    private static final List<String> SCRIPT = List.of(
            "CREATE CONSTRAINT bridge_name IF NOT EXISTS FOR (n:Bridge) REQUIRE n.name IS UNIQUE",
            "CREATE TEXT INDEX bridge_name_text IF NOT EXISTS FOR (n:Bridge) ON (n.name)",
            "CREATE FULLTEXT INDEX river_names IF NOT EXISTS\nFOR (n:River|Bridge) ON EACH [n.name]",
            "DROP INDEX bridge_span IF EXISTS",
            "CALL db.awaitIndexes(10)");

    @Test
    void anEmptyGraphGetsEveryCreationButNoDropAndStatementsNamingNothingAlwaysRun() {
        assertThat(Schema.needed(SCRIPT, Set.of())).containsExactly(SCRIPT.get(0), SCRIPT.get(1), SCRIPT.get(2),
                SCRIPT.get(4));
    }

    @Test
    void aGraphHoldingSomeOfItGetsTheRestAndLosesWhatIsRetired() {
        assertThat(Schema.needed(SCRIPT, Set.of("bridge_name", "river_names", "bridge_span")))
                .containsExactly(SCRIPT.get(1), SCRIPT.get(3), SCRIPT.get(4));
    }

    @Test
    void everyStatementOfTheShippedSchemaNamesWhatItCreatesOrDrops() {
        Set<String> created = new HashSet<>(Schema.created(Schema.STATEMENTS));
        assertThat(created).contains("story_id", "entity_names", "story_title_text");
        // Up to date: nothing to run. Each statement is thus recognised, or it would run every time.
        assertThat(Schema.needed(Schema.STATEMENTS, created)).isEmpty();
    }
}
