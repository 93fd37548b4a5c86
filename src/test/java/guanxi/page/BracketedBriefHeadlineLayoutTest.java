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
 * A round-up of briefs, each with its headline in black brackets at the head of its lead's line ("【县领导督导防汛工作】
 * 9月22日，…", invented pages): the brackets' text is the headline, the brackets are set aside. An OCR'd empty frame
 * (口 alone on its line) is noise. A bracketed tag above a headline, a bracketed marker or byline, stay as they were.
 */
class BracketedBriefHeadlineLayoutTest {
    private final PageReader reader = new PageReader();

    private PageResult read(String text) {
        return PageReads.readAccounted(reader, text);
    }

    @Test
    void bracketedHeadlinesBetweenBlankLines() {
        PageResult r = read("""
                【县领导督导防汛工作】9月22日，县长带队到白沙水库督导防汛工作。

                【河湾县启动秋季学生资助工作】9月23日，县教育局启动秋季学期学生资助工作。

                【县医保局开展政策宣传】9月24日，县医保局在城东社区开展医保政策宣传。
                """);
        assertThat(seen(r)).containsExactly(new Seen("县领导督导防汛工作", "09-22", List.of()),
                new Seen("河湾县启动秋季学生资助工作", "09-23", List.of()), new Seen("县医保局开展政策宣传", "09-24", List.of()));
        assertThat(r.stories().getFirst().text()).isEqualTo("9月22日，县长带队到白沙水库督导防汛工作。");
        assertThat(r.discarded()).extracting(NoiseLine::reason).containsOnly(LineShapes.HEADLINE_BRACKETS);
    }

    @Test
    void bracketedHeadlinesWithoutBlankLinesAndWithLeadMarkers() {
        PageResult r = read("""
                【“乡村夜校”开课】本报讯（记者 柏涛）9月25日，县农广校乡村夜校开课。
                【白沙镇开展防汛演练】9月26日，白沙镇开展防汛应急演练。
                演练历时两个小时。
                """);
        assertThat(seen(r)).containsExactly(new Seen("“乡村夜校”开课", "09-25", List.of("柏涛")),
                new Seen("白沙镇开展防汛演练", "09-26", List.of()));
        assertThat(r.stories().get(1).text()).endsWith("两个小时。");
    }

    @Test
    void anEmptyFrameReadAsACharacterIsNoise() {
        PageResult r = read("""
                县税务局开展“税法进企业”活动
                本报讯（通讯员 简雨桐）9月29日，县税务局走进工业园讲解税费政策。
                口
                """);
        assertThat(r.stories().getFirst().text()).endsWith("税费政策。");
        assertThat(r.discarded()).extracting(NoiseLine::reason).containsExactly("ocr-noise");
    }

    @Test
    void nearMissATagAboveAHeadlineAMarkerAndABylineInBrackets() {
        PageResult r = read("""
                【乡村振兴】
                白沙镇发展林下经济
                【河湾县融媒体中心讯】9月20日，白沙镇发展林下种养面积达三千亩。

                县图书馆开展阅读月活动
                【记者 庞立群】
                9月21日，县图书馆启动阅读月活动。
                """);
        assertThat(seen(r)).containsExactly(new Seen("白沙镇发展林下经济", "09-20", List.of()),
                new Seen("县图书馆开展阅读月活动", "09-21", List.of("庞立群")));
    }
}
