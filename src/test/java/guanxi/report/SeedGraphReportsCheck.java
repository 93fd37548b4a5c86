package guanxi.report;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import guanxi.cli.Main;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import guanxi.graph.GraphLoader;
import guanxi.model.ExtractedPage;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

/**
 * Runs every saved report on a graph of the five seed pages and checks the facts a journalist reading those
 * pages expects from each; collects every failure and fails once with the whole list. Subclasses say where
 * the extracted pages come from; the graph is written by the real {@link GraphLoader} into one embedded
 * server per class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SeedGraphReportsCheck {

    private Neo4j neo4j;
    private Driver driver;

    /** The seed pages as the graph should hold them. */
    abstract List<ExtractedPage> seedPages() throws Exception;

    @BeforeAll
    void loadSeedGraph() throws Exception {
        neo4j = Neo4jBuilders.newInProcessBuilder().build();
        driver = GraphDatabase.driver(neo4j.boltURI());
        GraphLoader loader = new GraphLoader(driver);
        loader.applySchema();
        loader.load(seedPages());
    }

    @AfterAll
    void stop() {
        driver.close();
        neo4j.close();
    }

    /** Parameters to run a report with, and what its rows (column → cell text) must show. */
    private record Expectation(Map<String, String> params, Consumer<List<Map<String, String>>> check) {
    }

    private static Map<String, Expectation> expectations() {
        Map<String, Expectation> e = new LinkedHashMap<>();
        e.put("person-profile", new Expectation(Map.of("name", "解芳"), rows -> {
            assertThat(rows).anySatisfy(r -> assertThat(r).containsEntry("kind", "title").containsEntry("what", "县委书记"));
            assertThat(rows).anySatisfy(r -> assertThat(r).containsEntry("what", "LED")
                    .containsEntry("story", "解芳带队赴浙江开展招商引资考察对接活动"));
            assertThat(rows).anySatisfy(r -> assertThat(r).containsEntry("what", "ACCOMPANIED →")
                    .containsEntry("other", "夏祖义"));
        }));
        e.put("accompaniment-network", new Expectation(Map.of(), rows -> {
            assertThat(rows).anySatisfy(r -> assertThat(r).containsEntry("companion", "武耀文")
                    .containsEntry("accompanied", "夏祖义"));
            assertThat(rows).anySatisfy(r -> assertThat(r).containsEntry("companion", "李晓军")
                    .containsEntry("accompanied", "袁卫廷"));
            assertThat(rows).noneSatisfy(r -> assertThat(r.get("companion")).isEqualTo(r.get("accompanied")));
        }));
        e.put("company-signings", new Expectation(Map.of("top", "0"), rows -> {
            assertThat(rows).anySatisfy(r -> assertThat(r).containsEntry("company", "苏州金楷科技有限公司")
                    .containsEntry("deal", "SIGNED").containsEntry("counterpart", "郭晓伟"));
            assertThat(rows).anySatisfy(r -> assertThat(r).containsEntry("company", "中信旅游集团")
                    .containsEntry("deal", "INVESTS_IN").containsEntry("investment_yuan", "2264000000"));
        }));
        e.put("projects-by-investment", new Expectation(Map.of(), rows -> {
            assertThat(rows.getFirst().get("project")).contains("抽水蓄能电站");
            assertThat(rows.getFirst().get("high_yuan")).isEqualTo("9586000000");
            assertThat(rows).anySatisfy(r -> assertThat(r).containsEntry("project", "涑水新区项目")
                    .containsEntry("companies", "中信旅游集团").containsEntry("stated_yi", "22.64"));
        }));
        e.put("investment-discrepancies", new Expectation(Map.of(), rows -> {
            assertThat(rows).extracting(r -> r.get("investment_yuan")).contains("9000000000", "9586000000");
            assertThat(rows).allSatisfy(r -> assertThat(r.get("project")).contains("抽水蓄能电站"));
            assertThat(rows).extracting(r -> r.get("yi")).contains("90", "95.86");
        }));
        e.put("title-timeline", new Expectation(Map.of("title", "县长", "titles", "1"), rows -> {
            assertThat(rows).extracting(r -> r.get("person")).contains("李翔", "李晓军").doesNotContain("郭晓伟", "王戈");
            // One title named per holder however many stories name them so.
            assertThat(rows).allSatisfy(r -> assertThat(r.get("story_titles")).isNotEmpty().doesNotContain("; "));
            assertThat(rows).filteredOn(r -> r.get("person").equals("李翔"))
                    .allSatisfy(r -> assertThat(r.get("first_seen")).isEqualTo("2021-11-10"));
        }));
        e.put("external-visitors", new Expectation(Map.of("top", "0"), rows -> {
            assertThat(rows).extracting(r -> r.get("visitor"))
                    .contains("夏祖义", "丁小强", "袁卫廷", "王涑波", "廉广锋", "武耀文")
                    .doesNotContain("解芳", "李翔", "张俊国");
            assertThat(rows).filteredOn(r -> r.get("visitor").equals("夏祖义"))
                    .anySatisfy(r -> assertThat(r.get("hosts")).contains("解芳 (县委书记)"));
        }));
        e.put("busiest-officials", new Expectation(Map.of("top", "100"), rows -> {
            assertThat(rows).anySatisfy(r -> assertThat(r).containsEntry("person", "解芳")
                    .containsEntry("month", "2023-02").containsEntry("stories", "4"));
            assertThat(rows).extracting(r -> r.get("month")).contains("2022-07", "2022-12", "????-10");
        }));
        e.put("company-contacts", new Expectation(Map.of("top", "0"), rows -> {
            assertThat(rows).anySatisfy(r -> assertThat(r).containsEntry("company", "浙江先锋科技股份有限公司")
                    .containsEntry("official", "解芳").containsEntry("how", "VISITED"));
            assertThat(rows).anySatisfy(r -> assertThat(r).containsEntry("company", "红星美凯龙家具股份有限公司")
                    .containsEntry("official", "解芳").containsEntry("how", "MET").containsEntry("via", "国林 (执行总裁)"));
        }));
        e.put("possible-duplicates", new Expectation(Map.of(), rows -> {
            assertThat(rows).anySatisfy(r -> assertThat(List.of(r.get("name_a"), r.get("name_b")))
                    .containsExactlyInAnyOrder("张瑞士", "张瑞轩"));
            assertThat(rows).anySatisfy(r -> assertThat(List.of(r.get("name_a"), r.get("name_b")))
                    .containsExactlyInAnyOrder("王口恒", "王斌恒"));
            assertThat(rows).noneSatisfy(r -> assertThat(List.of(r.get("name_a"), r.get("name_b")))
                    .containsExactlyInAnyOrder("李翔", "解芳"));
        }));
        e.put("story-graph", new Expectation(Map.of("story", "夏祖义带队"), rows -> {
            assertThat(rows).anySatisfy(r -> assertThat(r).containsEntry("source", "武耀文")
                    .containsEntry("rel", "ACCOMPANIED").containsEntry("target", "夏祖义"));
            assertThat(rows).anySatisfy(r -> assertThat(r).containsEntry("source", "夏祖义").containsEntry("rel", "LED"));
            assertThat(rows).allSatisfy(r -> assertThat(r.get("story")).startsWith("夏祖义带队"));
        }));

        e.put("co-attendance", new Expectation(Map.of("person", "程海龙"), rows -> {
            assertThat(rows).anySatisfy(r -> assertThat(List.of(r.get("person_a"), r.get("person_b")))
                    .containsExactlyInAnyOrder("程海龙", "解芳"));
            assertThat(rows).allSatisfy(r -> assertThat(List.of(r.get("person_a"), r.get("person_b"))).contains("程海龙"));
        }));
        return e;
    }

    @Test
    void everyReportRunsOnTheSeedGraphAndShowsWhatAJournalistExpects() {
        Map<String, Expectation> expectations = expectations();
        ReportRunner runner = new ReportRunner(driver);
        List<String> failures = new ArrayList<>();
        for (Report report : ReportLibrary.bundled().all()) {
            Expectation expected = expectations.remove(report.name());
            if (expected == null) {
                failures.add(report.name() + ": no expectation written in ReportsIT");
                continue;
            }
            try {
                ReportResult result = runner.run(report, ReportArguments.bind(report, expected.params()));
                List<Map<String, String>> rows = textRows(result);
                assertThat(rows).as("rows").isNotEmpty();
                expected.check().accept(rows);
            } catch (AssertionError | RuntimeException ex) {
                failures.add(report.name() + ": " + ex.getMessage().strip().replaceAll("\\s+", " "));
            }
        }
        expectations.keySet().forEach(name -> failures.add(name + ": expected but there is no such report file"));
        if (!failures.isEmpty()) {
            fail(failures.size() + " report(s) failed:\n" + String.join("\n", failures));
        }
    }

    /** A word many headlines hold: the most recent matching stories only, as many as asked for. */
    @Test
    void storyGraphShowsTheMostRecentStoriesAWordMatches() {
        Report report = ReportLibrary.bundled().find("story-graph").orElseThrow();
        ReportRunner runner = new ReportRunner(driver);
        List<Map<String, String>> all = textRows(runner.run(report, ReportArguments.bind(report, Map.of("story", "调研", "top", "0"))));
        List<Map<String, String>> one = textRows(runner.run(report, ReportArguments.bind(report, Map.of("story", "调研", "top", "1"))));
        assertThat(all.stream().map(r -> r.get("story")).distinct().count()).isGreaterThan(1);
        assertThat(one).isNotEmpty().extracting(r -> r.get("story")).containsOnly(one.getFirst().get("story"));
        assertThat(one.getFirst().get("story")).contains("调研");
        // The one shown is the latest dated of those the word matches.
        String latest = driver.session().run("""
                MATCH (s:Story) WHERE s.title CONTAINS '调研'
                RETURN s.title AS t ORDER BY left(s.dated, 1) = '?', s.dated DESC, s.id LIMIT 1""").single().get("t").asString();
        assertThat(one.getFirst().get("story")).isEqualTo(latest);
    }

    /**
     * A graph an older version loaded lacks what the loads now keep for these reports (who was present at each
     * story, each month's breakdown by kind, whom a companion accompanied often): the reports read it from the
     * stories then, and list the same rows.
     * Stripped inside a transaction that is rolled back, so the other checks see the graph as loaded.
     */
    @Test
    void reportsListTheSameRowsOnAGraphWithoutWhatTheLoadsKeepForThem() {
        Map<String, Map<String, String>> asked = Map.of(
                "co-attendance", Map.of("person", "程海龙", "min_shared", "1", "titles", "0"),
                "busiest-officials", Map.of("top", "100", "titles", "0"),
                "accompaniment-network", Map.of("min_times", "2", "top", "0"),
                "title-timeline", Map.of("title", "县长", "titles", "0"));
        try (var session = driver.session(); var tx = session.beginTransaction()) {
            // The seed pages show nobody accompanying one same person twice: a second story of one pair, with the
            // counts a load keeps for it, so that accompaniment-network reads pairs from the node.
            tx.run("""
                    MATCH (a:Person {name: '武耀文'})-[r:ACCOMPANIED]->(b:Person {name: '夏祖义'})
                    WITH a, b, r LIMIT 1
                    CREATE (a)-[again:ACCOMPANIED]->(b)
                    SET again = properties(r), a.accompanied_most = 2, a.accompanied_names = [b.name],
                        a.accompanied_times = [2]""").consume();
            Map<String, List<Map<String, Object>>> kept = new LinkedHashMap<>();
            asked.forEach((name, params) -> kept.put(name, rows(tx, name, params)));
            assertThat(kept.get("co-attendance")).isNotEmpty();
            assertThat(kept.get("accompaniment-network")).isNotEmpty();
            tx.run("""
                    MATCH (s:Story) REMOVE s.present
                    WITH count(*) AS stories
                    MATCH (p:Person) REMOVE p.activity_led, p.activity_presided, p.activity_attended,
                                            p.activity_accompanied, p.activity_visits,
                                            p.accompanied_names, p.accompanied_times""").consume();
            asked.forEach((name, params) -> assertThat(rows(tx, name, params)).as(name).isEqualTo(kept.get(name)));
            tx.rollback();
        }
    }

    /** A report's rows run in {@code tx}, a list of titles compared as a set (their order is the store's). */
    private static List<Map<String, Object>> rows(org.neo4j.driver.Transaction tx, String name, Map<String, String> params) {
        Report report = ReportLibrary.bundled().find(name).orElseThrow();
        return tx.run(report.query(), ReportArguments.bind(report, params)).list(r -> {
            Map<String, Object> row = new LinkedHashMap<>(r.asMap());
            row.replaceAll((k, v) -> v instanceof List<?> l ? new java.util.HashSet<>(l) : v);
            return row;
        });
    }

    @Test
    void anInjectionAttemptIsTreatedAsText() {
        long before = nodeCount();
        String attack = "'}) DETACH DELETE n //";
        ReportRunner runner = new ReportRunner(driver);
        for (String name : List.of("person-profile", "story-graph", "title-timeline")) {
            Report report = ReportLibrary.bundled().find(name).orElseThrow();
            String param = report.params().getFirst().name();
            ReportResult result = runner.run(report, ReportArguments.bind(report, Map.of(param, attack)));
            assertThat(result.rows()).as(name).isEmpty();
        }
        assertThat(nodeCount()).isEqualTo(before).isPositive();
    }

    @Test
    void aReportThatTriesToWriteIsRefused() {
        Report writer = Report.parse("writer", "writer.cypher", """
                // Report: Writer
                // Description: must never succeed
                CREATE (:Probe) RETURN 1 AS one""");

        assertThatThrownBy(() -> new ReportRunner(driver).run(writer, Map.of()))
                .isInstanceOf(org.neo4j.driver.exceptions.ClientException.class)
                .hasMessageContaining("read access mode");
    }

    @Test
    void theCommandLineWritesCsvWithABomAndTheParameterAsText(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("out/县长.csv");
        int exit = Main.run("report", "run", "title-timeline", "--param", "title=县长", "--format", "csv",
                "--out", csv.toString(), "--uri", neo4j.boltURI().toString());

        assertThat(exit).isZero();
        byte[] bytes = Files.readAllBytes(csv);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertThat(text).startsWith("title,person,first_seen,last_seen,stories,story_titles\r\n").contains(",李翔,");

        Path json = dir.resolve("attack.json");
        assertThat(Main.run("report", "run", "person-profile", "--param", "name='}) DETACH DELETE n //",
                "--format", "json", "--out", json.toString(), "--uri", neo4j.boltURI().toString())).isZero();
        assertThat(Files.readString(json).strip()).isEqualTo("[ ]");
        assertThat(nodeCount()).isPositive();
    }

    @Test
    void theGraphMlExportHoldsNamedNodesAndTypedEdgesForGephiAndYed(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("guanxi.graphml");
        assertThat(Main.run("export", "--out", file.toString(), "--uri", neo4j.boltURI().toString())).isZero();

        var doc = javax.xml.parsers.DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder().parse(file.toFile());
        Map<String, String> idByLabel = new java.util.HashMap<>();
        var nodes = doc.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "node");
        for (int i = 0; i < nodes.getLength(); i++) {
            var node = (org.w3c.dom.Element) nodes.item(i);
            idByLabel.put(data(node, "n_label"), node.getAttribute("id"));
        }
        assertThat(idByLabel).containsKeys("解芳", "武耀文", "夏祖义");
        var edges = doc.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "edge");
        List<String> triples = new ArrayList<>();
        for (int i = 0; i < edges.getLength(); i++) {
            var edge = (org.w3c.dom.Element) edges.item(i);
            triples.add(edge.getAttribute("source") + " " + data(edge, "e_type") + " " + edge.getAttribute("target"));
        }
        assertThat(triples).contains(idByLabel.get("武耀文") + " ACCOMPANIED " + idByLabel.get("夏祖义"))
                .noneMatch(t -> t.contains(" MENTIONS "));
    }

    private static String data(org.w3c.dom.Element element, String key) {
        var data = element.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "data");
        for (int i = 0; i < data.getLength(); i++) {
            var d = (org.w3c.dom.Element) data.item(i);
            if (d.getAttribute("key").equals(key)) {
                return d.getTextContent();
            }
        }
        return null;
    }

    private long nodeCount() {
        try (var session = driver.session()) {
            return session.run("MATCH (n) RETURN count(n) AS n").single().get("n").asLong();
        }
    }

    private static List<Map<String, String>> textRows(ReportResult result) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<Object> row : result.rows()) {
            Map<String, String> m = new LinkedHashMap<>();
            for (int c = 0; c < result.columns().size(); c++) {
                m.put(result.columns().get(c), CellText.of(row.get(c)));
            }
            rows.add(m);
        }
        return rows;
    }
}
