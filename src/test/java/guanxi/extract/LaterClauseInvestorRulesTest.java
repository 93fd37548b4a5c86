package guanxi.extract;

import guanxi.model.Extraction;
import org.junit.jupiter.api.Test;

import static guanxi.extract.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 甲公司已…，下一步将投资N元建设P: the company that opens the sentence (or the clause after a speaker's 介绍，) is the
 * subject of a later clause that opens with an adverb of sequence and invests to build P. A clause with a subject of
 * its own, or a company opening a clause between them, takes the plan away from it.
 */
class LaterClauseInvestorRulesTest {

    private static final Extractor EXTRACTOR = new Extractor();

    private static Extraction extract(String body) {
        return EXTRACTOR.extract(story("标题", body));
    }

    @Test
    void theFirstFirmIsTheLaterClausesSubject() {
        assertThat(Show.relations(extract("远帆物流有限公司已于去年完成搬迁，下一步将投资3亿元建设智慧物流园项目。")))
                .contains("INVESTS_IN 远帆物流有限公司->智慧物流园项目");
        assertThat(Show.relations(extract("总经理王立介绍，青禾食品有限公司今年产值增长20%，同时计划投资8000万元新建冷链仓储项目。")))
                .contains("INVESTS_IN 青禾食品有限公司->冷链仓储项目");
        // The verb of building may open the project's name as the extractor reads it; the investor is what counts.
        assertThat(Show.relations(extract("华岭电子有限公司已在我县建成两条生产线，今后还将投资2亿元扩建电子元件生产基地项目。")))
                .anyMatch(r -> r.startsWith("INVESTS_IN 华岭电子有限公司->") && r.endsWith("电子元件生产基地项目"));
    }

    @Test
    void nearMissAnotherSubjectTakesThePlan() {
        assertThat(Show.relations(extract("远帆物流有限公司已完成搬迁，县政府下一步将投资3亿元建设智慧物流园项目。")))
                .doesNotContain("INVESTS_IN 远帆物流有限公司->智慧物流园项目");
        assertThat(Show.relations(extract("远帆物流有限公司完成搬迁，禾光能源有限公司签约入驻，下一步将投资3亿元建设储能电站项目。")))
                .doesNotContain("INVESTS_IN 远帆物流有限公司->储能电站项目");
    }
}
