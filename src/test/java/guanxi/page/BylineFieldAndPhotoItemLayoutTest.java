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
 * Three layouts of the fifth invented batch: a byline in black brackets on its own line (【记者 X】), which is no column
 * tag; a government site's publishing data one field a line (索引号：… / 发布机构：… / 发文日期：…); and photo items whose
 * photographer's credit is glued to the caption's last sentence ("…。本报记者 X 摄"), each a story of its own.
 */
class BylineFieldAndPhotoItemLayoutTest {
    private final PageReader reader = new PageReader();

    private PageResult read(String text) {
        return PageReads.readAccounted(reader, text);
    }

    @Test
    void bracketedBylinesOnTheirOwnLines() {
        PageResult r = read("""
                柳江县启动“护苗”专项行动
                【记者 蓝小慧】
                3月4日，柳江县“护苗”专项行动启动。

                河口产业园新入驻企业五家
                【通讯员 彭小舟 记者 石雨航】
                3月5日，五家企业与河口产业园签订入园协议。
                """);
        assertThat(seen(r)).containsExactly(
                new Seen("柳江县启动“护苗”专项行动", "03-04", List.of("蓝小慧")),
                new Seen("河口产业园新入驻企业五家", "03-05", List.of("彭小舟", "石雨航")));
    }

    @Test
    void nearMissAColumnTagInBlackBracketsIsStillSetAside() {
        PageResult r = read("""
                【乡村振兴】
                石桥镇百香果喜获丰收
                本报讯 9月5日，石桥镇两千亩百香果进入采摘期。
                """);
        assertThat(r.stories()).extracting(Story::title).containsExactly("石桥镇百香果喜获丰收");
        assertThat(r.discarded()).extracting(NoiseLine::reason).containsExactly("section-label");
    }

    @Test
    void disclosureFieldsOneALineAboveTheHeadline() {
        PageResult r = read("""
                索引号：11450000-7/2024-00088
                发布机构：柳江县农业农村局
                发文日期：2024-04-10
                柳江县开展春季农资打假专项行动
                4月9日，县农业农村局开展春季农资打假专项行动，检查门店三十二家。
                """);
        assertThat(seen(r)).containsExactly(new Seen("柳江县开展春季农资打假专项行动", "2024-04-09", List.of()));
        assertThat(r.discarded()).extracting(NoiseLine::reason).containsExactly("web-meta", "web-meta", "web-meta");
    }

    @Test
    void disclosureFieldsUnderTheHeadline() {
        PageResult r = read("""
                石桥镇召开防汛工作部署会
                发布机构：石桥镇人民政府
                成文日期：2024-06-18
                主题分类：应急管理
                6月18日，石桥镇召开防汛工作部署会。
                """);
        assertThat(seen(r)).containsExactly(new Seen("石桥镇召开防汛工作部署会", "2024-06-18", List.of()));
    }

    @Test
    void nearMissOneFieldLineInsideAStoryStaysText() {
        PageResult r = read("""
                县政务服务中心延长服务时间
                本报讯 7月1日起，县政务服务中心工作日延时服务至晚上七点。
                主题分类：政务服务
                群众可通过热线预约办理。
                """);
        assertThat(r.stories().getFirst().text()).contains("主题分类：政务服务");
    }

    @Test
    void photoItemsWithGluedCreditsWithoutBlankLines() {
        PageResult r = read("""
                图片新闻
                4月20日，石桥镇村民在茶园采摘春茶。今年全村茶叶预计增收两百万元。本报记者 蓝小慧 摄
                4月21日，县消防救援大队在城南小学开展消防演练。通讯员 彭小舟 摄
                4月22日，滨河公园的月季花竞相开放。本报记者 石雨航 摄
                """);
        assertThat(seen(r)).containsExactly(
                new Seen(PageReader.UNTITLED, "04-20", List.of("蓝小慧")),
                new Seen(PageReader.UNTITLED, "04-21", List.of("彭小舟")),
                new Seen(PageReader.UNTITLED, "04-22", List.of("石雨航")));
    }

    @Test
    void aPhotoItemWithAGluedCreditBetweenTwoStories() {
        PageResult r = read("""
                县城新增停车位六百个
                本报讯 9月4日，县城新增公共停车位六百个。
                9月5日，石桥镇两千亩百香果进入采摘期。（摄影 唐永斌）
                9月6日，县人民医院开通夜间门诊，服务时间延长至晚上九点。
                """);
        assertThat(r.stories()).extracting(Story::date).containsExactly("09-04", "09-05", "09-06");
        assertThat(r.stories().get(1).reporters()).containsExactly("唐永斌");
    }

    @Test
    void nearMissAWriterGluedToAMiddleParagraphIsNoPhotoCredit() {
        PageResult r = read("""
                县城新增停车位六百个
                本报讯 9月4日，县城新增公共停车位六百个。韦立新
                9月5日，首个停车场试运行。
                """);
        assertThat(r.stories()).hasSize(1);
    }
}
