package guanxi.graph;

import guanxi.graph.BatchRows.EntityKey;
import guanxi.graph.BatchRows.MentionRow;
import guanxi.graph.BatchRows.PersonTitle;
import guanxi.graph.BatchRows.Provenance;
import guanxi.graph.BatchRows.RelationRow;
import guanxi.graph.BatchRows.RoleRow;
import guanxi.graph.BatchRows.StoryRow;
import guanxi.graph.derive.MonthlyActivity;
import guanxi.graph.derive.TitleSpan;
import guanxi.model.EntityKind;
import guanxi.model.Evidence;
import guanxi.model.ExtractedPage;
import guanxi.model.PageResult;
import guanxi.model.RelationType;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A batch of two invented stories becomes exactly these records, and each record exactly these statement parameters
 * and properties: what both ways into Neo4j write.
 */
class BatchRowsTest {

    private static final String ONE = "副县长宁嘉禾带队到岫山茶业有限公司调研。";
    private static final String TWO = "岫山茶业有限公司与县商务局签约岫山茶旅融合项目，宁佳禾出席。";
    private static final String PAPER = "岫山周报";
    /** The reviewer writes the printed 宁佳禾 as 宁嘉禾. */
    private static final Resolutions RESOLUTIONS = Resolutions.parse("宁嘉禾\t宁佳禾\tsame\n", "test");

    private static final EntityKey NING = EntityKey.person("宁嘉禾");
    private static final EntityKey LU = EntityKey.person("卢晓岚");
    private static final EntityKey TEA = new EntityKey(EntityKind.COMPANY, "岫山茶业有限公司");
    private static final EntityKey BUREAU = new EntityKey(EntityKind.ORGANIZATION, "县商务局");
    private static final EntityKey RESORT = new EntityKey(EntityKind.PROJECT, "岫山茶旅融合项目");

    private static ExtractedPage page() {
        ExtractedPage built = Pages.page("b1.txt")
                .story("宁嘉禾调研岫山茶业", "2031-05-12", ONE).by("卢晓岚")
                .person("宁嘉禾", "副县长").company("岫山茶业有限公司", "岫山茶业")
                .role(RelationType.LED, "宁嘉禾")
                .rel(RelationType.VISITED, "宁嘉禾", EntityKind.PERSON, "岫山茶业有限公司", EntityKind.COMPANY).done()
                .story("茶旅项目签约", "06-02", TWO)
                .person("宁佳禾", "副县长").company("岫山茶业有限公司").organization("县商务局")
                .project("岫山茶旅融合项目", 300_000_000L, "agreed")
                .role(RelationType.ATTENDED, "宁佳禾")
                .rel(RelationType.SIGNED, "岫山茶业有限公司", EntityKind.COMPANY, "岫山茶旅融合项目", EntityKind.PROJECT)
                .rel(RelationType.SIGNED, "岫山茶业有限公司", EntityKind.COMPANY, "岫山茶旅融合项目", EntityKind.PROJECT)
                .executive("宁佳禾", "岫山茶业有限公司", "董事长").done()
                .build();
        PageResult p = built.page();
        return new ExtractedPage(new PageResult(p.doc(), p.stories(), p.discarded(), p.cuts(), PAPER), built.extractions());
    }

    @Test
    void aTwoStoryBatchBecomesExactlyTheseRecords() {
        ExtractedPage page = page();
        String one = page.extractions().get(0).story().id();
        String two = page.extractions().get(1).story().id();
        Evidence first = new Evidence(one, 0, 0, ONE.length(), ONE, "test");
        Evidence second = new Evidence(two, 0, 0, TWO.length(), TWO, "test");
        // The second story prints no year: its Story.dated borrows the page's.
        Provenance wrote = new Provenance(one, "宁嘉禾调研岫山茶业", "b1.txt", PAPER, "2031-05-12", null);
        Provenance inFirst = new Provenance(one, "宁嘉禾调研岫山茶业", "b1.txt", PAPER, "2031-05-12", first);
        Provenance inSecond = new Provenance(two, "茶旅项目签约", "b1.txt", PAPER, "2031-06-02", second);
        List<Integer> whole1 = List.of(ONE.length());
        List<Integer> whole2 = List.of(TWO.length());

        BatchRows rows = BatchRows.of(List.of(page), RESOLUTIONS);

        assertThat(rows).isEqualTo(new BatchRows(
                List.of("b1.txt"),
                List.of(new StoryRow(one, "b1.txt", PAPER, "宁嘉禾调研岫山茶业", "2031-05-12", "2031-05-12", List.of("卢晓岚"), ONE,
                                List.of("宁嘉禾"), List.of("宁嘉禾"), List.of("卢晓岚")),
                        new StoryRow(two, "b1.txt", PAPER, "茶旅项目签约", "06-02", "2031-06-02", List.of(), TWO,
                                List.of("宁嘉禾"), List.of("宁嘉禾"), List.of())),
                List.of(NING, TEA, LU, BUREAU, RESORT),
                List.of(new MentionRow(one, NING, ONE, List.of(0), whole1, null, List.of("副县长"), List.of(), null, null,
                                false, List.of("LED", "VISITED"), List.of()),
                        new MentionRow(one, TEA, ONE, List.of(0), whole1, null, List.of(), List.of("岫山茶业"), null, null,
                                false, List.of(), List.of("VISITED")),
                        new MentionRow(one, LU, null, List.of(), List.of(), null, List.of(), List.of(), null, null,
                                true, List.of(), List.of()),
                        new MentionRow(two, NING, TWO, List.of(0), whole2, "宁佳禾", List.of("副县长"), List.of(), null, null,
                                false, List.of("ATTENDED", "EXECUTIVE_OF"), List.of()),
                        new MentionRow(two, TEA, TWO, List.of(0), whole2, null, List.of(), List.of(), null, null,
                                false, List.of("SIGNED"), List.of("EXECUTIVE_OF")),
                        new MentionRow(two, BUREAU, TWO, List.of(0), whole2, null, List.of(), List.of(), null, null,
                                false, List.of(), List.of()),
                        new MentionRow(two, RESORT, TWO, List.of(0), whole2, null, List.of(), List.of(), 300_000_000L,
                                "agreed", false, List.of(), List.of("SIGNED"))),
                List.of(new RoleRow("WROTE", LU, one, wrote),
                        new RoleRow("LED", NING, one, inFirst),
                        new RoleRow("ATTENDED", NING, two, inSecond)),
                // The SIGNED stated twice in one story is one relation.
                List.of(new RelationRow("VISITED", NING, TEA, inFirst, null, null, null),
                        new RelationRow("SIGNED", TEA, RESORT, inSecond, null, null, null),
                        new RelationRow("EXECUTIVE_OF", NING, TEA, inSecond, "董事长", "宁佳禾", null)),
                Set.of(NING, TEA, RESORT),
                Map.of(new PersonTitle("宁嘉禾", "副县长"), new TitleSpan("2031-05-12", "2031-05-12", 2, "2031-05-12", "2031-06-02")),
                Set.of("宁嘉禾"),
                // Led and visited in the first story, attended in the second.
                Map.of("宁嘉禾", new MonthlyActivity(new TreeMap<>(Map.of(
                        "2031-05", new MonthlyActivity.Month(1, 1, 0, 0, 0, 1),
                        "2031-06", new MonthlyActivity.Month(1, 0, 0, 1, 0, 0)))))));
    }

    @Test
    void eachRecordBecomesExactlyItsStatementsRow() {
        ExtractedPage page = page();
        String one = page.extractions().get(0).story().id();
        String two = page.extractions().get(1).story().id();
        BatchRows rows = BatchRows.of(List.of(page), RESOLUTIONS);
        Map<String, String> ids = Map.of(one, "s1", two, "s2", "Person\t宁嘉禾", "n1", "Person\t卢晓岚", "n2",
                "Company\t岫山茶业有限公司", "n3", "Organization\t县商务局", "n4", "Project\t岫山茶旅融合项目", "n5");

        assertThat(GraphLoader.storyRow(rows.stories().get(0))).isEqualTo(Map.of("id", one, "props", Map.of(
                "doc", "b1.txt", "paper", PAPER, "title", "宁嘉禾调研岫山茶业", "date", "2031-05-12",
                "dated", "2031-05-12", "reporters", List.of("卢晓岚"), "present", List.of("宁嘉禾"), "people", List.of("宁嘉禾"),
                "bylined", List.of("卢晓岚"), "text", ONE)));
        // No byline: no reporters property (the bulk importer cannot store an empty list), and no one bylined (a null
        // value, which SET += removes where a replaced story had one).
        Map<String, Object> second = new HashMap<>(Map.of(
                "doc", "b1.txt", "paper", PAPER, "title", "茶旅项目签约", "date", "06-02", "dated", "2031-06-02",
                "present", List.of("宁嘉禾"), "people", List.of("宁嘉禾"), "text", TWO));
        second.put("bylined", null);
        assertThat(GraphLoader.storyRow(rows.stories().get(1))).isEqualTo(Map.of("id", two, "props", second));
        assertThat(rows.entities()).extracting(GraphLoader::entityRow).containsExactly(
                Map.of("label", "Person", "name", "宁嘉禾", "key", "Person\t宁嘉禾"),
                Map.of("label", "Company", "name", "岫山茶业有限公司", "key", "Company\t岫山茶业有限公司"),
                Map.of("label", "Person", "name", "卢晓岚", "key", "Person\t卢晓岚"),
                Map.of("label", "Organization", "name", "县商务局", "key", "Organization\t县商务局"),
                Map.of("label", "Project", "name", "岫山茶旅融合项目", "key", "Project\t岫山茶旅融合项目"));

        assertThat(rows.mentions()).extracting(m -> GraphLoader.mentionRow(m, ids)).containsExactly(
                Map.of("type", "MENTIONS", "from", "s1", "to", "n1", "props", Map.of("evidence", ONE, "starts", List.of(0),
                        "ends", List.of(ONE.length()), "titles", List.of("副县长"), "roles", List.of("LED", "VISITED"))),
                Map.of("type", "MENTIONS", "from", "s1", "to", "n3", "props", Map.of("evidence", ONE, "starts", List.of(0),
                        "ends", List.of(ONE.length()), "aliases", List.of("岫山茶业"), "roles_in", List.of("VISITED"))),
                Map.of("type", "MENTIONS", "from", "s1", "to", "n2", "props", Map.of("byline", true)),
                Map.of("type", "MENTIONS", "from", "s2", "to", "n1", "props", Map.of("evidence", TWO, "starts", List.of(0),
                        "ends", List.of(TWO.length()), "printed", "宁佳禾", "titles", List.of("副县长"),
                        "roles", List.of("ATTENDED", "EXECUTIVE_OF"))),
                Map.of("type", "MENTIONS", "from", "s2", "to", "n3", "props", Map.of("evidence", TWO, "starts", List.of(0),
                        "ends", List.of(TWO.length()), "roles", List.of("SIGNED"), "roles_in", List.of("EXECUTIVE_OF"))),
                Map.of("type", "MENTIONS", "from", "s2", "to", "n4", "props", Map.of("evidence", TWO, "starts", List.of(0),
                        "ends", List.of(TWO.length()))),
                Map.of("type", "MENTIONS", "from", "s2", "to", "n5", "props", Map.of("evidence", TWO, "starts", List.of(0),
                        "ends", List.of(TWO.length()), "investment_yuan", 300_000_000L, "status", "agreed",
                        "roles_in", List.of("SIGNED"))));

        String url1 = "/guanxi/story/" + one.replace("#", "%23");
        String url2 = "/guanxi/story/" + two.replace("#", "%23");
        assertThat(rows.roles()).extracting(r -> GraphLoader.roleRow(r, ids)).containsExactly(
                Map.of("type", "WROTE", "from", "n2", "to", "s1", "props", Map.of("story", one, "source_url", url1,
                        "headline", "宁嘉禾调研岫山茶业", "doc", "b1.txt", "paper", PAPER, "date", "2031-05-12")),
                Map.of("type", "LED", "from", "n1", "to", "s1", "props", provenance(one, url1, "宁嘉禾调研岫山茶业",
                        "2031-05-12", ONE)),
                Map.of("type", "ATTENDED", "from", "n1", "to", "s2", "props", provenance(two, url2, "茶旅项目签约",
                        "2031-06-02", TWO)));

        Map<String, Object> executive = provenance(two, url2, "茶旅项目签约", "2031-06-02", TWO);
        executive.put("title", "董事长");
        executive.put("from_printed", "宁佳禾");
        assertThat(rows.relations()).extracting(r -> GraphLoader.relationRow(r, ids)).containsExactly(
                Map.of("type", "VISITED", "from", "n1", "to", "n3", "props", provenance(one, url1, "宁嘉禾调研岫山茶业",
                        "2031-05-12", ONE)),
                Map.of("type", "SIGNED", "from", "n3", "to", "n5", "props", provenance(two, url2, "茶旅项目签约",
                        "2031-06-02", TWO)),
                Map.of("type", "EXECUTIVE_OF", "from", "n1", "to", "n3", "props", executive));
    }

    @Test
    void aStoryWithoutADateOrPaperKeepsTheDateAsANullValueAndNamesNoPaper() {
        ExtractedPage page = Pages.page("b2.txt").story("简讯", null, "县商务局召开会议。").organization("县商务局").done().build();
        String id = page.extractions().getFirst().story().id();
        BatchRows rows = BatchRows.of(List.of(page), Resolutions.none());
        Map<String, Object> props = new HashMap<>();
        props.put("doc", "b2.txt");
        props.put("title", "简讯");
        props.put("date", null);
        props.put("dated", "????-??-??");
        props.put("present", null);
        props.put("people", null);
        props.put("bylined", null);
        props.put("text", "县商务局召开会议。");
        assertThat(rows.stories()).containsExactly(
                new StoryRow(id, "b2.txt", null, "简讯", null, "????-??-??", List.of(), "县商务局召开会议。", List.of(),
                        List.of(), List.of()));
        assertThat(rows.stories().getFirst().properties()).isEqualTo(props);
        assertThat(rows.spans()).isEmpty();
        assertThat(rows.activity()).isEmpty();
    }

    private static Map<String, Object> provenance(String story, String url, String headline, String dated, String sentence) {
        Map<String, Object> props = new HashMap<>(Map.of("story", story, "source_url", url, "headline", headline,
                "doc", "b1.txt", "paper", PAPER, "date", dated));
        props.putAll(Map.of("evidence", sentence, "sentence", 0, "start", 0, "end", sentence.length(), "rule", "test"));
        return props;
    }
}
