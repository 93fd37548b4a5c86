package guanxi.extract;

import guanxi.model.Extraction;
import org.junit.jupiter.api.Test;

import static guanxi.extract.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 某有限公司的负责人王五: the person in charge (负责人, 相关负责人) named alone right after a company and 的 holds that
 * post in the company (EXECUTIVE_OF), as a bare enterprise post there does (某公司的董事长王五); the name had no title.
 * Before a list of names the label is a group's, and after a body that is no company it names no company.
 */
class CompanyPersonInChargeRulesTest {

    private static final Extractor EXTRACTOR = new Extractor();

    private static Extraction extract(String body) {
        return EXTRACTOR.extract(story("标题", body));
    }

    @Test
    void thePersonInChargeOfTheCompany() {
        Extraction x = extract("鼎盛商贸有限公司的负责人何立平介绍了情况。");
        assertThat(Show.persons(x)).containsExactly("何立平[负责人]");
        assertThat(Show.relations(x)).contains("EXECUTIVE_OF 何立平->鼎盛商贸有限公司 (负责人)");
        assertThat(Show.relations(extract("县长赵海来到车间，恒远建材集团的负责人孙海涛介绍了生产情况。")))
                .contains("EXECUTIVE_OF 孙海涛->恒远建材集团 (负责人)");
        assertThat(Show.relations(extract("据青禾食品有限公司的相关负责人刘建华介绍，项目进展顺利。")))
                .contains("EXECUTIVE_OF 刘建华->青禾食品有限公司 (相关负责人)");
    }

    @Test
    void nearMissAListOrABodyThatIsNoCompany() {
        assertThat(Show.relations(extract("鼎盛商贸有限公司的负责人何立平、李建国介绍了情况。")))
                .noneMatch(r -> r.startsWith("EXECUTIVE_OF"));
        Extraction x = extract("县发改委的负责人何立平介绍了情况。");
        assertThat(Show.persons(x)).containsExactly("何立平[]");
        assertThat(Show.relations(x)).noneMatch(r -> r.startsWith("EXECUTIVE_OF"));
    }
}
