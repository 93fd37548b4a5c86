package guanxi.extract;

import guanxi.model.Extraction;
import org.junit.jupiter.api.Test;

import static guanxi.extract.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A park or body named after a pair of places joined by one dash (甲—乙协作产业园) is one name in a visited list; a
 * doubled dash (——) sets off a clause and joins nothing.
 */
class PairedPlacesParkRulesTest {

    private static final Extractor EXTRACTOR = new Extractor();

    private static Extraction extract(String body) {
        return EXTRACTOR.extract(story("标题", body));
    }

    @Test
    void theDashJoinsThePairInTheName() {
        assertThat(Show.relations(extract("区长章平率队来我县考察。章平一行先后来到青川—丹溪协作产业园、县职业技术学校。")))
                .contains("VISITED 章平->青川—丹溪协作产业园", "VISITED 章平->县职业技术学校");
        assertThat(Show.relations(extract("副市长韩涛带队来我县调研。韩涛一行来到滨海—青山飞地产业园，察看园区建设。")))
                .contains("VISITED 韩涛->滨海—青山飞地产业园");
        assertThat(Show.relations(extract("县长孙丽带队赴浙江考察。考察组先后走访了嘉禾－青山共建产业园、远帆模具有限公司。")))
                .contains("VISITED 孙丽->嘉禾－青山共建产业园", "VISITED 孙丽->远帆模具有限公司");
    }

    @Test
    void nearMissADoubledDashJoinsNothing() {
        assertThat(Show.relations(extract("副市长韩涛带队来我县调研。韩涛一行来到县城——滨江新区产业园，察看园区建设。")))
                .noneMatch(r -> r.contains("县城——"));
    }
}
