package guanxi.extract;

import guanxi.model.Extraction;
import org.junit.jupiter.api.Test;

import static guanxi.extract.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bodies serving a county's people away from home (某县在外人员联络站, 在外务工人员党支部): 在外 before the people it
 * describes is part of the body's name, so the title keeps the whole body; 在 before a place or a verb (在外地, 在外出)
 * is the clause's preposition.
 */
class AwayFromHomeTitleRulesTest {

    private static final Extractor EXTRACTOR = new Extractor();

    private static Extraction extract(String body) {
        return EXTRACTOR.extract(story("标题", body));
    }

    @Test
    void theAwayFromHomeBodyIsWholeInTheTitle() {
        assertThat(Show.persons(extract("青石县在外人员深圳联络站站长王海涛参加座谈。")))
                .containsExactly("王海涛[青石县在外人员深圳联络站站长]");
        assertThat(Show.persons(extract("白河县在外务工人员党支部书记陈明参加座谈。")))
                .containsExactly("陈明[白河县在外务工人员党支部书记]");
        assertThat(Show.persons(extract("石门县在外创业人员商会会长黄涛参加座谈。")))
                .containsExactly("黄涛[石门县在外创业人员商会会长]");
    }

    @Test
    void nearMissesThePrepositionOfTheClause() {
        assertThat(Show.persons(extract("县长王海涛在外地考察。"))).containsExactly("王海涛[县长]");
        assertThat(Show.persons(extract("副县长王海涛在外出考察期间会见了客商。"))).containsExactly("王海涛[副县长]");
    }
}
