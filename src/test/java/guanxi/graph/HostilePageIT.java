package guanxi.graph;

import guanxi.extract.FactLimits;
import guanxi.model.ExtractedPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static guanxi.model.EntityKind.COMPANY;
import static guanxi.model.EntityKind.PROJECT;
import static guanxi.model.RelationType.ATTENDED;
import static guanxi.model.RelationType.INVESTS_IN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One page Neo4j cannot store (a run-on "project name" of about 3,000 characters, beyond the index key limit,
 * handed to the loader without {@link FactLimits}) costs only itself: the batch it shares is written page by page,
 * that page is rejected naming its file and the reason, and every other page loads, in this batch and later ones.
 */
class HostilePageIT extends ServerPerClass {

    @BeforeEach
    void clean() {
        wipe();
    }

    static ExtractedPage ordinary(String doc, String person) {
        return Pages.page(doc).story(person + "出席座谈会", "2024-05-0" + (doc.charAt(0) - '0'), person + "出席座谈会。")
                .person(person, "副县长").role(ATTENDED, person).done().build();
    }

    static ExtractedPage hostile(String doc) {
        String name = FactLimitsTest.runOn(3000) + "项目";
        return Pages.page(doc).story("产业园签约", "2024-05-06", "远航材料公司投资新项目。")
                .company("远航材料有限公司").project(name, 1_200_000_000L, "agreed")
                .rel(INVESTS_IN, "远航材料有限公司", COMPANY, name, PROJECT).done().build();
    }

    @Test
    void aPageNeo4jRefusesIsRejectedAloneAndEveryOtherPageLoads() {
        List<ExtractedPage> pages = List.of(ordinary("1.txt", "钱永安"), hostile("2.txt"), ordinary("3.txt", "孙明华"),
                ordinary("4.txt", "林小雨"), ordinary("5.txt", "周文斌"));
        // Two stories per batch: the hostile page shares its batch with an ordinary one, and batches follow it.
        GraphLoader loader = new GraphLoader(driver, Resolutions.none(), LoadProgress.SILENT, 2);
        LoadSummary summary = loader.load(pages);

        assertThat(loader.rejected()).hasSize(1);
        assertThat(loader.rejected().get(0)).startsWith("2.txt: rejected: Neo4j refused the page (").doesNotContain("\n");
        assertThat(count("MATCH (s:Story) RETURN count(s)")).isEqualTo(4);
        assertThat(count("MATCH (s:Story {doc: '2.txt'}) RETURN count(s)")).isZero();
        assertThat(count("MATCH (p:Project) RETURN count(p)")).isZero();
        assertThat(count("MATCH (p:Person)-[:ATTENDED]->(:Story) RETURN count(DISTINCT p)")).isEqualTo(4);
        assertThat(summary.pages()).isEqualTo(4);
    }

    @Test
    void theSamePageThroughFactLimitsLoadsWithoutItsRunOnName() {
        ExtractedPage checked = FactLimits.check(hostile("2.txt")).page();
        GraphLoader loader = new GraphLoader(driver, Resolutions.none(), LoadProgress.SILENT, 2);
        loader.load(List.of(checked, ordinary("3.txt", "孙明华")));
        assertThat(loader.rejected()).isEmpty();
        assertThat(count("MATCH (s:Story) RETURN count(s)")).isEqualTo(2);
        assertThat(count("MATCH (c:Company {name: $n}) RETURN count(c)", Map.of("n", "远航材料有限公司"))).isEqualTo(1);
    }
}
