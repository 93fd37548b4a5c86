package guanxi.extract;

import guanxi.model.Extraction;
import org.junit.jupiter.api.Test;

import static guanxi.extract.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 规划建设好X项目, 服务好X项目, 谋划好X项目: 好 completing the verb before it (the complement of its result) ends the
 * clause's words, and the project's name starts after it (the verbs, and the modal before them, were part of the
 * name). 好 inside a word of the name (美好家园) is no complement.
 */
class ResultComplementProjectRulesTest {

    private static final Extractor EXTRACTOR = new Extractor();

    private static Extraction extract(String body) {
        return EXTRACTOR.extract(story("标题", body));
    }

    @Test
    void theNameStartsAfterTheComplement() {
        assertThat(Show.projects(extract("会议要求，要高质量规划建设好青禾冷链物流园项目。")))
                .containsExactly("青禾冷链物流园项目 null null");
        assertThat(Show.projects(extract("县长赵海强调，要服务好恒远新材料产业园项目。")))
                .containsExactly("恒远新材料产业园项目 null null");
        assertThat(Show.projects(extract("会议要求，各部门要谋划好白河风电储能项目。")))
                .containsExactly("白河风电储能项目 null planned");
    }

    @Test
    void nearMissGoodInsideAWord() {
        assertThat(Show.projects(extract("青石县美好家园安置小区项目开工建设。")))
                .containsExactly("青石县美好家园安置小区项目 null building");
    }
}
