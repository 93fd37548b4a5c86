package guanxi.extract;

import guanxi.model.Extraction;
import org.junit.jupiter.api.Test;

import static guanxi.extract.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 石门化肥总厂棚户区改造配套道路项目: a project whose name goes on from a firm's name with an area named after the firm
 * (棚户区, 片区, 周边; company-named-areas.txt) renews that area; the firm lends the name and does not invest in it. A
 * project of the firm's own works (…有限公司厂房扩建项目) is still the firm's.
 */
class CompanyNamedAreaRulesTest {

    private static final Extractor EXTRACTOR = new Extractor();

    private static Extraction extract(String body) {
        return EXTRACTOR.extract(story("标题", body));
    }

    @Test
    void anAreaNamedAfterTheFirmIsNotItsInvestment() {
        Extraction x = extract("石门化肥总厂棚户区改造配套道路项目总投资1.2亿元。");
        assertThat(Show.projects(x)).containsExactly("石门化肥总厂棚户区改造配套道路项目 120000000 null");
        assertThat(Show.relations(x)).noneMatch(r -> r.startsWith("INVESTS_IN"));
        assertThat(Show.relations(extract("青禾纺织有限公司周边道路提升改造项目完工。")))
                .noneMatch(r -> r.startsWith("INVESTS_IN"));
        assertThat(Show.relations(extract("恒远矿业有限公司片区基础设施改造项目总投资6000万元。")))
                .noneMatch(r -> r.startsWith("INVESTS_IN"));
    }

    @Test
    void nearMissTheFirmsOwnWorks() {
        assertThat(Show.relations(extract("白河机械有限公司厂房扩建项目总投资8000万元。")))
                .containsExactly("INVESTS_IN 白河机械有限公司->白河机械有限公司厂房扩建项目");
    }
}
