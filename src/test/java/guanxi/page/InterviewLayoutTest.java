package guanxi.page;

import guanxi.model.PageResult;
import guanxi.model.Story;
import guanxi.page.PageReads.Seen;
import org.junit.jupiter.api.Test;

import java.util.List;

import static guanxi.page.PageReads.seen;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Interviews printed as turns (invented pages): "记者：…？" and the answer "韦春兰：…。", or "问：" and "答：". A short
 * question ending in ？ looks like a headline; with two speakers taking turns on the page, each turn is the
 * interview's text. One label opening two headlines ("石桥镇：…") is no dialogue.
 */
class InterviewLayoutTest {
    private final PageReader reader = new PageReader();

    private PageResult read(String text) {
        return PageReads.readAccounted(reader, text);
    }

    @Test
    void reporterAndOfficialTakeTurnsBelowAByline() {
        PageResult r = read("""
                让企业办事更省心
                ——访县营商环境服务中心主任梁秀云

                本报记者 卜文清

                记者：今年以来，中心在优化服务方面有哪些新举措？

                梁秀云：我们把企业开办等十五个事项整合到一个窗口办理。

                记者：下一步还有什么打算？

                梁秀云：我们将在各乡镇设立企业服务站。


                柳江县启动秋季征兵体检

                本报讯（通讯员 彭小舟）8月20日，柳江县秋季征兵体检工作启动。
                """);
        assertThat(seen(r)).containsExactly(
                new Seen("让企业办事更省心 ——访县营商环境服务中心主任梁秀云", null, List.of("卜文清")),
                new Seen("柳江县启动秋季征兵体检", "08-20", List.of("彭小舟")));
        assertThat(r.stories().getFirst().text()).startsWith("记者：今年以来").endsWith("企业服务站。");
    }

    @Test
    void askedAndAnsweredWithoutBlankLines() {
        PageResult r = read("""
                防汛知识问答
                问：遇到暴雨天气，行人应注意什么？
                答：尽量避免外出，不要在低洼地带停留。
                问：车辆在积水路段熄火怎么办？
                答：不要再次启动发动机，应尽快离开车辆。
                """);
        assertThat(r.stories()).extracting(Story::title).containsExactly("防汛知识问答");
        assertThat(r.stories().getFirst().text()).startsWith("问：遇到暴雨天气").endsWith("尽快离开车辆。");
    }

    @Test
    void aHostAndTwoGuestsOfATalkShow() {
        PageResult r = read("""
                “村播”带火山货

                主持人：今天我们请来两位村播达人。你们是怎么走上直播路的？

                黄小梅：一开始就是想帮村里卖橙子。

                主持人：直播给村里带来了哪些变化？

                蒙志远：去年全村通过直播卖出农产品三百多万元。

                黄小梅：年轻人也愿意回村了。
                """);
        assertThat(r.stories()).hasSize(1);
        assertThat(r.stories().getFirst().text()).contains("主持人：直播给村里带来了哪些变化？").endsWith("愿意回村了。");
    }

    @Test
    void nearMissTwoHeadlinesOpeningWithTheSameTownAreStillHeadlines() {
        PageResult r = read("""
                石桥镇：茶园管护正当时

                5月6日，石桥镇组织农技人员深入茶园指导夏季管护。


                石桥镇：防溺水宣传进校园

                5月7日，石桥镇在中心小学开展防溺水安全教育。
                """);
        assertThat(r.stories()).extracting(Story::title).containsExactly("石桥镇：茶园管护正当时", "石桥镇：防溺水宣传进校园");
    }
}
