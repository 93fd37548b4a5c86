package guanxi.graph.derive;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StatedRangeTest {

    private static StatedRange fold(List<Long> amounts) {
        StatedRange kept = null;
        for (long a : amounts) {
            kept = StatedRange.plus(kept, StatedRange.of(a));
        }
        return kept;
    }

    @Test
    void keepsTheLowestAndHighestInAnyOrder() {
        StatedRange r = fold(List.of(450_000_000L, 120_000_000L, 900_000_000L, 300_000_000L));
        assertThat(r).isEqualTo(new StatedRange(120_000_000L, 900_000_000L));
        assertThat(fold(List.of(900_000_000L, 300_000_000L, 120_000_000L, 450_000_000L))).isEqualTo(r);
        assertThat(StatedRange.plus(fold(List.of(450_000_000L)), fold(List.of(120_000_000L, 900_000_000L)))).isEqualTo(r);
    }

    @Test
    void theSpreadIsComputedAsTheReportsComputeIt() {
        // 1.2 to 1.6 billion: a third above the lowest, unrounded as the reports' (high - low) * 100.0 / low.
        StatedRange r = fold(List.of(1_600_000_000L, 1_200_000_000L));
        assertThat(r.spread()).isEqualTo((1_600_000_000L - 1_200_000_000L) * 100.0 / 1_200_000_000L);
        assertThat(r.spread()).isBetween(33.33, 33.34);
        assertThat(fold(List.of(70_000_000L, 70_000_000L)).spread()).isZero();
    }

    @Test
    void noStatementIsNullAndAZeroLowestHasNoSpread() {
        assertThat(StatedRange.low(null)).isNull();
        assertThat(StatedRange.high(null)).isNull();
        assertThat(StatedRange.spread(null)).isNull();
        assertThat(fold(List.of(0L, 5_000_000L)).spread()).isNull();
    }
}
