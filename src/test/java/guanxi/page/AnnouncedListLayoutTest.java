package guanxi.page;

import guanxi.model.PageResult;
import guanxi.model.Story;
import guanxi.page.PageReads.Seen;
import org.junit.jupiter.api.Test;

import java.util.List;

import static guanxi.page.PageReads.seen;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A story that announces a list ("重点开展了以下工作：") and prints its points numbered or bulleted below, each opening
 * with its own day (invented pages): the points are the story's, not a column of briefs, however dated they are.
 * A column's label with a colon ("县域快讯：") announces nothing: its dated items stay stories of their own.
 */
class AnnouncedListLayoutTest {
    private final PageReader reader = new PageReader();

    private PageResult read(String text) {
        return PageReads.readAccounted(reader, text);
    }

    @Test
    void numberedDatedPointsBelowALeadEndingOnAColon() {
        PageResult r = read("""
                县水利局：汛前准备扎实有序

                本报讯（通讯员 罗文静）5月3日，记者从县水利局获悉，入汛以来该局重点抓了三项工作：
                1. 4月8日起，对全县四十二座小型水库逐一开展汛前检查。
                2. 4月20日，在柳塘水库组织开展防汛应急演练。
                3. 4月28日，完成防汛物资储备库补充采购。
                该局负责人表示，将严格落实汛期值班值守制度。

                县城公交新开两条线路

                本报讯（记者 甘立新）5月4日，县城新开通的两条公交线路正式运营。
                """);
        assertThat(seen(r)).containsExactly(
                new Seen("县水利局：汛前准备扎实有序", "05-03", List.of("罗文静")),
                new Seen("县城公交新开两条线路", "05-04", List.of("甘立新")));
        assertThat(r.stories().getFirst().text()).contains("2. 4月20日").endsWith("值班值守制度。");
    }

    @Test
    void bracketedNumbersBelowABodyParagraphEndingOnAColon() {
        PageResult r = read("""
                城关镇人居环境整治见成效
                6月12日，城关镇召开人居环境整治推进会。会上通报，5月以来全镇做了以下几件事：
                (1)5月6日起，清理河道垃圾一百二十余吨。
                (2)5月18日，完成三个村的旱厕改造验收。
                (3)6月1日，启动主街道立面改造。
                会议要求各村对照清单逐项销号。
                """);
        assertThat(r.stories()).extracting(Story::title).containsExactly("城关镇人居环境整治见成效");
        assertThat(r.stories().getFirst().date()).isEqualTo("06-12");
        assertThat(r.stories().getFirst().text()).contains("(2)5月18日").endsWith("逐项销号。");
    }

    @Test
    void bulletedDatedPointsAnnouncedByAShortSentence() {
        PageResult r = read("""
                县图书馆暑期活动精彩纷呈

                本报讯 7月20日，县图书馆暑期系列活动过半。已举办的主要活动如下：
                ●7月8日，举办少儿绘本故事会。
                ●7月12日，开展“小小图书管理员”体验活动。
                ●7月16日，邀请作家开展阅读分享会。
                """);
        assertThat(r.stories()).hasSize(1);
        assertThat(r.stories().getFirst().date()).isEqualTo("07-20");
        assertThat(r.stories().getFirst().text()).endsWith("阅读分享会。");
    }

    @Test
    void nearMissAColumnLabelWithAColonAnnouncesNoList() {
        PageResult r = read("""
                县域快讯：
                1. 8月2日，县消防救援大队开展高层建筑灭火演练。
                2. 8月3日，县税务局举办新办纳税人培训会。
                3. 8月4日，县妇联为八十名留守儿童送去学习用品。
                """);
        assertThat(seen(r)).extracting(Seen::date).containsExactly("08-02", "08-03", "08-04");
        assertThat(r.stories()).extracting(Story::title).containsOnly(PageReader.UNTITLED);
    }
}
