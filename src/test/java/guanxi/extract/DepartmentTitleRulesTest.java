package guanxi.extract;

import guanxi.model.Extraction;
import org.junit.jupiter.api.Test;

import static guanxi.extract.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 市场总监, 财务总监, 人力资源总监: the words before an enterprise post that are only common words name the post's line
 * of work, not a firm; a trade name before the post (华泰重工CEO) still names one.
 */
class DepartmentTitleRulesTest {

    private static final Extractor EXTRACTOR = new Extractor();

    private static Extraction extract(String body) {
        return EXTRACTOR.extract(story("标题", body));
    }

    @Test
    void aLineOfWorkBeforeAPostIsNoCompany() {
        Extraction x = extract("县长宋丽萍会见了华泰重工有限公司副总裁钟伟和市场总监林涛。");
        assertThat(Show.companies(x)).containsExactly("华泰重工有限公司");
        assertThat(Show.relations(x)).contains("EXECUTIVE_OF 林涛->华泰重工有限公司 (市场总监)");
        x = extract("鑫达物流有限公司总经理韩峰、财务总监许静参加座谈。");
        assertThat(Show.companies(x)).containsExactly("鑫达物流有限公司");
        assertThat(Show.persons(x)).containsExactly("韩峰[鑫达物流有限公司总经理]", "许静[财务总监]");
        x = extract("会上，人力资源总监邓丽介绍了员工培训情况。");
        assertThat(x.companies()).isEmpty();
        assertThat(Show.persons(x)).containsExactly("邓丽[人力资源总监]");
    }

    @Test
    void nearMissATradeNameBeforeAPostIsTheFirm() {
        Extraction x = extract("县长宋丽萍会见了华泰重工CEO钟伟一行。");
        assertThat(Show.companies(x)).containsExactly("华泰重工");
        assertThat(Show.relations(x)).contains("EXECUTIVE_OF 钟伟->华泰重工 (CEO)");
    }
}
