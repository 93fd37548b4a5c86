package guanxi.extract;

import guanxi.model.Extraction;
import org.junit.jupiter.api.Test;

import static guanxi.extract.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

/** Sides of a signing: a place (or the paper's 我县) as a party, two bodies or firms joined by 和. */
class SigningPartyRulesTest {

    private static final Extractor EXTRACTOR = new Extractor();

    private static Extraction extract(String title, String body) {
        return EXTRACTOR.extract(story(title, body));
    }

    private static java.util.List<String> signed(Extraction x) {
        return Show.relations(x).stream().filter(r -> r.startsWith("SIGNED")).toList();
    }

    @Test
    void aPlaceSignsForItsGovernment() {
        assertThat(signed(extract("标题", "青石县与中国农业银行青石支行签订战略合作协议。")))
                .containsExactly("SIGNED 青石县->中国农业银行青石支行");
        assertThat(signed(extract("标题", "3月2日，龙湾区与远帆集团签约。")))
                .containsExactly("SIGNED 龙湾区->远帆集团");
        // 我县 is the county the story is about, named in its headline.
        assertThat(signed(extract("青石县举行招商引资项目签约仪式", "3月2日，我县举行项目签约仪式，与远帆集团正式签订合作协议。")))
                .containsExactly("SIGNED 青石县->远帆集团");
        assertThat(signed(extract("江西白沙县招商成果丰硕", "当天，我县与华岭电子有限公司签约。")))
                .containsExactly("SIGNED 白沙县->华岭电子有限公司");
        // Near miss: with no place of that level named in the story, 我县 stays unresolved.
        assertThat(signed(extract("标题", "当天，我县与华岭电子有限公司签约。"))).isEmpty();
    }

    @Test
    void bodiesAndFirmsJoinedByHeSign() {
        assertThat(signed(extract("标题", "滨江市人民政府和华岭电子有限公司签订战略合作协议。")))
                .containsExactly("SIGNED 滨江市人民政府->华岭电子有限公司");
        assertThat(signed(extract("标题", "华岭电子有限公司和远川食品有限公司签订供货协议。")))
                .containsExactly("SIGNED 华岭电子有限公司->远川食品有限公司");
        assertThat(signed(extract("标题", "青石县科技局和滨江大学签署校地合作协议。")))
                .containsExactly("SIGNED 青石县科技局->滨江大学");
        // Near miss: two officials joined by 和 who witness a signing sign nothing.
        assertThat(signed(extract("标题", "县委书记王海东和县长何平见证签约。"))).isEmpty();
    }

    @Test
    void buyingAndBelongingMakeSubsidiaries() {
        assertThat(Show.relations(extract("标题", "远帆集团收购了华岭电子有限公司。")))
                .containsExactly("SUBSIDIARY_OF 华岭电子有限公司->远帆集团");
        assertThat(Show.relations(extract("标题", "远帆集团成功并购禾光能源有限公司。")))
                .containsExactly("SUBSIDIARY_OF 禾光能源有限公司->远帆集团");
        assertThat(Show.relations(extract("标题", "远帆集团下属企业华岭电子有限公司投产。")))
                .containsExactly("SUBSIDIARY_OF 华岭电子有限公司->远帆集团");
        // Near miss: a firm that buys goods from another owns nothing of it.
        assertThat(Show.relations(extract("标题", "远帆集团向华岭电子有限公司采购了一批设备。"))).isEmpty();
    }

    @Test
    void aPlaceAfterTheConjunctionIsTheOtherSide() {
        assertThat(signed(extract("标题", "中粮远帆集团有限公司与青石县签署合作协议。")))
                .containsExactly("SIGNED 中粮远帆集团有限公司->青石县");
        assertThat(signed(extract("标题", "华岭电子有限公司与青石县就智能终端项目正式签约。")))
                .containsExactly("SIGNED 华岭电子有限公司->青石县");
        assertThat(signed(extract("江西白沙县招商成果丰硕", "远帆集团与我县正式签约。")))
                .containsExactly("SIGNED 远帆集团->白沙县");
        // Near miss: a signing verb that ends in an organisation's head (签署) names no body.
        assertThat(signed(extract("标题", "华岭电子有限公司与县里签署合作协议。"))).isEmpty();
    }
}
