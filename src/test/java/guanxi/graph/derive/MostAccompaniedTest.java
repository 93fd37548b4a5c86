package guanxi.graph.derive;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MostAccompaniedTest {

    private static MostAccompanied fold(List<Long> pairs) {
        MostAccompanied kept = null;
        for (long times : pairs) {
            kept = MostAccompanied.plus(kept, MostAccompanied.of(times));
        }
        return kept;
    }

    @Test
    void theMostFrequentPairWinsInAnyOrder() {
        assertThat(MostAccompanied.value(fold(List.of(2L, 7L, 1L, 3L)))).isEqualTo(7L);
        assertThat(fold(List.of(3L, 1L, 7L, 2L))).isEqualTo(fold(List.of(2L, 7L, 1L, 3L)));
        // A kept count raised by a batch's pairs counted whole.
        assertThat(MostAccompanied.plus(MostAccompanied.of(4), MostAccompanied.of(5)).times()).isEqualTo(5);
        assertThat(MostAccompanied.plus(MostAccompanied.of(4), MostAccompanied.of(2)).times()).isEqualTo(4);
    }

    @Test
    void accompanyingNobodyIsNoValue() {
        assertThat(MostAccompanied.of(0)).isNull();
        assertThat(MostAccompanied.value(fold(List.of()))).isNull();
        assertThat(MostAccompanied.value(fold(List.of(0L)))).isNull();
    }
}
