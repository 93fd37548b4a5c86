package guanxi.page;

import guanxi.model.PageResult;
import guanxi.page.PageReads.Seen;
import org.junit.jupiter.api.Test;

import java.util.List;

import static guanxi.page.PageReads.seen;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Papers that print the lead marker and its credit alone on a line, the report starting on the next (invented pages):
 * "本报讯（记者 韦思成）" / "5月21日，…". The report's first paragraph dates the story as the lead's own text would.
 */
class LeadMarkerAloneLayoutTest {
    private final PageReader reader = new PageReader();

    private PageResult read(String text) {
        return PageReads.readAccounted(reader, text);
    }

    @Test
    void creditedMarkersAloneOnTheirLines() {
        PageResult r = read("""
                县医保局开展政策宣传进社区活动
                本报讯（记者 石雨航）
                5月21日，县医保局在城南社区开展医保政策宣传活动。

                河口镇开展汛前隐患排查
                本报讯（通讯员 彭小舟）
                5月22日，河口镇组织技术人员对十八处隐患点开展排查。
                """);
        assertThat(seen(r)).containsExactly(
                new Seen("县医保局开展政策宣传进社区活动", "05-21", List.of("石雨航")),
                new Seen("河口镇开展汛前隐患排查", "05-22", List.of("彭小舟")));
    }

    @Test
    void aMediaCentreMarkerInBlackBracketsAlone() {
        PageResult r = read("""
                柳江县启动全民阅读月
                【柳江县融媒体中心讯】
                4月23日上午，柳江县全民阅读月活动在县图书馆启动。
                """);
        assertThat(seen(r)).containsExactly(new Seen("柳江县启动全民阅读月", "04-23", List.of()));
    }

    @Test
    void aBareMarkerAlone() {
        PageResult r = read("""
                县城新增公共停车位
                本报讯
                6月3日上午，县城新建成的三处公共停车场投入使用。
                """);
        assertThat(r.stories().getFirst().date()).isEqualTo("06-03");
    }

    @Test
    void nearMissALeadWithItsOwnTextIsNotDatedByTheParagraphBelow() {
        PageResult r = read("""
                县城新增公共停车位
                本报讯（记者 石雨航）近日，县城新建成三处公共停车场。
                5月3日，首个停车场已试运行。
                """);
        assertThat(seen(r)).containsExactly(new Seen("县城新增公共停车位", null, List.of("石雨航")));
    }
}
