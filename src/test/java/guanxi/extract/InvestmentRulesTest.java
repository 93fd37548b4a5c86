package guanxi.extract;

import guanxi.model.Extraction;
import org.junit.jupiter.api.Test;

import static guanxi.extract.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who invests in what, and how much: a company's investment followed by what it builds in the next clause, the
 * investors after 由 of a project that is the sentence's topic, the place where a project is built kept out of its name.
 */
class InvestmentRulesTest {

    private static final Extractor EXTRACTOR = new Extractor();

    private static Extraction extract(String body) {
        return EXTRACTOR.extract(story("标题", body));
    }

    private static java.util.List<String> invests(Extraction x) {
        return Show.relations(x).stream().filter(r -> r.startsWith("INVESTS_IN")).toList();
    }

    @Test
    void aCompanyInvestsThenBuilds() {
        Extraction x = extract("远川食品有限公司计划投资3亿元，在青石县建设年产10万吨冷冻食品加工项目。");
        assertThat(Show.projects(x)).containsExactly("年产10万吨冷冻食品加工项目 300000000 null");
        assertThat(invests(x)).containsExactly("INVESTS_IN 远川食品有限公司->年产10万吨冷冻食品加工项目");
        x = extract("华岭电子有限公司拟投资12亿元在龙湾经开区建设智能终端产业园。");
        assertThat(Show.projects(x)).containsExactly("智能终端产业园 1200000000 null");
        assertThat(invests(x)).containsExactly("INVESTS_IN 华岭电子有限公司->智能终端产业园");
        x = extract("嘉成精密机械有限公司投资2.5亿元，新建数控机床生产线项目。");
        assertThat(invests(x)).containsExactly("INVESTS_IN 嘉成精密机械有限公司->数控机床生产线项目");
        // Near miss: another subject builds in the next clause.
        x = extract("远川食品有限公司计划投资3亿元，县政府将同步建设龙湾大道改造工程。");
        assertThat(invests(x)).isEmpty();
        assertThat(Show.projects(x)).containsExactly("龙湾大道改造工程 null null");
    }

    @Test
    void theInvestorsAfterYouOfTheSentencesProject() {
        assertThat(invests(extract("据了解，滨江冷链物流园项目占地300亩，总投资6亿元，由远川食品有限公司负责建设运营。")))
                .containsExactly("INVESTS_IN 远川食品有限公司->滨江冷链物流园项目");
        assertThat(invests(extract("龙湾光伏电站项目由华岭电子有限公司投资建设，项目总投资约8亿元。")))
                .containsExactly("INVESTS_IN 华岭电子有限公司->龙湾光伏电站项目");
        assertThat(invests(extract("青石水厂扩建工程装机规模5万吨，由远帆水务有限公司和青石城投集团共同投资。")))
                .containsExactly("INVESTS_IN 远帆水务有限公司->青石水厂扩建工程", "INVESTS_IN 青石城投集团->青石水厂扩建工程");
        // Near miss: a company that only runs the tender after 由 invests in nothing.
        assertThat(invests(extract("青石水厂扩建工程获批后，由远帆招标代理有限公司通过公开招标确定投资人。"))).isEmpty();
    }

    @Test
    void anAmountInvestedThenWhatItBuildsAfterAComma() {
        // 投资12亿元，建设P: the clause after the amount names what the money builds.
        assertThat(Show.projects(extract("根据协议，远帆能源有限公司将在我市投资12亿元，建设智慧能源综合服务项目。")))
                .containsExactly("智慧能源综合服务项目 1200000000 null");
        assertThat(Show.projects(extract("青禾食品集团有限公司计划投资3.5亿元，新建冷链物流园项目。")))
                .containsExactly("冷链物流园项目 350000000 null");
        assertThat(Show.projects(extract("该公司拟投资8000万元，用于建设年产2万吨有机肥项目。")))
                .containsExactly("年产2万吨有机肥项目 80000000 null");
        // Near misses: the amount belongs to the project its own clause names or points back to.
        assertThat(Show.projects(extract("滨江物流园项目签约。该项目总投资20亿元，主要建设年产10GWh动力电池生产线。")))
                .contains("滨江物流园项目 2000000000 agreed");
        assertThat(Show.projects(extract("龙湾物流园项目总投资5亿元，建设滨江冷链物流中心项目。")))
                .containsExactly("龙湾物流园项目 500000000 null", "滨江冷链物流中心项目 null null");
    }

    @Test
    void thePlantSeenAtAFirmVisitedIsTheFirms() {
        // 在X公司，…查看了年产…生产线; 来到X公司，察看了年产…项目建设现场: an annual output or a plant seen where the
        // firm was visited, in the same sentence, is the firm's own.
        assertThat(invests(extract("县委副书记韦立新一行来我县调研。在青禾建材有限公司，韦立新听取了企业汇报，并查看了年产60万吨干混砂浆生产线建设进度。")))
                .containsExactly("INVESTS_IN 青禾建材有限公司->年产60万吨干混砂浆生产线");
        assertThat(invests(extract("副省长刘平来我市调研。刘平来到远帆钢铁集团有限公司，实地察看了年产200万吨特钢棒材项目建设现场。")))
                .containsExactly("INVESTS_IN 远帆钢铁集团有限公司->年产200万吨特钢棒材项目");
        assertThat(invests(extract("县长王强来我县调研。王强一行来到龙湾电子有限公司，察看了年产500万片显示模组项目建设情况。")))
                .containsExactly("INVESTS_IN 龙湾电子有限公司->年产500万片显示模组项目");
        // Near miss: a public project asked about at the firm is not the firm's.
        assertThat(invests(extract("县长王强来我县调研。在青禾建材有限公司，王强询问了城南污水处理厂扩建项目进展。"))).isEmpty();
    }

    @Test
    void theBuilderOfAProjectPointedBackInvestsInIt() {
        // 该项目总投资N元，由X承建: the sentence is about the project named before, its figures first, its builder after.
        assertThat(invests(extract("滨江物流园项目开工仪式举行。该项目总投资6亿元，由远川食品有限公司承建。")))
                .containsExactly("INVESTS_IN 远川食品有限公司->滨江物流园项目");
        assertThat(invests(extract("青禾县城市综合体项目正式开业。该项目占地200亩，总投资18亿元，由华岭置业有限公司投资建设。")))
                .containsExactly("INVESTS_IN 华岭置业有限公司->青禾县城市综合体项目");
        assertThat(invests(extract("龙湾污水处理厂提标改造工程顺利完工。据了解，该工程总投资8000万元，由青禾环保科技有限公司承建。")))
                .containsExactly("INVESTS_IN 青禾环保科技有限公司->龙湾污水处理厂提标改造工程");
        // Near miss: the project is run by a public body after it is built; no firm builds it.
        assertThat(invests(extract("滨江物流园项目开工仪式举行。该项目总投资6亿元，建成后由县商务局负责运营。"))).isEmpty();
    }

    @Test
    void theFirmASpeakerCallsTheCompanyInvests() {
        // X介绍/表示/说，公司/集团/企业…投资…建设P: the speaker's bare 公司 is the company named last before.
        assertThat(invests(extract("远帆电子有限公司董事长刘平一行来我县考察。刘平介绍，公司计划投资3亿元建设新型显示模组项目。")))
                .containsExactly("INVESTS_IN 远帆电子有限公司->新型显示模组项目");
        assertThat(invests(extract("在青禾能源股份有限公司，总经理孙浩表示，公司将投资8亿元建设光伏储能电站项目。")))
                .containsExactly("INVESTS_IN 青禾能源股份有限公司->光伏储能电站项目");
        assertThat(invests(extract("华岭食品集团有限公司副总裁邓立说，集团拟投资2亿元建设冷链仓储基地项目。")))
                .containsExactly("INVESTS_IN 华岭食品集团有限公司->冷链仓储基地项目");
        // Near misses: 企业 said of firms in general; a firm the speaker does not call 公司.
        assertThat(invests(extract("县长赵海走访了远帆电子有限公司。赵海表示，企业要抢抓机遇，县里将全力支持城南物流园项目建设。")))
                .isEmpty();
        assertThat(invests(extract("县长赵海考察了远帆电子有限公司。赵海表示，县里计划投资5亿元建设城南物流园项目。")))
                .isEmpty();
    }

    @Test
    void theProjectBothSidesTalkAboutAfterMeetingACompanysHead() {
        // 会见了X公司总经理Y，双方就P…达成合作意向/进行交流: Y's company partners on P.
        assertThat(invests(extract("县长王强会见了远帆物流集团有限公司总经理李东，双方就建设城南冷链物流园项目达成合作意向。")))
                .containsExactly("INVESTS_IN 远帆物流集团有限公司->城南冷链物流园项目");
        assertThat(invests(extract("市长赵海会见华岭电子有限公司董事长刘建华一行，双方就智能终端产业园项目合作事宜进行了深入交流。")))
                .containsExactly("INVESTS_IN 华岭电子有限公司->智能终端产业园项目");
        assertThat(invests(extract("副县长钱立与青禾能源股份有限公司副总裁孙浩座谈，双方围绕光伏储能电站项目进行了洽谈。")))
                .containsExactly("INVESTS_IN 青禾能源股份有限公司->光伏储能电站项目");
        // Near miss: the two sides talk about a project, but the person met works for no company.
        assertThat(invests(extract("县长王强会见了市交通局局长李东，双方就城南快速路项目进行了交流。"))).isEmpty();
    }

    @Test
    void theProjectBothSidesTalkAboutInTheSentenceAfterTheTalks() {
        // …与X公司总裁Y进行了座谈。双方就P…: the talks of the sentence before are on Y's firm's P.
        assertThat(invests(extract("在佛山，县长王强拜访了远帆陶瓷集团有限公司，与集团总裁李东进行了座谈。"
                + "双方就陶瓷原料基地项目落地我县达成合作意向。")))
                .containsExactly("INVESTS_IN 远帆陶瓷集团有限公司->陶瓷原料基地项目");
        assertThat(invests(extract("副县长钱立与青禾能源股份有限公司副总裁孙浩座谈。双方围绕光伏储能电站项目进行了洽谈。")))
                .containsExactly("INVESTS_IN 青禾能源股份有限公司->光伏储能电站项目");
        assertThat(invests(extract("市长赵海会见了华岭电子有限公司董事长刘建华一行并举行会谈。双方就智能终端产业园项目进行了深入交流。")))
                .containsExactly("INVESTS_IN 华岭电子有限公司->智能终端产业园项目");
        // Near miss: a sentence between the talks and 双方 breaks the link.
        assertThat(invests(extract("副县长钱立与青禾能源股份有限公司副总裁孙浩座谈。钱立介绍了我县营商环境。"
                + "双方围绕光伏储能电站项目进行了洽谈。"))).isEmpty();
    }

    @Test
    void theProjectBothSidesTalkAboutWhenACompanysHeadLeadsTheVisit() {
        // X公司副总经理Y一行来我县考察。…双方就P进行了交流: the visiting firm is one side of the talks on P.
        assertThat(invests(extract("8月3日，华岭电子有限公司副总经理邓立一行来我县考察。双方就光学镜片生产基地项目进行了深入交流。")))
                .containsExactly("INVESTS_IN 华岭电子有限公司->光学镜片生产基地项目");
        assertThat(invests(extract("远帆物流集团有限公司董事长刘平率队来我县考察。座谈会上，双方围绕冷链物流园项目达成初步合作意向。")))
                .containsExactly("INVESTS_IN 远帆物流集团有限公司->冷链物流园项目");
        assertThat(invests(extract("青禾能源股份有限公司总裁孙浩带队到我县考察。随后，双方就建设光伏储能电站项目进行洽谈。")))
                .containsExactly("INVESTS_IN 青禾能源股份有限公司->光伏储能电站项目");
        // Near miss: the visit is led by an official, whose body invests in nothing.
        assertThat(invests(extract("市交通局局长李东一行来我县考察。双方就城南快速路项目进行了交流。"))).isEmpty();
    }

    @Test
    void aFirmNamedByItsRoleInTheProject() {
        Extraction x = extract("龙湾光伏电站项目的投资方华岭电子有限公司表示将加快建设。");
        assertThat(Show.companies(x)).containsExactly("华岭电子有限公司");
        assertThat(invests(x)).containsExactly("INVESTS_IN 华岭电子有限公司->龙湾光伏电站项目");
        assertThat(invests(extract("滨江物流园项目开发商为远帆置业有限公司。")))
                .containsExactly("INVESTS_IN 远帆置业有限公司->滨江物流园项目");
        assertThat(invests(extract("龙湾大桥项目的施工单位远帆路桥有限公司正在加紧施工。")))
                .containsExactly("INVESTS_IN 远帆路桥有限公司->龙湾大桥项目");
        // Near miss: the supervisor of the works neither invests nor builds; its role stays out of its name.
        x = extract("龙湾大桥项目的监理单位远帆咨询有限公司进场。");
        assertThat(Show.companies(x)).containsExactly("远帆咨询有限公司");
        assertThat(invests(x)).isEmpty();
    }

    @Test
    void aProjectConnectedToTheGridIsOperating() {
        assertThat(Show.projects(extract("由华岭电子有限公司投资建设的龙湾光伏电站项目已并网发电。")))
                .containsExactly("龙湾光伏电站项目 null operating");
        assertThat(Show.projects(extract("青石风电场项目去年底投运。"))).containsExactly("青石风电场项目 null operating");
        assertThat(Show.projects(extract("滨江冷链物流园项目正式运营。"))).containsExactly("滨江冷链物流园项目 null operating");
        // Near miss: a project being built whose operators are named is not yet operating.
        assertThat(Show.projects(extract("滨江冷链物流园项目正在建设，运营团队已组建。")))
                .containsExactly("滨江冷链物流园项目 null building");
    }

    @Test
    void amountsInChineseNumeralsFullWidthFiguresOrRenminbi() {
        assertThat(Show.projects(extract("青溪冷链物流园项目总投资五亿元，由远川食品有限公司投资建设。")))
                .containsExactly("青溪冷链物流园项目 500000000 null");
        assertThat(Show.projects(extract("龙湾光伏电站项目总投资二十三亿元。")))
                .containsExactly("龙湾光伏电站项目 2300000000 null");
        assertThat(Show.projects(extract("白沙文旅综合体项目计划总投资３．５亿元。")))
                .containsExactly("白沙文旅综合体项目 350000000 null");
        assertThat(Show.projects(extract("华岭电子元器件项目总投资人民币8000万元。")))
                .containsExactly("华岭电子元器件项目 80000000 null");
        assertThat(Show.projects(extract("石门新材料产业园项目总投资3亿5千万元。")))
                .containsExactly("石门新材料产业园项目 350000000 null");
        assertThat(Show.projects(extract("东湖康养中心项目总投资一点五亿元。")))
                .containsExactly("东湖康养中心项目 150000000 null");
        // Near misses: dollars are no yuan, and 近亿元 states no figure.
        assertThat(Show.projects(extract("龙湾光伏电站项目总投资1.2亿美元。")))
                .containsExactly("龙湾光伏电站项目 null null");
        assertThat(Show.projects(extract("龙湾光伏电站项目总投资近亿元。")))
                .containsExactly("龙湾光伏电站项目 null null");
    }
}
