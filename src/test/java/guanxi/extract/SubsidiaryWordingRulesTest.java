package guanxi.extract;

import guanxi.model.Extraction;
import org.junit.jupiter.api.Test;

import static guanxi.extract.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Subsidiaries in the written register: X系Y全资子公司 (系 is the copula, never part of Y's name), X是Y控股子公司
 * without 的, and a post in the subsidiary named after its parent (Y子公司X总经理) is a post in X, not in Y.
 */
class SubsidiaryWordingRulesTest {

    private static final Extractor EXTRACTOR = new Extractor();

    private static Extraction extract(String body) {
        return EXTRACTOR.extract(story("标题", body));
    }

    @Test
    void theWrittenCopulaAndTheSubsidiarysOwnPost() {
        Extraction x = extract("华锦纺织有限公司系恒远控股集团全资子公司。");
        assertThat(Show.companies(x)).containsExactly("华锦纺织有限公司", "恒远控股集团");
        assertThat(Show.relations(x)).containsExactly("SUBSIDIARY_OF 华锦纺织有限公司->恒远控股集团");
        x = extract("博瑞新材料有限公司是鼎盛投资集团控股子公司。");
        assertThat(Show.relations(x)).containsExactly("SUBSIDIARY_OF 博瑞新材料有限公司->鼎盛投资集团");
        x = extract("县长宋丽萍会见了恒远控股集团子公司华锦纺织有限公司总经理钟伟一行。");
        assertThat(Show.relations(x)).contains("EXECUTIVE_OF 钟伟->华锦纺织有限公司 (总经理)",
                "SUBSIDIARY_OF 华锦纺织有限公司->恒远控股集团");
        assertThat(Show.relations(x)).noneMatch(r -> r.startsWith("EXECUTIVE_OF 钟伟->恒远控股集团"));
    }

    @Test
    void nearMissesNoSubsidiaryWordAndAPostInTheGroupItself() {
        assertThat(extract("恒远控股集团是华锦纺织有限公司的最大客户。").relations()).isEmpty();
        assertThat(Show.relations(extract("县长宋丽萍会见了恒远控股集团董事长钟伟一行。")))
                .contains("EXECUTIVE_OF 钟伟->恒远控股集团 (董事长)");
    }
}
