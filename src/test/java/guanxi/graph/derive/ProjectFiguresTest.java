package guanxi.graph.derive;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectFiguresTest {

    @Test
    void storiesFoldIntoTheLatestFiguresAndTheRangeOfAmounts() {
        ProjectFigures folded = ProjectFigures.NONE
                .plus(ProjectFigures.of(120_000_000L, "starting", "2024-02-11"))
                .plus(ProjectFigures.of(null, "building", "2024-08-30"))
                .plus(ProjectFigures.of(150_000_000L, null, "2024-05-06"))
                .plus(ProjectFigures.of(90_000_000L, null, "03-15"));
        Map<String, Object> expected = new HashMap<>();
        expected.put("investment_yuan", 150_000_000L);
        expected.put("investment_date", "2024-05-06");
        expected.put("status", "building");
        expected.put("status_date", "2024-08-30");
        expected.put("investment_low", 90_000_000L);
        expected.put("investment_high", 150_000_000L);
        expected.put("investment_spread", 60_000_000L * 100.0 / 90_000_000L);
        assertThat(folded.properties()).isEqualTo(expected);
    }

    @Test
    void whatANodeKeepsExtendsAsTheWholeFoldDoes() {
        ProjectFigures first = ProjectFigures.of(70_000_000L, "agreed", "2023-09-09");
        ProjectFigures second = ProjectFigures.of(65_000_000L, "building", "2023-12-01");
        Map<String, Object> kept = first.properties();
        ProjectFigures stored = ProjectFigures.stored((Long) kept.get("investment_yuan"), (String) kept.get("investment_date"),
                (String) kept.get("status"), (String) kept.get("status_date"), (Long) kept.get("investment_low"),
                (Long) kept.get("investment_high"));
        assertThat(stored.plus(second)).isEqualTo(first.plus(second));
        assertThat(ProjectFigures.stored(null, null, null, null, null, null)).isEqualTo(ProjectFigures.NONE);
    }

    @Test
    void aFigureKeptWithoutItsDateCannotBeExtended() {
        assertThat(ProjectFigures.stored(70_000_000L, null, null, null, 70_000_000L, 70_000_000L)).isNull();
        assertThat(ProjectFigures.stored(null, null, "planned", null, null, null)).isNull();
        // An investment kept before its range was.
        assertThat(ProjectFigures.stored(70_000_000L, "2023-09-09", null, null, null, null)).isNull();
    }

    @Test
    void nothingStatedIsNoProperty() {
        Map<String, Object> none = new HashMap<>();
        for (String key : new String[]{"investment_yuan", "investment_date", "status", "status_date", "investment_low",
                "investment_high", "investment_spread"}) {
            none.put(key, null);
        }
        assertThat(ProjectFigures.NONE.properties()).isEqualTo(none);
        assertThat(ProjectFigures.of(null, null, "2020-01-01")).isEqualTo(ProjectFigures.NONE);
    }
}
