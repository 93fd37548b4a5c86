package guanxi.page;

import guanxi.model.PageResult;
import guanxi.model.Story;
import guanxi.page.PageReads.Seen;
import org.junit.jupiter.api.Test;

import java.util.List;

import static guanxi.page.PageReads.seen;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Columns pasted out of order (invented pages): a story breaks off mid-sentence ("…预计") and its rest is printed below
 * another story, after a blank line wider than that story's own paragraphs have between them. The rest goes back to
 * the story it finishes, even when it opens with a whole word ("6月底前建成通车。…") rather than mid-sentence.
 */
class ColumnsOutOfOrderLayoutTest {
    private final PageReader reader = new PageReader();

    private PageResult read(String text) {
        return PageReads.readAccounted(reader, text);
    }

    @Test
    void theRestOfAStoryPrintedBelowTheNextOne() {
        PageResult r = read("""
                城北新区路网建设提速

                本报讯（记者 石雨航）5月8日，记者在城北新区纬三路施工现场看到，压路机、摊铺机来回穿梭。
                据项目负责人介绍，纬三路全长二点四公里，设计为双向六车道，目前已完成总工程量的百分之七十，预计

                县青年创业大赛决赛举行

                本报讯（记者 农佳怡）5月9日，县第二届青年创业大赛决赛在县会展中心举行，十二个项目同台比拼。
                经过角逐，“竹编电商”项目获得一等奖。

                6月底前建成通车。此外，城北新区今年还将实施五条道路建设。
                县住建局相关负责人表示，路网建成后将缓解城区交通压力。
                """);
        assertThat(seen(r)).containsExactly(
                new Seen("城北新区路网建设提速", "05-08", List.of("石雨航")),
                new Seen("县青年创业大赛决赛举行", "05-09", List.of("农佳怡")));
        assertThat(r.stories().getFirst().text()).contains("预计6月底前建成通车。").endsWith("缓解城区交通压力。");
        assertThat(r.stories().get(1).text()).endsWith("获得一等奖。");
    }

    @Test
    void theRestAfterTwoBlankLinesOnAPageThatPartsParagraphsWithOne() {
        PageResult r = read("""
                河口镇新建三座便民桥

                9月2日，河口镇三座便民桥同时开工建设。

                据了解，三座桥梁总投资六百万元，全部建成后将解决沿河四个村群众的出行难题，工程计划


                县老年大学秋季开学

                9月3日，县老年大学秋季学期开学，新设书法、摄影、智能手机应用等课程。

                今年秋季共招收学员六百余名。


                在年底前全部完工。镇里还将同步实施沿河道路硬化工程。
                """);
        assertThat(r.stories()).extracting(Story::title).containsExactly("河口镇新建三座便民桥", "县老年大学秋季开学");
        assertThat(r.stories().getFirst().text()).contains("工程计划在年底前全部完工。").endsWith("道路硬化工程。");
        assertThat(r.stories().get(1).text()).endsWith("六百余名。");
    }

    @Test
    void theRestPrintedInsideTheStoryAbove() {
        PageResult r = read("""
                县中医院新院区启用

                本报讯（记者 石雨航）10月8日，县中医院新院区正式启用，开放床位五百张。
                新院区设有康复、针灸等十八个临床科室。

                二期工程将于明年开工。该项目建成后将新增养老床位三百张。

                县医养结合中心项目签约

                本报讯（记者 农佳怡）10月9日，县医养结合中心项目签约仪式举行。
                项目总投资二点六亿元，由县中医院与一家养老企业合作建设，其中一期工程已经完成主体施工，
                """);
        assertThat(r.stories()).extracting(Story::title).containsExactly("县中医院新院区启用", "县医养结合中心项目签约");
        assertThat(r.stories().getFirst().text()).endsWith("开放床位五百张。\\n新院区设有康复、针灸等十八个临床科室。".translateEscapes());
        assertThat(r.stories().get(1).text()).contains("主体施工，二期工程将于明年开工。").endsWith("养老床位三百张。");
    }

    @Test
    void nearMissAStoryCutOffAtThePageFootKeepsItsNeighboursParagraphs() {
        PageResult r = read("""
                县图书馆分馆开放

                10月12日，县图书馆第五家城市书房在滨河社区开放。

                书房藏书八千余册，全天候免费开放。

                市民可刷身份证自助借阅。


                县水库除险加固完工

                10月13日，县柳塘水库除险加固工程通过验收。该工程总投资一千二百万元，完成了大坝防渗、溢洪道改造等建设内容，
                """);
        assertThat(r.stories()).extracting(Story::title).containsExactly("县图书馆分馆开放", "县水库除险加固完工");
        assertThat(r.stories().getFirst().text()).endsWith("自助借阅。");
    }
}
