package guanxi.graph;

import guanxi.extract.PageSource;
import guanxi.model.ExtractedPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two loads of the same pages at once (two {@code guanxi load} runs, or {@code serve} loading while a {@code load}
 * runs) give the graph one load gives: the same node and relationship counts and the same checksum over every
 * property of every node and relationship. Real seed pages and synthetic ones, in many small batches so the two
 * loads' transactions interleave.
 */
class ConcurrentLoadsIT extends ServerPerClass {

    /** Lists whose order the loader leaves to Cypher's aggregation; compared as sets. */
    private static final Set<String> UNORDERED = Set.of("titles", "aliases");
    private static final List<ExtractedPage> PAGES = new ArrayList<>();
    private static final int BATCH = 12;

    @BeforeAll
    static void pages() {
        try (PageSource seeds = PageSource.of(List.of(Path.of("seeds")))) {
            seeds.forEach(PAGES::add);
        }
        new SyntheticPages(40, 11, "con").forEach(PAGES::add);
    }

    @Test
    void twoLoadsOfTheSamePagesSideBySideGiveTheGraphOfOne() throws Exception {
        wipe();
        new GraphLoader(driver, Resolutions.none(), LoadProgress.SILENT, BATCH).load(PAGES);
        Map<String, Long> oneShape = shape();
        String oneSum = checksum();

        wipe();
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<LoadSummary>> loads = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            loads.add(CompletableFuture.supplyAsync(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return new GraphLoader(driver, Resolutions.none(), LoadProgress.SILENT, BATCH).load(PAGES);
            }));
        }
        go.countDown();
        for (CompletableFuture<LoadSummary> load : loads) {
            assertThat(load.get().pages()).isEqualTo(PAGES.size());
        }

        assertThat(shape()).isEqualTo(oneShape);
        assertThat(checksum()).isEqualTo(oneSum);
        assertThat(count("MATCH (l:GuanxiLoadLock) RETURN count(l)")).isZero();
        assertThat(oneShape.get("-POSSIBLY_SAME_AS")).isPositive();
    }

    /** SHA-256 over one sorted line per node and relationship with its properties in key order. */
    static String checksum() throws Exception {
        return checksum(driver);
    }

    /** The same over the graph behind {@code d}. */
    static String checksum(org.neo4j.driver.Driver d) throws Exception {
        List<String> lines = new ArrayList<>();
        lines.addAll(canonical(d, "MATCH (n) RETURN labels(n)[0] + ':' + coalesce(n.id, n.name) AS key, properties(n) AS props"));
        lines.addAll(canonical(d, """
                MATCH (a)-[r]->(b)
                RETURN type(r) + ' ' + labels(a)[0] + ':' + coalesce(a.id, a.name) + ' -> ' + labels(b)[0] + ':'
                       + coalesce(b.id, b.name) AS key, properties(r) AS props"""));
        lines.sort(null);
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        lines.forEach(line -> sha.update((line + "\n").getBytes(StandardCharsets.UTF_8)));
        return lines.size() + " " + HexFormat.of().formatHex(sha.digest());
    }

    private static List<String> canonical(org.neo4j.driver.Driver d, String cypher) {
        List<String> lines = new ArrayList<>();
        try (Session s = d.session()) {
            for (Record r : s.run(cypher).list()) {
                Map<String, Object> props = new TreeMap<>();
                r.get("props").asMap(Value::asObject).forEach((k, v) -> props.put(k,
                        UNORDERED.contains(k) && v instanceof List<?> l ? l.stream().map(String::valueOf).sorted().toList() : v));
                lines.add(r.get("key").asString() + " " + props);
            }
        }
        return lines;
    }
}
