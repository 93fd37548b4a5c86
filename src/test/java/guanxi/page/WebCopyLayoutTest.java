package guanxi.page;

import guanxi.model.NoiseLine;
import guanxi.model.PageResult;
import guanxi.page.PageReads.Seen;
import org.junit.jupiter.api.Test;

import java.util.List;

import static guanxi.page.PageReads.seen;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages copied from a paper's or a county media centre's website (invented): a breadcrumb above the headline, a
 * publishing line under it (发布时间：… 来源：… 作者：…), font-size, print and share controls, 上一篇/下一篇 links.
 * The controls are set aside; the publishing line's author is the byline and its date gives the story its year.
 */
class WebCopyLayoutTest {
    private final PageReader reader = new PageReader();

    private PageResult read(String text) {
        return PageReads.readAccounted(reader, text);
    }

    @Test
    void publishingLineUnderTheHeadlineGivesBylineAndYear() {
        PageResult r = read("""
                首页 > 新闻中心 > 本地要闻
                丰源县召开2024年防汛抗旱工作会议
                发布时间：2024-05-12 09:30  来源：丰源县融媒体中心  作者：柯立新
                【字体：大 中 小】  打印  分享到：
                5月11日上午，丰源县召开防汛抗旱工作会议，全面部署今年防汛工作。县长韩东明出席会议并讲话。
                会议通报了去年防汛工作情况。
                责任编辑：孙佳
                上一篇：丰源县开展春季义务植树活动
                下一篇：我县举办农民丰收节筹备会
                """);
        assertThat(seen(r)).containsExactly(new Seen("丰源县召开2024年防汛抗旱工作会议", "2024-05-11", List.of("柯立新")));
        assertThat(r.stories().getFirst().text()).startsWith("5月11日上午").endsWith("去年防汛工作情况。");
        assertThat(r.discarded()).extracting(NoiseLine::line, NoiseLine::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "web-navigation"),
                org.assertj.core.groups.Tuple.tuple(3, "web-meta"),
                org.assertj.core.groups.Tuple.tuple(4, "web-furniture"),
                org.assertj.core.groups.Tuple.tuple(7, "editor-credit"),
                org.assertj.core.groups.Tuple.tuple(8, "web-navigation"),
                org.assertj.core.groups.Tuple.tuple(9, "web-navigation"));
    }

    @Test
    void publishingLineWithoutAuthorAndWithTheDateFirst() {
        PageResult r = read("""
                当前位置：首页 > 乡镇动态
                石溪镇：党建引领激活乡村振兴新动能
                2024-06-03 16:21  来源：石溪镇人民政府  浏览次数：326
                字号：大 中 小 | 打印 | 关闭
                近年来，石溪镇坚持党建引领，把支部建在产业链上，全镇村集体经济收入全部超过10万元。
                6月2日，记者走进龙湾村，合作社的菌菇大棚里一派繁忙景象。村党支部书记邵建国介绍，去年合作社带动120户群众增收。
                石溪镇党委书记贺春林表示，下一步将继续推广“支部+合作社+农户”模式。
                （文/图 钱晓雯）
                分享到：微信 微博 QQ空间
                """);
        // The lead states no day: the dated paragraph below it is the same story, whatever words it shares.
        assertThat(seen(r)).containsExactly(new Seen("石溪镇：党建引领激活乡村振兴新动能", null, List.of("钱晓雯")));
        assertThat(r.discarded()).extracting(NoiseLine::reason)
                .containsExactly("web-navigation", "web-meta", "web-furniture", "web-furniture");
    }

    @Test
    void authorFieldWithRolesAndAChineseDateLater() {
        PageResult r = read("""
                南湖街道开展夏季消防安全检查
                来源：南湖日报 | 作者：记者 魏明轩 通讯员 鲁小红 | 时间：2023年11月02日 10:15
                10月31日，南湖街道组织安监、消防人员对辖区32家沿街商铺开展消防安全检查。
                检查中发现隐患9处，已全部督促整改。
                """);
        assertThat(seen(r)).containsExactly(new Seen("南湖街道开展夏季消防安全检查", "2023-10-31", List.of("魏明轩", "鲁小红")));
        assertThat(r.discarded()).extracting(NoiseLine::reason).containsExactly("web-meta");
    }

    @Test
    void issueDateJustAfterNewYearGivesADecemberStoryTheYearBefore() {
        PageResult r = read("""
                青禾县召开年终工作总结会
                发布时间：2024-01-05 08:00  来源：青禾县融媒体中心
                12月30日，青禾县召开年终工作总结会，总结全年各项工作。
                """);
        assertThat(seen(r)).containsExactly(new Seen("青禾县召开年终工作总结会", "2023-12-30", List.of()));
    }

    @Test
    void dateLineUnderOneHeadlineGivesOnlyThatStoryItsYear() {
        PageResult r = read("""
                全县夏粮收购工作会议召开

                6月20日，全县夏粮收购工作会议召开，部署夏粮收购工作。


                乐平镇举办农民运动会
                2022-05-12
                5月8日，乐平镇第三届农民运动会开幕，12个村的队伍参赛。
                """);
        assertThat(seen(r)).containsExactly(new Seen("全县夏粮收购工作会议召开", "06-20", List.of()),
                new Seen("乐平镇举办农民运动会", "2022-05-08", List.of()));
        assertThat(r.discarded()).extracting(NoiseLine::reason).containsExactly("page-furniture");
    }

    @Test
    void pageHeaderDateWithItsWeekdayGivesEveryStoryItsYear() {
        PageResult r = read("""
                2024年7月5日 星期五

                白溪镇万亩蓝莓喜获丰收

                7月3日，走进白溪镇蓝莓种植基地，成片的蓝莓挂满枝头。


                县人大常委会开展食品安全执法检查

                6月28日，县人大常委会副主任梁文华带队开展执法检查。
                """);
        assertThat(seen(r)).extracting(Seen::date).containsExactly("2024-07-03", "2024-06-28");
    }

    @Test
    void nearMissFieldsInsideProseAndAHeadlineWithATimeStayText() {
        PageResult r = read("""
                县财政下达春耕补贴资金
                3月5日，县财政局下达春耕补贴资金800万元，资金来源：省级财政专项，发放时间：3月底前。
                记者：许文静
                """);
        assertThat(seen(r)).containsExactly(new Seen("县财政下达春耕补贴资金", "03-05", List.of("许文静")));
        assertThat(r.stories().getFirst().text()).contains("资金来源：省级财政专项，发放时间：3月底前。");
        assertThat(r.discarded()).isEmpty();
    }

    @Test
    void countersQrPromptsAndBracketedControlsAreSetAside() {
        PageResult r = read("""
                金山镇开展森林防火演练
                【来源：金山镇人民政府 | 发布日期：2025-03-12 】
                浏览次数：1024
                3月11日，金山镇组织开展森林防火应急演练，80余名扑火队员参加。
                扫一扫在手机打开当前页
                【我要打印】【关闭窗口】
                """);
        assertThat(seen(r)).containsExactly(new Seen("金山镇开展森林防火演练", "2025-03-11", List.of()));
        assertThat(r.discarded()).extracting(NoiseLine::reason)
                .containsExactly("web-meta", "web-meta", "web-furniture", "web-furniture");
    }

    @Test
    void nearMissAStoryAskingReadersToScanACodeKeepsThatSentence() {
        PageResult r = read("""
                县人社局开展线上招聘
                4月2日，县人社局开展线上招聘活动，求职者扫一扫二维码即可报名。
                """);
        assertThat(r.stories().getFirst().text()).endsWith("扫一扫二维码即可报名。");
        assertThat(r.discarded()).isEmpty();
    }
}
