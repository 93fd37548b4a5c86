package guanxi.extract;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The tries against the plain definition (scan every word of the list) on random texts over a small alphabet. */
class WordIndexTest {

    private static final Set<String> WORDS = Set.of("长", "县长", "副县长", "书记", "副书记", "县委书记", "主任", "主", "委员");
    private static final String ALPHABET = "县长副书记委主任员市";
    private final WordIndex index = new WordIndex(WORDS);

    @Test
    void answersAsTheWordListDoesAtEveryPosition() {
        Random random = new Random(7);
        for (int round = 0; round < 500; round++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String s = b.toString();
            for (int i = 0; i <= s.length(); i++) {
                int at = i;
                assertThat(index.at(s, i)).as("at %d of %s", i, s).isEqualTo(startingAt(s, i));
                String longest = startingAt(s, i).stream().findFirst().orElse(null);
                assertThat(index.longestAt(s, i)).as("longestAt %d of %s", i, s).isEqualTo(longest);
                assertThat(index.longestLengthAt(s, i)).isEqualTo(longest == null ? 0 : longest.length());
                assertThat(index.longestEndingAt(s, i)).as("longestEndingAt %d of %s", i, s).isEqualTo(endingAt(s, i));
                for (int end = i; end <= s.length(); end++) {
                    int to = end;
                    boolean expected = startingAt(s, i).stream().anyMatch(w -> w.length() >= 2 && at + w.length() <= to);
                    assertThat(index.hasWordAt(s, i, end, 2)).as("hasWordAt %d..%d of %s", i, end, s).isEqualTo(expected);
                }
            }
            assertThat(index.occursIn(s)).isEqualTo(WORDS.stream().anyMatch(s::contains));
        }
    }

    @Test
    void findsNothingInTextWithoutItsCharacters() {
        assertThat(index.at("今天天气", 0)).isEmpty();
        assertThat(index.longestAt("今天天气", 1)).isNull();
        assertThat(index.longestEndingAt("今天天气", 4)).isZero();
        assertThat(index.occursIn("")).isFalse();
    }

    /**
     * Nodes with many children (a hash table in place of a scan): forty first characters, each opening words
     * of two and three characters, and words sharing their last character, so both tries fan out widely.
     */
    @Test
    void wideNodesAnswerAsTheWordListDoes() {
        String alphabet = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥金木水火土日月星山川风云雷电江河湖海";
        Random random = new Random(11);
        Set<String> words = new java.util.HashSet<>();
        for (int i = 0; i < alphabet.length(); i++) {
            words.add(alphabet.charAt(i) + "局");
            for (int k = 0; k < 12; k++) {
                words.add("" + alphabet.charAt(i) + alphabet.charAt(random.nextInt(alphabet.length()))
                        + (k % 3 == 0 ? "" : String.valueOf(alphabet.charAt(random.nextInt(alphabet.length())))));
            }
        }
        WordIndex wide = new WordIndex(words);
        for (int round = 0; round < 300; round++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(15); i > 0; i--) {
                b.append(random.nextInt(10) == 0 ? '局' : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = b.toString();
            for (int i = 0; i <= s.length(); i++) {
                List<String> expected = startingAt(words, s, i);
                assertThat(wide.at(s, i)).as("at %d of %s", i, s).isEqualTo(expected);
                assertThat(wide.longestLengthAt(s, i)).isEqualTo(expected.isEmpty() ? 0 : expected.get(0).length());
                assertThat(wide.longestEndingAt(s, i)).as("longestEndingAt %d of %s", i, s).isEqualTo(endingAt(words, s, i));
            }
        }
    }

    @Test
    void wideNodesGiveTheExpectedWords() {
        List<String> words = new ArrayList<>();
        String firsts = "甲乙丙丁戊己庚辛壬癸子丑";
        for (int i = 0; i < firsts.length(); i++) {
            words.add(firsts.charAt(i) + "局");
            words.add(firsts.charAt(i) + "局长");
        }
        WordIndex wide = new WordIndex(words);
        assertThat(wide.at("见丑局长", 1)).containsExactly("丑局长", "丑局");
        assertThat(wide.longestEndingAt("见丑局长", 3)).isEqualTo(2);
        assertThat(wide.longestEndingAt("见丑局长", 4)).isEqualTo(3);
        assertThat(wide.longestLengthAt("寅局长", 0)).isZero();
        assertThat(wide.occursIn("寅卯辰")).isFalse();
        assertThat(wide.occursIn("寅卯癸局")).isTrue();
    }

    private static List<String> startingAt(String s, int i) {
        return startingAt(WORDS, s, i);
    }

    private static int endingAt(String s, int end) {
        return endingAt(WORDS, s, end);
    }

    private static List<String> startingAt(Set<String> words, String s, int i) {
        List<String> out = new ArrayList<>();
        for (String w : words) {
            if (i < s.length() && s.startsWith(w, i)) {
                out.add(w);
            }
        }
        out.sort((a, b) -> b.length() - a.length());
        return out;
    }

    private static int endingAt(Set<String> words, String s, int end) {
        int best = 0;
        for (String w : words) {
            if (w.length() <= end && s.startsWith(w, end - w.length())) {
                best = Math.max(best, w.length());
            }
        }
        return best;
    }
}
