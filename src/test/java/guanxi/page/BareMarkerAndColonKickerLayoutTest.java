package guanxi.page;

import guanxi.model.PageResult;
import guanxi.model.Story;
import guanxi.page.PageReads.Seen;
import org.junit.jupiter.api.Test;

import java.util.List;

import static guanxi.page.PageReads.seen;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Other papers' leads and headlines (invented pages): a media centre's marker printed without brackets, a space
 * between it and the report ("河湾融媒讯 6月18日，…"), which opens the story as 本报讯 does; a kicker naming a place or
 * unit that ends on a colon right above its headline ("白沙镇桂竹村："), which is the headline's first half; and a
 * headline wrapped inside quotes, whose halves join without a space.
 */
class BareMarkerAndColonKickerLayoutTest {
    private final PageReader reader = new PageReader();

    private PageResult read(String text) {
        return PageReads.readAccounted(reader, text);
    }

    @Test
    void bareMarkersOpenTheirStories() {
        PageResult r = read("""
                河湾融媒讯 6月18日，河湾县龙舟邀请赛在白沙河开赛，十六支队伍参赛。
                比赛为期两天。
                （记者 庞立群）

                县人民医院开通夜间门诊
                河湾县融媒体中心讯　近日，县人民医院开通夜间门诊，每晚开诊至九点。
                （通讯员 简雨桐 柏涛）

                白沙镇举办农民丰收节
                白沙讯  9月23日上午，白沙镇农民丰收节在镇文化广场开幕，展销农产品六十余种。
                """);
        assertThat(seen(r)).containsExactly(
                new Seen(PageReader.UNTITLED, "06-18", List.of("庞立群")),
                new Seen("县人民医院开通夜间门诊", null, List.of("简雨桐", "柏涛")),
                new Seen("白沙镇举办农民丰收节", "09-23", List.of()));
        assertThat(r.stories().getFirst().text()).startsWith("河湾融媒讯 6月18日").endsWith("比赛为期两天。");
    }

    @Test
    void nearMissAColumnLabelEndingInXunStaysALabel() {
        PageResult r = read("""
                河湾简讯

                6月3日，县供电公司完成城区线路改造。

                6月4日，县图书馆新增图书两千册。
                """);
        assertThat(r.stories()).extracting(Story::date).containsExactly("06-03", "06-04");
        assertThat(r.discarded()).extracting(guanxi.model.NoiseLine::reason).containsExactly("section-label");
    }

    @Test
    void colonKickersAboveTheirHeadlines() {
        PageResult r = read("""
                白沙镇桂竹村：
                荒坡变果园 村民鼓了钱袋子
                本报讯（记者 庞立群）6月16日，记者来到白沙镇桂竹村，满山的果树郁郁葱葱。

                县税务局：
                “便民办税春风行动”启动
                本报讯（通讯员 简雨桐）3月1日，县税务局启动便民办税春风行动。

                河湾县第二中学：
                “双减”之下课后服务更丰富
                3月6日，县第二中学开设课后服务课程四十门。
                """);
        assertThat(r.stories()).extracting(Story::title).containsExactly(
                "白沙镇桂竹村：荒坡变果园 村民鼓了钱袋子", "县税务局：“便民办税春风行动”启动",
                "河湾县第二中学：“双减”之下课后服务更丰富");
        assertThat(r.stories()).extracting(Story::date).containsExactly("06-16", "03-01", "03-06");
    }

    @Test
    void aHeadlineWrappedInsideQuotesJoinsWithoutASpace() {
        PageResult r = read("""
                县医院开展“健康
                进万家”义诊活动
                本报讯（记者 庞立群）6月20日，县人民医院组织专家走进白沙镇开展义诊。

                县图书馆推出《河湾
                记忆》系列讲座
                本报讯（记者 柏涛）6月21日，县图书馆推出地方文化系列讲座。
                """);
        assertThat(r.stories()).extracting(Story::title)
                .containsExactly("县医院开展“健康进万家”义诊活动", "县图书馆推出《河湾记忆》系列讲座");
    }

    @Test
    void nearMissALineEndingOnAColonAboveProseOrAListStaysText() {
        PageResult r = read("""
                县妇联公布“最美家庭”名单
                本报讯（记者 庞立群）6月25日，县妇联公布“最美家庭”名单。名单如下：
                白沙镇：覃国强家庭 柏春兰家庭
                城南街道：简建华家庭
                县妇联号召全县家庭向他们学习。
                """);
        assertThat(r.stories()).extracting(Story::title).containsExactly("县妇联公布“最美家庭”名单");
        assertThat(r.stories().getFirst().text()).contains("白沙镇：覃国强家庭").endsWith("向他们学习。");
    }
}
