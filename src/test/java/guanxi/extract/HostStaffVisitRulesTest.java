package guanxi.extract;

import guanxi.model.Extraction;
import org.junit.jupiter.api.Test;

import static guanxi.extract.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 在X公司，(公司)董事长Y介绍…: a sentence set in a firm whose first person is that firm's own staff (a bare enterprise
 * post, one opening with 公司, or one naming the firm) reports the host, not the visitor: the visit is the story's
 * leader's. A person holding a post in another firm is still the visitor.
 */
class HostStaffVisitRulesTest {

    private static final Extractor EXTRACTOR = new Extractor();

    private static Extraction extract(String body) {
        return EXTRACTOR.extract(story("标题", body));
    }

    @Test
    void theFirmsOwnStaffHostTheLeadersVisit() {
        assertThat(Show.relations(extract("副省长顾立群来我市调研。在星禾电子有限公司，董事长孟凡介绍了企业发展情况。")))
                .containsExactly("LED 顾立群", "MET 孟凡->顾立群", "EXECUTIVE_OF 孟凡->星禾电子有限公司 (董事长)",
                        "VISITED 顾立群->星禾电子有限公司");
        assertThat(Show.relations(extract(
                "副省长顾立群来我市调研。在鹏远化工有限公司，鹏远化工有限公司总经理袁青向顾立群介绍了安全生产情况。")))
                .containsExactly("LED 顾立群", "EXECUTIVE_OF 袁青->鹏远化工有限公司 (总经理)",
                        "VISITED 顾立群->鹏远化工有限公司");
        assertThat(Show.relations(extract("副省长顾立群来我市调研。在青禾食品有限公司，公司总经理田雨介绍了新产品研发情况。")))
                .containsExactly("LED 顾立群", "MET 田雨->顾立群", "EXECUTIVE_OF 田雨->青禾食品有限公司 (总经理)",
                        "VISITED 顾立群->青禾食品有限公司");
    }

    @Test
    void nearMissAnotherFirmsExecutiveIsTheVisitor() {
        assertThat(Show.relations(extract("副省长顾立群来我市调研。在星禾电子有限公司，远帆集团董事长孟凡详细了解了企业生产情况。")))
                .containsExactly("LED 顾立群", "EXECUTIVE_OF 孟凡->远帆集团 (董事长)", "VISITED 孟凡->星禾电子有限公司");
    }
}
