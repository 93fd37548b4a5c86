package guanxi.extract;

import guanxi.model.Extraction;
import org.junit.jupiter.api.Test;

import static guanxi.extract.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A name printed before its title (宋丽萍县长): a three-character name the segmenter cut after its second character is
 * still one name, and a preposition or conjunction inside a clause (会议由…, 与…) ends the words before the name
 * rather than opening it as a surname; at the clause start such a character is the surname (于洪涛副县长).
 */
class NameBeforeTitleRulesTest {

    private static final Extractor EXTRACTOR = new Extractor();

    private static Extraction extract(String body) {
        return EXTRACTOR.extract(story("标题", body));
    }

    @Test
    void namesBeforeTheirTitles() {
        assertThat(Show.persons(extract("唐晓峰书记、宋丽萍县长出席活动。")))
                .containsExactly("唐晓峰[书记]", "宋丽萍[县长]");
        Extraction x = extract("会议由罗杰副县长主持。");
        assertThat(Show.persons(x)).containsExactly("罗杰[副县长]");
        assertThat(Show.relations(x)).containsExactly("PRESIDED 罗杰");
        x = extract("县长宋丽萍与叶青董事长一行座谈。");
        assertThat(Show.persons(x)).containsExactly("宋丽萍[县长]", "叶青[董事长]");
        assertThat(Show.relations(x)).containsExactly("LED 叶青", "MET 宋丽萍->叶青");
        x = extract("宋丽萍县长一行来到华锦纺织有限公司调研。");
        assertThat(Show.relations(x)).containsExactly("LED 宋丽萍", "VISITED 宋丽萍->华锦纺织有限公司");
    }

    @Test
    void nearMissesASurnameOpeningTheClauseAndNoName() {
        assertThat(Show.persons(extract("于洪涛副县长出席会议。"))).containsExactly("于洪涛[副县长]");
        assertThat(extract("会议由于天气原因推迟。").persons()).isEmpty();
    }

    @Test
    void aFunctionWordOpeningAClauseBeforeAFullNameIsNoSurname() {
        // ，与刘建国董事长: before a three-character name the clause's 与, 由 or 同 is that word, not a fourth character.
        Extraction x = extract("随后，县长宋丽萍来到恒达食品有限公司，与刘建国董事长就扩产计划进行了交流。");
        assertThat(Show.persons(x)).containsExactly("宋丽萍[县长]", "刘建国[董事长]");
        assertThat(Show.persons(extract("会议结束后，由罗建军副县长带领与会人员参观展厅。")))
                .containsExactly("罗建军[副县长]");
        assertThat(Show.persons(extract("随后，和王建军局长一起察看了施工现场。"))).containsExactly("王建军[局长]");
        // Near miss: before a two-character name the clause-opening character is still the surname.
        assertThat(Show.persons(extract("会后，于洪涛副县长讲话。"))).containsExactly("于洪涛[副县长]");
    }
}
