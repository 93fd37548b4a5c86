package guanxi.graph.derive;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TitleSpanTest {

    @Test
    void fullDatesOutrankMonthDayDatesAndStoriesAdd() {
        TitleSpan span = TitleSpan.of("03-15", "2019-03-15")
                .plus(TitleSpan.of("2019-05-02", "2019-05-02"))
                .plus(TitleSpan.of("2018-11-30", "2018-11-30"))
                .plus(TitleSpan.of("12-31", "2019-12-31"));
        assertThat(span).isEqualTo(new TitleSpan("2018-11-30", "2019-05-02", 4, "2018-11-30", "2019-12-31"));
    }

    @Test
    void monthDayDatesCountOnlyWhenTheTitleHasNoOther() {
        TitleSpan span = TitleSpan.of("07-01", "????-07-01").plus(TitleSpan.of("02-09", "????-02-09"));
        assertThat(span).isEqualTo(new TitleSpan("02-09", "07-01", 2, "????-02-09", "????-07-01"));
    }

    @Test
    void anUnknownYearNeverMakesTheLatestWhileAKnownOneExists() {
        TitleSpan span = TitleSpan.of("2020-01-05", "2020-01-05").plus(TitleSpan.of("09-09", "????-09-09"));
        assertThat(span.lastDated()).isEqualTo("2020-01-05");
        assertThat(span.firstDated()).isEqualTo("2020-01-05");
        assertThat(TitleSpan.of("09-09", "????-09-09").plus(TitleSpan.of("2020-01-05", "2020-01-05")).lastDated())
                .isEqualTo("2020-01-05");
    }

    @Test
    void anUnknownDateTakesTheOther() {
        TitleSpan span = TitleSpan.of(null, "????-??-??").plus(TitleSpan.of("2021-06-30", "2021-06-30"));
        assertThat(span).isEqualTo(new TitleSpan("2021-06-30", "2021-06-30", 2, "2021-06-30", "2021-06-30"));
        TitleSpan stored = new TitleSpan("2017-01-01", "2017-02-01", 3, null, null);
        assertThat(stored.plus(TitleSpan.of("2016-12-01", "2016-12-01")))
                .isEqualTo(new TitleSpan("2016-12-01", "2017-02-01", 4, "2016-12-01", "2016-12-01"));
    }
}
