package guanxi.extract;

import guanxi.model.Extraction;
import org.junit.jupiter.api.Test;

import static guanxi.extract.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 恒远服装有限公司缝制成衣生产线项目: a project of a company's own plant (生产线, 车间) named after the company, whose
 * product words the segmenter reads as verbs (缝制, 压 铸成, 吹 … 制), keeps the company and the whole product in its
 * name, and the company invests in it. A verb that governs the project (承建), a copula (是), or verbs before a project
 * that is no plant (决定筹建…物流项目) still end the name.
 */
class ProductVerbProjectRulesTest {

    private static final Extractor EXTRACTOR = new Extractor();

    private static Extraction extract(String body) {
        return EXTRACTOR.extract(story("标题", body));
    }

    @Test
    void theCompanyOpensTheProjectAcrossProductVerbs() {
        Extraction x = extract("恒远服装有限公司缝制成衣生产线项目开工。");
        assertThat(Show.projects(x)).containsExactly("恒远服装有限公司缝制成衣生产线项目 null building");
        assertThat(Show.relations(x)).contains("INVESTS_IN 恒远服装有限公司->恒远服装有限公司缝制成衣生产线项目");
        assertThat(Show.projects(extract("白河科技有限公司压铸成型车间扩建项目开工。")))
                .containsExactly("白河科技有限公司压铸成型车间扩建项目 null building");
        assertThat(Show.projects(extract("盛达包装有限公司吹膜制袋生产线项目开工。")))
                .containsExactly("盛达包装有限公司吹膜制袋生产线项目 null building");
        assertThat(Show.projects(extract("本报讯 在青石新材料有限公司圆织成套生产线技改项目开工现场，县长王强宣布开工。")))
                .containsExactly("青石新材料有限公司圆织成套生产线技改项目 null building");
    }

    @Test
    void nearMissAGoverningVerbOrCopulaAfterTheCompany() {
        assertThat(Show.projects(extract("恒远服装有限公司承建成衣生产线项目。")))
                .noneMatch(p -> p.startsWith("恒远服装有限公司"));
        assertThat(Show.projects(extract("盛达包装有限公司是吹膜制袋生产线项目的投资方。")))
                .containsExactly("吹膜制袋生产线项目 null null");
        assertThat(Show.projects(extract("华岭集团决定筹建石门冷链仓储项目。")))
                .noneMatch(p -> p.startsWith("华岭集团"));
    }
}
