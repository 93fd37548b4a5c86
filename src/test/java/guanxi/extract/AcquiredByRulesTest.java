package guanxi.extract;

import guanxi.model.Extraction;
import org.junit.jupiter.api.Test;

import static guanxi.extract.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * X被Y收购, X已被Y整体收购, X于某年被Y并购: the passive of buying; the company right before 被 was bought by the company
 * right after it, when a verb of buying follows that one (SUBSIDIARY_OF). 被 before another verb (被Y评为…) states none.
 */
class AcquiredByRulesTest {

    private static final Extractor EXTRACTOR = new Extractor();

    private static Extraction extract(String body) {
        return EXTRACTOR.extract(story("标题", body));
    }

    @Test
    void theCompanyBoughtIsTheBuyersSubsidiary() {
        assertThat(Show.relations(extract("华锦纺织有限公司被青石投资集团收购。")))
                .containsExactly("SUBSIDIARY_OF 华锦纺织有限公司->青石投资集团");
        assertThat(Show.relations(extract("去年，白河化工有限公司已被恒远控股集团整体收购。")))
                .containsExactly("SUBSIDIARY_OF 白河化工有限公司->恒远控股集团");
        assertThat(Show.relations(extract("石门建材有限公司于2019年被华拓集团并购。")))
                .containsExactly("SUBSIDIARY_OF 石门建材有限公司->华拓集团");
    }

    @Test
    void nearMissAnotherPassiveVerb() {
        assertThat(Show.relations(extract("青禾物流有限公司被恒远集团评为优秀供应商。")))
                .noneMatch(r -> r.startsWith("SUBSIDIARY_OF"));
    }

    @Test
    void theBuyerThenAWordOfTimeThenTheVerbOfBuying() {
        assertThat(Show.relations(extract("恒远控股集团于去年收购了白河化工有限公司。")))
                .containsExactly("SUBSIDIARY_OF 白河化工有限公司->恒远控股集团");
        assertThat(Show.relations(extract("华拓集团2021年成功并购石门建材有限公司。")))
                .containsExactly("SUBSIDIARY_OF 石门建材有限公司->华拓集团");
        assertThat(Show.relations(extract("青石投资集团今年3月已收购华锦纺织有限公司。")))
                .containsExactly("SUBSIDIARY_OF 华锦纺织有限公司->青石投资集团");
        // Near miss: what is bought at another firm is no firm bought.
        assertThat(Show.relations(extract("恒远控股集团去年在白河化工有限公司收购了一批设备。")))
                .noneMatch(r -> r.startsWith("SUBSIDIARY_OF"));
    }
}
