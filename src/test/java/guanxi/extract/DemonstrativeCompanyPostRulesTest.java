package guanxi.extract;

import guanxi.model.Extraction;
import org.junit.jupiter.api.Test;

import static guanxi.extract.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 该公司负责人王五, 该集团董事长李六: a post opening with a demonstrative and an enterprise ending points back to the
 * company named before (in the sentence, or the one before), as 公司董事长 does; with no company named in the story it
 * names none. So does 该公司 before a project: the company's own project.
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
    void aProjectAfterTheDemonstrativeIsTheCompanysOwn() {
        // 该公司X项目: the reference is no part of the project's name, and the company it points to invests in it.
        Extraction first = extract("在江西恒瑞新材料有限公司，县长张华察看了生产车间。该公司年产2万吨环保涂料项目已建成投产，总投资3亿元。");
        assertThat(Show.projects(first)).containsExactly("年产2万吨环保涂料项目 300000000 operating");
        assertThat(Show.relations(first)).contains("INVESTS_IN 江西恒瑞新材料有限公司->年产2万吨环保涂料项目");
        assertThat(Show.relations(extract("福建海川食品有限公司成立于2012年。该企业年产10万件冷链包装箱项目计划投资1.5亿元。")))
                .contains("INVESTS_IN 福建海川食品有限公司->年产10万件冷链包装箱项目");
        assertThat(Show.relations(extract("副市长刘斌走访了宁远控股集团有限公司。该集团智慧物流园二期工程正在加紧建设。")))
                .contains("INVESTS_IN 宁远控股集团有限公司->智慧物流园二期工程");
    }

    @Test
    void nearMissTheDemonstrativeProjectIsNoCompanys() {
        // 该项目 points back to a project, not to a company: no investor comes of it.
        assertThat(Show.relations(extract("县长张华来到江西恒瑞新材料有限公司。该项目年产2万吨环保涂料，总投资3亿元。")))
                .noneMatch(r -> r.startsWith("INVESTS_IN"));
    }

    @Test
    void nearMissNoCompanyNamed() {
        assertThat(Show.relations(extract("县长赵海到工业园区调研，该公司总经理陈立新介绍了情况。")))
                .noneMatch(r -> r.startsWith("EXECUTIVE_OF"));
    }
}
