package guanxi.extract;

import guanxi.model.Extraction;
import org.junit.jupiter.api.Test;

import static guanxi.extract.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Project precision on list-heavy and site pages: a facility that is only the setting of something else, the trades of
 * one building job, a facility that opens a longer project's name, totals after lists, list leads, site visits.
 */
class ProjectPrecisionRulesTest {

    private static final Extractor EXTRACTOR = new Extractor();

    private static Extraction extract(String body) {
        return EXTRACTOR.extract(story("标题", body));
    }

    @Test
    void aFacilityAfterAWordOfPlaceIsASettingNotAProject() {
        assertThat(extract("副县长周明在青石冷链物流园举行的签约仪式上致辞。").projects()).isEmpty();
        assertThat(Show.projects(extract("当天，位于龙湾工业园的华岭电子年产300万台显示模组项目开工，总投资9亿元。")))
                .containsExactly("华岭电子年产300万台显示模组项目 900000000 building");
        assertThat(extract("嘉成精工落户白沙高新产业园，计划投资2亿元。").projects()).isEmpty();
        // Near miss: the same facility as the subject of building is a project.
        assertThat(Show.projects(extract("青石冷链物流园开工建设，总投资6亿元。")))
                .containsExactly("青石冷链物流园 600000000 building");
    }

    @Test
    void aVerbOfNegotiatingBeforeAProjectIsTheClausesNotTheNames() {
        // 洽谈, 对接, 商谈 … govern the project as 考察 does; the segmenter may split them (对/p 接/v).
        assertThat(Show.projects(extract("昨日，杭州明远投资集团有限公司副总裁许正一行来我县洽谈康养小镇项目合作。")))
                .containsExactly("康养小镇项目 null null");
        assertThat(Show.projects(extract("深圳泰和科技有限公司董事长陆平一行到我区对接智能装备产业园项目投资事宜。")))
                .containsExactly("智能装备产业园项目 null null");
        assertThat(Show.projects(extract("副县长韩雪与西安秦岭物流有限公司负责人商谈冷链物流园项目。")))
                .containsExactly("冷链物流园项目 null null");
        // Near miss: negotiating after the project's name leaves the name whole.
        assertThat(Show.projects(extract("白沙冷链物流园项目洽谈进展顺利，计划投资3亿元。")))
                .containsExactly("白沙冷链物流园项目 300000000 null");
    }

    @Test
    void aProjectWhoseHeadTheSegmenterGluesToPlannedIsStillNamed() {
        // "项目计划投资" segments as 项目计划/投资: the name still ends at 项目.
        assertThat(Show.projects(extract("华岭电子年产300万台显示模组项目计划投资9亿元。")))
                .containsExactly("华岭电子年产300万台显示模组项目 900000000 null");
        assertThat(Show.projects(extract("滨河冷链物流园项目计划总投资3.2亿元，占地150亩。")))
                .containsExactly("滨河冷链物流园项目 320000000 null");
        assertThat(Show.projects(extract("青禾县城南污水处理厂提标改造项目计划于年底建成投产。")))
                .containsExactly("青禾县城南污水处理厂提标改造项目 null operating");
        // Near miss: a plan for projects in general names none.
        assertThat(extract("会议要求各乡镇认真制定项目计划，按时上报。").projects()).isEmpty();
    }

    @Test
    void theFacilitiesAProjectBuildsAreNoProjectsOfTheirOwn() {
        // P项目…，建设A、B和C: after a project named in the sentence, facilities named only by common words are its parts.
        assertThat(Show.projects(extract("远帆食品有限公司与我县签订冷链物流园项目合同，计划投资3亿元，建设冷藏仓库、分拣中心和配送站。")))
                .extracting(p -> p.split(" ")[0]).containsExactly("冷链物流园项目");
        assertThat(Show.projects(extract("青禾县康养小镇项目总投资5亿元，主要建设养老公寓、康复医院和老年活动中心。")))
                .extracting(p -> p.split(" ")[0]).containsExactly("青禾县康养小镇项目");
        assertThat(Show.projects(extract("湘丰茶旅融合产业园项目签约。该项目计划投资8000万元，建设标准化茶园、茶叶加工厂和研学基地。")))
                .extracting(p -> p.split(" ")[0]).containsExactly("湘丰茶旅融合产业园项目");
        // Near misses: facilities a place names, and facilities built with no project named before them.
        assertThat(Show.projects(extract("远帆食品有限公司冷链物流园项目总投资3亿元，同步建设滨江冷链配送中心。")))
                .extracting(p -> p.split(" ")[0]).containsExactly("远帆食品有限公司冷链物流园项目", "滨江冷链配送中心");
    }

    @Test
    void aDemonstrativeGluedToTheFirmOpensNoProjectsName() {
        // After a comma or a time word HanLP reads 该公司 as one organisation (nt); nlp/word-fixes.txt splits it, so the
        // project's name starts after it and the firm pointed back to invests in it.
        Extraction x = extract("远帆电子有限公司是我县重点企业。据了解，该公司年产500万片液晶面板项目计划总投资3亿元。");
        assertThat(Show.projects(x)).containsExactly("年产500万片液晶面板项目 300000000 null");
        assertThat(Show.relations(x)).contains("INVESTS_IN 远帆电子有限公司->年产500万片液晶面板项目");
        x = extract("县长赵海走访了华岭食品有限公司。目前该公司冷链仓储中心项目总投资8000万元。");
        assertThat(Show.projects(x)).containsExactly("冷链仓储中心项目 80000000 null");
        assertThat(Show.relations(x)).contains("INVESTS_IN 华岭食品有限公司->冷链仓储中心项目");
        x = extract("青禾能源集团有限公司董事长孙浩介绍了企业发展情况。据悉，该集团新材料产业园项目总投资12亿元。");
        assertThat(Show.projects(x)).containsExactly("新材料产业园项目 1200000000 null");
        // Near miss: no firm named before 该公司, so none invests.
        x = extract("据了解，该公司年产500万片液晶面板项目计划总投资3亿元。");
        assertThat(Show.projects(x)).containsExactly("年产500万片液晶面板项目 300000000 null");
        assertThat(Show.relations(x)).noneMatch(r -> r.startsWith("INVESTS_IN"));
    }

    @Test
    void aStandardOfQualityOpensTheProjectsName() {
        // HanLP tags 高标准 as an adverb, its siblings 高质量, 高水平, 高品质 as nouns; nlp/word-fixes.txt tags it as they are.
        assertThat(Show.projects(extract("县长赵海来到龙湾镇高标准农田建设项目现场查看进度。")))
                .containsExactly("龙湾镇高标准农田建设项目 null null");
        assertThat(Show.projects(extract("青禾县2万亩高标准农田建设项目总投资3000万元。")))
                .containsExactly("青禾县2万亩高标准农田建设项目 30000000 null");
        assertThat(Show.projects(extract("滨江高标准厂房项目总投资2亿元。")))
                .containsExactly("滨江高标准厂房项目 200000000 null");
        // Near miss: a standard asked of work in general names no project.
        assertThat(extract("会议要求各乡镇高标准推进人居环境整治工作。").projects()).isEmpty();
    }

    @Test
    void aTownDistrictOpensTheProjectsName() {
        // HanLP tags 城南 as a word of direction, 城北 and 城东 as places; nlp/word-fixes.txt tags it as a place too.
        assertThat(Show.projects(extract("城南冷链物流园项目开工建设。"))).containsExactly("城南冷链物流园项目 null building");
        assertThat(Show.projects(extract("目前，城南物流园二期工程总投资1.2亿元。")))
                .containsExactly("城南物流园二期工程 120000000 null");
        assertThat(Show.projects(extract("县长赵海调研了城南农贸市场提升改造项目。")))
                .containsExactly("城南农贸市场提升改造项目 null null");
        // Near miss: a direction after a place stays out of the name.
        assertThat(Show.projects(extract("位于园区以东的青禾物流园项目开工建设。")))
                .containsExactly("青禾物流园项目 null building");
    }

    @Test
    void aHeadlinesShortProjectNameIsTheBodysLongerOne() {
        // A headline prints the project short; the body's name that it opens is the same project.
        assertThat(Show.projects(EXTRACTOR.extract(story("华岭电子有限公司显示屏项目开工",
                "5月8日，华岭电子有限公司显示屏生产基地项目开工，总投资9亿元。"))))
                .containsExactly("华岭电子有限公司显示屏生产基地项目 900000000 building");
        assertThat(Show.projects(EXTRACTOR.extract(story("青禾冷链物流项目签约",
                "当天，青禾冷链物流仓储中心项目正式签约，计划投资3亿元。"))))
                .containsExactly("青禾冷链物流仓储中心项目 300000000 agreed");
        assertThat(Show.projects(EXTRACTOR.extract(story("滨江文旅项目开工",
                "滨江文旅综合体项目开工建设，总投资12亿元。"))))
                .containsExactly("滨江文旅综合体项目 1200000000 building");
        // Near miss: a later phase in the body is another project than the headline's.
        assertThat(Show.projects(EXTRACTOR.extract(story("滨江物流园项目开工",
                "滨江物流园二期项目开工建设，总投资5亿元。"))))
                .containsExactlyInAnyOrder("滨江物流园项目 null building", "滨江物流园二期项目 500000000 building");
    }

    @Test
    void theTradesOfOneBuildingJobAreNoProjects() {
        assertThat(extract("目前，项目除室外绿化工程外主体已完工。").projects()).isEmpty();
        assertThat(extract("城南道路照明工程完成招标。").projects()).isEmpty();
        assertThat(extract("该工程消防工程和给排水工程已完工。").projects()).isEmpty();
        // Near miss: a named place before the trade makes a project's name.
        assertThat(Show.projects(extract("滨河公园绿化景观提升工程开工。")))
                .containsExactly("滨河公园绿化景观提升工程 null building");
    }

    @Test
    void aFacilityThatOpensALongerProjectNameIsThatProject() {
        // The works named by their place alone (白沙污水处理厂) are a project; its stage (开工) goes with its name.
        assertThat(Show.projects(extract("开工建设白沙污水处理厂是全县的一件大事。白沙污水处理厂提标改造工程总投资1.5亿元。")))
                .containsExactly("白沙污水处理厂提标改造工程 150000000 building");
        assertThat(Show.projects(extract("新建龙湾净水厂是今年的民生实事。龙湾净水厂管网配套工程完成签约。")))
                .containsExactly("龙湾净水厂管网配套工程 null agreed");
        assertThat(Show.projects(extract("城东物流港开工建设。城东物流港冷库项目总投资3亿元。")))
                .containsExactly("城东物流港冷库项目 300000000 null");
        // Near miss: a later phase is another project.
        assertThat(Show.projects(extract("白沙冷链物流园开工建设。白沙冷链物流园二期工程完成签约。")))
                .containsExactly("白沙冷链物流园 null building", "白沙冷链物流园二期工程 null agreed");
    }

    @Test
    void anAmountAfterAListOfProjectsIsTheirTotal() {
        assertThat(Show.projects(extract("此次开工的项目有：龙湾光伏电站、白沙冷链物流园、华岭电子显示模组项目，总投资达41亿元。")))
                .containsExactly("龙湾光伏电站 null building", "白沙冷链物流园 null building",
                        "华岭电子显示模组项目 null building");
        assertThat(Show.projects(extract("龙湾光伏电站项目、白沙冷链物流园项目总投资18亿元。")))
                .containsExactly("龙湾光伏电站项目 null null", "白沙冷链物流园项目 null null");
        assertThat(Show.projects(extract("青石水库除险加固工程和龙湾大桥建设项目共投资7亿元。")))
                .containsExactly("青石水库除险加固工程 null null", "龙湾大桥建设项目 null null");
        // Near miss: each project with its own amount keeps it.
        assertThat(Show.projects(extract("龙湾光伏电站项目总投资8亿元，白沙冷链物流园项目总投资10亿元。")))
                .containsExactly("龙湾光伏电站项目 800000000 null", "白沙冷链物流园项目 1000000000 null");
    }

    @Test
    void listLeadsOtherThanFenBieShi() {
        assertThat(Show.projects(extract("今年续建的重点工程包括：青石水库除险加固工程、龙湾大桥。")))
                .containsExactly("青石水库除险加固工程 null null", "龙湾大桥 null null");
        assertThat(Show.projects(extract("签约项目主要有：嘉成精工数控机床、华岭电子显示模组。")))
                .containsExactly("嘉成精工数控机床 null agreed", "华岭电子显示模组 null agreed");
        // Near miss: a list that is not of projects.
        assertThat(extract("会议的主要内容有：听取汇报、研究工作。").projects()).isEmpty();
    }

    @Test
    void aConstructionSiteVisitedGivesTheProjectABuildingStatus() {
        Extraction x = extract("副县长周明来到白沙冷链物流园项目施工现场，察看工程进度。");
        assertThat(Show.projects(x)).containsExactly("白沙冷链物流园项目 null building");
        assertThat(Show.relations(x)).contains("VISITED 周明->白沙冷链物流园项目");
        assertThat(Show.projects(extract("龙湾大桥项目正在施工，预计年底通车。")))
                .containsExactly("龙湾大桥项目 null building");
        assertThat(Show.projects(extract("县长何平在青石水库除险加固工程施工现场督导。")))
                .containsExactly("青石水库除险加固工程 null building");
    }

    @Test
    void aPlaceOfBuildingWorkIsAProjectBeingBuilt() {
        assertThat(Show.projects(extract("县长何平来到龙湾大桥施工现场，察看工程进度。")))
                .containsExactly("龙湾大桥 null building");
        assertThat(Show.projects(extract("何平一行先后调研了滨江新城建设指挥部、龙湾大桥建设现场和青石水库。")))
                .containsExactly("龙湾大桥 null building");
        assertThat(Show.projects(extract("在青石县冷链物流中心建设现场，何平详细询问了工程进度。")))
                .containsExactly("青石县冷链物流中心 null building");
        // Near misses: a kind of place, or a bare 项目, names no project.
        assertThat(extract("县长何平来到工业园区建设现场，察看工程进度。").projects()).isEmpty();
        assertThat(extract("县长何平深入项目建设现场，察看工程进度。").projects()).isEmpty();
    }

    @Test
    void aFacilityThatQualifiesABodyIsNoProject() {
        Extraction x = extract("何平一行先后调研了滨江新城建设指挥部。");
        assertThat(x.projects()).isEmpty();
        assertThat(Show.relations(x)).contains("VISITED 何平->滨江新城建设指挥部");
        assertThat(extract("龙湾物流园管委会负责园区建设。").projects()).isEmpty();
        assertThat(extract("青石新城开发建设管理办公室召开会议，部署新城建设。").projects()).isEmpty();
        // Near miss: the facility itself built.
        assertThat(Show.projects(extract("滨江新城开工建设，总投资80亿元。")))
                .containsExactly("滨江新城 8000000000 building");
    }

    @Test
    void aFacilityReferredToInTheNextClauseWithItsAmount() {
        assertThat(Show.projects(extract("王海东来到龙湾冷链物流园，该园区总投资12亿元，已入驻企业30家。")))
                .containsExactly("龙湾冷链物流园 1200000000 null");
        assertThat(Show.projects(extract("县长何平来到白沙果蔬加工基地，该基地计划投资3亿元。")))
                .containsExactly("白沙果蔬加工基地 300000000 null");
        assertThat(Show.projects(extract("副县长刘洋察看了龙湾污水处理厂，这座水厂总投资1.8亿元。")))
                .containsExactly("龙湾污水处理厂 180000000 null");
        // Near miss: a clause that refers back but tells no building or investing.
        assertThat(extract("王海东来到龙湾冷链物流园，该园区入驻企业30家。").projects()).isEmpty();
    }

    @Test
    void aBrandBeforeItsOwnPlantIsAFirm() {
        assertThat(Show.companies(extract("县长何平来到远山新材碳纤维生产线，详细了解生产情况。"))).containsExactly("远山新材");
        assertThat(Show.companies(extract("县长何平来到星禾食品冷冻食品加工厂房。"))).containsExactly("星禾食品");
        assertThat(Show.companies(extract("华岭电子显示模组生产基地正式投产。"))).containsExactly("华岭电子");
        // Near miss: a place before an industry word and a plant.
        assertThat(extract("县长何平来到青石水泥熟料生产线。").companies()).isEmpty();
    }

    @Test
    void aPhotoCaptionStatesNoProjectOrAmountOfItsOwn() {
        assertThat(extract("县长何平出席活动。▲总投资3.2亿元的龙湾大道改造工程正在加紧施工。").projects()).isEmpty();
        assertThat(extract("县长何平出席活动。图为青石水库除险加固工程施工现场。").projects()).isEmpty();
        assertThat(Show.projects(extract("龙湾大道改造工程正在加紧施工。▲总投资3.2亿元的龙湾大道改造工程。")))
                .containsExactly("龙湾大道改造工程 null building");
        // Near miss: the same sentence in the body states both.
        assertThat(Show.projects(extract("县长何平出席活动。总投资3.2亿元的龙湾大道改造工程正在加紧施工。")))
                .containsExactly("龙湾大道改造工程 320000000 building");
    }
}
