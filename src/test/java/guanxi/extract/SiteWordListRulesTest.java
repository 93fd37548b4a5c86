package guanxi.extract;

import guanxi.model.Extraction;
import org.junit.jupiter.api.Test;

import static guanxi.extract.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visited list whose items each end with a site word (甲项目现场、乙工程工地、丙项目施工现场) goes on after the site
 * word: every project of the list is visited, not only the first.
 */
class SiteWordListRulesTest {

    private static final Extractor EXTRACTOR = new Extractor();

    private static Extraction extract(String body) {
        return EXTRACTOR.extract(story("标题", body));
    }

    @Test
    void theListGoesOnAfterASiteWord() {
        assertThat(Show.relations(extract("副县长唐立平先后来到滨河新城安置房项目现场、县第三小学扩建工程工地，查看施工进度。")))
                .contains("VISITED 唐立平->滨河新城安置房项目", "VISITED 唐立平->县第三小学扩建工程");
        assertThat(Show.relations(extract("县长邓春华深入青龙山风电场项目施工现场、城南污水处理厂提标改造项目现场调研。")))
                .contains("VISITED 邓春华->青龙山风电场项目", "VISITED 邓春华->城南污水处理厂提标改造项目");
        assertThat(Show.relations(extract("调研组先后来到禾田冷链物流园项目工地、东湖湿地公园项目建设现场、城北智慧物流园项目。"
                + "县委书记周勇带队调研。")))
                .contains("VISITED 周勇->禾田冷链物流园项目", "VISITED 周勇->东湖湿地公园项目", "VISITED 周勇->城北智慧物流园项目");
    }

    @Test
    void nearMissASiteWordBeforeTheClauseGoesOnNoFurther() {
        Extraction x = extract("副县长唐立平来到滨河新城安置房项目现场，县第三小学扩建工程负责人汇报了进度。");
        assertThat(Show.relations(x)).contains("VISITED 唐立平->滨河新城安置房项目");
        assertThat(Show.relations(x)).doesNotContain("VISITED 唐立平->县第三小学扩建工程");
    }
}
