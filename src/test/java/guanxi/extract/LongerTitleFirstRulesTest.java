package guanxi.extract;

import guanxi.model.Extraction;
import org.junit.jupiter.api.Test;

import static guanxi.extract.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A title that runs on into a longer title (董事 in 董事长) names no one: 董事长孙立群 is 孙立群, not 长孙立群 (长孙 is a
 * compound surname).
 */
class LongerTitleFirstRulesTest {

    private static final Extractor EXTRACTOR = new Extractor();

    private static java.util.List<String> persons(String body) {
        Extraction x = EXTRACTOR.extract(story("标题", body));
        return Show.persons(x);
    }

    @Test
    void theLongerTitleEndsBeforeTheName() {
        assertThat(persons("安徽华茂新能源科技有限公司董事长孙立群出席开工仪式。"))
                .containsExactly("孙立群[安徽华茂新能源科技有限公司董事长]");
        assertThat(persons("远帆集团董事长孙海洋、总经理刘强一行来我县考察。"))
                .containsExactly("孙海洋[远帆集团董事长]", "刘强[总经理]");
        assertThat(persons("禾光能源公司董事长孙莉介绍了项目情况。")).containsExactly("孙莉[禾光能源公司董事长]");
        // Near miss: a compound surname after a title that runs on into none is still read whole.
        assertThat(persons("副县长长孙无忌出席。")).containsExactly("长孙无忌[副县长]");
    }
}
