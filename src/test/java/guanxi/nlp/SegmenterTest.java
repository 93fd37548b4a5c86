package guanxi.nlp;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SegmenterTest {

    @Test
    void tokensCarryOffsetsIntoTheTextAndTags() {
        String text = "7月24日,县委书记解芳出席会议。";
        List<Token> tokens = Segmenter.get().segment(text);
        for (Token t : tokens) {
            assertThat(Segmenter.normalize(text).substring(t.start(), t.end())).isEqualTo(t.word());
        }
        assertThat(tokens).extracting(Token::word).contains("解芳", "出席", "，");
        assertThat(tokens.stream().filter(t -> t.word().equals("解芳")).findFirst().orElseThrow().isPersonName()).isTrue();
    }

    @Test
    void normalisingKeepsTheLength() {
        assertThat(Segmenter.normalize("a,b(c);d:e")).isEqualTo("a，b（c）；d：e");
    }

    @Test
    void customTitleWordsAreOneToken() {
        assertThat(Segmenter.get().segment("红星美凯龙集团执行总裁国林")).extracting(Token::word).contains("执行总裁");
    }
}
