package guanxi.page;

import guanxi.model.PageResult;
import guanxi.model.Story;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A headline of two or three lines printed close together above paragraphs parted by one blank line (invented
 * pages): the lines of the headline say nothing of how the page parts its paragraphs, so one blank line between
 * paragraphs stays the usual gap and no paragraph is cut off as a story of its own.
 */
class HeadlineGapLayoutTest {
    private final PageReader reader = new PageReader();

    private PageResult read(String text) {
        return PageReads.readAccounted(reader, text);
    }

    @Test
    void twoLineHeadlineAboveThreeParagraphs() {
        PageResult r = read("""
                稳岗位 促增收
                柳江县春季招聘月活动启动

                2月20日，柳江县春季招聘月活动在县人力资源市场启动。

                活动期间将举办专场招聘会六场，提供岗位两千余个。

                去年以来，全县新增城镇就业三千二百人。
                """);
        assertThat(r.stories()).extracting(Story::title).containsExactly("稳岗位 促增收 柳江县春季招聘月活动启动");
        assertThat(r.stories().getFirst().text()).endsWith("三千二百人。");
    }

    @Test
    void threeLineHeadlineAboveTwoParagraphs() {
        PageResult r = read("""
                以实干践初心
                石桥镇党员志愿服务队
                ——常年活跃在田间地头

                近年来，石桥镇党员志愿服务队坚持每月走村入户，为群众办实事一百余件。

                服务队队长说，群众满意就是最大的动力。
                """);
        assertThat(r.stories()).hasSize(1);
        assertThat(r.stories().getFirst().text()).startsWith("近年来").endsWith("最大的动力。");
    }

    @Test
    void twoStoriesWithTwoLineHeadlinesPartedByTwoBlankLines() {
        PageResult r = read("""
                春风送岗
                柳江县春季招聘会举行

                2月20日，柳江县春季招聘会在县人力资源市场举行。

                六十余家企业提供岗位两千余个。


                护苗行动
                县文化市场开展专项检查

                2月21日，县文化市场综合执法大队开展校园周边文化市场专项检查。

                检查出版物经营单位二十余家。
                """);
        assertThat(r.stories()).extracting(Story::date).containsExactly("02-20", "02-21");
        assertThat(r.stories()).extracting(Story::title).containsExactly("春风送岗 柳江县春季招聘会举行", "护苗行动 县文化市场开展专项检查");
    }

    @Test
    void nearMissOneBlankLineStillPartsStoriesOnADensePage() {
        PageResult r = read("""
                春风送岗
                柳江县春季招聘会举行
                2月20日，柳江县春季招聘会在县人力资源市场举行。
                六十余家企业提供岗位两千余个。

                2月21日，县文化市场综合执法大队开展校园周边文化市场专项检查。
                检查出版物经营单位二十余家。
                """);
        assertThat(r.stories()).extracting(Story::date).containsExactly("02-20", "02-21");
    }
}
