package guanxi.page;

import guanxi.model.PageResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A story OCR'd from a narrow column, its lines hard-wrapped at the column's width (invented pages): a line without
 * sentence end that fills the column runs on into the next line, however short the column, so that no sentence is cut
 * by a line end; and rows of a table printed in a story are never glued, figure to figure, into one line.
 */
class NarrowColumnWrapLayoutTest {
    private final PageReader reader = new PageReader();

    private PageResult read(String text) {
        return PageReads.readAccounted(reader, text);
    }

    @Test
    void aLeadWrappedInANarrowColumn() {
        PageResult r = read("""
                县医院开展义诊活动
                本报讯（记者 庞立群）6月20日，县人民医院组织内科、
                儿科、眼科等科室的二十余名专家走进白沙镇，为群众开展
                义诊活动，免费测量血压、血糖三百余人次，发放健康宣传资
                料一千余份。
                """);
        assertThat(r.stories().getFirst().text()).isEqualTo("本报讯（记者 庞立群）6月20日，县人民医院组织内科、"
                + "儿科、眼科等科室的二十余名专家走进白沙镇，为群众开展义诊活动，免费测量血压、血糖三百余人次，发放健康宣传资"
                + "料一千余份。");
    }

    @Test
    void wrapsAtWordBoundariesAndAfterAFullStopInsideTheLine() {
        PageResult r = read("""
                河湾县电商直播基地揭牌运营
                本报讯（记者 柏涛）6月21日，河湾县电商直播基地在
                县城南工业园揭牌运营。基地设有直播间二十个，已有十八家
                本地企业入驻。
                当天首场直播销售本地农产品八万余元。
                """);
        assertThat(r.stories().getFirst().text()).isEqualTo("本报讯（记者 柏涛）6月21日，河湾县电商直播基地在"
                + "县城南工业园揭牌运营。基地设有直播间二十个，已有十八家本地企业入驻。\n当天首场直播销售本地农产品八万余元。");
    }

    @Test
    void anEvenNarrowerColumnWithFiguresInIt() {
        PageResult r = read("""
                白沙镇夏收过半
                本报讯 6月11日，白沙镇收割小麦2.1万
                亩，占种植面积的百分之五十五，预
                计本周内全部收完。
                """);
        assertThat(r.stories().getFirst().text())
                .isEqualTo("本报讯 6月11日，白沙镇收割小麦2.1万亩，占种植面积的百分之五十五，预计本周内全部收完。");
    }

    @Test
    void nearMissTableRowsKeepTheirLineEndsAndASubheadingWithACommaStandsAlone() {
        PageResult r = read("""
                河湾县重大项目集中开工
                本报讯（记者 简雨桐）6月28日，河湾县举行重大项目集中开工活动，共有四个项目开工。部分项目如下：
                1 河湾县食品产业园二期 河湾县城投公司 12.5
                2 白沙镇农产品冷链物流中心 河湾县恒丰物流有限公司 6.8
                3 县第三中学新校区 县教育局 5.2
                强化要素保障，倒排工期
                县长宣布项目开工。
                """);
        assertThat(r.stories().getFirst().text()).contains("有限公司 6.8\n3 县第三中学", "倒排工期\n县长宣布");
    }
}
