package guanxi.extract;

import guanxi.model.Extraction;
import org.junit.jupiter.api.Test;

import static guanxi.extract.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 引进的白河科技有限公司, 旗下的青禾物流有限公司: when the segmenter glues the clause's 的 (and words before it) to a
 * company's name (的白河科技有限公司/nt), the name starts after 的, and a parent before 旗下的 or 下属的 has it as a
 * subsidiary (the company was lost). 的士 (taxi) in a trade's name is no particle and cuts nothing.
 */
class GluedParticleCompanyRulesTest {

    private static final Extractor EXTRACTOR = new Extractor();

    private static Extraction extract(String body) {
        return EXTRACTOR.extract(story("标题", body));
    }

    @Test
    void theNameStartsAfterTheGluedParticle() {
        assertThat(Show.companies(extract("县长赵海考察了该镇的白河电子有限公司。")))
                .containsExactly("白河电子有限公司");
        assertThat(Show.companies(extract("近年引进的白河科技有限公司已经投产。")))
                .containsExactly("白河科技有限公司");
        Extraction x = extract("嘉禾集团旗下的白河物流有限公司落户我县。");
        assertThat(Show.companies(x)).containsExactly("白河物流有限公司", "嘉禾集团");
        assertThat(Show.relations(x)).contains("SUBSIDIARY_OF 白河物流有限公司->嘉禾集团");
        assertThat(Show.relations(extract("县长赵海考察了华锦集团下属的石门纺织有限公司。")))
                .contains("SUBSIDIARY_OF 石门纺织有限公司->华锦集团");
    }

    @Test
    void nearMissTaxiIsNoParticle() {
        assertThat(Show.companies(extract("青石的士有限公司今天开业。"))).noneMatch(c -> c.startsWith("士"));
    }
}
