package guanxi.extract;

import guanxi.model.Extraction;
import org.junit.jupiter.api.Test;

import static guanxi.extract.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 甲公司(已于某月)完成对乙公司的收购: the company whose 收购 (or 并购) the buyer completed, named after 对, is the buyer's
 * subsidiary; 对乙公司的考察 (a noun that is no buying) makes none. The preposition 对 (or 把, 被) after a verb introduces
 * a company's name and is no part of it, though the segmenter may glue them; 向 and 从 open names (向阳, 从江).
 */
class AcquisitionOfRulesTest {

    private static final Extractor EXTRACTOR = new Extractor();

    private static Extraction extract(String body) {
        return EXTRACTOR.extract(story("标题", body));
    }

    @Test
    void theCompanyBoughtAfterDui() {
        assertThat(Show.relations(extract("远帆控股集团有限公司已于今年3月完成对青禾化工有限公司的收购。")))
                .containsExactly("SUBSIDIARY_OF 青禾化工有限公司->远帆控股集团有限公司");
        assertThat(Show.relations(extract("华岭电子股份有限公司对滨江光学有限公司的全资收购已获批准。")))
                .containsExactly("SUBSIDIARY_OF 滨江光学有限公司->华岭电子股份有限公司");
        assertThat(Show.relations(extract("2025年，禾光能源集团成功完成对江北储能科技有限公司的并购。")))
                .containsExactly("SUBSIDIARY_OF 江北储能科技有限公司->禾光能源集团");
    }

    @Test
    void nearMissATourIsNoPurchase() {
        assertThat(extract("远帆控股集团有限公司完成对青禾化工有限公司的考察。").relations()).isEmpty();
    }

    @Test
    void aPrepositionAfterAVerbIsNoPartOfTheName() {
        assertThat(Show.companies(extract("县市场监管局完成对青禾化工有限公司的年度检查。"))).containsExactly("青禾化工有限公司");
        assertThat(Show.companies(extract("县自然资源局已把滨河物流有限公司的用地手续办结。")))
                .containsExactly("滨河物流有限公司");
        assertThat(Show.companies(extract("县长李明会见了向阳机械有限公司董事长刘伟一行。")))
                .containsExactly("向阳机械有限公司");
    }
}
