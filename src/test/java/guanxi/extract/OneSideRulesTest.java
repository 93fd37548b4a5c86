package guanxi.extract;

import guanxi.model.Extraction;
import org.junit.jupiter.api.Test;

import static guanxi.extract.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The people of one firm: a bare enterprise post after the firm and 的 (某某公司的董事长王五) is a post there; two
 * executives of one firm are one side of a meeting, not a meeting; a firm's executive does not visit it.
 */
class OneSideRulesTest {

    private static final Extractor EXTRACTOR = new Extractor();

    private static Extraction extract(String body) {
        return EXTRACTOR.extract(story("标题", body));
    }

    @Test
    void aPostAfterTheFirmAndDeIsAPostThere() {
        assertThat(Show.relations(extract("县长宋丽萍会见了华泰重工有限公司的董事长钟伟一行。")))
                .containsExactly("LED 钟伟", "MET 宋丽萍->钟伟", "EXECUTIVE_OF 钟伟->华泰重工有限公司 (董事长)");
        assertThat(Show.relations(extract("副市长罗军听取了恒远建材集团的总经理韩冬关于项目进展的汇报。")))
                .containsExactly("EXECUTIVE_OF 韩冬->恒远建材集团 (总经理)");
        assertThat(Show.relations(extract("鑫达物流有限公司的副总裁许静介绍了园区规划。")))
                .containsExactly("EXECUTIVE_OF 许静->鑫达物流有限公司 (副总裁)");
    }

    @Test
    void colleaguesAreOneSide() {
        assertThat(Show.relations(extract("鑫达物流有限公司总经理韩峰、财务总监许静参加座谈。")))
                .containsExactly("ATTENDED 韩峰", "ATTENDED 许静", "EXECUTIVE_OF 韩峰->鑫达物流有限公司 (总经理)",
                        "EXECUTIVE_OF 许静->鑫达物流有限公司 (财务总监)");
    }

    @Test
    void nearMissesNoPostAfterDeAndPeopleOfTwoSides() {
        assertThat(extract("宏达化工有限公司的员工王磊参加了比赛。").relations()).isEmpty();
        assertThat(Show.relations(extract("县长宋丽萍与华泰重工有限公司总经理钟伟座谈。")))
                .contains("MET 宋丽萍->钟伟");
    }
}
