package guanxi.nlp;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SegmenterTest {

    @Test
    void tokensCarryOffsetsIntoTheTextAndTags() {
        String text = "9月12日,县委书记周海涛出席会议。";
        List<Token> tokens = Segmenter.get().segment(text);
        for (Token t : tokens) {
            assertThat(Segmenter.normalize(text).substring(t.start(), t.end())).isEqualTo(t.word());
        }
        assertThat(tokens).extracting(Token::word).contains("周海涛", "出席", "，");
        assertThat(tokens.stream().filter(t -> t.word().equals("周海涛")).findFirst().orElseThrow().isPersonName()).isTrue();
    }

    @Test
    void normalisingKeepsTheLength() {
        assertThat(Segmenter.normalize("a,b(c);d:e")).isEqualTo("a，b（c）；d：e");
    }

    @Test
    void customTitleWordsAreOneToken() {
        assertThat(Segmenter.get().segment("金丰达集团执行总裁陆明")).extracting(Token::word).contains("执行总裁");
    }

    @Test
    void aHeadGluedToTheNextClausesVerbIsSplit() {
        // 项目计划 is one word in HanLP's core dictionary; in "X项目计划投资" it is the head of X and the verb of the
        // clause about it.
        List<Token> tokens = Segmenter.get().segment("滨河物流园项目计划投资3亿元");
        assertThat(tokens).extracting(Token::word).containsSubsequence("项目", "计划", "投资");
        Token plan = tokens.stream().filter(t -> t.word().equals("计划")).findFirst().orElseThrow();
        assertThat(plan.start()).isEqualTo(7);
        assertThat(plan.end()).isEqualTo(9);
        assertThat(plan.tag()).isEqualTo("v");
    }

    @Test
    void aWordTaggedAgainstItsSiblingsIsRetagged() {
        // 城南 comes tagged as a word of direction where 城北 is a place.
        assertThat(Segmenter.get().segment("调研了城南农贸市场改造项目")).filteredOn(t -> t.word().equals("城南"))
                .extracting(Token::tag).containsExactly("s");
    }
}
