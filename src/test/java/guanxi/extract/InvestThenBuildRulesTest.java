package guanxi.extract;

import guanxi.model.Extraction;
import org.junit.jupiter.api.Test;

import static guanxi.extract.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A company that invests an amount in a place and builds a project there invests in that project, the place phrase
 * standing before 投资 (拟在我县投资…，建设…, 计划来我县投资…) as well as after it; 投资 with an amount after it is the
 * verb, never the end of a short company name (在经开区投资3亿元 names no firm 经开区投资).
 */
class InvestThenBuildRulesTest {

    private static final Extractor EXTRACTOR = new Extractor();

    private static Extraction extract(String body) {
        return EXTRACTOR.extract(story("标题", body));
    }

    @Test
    void thePlaceMayStandBeforeTheInvestment() {
        assertThat(Show.relations(extract("鼎盛置业有限公司拟在我县投资8亿元，建设滨河花园项目。")))
                .containsExactly("INVESTS_IN 鼎盛置业有限公司->滨河花园项目");
        assertThat(Show.relations(extract("恒昌物流有限公司计划来我县投资5亿元，建设智慧物流园项目。")))
                .containsExactly("INVESTS_IN 恒昌物流有限公司->智慧物流园项目");
        Extraction x = extract("瑞丰药业有限公司将在经开区投资3亿元新建年产500吨原料药项目。");
        assertThat(Show.companies(x)).containsExactly("瑞丰药业有限公司");
        assertThat(Show.relations(x)).containsExactly("INVESTS_IN 瑞丰药业有限公司->年产500吨原料药项目");
    }

    @Test
    void nearMissAnotherInvestorInTheNextClause() {
        assertThat(extract("鼎盛置业有限公司在我县发展多年，县政府投资8亿元建设滨河公园项目。").relations()).isEmpty();
    }
}
