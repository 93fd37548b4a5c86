package guanxi.page;

import guanxi.model.PageResult;
import guanxi.model.Story;
import guanxi.page.PageReads.Seen;
import org.junit.jupiter.api.Test;

import java.util.List;

import static guanxi.page.PageReads.seen;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Features and commentaries that print no lead (invented pages): a headline signed right below it ("文/图 本报记者 X")
 * over body text heads a story as a lead would. An editor's note printed above the whole feature is read first.
 */
class SignedHeadlineLayoutTest {
    private final PageReader reader = new PageReader();

    private PageResult read(String text) {
        return PageReads.readAccounted(reader, text);
    }

    @Test
    void anEditorsNoteAboveASignedFeature() {
        PageResult r = read("""
                编者按：本报即日起开设“园区巡礼”专栏，敬请关注。

                园区巡礼 | 河口产业园：厂房林立机器忙
                文/图 本报记者 卜文清

                走进河口产业园，一栋栋标准化厂房拔地而起。

                今年以来，园区新签约项目九个。
                """);
        assertThat(seen(r)).containsExactly(new Seen("园区巡礼 | 河口产业园：厂房林立机器忙", null, List.of("卜文清")));
        assertThat(r.stories().getFirst().text()).startsWith("编者按：").endsWith("新签约项目九个。");
    }

    @Test
    void twoSignedFeaturesOneBelowTheOther() {
        PageResult r = read("""
                山村来了“新农人”
                本报记者 蓝小慧
                大学毕业后，黄晓丹回到家乡种起了百香果。
                如今，她的果园已发展到八十亩。

                老街焕发新活力
                本报记者 石雨航
                青石板路、骑楼老屋，修缮一新的老街吸引了不少游客。
                街区负责人介绍，节假日日均客流超过一万人次。
                """);
        assertThat(seen(r)).containsExactly(
                new Seen("山村来了“新农人”", null, List.of("蓝小慧")),
                new Seen("老街焕发新活力", null, List.of("石雨航")));
        assertThat(r.stories().get(1).text()).startsWith("青石板路").endsWith("一万人次。");
    }

    @Test
    void aTwoLineHeadlineSignedByAReporterAndACorrespondentRightAfterAStory() {
        PageResult r = read("""
                县城新增停车位六百个
                本报讯 9月4日，县城新增公共停车位六百个，缓解了停车难问题。
                守护一方碧水
                ——记柳塘水库管理员覃建国
                记者 农佳怡 通讯员 彭小舟
                每天清晨，覃建国都要沿着水库巡查一圈。
                二十年来，他记下的巡查日志有三十多本。
                """);
        assertThat(seen(r)).containsExactly(
                new Seen("县城新增停车位六百个", "09-04", List.of()),
                new Seen("守护一方碧水 ——记柳塘水库管理员覃建国", null, List.of("农佳怡", "彭小舟")));
    }

    @Test
    void nearMissASloganAndTheBylineClosingAStoryBeforeTheNextHeadline() {
        PageResult r = read("""
                县城新增停车位六百个
                本报讯 9月4日，县城新增公共停车位六百个，缓解了停车难问题。
                让群众停车更方便
                本报记者 蓝小慧
                老街焕发新活力
                本报讯 9月5日，修缮一新的老街正式开街。
                """);
        assertThat(r.stories()).extracting(Story::title).containsExactly("县城新增停车位六百个", "老街焕发新活力");
        assertThat(r.stories().getFirst().reporters()).containsExactly("蓝小慧");
    }
}
