package guanxi.page;

import guanxi.model.PageResult;
import guanxi.model.Story;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A dated lead broken off after a few words right below its headline, the rest on the next line (invented pages):
 * "6月11日，白沙镇已收割小麦两万" is short and has one comma, as a headline may, but a headline never opens with its day
 * and a comma after it, so the line opens the story's text and dates it. A headline that names its day without the
 * comma stays a headline.
 */
class BrokenDatedLeadLayoutTest {
    private final PageReader reader = new PageReader();

    private PageResult read(String text) {
        return PageReads.readAccounted(reader, text);
    }

    @Test
    void aDatedLeadBrokenOffUnderItsHeadline() {
        PageResult r = read("""
                白沙镇夏收过半
                6月11日，白沙镇已收割小麦两万
                亩，占种植面积的百分之五十五。
                """);
        assertThat(r.stories()).extracting(Story::title, Story::date)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("白沙镇夏收过半", "06-11"));
        assertThat(r.stories().getFirst().text()).isEqualTo("6月11日，白沙镇已收割小麦两万亩，占种植面积的百分之五十五。");
    }

    @Test
    void withItsPartOfTheDayAndAYear() {
        PageResult r = read("""
                县城公路改造工程通车
                2025年9月20日上午，县城至白沙镇公路
                改造工程正式通车，全长二十八公里。

                县图书馆开展阅读月活动
                9月21日晚，县图书馆
                启动“书香河湾”阅读月活动。
                """);
        assertThat(r.stories()).extracting(Story::title).containsExactly("县城公路改造工程通车", "县图书馆开展阅读月活动");
        assertThat(r.stories()).extracting(Story::date).containsExactly("2025-09-20", "09-21");
    }

    @Test
    void aBrokenDatedLeadBetweenTwoStories() {
        PageResult r = read("""
                县医院开通夜间门诊
                本报讯（记者 柏涛）6月3日，县人民医院开通夜间门诊。

                白沙镇开展防汛演练
                6月4日，白沙镇组织二百余
                人开展防汛应急演练。
                """);
        assertThat(r.stories()).extracting(Story::title).containsExactly("县医院开通夜间门诊", "白沙镇开展防汛演练");
        assertThat(r.stories().get(1).text()).isEqualTo("6月4日，白沙镇组织二百余人开展防汛应急演练。");
    }

    @Test
    void nearMissAHeadlineNamingItsDayWithoutACommaStaysAHeadline() {
        PageResult r = read("""
                9月25日至27日 县人民医院举办专家义诊周
                本报讯 9月25日至27日，县人民医院将举办专家义诊周活动。
                """);
        assertThat(r.stories()).extracting(Story::title).containsExactly("9月25日至27日 县人民医院举办专家义诊周");
    }
}
