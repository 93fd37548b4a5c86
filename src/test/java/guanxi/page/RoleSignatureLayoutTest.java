package guanxi.page;

import guanxi.model.PageResult;
import guanxi.model.Story;
import guanxi.page.PageReads.Seen;
import org.junit.jupiter.api.Test;

import java.util.List;

import static guanxi.page.PageReads.seen;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A commentary signed by its writer's role alone, under its headline (invented pages): "本报评论员" is a byline with
 * no name, not the headline's second line, and the text below it, across a blank line, is the commentary's.
 */
class RoleSignatureLayoutTest {
    private final PageReader reader = new PageReader();

    private PageResult read(String text) {
        return PageReads.readAccounted(reader, text);
    }

    @Test
    void editorialsSignedByTheirRoleAboveTheirText() {
        PageResult r = read("""
                让实干成为最鲜明的底色
                本报评论员

                干部干部，干字当头。越是任务繁重，越要拿出真抓实干的劲头。
                实干，就要把功夫下在解决问题上。

                以优良作风护航发展
                特约评论员
                作风建设永远在路上。各级干部要把心思用在干事创业上。

                让群众少跑腿
                ■ 本报评论员
                群众办事方便不方便，是检验服务水平的标尺。
                """);
        assertThat(seen(r)).containsExactly(new Seen("让实干成为最鲜明的底色", null, List.of()),
                new Seen("以优良作风护航发展", null, List.of()), new Seen("让群众少跑腿", null, List.of()));
        assertThat(r.stories().getFirst().text()).startsWith("干部干部").endsWith("解决问题上。");
    }

    @Test
    void aRoleSignatureAndANamedByline() {
        PageResult r = read("""
                把好事办好
                本报评论员 庞立群

                民生实事，件件连着群众的心。
                """);
        assertThat(seen(r)).containsExactly(new Seen("把好事办好", null, List.of("庞立群")));
    }

    @Test
    void nearMissAnInterviewTurnAndAHeadlineNamingTheRoleStayWhatTheyWere() {
        PageResult r = read("""
                评论员队伍再扩容
                本报讯（记者 柏涛）6月5日，县融媒体中心新聘特约评论员十名。

                让群众办事更便捷
                记者：
                今年以来有哪些新举措？
                简雨桐：我们推进了“一件事一次办”改革。
                """);
        assertThat(r.stories()).extracting(Story::title).containsExactly("评论员队伍再扩容", "让群众办事更便捷");
        assertThat(r.stories().get(1).text()).startsWith("记者：");
    }
}
