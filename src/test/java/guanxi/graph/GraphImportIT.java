package guanxi.graph;

import guanxi.extract.PageSource;
import guanxi.model.ExtractedPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The bulk import builds the graph the transactional loader builds from the same pages into an empty database:
 * the seed pages through the real pipeline with the reviewer's resolutions (renamed people, aliases, project
 * figures, a possible duplicate) and synthetic pages with much-reported officials, in several batches.
 */
class GraphImportIT extends ServerPerClass {

    /** Lists whose order the loader leaves to Cypher's aggregation; compared as sets. */
    private static final Set<String> UNORDERED = Set.of("titles", "aliases");

    @TempDir
    static Path importHome;
    static final List<ExtractedPage> PAGES = new ArrayList<>();
    static LoadSummary imported;
    /** A reviewer's decision, so that renamed people (printed forms, aliases recomputed) are compared too. */
    static final Resolutions RESOLUTIONS = Resolutions.parse("薛云涛\t薛云海\tsame\n", "test");

    @BeforeAll
    static void loadBothWays() {
        try (PageSource seeds = PageSource.of(List.of(Path.of("seeds")))) {
            seeds.forEach(PAGES::add);
        }
        new SyntheticPages(60, 7, "imp").forEach(PAGES::add);
        // Two companies sharing a printed form, in different batches: the load finds the pair through the index.
        PAGES.add(1, Pages.page("mill-a.txt").story("纸业签约", "2024-08-09", "岚溪纸业有限公司签约。")
                .company("岚溪纸业有限公司", "岚溪纸业").done().build());
        PAGES.add(Pages.page("mill-b.txt").story("纸业投产", "2024-09-10", "岚溪纸业集团有限公司投产。")
                .company("岚溪纸业集团有限公司", "岚溪纸业").done().build());
        new GraphLoader(driver, RESOLUTIONS, LoadProgress.SILENT, 40).load(PAGES);
        imported = GraphImport.run(importHome, PAGES, RESOLUTIONS, LoadProgress.SILENT, 40).summary();
    }

    @Test
    void importedGraphEqualsTheLoadedOne() {
        List<String> loadedNodes = nodes(driver);
        List<String> loadedRelationships = relationships(driver);
        try (EmbeddedNeo4j other = EmbeddedNeo4j.start(new EmbeddedNeo4j.Settings(importHome, "127.0.0.1", 0, 0, null, "128m"));
             Driver importedDriver = new Neo4jConnection(other.boltUri(), "neo4j", null).open()) {
            // Built with its schema: the same constraints and indexes, online.
            assertThat(canonical(importedDriver, "SHOW INDEXES YIELD name, state RETURN name AS key, {state: state} AS props"))
                    .containsExactlyElementsOf(canonical(driver, "SHOW INDEXES YIELD name, state RETURN name AS key, {state: state} AS props"))
                    .allMatch(line -> line.endsWith("{state=ONLINE}"));
            assertThat(nodes(importedDriver)).containsExactlyElementsOf(loadedNodes);
            assertThat(relationships(importedDriver)).containsExactlyElementsOf(loadedRelationships);
            assertThat(imported.nodesCreated()).isEqualTo(loadedNodes.size());
            assertThat(imported.relationshipsCreated()).isEqualTo(loadedRelationships.size());
            assertThat(imported.stories()).isEqualTo((int) count("MATCH (s:Story) RETURN count(s)"));
            // The graph holds what the test means it to: renamed people, duplicates to review, titles over time.
            assertThat(count("MATCH (:Person)-[r:POSSIBLY_SAME_AS]->(:Person) RETURN count(r)")).isPositive();
            assertThat(count("MATCH (:Project)-[r:POSSIBLY_SAME_AS]->(:Project) RETURN count(r)")).isPositive();
            assertThat(count("MATCH (:Company)-[r:POSSIBLY_SAME_AS]->(:Company) RETURN count(r)")).isPositive();
            assertThat(count("MATCH ()-[r:HOLDS]->() RETURN count(r)")).isGreaterThan(50);
            assertThat(count("MATCH (p:Person {name: '薛云涛'}) WHERE '薛云海' IN p.aliases RETURN count(p)")).isOne();
        }
    }

    @Test
    void aHomeThatHoldsAGraphIsRefusedAndBadInputLeavesNoDatabase(@TempDir Path fresh) throws Exception {
        assertThatThrownBy(() -> GraphImport.run(home, PAGES, RESOLUTIONS, LoadProgress.SILENT, 40))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("already holds a graph");

        ExtractedPage bad = Pages.page("bad.txt").story("标题", "2024-01-02", "王强\u001F出席。").person("王强", "县长\u001F书记").done().build();
        assertThatThrownBy(() -> GraphImport.run(fresh, List.of(bad), Resolutions.none(), LoadProgress.SILENT, 40))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("U+001F");
        assertThat(GraphImport.isFresh(fresh)).isTrue();
        try (var left = Files.list(fresh)) {
            assertThat(left.filter(p -> p.getFileName().toString().startsWith("import-"))).isEmpty();
        }
    }

    private static List<String> nodes(Driver d) {
        return canonical(d, "MATCH (n) RETURN labels(n)[0] + ':' + coalesce(n.id, n.name) AS key, properties(n) AS props");
    }

    private static List<String> relationships(Driver d) {
        return canonical(d, """
                MATCH (a)-[r]->(b)
                RETURN type(r) + ' ' + labels(a)[0] + ':' + coalesce(a.id, a.name) + ' -> ' + labels(b)[0] + ':'
                       + coalesce(b.id, b.name) AS key, properties(r) AS props""");
    }

    /** One line per node or relationship, properties in key order, sorted: a graph's identity-free fingerprint. */
    private static List<String> canonical(Driver d, String cypher) {
        List<String> lines = new ArrayList<>();
        try (Session s = d.session()) {
            for (Record r : s.run(cypher).list()) {
                Map<String, Object> props = new TreeMap<>();
                r.get("props").asMap(Value::asObject).forEach((k, v) ->
                        props.put(k, UNORDERED.contains(k) && v instanceof List<?> l ? l.stream().map(String::valueOf).sorted().toList() : v));
                lines.add(r.get("key").asString() + " " + props);
            }
        }
        lines.sort(null);
        return lines;
    }
}
