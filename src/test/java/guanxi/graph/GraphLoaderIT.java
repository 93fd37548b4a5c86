package guanxi.graph;

import guanxi.graph.derive.Companions;
import guanxi.model.ExtractedPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static guanxi.model.EntityKind.COMPANY;
import static guanxi.model.EntityKind.PERSON;
import static guanxi.model.EntityKind.PROJECT;
import static guanxi.model.RelationType.ACCOMPANIED;
import static guanxi.model.RelationType.ATTENDED;
import static guanxi.model.RelationType.INVESTS_IN;
import static guanxi.model.RelationType.LED;
import static guanxi.model.RelationType.PRESIDED;
import static guanxi.model.RelationType.VISITED;
import static org.assertj.core.api.Assertions.assertThat;

/** The loader's model on hand-built pages: provenance, replacement, titles and money over time, identity. */
class GraphLoaderIT extends ServerPerClass {

    static final String INSPECTION = "生态环境部生态环境执法局副局长夏祖义带队检查，省自然资源厅副厅长武耀文，县委副书记、县长李翔等陪同。";

    static ExtractedPage inspectionPage() {
        return Pages.page("000.txt")
                .story("夏祖义带队到我县督导检查", "2023-02-23", INSPECTION).by("王甜甜")
                .person("夏祖义", "生态环境部生态环境执法局副局长").person("武耀文", "副厅长").person("李翔", "县委副书记", "县长")
                .role(LED, "夏祖义")
                .rel(ACCOMPANIED, "武耀文", PERSON, "夏祖义", PERSON).rel(ACCOMPANIED, "李翔", PERSON, "夏祖义", PERSON)
                .rel(ACCOMPANIED, "李翔", PERSON, "夏祖义", PERSON).done()
                .story("全县项目建设会议召开", "2023-02-17", "县委副书记、县长李翔主持会议。薛云涛、程海龙、解芳参加会议。")
                .person("李翔", "县委副书记", "县长").person("薛云涛").person("程海龙").person("解芳", "县委书记")
                .role(PRESIDED, "李翔").role(ATTENDED, "薛云涛").role(ATTENDED, "程海龙").role(ATTENDED, "解芳").done()
                .build();
    }

    static ExtractedPage laterPage() {
        return Pages.page("003.txt")
                .story("县政府召开第43次常务会议", "2024-10-28", "县委副书记、县长李晓军主持。薛云海、程海龙、解芳参加。")
                .person("李晓军", "县委副书记", "县长").person("薛云海").person("程海龙").person("解芳", "县委书记")
                .role(PRESIDED, "李晓军").role(ATTENDED, "薛云海").role(ATTENDED, "程海龙").role(ATTENDED, "解芳").done()
                .story("解芳调研重点项目", "2024-10-29", "县委书记解芳到布达维再生科技调研，政府副县长张瑞轩陪同。")
                .person("解芳", "县委书记").person("张瑞轩", "政府副县长").company("布达维再生科技")
                .role(LED, "解芳").rel(VISITED, "解芳", PERSON, "布达维再生科技", COMPANY)
                .rel(ACCOMPANIED, "张瑞轩", PERSON, "解芳", PERSON).done()
                .build();
    }

    static ExtractedPage ocrPage() {
        return Pages.page("002.txt")
                .story("专题视察重点项目建设", "2021-11-11", "政府副县长张瑞士、解芳、程海龙视察山西龙纤特种纤维有限公司。")
                .person("张瑞士", "政府副县长").person("解芳").person("程海龙").company("山西龙纤特种纤维有限公司", "龙纤公司")
                .rel(VISITED, "张瑞士", PERSON, "山西龙纤特种纤维有限公司", COMPANY).done()
                .build();
    }

    static ExtractedPage moneyPage(String doc, String date, long yuan) {
        return Pages.page(doc)
                .story("重点项目 " + date, date, "绛县抽水蓄能电站项目总投资" + yuan + "元，中信旅游集团合作建设。")
                .project("抽水蓄能电站项目", yuan, "building").company("中信旅游集团", "中信旅游")
                .rel(INVESTS_IN, "中信旅游集团", COMPANY, "抽水蓄能电站项目", PROJECT).done()
                .build();
    }

    static LoadSummary load(ExtractedPage... pages) {
        return load(Resolutions.none(), pages);
    }

    static LoadSummary load(Resolutions resolutions, ExtractedPage... pages) {
        return new GraphLoader(driver, resolutions, LoadProgress.SILENT, 2).load(List.of(pages));
    }

    @BeforeEach
    void clean() {
        wipe();
    }

    @Test
    void everyRelationCarriesItsStoryDateEvidenceSpanAndRule() {
        load(inspectionPage());
        List<Record> edges = query("""
                MATCH (:Person {name: '武耀文'})-[r:ACCOMPANIED]->(:Person {name: '夏祖义'}) RETURN r""", Map.of());
        assertThat(edges).hasSize(1);
        Map<String, Object> r = edges.getFirst().get("r").asMap();
        assertThat(r).containsEntry("date", "2023-02-23").containsEntry("evidence", INSPECTION)
                .containsEntry("start", 0L).containsEntry("end", (long) INSPECTION.length()).containsEntry("rule", "test");
        assertThat(count("MATCH (s:Story {id: $id}) RETURN count(s)", Map.of("id", r.get("story")))).isEqualTo(1);
        // What a reader of the edge needs without another query: the story's headline and page, as the Story has them.
        assertThat(count("MATCH (s:Story {id: $id, title: $headline, doc: $doc}) RETURN count(s)",
                Map.of("id", r.get("story"), "headline", r.get("headline"), "doc", r.get("doc")))).isEqualTo(1);
        assertThat(count("MATCH ()-[r]->(x) WHERE NOT type(r) IN ['MENTIONS', 'HOLDS', 'POSSIBLY_SAME_AS'] "
                + "AND (r.headline IS NULL OR r.doc IS NULL OR NOT r.date =~ '([0-9]{4}|[?]{4})-[0-9?]{2}-[0-9?]{2}') RETURN count(r)")).isZero();
        // Stated twice in the story, kept once: counts in reports are counts of stories.
        assertThat(count("MATCH (:Person {name: '李翔'})-[r:ACCOMPANIED]->() RETURN count(r)")).isEqualTo(1);
        assertThat(count("MATCH (:Person {name: '王甜甜'})-[:WROTE]->(:Story {title: '夏祖义带队到我县督导检查'}) RETURN count(*)")).isEqualTo(1);
        assertThat(count("MATCH (:Person {name: '李翔'})-[:PRESIDED]->(:Story) RETURN count(*)")).isEqualTo(1);
        assertThat(count("MATCH ()-[r]->() WHERE NOT type(r) IN ['MENTIONS', 'HOLDS', 'POSSIBLY_SAME_AS'] AND r.story IS NULL RETURN count(r)")).isZero();
    }

    @Test
    void loadingTheSamePagesTwiceLeavesTheSameGraph() {
        ExtractedPage[] pages = {inspectionPage(), laterPage(), ocrPage(), moneyPage("m1.txt", "2022-07-26", 9_000_000_000L)};
        load(pages);
        Map<String, Long> first = shape();
        load(pages);
        assertThat(shape()).isEqualTo(first);
        assertThat(first.get(":Person")).isEqualTo(11);
    }

    @Test
    void aChangedPageReplacesItsOwnStoriesAndNothingElse() {
        load(inspectionPage(), laterPage());
        Map<String, Long> before = shape();
        List<Object> otherFacts = query("MATCH ()-[r]->() WHERE r.story STARTS WITH '003' RETURN r.story + type(r) AS f ORDER BY f", Map.of())
                .stream().map(r -> r.get("f").asObject()).toList();

        ExtractedPage changed = Pages.page("000.txt")
                .story("夏祖义带队到我县督导检查", "2023-02-23", "夏祖义带队检查，郭晓伟陪同。")
                .person("夏祖义").person("郭晓伟").role(LED, "夏祖义")
                .rel(ACCOMPANIED, "郭晓伟", PERSON, "夏祖义", PERSON).done().build();
        load(changed);

        assertThat(count("MATCH (:Person)-[r:ACCOMPANIED]->(:Person {name: '夏祖义'}) RETURN count(r)")).isEqualTo(1);
        assertThat(count("MATCH (p:Person {name: '武耀文'}) RETURN count(p)")).as("no story mentions 武耀文 any more").isZero();
        assertThat(count("MATCH (s:Story {doc: '000.txt'}) RETURN count(s)")).isEqualTo(1);
        assertThat(query("MATCH ()-[r]->() WHERE r.story STARTS WITH '003' RETURN r.story + type(r) AS f ORDER BY f", Map.of())
                .stream().map(r -> r.get("f").asObject()).toList()).isEqualTo(otherFacts);
        // 李翔 now only appears on no page: his node and HOLDS go; 李晓军's timeline is untouched.
        assertThat(count("MATCH (p:Person {name: '李翔'}) RETURN count(p)")).isZero();
        assertThat(count("MATCH (:Person {name: '李晓军'})-[:HOLDS]->(:Title {name: '县长'}) RETURN count(*)")).isEqualTo(1);

        load(inspectionPage());
        assertThat(shape()).isEqualTo(before);
    }

    @Test
    void activityPerMonthIsKeptAcrossLoadsReplacementsAndOlderGraphs() {
        load(inspectionPage());
        load(laterPage(), ocrPage());
        // 解芳 attended in 2023-02, attended and led in 2024-10; in the 2021 story she is named without a role.
        assertThat(activity("解芳")).isEqualTo(List.of(List.of("2023-02", "2024-10"), List.of(1L, 2L), 2L));
        assertThat(activity("王甜甜")).as("a byline is not activity").isEqualTo(List.of(List.of(), List.of(), 0L));
        assertThat(activity("张瑞士")).as("visited a company").isEqualTo(List.of(List.of("2021-11"), List.of(1L), 1L));

        load(Pages.page("000.txt").story("夏祖义带队到我县督导检查", "2023-02-23", "夏祖义带队检查，郭晓伟陪同。")
                .person("夏祖义").person("郭晓伟").role(LED, "夏祖义")
                .rel(ACCOMPANIED, "郭晓伟", PERSON, "夏祖义", PERSON).done().build());
        assertThat(activity("解芳")).as("recomputed without the replaced page").isEqualTo(List.of(List.of("2024-10"), List.of(2L), 2L));

        // A graph loaded before activity was kept (nor its index): the person's months are counted from all their
        // stories once.
        query("MATCH (p:Person {name: '程海龙'}) REMOVE p.activity_months, p.activity_stories, p.busiest_month", Map.of());
        query("DROP INDEX person_busiest_month", Map.of());
        load(Pages.page("004.txt").story("县政府常务会议", "2024-10-30", "程海龙主持会议。")
                .person("程海龙").role(PRESIDED, "程海龙").done().build());
        assertThat(activity("程海龙")).isEqualTo(List.of(List.of("2024-10"), List.of(2L), 2L));
        assertThat(breakdown("程海龙", "activity_presided")).as("presided one, attended the other").containsExactly(1L);
        assertThat(breakdown("程海龙", "activity_attended")).containsExactly(1L);

        // Kept before the breakdown by kind was: counted from all their stories again, not extended by the batch.
        query("MATCH (p:Person {name: '程海龙'}) REMOVE p.activity_presided, p.activity_visits", Map.of());
        load(Pages.page("005.txt").story("程海龙调研企业", "2024-11-04", "程海龙带队调研。")
                .person("程海龙").role(LED, "程海龙").done().build());
        assertThat(activity("程海龙")).isEqualTo(List.of(List.of("2024-10", "2024-11"), List.of(2L, 1L), 2L));
        assertThat(breakdown("程海龙", "activity_presided")).containsExactly(1L, 0L);
        assertThat(breakdown("程海龙", "activity_led")).containsExactly(0L, 1L);
        assertThat(breakdown("程海龙", "activity_visits")).containsExactly(0L, 0L);
    }

    private static List<Object> breakdown(String person, String column) {
        return query("MATCH (p:Person {name: $name}) RETURN p[$column] AS counts", Map.of("name", person, "column", column))
                .getFirst().get("counts").asList();
    }

    private static List<Object> activity(String person) {
        Record r = query("""
                MATCH (p:Person {name: $name})
                RETURN coalesce(p.activity_months, []) AS months, coalesce(p.activity_stories, []) AS counts,
                       p.busiest_month AS busiest""",
                Map.of("name", person)).getFirst();
        return List.of(r.get("months").asList(), r.get("counts").asList(), r.get("busiest").asObject());
    }

    @Test
    void titlesOverTimeAnswerWhoHeldATitleWhen() {
        load(inspectionPage(), laterPage());
        List<Record> mayors = query("""
                MATCH (p:Person)-[h:HOLDS]->(:Title {name: '县长'})
                RETURN p.name AS name, h.first_seen AS first, h.last_seen AS last, h.stories AS stories
                ORDER BY h.first_seen""", Map.of());
        assertThat(mayors).extracting(r -> r.get("name").asString()).containsExactly("李翔", "李晓军");
        assertThat(mayors.get(0).get("first").asString()).isEqualTo("2023-02-17");
        assertThat(mayors.get(0).get("last").asString()).isEqualTo("2023-02-23");
        assertThat(mayors.get(0).get("stories").asLong()).isEqualTo(2);
        assertThat(mayors.get(1).get("first").asString()).isEqualTo("2024-10-28");
        assertThat(query("MATCH (p:Person {name: '李翔'}) RETURN p.titles AS t", Map.of()).getFirst().get("t").asList())
                .containsExactlyInAnyOrder("县委副书记", "县长");
    }

    @Test
    void holdersAreDatedByTheirStoriesDatesWithThePagesYearWhereNoneWasPrinted() {
        load(inspectionPage());
        load(Pages.page("005.txt")
                .story("县长李翔主持会议", "2024-10-28", "县长李翔主持会议。").person("李翔", "县长").role(PRESIDED, "李翔").done()
                .story("县长李翔调研", "10-30", "县长李翔调研。").person("李翔", "县长").role(LED, "李翔").done()
                .build());
        // A printed full date outranks 10-30 for first/last_seen; dated borrows the page's year: 2024-10-30.
        List<Object> expected = List.of("2023-02-17", "2024-10-28", "2023-02-17", "2024-10-30", 4L);
        assertThat(mayor("李翔")).isEqualTo(expected);

        // A graph loaded before HOLDS kept its dated span: the next load completes it from the stories.
        olderGraphWithoutDatedSpans("李翔");
        load(ocrPage());
        assertThat(mayor("李翔")).isEqualTo(expected);

        // A replaced page: recomputed from the stories that remain.
        load(Pages.page("000.txt").story("夏祖义带队到我县督导检查", "2023-02-23", "夏祖义带队检查。")
                .person("夏祖义").role(LED, "夏祖义").done().build());
        assertThat(mayor("李翔")).isEqualTo(List.of("2024-10-28", "2024-10-28", "2024-10-28", "2024-10-30", 2L));
    }

    @Test
    void aStoryWithoutAYearNeverMakesAHoldersLatestDate() {
        load(inspectionPage());
        Pages undated = Pages.page("006.txt")
                .story("县长李翔检查", "11-02", "县长李翔检查。").person("李翔", "县长").role(LED, "李翔").done()
                .story("县长王小明检查", "11-03", "县长王小明检查。").person("王小明", "县长").role(LED, "王小明").done();
        // Extended batch by batch: ????-11-02 (a page without a year) is not later than 2023-02-23.
        load(undated.build());
        List<Object> expected = List.of("2023-02-17", "2023-02-23", "2023-02-17", "2023-02-23", 3L);
        assertThat(mayor("李翔")).isEqualTo(expected);
        assertThat(mayor("王小明")).isEqualTo(List.of("11-03", "11-03", "????-11-03", "????-11-03", 1L));

        // Recomputed from all stories (the page replaced) and completed on an older graph: the same.
        load(undated.build());
        assertThat(mayor("李翔")).isEqualTo(expected);
        olderGraphWithoutDatedSpans("李翔");
        load(ocrPage());
        assertThat(mayor("李翔")).isEqualTo(expected);
    }

    /** What a graph loaded before HOLDS kept its dated span holds: no span, and no index marking it completed. */
    private static void olderGraphWithoutDatedSpans(String person) {
        query("DROP INDEX holds_first_dated", Map.of());
        query("MATCH (:Person {name: $name})-[h:HOLDS]->() REMOVE h.first_dated, h.last_dated", Map.of("name", person));
    }

    private static List<Object> mayor(String person) {
        Record r = query("""
                MATCH (:Person {name: $name})-[h:HOLDS]->(:Title {name: '县长'})
                RETURN h.first_seen AS first, h.last_seen AS last, h.first_dated AS firstDated,
                       h.last_dated AS lastDated, h.stories AS stories""", Map.of("name", person)).getFirst();
        return List.of(r.get("first").asString(), r.get("last").asString(), r.get("firstDated").asString(),
                r.get("lastDated").asString(), r.get("stories").asLong());
    }

    @Test
    void eachStoryKeepsItsOwnInvestmentFigureAndTheProjectShowsTheLatest() {
        load(moneyPage("m2.txt", "2022-12-15", 9_586_000_000L), moneyPage("m1.txt", "2022-07-26", 9_000_000_000L));
        List<Record> figures = query("""
                MATCH (s:Story)-[m:MENTIONS]->(p:Project {name: '抽水蓄能电站项目'})
                RETURN s.date AS date, m.investment_yuan AS yuan ORDER BY date""", Map.of());
        assertThat(figures).extracting(r -> r.get("yuan").asLong()).containsExactly(9_000_000_000L, 9_586_000_000L);
        assertThat(count("MATCH (p:Project {name: '抽水蓄能电站项目'}) RETURN p.investment_yuan")).isEqualTo(9_586_000_000L);
        assertThat(query("MATCH (c:Company {name: '中信旅游集团'}) RETURN c.aliases AS a", Map.of()).getFirst().get("a").asList())
                .containsExactly("中信旅游");
    }

    @Test
    void aProjectsFiguresExtendWhatItKeepsAndAnOlderGraphsAreFoldedAgain() {
        load(moneyPage("f1.txt", "2023-06-30", 4_200_000_000L));
        // Later loads extend the kept figures by their own: the latest date wins, whatever the order of loading.
        load(moneyPage("f2.txt", "2023-11-02", 4_500_000_000L));
        load(moneyPage("f3.txt", "2022-04-18", 3_900_000_000L));
        assertThat(figures()).isEqualTo(List.of(4_500_000_000L, "2023-11-02", "building", "2023-11-02",
                3_900_000_000L, 4_500_000_000L));

        // An older version kept the figures without their dates: an earlier statement loaded now would pass for the
        // latest, so the project's stories are folded again.
        query("MATCH (p:Project) REMOVE p.investment_date, p.status_date", Map.of());
        load(moneyPage("f4.txt", "2023-01-09", 4_000_000_000L));
        assertThat(figures()).isEqualTo(List.of(4_500_000_000L, "2023-11-02", "building", "2023-11-02",
                3_900_000_000L, 4_500_000_000L));
    }

    private static List<Object> figures() {
        Record r = query("""
                MATCH (p:Project {name: '抽水蓄能电站项目'})
                RETURN p.investment_yuan AS yuan, p.investment_date AS yuanDate, p.status AS status,
                       p.status_date AS statusDate, p.investment_low AS low, p.investment_high AS high""",
                Map.of()).getFirst();
        return List.of(r.get("yuan").asObject(), r.get("yuanDate").asObject(), r.get("status").asObject(),
                r.get("statusDate").asObject(), r.get("low").asObject(), r.get("high").asObject());
    }

    @Test
    void aCompanionKeepsTheirMostFrequentPairThroughBatchesReplacementsAndOlderGraphs() {
        load(Pages.page("c1.txt")
                .story("庞志远调研春耕", "2022-03-01", "庞志远调研春耕，韩立新陪同。").person("庞志远").person("韩立新")
                .role(LED, "庞志远").rel(ACCOMPANIED, "韩立新", PERSON, "庞志远", PERSON).done()
                .story("庞志远检查防汛", "2022-06-11", "庞志远检查防汛，韩立新陪同。").person("庞志远").person("韩立新")
                .role(LED, "庞志远").rel(ACCOMPANIED, "韩立新", PERSON, "庞志远", PERSON).done()
                .story("邹明走访企业", "2022-07-08", "邹明走访企业，韩立新陪同。").person("邹明").person("韩立新")
                .role(LED, "邹明").rel(ACCOMPANIED, "韩立新", PERSON, "邹明", PERSON).done()
                .build());
        Pages later = Pages.page("c2.txt")
                .story("庞志远督导秋收", "2022-09-20", "庞志远督导秋收，韩立新、邹明陪同。").person("庞志远").person("韩立新")
                .person("邹明").role(LED, "庞志远").rel(ACCOMPANIED, "韩立新", PERSON, "庞志远", PERSON)
                .rel(ACCOMPANIED, "邹明", PERSON, "庞志远", PERSON).done();
        load(later.build());
        // Extended batch by batch: three stories with 庞志远, one with 邹明; the one accompanied keeps no count.
        assertThat(mostAccompanied()).isEqualTo(Map.of("韩立新", 3L, "邹明", 1L));
        // The pairs seen twice or more are kept with their counts; 邹明's single one is not.
        assertThat(oftenAccompanied()).isEqualTo(Map.of("韩立新", List.of(List.of("庞志远"), List.of(3L))));

        // A replaced page: counted again from the stories that remain.
        load(Pages.page("c2.txt").story("庞志远督导秋收", "2022-09-20", "庞志远督导秋收。").person("庞志远")
                .role(LED, "庞志远").done().build());
        assertThat(mostAccompanied()).isEqualTo(Map.of("韩立新", 2L));

        // A graph loaded before the count was kept: the next load completes it from the relationships.
        query("MATCH (p:Person) REMOVE p.accompanied_most", Map.of());
        query("DROP INDEX person_accompanied_most", Map.of());
        load(ocrPage());
        assertThat(mostAccompanied()).isEqualTo(Map.of("韩立新", 2L));
        assertThat(oftenAccompanied()).isEqualTo(Map.of("韩立新", List.of(List.of("庞志远"), List.of(2L))));

        // The count kept without the pairs (a version between): counted whole when a batch adds to them.
        query("MATCH (p:Person) REMOVE p.accompanied_names, p.accompanied_times", Map.of());
        load(Pages.page("c3.txt").story("邹明督导安全生产", "2022-11-02", "邹明督导安全生产，韩立新陪同。").person("邹明")
                .person("韩立新").role(LED, "邹明").rel(ACCOMPANIED, "韩立新", PERSON, "邹明", PERSON).done().build());
        assertThat(mostAccompanied()).isEqualTo(Map.of("韩立新", 2L));
        assertThat(oftenAccompanied()).isEqualTo(Map.of("韩立新", List.of(List.of("庞志远", "邹明"), List.of(2L, 2L))));
    }

    private static Map<String, Object> oftenAccompanied() {
        Map<String, Object> often = new java.util.TreeMap<>();
        query("MATCH (p:Person) WHERE p.accompanied_names IS NOT NULL RETURN p.name AS name, p.accompanied_names AS names, p.accompanied_times AS times",
                Map.of()).forEach(r -> often.put(r.get("name").asString(), List.of(r.get("names").asList(), r.get("times").asList())));
        return often;
    }

    private static Map<String, Object> mostAccompanied() {
        Map<String, Object> most = new java.util.TreeMap<>();
        query("MATCH (p:Person) WHERE p.accompanied_most IS NOT NULL RETURN p.name AS name, p.accompanied_most AS most",
                Map.of()).forEach(r -> most.put(r.get("name").asString(), r.get("most").asObject()));
        return most;
    }

    @Test
    void aProjectKeepsTheRangeOfItsStatedAmountsThroughReplacementsAndOlderGraphs() {
        load(moneyPage("r1.txt", "2021-03-02", 800_000_000L), moneyPage("r2.txt", "2021-09-14", 1_000_000_000L));
        load(moneyPage("r3.txt", "2022-01-20", 600_000_000L));
        // 6 to 10: two thirds above the lowest, as the reports compute it.
        assertThat(range()).isEqualTo(List.of(600_000_000L, 1_000_000_000L, 400_000_000L * 100.0 / 600_000_000L));

        // A replaced page: recomputed from the statements that remain.
        load(Pages.page("r3.txt").story("项目推进会", "2022-01-20", "会议听取了项目进展。").done().build());
        assertThat(range()).isEqualTo(List.of(800_000_000L, 1_000_000_000L, 25.0));

        // A graph loaded before the range was kept: the next load completes it from the stories.
        query("MATCH (p:Project) REMOVE p.investment_low, p.investment_high, p.investment_spread", Map.of());
        query("DROP INDEX project_investment_high", Map.of());
        load(ocrPage());
        assertThat(range()).isEqualTo(List.of(800_000_000L, 1_000_000_000L, 25.0));
    }

    private static List<Object> range() {
        Record r = query("""
                MATCH (p:Project {name: '抽水蓄能电站项目'})
                RETURN p.investment_low AS low, p.investment_high AS high, p.investment_spread AS spread""",
                Map.of()).getFirst();
        return List.of(r.get("low").asObject(), r.get("high").asObject(), r.get("spread").asObject());
    }

    static ExtractedPage windPage(String doc, String date, String project, long yuan) {
        return Pages.page(doc)
                .story("风电推进 " + date, date, project + "总投资" + yuan + "元。")
                .project(project, yuan, "building").done()
                .build();
    }

    @Test
    void aProjectFamilyIsKeptOnItsLongestNameThroughLinksReplacementsAndOlderGraphs() {
        load(windPage("w1.txt", "2021-03-02", "风电储能基地项目", 800_000_000L));
        assertThat(families()).isEqualTo(Map.of("风电储能基地项目", Arrays.asList(800_000_000L, 800_000_000L, 0.0)));

        // A longer name of it, linked by the identity pass: it heads the family and takes the shorter name's amounts;
        // the shorter one, not loaded again, is recomputed as a neighbour and keeps no spread.
        load(windPage("w2.txt", "2021-09-14", "青岭县风电储能基地项目", 1_000_000_000L));
        Map<String, List<Object>> linked = Map.of(
                "青岭县风电储能基地项目", Arrays.asList(800_000_000L, 1_000_000_000L, 25.0),
                "风电储能基地项目", Arrays.asList(800_000_000L, 800_000_000L, null));
        assertThat(families()).isEqualTo(linked);

        // A replaced page was the longer name's last mention: the shorter one heads its family again.
        load(Pages.page("w2.txt").story("风电推进会", "2021-09-14", "会议听取了进展。").done().build());
        assertThat(families()).isEqualTo(Map.of("风电储能基地项目", Arrays.asList(800_000_000L, 800_000_000L, 0.0)));

        // A graph loaded before families were kept: the next load completes them from the ranges and links.
        load(windPage("w2.txt", "2021-09-14", "青岭县风电储能基地项目", 1_000_000_000L));
        assertThat(families()).isEqualTo(linked);
        query("MATCH (p:Project) REMOVE p.family_low, p.family_high, p.family_spread", Map.of());
        query("DROP INDEX project_family_spread", Map.of());
        load(ocrPage());
        assertThat(families()).isEqualTo(linked);
    }

    private static Map<String, List<Object>> families() {
        Map<String, List<Object>> families = new java.util.TreeMap<>();
        query("""
                MATCH (p:Project) WHERE p.family_high IS NOT NULL
                RETURN p.name AS name, p.family_low AS low, p.family_high AS high, p.family_spread AS spread""",
                Map.of()).forEach(r -> families.put(r.get("name").asString(),
                Arrays.asList(r.get("low").asObject(), r.get("high").asObject(), r.get("spread").asObject())));
        return families;
    }

    @Test
    void aLinkKeepsItsTwoNamesInOrderAndAnOlderGraphGetsThemOnTheNextLoad() {
        load(inspectionPage(), laterPage(), ocrPage());
        List<String> pairs = linkPairs();
        assertThat(pairs).contains("张瑞士\t张瑞轩", "薛云海\t薛云涛");

        // The index stands for a graph whose loads keep the pairs: a graph holding it is not scanned for missing ones.
        query("MATCH ()-[d:POSSIBLY_SAME_AS]->() REMOVE d.pair", Map.of());
        new GraphLoader(driver).applySchema();
        assertThat(linkPairs()).isEmpty();

        // A graph loaded before (no index either) is completed, and gets the index once it is.
        query("DROP INDEX possibly_same_as_score_pair", Map.of());
        load(ocrPage());
        assertThat(linkPairs()).isEqualTo(pairs);
        assertThat(query("SHOW INDEXES YIELD name WHERE name = 'possibly_same_as_score_pair' RETURN name", Map.of()))
                .hasSize(1);
    }

    /** Each link's pair, where it is its start and end names with a tab between them. */
    private static List<String> linkPairs() {
        return query("""
                MATCH (a)-[d:POSSIBLY_SAME_AS]->(b) WHERE d.pair = a.name + '\t' + b.name
                RETURN d.pair AS pair ORDER BY pair""", Map.of()).stream().map(r -> r.get("pair").asString()).toList();
    }

    @Test
    void namesOneCharacterApartThatShareATitleOrCompanionsAreLinkedNotMerged() {
        load(inspectionPage(), laterPage(), ocrPage());
        List<Record> links = query("""
                MATCH (a:Person)-[r:POSSIBLY_SAME_AS]->(b:Person) RETURN a.name AS a, b.name AS b, r.reason AS reason, r.score AS score
                ORDER BY a""", Map.of());
        assertThat(links).extracting(r -> r.get("a").asString() + "/" + r.get("b").asString())
                .containsExactlyInAnyOrder("张瑞士/张瑞轩", "薛云海/薛云涛");
        Record zhang = links.stream().filter(r -> r.get("a").asString().equals("张瑞士")).findFirst().orElseThrow();
        assertThat(zhang.get("reason").asString()).contains("政府副县长");
        assertThat(zhang.get("score").asDouble()).isBetween(0.5, 0.95);
        assertThat(count("MATCH (p:Person) WHERE p.name IN ['张瑞士', '张瑞轩'] RETURN count(p)")).isEqualTo(2);
        // 李翔 and 李晓军 share titles but are not one character apart; 解芳 and 程海龙 share companions only.
        assertThat(count("MATCH (:Person {name: '李翔'})-[r:POSSIBLY_SAME_AS]-() RETURN count(r)")).isZero();
    }

    @Test
    void aTitleHeldByMoreThanAHundredPeopleIsNoEvidenceThatTwoNamesAreOnePerson() {
        // A provincial archive: a hundred and one deputy county heads named in one story (so never paired together).
        Pages.StoryBuilder meeting = Pages.page("province.txt").story("全省副县长培训班开班", "2023-01-05", "培训班开班。");
        String given = "甲乙丙丁戊己庚辛壬癸子";
        for (int i = 0; i < 101; i++) {
            meeting.person("司徒" + given.charAt(i / 11) + given.charAt(i % 11), "政府副县长");
        }
        load(meeting.done().build(), inspectionPage(), laterPage(), ocrPage());
        assertThat(count("MATCH (t:Title {name: '政府副县长'})<-[h:HOLDS]-() RETURN count(h)")).isGreaterThan(100);
        // 张瑞士 and 张瑞轩 share that title and a companion: linked on the companion alone (with 101 fewer holders,
        // namesOneCharacterApartThatShareATitleOrCompanionsAreLinkedNotMerged, the title weighs too).
        assertThat(query("""
                MATCH (a:Person)-[r:POSSIBLY_SAME_AS]->(b:Person) RETURN a.name + '/' + b.name + ': ' + r.reason AS link
                ORDER BY link""", Map.of()).stream().map(r -> r.get("link").asString()).toList()).containsExactly(
                "张瑞士/张瑞轩: one character apart; appeared with 解芳",
                "薛云海/薛云涛: one character apart; appeared with 程海龙、解芳");
    }

    @Test
    void sharingAMuchReportedCompanionIsNoEvidenceThatTwoNamesAreOnePerson() {
        // 柯正阳 is named in 101 stories; 伍建新 and 伍建欣 each appeared with him once, and with nobody else in common.
        Pages page = Pages.page("county.txt");
        for (int i = 0; i < 99; i++) {
            page = page.story("县长柯正阳调研第" + i + "站", "2023-03-01", "县长柯正阳调研。").person("柯正阳", "县长")
                    .role(LED, "柯正阳").done();
        }
        page = page.story("柯正阳会见伍建新", "2023-03-02", "柯正阳会见伍建新。").person("柯正阳").person("伍建新")
                .role(LED, "柯正阳").done()
                .story("柯正阳会见伍建欣", "2023-03-03", "柯正阳会见伍建欣。").person("柯正阳").person("伍建欣")
                .role(LED, "柯正阳").done();
        load(page.build());
        assertThat(count("MATCH (:Person {name: '柯正阳'})<-[m:MENTIONS]-() RETURN count(m)")).isEqualTo(101);
        assertThat(count("MATCH (:Person {name: '伍建新'})-[r:POSSIBLY_SAME_AS]-() RETURN count(r)")).isZero();

        // A companion of both named in few stories is evidence.
        load(Pages.page("county2.txt")
                .story("任小满与伍建新座谈", "2023-04-01", "任小满与伍建新座谈。").person("任小满").person("伍建新").done()
                .story("任小满与伍建欣座谈", "2023-04-02", "任小满与伍建欣座谈。").person("任小满").person("伍建欣").done()
                .build());
        assertThat(query("MATCH (a:Person)-[r:POSSIBLY_SAME_AS]->(b:Person) RETURN a.name + '/' + b.name + ': ' + r.reason AS link",
                Map.of()).stream().map(r -> r.get("link").asString()).toList())
                .containsExactly("伍建新/伍建欣: one character apart; appeared with 任小满");
    }

    @Test
    void aPersonsContextReadsTheSameFromItsStoriesListsAsFromTheirMentions() {
        load(inspectionPage(), laterPage(), ocrPage());
        List<String> names = query("MATCH (p:Person) RETURN p.name AS name ORDER BY name", Map.of()).stream()
                .map(r -> r.get("name").asString()).toList();
        assertThat(count("MATCH (s:Story) WHERE s.people IS NOT NULL RETURN count(s)")).isEqualTo(count("MATCH (s:Story) RETURN count(s)"));
        Map<String, Companions> kept = IdentityLinker.stored(driver).read(names);
        // The reporter shares the inspection's story without being someone its people appeared with.
        assertThat(kept.get("夏祖义").together()).contains("王甜甜", "李翔");
        assertThat(kept.get("夏祖义").companions()).contains("李翔").doesNotContain("王甜甜");
        assertThat(kept.get("王甜甜").companions()).contains("夏祖义");

        // A graph an older version loaded: its stories hold no lists, and each is read from its mentions.
        query("MATCH (s:Story) REMOVE s.people, s.bylined", Map.of());
        assertThat(IdentityLinker.stored(driver).read(names)).isEqualTo(kept).hasSize(names.size());
    }

    @Test
    void companiesWhoseAliasesMatchAcrossStoriesAreLinked() {
        load(moneyPage("m1.txt", "2022-07-26", 9_000_000_000L), Pages.page("m3.txt")
                .story("中信旅游来访", "2022-08-01", "中信旅游来访。").company("中信旅游").done().build());
        assertThat(count("MATCH (:Company {name: '中信旅游'})-[r:POSSIBLY_SAME_AS]-(:Company {name: '中信旅游集团'}) RETURN count(r)"))
                .isEqualTo(1);
    }

    @Test
    void aReviewersDecisionsApplyOnLoadAndAreUndoneByReloadingWithoutThem() {
        Resolutions reviewed = Resolutions.parse("张瑞轩\t张瑞士\tsame\n薛云涛\t薛云海\tdifferent\n", "test");
        load(reviewed, inspectionPage(), laterPage(), ocrPage());
        assertThat(count("MATCH (p:Person {name: '张瑞士'}) RETURN count(p)")).isZero();
        assertThat(count("MATCH (:Person {name: '张瑞轩'})-[r:VISITED {from_printed: '张瑞士'}]->(:Company) RETURN count(r)")).isEqualTo(1);
        assertThat(count("MATCH (p:Person {name: '张瑞轩'}) WHERE '张瑞士' IN p.aliases RETURN count(p)")).isEqualTo(1);
        assertThat(count("MATCH (:Person {name: '薛云海'})-[r:POSSIBLY_SAME_AS]-() RETURN count(r)")).isZero();

        load(Resolutions.none(), inspectionPage(), laterPage(), ocrPage());
        assertThat(count("MATCH (:Person {name: '张瑞士'})-[r:VISITED]->(:Company) RETURN count(r)")).isEqualTo(1);
        assertThat(count("MATCH (:Person {name: '张瑞轩'})-[r:VISITED]->() RETURN count(r)")).isZero();
        assertThat(count("MATCH (:Person {name: '薛云海'})-[r:POSSIBLY_SAME_AS]-() RETURN count(r)")).isEqualTo(1);
    }
}
