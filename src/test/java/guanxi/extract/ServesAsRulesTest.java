package guanxi.extract;

import guanxi.model.Extraction;
import org.junit.jupiter.api.Test;

import static guanxi.extract.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 冯国栋担任青石矿业集团董事长, 刘建华现任华拓控股集团总经理: a name right before a verb of holding a post (担任, 现任) is a
 * person, and with a company and an enterprise post closing the clause after the verb he holds that post there
 * (EXECUTIVE_OF; the person was lost). A former post (曾任) states none.
 */
class ServesAsRulesTest {

    private static final Extractor EXTRACTOR = new Extractor();

    private static Extraction extract(String body) {
        return EXTRACTOR.extract(story("标题", body));
    }

    @Test
    void thePostHeldAfterTheVerb() {
        assertThat(Show.relations(extract("冯国栋担任青石矿业集团董事长。")))
                .containsExactly("EXECUTIVE_OF 冯国栋->青石矿业集团 (董事长)");
        assertThat(Show.relations(extract("据介绍，刘建华现任华拓控股集团总经理，长期从事新能源产业。")))
                .containsExactly("EXECUTIVE_OF 刘建华->华拓控股集团 (总经理)");
        assertThat(Show.relations(extract("2019年，孙海涛担任嘉禾物流有限公司副总经理，负责项目建设。")))
                .containsExactly("EXECUTIVE_OF 孙海涛->嘉禾物流有限公司 (副总经理)");
    }

    @Test
    void nearMissAFormerPost() {
        assertThat(Show.relations(extract("周文彬曾任恒远建材集团总经理。")))
                .noneMatch(r -> r.startsWith("EXECUTIVE_OF"));
    }
}
