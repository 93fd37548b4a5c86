package guanxi.page;

import guanxi.model.PageResult;
import guanxi.model.Story;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page whose paragraphs run on without blank lines and which sets every headline off by a blank line above and one
 * below (invented pages): each headline heads a story of its own, even with no lead marker, no date and no headline
 * cue below it ("防溺水，这些知识要记牢！", blank line, "暑期将至，…"). Where the page parts its paragraphs with blank
 * lines too, or prints its headlines right above their text, a lone headline-shaped line stays what it was.
 */
class SetOffHeadlinesLayoutTest {
    private final PageReader reader = new PageReader();

    private PageResult read(String text) {
        return PageReads.readAccounted(reader, text);
    }

    @Test
    void exclaimingAndAskingHeadlinesWithUndatedText() {
        PageResult r = read("""
                夏粮丰收 颗粒归仓

                6月9日，白沙镇小麦测产平均亩产五百一十二公斤。
                示范片采用了良种和统防统治技术。

                防溺水，这些知识要记牢！

                暑期将至，青少年溺水事故进入高发期。
                不要私自下水游泳。

                谁来种地？怎么种好地？
                ——河湾县培育新型农业经营主体调查

                走进白沙镇桂竹村，连片的稻田一眼望不到边。
                目前，全县已培育家庭农场三百二十家。
                """);
        assertThat(r.stories()).extracting(Story::title).containsExactly("夏粮丰收 颗粒归仓", "防溺水，这些知识要记牢！",
                "谁来种地？怎么种好地？ ——河湾县培育新型农业经营主体调查");
        assertThat(r.stories()).extracting(Story::date).containsExactly("06-09", null, null);
        assertThat(r.stories().get(1).text()).startsWith("暑期将至").endsWith("下水游泳。");
    }

    @Test
    void plainHeadlinesOverFeatures() {
        PageResult r = read("""
                老街换新颜

                走进河湾县城老街，青石板路修葺一新，两旁的骑楼重新粉刷。
                街坊们说，老街又热闹起来了。

                一位老匠人的坚守

                在白沙镇，六十八岁的柏师傅已经做了五十年竹编。
                他说，只要还编得动，就会一直编下去。
                """);
        assertThat(r.stories()).extracting(Story::title).containsExactly("老街换新颜", "一位老匠人的坚守");
        assertThat(r.stories().get(0).text()).endsWith("热闹起来了。");
    }

    @Test
    void headlinesAboveCreditedLeadsAndUndatedBriefsMixed() {
        PageResult r = read("""
                县人民医院开通夜间门诊

                本报讯（记者 庞立群）6月3日，县人民医院开通夜间门诊。
                每晚开诊至九点。

                高温天气注意防暑

                近期我县持续高温，县疾控中心提醒市民减少午间外出。
                老人和儿童要多喝水。

                夜市开市了

                河湾县城南夜市日前开市，七十余个摊位亮灯迎客。
                """);
        assertThat(r.stories()).extracting(Story::title)
                .containsExactly("县人民医院开通夜间门诊", "高温天气注意防暑", "夜市开市了");
    }

    @Test
    void nearMissASubheadingOnAPageThatPartsParagraphsOrPrintsHeadlinesOnTheirText() {
        PageResult parted = read("""
                白沙镇产业调查

                走进白沙镇，连片的果园一眼望不到边。

                果园里的新农人

                种植大户柏涛告诉记者，他流转了八百亩土地。

                目前，全镇已培育家庭农场六十家。
                """);
        assertThat(parted.stories()).hasSize(1);
        PageResult onText = read("""
                白沙镇产业调查
                走进白沙镇，连片的果园一眼望不到边。
                种植大户柏涛流转了八百亩土地。

                果园里的新农人

                目前，全镇已培育家庭农场六十家。
                """);
        assertThat(onText.stories()).hasSize(1);
        assertThat(onText.stories().getFirst().text()).endsWith("家庭农场六十家。");
    }
}
