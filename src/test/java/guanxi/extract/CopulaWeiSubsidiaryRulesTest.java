package guanxi.extract;

import guanxi.model.Extraction;
import org.junit.jupiter.api.Test;

import static guanxi.extract.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * X为Y(的)(全资|控股)子公司: 为, the copula of the written register like 系, states X's parent when the clause ends on
 * 子公司; glued by the segmenter to the parent's name (为恒远集团/nt) it is no part of that name. 为 meaning "for"
 * (X为Y子公司提供服务) states none.
 */
class CopulaWeiSubsidiaryRulesTest {

    private static final Extractor EXTRACTOR = new Extractor();

    private static Extraction extract(String body) {
        return EXTRACTOR.extract(story("标题", body));
    }

    @Test
    void weStatesTheParent() {
        Extraction x = extract("远川食品有限公司为恒远集团全资子公司。");
        assertThat(Show.companies(x)).containsExactly("远川食品有限公司", "恒远集团");
        assertThat(Show.relations(x)).containsExactly("SUBSIDIARY_OF 远川食品有限公司->恒远集团");
        assertThat(Show.relations(extract("青禾新能源有限公司为华拓控股集团的控股子公司，主要生产光伏组件。")))
                .containsExactly("SUBSIDIARY_OF 青禾新能源有限公司->华拓控股集团");
        assertThat(Show.relations(extract("白河物流有限公司为嘉禾集团子公司。")))
                .containsExactly("SUBSIDIARY_OF 白河物流有限公司->嘉禾集团");
    }

    @Test
    void nearMissWeMeaningFor() {
        assertThat(Show.relations(extract("青禾物流有限公司为嘉禾集团子公司提供仓储服务。")))
                .noneMatch(r -> r.startsWith("SUBSIDIARY_OF"));
    }
}
