package guanxi.page;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The bigram counts behind the weights: each piece counts a bigram once, only Han pairs count. */
class SharedWordsTest {

    private static PageLine line(String text) {
        return new PageLine(1, text, PageLine.Kind.BODY);
    }

    @Test
    void countsEachBigramOncePerPiece() {
        SharedWords.BlockFrequency f = SharedWords.BlockFrequency.of(List.of(
                List.of(line("韩梅到南湖镇走访"), line("韩梅")),
                List.of(line("南湖镇修路")),
                List.of(line("ab南湖 c"))));
        assertThat(f.get('韩', '梅')).isEqualTo(1);
        assertThat(f.get('南', '湖')).isEqualTo(3);
        assertThat(f.get('湖', '镇')).isEqualTo(2);
        assertThat(f.get('镇', '修')).isEqualTo(1);
        assertThat(f.get('梅', '韩')).isZero();
        assertThat(f.get('b', '南')).isZero();
        assertThat(f.get('湖', ' ')).isZero();
        assertThat(f.get('访', '韩')).isZero();
    }

    @Test
    void agreesWithCountingDistinctBigramSetsOnRandomPages() {
        String alphabet = "东西南北中湖山镇村路桥河a1，。 ";
        Random random = new Random(5);
        for (int round = 0; round < 200; round++) {
            List<List<PageLine>> pieces = new ArrayList<>();
            for (int p = random.nextInt(6); p >= 0; p--) {
                List<PageLine> lines = new ArrayList<>();
                for (int l = random.nextInt(3); l >= 0; l--) {
                    StringBuilder b = new StringBuilder();
                    for (int i = random.nextInt(30); i > 0; i--) {
                        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
                    }
                    lines.add(line(b.toString()));
                }
                pieces.add(lines);
            }
            Map<String, Integer> expected = new HashMap<>();
            pieces.forEach(piece -> SharedWords.of(piece).forEach(w -> expected.merge(w, 1, Integer::sum)));
            SharedWords.BlockFrequency f = SharedWords.BlockFrequency.of(pieces);
            Set<String> asked = new HashSet<>(expected.keySet());
            asked.add("东西");
            asked.add("a1");
            for (String w : asked) {
                assertThat(f.get(w.charAt(0), w.charAt(1))).as(w).isEqualTo(expected.getOrDefault(w, 0));
            }
        }
    }
}
