package guanxi.page;

import guanxi.model.NoiseLine;
import guanxi.model.PageResult;
import guanxi.model.Story;
import guanxi.page.PageReads.Seen;
import org.junit.jupiter.api.Test;

import java.util.List;

import static guanxi.page.PageReads.seen;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three faults the second blind set of session page-gen6 showed (invented pages): an editor's credit printed with a
 * space for its colon and the desk's telephone ("责任编辑 某某 电话：…"), page furniture; a headline trailing off on an
 * ellipsis ("稻花香里说丰年……"), a headline as one ending on ！ is; and a lead marker alone on its line with an
 * unbracketed credit behind a bullet ("本报讯 ■记者 某某 实习生 某某"), whose names are the byline and whose report
 * below dates the story.
 */
class SecondBlindSetLayoutTest {
    private final PageReader reader = new PageReader();

    private PageResult read(String text) {
        return PageReads.readAccounted(reader, text);
    }

    @Test
    void editorsCreditsWithASpaceForTheColon() {
        PageResult r = read("""
                责任编辑 柏涛 电话：0771-5551234
                县残联为困难残疾人送去轮椅
                本报讯 9月13日，县残联为十五名困难残疾人送去轮椅。
                本版责编 简雨桐
                美编 庞立群  校对 柏涛
                """);
        assertThat(r.stories()).extracting(Story::title).containsExactly("县残联为困难残疾人送去轮椅");
        assertThat(r.discarded()).extracting(NoiseLine::reason).containsOnly("editor-credit").hasSize(3);
    }

    @Test
    void nearMissAHeadlineAboutAnEditorStaysAHeadline() {
        PageResult r = read("""
                责编 培训班开班
                本报讯 9月13日，县融媒体中心举办编辑业务培训班。
                """);
        assertThat(r.stories()).extracting(Story::title).containsExactly("责编 培训班开班");
    }

    @Test
    void headlinesTrailingOffOnAnEllipsis() {
        PageResult r = read("""
                县城公路改造工程通车
                本报讯 9月15日，县城公路改造工程通车。

                白沙镇：稻花香里说丰年……
                本报讯 9月14日，在白沙镇金滩村，金黄的稻田一望无际。

                秋收时节话丰收…
                本报讯 9月16日，河湾县秋收全面展开。

                “乡村夜校”开课了……
                本报讯 9月17日，县农广校乡村夜校开课。
                """);
        assertThat(r.stories()).extracting(Story::title).containsExactly("县城公路改造工程通车",
                "白沙镇：稻花香里说丰年……", "秋收时节话丰收…", "“乡村夜校”开课了……");
    }

    @Test
    void nearMissASentenceTrailingOffStaysText() {
        PageResult r = read("""
                老街的记忆
                走进老街，青石板路修葺一新。
                老人们说，这里的故事讲也讲不完……
                """);
        assertThat(r.stories()).extracting(Story::title).containsExactly("老街的记忆");
        assertThat(r.stories().getFirst().text()).endsWith("讲也讲不完……");
    }

    @Test
    void unbracketedCreditsOnTheMarkersLine() {
        PageResult r = read("""
                《河湾志》首发
                本报讯 ■记者 柏涛 实习生 简雨桐
                9月24日，《河湾志》在县档案馆首发。

                县人民医院举办专家义诊周
                本报讯 ●通讯员 庞立群
                9月25日至27日，县人民医院举办专家义诊周活动。

                县图书馆开展阅读月活动
                本报讯 记者 简雨桐
                9月21日，县图书馆启动阅读月活动。
                """);
        assertThat(seen(r)).containsExactly(new Seen("《河湾志》首发", "09-24", List.of("柏涛", "简雨桐")),
                new Seen("县人民医院举办专家义诊周", "09-25", List.of("庞立群")),
                new Seen("县图书馆开展阅读月活动", "09-21", List.of("简雨桐")));
    }

    @Test
    void nearMissAMarkersLineGoingOnIntoItsReportKeepsItsOwnDate() {
        PageResult r = read("""
                县图书馆开展阅读月活动
                本报讯 记者从县图书馆获悉，9月21日起将开展阅读月活动。
                9月28日，首场读书分享会举行。
                """);
        assertThat(seen(r)).containsExactly(new Seen("县图书馆开展阅读月活动", "09-21", List.of()));
    }
}
