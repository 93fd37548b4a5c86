package guanxi.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The bench searches each name as one quoted phrase, whatever characters the name holds. */
class NameSearchTest {

    @Test
    void aNameBecomesOneQuotedPhraseWithQuotesAndBackslashesEscaped() {
        assertThat(NameSearch.phrase("柯文渊")).isEqualTo("\"柯文渊\"");
        assertThat(NameSearch.phrase("岚山（桐乡）纺织有限公司")).isEqualTo("\"岚山（桐乡）纺织有限公司\"");
        assertThat(NameSearch.phrase("“星河\"湾\\项目")).isEqualTo("\"“星河\\\"湾\\\\项目\"");
    }
}
