package guanxi.extract;

import guanxi.model.Extraction;
import org.junit.jupiter.api.Test;

import static guanxi.extract.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 承担了省级技术创新项目, 入选智能制造试点示范项目: a project a firm undertakes or is selected for is a programme's task
 * or honour, not a fixed asset being planned, built or invested in; firms' profiles list them. A project the firm
 * builds (承建) is one.
 */
class ProgrammeProjectRulesTest {

    private static final Extractor EXTRACTOR = new Extractor();

    private static Extraction extract(String body) {
        return EXTRACTOR.extract(story("标题", body));
    }

    @Test
    void projectsUndertakenOrSelectedForAreProgrammes() {
        assertThat(extract("华岭电子先后承担了省级技术创新项目、青石市重点研发计划项目。").projects()).isEmpty();
        assertThat(extract("该企业去年入选白沙省智能制造试点示范项目。").projects()).isEmpty();
        assertThat(extract("远帆科技承担的滨江数字乡村课题研究项目顺利结题。").projects()).isEmpty();
    }

    @Test
    void nearMissAProjectTheFirmBuildsIsAProject() {
        assertThat(Show.projects(extract("华岭电子承建的青石大桥项目开工。")))
                .containsExactly("青石大桥项目 null building");
    }
}
