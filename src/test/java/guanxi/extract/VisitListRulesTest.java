package guanxi.extract;

import guanxi.model.Extraction;
import org.junit.jupiter.api.Test;

import static guanxi.extract.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 到县中医院、县人民医院调研: a list of places after 到/赴/在 and before the verb of surveying is visited item by item, as a
 * single place is (the list gave no visit). Bodies named before 到 (带领县发改委、县住建局负责人到X调研) are the
 * leader's company, not places visited.
 */
class VisitListRulesTest {

    private static final Extractor EXTRACTOR = new Extractor();

    private static Extraction extract(String body) {
        return EXTRACTOR.extract(story("标题", body));
    }

    @Test
    void eachPlaceOfTheListIsVisited() {
        assertThat(Show.relations(extract("5月8日，县长赵海到县中医院、县人民医院调研疫情防控工作。")))
                .contains("VISITED 赵海->县中医院", "VISITED 赵海->县人民医院");
        assertThat(Show.relations(extract("5月8日，县长赵海到县第一中学、县职业技术学校调研。")))
                .contains("VISITED 赵海->县第一中学", "VISITED 赵海->县职业技术学校");
        assertThat(Show.relations(extract("5月8日，县长赵海到恒达建材有限公司、嘉禾物流有限公司调研。")))
                .contains("VISITED 赵海->恒达建材有限公司", "VISITED 赵海->嘉禾物流有限公司");
    }

    @Test
    void nearMissBodiesBeforeTheVisit() {
        assertThat(Show.relations(extract("5月8日，县长赵海带领县发改委、县住建局负责人到恒达建材有限公司调研。")))
                .filteredOn(r -> r.startsWith("VISITED")).containsExactly("VISITED 赵海->恒达建材有限公司");
    }
}
