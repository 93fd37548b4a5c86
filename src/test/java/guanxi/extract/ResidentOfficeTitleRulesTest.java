package guanxi.extract;

import guanxi.model.Extraction;
import org.junit.jupiter.api.Test;

import static guanxi.extract.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A government's resident office (某县驻京办事处, 某县驻京联络处): 驻 and the place after it, which the segmenter reads as a
 * verb (驻京/v), are part of the office's name, so the title holds the whole office. A verb of being stationed before a
 * word that is no office (驻扎地) stays out.
 */
class ResidentOfficeTitleRulesTest {

    private static final Extractor EXTRACTOR = new Extractor();

    private static Extraction extract(String body) {
        return EXTRACTOR.extract(story("标题", body));
    }

    @Test
    void theResidentOfficeIsWholeInTheTitle() {
        assertThat(Show.persons(extract("青石县驻京办事处主任王海涛参加座谈。")))
                .containsExactly("王海涛[青石县驻京办事处主任]");
        assertThat(Show.persons(extract("石门县驻京联络处主任黄涛参加座谈。")))
                .containsExactly("黄涛[石门县驻京联络处主任]");
        assertThat(Show.persons(extract("白河县驻穗联络处处长陈明参加座谈。")))
                .containsExactly("陈明[白河县驻穗联络处处长]");
    }

    @Test
    void nearMissNoOfficeAfterTheVerb() {
        assertThat(Show.persons(extract("部队驻扎地主任王五参加座谈。"))).containsExactly("王五[主任]");
    }
}
