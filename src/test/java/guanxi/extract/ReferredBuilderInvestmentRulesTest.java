package guanxi.extract;

import guanxi.model.Extraction;
import org.junit.jupiter.api.Test;

import static guanxi.extract.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 该项目由X公司投资3.6亿元建设: the amount a builder named with 由 invests is the project's referred to; a project
 * name walked left stops at a title or at a name glued to 为 (副县长钱立为X项目揭牌).
 */
class ReferredBuilderInvestmentRulesTest {

    private static final Extractor EXTRACTOR = new Extractor();

    private static java.util.List<String> projects(String body) {
        Extraction x = EXTRACTOR.extract(story("标题", body));
        return x.projects().stream().map(p -> p.name() + "=" + p.investmentYuan()).toList();
    }

    @Test
    void theBuildersAmountIsTheReferredProjects() {
        assertThat(projects("县委书记毛卫国为江苏瑞康医疗器械有限公司医用耗材生产基地项目奠基。该项目由江苏瑞康医疗器械有限公司投资3.6亿元建设。"))
                .containsExactly("江苏瑞康医疗器械有限公司医用耗材生产基地项目=360000000");
        assertThat(projects("副县长钱立为滨江冷链物流园项目揭牌。该项目由湖南远帆物流有限公司计划投资5000万元建设。"))
                .containsExactly("滨江冷链物流园项目=50000000");
        assertThat(projects("青禾县年产20万吨饲料项目开工。该项目拟由青禾农牧发展有限公司投资2亿元建设。"))
                .containsExactly("青禾县年产20万吨饲料项目=200000000");
        // Near miss: the builder's own figures are no investment.
        assertThat(projects("副县长钱立为滨江冷链物流园项目揭牌。该项目由湖南远帆物流有限公司承建，公司去年营收3.6亿元。"))
                .containsExactly("滨江冷链物流园项目=null");
    }
}
