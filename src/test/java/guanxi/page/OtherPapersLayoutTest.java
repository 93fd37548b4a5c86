package guanxi.page;

import guanxi.model.NoiseLine;
import guanxi.model.PageResult;
import guanxi.model.Story;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Hand-made pages in the layouts of other papers: blank lines part the stories, few 本报讯 leads. */
class OtherPapersLayoutTest {
    private final PageReader reader = new PageReader();

    private PageResult read(String text) {
        return PageReads.readAccounted(reader, text);
    }

    private static List<String> titles(PageResult r) {
        return r.stories().stream().map(Story::title).toList();
    }

    @Test
    void exclaimingHeadlineAndHeadlessStoryBetweenStories() {
        PageResult r = read("""
                全力以赴保春耕！

                3月12日，县农业农村局组织二十名农技人员分赴各乡镇指导春耕备耕。

                各乡镇同步开展农资质量抽检。


                日前，县图书馆新增自助借阅设备十台，读者可凭身份证自助办理借还。

                馆方表示，年内还将开通夜间借阅服务。


                城西污水管网改造完工

                3月15日，城西片区污水管网改造工程通过验收，惠及居民八千余户。
                """);
        assertThat(titles(r)).containsExactly("全力以赴保春耕！", "（无标题）", "城西污水管网改造完工");
        assertThat(r.stories()).extracting(Story::date).containsExactly("03-12", null, "03-15");
        assertThat(r.stories().get(1).text()).startsWith("日前，县图书馆").endsWith("夜间借阅服务。");
    }

    @Test
    void photoCaptionsBetweenHeadlineAndLeadAreSetAside() {
        PageResult r = read("""
                物流园二期开工建设

                图为开工仪式现场

                ▲ 施工机械进场作业

                4月2日，物流园二期工程开工，计划明年建成投用。
                """);
        assertThat(titles(r)).containsExactly("物流园二期开工建设");
        assertThat(r.stories().getFirst().date()).isEqualTo("04-02");
        assertThat(r.discarded()).extracting(NoiseLine::reason).containsExactly("photo-caption", "photo-caption");
    }

    @Test
    void paragraphsPartedByBlankLinesUpToTheStorysBylineAreItsOwn() {
        PageResult r = read("""
                县商务局赴宁波对接外贸企业
                本报讯 9月4日至6日，县商务局局长乔宇带队赴宁波市对接外贸企业。

                在余姚，考察组先后走访了两家模具企业，了解订单转移意向。

                在慈溪，乔宇与当地小家电企业负责人座谈，介绍我县产业园区配套情况。
                （记者 邝丽）
                """);
        assertThat(titles(r)).containsExactly("县商务局赴宁波对接外贸企业");
        assertThat(r.stories().getFirst().text()).contains("在余姚").endsWith("配套情况。");
        assertThat(r.stories().getFirst().reporters()).containsExactly("邝丽");
        PageResult two = read("""
                县农技站开展秋播指导
                10月8日，县农技站组织技术人员下乡开展秋播指导。

                在城关镇，技术人员现场讲解小麦播种要点。

                在石桥镇，技术人员检查了种子和化肥质量。（通讯员 邝丽）
                """);
        assertThat(titles(two)).containsExactly("县农技站开展秋播指导");
        assertThat(two.stories().getFirst().text()).contains("在城关镇").contains("在石桥镇");
    }

    @Test
    void nearMissASignedBlockOpeningAsALeadIsAStoryOfItsOwn() {
        PageResult r = read("""
                县农技站开展秋播指导
                10月8日，县农技站组织技术人员下乡开展秋播指导。


                日前，县图书馆新增自助借阅设备十台，读者可凭身份证自助办理借还。

                馆方表示，年内还将开通夜间借阅服务。（通讯员 邝丽）
                """);
        assertThat(titles(r)).containsExactly("县农技站开展秋播指导", "（无标题）");
        assertThat(r.stories().get(1).reporters()).containsExactly("邝丽");
    }

    @Test
    void aMastheadWithTheFullDateAndWeekdayIsPageFurniture() {
        PageResult r = read("""
                青禾县融媒体中心主办　　2025年6月3日　星期二

                县长调研重点工程！

                【青禾讯】6月2日，县长滕玉龙带队调研重点工程建设情况。
                """);
        assertThat(titles(r)).containsExactly("县长调研重点工程！");
        assertThat(r.discarded()).extracting(NoiseLine::reason).containsExactly("page-furniture");
        // Near miss: a sentence that opens with the date is the story's text.
        PageResult dated = read("""
                青禾县召开防汛工作会议

                2025年6月3日星期二，青禾县召开防汛工作会议，部署汛期安全工作。
                """);
        assertThat(dated.stories().getFirst().text()).startsWith("2025年6月3日星期二，");
    }

    @Test
    void aCaptionBelowAStoryIsSetAside() {
        PageResult r = read("""
                县城南大桥主体完工

                本报讯 6月3日，县城南大桥主体工程完工，预计8月通车。
                （记者 邝丽）

                图为大桥施工现场航拍。
                """);
        assertThat(titles(r)).containsExactly("县城南大桥主体完工");
        assertThat(r.stories().getFirst().reporters()).containsExactly("邝丽");
        assertThat(r.discarded()).extracting(NoiseLine::reason).containsExactly("photo-caption");
        PageResult unsigned = read("""
                滕玉龙检查春耕生产

                4月9日，副县长滕玉龙到青石镇检查春耕生产，察看育秧大棚和农资储备。

                图为滕玉龙（右一）在育秧大棚察看秧苗长势。

                农机合作社扩建机库

                4月10日，县农机合作社新建机库一座，可停放农机40台。
                """);
        assertThat(titles(unsigned)).containsExactly("滕玉龙检查春耕生产", "农机合作社扩建机库");
        // Inside a story's text a caption stays where it is printed (the extractor reads it as a caption).
        assertThat(unsigned.stories().getFirst().text()).endsWith("察看秧苗长势。");
    }

    @Test
    void nearMissACaptionParagraphWithMoreSentencesIsText() {
        PageResult r = read("""
                滨河公园开放

                5月1日，滨河公园正式开放，新增健身步道三公里。

                图为市民在公园散步。公园全天免费开放，设有停车位200个。
                """);
        assertThat(titles(r)).containsExactly("滨河公园开放");
        assertThat(r.stories().getFirst().text()).contains("停车位200个");
        assertThat(r.discarded()).extracting(NoiseLine::reason).doesNotContain("photo-caption");
    }

    @Test
    void headlinesPrintedAfterTheirBodiesGoBackToThem() {
        PageResult r = read("""
                5月6日，滨河公园改造工程完工，新增健身步道三公里。

                滨河公园改造完工开放


                5月7日，县职教中心与三家企业签订校企合作协议，共建实训基地。

                职教中心校企合作签约
                """);
        assertThat(titles(r)).containsExactly("滨河公园改造完工开放", "职教中心校企合作签约");
        assertThat(r.stories()).extracting(Story::date).containsExactly("05-06", "05-07");
    }

    @Test
    void aHeadlessStoryAtThePageTopIsItsOwnStory() {
        PageResult r = read("""
                9月8日，县文化馆举办农民画展，展出作品一百二十幅。
                画展将持续至本月底。
                城东菜市场改造完成
                9月9日，城东菜市场改造完成并恢复营业，新增摊位六十个。
                """);
        assertThat(titles(r)).containsExactly("（无标题）", "城东菜市场改造完成");
        assertThat(r.stories()).extracting(Story::date).containsExactly("09-08", "09-09");
    }

    @Test
    void aDatedParagraphBelowAnUndatedLeadStaysInItsStoryButOneBelowADatedLeadStandsApart() {
        PageResult r = read("""
                小山村走出致富路
                初夏时节，走进桃溪镇桃源村，漫山遍野的果树郁郁葱葱。
                5月18日，村党支部书记覃立军带着记者来到果品加工车间，工人们正在分拣黄桃。
                城东菜市场改造完成
                9月9日，城东菜市场改造完成并恢复营业，新增摊位六十个。
                9月10日，县气象台发布暴雨蓝色预警，提醒群众减少外出。
                """);
        assertThat(titles(r)).containsExactly("小山村走出致富路", "城东菜市场改造完成", "（无标题）");
        assertThat(r.stories()).extracting(Story::date).containsExactly("05-18", "09-09", "09-10");
    }

    @Test
    void aBylineBehindABulletMarkIsTheByline() {
        PageResult r = read("""
                县人大常委会开展食品安全执法检查

                ■本报记者 高志远

                6月28日，县人大常委会副主任梁文华带队开展执法检查。


                城关镇开展防溺水宣传

                ●记者 田小雨 通讯员 包佳

                7月1日，城关镇组织志愿者走进社区开展防溺水宣传。

                ■ 守护平安暑假

                活动中，志愿者向群众发放宣传资料三千余份。
                """);
        assertThat(titles(r)).containsExactly("县人大常委会开展食品安全执法检查", "城关镇开展防溺水宣传");
        assertThat(r.stories()).extracting(Story::reporters).containsExactly(List.of("高志远"), List.of("田小雨", "包佳"));
        // A bullet before words that are no names is no byline: the text stays where the page puts it.
        assertThat(r.stories().get(1).text()).contains("■ 守护平安暑假\n活动中");
    }

    @Test
    void thePapersImprintWeatherAndHotlinesAreSetAside() {
        PageResult r = read("""
                我县举办首届农民篮球赛

                近日，我县首届农民篮球赛在县体育馆开幕，16支代表队参赛。报名咨询电话：0736-7654321。


                邮发代号：35-112  国内统一连续出版物号：CN43-0099
                天气预报：今天 晴转多云 18℃～29℃
                新闻热线：0736-1234567  广告热线：0736-2345678
                社址：青禾县人民路88号  邮编：415000
                """);
        assertThat(titles(r)).containsExactly("我县举办首届农民篮球赛");
        assertThat(r.stories().getFirst().text()).endsWith("报名咨询电话：0736-7654321。");
        assertThat(r.discarded()).extracting(NoiseLine::reason).containsOnly("page-furniture").hasSize(4);
    }

    @Test
    void nearMissAStorysContactLineAndAWeatherStoryStayText() {
        PageResult r = read("""
                县气象台发布暴雨预警

                7月8日，县气象台发布暴雨蓝色预警，提醒群众减少外出。
                天气转好后，各乡镇将组织抢收早稻。
                联系电话：0736-7654321
                """);
        assertThat(titles(r)).containsExactly("县气象台发布暴雨预警");
        assertThat(r.stories().getFirst().text()).contains("天气转好后").endsWith("联系电话：0736-7654321");
        assertThat(r.discarded()).isEmpty();
    }

    @Test
    void thePageHeaderWithPaperDateAndPageNumberIsSetAsideAndDatesTheStories() {
        PageResult r = read("""
                青禾日报 2024年3月8日 第3版 综合新闻
                本版责编：冉小敏  版式：章虹

                县妇联举办“巾帼心向党”主题活动

                本报讯（记者 柴晓敏）3月7日，县妇联在县文化中心举办主题活动，200余名妇女代表参加。


                河湾镇开展春耕技术培训

                本报讯 3月5日，河湾镇邀请农技专家为种植户开展春耕技术培训。
                """);
        assertThat(titles(r)).containsExactly("县妇联举办“巾帼心向党”主题活动", "河湾镇开展春耕技术培训");
        assertThat(r.stories()).extracting(Story::date).containsExactly("2024-03-07", "2024-03-05");
        assertThat(r.discarded()).extracting(NoiseLine::reason).containsExactly("page-furniture", "editor-credit");
    }

    @Test
    void nearMissAHeadlineNamingAPageOrAWeekdayStaysAHeadline() {
        PageResult r = read("""
                星期天的菜市场

                本报讯 3月5日，城东菜市场改造后首个周末迎来客流高峰。


                县融媒体中心推出“第二版”特刊

                本报讯 3月6日，县融媒体中心推出两会特刊。
                """);
        assertThat(titles(r)).containsExactly("星期天的菜市场", "县融媒体中心推出“第二版”特刊");
        assertThat(r.discarded()).isEmpty();
    }

    @Test
    void aMediaCentreLeadInBlackBracketsAndAColumnTagAboveTheHeadline() {
        PageResult r = read("""
                【乡村振兴】
                竹溪村：小竹子撑起大产业

                【青禾融媒讯】（记者 史可欣）走进竹溪村竹编产业园，村民们正在赶制一批出口订单。


                【青禾融媒讯】5月12日，县农业农村局组织开展高标准农田建设现场观摩。


                城南街道开展消防演练

                [临水新闻网讯]（通讯员 伍佳）5月13日，城南街道组织开展消防应急演练。
                """);
        assertThat(titles(r)).containsExactly("竹溪村：小竹子撑起大产业", "（无标题）", "城南街道开展消防演练");
        assertThat(r.stories()).extracting(Story::date).containsExactly(null, "05-12", "05-13");
        assertThat(r.stories()).extracting(Story::reporters).containsExactly(List.of("史可欣"), List.of(), List.of("伍佳"));
        assertThat(r.discarded()).extracting(NoiseLine::reason).containsExactly("section-label");
    }

    @Test
    void nearMissABracketedPhraseOpeningABodyLineStaysText() {
        PageResult r = read("""
                县图书馆开展读书月活动

                本报讯 4月23日，县图书馆开展读书月活动。
                【活动现场】读者们在书架前挑选图书，气氛热烈。
                """);
        assertThat(titles(r)).containsExactly("县图书馆开展读书月活动");
        assertThat(r.stories().getFirst().text()).endsWith("【活动现场】读者们在书架前挑选图书，气氛热烈。");
        assertThat(r.discarded()).isEmpty();
    }

    @Test
    void jumpLinesAreSetAsideAndTheTextContinuedFromAnotherPageIsAStoryOfItsOwn() {
        PageResult r = read("""
                全县污水治理项目签约

                本报讯 5月13日，青禾县与一家建设集团签订全域污水治理项目合作协议。
                据悉，项目建成后将覆盖全县12个乡镇。
                （下转第二版）


                竹溪村：小竹子撑起大产业

                本报讯 5月10日，村党支部书记雷振华告诉记者，去年竹编产业为村集体增收46万元。

                （上接第一版）
                会议强调，要压紧压实各级责任，确保各项任务落到实处。
                会议还研究了其他事项。
                """);
        assertThat(titles(r)).containsExactly("全县污水治理项目签约", "竹溪村：小竹子撑起大产业", "（无标题）");
        assertThat(r.stories().get(2).text()).isEqualTo("会议强调，要压紧压实各级责任，确保各项任务落到实处。\n会议还研究了其他事项。");
        assertThat(r.discarded()).extracting(NoiseLine::reason).containsExactly("jump-line", "jump-line");
    }

    @Test
    void aPageOpeningWithTheRestOfAStoryFromPageOne() {
        PageResult r = read("""
                (上接A1版)
                邹建平要求，各部门要对标年度目标，全力冲刺四季度。
                县农技中心开展病虫害统防统治
                6月3日，县农技中心组织植保无人机开展水稻病虫害统防统治。
                （转第4版）
                """);
        assertThat(titles(r)).containsExactly("（无标题）", "县农技中心开展病虫害统防统治");
        assertThat(r.stories().get(0).text()).isEqualTo("邹建平要求，各部门要对标年度目标，全力冲刺四季度。");
        assertThat(r.discarded()).extracting(NoiseLine::reason).containsExactly("jump-line", "jump-line");
    }

    @Test
    void nearMissASentenceReferringToAnotherPageStaysText() {
        PageResult r = read("""
                县两会特刊今日与读者见面

                本报讯 1月8日，县两会特刊今日出版。更多内容详见第2版。
                转第3版阅读代表风采。
                """);
        assertThat(titles(r)).containsExactly("县两会特刊今日与读者见面");
        assertThat(r.stories().getFirst().text()).contains("更多内容详见第2版。").endsWith("转第3版阅读代表风采。");
    }

    @Test
    void aHeadlineWithAQuestionOrCallBetweenTwoPhrases() {
        PageResult r = read("""
                春耕时节农事忙

                本报讯 眼下正值春耕时节，全县各地农民抢抓农时。
                （通讯员 景丽 摄影报道）


                你知道吗？这些政策红利正在落地

                2024年，我县出台支持小微企业发展十条措施。
                （记者 佟冰）


                稳岗就业有妙招！我县多措并举促就业

                今年以来，全县新增城镇就业2100人。
                """);
        assertThat(titles(r)).containsExactly("春耕时节农事忙", "你知道吗？这些政策红利正在落地", "稳岗就业有妙招！我县多措并举促就业");
        assertThat(r.stories()).extracting(Story::reporters).containsExactly(List.of("景丽"), List.of("佟冰"), List.of());
    }

    @Test
    void nearMissAQuotedQuestionBrokenOffStaysInItsParagraph() {
        PageResult r = read("""
                村里修通致富路

                本报讯 5月6日，记者来到桃源村，村民正在新修的公路上晾晒稻谷。
                “这是为什么？原来是村里修了
                新路。”村民李大爷笑着说。
                """);
        assertThat(titles(r)).containsExactly("村里修通致富路");
        assertThat(r.stories().getFirst().text()).endsWith("“这是为什么？原来是村里修了新路。”村民李大爷笑着说。");
    }
}
