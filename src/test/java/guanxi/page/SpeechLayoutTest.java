package guanxi.page;

import guanxi.model.PageResult;
import guanxi.model.Story;
import guanxi.page.PageReads.Seen;
import org.junit.jupiter.api.Test;

import java.util.List;

import static guanxi.page.PageReads.seen;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Speeches and reports printed in full (invented pages): the headline, the speaker's line ("县委书记 邝立群") and the day
 * it was given ("（2024年1月18日）"), then many short paragraphs and numbered headings (一、 （一）). The speaker and the
 * day open the body, the day dating the story; the numbered headings and short paragraphs stay in the one story.
 */
class SpeechLayoutTest {
    private final PageReader reader = new PageReader();

    private PageResult read(String text) {
        return PageReads.readAccounted(reader, text);
    }

    @Test
    void speakerAndBracketedDayUnderTheHeadline() {
        PageResult r = read("""
                在全县乡村振兴工作会议上的讲话
                县委书记 蓝海峰
                （2024年2月26日）

                同志们：

                今天召开会议，主要任务是部署今年的乡村振兴工作。

                一、稳住粮食生产

                全年粮食播种面积稳定在三十万亩以上。

                （一）抓好春耕备耕。

                要确保农资供应充足。

                二、壮大特色产业

                各乡镇要立足资源禀赋，做强茶叶、水果两大产业。

                同志们，让我们真抓实干，奋力推进乡村全面振兴！


                县领导调研春耕生产

                本报讯（记者 卜文清）2月27日，副县长梁若晨到石桥镇调研春耕生产。
                """);
        assertThat(seen(r)).containsExactly(
                new Seen("在全县乡村振兴工作会议上的讲话", "2024-02-26", List.of()),
                new Seen("县领导调研春耕生产", "02-27", List.of("卜文清")));
        assertThat(r.stories().getFirst().text()).startsWith("县委书记 蓝海峰\\n（2024年2月26日）".translateEscapes())
                .contains("二、壮大特色产业").endsWith("乡村全面振兴！");
    }

    @Test
    void reportWithSubtitleAndADatedNoteAfterADash() {
        PageResult r = read("""
                政府工作报告
                ——2024年1月10日在柳江县第十八届人民代表大会第三次会议上
                县人民政府县长 韦立新

                各位代表：

                现在，我代表县人民政府，向大会报告工作，请予审议。

                一、2023年工作回顾

                过去一年，全县地区生产总值增长百分之六点五。
                """);
        assertThat(seen(r)).containsExactly(new Seen("政府工作报告", "2024-01-10", List.of()));
        assertThat(r.stories().getFirst().text()).contains("县人民政府县长 韦立新").endsWith("百分之六点五。");
    }

    @Test
    void dayOnlyUnderAHeadlineAndItsSubtitle() {
        PageResult r = read("""
                凝心聚力谋发展
                ——在县政协十届三次会议闭幕会上的讲话
                （2024年1月12日）

                各位委员：

                县政协十届三次会议圆满完成各项议程，就要闭幕了。

                过去一年，广大政协委员积极建言献策。
                """);
        assertThat(r.stories()).extracting(Story::title).containsExactly("凝心聚力谋发展 ——在县政协十届三次会议闭幕会上的讲话");
        assertThat(r.stories().getFirst().date()).isEqualTo("2024-01-12");
    }

    @Test
    void nearMissABracketedNoteThatIsNoDayAndAHeadlineNamingAnOfficial() {
        PageResult r = read("""
                县委书记蓝海峰带队调研
                重点项目建设
                （图片新闻）

                本报讯 3月6日，县委书记蓝海峰带队调研重点项目建设。
                """);
        assertThat(r.stories()).hasSize(1);
        assertThat(r.stories().getFirst().title()).startsWith("县委书记蓝海峰带队调研 重点项目建设");
        assertThat(r.stories().getFirst().date()).isEqualTo("03-06");
    }
}
