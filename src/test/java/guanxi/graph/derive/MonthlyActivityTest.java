package guanxi.graph.derive;

import guanxi.graph.derive.MonthlyActivity.Month;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MonthlyActivityTest {

    @Test
    void storiesCountPerMonthInMonthOrder() {
        MonthlyActivity a = MonthlyActivity.of("2021-03-09", List.of("LED")).plus(MonthlyActivity.of("????-01-02", List.of("ATTENDED")))
                .plus(MonthlyActivity.of("2021-03-30", List.of("PRESIDED"))).plus(MonthlyActivity.of("2020-12-01", List.of("MET")));
        assertThat(a.monthList()).containsExactly("2020-12", "2021-03", "????-01");
        assertThat(a.counts()).containsExactly(1L, 2L, 1L);
        assertThat(a.busiest()).isEqualTo(2);
    }

    @Test
    void eachMonthCountsItsStoriesByKindOfActivity() {
        MonthlyActivity a = MonthlyActivity.of("2030-07-01", List.of("LED", "VISITED", "EXECUTIVE_OF"))
                .plus(MonthlyActivity.of("2030-07-09", List.of("MET", "SIGNED")))
                .plus(MonthlyActivity.of("2030-07-20", List.of("ATTENDED")))
                .plus(MonthlyActivity.of("2030-08-02", List.of("ACCOMPANIED", "PRESIDED")));
        // A story where they met and signed is one visit, talk or signing, not two.
        assertThat(a.months()).containsExactly(
                Map.entry("2030-07", new Month(3, 1, 0, 1, 0, 2)),
                Map.entry("2030-08", new Month(1, 0, 1, 0, 1, 0)));
        assertThat(a.properties()).containsEntry("activity_months", List.of("2030-07", "2030-08"))
                .containsEntry("activity_stories", List.of(3L, 1L)).containsEntry("activity_led", List.of(1L, 0L))
                .containsEntry("activity_presided", List.of(0L, 1L)).containsEntry("activity_attended", List.of(1L, 0L))
                .containsEntry("activity_accompanied", List.of(0L, 1L)).containsEntry("activity_visits", List.of(2L, 0L))
                .containsEntry("busiest_month", 3L);
    }

    @Test
    void aStoryWithoutActivityAddsNothing() {
        assertThat(MonthlyActivity.of("2030-07-01", List.of("WROTE", "INVESTS_IN"))).isEqualTo(MonthlyActivity.NONE);
        assertThat(MonthlyActivity.NONE.properties()).containsEntry("activity_months", null)
                .containsEntry("activity_visits", null).containsEntry("busiest_month", 0L);
    }

    @Test
    void storedActivityExtendsByABatch() {
        MonthlyActivity kept = MonthlyActivity.stored(List.of("2021-01", "2021-02"), columns(
                List.of(4L, 1L), List.of(4L, 0L), List.of(0L, 0L), List.of(0L, 1L), List.of(0L, 0L), List.of(1L, 0L)));
        MonthlyActivity both = kept.plus(MonthlyActivity.of("2021-02-11", List.of("LED")))
                .plus(MonthlyActivity.of("2021-02-12", List.of("VISITED")));
        assertThat(both.months()).containsExactly(
                Map.entry("2021-01", new Month(4, 4, 0, 0, 0, 1)),
                Map.entry("2021-02", new Month(3, 1, 0, 1, 0, 1)));
        assertThat(both.busiest()).isEqualTo(4);
        assertThat(MonthlyActivity.NONE.busiest()).isZero();
    }

    @Test
    void whatIsStoredReadsBackAsItWas() {
        MonthlyActivity a = MonthlyActivity.of("2019-11-30", List.of("SIGNED"));
        for (int i = 0; i < 6; i++) {
            // Past the shared small months: counts of four and more are their own.
            a = a.plus(MonthlyActivity.of("2019-11-0" + (i + 1), List.of("LED", "ATTENDED")));
        }
        Map<String, Object> props = a.properties();
        Map<String, List<Long>> columns = new HashMap<>();
        MonthlyActivity.COLUMNS.keySet().forEach(c -> columns.put(c, longs(props.get(c))));
        assertThat(MonthlyActivity.stored(names(props.get("activity_months")), columns)).isEqualTo(a);
        assertThat(a.months().get("2019-11")).isEqualTo(new Month(7, 6, 0, 6, 0, 1));
    }

    @Test
    void aBreakdownNotKeptIsNoStoredActivity() {
        // Kept by a version that counted stories only: the loader counts the person's stories again.
        Map<String, List<Long>> onlyStories = new HashMap<>();
        onlyStories.put("activity_stories", List.of(2L));
        assertThat(MonthlyActivity.stored(List.of("2022-05"), onlyStories)).isNull();
        assertThat(MonthlyActivity.stored(List.of(), columns(List.of(), List.of(), List.of(), List.of(), List.of(), List.of())))
                .isEqualTo(MonthlyActivity.NONE);
    }

    @Test
    void onlyTheListedRolesAreActivity() {
        assertThat(MonthlyActivity.active(List.of("WROTE", "INVESTS_IN"))).isFalse();
        assertThat(MonthlyActivity.active(List.of("SIGNED"))).isTrue();
    }

    private static Map<String, List<Long>> columns(List<Long> stories, List<Long> led, List<Long> presided,
                                                   List<Long> attended, List<Long> accompanied, List<Long> visits) {
        return Map.of("activity_stories", stories, "activity_led", led, "activity_presided", presided,
                "activity_attended", attended, "activity_accompanied", accompanied, "activity_visits", visits);
    }

    @SuppressWarnings("unchecked")
    private static List<Long> longs(Object o) {
        return (List<Long>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<String> names(Object o) {
        return (List<String>) o;
    }
}
