package guanxi.extract;

import guanxi.model.Extraction;
import org.junit.jupiter.api.Test;

import static guanxi.extract.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Items of a visited list described by a figure before their name (总投资15亿元的X项目, 占地300亩的Y产业园), and items
 * whose 和 the segmenter glued to the end of a body's or facility's head (产业园和, 文化馆和).
 */
class DescribedVisitItemRulesTest {

    private static final Extractor EXTRACTOR = new Extractor();

    private static java.util.List<String> visits(String body) {
        Extraction x = EXTRACTOR.extract(story("标题", body));
        return Show.relations(x).stream().filter(r -> r.startsWith("VISITED ")).toList();
    }

    @Test
    void aFigureDescribesTheNamedItem() {
        assertThat(visits("副市长钱立一行先后来到总投资12亿元的滨江新区棚户区改造项目、计划投资6亿元的湖东物流园项目建设现场。"))
                .containsExactlyInAnyOrder("VISITED 钱立->滨江新区棚户区改造项目", "VISITED 钱立->湖东物流园项目");
        assertThat(visits("市委书记赵启明到青禾县调研。赵启明来到占地500亩的青禾现代农业产业园。"))
                .containsExactly("VISITED 赵启明->青禾现代农业产业园");
        assertThat(visits("县长郑海波来到年产值超10亿元的湖南远帆精密机械有限公司。"))
                .containsExactly("VISITED 郑海波->湖南远帆精密机械有限公司");
        // Near miss: a described site with no name of its own.
        assertThat(visits("县长郑海波来到总投资12亿元的项目建设现场。")).isEmpty();
    }

    @Test
    void andGluedToABodysHead() {
        assertThat(visits("副市长韦立一行先后来到白云山茶叶基地、县茶产业园和铜仁梵净茶业有限公司。"))
                .containsExactly("VISITED 韦立->白云山茶叶基地", "VISITED 韦立->县茶产业园", "VISITED 韦立->铜仁梵净茶业有限公司");
        assertThat(visits("副市长钱立一行先后来到凤凰山景区游客服务中心、县非遗展示馆和湘西民俗文化园。"))
                .containsExactly("VISITED 钱立->凤凰山景区游客服务中心", "VISITED 钱立->县非遗展示馆", "VISITED 钱立->湘西民俗文化园");
    }
}
