package guanxi.page;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The year rules: stated in the story about the event, never guessed. */
class StoryDatesTest {
    private final StoryDates dates = new StoryDates(Lexicon.get());

    private String date(String title, String lead, String body, Integer pageYear) {
        return dates.date(title, lead, lead + "\n" + body, pageYear);
    }

    @Test
    void monthAndDayWithoutYearStayMonthDay() {
        assertThat(date("某某调研", "本报讯 2月23日，局长某某带队督导检查。", "", null)).isEqualTo("02-23");
    }

    @Test
    void yearPrintedWithTheDateIsTaken() {
        assertThat(date(null, "本报讯（记者 张三）2014年12月31日上午，项目通过验收。", "", null)).isEqualTo("2014-12-31");
    }

    @Test
    void fullWidthDigitsAndDayWrittenAsHaoAreRead() {
        assertThat(date(null, "１月１５号上午，我县举行签约仪式。", "", null)).isEqualTo("01-15");
    }

    @Test
    void chineseNumeralsAreRead() {
        assertThat(date(null, "本报讯 十月二十九日，书记调研重点项目。", "", null)).isEqualTo("10-29");
        assertThat(date(null, "二〇二三年二月十日上午，项目开工。", "", null)).isEqualTo("2023-02-10");
    }

    @Test
    void yearOfTheEventInTheTitleOrLeadCounts() {
        assertThat(date("2023年全县工作会议召开", "本报讯 2月17日，全县工作会议召开。", "", null))
                .isEqualTo("2023-02-17");
        assertThat(date("赴外地考察", "本报讯 在2023年全县工作会议召开后，2月19日，书记带队赴外地考察。", "", null))
                .isEqualTo("2023-02-19");
        assertThat(date("拉练检查", "本报讯 7月26日,市委书记带队开展2022年第二季度项目拉练检查。", "", null))
                .isEqualTo("2022-07-26");
    }

    @Test
    void yearOfAPlanOrPeriodDoesNotCount() {
        assertThat(date("常务会议", "本报讯 10月28日,县长主持召开常务会议。",
                "会议研究了2024年度乡镇考核办法。", null)).isEqualTo("10-28");
    }

    @Test
    void lateYearMeetingPlanningAYearIsHeldTheYearBefore() {
        assertThat(date("项目谋划会召开", "本报讯 12月15日，书记主持召开全县2023年重点项目谋划会。", "", null))
                .isEqualTo("2022-12-15");
        assertThat(date("项目谋划会召开", "本报讯 3月15日，书记主持召开全县2023年重点项目谋划会。", "", null))
                .isEqualTo("2023-03-15");
    }

    @Test
    void yearStatedWithYearToDateFiguresCounts() {
        assertThat(date("视察", "本报讯 11月11日,县政协视察重点项目。",
                "2021年我县建设项目共55个,1-9月完成投资10.54亿元。", null)).isEqualTo("2021-11-11");
    }

    @Test
    void historyAndPastFactsDoNotCount() {
        assertThat(date("考察", "本报讯 2月19日，书记赴浙江考察。",
                "公司成立于2002年。2022年，公司完成收购。", null)).isEqualTo("02-19");
        assertThat(date("考察", "本报讯 2月19日，书记考察2020年以来建成的项目。", "", null)).isEqualTo("02-19");
        assertThat(date("考察", "本报讯 1月9日，书记考察2022年底建成的项目。", "", null)).isEqualTo("01-09");
    }

    @Test
    void pageYearIsTheLastResort() {
        assertThat(date("考察", "本报讯 2月19日，书记赴浙江考察。", "", 2023)).isEqualTo("2023-02-19");
        assertThat(date("2021年工作会议召开", "本报讯 2月19日，工作会议召开。", "", 2023)).isEqualTo("2021-02-19");
    }

    @Test
    void noMonthDayInTheOpeningMeansNoDate() {
        assertThat(date(null, "日前，我市重点工程完成签约。", "工程于2012年12月20日开工。", null)).isNull();
        assertThat(date(null, "15日起我市普降暴雨。昨天上午，市长检查防汛工作。", "", null)).isNull();
        assertThat(dates.date("标题", null, "", 2023)).isNull();
    }
}
