package guanxi.page;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;

import static org.assertj.core.api.Assertions.assertThat;

/** The matching form from the fold table against its definition: NFKC per character, kept when it is one char. */
class TextTest {

    @Test
    void foldsEveryCharacterAsNfkcDoes() {
        StringBuilder all = new StringBuilder();
        StringBuilder expected = new StringBuilder();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            all.append(ch);
            String n = Character.isSurrogate(ch) ? String.valueOf(ch)
                    : Normalizer.normalize(String.valueOf(ch), Normalizer.Form.NFKC);
            expected.append(n.length() == 1 ? n.charAt(0) : ch);
        }
        assertThat(Text.matching(all.toString())).isEqualTo(expected.toString());
    }

    @Test
    void foldsFullWidthFormsInPlace() {
        assertThat(Text.matching("２０２３年１０月（记者ＡＢ）")).isEqualTo("2023年10月(记者AB)");
    }
}
