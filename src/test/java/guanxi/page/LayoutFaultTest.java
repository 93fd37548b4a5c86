package guanxi.page;

import guanxi.model.NoiseLine;
import guanxi.model.Page;
import guanxi.model.PageResult;
import guanxi.model.Sentence;
import guanxi.model.Story;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Small hand-written pages, each with one layout fault of OCR'd county papers, and their exact reading. */
class LayoutFaultTest {
    private final PageReader reader = new PageReader();

    record Seen(String title, String date, List<String> reporters, String text) {
    }

    private PageResult read(String text) {
        return PageReads.readAccounted(reader, text);
    }

    private static List<Seen> seen(PageResult r) {
        return r.stories().stream().map(s -> new Seen(s.title(), s.date(), s.reporters(), s.text())).toList();
    }

    @Test
    void sentenceBrokenAcrossBlankLinesIsRejoined() {
        PageResult r = read("""
                王明带队调研农业园区

                本报讯 3月5日，市农业局局长王明带队到我县调研农业园区建设。王明强调，要加快推进现代农

                业园区建设。

                赵小丽
                """);
        assertThat(seen(r)).containsExactly(new Seen("王明带队调研农业园区", "03-05", List.of("赵小丽"),
                "本报讯 3月5日，市农业局局长王明带队到我县调研农业园区建设。王明强调，要加快推进现代农业园区建设。"));
    }

    @Test
    void shortClauseBrokenInsideANameOrAfterATitleRunsOn() {
        // The break falls inside the name, after a title and its surname.
        PageResult r = read("""
                魏明调研园区企业

                本报讯 6月12日，县长魏明深入园区调研。副县长陶
                晓燕陪同。
                """);
        assertThat(seen(r)).containsExactly(new Seen("魏明调研园区企业", "06-12", List.of(),
                "本报讯 6月12日，县长魏明深入园区调研。副县长陶晓燕陪同。"));
        // Right after the title: a transliterated name, then a Han name.
        r = read("""
                州领导到我县检查安全生产

                本报讯 9月1日，州委常委、副州长
                古丽娜尔·吐尔洪带队到我县检查。县委副书记、县长
                郑春林陪同检查。
                """);
        assertThat(seen(r)).containsExactly(new Seen("州领导到我县检查安全生产", "09-01", List.of(),
                "本报讯 9月1日，州委常委、副州长古丽娜尔·吐尔洪带队到我县检查。县委副书记、县长郑春林陪同检查。"));
        // A compound surname left at the line end.
        r = read("""
                县领导调研春耕生产

                本报讯 3月18日，县长蒋涛到各乡镇调研。副县长司马
                文涛参加调研。
                """);
        assertThat(seen(r)).containsExactly(new Seen("县领导调研春耕生产", "03-18", List.of(),
                "本报讯 3月18日，县长蒋涛到各乡镇调研。副县长司马文涛参加调研。"));
    }

    @Test
    void transliteratedNameBrokenAtOrAfterItsDotRunsOn() {
        // Right after the dot, right before it, and inside the part after it.
        for (String printed : List.of("州委副书记阿依古丽·\n买买提带队检查。", "州委副书记阿依古丽\n·买买提带队检查。",
                "州委副书记阿依古丽·买\n买提带队检查。")) {
            PageResult r = read("州领导检查防汛工作\n\n本报讯 7月6日，" + printed + "\n");
            assertThat(seen(r)).containsExactly(new Seen("州领导检查防汛工作", "07-06", List.of(),
                    "本报讯 7月6日，州委副书记阿依古丽·买买提带队检查。"));
        }
    }

    @Test
    void nearMissAClosedLineBeforeADotStandsApart() {
        PageResult r = read("""
                全县防汛工作会议召开

                本报讯 7月6日，全县防汛工作会议召开。
                ·会议要求，各乡镇要加强值守。
                """);
        assertThat(seen(r)).containsExactly(new Seen("全县防汛工作会议召开", "07-06", List.of(),
                "本报讯 7月6日，全县防汛工作会议召开。\n·会议要求，各乡镇要加强值守。"));
    }

    @Test
    void nearMissASubheadingEndingOnATitleStandsAlone() {
        PageResult r = read("""
                县一中表彰优秀教师

                本报讯 9月10日，县一中召开表彰大会。

                弘扬师德师风，争做优秀教师
                何芳是县一中的数学教师。
                """);
        assertThat(seen(r)).containsExactly(new Seen("县一中表彰优秀教师", "09-10", List.of(),
                "本报讯 9月10日，县一中召开表彰大会。\n弘扬师德师风，争做优秀教师\n何芳是县一中的数学教师。"));
    }

    @Test
    void shortClauseBrokenInsideAWordIsBodyNotHeadline() {
        PageResult r = read("""
                我县12个重点项目集中签约

                本报讯 5月8日，我县举行重点项目集中签约仪式。

                本次集中签约项目12个，总投

                资7.65亿元，涵盖新装备、新材料等产业。

                王丽
                """);
        assertThat(seen(r)).containsExactly(new Seen("我县12个重点项目集中签约", "05-08", List.of("王丽"),
                "本报讯 5月8日，我县举行重点项目集中签约仪式。\n本次集中签约项目12个，总投资7.65亿元，涵盖新装备、新材料等产业。"));
    }

    @Test
    void shortLineOpeningReportedSpeechIsBodyNotHeadline() {
        PageResult r = read("""
                全县林业工作会议召开

                本报讯 3月2日，全县林业工作会议召开。

                李刚强调，开展打击盗伐

                林木专项行动。
                """);
        assertThat(seen(r)).containsExactly(new Seen("全县林业工作会议召开", "03-02", List.of(),
                "本报讯 3月2日，全县林业工作会议召开。\n李刚强调，开展打击盗伐林木专项行动。"));
    }

    @Test
    void paragraphsPrintedBeforeTheirOwnLeadFollowIt() {
        PageResult r = read("""
                李强赴江苏考察新能源企业

                电池项目达成合作意向。

                李强表示，欢迎企业来我县投资。

                周文

                本报讯 4月8日，县长李强带队赴江苏考察新能源企业，双方就储能
                """);
        assertThat(seen(r)).containsExactly(new Seen("李强赴江苏考察新能源企业", "04-08", List.of("周文"),
                "本报讯 4月8日，县长李强带队赴江苏考察新能源企业，双方就储能电池项目达成合作意向。\n李强表示，欢迎企业来我县投资。"));
    }

    @Test
    void headlinePrintedAfterItsBodyGoesBackToIt() {
        PageResult r = read("""
                本报讯 5月9日，县长刘洋主持召开县政府第12次常务会议。

                孙红

                县政府召开第7次专题办公会

                全县春耕生产工作会议召开

                本报讯 5月10日，全县春耕生产工作会议召开。
                """);
        assertThat(seen(r)).containsExactly(
                new Seen("县政府召开第7次专题办公会", "05-09", List.of("孙红"),
                        "本报讯 5月9日，县长刘洋主持召开县政府第12次常务会议。"),
                new Seen("全县春耕生产工作会议召开", "05-10", List.of(), "本报讯 5月10日，全县春耕生产工作会议召开。"));
    }

    @Test
    void headlinePrintedLastOnThePageGoesBackToTheStoryAboveIt() {
        PageResult r = read("""
                全县教育工作会议召开

                本报讯 3月3日，全县教育工作会议召开。

                李丽

                本报讯 5月9日，县长刘洋主持召开县政府第12次常务会议。

                县政府召开第7次专题办公会

                孙红
                """);
        assertThat(seen(r)).containsExactly(
                new Seen("全县教育工作会议召开", "03-03", List.of("李丽"), "本报讯 3月3日，全县教育工作会议召开。"),
                new Seen("县政府召开第7次专题办公会", "05-09", List.of("孙红"),
                        "本报讯 5月9日，县长刘洋主持召开县政府第12次常务会议。"));
    }

    @Test
    void headlineAndParagraphPrintedAboveTheLeadOfAStoryWithoutBylineAbove() {
        PageResult r = read("""
                全县教育工作会议召开

                本报讯 3月3日，全县教育工作会议召开。

                李强赴江苏考察新能源企业

                座谈中，李强介绍了新能源产业发展情况。

                本报讯 4月8日，县长李强带队赴江苏考察新能源企业。
                """);
        assertThat(seen(r)).containsExactly(
                new Seen("全县教育工作会议召开", "03-03", List.of(), "本报讯 3月3日，全县教育工作会议召开。"),
                new Seen("李强赴江苏考察新能源企业", "04-08", List.of(),
                        "本报讯 4月8日，县长李强带队赴江苏考察新能源企业。\n座谈中，李强介绍了新能源产业发展情况。"));
    }

    @Test
    void datedParagraphBelowAHeadlineIsTheLeadEvenWhenPrintedSecond() {
        PageResult r = read("""
                全县林业工作会议召开

                本报讯 3月2日，全县林业工作会议召开。

                王芳

                全县教育工作会议召开

                会议要求，各校要抓好安全工作。

                3月3日，全县教育工作会议召开。
                """);
        assertThat(seen(r)).containsExactly(
                new Seen("全县林业工作会议召开", "03-02", List.of("王芳"), "本报讯 3月2日，全县林业工作会议召开。"),
                new Seen("全县教育工作会议召开", "03-03", List.of(),
                        "3月3日，全县教育工作会议召开。\n会议要求，各校要抓好安全工作。"));
    }

    @Test
    void datedParagraphAFewParagraphsBelowAHeadlineOpensAStoryOnAPageWithLeads() {
        PageResult r = read("""
                全县林业工作会议召开

                本报讯 3月2日，全县林业工作会议召开。

                全县教育工作会议召开

                会议要求，各校要抓好安全工作。

                3月3日，全县教育工作会议召开。
                """);
        assertThat(seen(r)).containsExactly(
                new Seen("全县林业工作会议召开", "03-02", List.of(), "本报讯 3月2日，全县林业工作会议召开。"),
                new Seen("全县教育工作会议召开", "03-03", List.of(),
                        "3月3日，全县教育工作会议召开。\n会议要求，各校要抓好安全工作。"));
    }

    @Test
    void lateHeadlineWithAStrayParagraphBelowItGoesBackAndTheParagraphFindsItsStory() {
        PageResult r = read("""
                全县林业工作会议召开

                本报讯 3月2日，全县林业工作会议召开。

                王芳

                本报讯 5月9日，县长刘洋主持召开县政府第12次常务会议，研究春耕生产。

                孙红

                县政府召开第7次专题办公会

                会议要求，林业部门要加强森林防火。
                """);
        assertThat(seen(r)).containsExactly(
                new Seen("全县林业工作会议召开", "03-02", List.of("王芳"),
                        "本报讯 3月2日，全县林业工作会议召开。\n会议要求，林业部门要加强森林防火。"),
                new Seen("县政府召开第7次专题办公会", "05-09", List.of("孙红"),
                        "本报讯 5月9日，县长刘洋主持召开县政府第12次常务会议，研究春耕生产。"));
    }

    @Test
    void lateHeadlineThenTheNextStorysHeadlineAndAParagraphPrintedBeforeItsLead() {
        PageResult r = read("""
                本报讯 5月9日，县长刘洋主持召开县政府第12次常务会议。

                孙红

                县政府召开第7次专题办公会

                县委宣传部

                全县春耕生产工作会议召开

                会议要求，做好春耕生产物资保障。

                本报讯 5月10日，全县春耕生产工作会议召开。
                """);
        assertThat(seen(r)).containsExactly(
                new Seen("县政府召开第7次专题办公会", "05-09", List.of("孙红"),
                        "本报讯 5月9日，县长刘洋主持召开县政府第12次常务会议。"),
                new Seen("全县春耕生产工作会议召开", "05-10", List.of(),
                        "本报讯 5月10日，全县春耕生产工作会议召开。\n会议要求，做好春耕生产物资保障。"));
        assertThat(r.discarded()).containsExactly(new NoiseLine("t.txt", 7, "县委宣传部", "section-label"));
    }

    @Test
    void bylineGluedToTheLastSentenceIsCutOff() {
        PageResult r = read("""
                县政府召开第7次专题办公会

                本报讯 5月9日，县长刘洋主持召开第7次专题办公会。会议听取了水利工作汇报。孙红

                全县春耕生产工作会议召开

                本报讯 5月10日，全县春耕生产工作会议召开。
                """);
        assertThat(seen(r)).containsExactly(
                new Seen("县政府召开第7次专题办公会", "05-09", List.of("孙红"),
                        "本报讯 5月9日，县长刘洋主持召开第7次专题办公会。会议听取了水利工作汇报。"),
                new Seen("全县春耕生产工作会议召开", "05-10", List.of(), "本报讯 5月10日，全县春耕生产工作会议召开。"));
    }

    @Test
    void bylineGluedBeforeAStrayParagraphIsCutWhenThePageKnowsTheReporter() {
        PageResult r = read("""
                全县林业工作会议召开

                本报讯 3月2日，全县林业工作会议召开。会议部署了森林防火工作。孙红

                会议要求，全县教师要做好安全教育。

                全县教育工作会议召开

                本报讯 3月3日，全县教育工作会议召开。

                孙红
                """);
        assertThat(seen(r)).containsExactly(
                new Seen("全县林业工作会议召开", "03-02", List.of("孙红"),
                        "本报讯 3月2日，全县林业工作会议召开。会议部署了森林防火工作。"),
                new Seen("全县教育工作会议召开", "03-03", List.of("孙红"),
                        "本报讯 3月3日，全县教育工作会议召开。\n会议要求，全县教师要做好安全教育。"));
    }

    @Test
    void sectionLabelAboveHeadlineIsDiscarded() {
        PageResult r = read("""
                县委宣传部

                全县宣传工作会议召开

                本报讯 6月1日，全县宣传工作会议召开。
                """);
        assertThat(seen(r)).containsExactly(
                new Seen("全县宣传工作会议召开", "06-01", List.of(), "本报讯 6月1日，全县宣传工作会议召开。"));
        assertThat(r.discarded()).containsExactly(new NoiseLine("t.txt", 1, "县委宣传部", "section-label"));
    }

    @Test
    void subHeadlineIsJoinedAfterOneSpace() {
        PageResult r = read("""
                全县招商引资推进会召开
                张华出席并讲话

                本报讯 6月2日，全县招商引资推进会召开。张华 王丽
                """);
        assertThat(seen(r)).containsExactly(new Seen("全县招商引资推进会召开 张华出席并讲话", "06-02",
                List.of("张华", "王丽"), "本报讯 6月2日，全县招商引资推进会召开。"));
    }

    @Test
    void strayOcrLineIsDiscardedWithItsLineNumber() {
        PageResult r = read("""
                全县安全生产会议召开

                本报讯 7月3日，全县安全生产会议召开。

                —— 二图五三 ——

                县长刘洋作部署。
                """);
        assertThat(seen(r)).containsExactly(new Seen("全县安全生产会议召开", "07-03", List.of(),
                "本报讯 7月3日，全县安全生产会议召开。\n县长刘洋作部署。"));
        assertThat(r.discarded()).containsExactly(new NoiseLine("t.txt", 5, "—— 二图五三 ——", "ocr-noise"));
    }

    @Test
    void pageFurnitureAndEditorCreditsAreDiscarded() {
        PageResult r = read("""
                2023年2月24日 星期五

                全县安全生产会议召开

                本报讯 2月23日，全县安全生产会议召开。

                责任编辑：赵敏
                """);
        // The page's date line gives the story its year.
        assertThat(seen(r)).containsExactly(new Seen("全县安全生产会议召开", "2023-02-23", List.of(),
                "本报讯 2月23日，全县安全生产会议召开。"));
        assertThat(r.discarded()).containsExactly(
                new NoiseLine("t.txt", 1, "2023年2月24日 星期五", "page-furniture"),
                new NoiseLine("t.txt", 7, "责任编辑：赵敏", "editor-credit"));
    }

    @Test
    void pageWithoutLeadIsOneStoryUnderItsFirstLine() {
        PageResult r = read("""
                某市领导调研物流园区
                8月1日上午，市委书记陈刚调研物流园区建设。
                仪式现场
                他强调，要加快项目建设。
                """);
        assertThat(seen(r)).containsExactly(new Seen("某市领导调研物流园区", "08-01", List.of(),
                "8月1日上午，市委书记陈刚调研物流园区建设。\n仪式现场\n他强调，要加快项目建设。"));
    }

    @Test
    void otherPapersHeadlineMayExclaimAndAPlaceholderTakesNoSubHeadline() {
        PageResult r = read("""
                坚决打赢救灾硬仗！
                20日起我县持续降雪。县长检查道路除冰工作。
                来源：某某日报
                """);
        assertThat(seen(r)).containsExactly(new Seen("坚决打赢救灾硬仗！", null, List.of(),
                "20日起我县持续降雪。县长检查道路除冰工作。"));
        assertThat(r.discarded()).extracting(NoiseLine::reason).containsExactly("source-credit");

        PageResult untitled = read("""
                （无标题）
                市长调研物流园区
                8月1日上午，市长陈刚调研物流园区建设。
                """);
        assertThat(seen(untitled)).containsExactly(new Seen("（无标题）", "08-01", List.of(),
                "市长调研物流园区\n8月1日上午，市长陈刚调研物流园区建设。"));
    }

    @Test
    void shortSubheadingWithACommaStandsAloneButABrokenSpeechOpeningRunsOn() {
        PageResult r = read("""
                某市领导调研物流园区
                8月1日上午，市长陈刚调研物流园区建设。
                优化园区配套服务，着力提升仓储效率
                物流园区是全市重点项目。
                陈刚强调，要加快推进物流
                园区建设。
                """);
        assertThat(seen(r)).containsExactly(new Seen("某市领导调研物流园区", "08-01", List.of(),
                "8月1日上午，市长陈刚调研物流园区建设。\n优化园区配套服务，着力提升仓储效率\n物流园区是全市重点项目。"
                        + "\n陈刚强调，要加快推进物流园区建设。"));
    }

    @Test
    void leadCreditNamesTheReporters() {
        PageResult r = read("""
                （无标题）
                本报讯（通讯员 李四 记者 张三）9月1日，我县举行项目签约仪式。
                """);
        assertThat(seen(r)).containsExactly(new Seen("（无标题）", "09-01", List.of("李四", "张三"),
                "本报讯（通讯员 李四 记者 张三）9月1日，我县举行项目签约仪式。"));
    }

    @Test
    void strayBlockJoinsTheStoryWhoseSentenceItFinishes() {
        PageResult r = read("""
                全县林业工作会议召开

                本报讯 3月2日，全县林业工作会议召开。会议要求，加强森林防火和

                王芳

                林业执法工作。
                """);
        assertThat(seen(r)).containsExactly(new Seen("全县林业工作会议召开", "03-02", List.of("王芳"),
                "本报讯 3月2日，全县林业工作会议召开。会议要求，加强森林防火和林业执法工作。"));
    }

    @Test
    void strayBlockJoinsTheStoryItSharesNamesAndTopicWith() {
        PageResult r = read("""
                张华调研水利工程

                本报讯 3月2日，县长张华调研水利工程建设。

                王芳

                全县教育工作会议召开

                本报讯 3月3日，全县教育工作会议召开。

                李丽

                张华要求，水利工程要确保质量和进度。
                """);
        assertThat(seen(r)).containsExactly(
                new Seen("张华调研水利工程", "03-02", List.of("王芳"),
                        "本报讯 3月2日，县长张华调研水利工程建设。\n张华要求，水利工程要确保质量和进度。"),
                new Seen("全县教育工作会议召开", "03-03", List.of("李丽"), "本报讯 3月3日，全县教育工作会议召开。"));
    }

    @Test
    void bylineBetweenHeadlineAndLeadStaysWithItsStory() {
        PageResult r = read("""
                全县林业工作会议召开

                本报记者 王芳 李丽

                本报讯 3月2日，全县林业工作会议召开。

                全县教育工作会议召开

                本报讯 3月3日，全县教育工作会议召开。
                """);
        assertThat(seen(r)).containsExactly(
                new Seen("全县林业工作会议召开", "03-02", List.of("王芳", "李丽"), "本报讯 3月2日，全县林业工作会议召开。"),
                new Seen("全县教育工作会议召开", "03-03", List.of(), "本报讯 3月3日，全县教育工作会议召开。"));
    }

    @Test
    void storiesWithoutLeadMarkerOpenAtADatedParagraphBelowAHeadline() {
        PageResult r = read("""
                市长调研物流园区
                8月1日上午，市长陈刚调研物流园区建设。
                他强调，要加快项目建设。
                全市教育工作会议召开
                8月2日，全市教育工作会议召开。
                """);
        assertThat(seen(r)).containsExactly(
                new Seen("市长调研物流园区", "08-01", List.of(), "8月1日上午，市长陈刚调研物流园区建设。\n他强调，要加快项目建设。"),
                new Seen("全市教育工作会议召开", "08-02", List.of(), "8月2日，全市教育工作会议召开。"));
    }

    @Test
    void lineFinishingAnOpenSentenceIsNotAnExtraHeadline() {
        PageResult r = read("""
                全县林业工作会议召开

                本报讯 3月2日，全县林业工作会议召开。会议要求，各乡镇要加强森林防火和

                林业执法工作

                全县教育工作会议召开

                本报讯 3月3日，全县教育工作会议召开。
                """);
        assertThat(seen(r)).containsExactly(
                new Seen("全县林业工作会议召开", "03-02", List.of(),
                        "本报讯 3月2日，全县林业工作会议召开。会议要求，各乡镇要加强森林防火和林业执法工作"),
                new Seen("全县教育工作会议召开", "03-03", List.of(), "本报讯 3月3日，全县教育工作会议召开。"));
    }

    @Test
    void paragraphThatStartsMidSentenceFinishesTheStoryLeftOpen() {
        PageResult r = read("""
                全县林业工作会议召开

                本报讯 3月2日，全县林业工作会议召开。会议要求，各乡镇要加强森林防火和林业执法工

                全县教育工作会议召开

                本报讯 3月3日，全县教育工作会议召开。

                作。会议还部署了春季植树工作。

                李丽
                """);
        assertThat(seen(r)).containsExactly(
                new Seen("全县林业工作会议召开", "03-02", List.of(),
                        "本报讯 3月2日，全县林业工作会议召开。会议要求，各乡镇要加强森林防火和林业执法工作。会议还部署了春季植树工作。"),
                new Seen("全县教育工作会议召开", "03-03", List.of("李丽"), "本报讯 3月3日，全县教育工作会议召开。"));
    }

    @Test
    void quotesStayWithTheirSentenceAndTextStaysVerbatim() {
        PageResult r = read("""
                市长参观AI实验室

                本报讯 １０月１日，他说：“项目很好。我们支持！”随后参观了AI实验室,并座谈！

                """);
        Story s = r.stories().getFirst();
        assertThat(s.date()).isEqualTo("10-01");
        assertThat(s.text()).isEqualTo("本报讯 １０月１日，他说：“项目很好。我们支持！”随后参观了AI实验室,并座谈！");
        assertThat(s.sentences()).extracting(Sentence::text)
                .containsExactly("本报讯 １０月１日，他说：“项目很好。我们支持！”", "随后参观了AI实验室,并座谈！");
    }

    @Test
    void sameTextSameIdAndDifferentTextDifferentId() {
        String page = """
                全县安全生产会议召开

                本报讯 7月3日，全县安全生产会议召开。
                """;
        String id = read(page).stories().getFirst().id();
        assertThat(id).hasSize(16).matches("[0-9a-f]+");
        assertThat(new PageReader().read(new Page("t.txt", page)).stories().getFirst().id()).isEqualTo(id);
        assertThat(read(page.replace("7月3日", "7月4日")).stories().getFirst().id()).isNotEqualTo(id);
    }

    @Test
    void nearMissAHeadlineEndingOnAVerbThatEndsLikeASectionIsNoLabel() {
        PageResult r = read("""
                县两会特刊今日出版

                本报讯 1月8日，县两会特刊今日出版，共16个版面。

                综合新闻版

                县文联换届

                本报讯 1月9日，县文联召开第五次代表大会。
                """);
        assertThat(r.stories()).extracting(Story::title).containsExactly("县两会特刊今日出版", "县文联换届");
        assertThat(r.discarded()).containsExactly(new NoiseLine("t.txt", 5, "综合新闻版", "section-label"));
    }
}
