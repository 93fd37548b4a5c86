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

    @Test
    void theRedCrossAndTheOtherPeoplesOrganisationsOfTheListAreBodies() {
        assertThat(Show.relations(extract("5月8日，县长韩立走访了县红十字会和县慈善总会，了解救助工作开展情况。")))
                .contains("VISITED 韩立->县红十字会", "VISITED 韩立->县慈善总会");
        assertThat(Show.relations(extract("5月8日，副县长杜娟来到县关工委、县计生协调研。")))
                .contains("VISITED 杜娟->县关工委", "VISITED 杜娟->县计生协");
        assertThat(Show.persons(extract("会上，县红十字会常务副会长蓝敏作了发言。")))
                .containsExactly("蓝敏[县红十字会常务副会长]");
        assertThat(Show.relations(extract("5月8日，县政府与市贸促会签订合作协议。")))
                .contains("SIGNED 县政府->市贸促会");
        // Near miss: a word that holds 会 alone names no body.
        assertThat(extract("5月8日，县长韩立在县红十字会议室主持召开会议。").organizations()).noneMatch(o -> o.name().endsWith("会议室"));
    }

    @Test
    void massOrganisationsNamedShortAreBodiesVisited() {
        // 县总工会, 县妇联, 县科协: the people's organisations (群团组织) by their short names are bodies, not firms.
        Extraction x = extract("5月8日，副市长邬晓燕到我县调研。邬晓燕一行先后来到广西玉柴机器股份有限公司、县总工会、县妇联、县科协，"
                + "详细了解工作情况。");
        assertThat(Show.companies(x)).containsExactly("广西玉柴机器股份有限公司");
        assertThat(Show.relations(x)).contains("VISITED 邬晓燕->县总工会", "VISITED 邬晓燕->县妇联", "VISITED 邬晓燕->县科协");
        x = extract("5月8日，市委常委蒋文涛到我县调研，先后来到湘南机械有限公司、县工商联，了解民营经济发展情况。");
        assertThat(Show.companies(x)).containsExactly("湘南机械有限公司");
        assertThat(Show.relations(x)).contains("VISITED 蒋文涛->县工商联");
        assertThat(Show.persons(extract("会上，县妇联主席韦丽作了发言。"))).containsExactly("韦丽[县妇联主席]");
        assertThat(Show.relations(extract("5月8日，县长赵海先后来到县医院、县一中，检查疫情防控工作。")))
                .contains("VISITED 赵海->县医院");
        // Near miss: a firm whose name holds such a word (科协电子) is still a firm.
        assertThat(Show.companies(extract("5月8日，县长赵海来到科联电子有限公司调研。"))).containsExactly("科联电子有限公司");
    }
}
