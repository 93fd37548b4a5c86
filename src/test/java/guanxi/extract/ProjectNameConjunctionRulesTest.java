package guanxi.extract;

import guanxi.model.Extraction;
import org.junit.jupiter.api.Test;

import static guanxi.extract.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A project's name that joins two products or works by 及 or 和 (A及B生产项目) is one name: the conjunction inside it
 * does not end the name when the words before it are no complete project of their own. And a facility that a project
 * serves (为X产业园建设提供便利) is the beneficiary of a service, not a project being built.
 */
class ProjectNameConjunctionRulesTest {

    private static final Extractor EXTRACTOR = new Extractor();

    private static Extraction extract(String body) {
        return EXTRACTOR.extract(story("标题", body));
    }

    @Test
    void aConjunctionBetweenTwoProductsStaysInsideTheName() {
        assertThat(Show.projects(extract("嘉成精工有限公司数控机床及精密模具生产项目开工，总投资3亿元。")))
                .containsExactly("嘉成精工有限公司数控机床及精密模具生产项目 300000000 building");
        assertThat(Show.projects(extract("华岭电子年产50万套光伏组件及储能电池项目完成签约。")))
                .containsExactly("华岭电子年产50万套光伏组件及储能电池项目 null agreed");
        assertThat(Show.projects(extract("青石县冷链仓储和农产品加工项目开工建设。")))
                .containsExactly("青石县冷链仓储和农产品加工项目 null building");
        assertThat(Show.projects(extract("位于县城的华茂塑业有限公司年产5万吨包装膜及复合材料扩能项目、青石镇敬老院2大项目同日开工。")))
                .containsExactly("华茂塑业有限公司年产5万吨包装膜及复合材料扩能项目 null building");
    }

    @Test
    void nearMissTwoCompleteProjectsJoinedByAConjunctionStayTwo() {
        assertThat(Show.projects(extract("青石水库除险加固工程和龙湾大桥建设项目开工。")))
                .containsExactly("青石水库除险加固工程 null building", "龙湾大桥建设项目 null building");
        // A body before the conjunction is a party, not part of the name.
        assertThat(extract("县政府和嘉成精工签订了数控机床项目合作协议。").projects().stream()
                .map(p -> p.name()).toList()).containsExactly("数控机床项目");
    }

    @Test
    void aProjectWhoseNameHoldsAConjunctionIsOneItemOfAVisitList() {
        assertThat(Show.relations(extract("县长周明先后来到青石县人民医院扩建项目、青石县养老服务及康复中心建设项目视察。")))
                .contains("VISITED 周明->青石县养老服务及康复中心建设项目");
        assertThat(Show.relations(extract("副县长王力一行来到白沙镇冷链仓储及农产品加工项目、龙湾大桥项目检查。")))
                .contains("VISITED 王力->白沙镇冷链仓储及农产品加工项目", "VISITED 王力->龙湾大桥项目");
    }

    @Test
    void aFacilityThatAServiceIsForIsNoProject() {
        assertThat(extract("道路建成后，可以完善县城路网，同时也为白沙高新产业园和新区市政道路建设提供便利的交通条件。")
                .projects()).isEmpty();
        assertThat(Show.projects(extract("青石水库项目总投资4亿元，为滨江工业园区发展提供用水保障。")))
                .containsExactly("青石水库项目 400000000 null");
        assertThat(Show.projects(extract("供电公司主动上门，为龙湾产业园建设做好电力服务。")))
                .isEmpty();
        // Near miss: the facility as the thing built keeps its project.
        assertThat(Show.projects(extract("滨江农产品物流园开工建设，总投资6亿元。")))
                .containsExactly("滨江农产品物流园 600000000 building");
    }
}
