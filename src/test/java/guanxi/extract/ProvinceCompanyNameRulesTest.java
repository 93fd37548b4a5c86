package guanxi.extract;

import guanxi.model.Extraction;
import org.junit.jupiter.api.Test;

import static guanxi.extract.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 山东恒远集团 beside 恒远集团: a province printed before a group's name is part of the company's longest name, not words
 * glued before it, so the company is named with it and the short form is its alias; a subsidiary named after the group
 * (恒远集团第三工程公司) stays a company of its own, under the province-named group. With no province printed the
 * group keeps its short name.
 */
class ProvinceCompanyNameRulesTest {

    private static final Extractor EXTRACTOR = new Extractor();

    private static Extraction extract(String body) {
        return EXTRACTOR.extract(story("标题", body));
    }

    @Test
    void theProvinceOpensTheGroupsName() {
        assertThat(Show.companies(extract("县长李明会见了山东恒远集团董事长王五一行。李明介绍了县情，恒远集团将在我县投资建设物流园项目。")))
                .containsExactly("山东恒远集团=恒远集团");
        Extraction x = extract("市长张伟考察了浙江华拓集团承建的青石医院门诊楼工程。华拓集团第三工程公司总经理王海介绍了施工情况。");
        assertThat(Show.companies(x)).containsExactly("华拓集团第三工程公司", "浙江华拓集团=华拓集团");
        assertThat(Show.relations(x)).contains("SUBSIDIARY_OF 华拓集团第三工程公司->浙江华拓集团",
                "INVESTS_IN 浙江华拓集团->青石医院门诊楼工程");
        assertThat(Show.relations(extract("四川嘉禾集团承建的白河大桥工程完工。嘉禾集团路桥工程公司经理赵强介绍了情况。")))
                .contains("SUBSIDIARY_OF 嘉禾集团路桥工程公司->四川嘉禾集团");
    }

    @Test
    void nearMissNoProvincePrinted() {
        Extraction x = extract("县长李明走访华拓集团，华拓集团第三工程公司总经理王海陪同。");
        assertThat(Show.companies(x)).containsExactly("华拓集团第三工程公司", "华拓集团");
        assertThat(Show.relations(x)).contains("SUBSIDIARY_OF 华拓集团第三工程公司->华拓集团");
    }
}
