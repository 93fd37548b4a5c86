package guanxi.page;

import guanxi.model.PageResult;
import guanxi.model.Story;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A story's later paragraphs, parted by blank lines on a page that holds no other story and wraps a line without one
 * (so that every blank line is a strong gap; invented pages), stay with it
 * when they open by taking up what it said: a place it named (在X，… where X is in the story above), a word pointing
 * back (该项目, 此次) or a connective of narration (会上, 随后, 据了解). A dated paragraph on another topic is still a
 * story of its own.
 */
class TakenUpParagraphLayoutTest {
    private final PageReader reader = new PageReader();

    private PageResult read(String text) {
        return PageReads.readAccounted(reader, text);
    }

    @Test
    void aParagraphOpeningAtAPlaceTheStoryNamedIsThatStorys() {
        PageResult r = read("""
                区长调研企业

                本报讯（记者 曾敏）近日，区长孔德明先后来到江门远扬电子有限公司、南坪智慧物流园，调研生产经营和项目建设情况。

                在江门远扬电子有限公司，孔德明察看了生产车间，详细了解企业订单和用工情况。

                在南坪智慧物流园项目现场，孔德明听取了项目进度汇报，
                要求加快建设进度。
                """);
        assertThat(r.stories()).hasSize(1);
        assertThat(r.stories().get(0).text()).endsWith("要求加快建设进度。");
    }

    @Test
    void aParagraphPointingBackOrNarratingOnIsThatStorys() {
        PageResult r = read("""
                县委书记督导防汛工作

                6月18日，县委书记罗志远到白鹭河沿线督导防汛工作，察看了堤防险工险段。

                该堤段全长3.2公里，去年汛期曾出现管涌险情。

                随后，罗志远主持召开防汛工作调度会，听取各乡镇汛情汇报。

                据了解，全县已储备防汛砂石料
                一万余立方米。
                """);
        assertThat(r.stories()).hasSize(1);
        assertThat(r.stories().get(0).text()).endsWith("一万余立方米。");
    }

    @Test
    void aMeetingStorysLaterParagraphsStayWithIt() {
        PageResult r = read("""
                全县招商引资工作推进会召开

                3月9日，全县招商引资工作推进会召开，县长韦立新出席并讲话。

                会上，县商务局通报了一季度签约项目情况，三个乡镇作了交流发言。

                此次会议还对下一阶段重点产业链招商
                作了部署。
                """);
        assertThat(r.stories()).hasSize(1);
        assertThat(r.stories().get(0).text()).endsWith("作了部署。");
    }

    @Test
    void aParagraphAtAPlaceTheStoryDidNotNameOnAnotherTopicIsStillAStoryOfItsOwn() {
        PageResult r = read("""
                区长调研企业

                本报讯 近日，区长孔德明来到江门远扬电子有限公司调研生产经营情况，察看了生产车间和产品展厅。

                在南坪镇中心小学，一百二十名留守儿童参加了暑期托管班的开班仪式，
                志愿者为孩子们准备了书包。
                """);
        assertThat(r.stories()).hasSize(2);
        assertThat(r.stories().get(0).text()).endsWith("产品展厅。");
    }
}
