package guanxi.graph;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Why the schema's full-text index uses {@code cjk}: the same names indexed with both candidate analyzers, queried
 * the way a journalist searches (a quoted name).
 */
class FullTextAnalyzerIT extends ServerPerClass {

    static final List<String> NAMES = List.of("李强", "王强", "陶然", "李志成", "李滨", "邱明浩", "青松木业家居股份有限公司");

    @BeforeAll
    static void index() {
        // One label per index: two full-text indexes may not cover the same label and property.
        query("UNWIND $names AS name CREATE (:ProbeCjk {name: name}), (:ProbeStandard {name: name})", Map.of("names", NAMES));
        query("CREATE FULLTEXT INDEX probe_cjk FOR (n:ProbeCjk) ON EACH [n.name] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}", Map.of());
        query("CREATE FULLTEXT INDEX probe_standard FOR (n:ProbeStandard) ON EACH [n.name] "
                + "OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words'}}", Map.of());
        query("CALL db.awaitIndexes(120)", Map.of());
    }

    static List<String> search(String index, String name) {
        return searchRaw(index, "\"" + name + "\"");
    }

    static List<String> searchRaw(String index, String query) {
        return query("CALL db.index.fulltext.queryNodes($index, $q) YIELD node RETURN node.name AS name ORDER BY name",
                Map.of("index", index, "q", query)).stream().map(r -> r.get("name").asString()).toList();
    }

    @Test
    void cjkFindsExactlyTheTwoAndThreeCharacterNames() {
        assertThat(search("probe_cjk", "李强")).containsExactly("李强");
        assertThat(search("probe_cjk", "陶然")).containsExactly("陶然");
        assertThat(search("probe_cjk", "李志成")).containsExactly("李志成");
        assertThat(search("probe_cjk", "青松木业")).containsExactly("青松木业家居股份有限公司");
    }

    @Test
    void typedWithoutQuotes李强FindsOnly李强WithCjkButAlso王强WithStandard() {
        // standard-no-stop-words indexes single characters and ORs them: 李 OR 强.
        assertThat(searchRaw("probe_standard", "李强")).contains("李强", "王强", "李志成", "李滨");
        // cjk indexes overlapping bigrams: 李强 is one token.
        assertThat(searchRaw("probe_cjk", "李强")).containsExactly("李强");
        assertThat(searchRaw("probe_cjk", "强")).isEmpty();
    }

    @Test
    void theSchemaIndexUsesCjk() {
        new GraphLoader(driver, Resolutions.none(), LoadProgress.SILENT, 10).applySchema();
        assertThat(query("SHOW FULLTEXT INDEXES YIELD name, options WHERE name = 'entity_names' "
                        + "RETURN options.indexConfig.`fulltext.analyzer` AS analyzer", Map.of())
                .getFirst().get("analyzer").asString()).isEqualTo("cjk");
    }
}
