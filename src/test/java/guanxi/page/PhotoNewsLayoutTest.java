package guanxi.page;

import guanxi.model.PageResult;
import guanxi.model.Story;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Photo news (图片新闻; invented pages): a caption paragraph with its sentences and the photographer's credit ("本报记者
 * 许明 摄") printed after another signed story, without headline. It is a story of its own, signed by the photographer,
 * not a stray paragraph of the story above.
 */
class PhotoNewsLayoutTest {
    private final PageReader reader = new PageReader();

    private PageResult read(String text) {
        return PageReads.readAccounted(reader, text);
    }

    @Test
    void photoItemsUnderAColumnLabelEachAStory() {
        PageResult r = read("""
                图片新闻

                5月20日，青禾县第二届龙舟赛在清水河举行，来自全县的24支队伍同台竞技。
                本报记者 许明 摄

                图为城东新区夜景。近年来，城东新区建设提速，一座现代化新城初具规模。
                通讯员 冯佳 摄


                新华社北京5月21日电（记者 陈远航）国家统计局21日发布数据显示，4月份工业增加值同比增长6.7%。
                """);
        assertThat(r.stories()).extracting(Story::title, Story::date, Story::reporters).containsExactly(
                org.assertj.core.groups.Tuple.tuple(PageReader.UNTITLED, "05-20", List.of("许明")),
                org.assertj.core.groups.Tuple.tuple(PageReader.UNTITLED, null, List.of("冯佳")),
                org.assertj.core.groups.Tuple.tuple(PageReader.UNTITLED, "05-21", List.of("陈远航")));
        assertThat(r.stories().get(1).text()).startsWith("图为城东新区夜景。");
    }

    @Test
    void photoItemRightAfterASignedStory() {
        PageResult r = read("""
                全县秋收工作推进会召开
                本报讯 9月25日，全县秋收工作推进会召开，部署秋收秋种工作。
                王丽
                金秋时节，河口镇万亩稻田一片金黄，农户们抢抓晴好天气收割稻谷。
                （本报记者 邱海 摄）
                县图书馆举办读书分享会
                本报讯 9月26日，县图书馆举办读书分享会，80余名读者参加。
                """);
        assertThat(r.stories()).extracting(Story::title, Story::reporters).containsExactly(
                org.assertj.core.groups.Tuple.tuple("全县秋收工作推进会召开", List.of("王丽")),
                org.assertj.core.groups.Tuple.tuple(PageReader.UNTITLED, List.of("邱海")),
                org.assertj.core.groups.Tuple.tuple("县图书馆举办读书分享会", List.of()));
        assertThat(r.stories().get(1).text()).startsWith("金秋时节");
    }

    @Test
    void nearMissAStorysOwnPhotoCreditAfterAGapStaysWithIt() {
        PageResult r = read("""
                河口镇稻谷喜获丰收

                本报讯 9月25日，河口镇万亩稻田迎来丰收，农户们抢抓晴好天气收割稻谷。


                据了解，今年全镇水稻种植面积2.1万亩，亩产较去年增加40公斤。

                本报记者 邱海 摄
                """);
        assertThat(r.stories()).extracting(Story::title, Story::reporters).containsExactly(
                org.assertj.core.groups.Tuple.tuple("河口镇稻谷喜获丰收", List.of("邱海")));
        assertThat(r.stories().getFirst().text()).endsWith("亩产较去年增加40公斤。");
    }
}
