package guanxi.extract;

import guanxi.model.Extraction;
import org.junit.jupiter.api.Test;

import static guanxi.extract.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 甲与乙代表双方签约 where a representative's title (and so his side) was printed earlier in the story: each signs with
 * the other's side all the same; and the body named before 与 in the signing is a party a county head signs for.
 */
class RepresentativeTitledEarlierRulesTest {

    private static final Extractor EXTRACTOR = new Extractor();

    private static Extraction extract(String body) {
        return EXTRACTOR.extract(story("标题", body));
    }

    @Test
    void eachSignsWithTheOtherSide() {
        assertThat(Show.relations(extract("6月2日，县人民政府与滨江职业技术学院合作协议签约仪式举行。滨江职业技术学院院长胡立新"
                + "出席。副县长邱明与胡立新代表双方签约。")))
                .contains("SIGNED 县人民政府->滨江职业技术学院", "SIGNED 邱明->滨江职业技术学院", "SIGNED 胡立新->县人民政府");
        assertThat(Show.relations(extract("县人民政府与远帆新能源有限公司签订投资协议。远帆新能源有限公司总经理蒋涛出席。"
                + "县长孔丽与蒋涛代表双方签约。")))
                .contains("SIGNED 孔丽->远帆新能源有限公司", "SIGNED 蒋涛->县人民政府");
        assertThat(Show.relations(extract("3月9日，区人民政府与青州农业大学签署战略合作协议。青州农业大学副校长韩梅，区长邓军"
                + "出席签约仪式。邓军与韩梅代表双方签约。")))
                .contains("SIGNED 邓军->青州农业大学", "SIGNED 韩梅->区人民政府");
    }

    @Test
    void nearMissNobodySignsWhenNoneRepresents() {
        assertThat(Show.relations(extract("县人民政府与滨江职业技术学院签约。滨江职业技术学院院长胡立新出席，副县长邱明主持仪式。")))
                .containsExactlyInAnyOrder("SIGNED 县人民政府->滨江职业技术学院", "ATTENDED 胡立新", "PRESIDED 邱明");
    }
}
