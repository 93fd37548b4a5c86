package guanxi.page;

import guanxi.model.NoiseLine;
import guanxi.model.PageResult;
import guanxi.page.PageReads.Seen;
import org.junit.jupiter.api.Test;

import java.util.List;

import static guanxi.page.PageReads.seen;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * More of what websites print around a story (invented pages): the title twice (the page's title above its own
 * headline), the publishing data in black brackets (【来源：…】【作者：…】【时间：…】), and a list of links to other stories
 * under a label (相关新闻, 推荐阅读). The repeat and the links are set aside; the author field is the byline.
 */
class WebListingLayoutTest {
    private final PageReader reader = new PageReader();

    private PageResult read(String text) {
        return PageReads.readAccounted(reader, text);
    }

    @Test
    void repeatedTitleBracketedFieldsAndRelatedLinks() {
        PageResult r = read("""
                柳江县举办第六届农民运动会
                柳江县举办第六届农民运动会
                【来源：柳江县融媒体中心】【作者：石雨航】【时间：2024-10-21】
                10月20日，柳江县第六届农民运动会开幕，六百余名农民运动员参加比赛。
                本届运动会设置八个项目。
                相关新闻
                · 柳江县举办首届乡村篮球联赛
                · 河口镇举办农民丰收节
                """);
        assertThat(seen(r)).containsExactly(new Seen("柳江县举办第六届农民运动会", "2024-10-20", List.of("石雨航")));
        assertThat(r.discarded()).extracting(NoiseLine::reason)
                .containsExactly("repeated-line", "web-meta", "web-links", "web-links", "web-links");
    }

    @Test
    void recommendedReadingInBracketsWithLinksWithoutBullets() {
        PageResult r = read("""
                石桥镇开展防溺水宣传
                发布时间：2024-07-02 10:00  来源：石桥镇人民政府
                7月2日，石桥镇组织志愿者在河道沿线开展防溺水宣传。
                【推荐阅读】
                县税务局举办纳税人学堂
                县医院开通夜间门诊
                """);
        assertThat(seen(r)).containsExactly(new Seen("石桥镇开展防溺水宣传", "2024-07-02", List.of()));
        assertThat(r.stories().getFirst().text()).endsWith("防溺水宣传。");
    }

    @Test
    void twoStoriesEachWithRepeatedTitleAndLinks() {
        PageResult r = read("""
                县医院开通夜间门诊
                县医院开通夜间门诊
                7月6日，县人民医院开通夜间门诊，服务时间延长至晚上九点。
                延伸阅读：
                · 县中医院新院区启用

                城区新增充电桩八十个
                城区新增充电桩八十个
                7月5日，城区新建成公共充电桩八十个。
                """);
        assertThat(seen(r)).extracting(Seen::title).containsExactly("县医院开通夜间门诊", "城区新增充电桩八十个");
    }

    @Test
    void nearMissASentenceAfterTheLabelAndAKickerThatDiffersStayText() {
        PageResult r = read("""
                柳江县举办农民运动会
                柳江县第六届农民运动会开幕
                10月20日，柳江县第六届农民运动会开幕。
                相关新闻
                据悉，本届运动会为期两天。
                """);
        assertThat(r.stories()).extracting(guanxi.model.Story::title).containsExactly("柳江县举办农民运动会 柳江县第六届农民运动会开幕");
        assertThat(r.stories().getFirst().text()).endsWith("为期两天。");
    }
}
