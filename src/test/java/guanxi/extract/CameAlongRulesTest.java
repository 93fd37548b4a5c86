package guanxi.extract;

import guanxi.model.Extraction;
import org.junit.jupiter.api.Test;

import static guanxi.extract.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 随同来访, 随同前来: people who came to the county along with a visitor are members of his delegation and attend; they
 * do not accompany him as his hosts do. 随同 with no coming verb keeps its reading (the hosts accompany).
 */
class CameAlongRulesTest {

    private static final Extractor EXTRACTOR = new Extractor();

    private static Extraction extract(String body) {
        return EXTRACTOR.extract(story("标题", body));
    }

    @Test
    void theyWhoCameAlongAttend() {
        assertThat(Show.relations(extract("县长罗建平会见了湖北省宜昌市夷陵区副区长孙红英一行。夷陵区农业农村局局长"
                + "付国强、夷陵区商务局副局长韩雪随同来访。")))
                .containsExactlyInAnyOrder("LED 孙红英", "MET 罗建平->孙红英", "ATTENDED 付国强", "ATTENDED 韩雪");
        assertThat(Show.relations(extract("县委书记林志伟会见了远帆集团董事长陶永明一行。远帆集团副总裁邵丽随同前来。")))
                .contains("ATTENDED 邵丽").doesNotContain("ACCOMPANIED 邵丽->陶永明");
        assertThat(Show.relations(extract("市委副书记欧阳雷带队来我县调研。市发改委主任贺平随同来县。")))
                .contains("LED 欧阳雷", "ATTENDED 贺平");
    }

    @Test
    void nearMissGoingAlongWithNoComingVerbStillAccompanies() {
        assertThat(Show.relations(extract("市委副书记欧阳雷调研了县第一中学。县委书记朱平随同调研。")))
                .contains("ACCOMPANIED 朱平->欧阳雷").doesNotContain("ATTENDED 朱平");
    }
}
