package guanxi.extract;

import guanxi.model.Extraction;
import org.junit.jupiter.api.Test;

import static guanxi.extract.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 某有限公司法定代表人王五, 某公司法人代表李六: the legal representative every legal person names is a title (titles.txt),
 * and in a company a post there (EXECUTIVE_OF); the person was lost. It makes no company of a body that is none
 * (县教育局法定代表人), since every legal person has one.
 */
class LegalRepresentativeRulesTest {

    private static final Extractor EXTRACTOR = new Extractor();

    private static Extraction extract(String body) {
        return EXTRACTOR.extract(story("标题", body));
    }

    @Test
    void theLegalRepresentativeHoldsAPost() {
        Extraction x = extract("5月8日，华锦纺织有限公司法定代表人黄德明参加签约仪式。");
        assertThat(Show.persons(x)).containsExactly("黄德明[华锦纺织有限公司法定代表人]");
        assertThat(Show.relations(x)).contains("EXECUTIVE_OF 黄德明->华锦纺织有限公司 (法定代表人)");
        assertThat(Show.relations(extract("5月8日，青禾科技有限公司法人代表刘建华与县长赵海签订协议。")))
                .contains("EXECUTIVE_OF 刘建华->青禾科技有限公司 (法人代表)");
        assertThat(Show.relations(extract("5月8日，嘉禾物流有限公司董事长、法定代表人周文彬出席。")))
                .contains("EXECUTIVE_OF 周文彬->嘉禾物流有限公司 (董事长、法定代表人)");
    }

    @Test
    void nearMissABodyThatIsNoCompany() {
        Extraction x = extract("5月8日，县教育局法定代表人马立新参加会议。");
        assertThat(Show.persons(x)).containsExactly("马立新[县教育局法定代表人]");
        assertThat(Show.companies(x)).isEmpty();
        assertThat(Show.relations(x)).noneMatch(r -> r.startsWith("EXECUTIVE_OF"));
    }
}
