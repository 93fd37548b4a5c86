package guanxi.page;

import guanxi.nlp.Script;
import org.junit.jupiter.api.Test;

import java.text.Normalizer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The matching form from the fold table against its definition: the simplified reading, then NFKC per character, kept
 * when it is one char.
 */
class TextTest {

    @Test
    void foldsEveryCharacterAsNfkcDoes() {
        StringBuilder all = new StringBuilder();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            all.append((char) c);
        }
        String simplified = Script.simplified(all.toString());
        assertThat(simplified).hasSameSizeAs(all);
        StringBuilder expected = new StringBuilder();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = simplified.charAt(c);
            String n = Character.isSurrogate(ch) ? String.valueOf(ch)
                    : Normalizer.normalize(String.valueOf(ch), Normalizer.Form.NFKC);
            expected.append(n.length() == 1 ? n.charAt(0) : ch);
        }
        assertThat(Text.matching(all.toString())).isEqualTo(expected.toString());
    }

    @Test
    void readsTraditionalCharactersAsSimplifiedInPlace() {
        assertThat(Text.matching("本報訊（記者 陳曉嵐）縣長")).isEqualTo("本报讯(记者 陈晓岚)县长");
        assertThat(Text.matching("「宏達」")).isEqualTo("“宏达”");
    }

    @Test
    void foldsFullWidthFormsInPlace() {
        assertThat(Text.matching("２０２３年１０月（记者ＡＢ）")).isEqualTo("2023年10月(记者AB)");
    }
}
