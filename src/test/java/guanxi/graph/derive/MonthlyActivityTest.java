package guanxi.graph.derive;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MonthlyActivityTest {

    @Test
    void storiesCountPerMonthInMonthOrder() {
        MonthlyActivity a = MonthlyActivity.of("2021-03-09").plus(MonthlyActivity.of("????-01-02"))
                .plus(MonthlyActivity.of("2021-03-30")).plus(MonthlyActivity.of("2020-12-01"));
        assertThat(a.monthList()).containsExactly("2020-12", "2021-03", "????-01");
        assertThat(a.counts()).containsExactly(1L, 2L, 1L);
        assertThat(a.busiest()).isEqualTo(2);
    }

    @Test
    void storedActivityExtendsByABatch() {
        MonthlyActivity kept = MonthlyActivity.stored(List.of("2021-01", "2021-02"), List.of(4L, 1L));
        MonthlyActivity both = kept.plus(MonthlyActivity.of("2021-02-11")).plus(MonthlyActivity.of("2021-02-12"));
        assertThat(both.monthList()).containsExactly("2021-01", "2021-02");
        assertThat(both.counts()).containsExactly(4L, 3L);
        assertThat(both.busiest()).isEqualTo(4);
        assertThat(MonthlyActivity.NONE.busiest()).isZero();
    }

    @Test
    void onlyTheListedRolesAreActivity() {
        assertThat(MonthlyActivity.active(List.of("WROTE", "INVESTS_IN"))).isFalse();
        assertThat(MonthlyActivity.active(List.of("SIGNED"))).isTrue();
    }
}
