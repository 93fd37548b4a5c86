package guanxi.extract;

import guanxi.model.Extraction;
import org.junit.jupiter.api.Test;

import static guanxi.extract.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

/** Visits to a firm's own units: a station or department after 的, a lab whose name opens with the firm's. */
class CompanyUnitVisitRulesTest {

    private static final Extractor EXTRACTOR = new Extractor();

    private static Extraction extract(String body) {
        return EXTRACTOR.extract(story("标题", body));
    }

    /** The VISITED edges only (the leader's LED is another helper's concern). */
    private static java.util.List<String> visits(Extraction x) {
        return Show.relations(x).stream().filter(r -> r.startsWith("VISITED")).toList();
    }

    @Test
    void theFirmAndItsOwnUnitsAreVisited() {
        assertThat(visits(extract("县委书记王海东先后来到华宇能源公司的储运二部和东城加气站调研。")))
                .containsExactly("VISITED 王海东->华宇能源公司", "VISITED 王海东->储运二部", "VISITED 王海东->东城加气站");
        assertThat(visits(extract("县委书记王海东来到博越药业创新药物与制剂工程技术研究中心考察。")))
                .containsExactly("VISITED 王海东->博越药业", "VISITED 王海东->博越药业创新药物与制剂工程技术研究中心");
        assertThat(visits(extract("副市长陈平走访了蓝岭科技有限公司的质检中心。")))
                .containsExactly("VISITED 陈平->蓝岭科技有限公司", "VISITED 陈平->质检中心");
        // Near miss: a mall glued to the firm's name is the firm under another name, not a unit visited.
        assertThat(visits(extract("副市长陈平来到远帆集团购物中心调研。")))
                .containsExactly("VISITED 陈平->远帆集团");
    }
}
