package guanxi.graph.derive;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LatestFigureTest {

    private static LatestFigure<Object> fold(List<LatestFigure<Object>> figures) {
        LatestFigure<Object> kept = null;
        for (LatestFigure<Object> f : figures) {
            kept = LatestFigure.plus(kept, f);
        }
        return kept;
    }

    @Test
    void theLatestFullDateWins() {
        assertThat(fold(List.of(LatestFigure.of(5_000_000L, "2019-04-01"), LatestFigure.of(8_000_000L, "2020-02-10"),
                LatestFigure.of(6_000_000L, "2019-12-31"))).value()).isEqualTo(8_000_000L);
    }

    @Test
    void aMonthDayDateOrNoDateRanksBelowAFullDate() {
        assertThat(fold(List.of(LatestFigure.of("在建", "12-31"), LatestFigure.of("签约", "2018-01-02"),
                LatestFigure.of("竣工", null))).value()).isEqualTo("签约");
        assertThat(fold(List.of(LatestFigure.of("在建", null), LatestFigure.of("竣工", "03-04"))).value()).isEqualTo("竣工");
    }

    @Test
    void theFirstStatedStaysOnATieAndNoneIsNull() {
        assertThat(fold(List.of(LatestFigure.of(1L, "2022-05-05"), LatestFigure.of(2L, "2022-05-05"))).value()).isEqualTo(1L);
        assertThat(LatestFigure.value(fold(List.of()))).isNull();
    }
}
