package guanxi.page;

import guanxi.model.PageResult;
import guanxi.model.Story;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A box printed with a story, under a label of its own ("人物名片", "记者手记", "小贴士"), on a page that parts its
 * stories by blank lines (invented pages): the box's text is the story's, not a story of its own. A label at the page
 * top, or signed by a writer of its own, heads its own story, as before.
 */
class SidebarBoxLayoutTest {
    private final PageReader reader = new PageReader();

    private PageResult read(String text) {
        return PageReads.readAccounted(reader, text);
    }

    @Test
    void aPersonsCardBelowAFeature() {
        PageResult r = read("""
                金滩村的“新农人”
                文/本报记者 柏涛

                清晨六点，三十二岁的简雨桐已经出现在自家的果园里。
                如今，她的果园已经发展到三百亩。

                人物名片
                简雨桐，白沙镇金滩村人，2020年返乡创业。

                河湾县举行国庆升旗仪式
                本报讯（记者 庞立群）10月1日上午，河湾县举行国庆升旗仪式。
                """);
        assertThat(r.stories()).extracting(Story::title).containsExactly("金滩村的“新农人”", "河湾县举行国庆升旗仪式");
        assertThat(r.stories().getFirst().text()).endsWith("2020年返乡创业。");
    }

    @Test
    void aReportersNoteBelowAReport() {
        PageResult r = read("""
                白沙镇抢收早稻
                本报讯（记者 柏涛）7月20日，白沙镇抢抓晴好天气收割早稻。

                记者手记
                在田间，记者看到的是一张张笑脸。

                县图书馆开展阅读月活动
                本报讯（记者 简雨桐）9月21日，县图书馆启动阅读月活动。
                """);
        assertThat(r.stories()).extracting(Story::title).containsExactly("白沙镇抢收早稻", "县图书馆开展阅读月活动");
        assertThat(r.stories().getFirst().text()).endsWith("一张张笑脸。");
    }

    @Test
    void aTipsBoxAtThePageFoot() {
        PageResult r = read("""
                防溺水，这些知识要记牢
                本报讯（记者 庞立群）7月1日，县教育局发布暑期防溺水提示。

                小贴士
                发现有人溺水，要大声呼救，不要贸然下水施救。
                """);
        assertThat(r.stories()).hasSize(1);
        assertThat(r.stories().getFirst().text()).endsWith("不要贸然下水施救。");
    }

    @Test
    void nearMissALabelAtThePageTopOrSignedByItsOwnWriterHeadsItsOwnStory() {
        PageResult top = read("""
                小贴士
                发现有人溺水，要大声呼救，不要贸然下水施救。

                河湾县举行国庆升旗仪式
                本报讯（记者 庞立群）10月1日上午，河湾县举行国庆升旗仪式。
                """);
        assertThat(top.stories()).extracting(Story::title).containsExactly("小贴士", "河湾县举行国庆升旗仪式");
        PageResult signed = read("""
                白沙镇抢收早稻
                本报讯（记者 柏涛）7月20日，白沙镇抢抓晴好天气收割早稻。

                记者手记
                文/本报记者 简雨桐
                在田间，记者看到的是一张张笑脸。
                """);
        assertThat(signed.stories()).extracting(Story::title).containsExactly("白沙镇抢收早稻", "记者手记");
    }
}
