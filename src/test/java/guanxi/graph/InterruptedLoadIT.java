package guanxi.graph;

import guanxi.extract.PageSource;
import guanxi.model.ExtractedPage;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A load killed after its batches and before its identity pass leaves its entities marked; the next {@code serve}
 * (or load) completes the pass, so the graph equals a clean load's: same counts, same checksum over every property.
 */
class InterruptedLoadIT extends ServerPerClass {

    @Test
    void theNextStartCompletesTheIdentityPassAKilledLoadNeverRan() throws Exception {
        List<ExtractedPage> pages = new ArrayList<>();
        try (PageSource seeds = PageSource.of(List.of(Path.of("seeds")))) {
            seeds.forEach(pages::add);
        }
        new SyntheticPages(20, 5, "int").forEach(pages::add);

        wipe();
        new GraphLoader(driver, Resolutions.none(), LoadProgress.SILENT, 20).load(pages);
        Map<String, Long> cleanShape = shape();
        String cleanSum = ConcurrentLoadsIT.checksum();
        assertThat(count("MATCH (e:GuanxiIdentityPending) RETURN count(e)")).isZero();

        wipe();
        GraphLoader killed = new GraphLoader(driver, Resolutions.none(), LoadProgress.SILENT, 20);
        killed.applySchema();
        LoadSummary[] running = {new LoadSummary(0, 0, 0, 0, 0, 0, Duration.ZERO)};
        Set<BatchRows.EntityKey> touched = new LinkedHashSet<>();
        killed.writeBatches(pages, running, System.nanoTime(), touched);
        // Killed here: every story is in, the identity links are not.
        assertThat(count("MATCH (e:GuanxiIdentityPending) RETURN count(e)")).isPositive();
        assertThat(ConcurrentLoadsIT.checksum()).isNotEqualTo(cleanSum);

        // serve restarted on the same folder with every page already there: it loads nothing but applies the schema.
        new GraphLoader(driver, Resolutions.none(), LoadProgress.SILENT, 20).applySchema();

        assertThat(count("MATCH (e:GuanxiIdentityPending) RETURN count(e)")).isZero();
        assertThat(shape()).isEqualTo(cleanShape);
        assertThat(ConcurrentLoadsIT.checksum()).isEqualTo(cleanSum);
    }
}
