package guanxi.page;

import guanxi.model.PageResult;
import guanxi.model.Story;
import guanxi.page.PageReads.Seen;
import org.junit.jupiter.api.Test;

import java.util.List;

import static guanxi.page.PageReads.seen;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Briefs whose headline is printed at the head of the lead's own line, set off by a wide space (invented pages):
 * "县总工会慰问一线职工　6月4日，县总工会…。". The head is the story's headline and the rest its lead.
 */
class InlineHeadlineLayoutTest {
    private final PageReader reader = new PageReader();

    private PageResult read(String text) {
        return PageReads.readAccounted(reader, text);
    }

    @Test
    void headlinesSetOffByAnIdeographicSpace() {
        PageResult r = read("""
                简讯

                县消防救援大队开展消防演练　6月3日，县消防救援大队在县人民医院开展应急演练，二百余人参加。

                县总工会慰问一线职工　6月4日，县总工会深入建筑工地，为一线职工送去防暑物资。
                """);
        assertThat(seen(r)).containsExactly(
                new Seen("县消防救援大队开展消防演练", "06-03", List.of()),
                new Seen("县总工会慰问一线职工", "06-04", List.of()));
        assertThat(r.stories().get(1).text()).isEqualTo("6月4日，县总工会深入建筑工地，为一线职工送去防暑物资。");
    }

    @Test
    void headlinesSetOffByTwoSpacesWithoutBlankLines() {
        PageResult r = read("""
                石桥镇开展防溺水宣传  7月2日，石桥镇组织志愿者在河道沿线开展防溺水宣传。
                县税务局举办纳税人学堂  7月3日，县税务局举办新办纳税人培训，八十余户企业参加。
                """);
        assertThat(r.stories()).extracting(Story::title).containsExactly("石桥镇开展防溺水宣传", "县税务局举办纳税人学堂");
        assertThat(r.stories()).extracting(Story::date).containsExactly("07-02", "07-03");
    }

    @Test
    void aHeadlineBeforeALeadMarkerAndOneSpaceBeforeADate() {
        PageResult r = read("""
                城区新增充电桩八十个　本报讯（通讯员 彭小舟）7月5日，城区新建成公共充电桩八十个。

                县医院开通夜间门诊 7月6日，县人民医院开通夜间门诊，服务时间延长至晚上九点。
                """);
        assertThat(seen(r)).containsExactly(
                new Seen("城区新增充电桩八十个", "07-05", List.of("彭小舟")),
                new Seen("县医院开通夜间门诊", "07-06", List.of()));
    }

    @Test
    void nearMissAHeadlineWithItsDateAndABodyLineWithASpaceStayWhole() {
        PageResult r = read("""
                县人大常委会举行第十五次会议　2024年3月5日

                本报讯 3月5日，县人大常委会举行第十五次会议。全县 3月份将完成春播面积五万亩。
                """);
        assertThat(r.stories()).extracting(Story::title).containsExactly("县人大常委会举行第十五次会议　2024年3月5日");
        assertThat(r.stories().getFirst().text()).endsWith("3月份将完成春播面积五万亩。");
    }
}
