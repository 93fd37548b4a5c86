package guanxi.page;

import guanxi.model.PageResult;
import guanxi.model.Story;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two headline faults of other papers (invented pages): a kicker (引题) that leads into its headline with a dash
 * ("聚焦“两会”——"), which is part of the headline; and a headline of an OCR'd page whose lines were hard-wrapped, right
 * after a full line that ends a sentence, which is a headline, not the rest of the wrapped paragraph.
 */
class KickerAndWrapLayoutTest {
    private final PageReader reader = new PageReader();

    private PageResult read(String text) {
        return PageReads.readAccounted(reader, text);
    }

    @Test
    void kickersEndingOnADashAboveTheirHeadlines() {
        PageResult r = read("""
                聚焦“两会”——
                柳江县人代会隆重开幕

                本报讯 1月8日，柳江县第十八届人民代表大会第四次会议开幕。

                奋战四季度——
                河口镇项目建设掀起热潮

                本报讯 10月9日，河口镇十二个在建项目全面提速。
                """);
        assertThat(r.stories()).extracting(Story::title)
                .containsExactly("聚焦“两会”—— 柳江县人代会隆重开幕", "奋战四季度—— 河口镇项目建设掀起热潮");
    }

    @Test
    void aKickerWithASingleDashAndNoBlankLines() {
        PageResult r = read("""
                县城新增停车位六百个
                本报讯 9月4日，县城新增公共停车位六百个。
                乡村振兴进行时—
                石桥镇百香果喜获丰收
                本报讯 9月5日，石桥镇两千亩百香果进入采摘期。
                """);
        assertThat(r.stories()).extracting(Story::title)
                .containsExactly("县城新增停车位六百个", "乡村振兴进行时— 石桥镇百香果喜获丰收");
    }

    @Test
    void nearMissASentenceBrokenOffAtADashStaysText() {
        PageResult r = read("""
                县城新增停车位六百个
                本报讯 9月4日，县城新增公共停车位六百个，市民纷纷点赞，称这是一件实实在在的好事——
                停车难问题得到缓解
                据了解，明年还将新增停车位四百个。
                """);
        assertThat(r.stories()).hasSize(1);
        assertThat(r.stories().getFirst().text()).contains("好事——");
    }

    @Test
    void headlinesOfAHardWrappedPage() {
        PageResult r = read("""
                柳江县召开优化营商环境推进会
                本报讯（记者 石雨航）11月5日，柳江县召开优
                化营商环境工作推进会，通报前三季度全县营商
                环境评价情况。会议要求，各部门要对照短板逐
                项整改，确保年底前全部整改到位并按期销号。
                河口镇冬修水利全面铺开
                本报讯（通讯员 彭小舟）11月6日，记者在河口镇
                看到，挖掘机正在清理渠道淤泥，村民们忙着修
                补渠堤。全镇计划整治渠道二十公里，新建山塘。
                城区新增两条公交线路
                本报讯 11月7日，城区新开通的两条公交线路正
                式运营，串联起城南新区和高铁站等重要站点。
                """);
        assertThat(r.stories()).extracting(Story::title)
                .containsExactly("柳江县召开优化营商环境推进会", "河口镇冬修水利全面铺开", "城区新增两条公交线路");
        assertThat(r.stories().getFirst().text()).endsWith("按期销号。");
    }

    @Test
    void nearMissAWrappedParagraphWhoseNextLineStartsANewSentenceStaysWhole() {
        PageResult r = read("""
                柳江县召开优化营商环境推进会
                本报讯（记者 石雨航）11月5日，柳江县召开优
                化营商环境工作推进会，通报全县营商环境评价
                情况。会议要求，各部门要对照短板逐项整改。
                县长韦立新出席会议并讲话，强调要持续发力。
                """);
        assertThat(r.stories()).hasSize(1);
        assertThat(r.stories().getFirst().text()).endsWith("强调要持续发力。");
    }
}
