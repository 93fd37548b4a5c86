package guanxi.graph;

import guanxi.extract.FactLimits;
import guanxi.model.ExtractedPage;
import guanxi.model.Extraction;
import org.junit.jupiter.api.Test;

import static guanxi.model.EntityKind.COMPANY;
import static guanxi.model.EntityKind.PERSON;
import static guanxi.model.EntityKind.PROJECT;
import static guanxi.model.RelationType.ATTENDED;
import static guanxi.model.RelationType.INVESTS_IN;
import static guanxi.model.RelationType.VISITED;
import static org.assertj.core.api.Assertions.assertThat;

/** Names, titles and amounts that cannot be what they claim are set aside with a reason; the rest of the page stays. */
class FactLimitsTest {

    static String runOn(int length) {
        String chars = "甲乙丙丁戊己庚辛壬癸山水林木花草石土金光";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append(chars.charAt((i * 7) % chars.length()));
        }
        return sb.toString();
    }

    @Test
    void aProjectNameOfThousandsOfCharactersIsSetAsideWithItsRelations() {
        String hostile = runOn(3000) + "项目";
        ExtractedPage page = Pages.page("777.txt")
                .story("青禾县产业园签约", "2024-05-06", "远航材料公司在青禾县投资新项目。")
                .person("钱永安", "县委书记").company("远航材料有限公司").project(hostile, 1_200_000_000L, "agreed")
                .project("青禾光伏电站项目", -5L, "building")
                .role(ATTENDED, "钱永安")
                .rel(INVESTS_IN, "远航材料有限公司", COMPANY, hostile, PROJECT)
                .rel(VISITED, "钱永安", PERSON, "远航材料有限公司", COMPANY).done()
                .build();

        FactLimits.Checked checked = FactLimits.check(page);

        Extraction x = checked.page().extractions().get(0);
        assertThat(x.projects()).extracting(p -> p.name()).containsExactly("青禾光伏电站项目");
        assertThat(x.projects().get(0).investmentYuan()).isNull();
        assertThat(x.relations()).extracting(r -> r.type().name()).containsExactly("ATTENDED", "VISITED");
        assertThat(x.persons()).hasSize(1);
        assertThat(x.companies()).hasSize(1);
        assertThat(checked.setAside()).containsExactly(
                "a project name of 3002 characters (at most 120): " + hostile.substring(0, 12) + "…",
                "an investment of -5 yuan (more than 0, at most 10000000000000)");
    }

    @Test
    void overlongPersonNamesAndTitlesGoBylinesToo() {
        String runOnName = runOn(300);
        ExtractedPage page = Pages.page("778.txt")
                .story("会议召开", "2024-05-07", "县长主持会议。").by(runOnName, "林小雨")
                .person(runOnName, "县长").person("孙明华", "副县长", runOn(200))
                .role(ATTENDED, runOnName).role(ATTENDED, "孙明华").done()
                .build();

        FactLimits.Checked checked = FactLimits.check(page);

        Extraction x = checked.page().extractions().get(0);
        assertThat(x.persons()).extracting(p -> p.name()).containsExactly("孙明华");
        assertThat(x.persons().get(0).titles()).containsExactly("副县长");
        assertThat(x.relations()).extracting(r -> r.from()).containsExactly("孙明华");
        assertThat(x.story().reporters()).containsExactly("林小雨");
        assertThat(checked.setAside()).containsExactly(
                "a person name of 300 characters (at most 20): " + runOnName.substring(0, 12) + "…",
                "a title of 200 characters (at most 80): " + runOn(12) + "…");
    }

    @Test
    void anOrdinaryPageIsPassedOnUntouched() {
        ExtractedPage page = GraphLoaderIT.inspectionPage();
        FactLimits.Checked checked = FactLimits.check(page);
        assertThat(checked.page()).isSameAs(page);
        assertThat(checked.setAside()).isEmpty();
    }
}
