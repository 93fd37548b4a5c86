package guanxi.page;

import guanxi.model.PageResult;
import guanxi.model.Story;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A column of bulleted briefs, each signed at its end ("…。（侯雪梅）"), most opening with a day or 近日 (invented
 * pages): an item below a signed item is a story of its own even when its first words are no date ("● 连日来，…",
 * "● 县文化馆…"). Bulleted points of one story, not briefs (few of them dated), stay in it, signed or not.
 */
class SignedBriefItemsLayoutTest {
    private final PageReader reader = new PageReader();

    private PageResult read(String text) {
        return PageReads.readAccounted(reader, text);
    }

    @Test
    void anUndatedItemBelowASignedOne() {
        PageResult r = read("""
                ● 日前，县农业农村局组织农技人员指导农户防治水稻病虫害。（柏涛）

                ● 近日，县文化馆“非遗进校园”活动走进县第二小学。（简雨桐）

                ● 连日来，县交通运输局对县乡道路开展汛期安全隐患排查。（庞立群）

                ● 近期，河湾县第一批“银龄讲师”上岗。（柏涛）
                """);
        assertThat(r.stories()).extracting(Story::reporters).containsExactly(List.of("柏涛"), List.of("简雨桐"),
                List.of("庞立群"), List.of("柏涛"));
        assertThat(r.stories().get(2).text()).endsWith("隐患排查。");
    }

    @Test
    void itemsWithoutBlankLinesAndOtherMarks() {
        PageResult r = read("""
                ◆ 6月3日，县供电公司完成城区线路改造。（通讯员 柏涛）
                ◆ 为丰富群众文化生活，县文化馆举办广场舞比赛。（简雨桐）
                ◆ 6月5日，县图书馆新增图书两千册。（庞立群）
                """);
        assertThat(r.stories()).hasSize(3);
        assertThat(r.stories().get(1).text()).startsWith("◆ 为丰富").endsWith("广场舞比赛。");
    }

    @Test
    void squareBulletsWithTownsOpeningTheItems() {
        PageResult r = read("""
                ■ 6月10日，白沙镇开展防汛演练，二百余人参加。（柏涛）
                ■ 县税务局推出“税企直通车”服务，为企业解读政策。（简雨桐）
                ■ 白沙镇桂竹村举办首届荷花节。（庞立群）
                ■ 6月12日，县人民医院开展义诊活动。（柏涛）
                """);
        assertThat(r.stories()).extracting(Story::date).containsExactly("06-10", null, null, "06-12");
    }

    @Test
    void nearMissPointsOfOneStoryWithAWriterInTheirMidstStayInIt() {
        PageResult r = read("""
                县市场监管局一季度执法成效明显
                本报讯（记者 柏涛）4月2日，县市场监管局通报一季度执法情况。
                ● 开展春节前食品安全专项检查，检查经营主体四百二十家。
                ● 联合教育部门对学校食堂开展检查。（柏涛）
                ● 开展消费维权宣传，受理投诉六十余件。
                """);
        assertThat(r.stories()).hasSize(1);
        assertThat(r.stories().getFirst().text()).endsWith("受理投诉六十余件。");
    }
}
