package guanxi.page;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The year rules: stated in the story about the event, never guessed. */
class StoryDatesTest {
    private final StoryDates dates = new StoryDates(PageWords.get());

    private String date(String title, String lead, String body, Integer pageYear) {
        return dates.date(title, lead, lead + "\n" + body, pageYear);
    }

    @Test
    void monthAndDayWithoutYearStayMonthDay() {
        assertThat(date("某某调研", "本报讯 2月23日，局长某某带队督导检查。", "", null)).isEqualTo("02-23");
    }

    @Test
    void yearPrintedWithTheDateIsTaken() {
        assertThat(date(null, "本报讯（记者 李涵）2016年11月30日下午，水厂改造工程完成交付。", "", null)).isEqualTo("2016-11-30");
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
        assertThat(date("赴邻市招商", "本报讯 在2019年全镇经济工作会议结束后，3月4日，镇长带队赴邻市招商。", "", null))
                .isEqualTo("2019-03-04");
        assertThat(date("工程观摩", "本报讯 8月12日,区委副书记带队开展2018年第三季度重点工程观摩活动。", "", null))
                .isEqualTo("2018-08-12");
    }

    @Test
    void yearOfAPlanOrPeriodDoesNotCount() {
        assertThat(date("专题会议", "本报讯 9月6日,副县长主持召开专题会议。",
                "会议审议了2025年度农村道路养护方案。", null)).isEqualTo("09-06");
        assertThat(date("专题会议", "本报讯 9月6日,副县长主持召开2025年度农村道路养护方案审议会。", "", null))
                .isEqualTo("09-06");
    }

    @Test
    void lateYearMeetingPlanningAYearIsHeldTheYearBefore() {
        assertThat(date("民生实事谋划会召开", "本报讯 12月3日，区长主持召开全区2026年民生实事谋划会。", "", null))
                .isEqualTo("2025-12-03");
        assertThat(date("民生实事谋划会召开", "本报讯 4月8日，区长主持召开全区2026年民生实事谋划会。", "", null))
                .isEqualTo("2026-04-08");
    }

    @Test
    void yearStatedWithYearToDateFiguresCounts() {
        assertThat(date("视察", "本报讯 10月20日,县人大常委会视察民生工程。",
                "2019年全县实施民生工程38项,1-8月完成投资6.27亿元。", null)).isEqualTo("2019-10-20");
    }

    @Test
    void historyAndPastFactsDoNotCount() {
        assertThat(date("考察", "本报讯 5月7日，镇长赴江苏考察。",
                "企业成立于2008年。2019年，企业完成扩产。", null)).isEqualTo("05-07");
        assertThat(date("考察", "本报讯 5月7日，镇长考察成立于2008年的企业。", "", null)).isEqualTo("05-07");
        assertThat(date("考察", "本报讯 5月7日，镇长考察2018年以来落地的企业。", "", null)).isEqualTo("05-07");
        assertThat(date("考察", "本报讯 1月22日，镇长考察2021年底投产的企业。", "", null)).isEqualTo("01-22");
    }

    @Test
    void pageYearIsTheLastResort() {
        assertThat(date("考察", "本报讯 5月7日，镇长赴江苏考察。", "", 2024)).isEqualTo("2024-05-07");
        assertThat(date("2020年春耕动员会召开", "本报讯 3月2日，春耕动员会召开。", "", 2024)).isEqualTo("2020-03-02");
    }

    @Test
    void noMonthDayInTheOpeningMeansNoDate() {
        assertThat(date(null, "日前，我区物流园项目完成签约。", "园区于2015年9月18日奠基。", null)).isNull();
        assertThat(date(null, "20日起我县持续降雪。昨天上午，县长检查道路除冰工作。", "", null)).isNull();
        assertThat(dates.date("标题", null, "", 2023)).isNull();
    }
}
