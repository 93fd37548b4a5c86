package guanxi.extract;

import guanxi.model.Extraction;
import org.junit.jupiter.api.Test;

import static guanxi.extract.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Y控股的X, Y绝对控股的X: the company right after 控股的 is held by the company before it, its parent (SUBSIDIARY_OF), as
 * after 旗下的. A minority holding (Y参股的X) makes no subsidiary.
 */
class HeldByParentRulesTest {

    private static final Extractor EXTRACTOR = new Extractor();

    private static Extraction extract(String body) {
        return EXTRACTOR.extract(story("标题", body));
    }

    @Test
    void theCompanyHeldIsTheHoldersSubsidiary() {
        assertThat(Show.relations(extract("盛达集团控股的石门包装有限公司投资3亿元建设新厂。")))
                .contains("SUBSIDIARY_OF 石门包装有限公司->盛达集团");
        assertThat(Show.relations(extract("由华拓控股集团绝对控股的青禾电力有限公司今年投产。")))
                .contains("SUBSIDIARY_OF 青禾电力有限公司->华拓控股集团");
        assertThat(Show.relations(extract("县长赵海考察了恒远集团控股的白河新材料有限公司。")))
                .contains("SUBSIDIARY_OF 白河新材料有限公司->恒远集团");
    }

    @Test
    void nearMissAMinorityHolding() {
        assertThat(Show.relations(extract("盛达集团参股的石门包装有限公司投资3亿元建设新厂。")))
                .noneMatch(r -> r.startsWith("SUBSIDIARY_OF"));
    }
}
