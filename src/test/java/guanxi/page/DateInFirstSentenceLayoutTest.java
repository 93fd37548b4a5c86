package guanxi.page;

import guanxi.model.PageResult;
import guanxi.model.Story;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages without lead markers, stories parted by no wider gap than their paragraphs (invented pages), whose leads name
 * their day inside the first sentence ("在…之际，9月25日下午，…") rather than at its head: right below a heading that
 * carries a headline cue and stands apart from the text above it, such a paragraph opens a story.
 */
class DateInFirstSentenceLayoutTest {
    private final PageReader reader = new PageReader();

    private PageResult read(String text) {
        return PageReads.readAccounted(reader, text);
    }

    @Test
    void aHeadlineAndSubheadlineAboveALeadDatedInsideItsFirstSentence() {
        PageResult r = read("""
                石桥镇敬老院改扩建完工

                3月24日，石桥镇敬老院改扩建工程通过验收，新增床位六十张。

                河口物流园首批项目开工

                梁若晨宣布开工 韦立新致辞

                在河口大桥建成通车之际，9月25日下午，河口物流园首批三个项目集中开工。

                项目总投资十二亿元。
                """);
        assertThat(r.stories()).extracting(Story::title)
                .containsExactly("石桥镇敬老院改扩建完工", "河口物流园首批项目开工 梁若晨宣布开工 韦立新致辞");
        assertThat(r.stories()).extracting(Story::date).containsExactly("03-24", "09-25");
    }

    @Test
    void aPurposeClauseBeforeTheDay() {
        PageResult r = read("""
                县图书馆新增自助借阅机

                6月2日，县图书馆新增自助借阅机十台。

                县人社局举行专场招聘会

                为帮助高校毕业生就业，6月5日，县人社局在县人力资源市场举办专场招聘会。

                四十余家企业提供岗位八百余个。
                """);
        assertThat(r.stories()).extracting(Story::date).containsExactly("06-02", "06-05");
        assertThat(r.stories().get(1).text()).endsWith("八百余个。");
    }

    @Test
    void belowABylineClosingTheStoryAbove() {
        PageResult r = read("""
                县图书馆新增自助借阅机

                6月2日，县图书馆新增自助借阅机十台。

                （通讯员 彭小舟）

                县总工会开展送清凉活动

                入夏以来，7月8日，县总工会走访二十个建筑工地，为一线职工送去防暑物资。
                """);
        assertThat(r.stories()).extracting(Story::title).containsExactly("县图书馆新增自助借阅机", "县总工会开展送清凉活动");
    }

    @Test
    void nearMissASubheadingWithoutCueInsideAStoryKeepsItsParagraph() {
        PageResult r = read("""
                河口物流园首批项目开工

                9月25日，河口物流园首批三个项目集中开工。

                一路欢歌一路情

                在项目现场，9月26日上午，工人们已经开始平整场地。

                项目总投资十二亿元。
                """);
        assertThat(r.stories()).hasSize(1);
        assertThat(r.stories().getFirst().text()).contains("9月26日上午").endsWith("十二亿元。");
    }
}
