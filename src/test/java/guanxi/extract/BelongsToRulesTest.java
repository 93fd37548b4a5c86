package guanxi.extract;

import guanxi.model.Extraction;
import org.junit.jupiter.api.Test;

import static guanxi.extract.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * X隶属(于)Y: the company right before 隶属 belongs to the company right after it (also through 该公司). A body that is
 * no company after it, or two companies belonging to a third, state no parent.
 */
class BelongsToRulesTest {

    private static final Extractor EXTRACTOR = new Extractor();

    private static Extraction extract(String body) {
        return EXTRACTOR.extract(story("标题", body));
    }

    @Test
    void theCompanyBeforeBelongsToTheOneAfter() {
        assertThat(Show.relations(extract("华锦纺织有限公司隶属于恒远控股集团。")))
                .containsExactly("SUBSIDIARY_OF 华锦纺织有限公司->恒远控股集团");
        assertThat(Show.relations(extract("鑫源光电有限公司现隶属鼎盛投资集团，主要生产光伏组件。")))
                .containsExactly("SUBSIDIARY_OF 鑫源光电有限公司->鼎盛投资集团");
        assertThat(Show.relations(extract("博瑞新材料有限公司创办于2005年。该公司隶属于华泰重工集团。")))
                .containsExactly("SUBSIDIARY_OF 博瑞新材料有限公司->华泰重工集团");
    }

    @Test
    void nearMissesNoCompanyRightAfter() {
        assertThat(extract("华锦纺织有限公司隶属于县国资委。").relations()).isEmpty();
        assertThat(extract("华锦纺织有限公司与恒远控股集团隶属于同一家母公司。").relations()).isEmpty();
    }
}
