package guanxi.extract;

import guanxi.model.Extraction;
import org.junit.jupiter.api.Test;

import static guanxi.extract.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 某公司相关负责人王五, 县发改委有关负责人李六: the person in charge with the determiner "concerned" (相关, 有关) is a post of
 * the body printed before it, as 负责人 is; in a company it is a post there. Before a list of names it is a group label,
 * no title.
 */
class ConcernedPostRulesTest {

    private static final Extractor EXTRACTOR = new Extractor();

    private static Extraction extract(String body) {
        return EXTRACTOR.extract(story("标题", body));
    }

    @Test
    void theConcernedPersonInChargeHoldsAPost() {
        Extraction x = extract("嘉禾物流有限公司相关负责人周文彬表示，将加快建设。");
        assertThat(Show.persons(x)).containsExactly("周文彬[嘉禾物流有限公司相关负责人]");
        assertThat(Show.relations(x)).contains("EXECUTIVE_OF 周文彬->嘉禾物流有限公司 (相关负责人)");
        assertThat(Show.persons(extract("县发改委有关负责人孙海涛介绍了情况。")))
                .containsExactly("孙海涛[县发改委有关负责人]");
        assertThat(Show.relations(extract("县长赵海来到远川食品有限公司调研，公司相关负责人陈立新介绍了生产情况。")))
                .contains("EXECUTIVE_OF 陈立新->远川食品有限公司 (相关负责人)");
    }

    @Test
    void nearMissAListAfterTheLabel() {
        assertThat(Show.persons(extract("相关负责人王振华、李建国参加会议。")))
                .containsExactly("王振华[]", "李建国[]");
    }
}
