package guanxi.extract;

import guanxi.model.Extraction;
import org.junit.jupiter.api.Test;

import static guanxi.extract.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 副县长李明一行深入恒达建材有限公司调研: a visit verb the segmenter tags as an adverb (深入/ad) ends a legal company
 * name walked left from its ending, so the visitor and 一行 are no part of it (李明一行深入恒达建材有限公司 was a
 * company, and the visit was lost). Words read as a name or an adjective inside a legal name still belong to it.
 */
class AdverbVisitVerbCompanyRulesTest {

    private static final Extractor EXTRACTOR = new Extractor();

    private static Extraction extract(String body) {
        return EXTRACTOR.extract(story("标题", body));
    }

    @Test
    void theVisitVerbEndsTheName() {
        Extraction x = extract("副县长李明一行深入恒达建材有限公司调研。");
        assertThat(Show.companies(x)).containsExactly("恒达建材有限公司");
        assertThat(Show.relations(x)).contains("VISITED 李明->恒达建材有限公司");
        assertThat(Show.companies(extract("县长王强深入嘉禾物流有限公司检查安全生产。")))
                .containsExactly("嘉禾物流有限公司");
        assertThat(Show.companies(extract("市委副书记孙立国深入青禾科技有限公司走访。")))
                .containsExactly("青禾科技有限公司");
    }

    @Test
    void nearMissWordsInsideALegalName() {
        assertThat(Show.companies(extract("县长王强会见了湖南清远明德华宇科技有限公司董事长李国栋一行。")))
                .containsExactly("湖南清远明德华宇科技有限公司");
    }
}
