package guanxi.graph.derive;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AccompaniedTest {

    @Test
    void theMostFrequentPairAndThePairsSeenTwiceOrMoreAreKept() {
        Accompanied a = Accompanied.of(Map.of("柯文岳", 7, "洪嘉树", 1, "伍思南", 3, "鲍庆华", 3));
        assertThat(a.most()).isEqualTo(7);
        // Most first, then by name; a pair seen once is not kept.
        assertThat(Accompanied.properties(a)).containsEntry("accompanied_most", 7L)
                .containsEntry("accompanied_names", List.of("柯文岳", "伍思南", "鲍庆华"))
                .containsEntry("accompanied_times", List.of(7L, 3L, 3L));
    }

    @Test
    void aBatchsPairsCountedWholeReplaceWhatWasKeptForThem() {
        Accompanied kept = Accompanied.of(Map.of("柯文岳", 4, "伍思南", 2));
        Accompanied both = Accompanied.plus(kept, Map.of("伍思南", 5L, "洪嘉树", 2L, "鲍庆华", 1L));
        assertThat(both).isEqualTo(new Accompanied(5, Map.of("柯文岳", 4L, "伍思南", 5L, "洪嘉树", 2L)));
        assertThat(Accompanied.plus(kept, Map.of("鲍庆华", 1L))).isEqualTo(kept);
        assertThat(Accompanied.plus(null, Map.of("鲍庆华", 1L))).isEqualTo(new Accompanied(1, Map.of()));
    }

    @Test
    void accompanyingNobodyIsNoProperty() {
        assertThat(Accompanied.of(Map.of())).isNull();
        assertThat(Accompanied.plus(null, Map.of())).isNull();
        Map<String, Object> none = new HashMap<>();
        none.put("accompanied_most", null);
        none.put("accompanied_names", null);
        none.put("accompanied_times", null);
        assertThat(Accompanied.properties(null)).isEqualTo(none);
        // Seen once with everyone: the count, and no pairs.
        assertThat(Accompanied.properties(Accompanied.of(Map.of("洪嘉树", 1)))).containsEntry("accompanied_most", 1L)
                .containsEntry("accompanied_names", null);
    }

    @Test
    void whatIsStoredReadsBackAndACountWithoutItsPairsIsCountedAgain() {
        Accompanied a = Accompanied.of(Map.of("柯文岳", 6, "伍思南", 2, "洪嘉树", 1));
        Map<String, Object> p = Accompanied.properties(a);
        @SuppressWarnings("unchecked")
        Accompanied read = Accompanied.stored((Long) p.get("accompanied_most"), (List<String>) p.get("accompanied_names"),
                (List<Long>) p.get("accompanied_times"));
        assertThat(read).isEqualTo(a);
        assertThat(Accompanied.stored(1L, List.of(), List.of())).isEqualTo(new Accompanied(1, Map.of()));
        // Kept by a version that kept the count alone: no pairs for a count of two or more.
        assertThat(Accompanied.stored(3L, List.of(), List.of())).isNull();
        assertThat(Accompanied.stored(null, List.of(), List.of())).isNull();
    }
}
