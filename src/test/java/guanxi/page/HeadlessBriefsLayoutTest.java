package guanxi.page;

import guanxi.model.PageResult;
import guanxi.model.Story;
import guanxi.page.PageReads.Seen;
import org.junit.jupiter.api.Test;

import java.util.List;

import static guanxi.page.PageReads.seen;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page of short stories printed without headline, lead marker or any wider gap (invented pages): each opens with
 * its day ("6月3日，…") and reports something else than the one above; a photo's caption signed by its photographer
 * ("图为…。（摄影 X）") ends the story it illustrates. A chronicle of one topic, each paragraph dated, stays one story.
 */
class HeadlessBriefsLayoutTest {
    private final PageReader reader = new PageReader();

    private PageResult read(String text) {
        return PageReads.readAccounted(reader, text);
    }

    @Test
    void datedStoriesBetweenSingleBlankLines() {
        PageResult r = read("""
                6月2日，柳江县第一中学举行高考送考动员会，高三年级八百余名学生参加。

                学校为考生准备了考试用品包。

                6月3日，县供电公司对城区十二条线路开展迎峰度夏巡检，消除隐患二十三处。

                6月4日上午，石桥镇举办农民夜校开班仪式，首期课程讲授果树修剪技术。

                镇里计划全年举办夜校课程二十期。
                """);
        assertThat(seen(r)).extracting(Seen::title, Seen::date).containsExactly(
                org.assertj.core.groups.Tuple.tuple(PageReader.UNTITLED, "06-02"),
                org.assertj.core.groups.Tuple.tuple(PageReader.UNTITLED, "06-03"),
                org.assertj.core.groups.Tuple.tuple(PageReader.UNTITLED, "06-04"));
        assertThat(r.stories().get(2).text()).endsWith("夜校课程二十期。");
    }

    @Test
    void datedStoriesWithoutAnyBlankLine() {
        PageResult r = read("""
                7月9日，县税务局在政务服务中心开设“办税体验日”，邀请二十名企业财务人员现场体验。
                7月10日，县人民法院巡回法庭走进龙门村，就地审结一起土地承包纠纷。
                法官还为村民讲解了民法典相关知识。
                7月11日，县气象台发布雷电黄色预警，提醒户外作业人员注意避险。
                """);
        assertThat(r.stories()).extracting(Story::date).containsExactly("07-09", "07-10", "07-11");
        assertThat(r.stories().get(1).text()).endsWith("民法典相关知识。");
    }

    @Test
    void photoCaptionsSignedByThePhotographerEndTheirStories() {
        PageResult r = read("""
                4月12日，石桥镇中心小学举行春季运动会，六百余名师生参加跳绳、拔河等比赛。

                图为拔河比赛现场。（摄影 唐永斌）

                4月13日，县交警大队在城区路口开展头盔佩戴专项整治，查处违法行为五十余起。

                图为交警向市民发放头盔。（本报记者 蓝小慧 摄）

                4月14日上午，凤岭景区举办油菜花节，吸引游客两万余人次。
                """);
        assertThat(seen(r)).containsExactly(
                new Seen(PageReader.UNTITLED, "04-12", List.of("唐永斌")),
                new Seen(PageReader.UNTITLED, "04-13", List.of("蓝小慧")),
                new Seen(PageReader.UNTITLED, "04-14", List.of()));
        assertThat(r.stories().getFirst().text()).endsWith("图为拔河比赛现场。");
    }

    @Test
    void nearMissAChronicleOfOneProjectStaysOneStory() {
        PageResult r = read("""
                6月2日，城南棚户区改造项目正式启动征收工作，涉及居民三百二十户。

                项目指挥部在社区设立了征收工作站，为居民答疑解惑。

                6月9日，城南棚户区改造项目签约率已达百分之八十，部分居民已搬入周转房。

                6月16日，城南棚户区改造项目完成全部签约，拆除工作随即启动。
                """);
        assertThat(r.stories()).hasSize(1);
        assertThat(r.stories().getFirst().date()).isEqualTo("06-02");
    }

    @Test
    void nearMissACaptionInsideAStoryWithoutCreditStaysInIt() {
        PageResult r = read("""
                5月8日，县农业农村局在石桥镇召开高标准农田建设现场会。
                图为与会人员观摩项目现场。
                会议要求各乡镇加快项目建设进度，确保6月底前完工。
                """);
        assertThat(r.stories()).hasSize(1);
        assertThat(r.stories().getFirst().text()).endsWith("6月底前完工。");
    }
}
