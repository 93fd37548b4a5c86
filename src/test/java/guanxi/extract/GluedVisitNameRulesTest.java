package guanxi.extract;

import guanxi.model.Extraction;
import org.junit.jupiter.api.Test;

import static guanxi.extract.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Names the segmenter cut or glued in visit sentences: 和 glued to the start of the next name after a firm or body
 * (有限公司和县人民医院, 教育局和县卫健局), and a trade name read as a time word after the province opening the firm's
 * name (浙江/ns 天顺/t 智能科技有限公司).
 */
class GluedVisitNameRulesTest {

    private static final Extractor EXTRACTOR = new Extractor();

    private static Extraction extract(String body) {
        return EXTRACTOR.extract(story("标题", body));
    }

    private static java.util.List<String> visits(String body) {
        return Show.relations(extract(body)).stream().filter(r -> r.startsWith("VISITED ")).toList();
    }

    @Test
    void andGluedToTheNextName() {
        assertThat(visits("市委书记章建平先后到湖州永盛纺织有限公司和县人民医院走访调研。"))
                .containsExactly("VISITED 章建平->湖州永盛纺织有限公司", "VISITED 章建平->县人民医院");
        assertThat(visits("副市长钱立来到县教育局和县卫健局。"))
                .containsExactly("VISITED 钱立->县教育局", "VISITED 钱立->县卫健局");
        assertThat(visits("县长魏东先后到苏州云帆软件有限公司和县中医院调研。"))
                .containsExactly("VISITED 魏东->苏州云帆软件有限公司", "VISITED 魏东->县中医院");
    }

    @Test
    void aTradeNameReadAsATimeWord() {
        Extraction x = extract("市委书记章建平一行深入到浙江天顺智能科技有限公司、县数字经济产业园调研。");
        assertThat(Show.companies(x)).containsExactly("浙江天顺智能科技有限公司");
        assertThat(visits("市委书记章建平一行深入到浙江天顺智能科技有限公司、县数字经济产业园调研。"))
                .containsExactly("VISITED 章建平->浙江天顺智能科技有限公司", "VISITED 章建平->县数字经济产业园");
        // Near miss: a time word with no place before it opens no name.
        assertThat(Show.companies(extract("目前智能科技有限公司发展迅速。"))).doesNotContain("目前智能科技有限公司");
    }
}
