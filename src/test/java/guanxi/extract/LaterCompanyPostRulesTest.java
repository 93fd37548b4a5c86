package guanxi.extract;

import guanxi.model.Extraction;
import org.junit.jupiter.api.Test;

import static guanxi.extract.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A title chain whose later title opens with another company's name (远帆集团副总裁、禾光能源有限公司总经理王五) holds a
 * post in each company: the later title and those after it belong to the company it names, not to the first one.
 */
class LaterCompanyPostRulesTest {

    private static final Extractor EXTRACTOR = new Extractor();

    private static Extraction extract(String body) {
        return EXTRACTOR.extract(story("标题", body));
    }

    @Test
    void eachCompanyOfTheChainHoldsItsOwnPost() {
        Extraction x = extract("远帆控股集团有限公司副总裁、禾光新能源有限公司董事长吴海峰来我县考察。");
        assertThat(Show.relations(x)).contains("EXECUTIVE_OF 吴海峰->远帆控股集团有限公司 (副总裁)",
                "EXECUTIVE_OF 吴海峰->禾光新能源有限公司 (董事长)");
        x = extract("县长宋丽萍会见了青禾药业股份有限公司董事长、青禾（江西）制药有限公司党委书记、总经理蔡文军一行。");
        assertThat(Show.relations(x)).contains("EXECUTIVE_OF 蔡文军->青禾药业股份有限公司 (董事长)",
                "EXECUTIVE_OF 蔡文军->青禾（江西）制药有限公司 (党委书记、总经理)");
        x = extract("5月3日，华拓数据集团有限公司董事长陆平来我县考察。集团副总经理、华拓云科技有限公司总经理沈洁陪同考察。");
        assertThat(Show.relations(x)).contains("EXECUTIVE_OF 沈洁->华拓云科技有限公司 (总经理)");
        assertThat(Show.relations(x)).doesNotContain("EXECUTIVE_OF 沈洁->华拓数据集团有限公司 (副总经理、华拓云科技有限公司总经理)");
    }

    @Test
    void nearMissALaterPostWithNoCompanyStaysInTheFirst() {
        Extraction x = extract("远帆控股集团有限公司党委书记、董事长吴海峰来我县考察。");
        assertThat(Show.relations(x)).contains("EXECUTIVE_OF 吴海峰->远帆控股集团有限公司 (党委书记、董事长)");
    }
}
