package guanxi.extract;

import guanxi.model.Extraction;
import org.junit.jupiter.api.Test;

import static guanxi.extract.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Names of minority officials that open with no Han surname: a dotted transliteration (买买提·艾力) and a two-part
 * name of two characters each that the segmenter cuts after its first part (县长扎西/次/仁出席). After a title, the
 * name runs to the punctuation or the word that follows names; a two-character name before such a word stays short.
 */
class TransliteratedNameRulesTest {

    private static final Extractor EXTRACTOR = new Extractor();

    private static Extraction extract(String body) {
        return EXTRACTOR.extract(story("标题", body));
    }

    @Test
    void aTwoPartNameAfterATitleRunsToTheWordAfterIt() {
        assertThat(Show.persons(extract("县委书记周明，县委副书记、县长扎西次仁出席会议。")))
                .containsExactly("周明[县委书记]", "扎西次仁[县委副书记|县长]");
        assertThat(Show.persons(extract("县长扎西次仁在讲话中指出，要抓好项目建设。")))
                .containsExactly("扎西次仁[县长]");
        assertThat(Show.relations(extract("县长扎西次仁出席会议并讲话。")))
                .containsExactly("ATTENDED 扎西次仁");
    }

    @Test
    void dottedNamesRunToTheirEnd() {
        assertThat(Show.persons(extract("县委副书记买买提·艾力，副县长阿不都热合曼·吐尔逊参加活动。")))
                .containsExactly("买买提·艾力[县委副书记]", "阿不都热合曼·吐尔逊[副县长]");
    }

    @Test
    void nearMissAShortNameBeforeAWordThatFollowsNamesStaysShort() {
        assertThat(Show.persons(extract("副县长扎西同志主持会议。"))).containsExactly("扎西[副县长]");
        assertThat(Show.persons(extract("县长扎西出席会议并讲话。"))).containsExactly("扎西[县长]");
    }
}
