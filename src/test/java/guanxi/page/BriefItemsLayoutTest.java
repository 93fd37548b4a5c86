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
 * Columns of brief news (简讯, 快讯; invented pages): each item a paragraph behind a bullet mark (▲, ●, ◆, ■), opening
 * as a lead does (its date, 近日 …), often signed in brackets at its end. Each item is a story of its own, without
 * headline; the column's label is set aside.
 */
class BriefItemsLayoutTest {
    private final PageReader reader = new PageReader();

    private PageResult read(String text) {
        return PageReads.readAccounted(reader, text);
    }

    @Test
    void eachBulletedItemIsAStoryWithItsDateAndSignature() {
        PageResult r = read("""
                县域简讯

                ▲4月8日，县市场监管局开展节前食品安全专项检查，共检查商超、餐饮单位21家。
                ▲4月9日，县消防救援大队走进城关小学开展消防疏散演练，600余名师生参加。
                ▲近日，县图书馆新增自助借还设备5台，读者可凭身份证自助办理借还手续。（罗静）
                """);
        assertThat(seen(r)).containsExactly(new Seen(PageReader.UNTITLED, "04-08", List.of()),
                new Seen(PageReader.UNTITLED, "04-09", List.of()), new Seen(PageReader.UNTITLED, null, List.of("罗静")));
        assertThat(r.stories().get(2).text()).isEqualTo("▲近日，县图书馆新增自助借还设备5台，读者可凭身份证自助办理借还手续。");
        assertThat(r.discarded()).extracting(NoiseLine::reason).containsExactly("section-label");
    }

    @Test
    void itemsBelowAStoryAndBetweenBlankLinesWithOtherMarks() {
        PageResult r = read("""
                全县春耕生产现场会召开

                本报讯 4月6日，全县春耕生产现场会在河口镇召开。

                快讯

                ◆ 4月10日，县农业农村局组织农技人员深入田间地头，指导农户开展春耕生产。

                ◆ 4月11日，县人社局举办春季招聘会，52家企业提供岗位1800余个。（通讯员 熊丹）

                ● 昨日，县供电公司对城区12条线路开展迎峰度夏巡检。
                """);
        assertThat(seen(r)).containsExactly(new Seen("全县春耕生产现场会召开", "04-06", List.of()),
                new Seen(PageReader.UNTITLED, "04-10", List.of()), new Seen(PageReader.UNTITLED, "04-11", List.of("熊丹")),
                new Seen(PageReader.UNTITLED, null, List.of()));
    }

    @Test
    void aBulletedItemRightBelowAHeadlineIsThatHeadlinesLead() {
        PageResult r = read("""
                我县开展安全生产大检查
                ■6月3日，县安委会组织开展安全生产大检查，检查企业36家。
                检查组要求企业落实主体责任。
                """);
        assertThat(seen(r)).containsExactly(new Seen("我县开展安全生产大检查", "06-03", List.of()));
        assertThat(r.stories().getFirst().text()).endsWith("落实主体责任。");
    }

    @Test
    void nearMissBulletedPointsInsideAStoryAndACaptionStayWhereThePagePutsThem() {
        PageResult r = read("""
                全县安全生产工作会议召开

                本报讯 5月9日，全县安全生产工作会议召开。会议要求：

                ●要压实企业主体责任，开展隐患排查整治。

                ●要加强应急值守，确保信息畅通。

                ▲ 会议现场
                """);
        assertThat(r.stories()).extracting(Story::title).containsExactly("全县安全生产工作会议召开");
        assertThat(r.stories().getFirst().text()).contains("●要压实企业主体责任").contains("●要加强应急值守");
    }

    @Test
    void nearMissARunOfCaptionsOneOfThemDatedStaysInItsStory() {
        PageResult r = read("""
                我县新项目集中开工
                本报讯 10月16日，我县举行新项目集中开工仪式，12个项目集中开工。
                ▲县委书记宣布项目开工。
                ▲县长为开工仪式剪彩。
                ▲占地3万平方米的九年一贯制学校已经完工投入使用。
                ▲10月16日，新材料产业园项目开工现场。
                """);
        assertThat(r.stories()).extracting(Story::title).containsExactly("我县新项目集中开工");
        assertThat(r.stories().getFirst().text()).endsWith("▲10月16日，新材料产业园项目开工现场。");
    }

    @Test
    void numberedItemsAreStoriesToo() {
        PageResult r = read("""
                本周简讯
                1. 5月6日，县文旅局开展文化市场安全检查，检查网吧、KTV等场所15家。
                2. 5月7日，县总工会为120名环卫工人送去防暑降温物资。
                3. 5月8日，县法院在城关镇开展普法宣传活动。（通讯员 祁雯）


                快讯
                (1)近日，县气象局新建自动气象站8个。
                (2)昨日，县疾控中心开展应急演练。
                """);
        assertThat(seen(r)).extracting(Seen::date, Seen::reporters).containsExactly(
                org.assertj.core.groups.Tuple.tuple("05-06", List.of()), org.assertj.core.groups.Tuple.tuple("05-07", List.of()),
                org.assertj.core.groups.Tuple.tuple("05-08", List.of("祁雯")), org.assertj.core.groups.Tuple.tuple(null, List.of()),
                org.assertj.core.groups.Tuple.tuple(null, List.of()));
        assertThat(r.stories()).extracting(Story::title).containsOnly(PageReader.UNTITLED);
    }

    @Test
    void nearMissNumberedPointsAndFiguresInsideAStoryStayInIt() {
        PageResult r = read("""
                全县项目建设推进会召开
                本报讯 5月9日，全县项目建设推进会召开。会议提出三点要求：
                1.要压实责任，倒排工期。
                2.要强化要素保障，5月底前完成征地。
                12.5亿元的产业园项目已完成投资8亿元。
                """);
        assertThat(r.stories()).extracting(Story::title).containsExactly("全县项目建设推进会召开");
        assertThat(r.stories().getFirst().text()).contains("1.要压实责任").endsWith("已完成投资8亿元。");
    }
}
