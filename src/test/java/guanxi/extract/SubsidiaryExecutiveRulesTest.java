package guanxi.extract;

import guanxi.model.Extraction;
import org.junit.jupiter.api.Test;

import static guanxi.extract.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 远帆集团下属企业禾光能源有限公司总经理王五: a post printed after a group, a word of belonging (下属, 旗下, 所属) and
 * the group's own company is a post in that company, not in the group; the company is the group's subsidiary.
 */
class SubsidiaryExecutiveRulesTest {

    private static final Extractor EXTRACTOR = new Extractor();

    private static Extraction extract(String body) {
        return EXTRACTOR.extract(story("标题", body));
    }

    @Test
    void aPostInTheCompanyUnderAGroupBelongsToThatCompany() {
        assertThat(Show.relations(extract("县委书记周明会见了华岭集团下属企业青石华岭矿业有限公司总经理陈志远一行。")))
                .contains("EXECUTIVE_OF 陈志远->青石华岭矿业有限公司 (总经理)",
                        "SUBSIDIARY_OF 青石华岭矿业有限公司->华岭集团")
                .doesNotContain("EXECUTIVE_OF 陈志远->华岭集团 (下属企业青石华岭矿业有限公司总经理)");
        assertThat(Show.relations(extract("座谈会上，远帆控股集团下属企业滨江远帆物流有限公司董事长刘文涛介绍了项目进展。")))
                .contains("EXECUTIVE_OF 刘文涛->滨江远帆物流有限公司 (董事长)",
                        "SUBSIDIARY_OF 滨江远帆物流有限公司->远帆控股集团");
        assertThat(Show.relations(extract("嘉成集团所属白沙嘉成建材有限公司副总经理赵海峰参加签约仪式。")))
                .contains("EXECUTIVE_OF 赵海峰->白沙嘉成建材有限公司 (副总经理)");
    }

    @Test
    void nearMissAPostPrintedRightAfterTheGroupIsTheGroups() {
        assertThat(Show.relations(extract("嘉成集团董事长李建国出席签约仪式。")))
                .contains("EXECUTIVE_OF 李建国->嘉成集团 (董事长)");
    }
}
