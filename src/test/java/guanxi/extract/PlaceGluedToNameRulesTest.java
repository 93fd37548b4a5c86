package guanxi.extract;

import guanxi.model.Extraction;
import org.junit.jupiter.api.Test;

import static guanxi.extract.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A province printed before a group's name whose last character the segmenter reads as one word with the name's
 * first (山/东魏/岭…集团): the name still opens with the province, in the company and in the title built on it.
 */
class PlaceGluedToNameRulesTest {

    private static final Extractor EXTRACTOR = new Extractor();

    private static Extraction extract(String body) {
        return EXTRACTOR.extract(story("标题", body));
    }

    @Test
    void theProvinceOpensTheGroupsName() {
        Extraction x = extract("县长刘明会见了山东魏岭建材集团董事长高峰一行。");
        assertThat(Show.companies(x)).containsExactly("山东魏岭建材集团");
        assertThat(Show.persons(x)).containsExactly("刘明[县长]", "高峰[山东魏岭建材集团董事长]");
        assertThat(Show.relations(x)).containsExactly("MET 刘明->高峰", "LED 高峰", "EXECUTIVE_OF 高峰->山东魏岭建材集团 (董事长)");
        x = extract("副市长孙健走访了山东魏华纺织集团。");
        assertThat(Show.companies(x)).containsExactly("山东魏华纺织集团");
        assertThat(Show.relations(x)).containsExactly("LED 孙健", "VISITED 孙健->山东魏华纺织集团");
        x = extract("县政府与山东魏源食品集团签订合作协议。");
        assertThat(Show.companies(x)).containsExactly("山东魏源食品集团");
    }

    @Test
    void nearMissesNoProvinceOrNoGroup() {
        assertThat(Show.companies(extract("副市长孙健走访了魏华纺织集团。"))).containsExactly("魏华纺织集团");
        assertThat(extract("副市长孙健到山东魏县调研。").companies()).isEmpty();
    }
}
