package guanxi.extract;

import guanxi.model.Extraction;
import org.junit.jupiter.api.Test;

import static guanxi.extract.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A headline names a project short, leaving out its capacity (甲公司锂电隔膜项目 for 甲公司年产2亿平方米锂电隔膜项目):
 * the two forms are one project under the full name. Two projects that differ in more than the capacity stay two.
 */
class CapacityDroppedProjectRulesTest {

    private static final Extractor EXTRACTOR = new Extractor();

    @Test
    void theShortFormIsTheFullProject() {
        Extraction x = EXTRACTOR.extract(story("远帆新材料有限公司隔膜项目投产",
                "远帆新材料有限公司年产5000万平方米隔膜项目投产仪式举行。该项目总投资3亿元。"));
        assertThat(Show.projects(x)).hasSize(1);
        assertThat(Show.projects(x).get(0)).startsWith("远帆新材料有限公司年产5000万平方米隔膜项目");
        x = EXTRACTOR.extract(story("青禾食品有限公司辣椒酱项目开工",
                "青禾食品有限公司年产2万吨辣椒酱项目开工建设，总投资1.2亿元。"));
        assertThat(Show.projects(x)).hasSize(1);
        assertThat(Show.relations(x)).containsExactly("INVESTS_IN 青禾食品有限公司->青禾食品有限公司年产2万吨辣椒酱项目");
        x = EXTRACTOR.extract(story("滨江环保科技有限公司固废处置项目签约",
                "滨江环保科技有限公司年处理10万吨固废处置项目签约仪式举行。"));
        assertThat(Show.projects(x)).hasSize(1);
    }

    @Test
    void nearMissADifferentProductIsAnotherProject() {
        Extraction x = EXTRACTOR.extract(story("标题",
                "青禾食品有限公司年产2万吨辣椒酱项目和青禾食品有限公司豆瓣酱项目同时开工。"));
        assertThat(Show.projects(x)).hasSize(2);
    }
}
