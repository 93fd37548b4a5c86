package guanxi.extract;

import guanxi.model.Extraction;
import org.junit.jupiter.api.Test;

import static guanxi.extract.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A title's organisation opened by a direction or place word the segmenter does not read as a place (城西/d 街道,
 * 江北/s 镇, 城南/f 社区): the word belongs to the town, community or street office it names.
 */
class DirectionLocalityTitleRulesTest {

    private static final Extractor EXTRACTOR = new Extractor();

    private static java.util.List<String> persons(String body) {
        Extraction x = EXTRACTOR.extract(story("标题", body));
        return Show.persons(x);
    }

    @Test
    void theDirectionOpensTheLocalitysName() {
        assertThat(persons("会上，城西街道办事处主任陶丽作了表态发言。")).containsExactly("陶丽[城西街道办事处主任]");
        assertThat(persons("会上，江北镇党委书记龙少华作了表态发言。")).containsExactly("龙少华[江北镇党委书记]");
        assertThat(persons("河东社区党支部书记孟凡参加会议。")).containsExactly("孟凡[河东社区党支部书记]");
        // Near miss: an adverb before a title with no locality word after it stays out of the title.
        assertThat(persons("随后，县长王东主持会议。")).containsExactly("王东[县长]");
    }
}
