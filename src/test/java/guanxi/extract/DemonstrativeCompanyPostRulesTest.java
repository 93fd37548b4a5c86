package guanxi.extract;

import guanxi.model.Extraction;
import org.junit.jupiter.api.Test;

import static guanxi.extract.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 该公司负责人王五, 该集团董事长李六: a post opening with a demonstrative and an enterprise ending points back to the
 * company named before (in the sentence, or the one before), as 公司董事长 does; with no company named in the story it
 * names none.
 */
class DemonstrativeCompanyPostRulesTest {

    private static final Extractor EXTRACTOR = new Extractor();

    private static Extraction extract(String body) {
        return EXTRACTOR.extract(story("标题", body));
    }

    @Test
    void theDemonstrativePostIsInTheCompanyNamedBefore() {
        assertThat(Show.relations(extract("县长赵海来到石门电气有限公司调研，该公司负责人王振华介绍了生产情况。")))
                .contains("EXECUTIVE_OF 王振华->石门电气有限公司 (负责人)");
        assertThat(Show.relations(extract("华拓集团与青石县签订投资协议。该集团董事长刘建华表示，将尽快开工。")))
                .contains("EXECUTIVE_OF 刘建华->华拓集团 (董事长)");
        assertThat(Show.relations(extract("远川食品有限公司年产5万吨饼干项目开工。该公司总经理陈立新介绍了项目情况。")))
                .contains("EXECUTIVE_OF 陈立新->远川食品有限公司 (总经理)");
    }

    @Test
    void nearMissNoCompanyNamed() {
        assertThat(Show.relations(extract("县长赵海到工业园区调研，该公司总经理陈立新介绍了情况。")))
                .noneMatch(r -> r.startsWith("EXECUTIVE_OF"));
    }
}
