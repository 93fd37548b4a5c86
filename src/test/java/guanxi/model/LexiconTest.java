package guanxi.model;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LexiconTest {

    private static final Lexicon SAMPLE = Lexicon.load("model/lexicon-sample.txt");

    @Test
    void entriesAreStrippedLinesInFileOrderWithoutBlanksOrComments() {
        assertThat(SAMPLE.path()).isEqualTo("model/lexicon-sample.txt");
        assertThat(SAMPLE.entries()).containsExactly("副县长", "县长", "常务副县长", "县长", "甲\t1");
        assertThat(SAMPLE.size()).isEqualTo(5);
    }

    @Test
    void theOpeningCommentIsTheProvenanceAndLaterCommentsAreNot() {
        assertThat(SAMPLE.provenance())
                .isEqualTo("Invented entries for LexiconTest: where they come from, and what they are for.");
    }

    @Test
    void longestFirstKeepsEachEntryOnceAndBreaksTiesInCodePointOrder() {
        Lexicon titles = new Lexicon("t", "", List.of("县长", "副县长", "乡长", "常务副县长", "县长"));
        assertThat(titles.longestFirst()).containsExactly("常务副县长", "副县长", "乡长", "县长");
        assertThat(titles.set()).containsExactlyInAnyOrder("县长", "副县长", "乡长", "常务副县长");
    }

    @Test
    void pairsSplitAtTheFirstSeparatorAndABrokenLineNamesTheFile() {
        Lexicon days = new Lexicon("days.txt", "", List.of("昨天\t-1", "今天\t0\textra"));
        assertThat(days.pairs("\t")).satisfiesExactly(
                p -> assertThat(p).containsExactly("昨天", "-1"),
                p -> assertThat(p).containsExactly("今天", "0\textra"));
        assertThatThrownBy(() -> SAMPLE.pairs("\t"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("model/lexicon-sample.txt: expected two columns in '副县长'");
    }

    @Test
    void patternsCompileEachEntry() {
        Lexicon marks = new Lexicon("m", "", List.of("^本报讯", "\\d+月"));
        assertThat(marks.patterns()).extracting(p -> p.matcher("本报讯 3月").find()).containsExactly(true, true);
        assertThat(marks.patterns()).extracting(p -> p.matcher("讯 月").find()).containsExactly(false, false);
    }

    @Test
    void drawsRepeatForTheSameSeedAndGetCountsRoundTheList() {
        Lexicon names = new Lexicon("n", "", List.of("甲", "乙", "丙", "丁"));
        assertThat(draws(names, 7)).isEqualTo(draws(names, 7));
        assertThat(draws(names, 7)).isSubsetOf(names.entries());
        assertThat(names.get(5)).isEqualTo("乙");
        assertThat(names.get(-1)).isEqualTo("丁");
    }

    @Test
    void aMissingListFailsNamingIt() {
        assertThatThrownBy(() -> Lexicon.load("model/no-such-list.txt"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("model/no-such-list.txt");
    }

    /** Every word list the tool ships says where its entries come from, in its opening comment. */
    @Test
    void everyShippedListOpensWithItsProvenance() {
        List<String> without = new ArrayList<>();
        int lists = 0;
        for (String folder : List.of("page/", "extract/", "bench/", "nlp/")) {
            for (String file : Resources.folder(folder, ".txt").keySet()) {
                lists++;
                if (Lexicon.load(folder + file).provenance().isEmpty()) {
                    without.add(folder + file);
                }
            }
        }
        assertThat(lists).as("lists found").isGreaterThan(50);
        assertThat(without).isEmpty();
    }

    private static List<String> draws(Lexicon lexicon, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            out.add(i % 2 == 0 ? lexicon.pick(random) : lexicon.pickSkewed(random));
        }
        return out;
    }
}
