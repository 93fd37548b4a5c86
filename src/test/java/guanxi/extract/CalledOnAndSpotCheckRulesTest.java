package guanxi.extract;

import guanxi.model.Extraction;
import org.junit.jupiter.api.Test;

import static guanxi.extract.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Places visited after verbs of calling on (拜访), touring as a model (观摩) and checking at random (抽查, 暗访); bodies
 * named with a kindergarten, a state farm or a public hall as head; a list item whose name holds a word that also ends
 * items (护林检查站), and two bodies the segmenter glued at 和.
 */
class CalledOnAndSpotCheckRulesTest {

    private static final Extractor EXTRACTOR = new Extractor();

    private static java.util.List<String> visits(String body) {
        Extraction x = EXTRACTOR.extract(story("标题", body));
        return Show.relations(x).stream().filter(r -> r.startsWith("VISITED ")).toList();
    }

    @Test
    void firmsCalledOnOrToured() {
        assertThat(visits("副市长钱立率队赴苏州开展招商活动。钱立一行先后拜访了苏州禾丰精工机械有限公司、昆山瑞达光学科技有限公司。"))
                .containsExactly("VISITED 钱立->苏州禾丰精工机械有限公司", "VISITED 钱立->昆山瑞达光学科技有限公司");
        assertThat(visits("市委书记赵启明带领观摩团观摩了青禾远帆新材料有限公司铝箔生产车间、滨江区智能制造产业园二期项目。"))
                .containsExactlyInAnyOrder("VISITED 赵启明->青禾远帆新材料有限公司", "VISITED 赵启明->滨江区智能制造产业园二期项目");
        // Near miss: what is toured is work, not a named place.
        assertThat(visits("市委书记赵启明带领观摩团观摩了全市项目建设情况。")).isEmpty();
    }

    @Test
    void placesCheckedAtRandom() {
        assertThat(visits("4月2日晚，副县长孙雅琴带队暗访检查。孙雅琴随机抽查了阳光幼儿园和城关镇农贸市场。"))
                .containsExactly("VISITED 孙雅琴->阳光幼儿园", "VISITED 孙雅琴->城关镇农贸市场");
        assertThat(visits("县长郑海波带队督导森林防火工作。郑海波一行先后深入青石镇护林检查站、县应急管理局指挥中心和龙湾国有林场。"))
                .containsExactly("VISITED 郑海波->青石镇护林检查站", "VISITED 郑海波->县应急管理局指挥中心",
                        "VISITED 郑海波->龙湾国有林场");
        // Near miss: a check of records names no place.
        assertThat(visits("副县长孙雅琴带队暗访检查。孙雅琴随机抽查了食品进货台账。")).isEmpty();
    }

    @Test
    void twoBodiesGluedAtAnd() {
        assertThat(visits("市长何立新带队调研。何立新察看了白河国有林场、县第一中学和县文化馆。"))
                .containsExactly("VISITED 何立新->白河国有林场", "VISITED 何立新->县第一中学", "VISITED 何立新->县文化馆");
        // Near miss: a town is no body; only the bureau after 和 is visited.
        assertThat(visits("市长何立新察看了青禾镇和县自然资源局。")).containsExactly("VISITED 何立新->县自然资源局");
    }
}
