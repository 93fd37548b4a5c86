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

    private static List<String> startingAt(String s, int i) {
        List<String> out = new ArrayList<>();
        for (String w : WORDS) {
            if (i < s.length() && s.startsWith(w, i)) {
                out.add(w);
            }
        }
        out.sort((a, b) -> b.length() - a.length());
        return out;
    }

    private static int endingAt(String s, int end) {
        int best = 0;
        for (String w : WORDS) {
            if (w.length() <= end && s.startsWith(w, end - w.length())) {
                best = Math.max(best, w.length());
            }
        }
        return best;
    }
}
