package guanxi.extract;

import guanxi.model.Extraction;
import org.junit.jupiter.api.Test;

import static guanxi.extract.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 甲分别与A、B签约: one side signs with each of the others listed; the 和 inside that list joins no two sides; a word of
 * manner before the verb (负责人云端签约, 线上签约) is no signer's name.
 */
class SigningWithEachRulesTest {

    private static final Extractor EXTRACTOR = new Extractor();

    private static java.util.List<String> relations(String body) {
        Extraction x = EXTRACTOR.extract(story("标题", body));
        return Show.relations(x);
    }

    private static java.util.List<String> signed(String body) {
        return relations(body).stream().filter(r -> r.startsWith("SIGNED ")).toList();
    }

    @Test
    void oneSideSignsWithEachListed() {
        assertThat(signed("副县长罗文斌分别与宁波海川精工有限公司、温州瓯江电器有限公司负责人签约。"))
                .containsExactly("SIGNED 罗文斌->宁波海川精工有限公司", "SIGNED 罗文斌->温州瓯江电器有限公司");
        assertThat(signed("县自然资源局分别与江西赣源矿业有限公司和抚州临川建材有限公司签订合作协议。"))
                .containsExactly("SIGNED 县自然资源局->江西赣源矿业有限公司", "SIGNED 县自然资源局->抚州临川建材有限公司");
        assertThat(signed("县文旅局与湖南山水旅游开发有限公司和长沙星城文化传媒有限公司签订合作协议。"))
                .containsExactly("SIGNED 县文旅局->湖南山水旅游开发有限公司", "SIGNED 县文旅局->长沙星城文化传媒有限公司");
    }

    @Test
    void aWordOfMannerBeforeTheVerbIsNoName() {
        assertThat(relations("副县长罗文斌分别与宁波海川精工有限公司、温州瓯江电器有限公司负责人云端签约。"))
                .noneMatch(r -> r.contains("云端"));
        assertThat(relations("县长魏东与苏州云帆软件有限公司董事长线上签约。")).noneMatch(r -> r.contains("线上"));
        // Near miss: a name the segmenter reads as a person after a title stays a name.
        assertThat(relations("县长魏东与苏州云帆软件有限公司董事长高峰签约。"))
                .contains("EXECUTIVE_OF 高峰->苏州云帆软件有限公司 (董事长)");
    }
}
