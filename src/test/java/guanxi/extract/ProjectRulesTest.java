package guanxi.extract;

import guanxi.model.Extraction;
import org.junit.jupiter.api.Test;

import static guanxi.extract.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

/** Projects found by structure: facility heads, verbs inside names, amounts before, after and in the next sentence. */
class ProjectRulesTest {

    private static final Extractor EXTRACTOR = new Extractor();

    private static Extraction extract(String body) {
        return EXTRACTOR.extract(story("标题", body));
    }

    @Test
    void anOutputPerYearOpensTheFacilitysName() {
        // 查看了年产60万吨…生产线: the verb of output before its figure is the facility's size, kept in its name.
        assertThat(Show.projects(extract("韦立新查看了年产60万吨干混砂浆生产线建设进度。")))
                .extracting(p -> p.split(" ")[0]).containsExactly("年产60万吨干混砂浆生产线");
        assertThat(Show.projects(extract("县长王强察看了年产30万套汽车零部件生产线建设情况。")))
                .extracting(p -> p.split(" ")[0]).containsExactly("年产30万套汽车零部件生产线");
        assertThat(Show.projects(extract("该公司正在建设年产3万吨饲料加工厂。")))
                .extracting(p -> p.split(" ")[0]).containsExactly("年产3万吨饲料加工厂");
        // Near miss: a verb of building before the figure is no part of the name.
        assertThat(Show.projects(extract("县长王强察看了新建5万平方米标准化厂房建设情况。")))
                .extracting(p -> p.split(" ")[0]).doesNotContain("新建5万平方米标准化厂房");
    }

    @Test
    void aProjectsSiteKeepsTheWholeNameOfTheProject() {
        // P项目建设现场: the project is named as its own head's walk names it, an annual output included.
        Extraction x = extract("副省长刘晓东来我市调研。刘晓东察看了年产200万吨特钢棒材项目建设现场。");
        assertThat(Show.projects(x)).containsExactly("年产200万吨特钢棒材项目 null building");
        assertThat(Show.relations(x)).contains("VISITED 刘晓东->年产200万吨特钢棒材项目");
        assertThat(Show.projects(extract("在年产5万吨再生铝项目施工现场，县长王强详细了解工程进度。")))
                .containsExactly("年产5万吨再生铝项目 null building");
        assertThat(Show.projects(extract("调研组来到年产10万套智能家电项目建设现场。")))
                .containsExactly("年产10万套智能家电项目 null building");
        // Near miss: a kind of place at work names no project.
        assertThat(extract("调研组来到工业园区建设现场。").projects()).isEmpty();
    }

    @Test
    void facilityNounInAClauseOfBuildingIsAProject() {
        assertThat(Show.projects(extract("3月8日，青禾县冷链物流分拣基地开工建设，总投资2.6亿元。")))
                .containsExactly("青禾县冷链物流分拣基地 260000000 building");
        assertThat(Show.projects(extract("松阳港区三期码头完成签约，总投资约12亿元。")))
                .containsExactly("松阳港区三期码头 1200000000 agreed");
        assertThat(Show.projects(extract("建设苍梧滨江物流园是全县的一件大事。")))
                .containsExactly("苍梧滨江物流园 null null");
    }

    @Test
    void energyWaterTransportAndHousingFacilitiesInAClauseOfBuilding() {
        assertThat(Show.projects(extract("禾田新能源有限公司投资4.5亿元建设北岭风电场。")))
                .containsExactly("北岭风电场 450000000 null");
        assertThat(Show.projects(extract("南溪镇生活垃圾处理厂开工建设，总投资8000万元。")))
                .containsExactly("南溪镇生活垃圾处理厂 80000000 building");
        assertThat(Show.projects(extract("全县新建东关智慧停车场和城西客运站，总投资1.2亿元。")))
                .containsExactly("东关智慧停车场 null null", "城西客运站 null null");
        assertThat(Show.projects(extract("今年将建设桃园安置小区，总投资3亿元。")))
                .containsExactly("桃园安置小区 300000000 null");
        // Near miss: the same kinds of place without a word of building are places.
        assertThat(extract("副县长刘平走访了桃园安置小区和城西客运站。").projects()).isEmpty();
    }

    @Test
    void facilityNounWithoutBuildingIsNoProject() {
        assertThat(extract("县委书记王立平在县人民医院调研。").projects()).isEmpty();
        assertThat(extract("会上，王立平与湖滨大学数据研究中心签约。").projects()).isEmpty();
        assertThat(extract("滨江物流园运营中心主任陈海涛介绍了园区情况。").projects()).isEmpty();
    }

    @Test
    void verbsInsideANameAndAnEarlierPhraseBeforeIt() {
        assertThat(Show.projects(extract("蓝川新材料有限公司年产8万吨再生铝熔铸生产线项目正式投产。")))
                .containsExactly("蓝川新材料有限公司年产8万吨再生铝熔铸生产线项目 null operating");
        assertThat(Show.projects(extract("上周，全区重点工程项目东湖净水厂管网配套工程PPP项目正式签约。")))
                .containsExactly("东湖净水厂管网配套工程PPP项目 null agreed");
    }

    @Test
    void amountBeforeItsProjectAndHedgedAmounts() {
        assertThat(Show.projects(extract("远帆控股集团投资5亿元建设青禾县智慧冷链物流园。")))
                .containsExactly("青禾县智慧冷链物流园 500000000 null");
        assertThat(Show.projects(extract("青禾光伏发电项目概算总投资超过8000万元。")))
                .containsExactly("青禾光伏发电项目 80000000 null");
        assertThat(Show.projects(extract("沙河口污水管网改造工程总投资3000余万元。")))
                .containsExactly("沙河口污水管网改造工程 30000000 null");
    }

    @Test
    void amountInTheNextSentenceGoesToTheProjectItRefersTo() {
        assertThat(Show.projects(extract("河源市东江水厂扩建工程开工。该项目总投资近3.5亿元，计划明年建成。")))
                .containsExactly("河源市东江水厂扩建工程 350000000 building");
        assertThat(Show.projects(extract("河源市东江水厂扩建工程开工。项目总投资1.2亿元。")))
                .containsExactly("河源市东江水厂扩建工程 120000000 building");
        // Near miss: an amount in a sentence that does not refer back to the project is not its investment.
        assertThat(Show.projects(extract("河源市东江水厂扩建工程开工。全市今年完成投资85亿元。")))
                .containsExactly("河源市东江水厂扩建工程 null building");
    }

    @Test
    void aProjectNamedInTheHeadlineAndABatchOfItsParts() {
        Extraction x = EXTRACTOR.extract(story("临港冷链物流枢纽项目框架协议正式签订", "双方将加强合作。"));
        assertThat(Show.projects(x)).containsExactly("临港冷链物流枢纽项目 null agreed");
        assertThat(Show.projects(extract("3月1日，滨江新城首批项目集中开工。")))
                .containsExactly("滨江新城 null building");
    }

    @Test
    void slogansAndDescriptionsAreNoNames() {
        assertThat(extract("按照“建设国内一流冷链物流基地”的定位，全县加快推进。").projects()).isEmpty();
        assertThat(extract("全力打造国内领先智能装备公司。").companies()).isEmpty();
    }

    @Test
    void aTotalOverSeveralProjectsIsNoOnesInvestment() {
        assertThat(Show.projects(extract("滨江物流园项目、青禾光伏发电项目等3个项目同日开工，项目总投资6.2亿元。")))
                .containsExactly("滨江物流园项目 null building", "青禾光伏发电项目 null building");
        assertThat(Show.projects(extract("河源市东江水厂扩建工程开工。滨江物流园项目、青禾光伏发电项目2大项目同日开工，"
                + "项目总投资6.2亿元。"))).extracting(p -> p.endsWith("null building")).containsOnly(true);
    }

    @Test
    void aFacilityNounNeedsAFewWordsOfNameBeforeIt() {
        assertThat(Show.projects(extract("全县将加快建设智能装备产业园。"))).containsExactly("智能装备产业园 null null");
        // Near miss: one short common word before the facility noun is a kind of building, not a name.
        assertThat(extract("全县将加快建设标准化厂房。").projects()).isEmpty();
    }

    @Test
    void aShortBracketNoteAfterTheHeadIsPartOfTheName() {
        assertThat(Show.projects(extract("青禾县滨河大道改造工程（二期）正式开工。")))
                .containsExactly("青禾县滨河大道改造工程（二期） null building");
        assertThat(Show.projects(extract("滨江街区改造提升项目（东风路、解放路）年底竣工。")))
                .containsExactly("滨江街区改造提升项目（东风路、解放路） null operating");
        assertThat(Show.projects(extract("苍梧电商物流综合项目（远帆广场）主体完工。")))
                .containsExactly("苍梧电商物流综合项目（远帆广场） null operating");
        // Near miss: a note that abbreviates or states a year is no part of the name.
        assertThat(Show.projects(extract("青禾县滨河大道改造工程（以下简称滨河工程）正式开工。")))
                .containsExactly("青禾县滨河大道改造工程 null building");
        assertThat(Show.projects(extract("青禾县滨河大道改造工程（2024年）正式开工。")))
                .containsExactly("青禾县滨河大道改造工程 null building");
        assertThat(Show.projects(extract("青禾县滨河大道改造工程（已竣工部分）。")))
                .containsExactly("青禾县滨河大道改造工程 null operating");
    }

    @Test
    void aNameWhoseNoteIsAnotherNameIsOneProject() {
        Extraction x = extract("东湖大道项目、南岭小学项目同日开工。位于城东的苍梧水泥厂片区配套道路（东湖大道）项目总投资1.2亿元。");
        assertThat(Show.projects(x)).containsExactlyInAnyOrder("苍梧水泥厂片区配套道路（东湖大道）项目 120000000 building",
                "南岭小学项目 null building");
        x = extract("苍梧水泥厂片区配套道路（东湖大道）项目总投资1.2亿元。东湖大道项目明年完工。");
        assertThat(Show.projects(x)).containsExactly("苍梧水泥厂片区配套道路（东湖大道）项目 120000000 operating");
        x = extract("滨江仓储中心项目将于明年投用。城北物流园配套设施（滨江仓储中心）项目总投资8000万元。");
        assertThat(x.projects()).extracting(p -> p.name() + " " + p.investmentYuan())
                .containsExactly("城北物流园配套设施（滨江仓储中心）项目 80000000");
        // Near miss: a note of another road is another project.
        x = extract("苍梧水泥厂片区配套道路（东湖大道）项目开工。西湖大道延伸项目完工。");
        assertThat(Show.projects(x)).hasSize(2);
    }

    @Test
    void aBareFacilityKindBeforeXiangmuIsNoName() {
        assertThat(extract("为确保物流园项目按期完工，施工方加派人手。").projects()).isEmpty();
        assertThat(extract("大家都很关心产业园项目的进度。").projects()).isEmpty();
        assertThat(extract("他说科技园项目要抓紧。").projects()).isEmpty();
        // Near miss: a place before the facility kind makes it a name.
        assertThat(Show.projects(extract("为确保青禾物流园项目按期完工，施工方加派人手。")))
                .containsExactly("青禾物流园项目 null operating");
    }

    @Test
    void aNounWithAChainOfProcessWordsNamesAPlant() {
        assertThat(Show.projects(extract("县医疗废物焚烧处理项目通过评审。")))
                .containsExactly("县医疗废物焚烧处理项目 null null");
        assertThat(Show.projects(extract("县餐厨垃圾收运处理项目开工。")))
                .containsExactly("县餐厨垃圾收运处理项目 null building");
        assertThat(Show.projects(extract("秸秆粉碎加工利用项目年内投产。")))
                .containsExactly("秸秆粉碎加工利用项目 null operating");
        // Near miss: process words with no noun they act on name nothing.
        assertThat(extract("改造提升项目年内投产。").projects()).isEmpty();
    }

    @Test
    void aBuildingVerbBeforeTheNameGovernsIt() {
        assertThat(Show.projects(extract("省里批准建设秸秆焚烧发电项目。")))
                .containsExactly("秸秆焚烧发电项目 null null");
        assertThat(Show.projects(extract("县里同意兴建滨江污水处理二期工程。")))
                .containsExactly("滨江污水处理二期工程 null null");
        assertThat(Show.projects(extract("远帆集团决定筹建青禾冷链物流项目。")))
                .containsExactly("青禾冷链物流项目 null null");
        // Near miss: a road named after building keeps its name.
        assertThat(Show.projects(extract("建设路改造提升项目开工。")))
                .containsExactly("建设路改造提升项目 null building");
    }

    @Test
    void anUpgradeToDischargeStandardsNamesTheWorks() {
        // 提标改造 (raising a plant's discharge standard): one word of the project's name, not two verbs cutting it.
        Extraction x = extract("5月6日，县长滕玉龙来到城南污水处理厂提标改造工程现场，察看施工进度。");
        assertThat(Show.projects(x)).containsExactly("城南污水处理厂提标改造工程 null null");
        assertThat(Show.relations(x)).contains("VISITED 滕玉龙->城南污水处理厂提标改造工程");
        assertThat(Show.projects(extract("副县长魏国华先后察看了县第二污水处理厂提标改造项目、城北水厂扩建工程。")))
                .containsExactlyInAnyOrder("县第二污水处理厂提标改造项目 null null", "城北水厂扩建工程 null null");
        assertThat(Show.projects(extract("青禾镇污水处理厂提标改造工程总投资2600万元，计划年底建成。")))
                .containsExactly("青禾镇污水处理厂提标改造工程 26000000 null");
        // Near miss: the work named with no facility is no project.
        assertThat(extract("会议要求，要加快推进全县污水处理厂提标改造。").projects()).isEmpty();
    }

    @Test
    void aDistrictOfTheTownOpensTheProjectsName() {
        // 城东片区: one place noun (the segmenter may read 片 as a measure word and cut the name there).
        Extraction x = extract("据了解，城东片区综合开发项目由中铁二十局集团有限公司投资建设。");
        assertThat(Show.projects(x)).containsExactly("城东片区综合开发项目 null null");
        assertThat(Show.relations(x)).containsExactly("INVESTS_IN 中铁二十局集团有限公司->城东片区综合开发项目");
        assertThat(Show.projects(extract("据了解，县城东片区综合开发项目总投资25亿元。")))
                .containsExactly("县城东片区综合开发项目 2500000000 null");
        assertThat(Show.relations(extract("6月2日，副县长魏国华来到城西片区棚户区改造项目现场，察看征拆进度。")))
                .contains("VISITED 魏国华->城西片区棚户区改造项目");
        // Near miss: districts of a grid are no project.
        assertThat(extract("全县划分为8个片区开展网格化管理。").projects()).isEmpty();
    }
}
