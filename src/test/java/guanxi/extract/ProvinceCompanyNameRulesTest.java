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

    @Test
    void aProvincesShortNameAndADirectionOpenTheFirmsName() {
        // 湘中, 陇中, 黔东: a province's one-character name and a direction (the segmenter reads them apart, 湘/中) open the
        // firm's short name in a title, so the title's firm is the one printed in full.
        Extraction x = extract("3月5日，县长滕玉龙来到湖南湘中新能源有限公司调研。湘中新能源总经理乔宇介绍了企业生产情况。");
        assertThat(Show.companies(x)).containsExactly("湖南湘中新能源有限公司=湘中新能源");
        assertThat(Show.persons(x)).contains("乔宇[湘中新能源总经理]");
        assertThat(Show.relations(x)).contains("EXECUTIVE_OF 乔宇->湖南湘中新能源有限公司 (总经理)");
        x = extract("4月2日，县长滕玉龙来到甘肃陇中新材料科技有限公司调研，陇中新材料总经理孔德明陪同。");
        assertThat(Show.relations(x)).contains("EXECUTIVE_OF 孔德明->甘肃陇中新材料科技有限公司 (总经理)");
        x = extract("4月2日，副县长魏国华来到贵州黔东新材料有限公司调研，黔东新材料总经理萧红梅陪同。");
        assertThat(Show.companies(x)).containsExactly("贵州黔东新材料有限公司=黔东新材料");
        assertThat(Show.relations(x)).contains("VISITED 魏国华->贵州黔东新材料有限公司",
                "EXECUTIVE_OF 萧红梅->贵州黔东新材料有限公司 (总经理)");
    }

    @Test
    void nearMissADirectionAfterAnOrdinaryWordStaysOut() {
        // 园区中: a direction after a word that is no province's short name is a place in it, not part of a name.
        Extraction x = extract("4月2日，县长滕玉龙来到园区中新能源产业基地调研。");
        assertThat(Show.companies(x)).doesNotContain("区中新能源");
        assertThat(Show.persons(extract("会上，县中医院院长乔宇作了发言。"))).containsExactly("乔宇[县中医院院长]");
    }
}
