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
 * A front page's masthead and marks set into the text (invented pages): the paper's name, its Latin name, the lunar
 * date and the issue number above the stories are page furniture (and the dated line among them dates every story);
 * a running head with the paper's Latin name is furniture too; a jump mark glued after a paragraph's last sentence
 * ("…。（下转第2版）") is set aside; and a headline's second line that
 * reads as a name ("揭牌运营") above a lead crediting its own reporters stays part of the headline.
 */
class MastheadAndGluedMarksLayoutTest {
    private final PageReader reader = new PageReader();

    private PageResult read(String text) {
        return PageReads.readAccounted(reader, text);
    }

    @Test
    void aMastheadAboveTheStoriesIsFurnitureAndDatesThem() {
        PageResult r = read("""
                河湾日报
                HEWAN RIBAO
                2025年6月12日 星期四
                农历乙巳年五月十七
                第3120期 今日8版

                县城第二水厂完成扩容改造
                6月10日，县城第二水厂扩容改造工程通过竣工验收。
                """);
        assertThat(seen(r)).containsExactly(new Seen("县城第二水厂完成扩容改造", "2025-06-10", List.of()));
        assertThat(r.discarded()).hasSize(5);
    }

    @Test
    void runningHeadsWithTheLatinNameAreFurniture() {
        PageResult r = read("""
                综合新闻 HEWAN DAILY
                白沙镇开展防汛演练
                本报讯（记者 柏涛）6月2日，白沙镇开展防汛应急演练。

                HEWAN DAILY 社会·民生
                县图书馆开展少儿阅读活动
                本报讯（记者 简雨桐）6月3日，县图书馆开展少儿阅读活动。

                要闻 HEWAN RIBAO
                县委召开常委会议
                本报讯（记者 庞立群）6月4日，县委召开常委会议。
                """);
        assertThat(r.stories()).extracting(Story::title)
                .containsExactly("白沙镇开展防汛演练", "县图书馆开展少儿阅读活动", "县委召开常委会议");
        assertThat(r.discarded()).extracting(NoiseLine::reason).containsOnly("page-furniture");
    }

    @Test
    void nearMissAHeadlineWithLatinLettersStaysAHeadline() {
        PageResult r = read("""
                河湾县 5G 基站突破千座
                本报讯（记者 柏涛）7月7日，河湾县第一千座5G基站开通。
                """);
        assertThat(r.stories()).extracting(Story::title).containsExactly("河湾县 5G 基站突破千座");
        assertThat(r.discarded()).isEmpty();
    }

    @Test
    void jumpMarksGluedAfterTheLastSentenceAreSetAside() {
        PageResult r = read("""
                县长要求帮助企业解决难题
                本报讯（记者 庞立群）6月11日，县长在会上要求各单位帮助企业解决用地、用工等难题。（下转第2版）

                图为村民在晾晒新麦。柏涛 摄

                白沙镇夏收进度过半
                本报讯（记者 简雨桐）6月11日，白沙镇已收割小麦两万亩。（转第3版）
                县道改造工程完工
                本报讯（记者 柏涛）6月12日，县道改造工程完工。 （下转A4版）
                """);
        assertThat(r.stories()).extracting(Story::title).contains("县长要求帮助企业解决难题", "白沙镇夏收进度过半",
                "县道改造工程完工");
        // The caption below the story is its photo's, as on any page; the jump mark no longer stands between them.
        assertThat(r.stories().getFirst().text()).endsWith("用工等难题。\n图为村民在晾晒新麦。");
        assertThat(r.stories()).extracting(Story::text).noneMatch(t -> t.contains("转"));
        assertThat(r.discarded()).extracting(NoiseLine::reason).containsOnly("jump-line");
    }

    @Test
    void nearMissABracketAfterASentenceNamingAPageStaysText() {
        PageResult r = read("""
                县志办征集老照片
                本报讯（记者 庞立群）6月5日，县志办征集老照片。（详见第2版专题）
                """);
        assertThat(r.stories().getFirst().text()).endsWith("（详见第2版专题）");
        assertThat(r.discarded()).isEmpty();
    }

    @Test
    void aNameShapedSecondHeadlineLineAboveACreditedLead() {
        PageResult r = read("""
                河湾县电商直播基地
                揭牌运营
                本报讯（记者 柏涛）6月21日，河湾县电商直播基地揭牌运营。

                白沙河防洪堤
                江堤加固
                本报讯（通讯员 简雨桐）6月22日，白沙河防洪堤加固工程完工。

                城区夏季用电
                高温补贴
                本报讯（记者 庞立群 柏涛）6月23日，县供电公司发放高温补贴。
                """);
        assertThat(seen(r)).containsExactly(
                new Seen("河湾县电商直播基地 揭牌运营", "06-21", List.of("柏涛")),
                new Seen("白沙河防洪堤 江堤加固", "06-22", List.of("简雨桐")),
                new Seen("城区夏季用电 高温补贴", "06-23", List.of("庞立群", "柏涛")));
    }

    @Test
    void nearMissANamesLineAboveALeadWithoutCreditOrWithTheSameNamesStaysAByline() {
        PageResult r = read("""
                河湾县电商直播基地揭牌运营
                柏涛 简雨桐
                本报讯 6月21日，河湾县电商直播基地揭牌运营。

                白沙河防洪堤加固工程完工
                庞立群
                本报讯（记者 庞立群）6月22日，白沙河防洪堤加固工程完工。
                """);
        assertThat(seen(r)).containsExactly(
                new Seen("河湾县电商直播基地揭牌运营", "06-21", List.of("柏涛", "简雨桐")),
                new Seen("白沙河防洪堤加固工程完工", "06-22", List.of("庞立群")));
    }
}
