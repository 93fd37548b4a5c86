package guanxi.extract;

import guanxi.model.Extraction;
import org.junit.jupiter.api.Test;

import static guanxi.extract.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 东西部协作 (the east–west pairing of provinces) is one word of a project's name, which the segmenter's core dictionary
 * cut into 东西 ('thing') and 部; the name runs over it from the town that opens it. The work of the pairing, with no
 * project word, names no project.
 */
class EastWestPairingProjectRulesTest {

    private static final Extractor EXTRACTOR = new Extractor();

    private static Extraction extract(String body) {
        return EXTRACTOR.extract(story("标题", body));
    }

    @Test
    void thePairingIsPartOfTheProjectsName() {
        assertThat(Show.relations(extract("副县长李明来到青山镇东西部协作茶叶加工项目，察看建设进度。")))
                .containsExactly("VISITED 李明->青山镇东西部协作茶叶加工项目");
        assertThat(Show.projects(extract("滨江镇东西部协作扶贫车间项目总投资1200万元。")).get(0))
                .startsWith("滨江镇东西部协作扶贫车间项目");
        assertThat(Show.relations(extract("县长王立新先后调研了丹溪乡东西部协作菌菇基地项目、县职业技术学校。")))
                .contains("VISITED 王立新->丹溪乡东西部协作菌菇基地项目");
    }

    @Test
    void nearMissThePairingsWorkIsNoProject() {
        assertThat(extract("县委书记吴强调研了青山镇的东西部协作工作。").projects()).isEmpty();
    }
}
