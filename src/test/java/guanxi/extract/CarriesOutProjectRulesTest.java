package guanxi.extract;

import guanxi.model.Extraction;
import org.junit.jupiter.api.Test;

import static guanxi.extract.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A company that carries a project out, printed as a clause of the project (X负责实施的P, X开发的P, X负责施工的P), invests
 * in or builds it, as 承建的 and 投资的 already read; a company before 的 with no such verb (X周边的P) does not.
 */
class CarriesOutProjectRulesTest {

    private static final Extractor EXTRACTOR = new Extractor();

    private static Extraction extract(String body) {
        return EXTRACTOR.extract(story("标题", body));
    }

    @Test
    void theFirmThatCarriesTheProjectOut() {
        assertThat(Show.relations(extract("县交通投资集团有限公司负责实施的城乡公交一体化项目已完工。")))
                .containsExactly("INVESTS_IN 县交通投资集团有限公司->城乡公交一体化项目");
        assertThat(Show.relations(extract("远帆置业有限公司开发的滨江花园小区项目已交房。")))
                .containsExactly("INVESTS_IN 远帆置业有限公司->滨江花园小区项目");
        assertThat(Show.relations(extract("青禾农业开发有限公司组织实施的高标准农田建设项目总投资3000万元。")))
                .containsExactly("INVESTS_IN 青禾农业开发有限公司->高标准农田建设项目");
        assertThat(Show.relations(extract("副县长唐立平察看了禾光建设工程有限公司负责施工的滨河大道改造工程。")))
                .contains("INVESTS_IN 禾光建设工程有限公司->滨河大道改造工程");
    }

    @Test
    void nearMissAFirmBeforeDeWithNoVerbOfCarryingOut() {
        assertThat(extract("县宏达化工有限公司周边的城南安置房项目正在建设。").relations()).isEmpty();
    }
}
