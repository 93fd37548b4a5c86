package guanxi.extract;

import guanxi.model.Extraction;
import org.junit.jupiter.api.Test;

import static guanxi.extract.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

/** SIGNED, INVESTS_IN and SUBSIDIARY_OF from the phrasings of signings, investors and parents. */
class SigningRulesTest {

    private static final Extractor EXTRACTOR = new Extractor();

    private static Extraction extract(String body) {
        return EXTRACTOR.extract(story("标题", body));
    }

    private static java.util.List<String> rel(Extraction x, String type) {
        return Show.relations(x).stream().filter(r -> r.startsWith(type + " ")).toList();
    }

    @Test
    void theVisitorSignsWithThePlaceVisitedWhenNoOtherSideIsNamed() {
        // 来到X，…并签订…协议: the one place visited is the other side of the agreement the visitor signs there.
        assertThat(rel(extract("县长赵海一行来到滨江理工大学，就产学研合作进行对接，并签订战略合作协议。"), "SIGNED"))
                .containsExactly("SIGNED 赵海->滨江理工大学");
        assertThat(rel(extract("副市长钱立带队考察远帆电子有限公司，并签订了人才培养合作协议。"), "SIGNED"))
                .containsExactly("SIGNED 钱立->远帆电子有限公司");
        assertThat(rel(extract("区长孙立新来到湖东区青少年宫，现场签署了校外教育共建协议书。"), "SIGNED"))
                .containsExactly("SIGNED 孙立新->湖东区青少年宫");
        // Near misses: others sign, witnessed by the visitor; an order is no agreement; two places visited.
        assertThat(rel(extract("县长赵海来到滨江产业园，见证了华岭电子有限公司与青禾能源股份有限公司签订合作协议。"), "SIGNED"))
                .containsExactly("SIGNED 华岭电子有限公司->青禾能源股份有限公司");
        assertThat(rel(extract("县长赵海来到华岭电子有限公司，了解企业签订订单情况。"), "SIGNED")).isEmpty();
        assertThat(rel(extract("县长赵海先后走访华岭电子有限公司、青禾能源股份有限公司，并签订合作协议。"), "SIGNED"))
                .isEmpty();
    }

    @Test
    void aFirmSigningItsProjectWithThePapersOwnPlace() {
        // X公司与我县签订P项目合同: the county is named nowhere else, yet the firm signs for P and invests in it.
        Extraction x = extract("远帆食品有限公司与我县签订冷链物流园项目合同，计划投资3亿元。");
        assertThat(Show.relations(x)).containsExactly("SIGNED 远帆食品有限公司->冷链物流园项目",
                "INVESTS_IN 远帆食品有限公司->冷链物流园项目");
        x = extract("华岭电子有限公司与我市签订智能终端产业园项目投资协议。");
        assertThat(Show.relations(x)).containsExactly("SIGNED 华岭电子有限公司->智能终端产业园项目",
                "INVESTS_IN 华岭电子有限公司->智能终端产业园项目");
        x = extract("青禾能源股份有限公司与我区正式签订光伏储能电站项目合作协议。");
        assertThat(Show.relations(x)).containsExactly("SIGNED 青禾能源股份有限公司->光伏储能电站项目",
                "INVESTS_IN 青禾能源股份有限公司->光伏储能电站项目");
        // Near miss: an agreement on no project: nothing to sign for, and 我县 is no body's name.
        assertThat(Show.relations(extract("远帆食品有限公司与我县签订战略合作协议。"))).isEmpty();
    }

    @Test
    void aDepartmentWhoseNameJoinsTwoFieldsWithHeIsOneBody() {
        // 发展和改革局, 住房和城乡建设局, 人力资源和社会保障局 (nlp/custom-words.txt): 和 inside the name joins no two sides.
        assertThat(rel(extract("县住房和城乡建设局与远帆建设有限公司签订合作协议。"), "SIGNED"))
                .containsExactly("SIGNED 县住房和城乡建设局->远帆建设有限公司");
        assertThat(rel(extract("县人民政府与县人力资源和社会保障局签订目标责任书。"), "SIGNED"))
                .containsExactly("SIGNED 县人民政府->县人力资源和社会保障局");
        Extraction x = extract("县长赵海先后来到县发展和改革局、县文化和旅游局调研。");
        assertThat(Show.relations(x)).filteredOn(r -> r.startsWith("VISITED"))
                .containsExactly("VISITED 赵海->县发展和改革局", "VISITED 赵海->县文化和旅游局");
        assertThat(Show.persons(extract("省工业和信息化厅副厅长李华一行来我县调研。")))
                .containsExactly("李华[省工业和信息化厅副厅长]");
        // Near miss: two bodies joined by 和 are two sides.
        assertThat(rel(extract("滨江理工大学和远帆建设有限公司签订合作协议。"), "SIGNED"))
                .containsExactly("SIGNED 滨江理工大学->远帆建设有限公司");
    }

    @Test
    void aBodysAbbreviationIsTheBodyTheStoryNamesInFull() {
        // 县政府, 农行青山支行, 县发改局: the characters of one other name of the story, in order, with its head.
        Extraction x = EXTRACTOR.extract(story("县政府与农行滨江支行签订合作协议",
                "5月6日，县人民政府与中国农业银行滨江县支行签订战略合作协议。"));
        assertThat(rel(x, "SIGNED")).containsExactly("SIGNED 县人民政府->中国农业银行滨江县支行");
        x = EXTRACTOR.extract(story("县发改局与滨江理工大学签订合作协议",
                "6月2日，县发展和改革局与滨江理工大学签订产学研合作协议。"));
        assertThat(rel(x, "SIGNED")).containsExactly("SIGNED 县发展和改革局->滨江理工大学");
        x = EXTRACTOR.extract(story("标题", "市委书记赵启明来到县医院调研。赵启明还走访了青禾县人民医院。"));
        assertThat(Show.relations(x)).filteredOn(r -> r.startsWith("VISITED")).containsExactly("VISITED 赵启明->青禾县人民医院");
        // Near misses: a body and its department, and two levels of one kind of body, stay apart.
        x = EXTRACTOR.extract(story("标题", "县教育局与滨江理工大学签订合作协议。县教育局教研室与青禾日报社签订宣传合作协议。"));
        assertThat(rel(x, "SIGNED")).containsExactly("SIGNED 县教育局->滨江理工大学", "SIGNED 县教育局教研室->青禾日报社");
        x = EXTRACTOR.extract(story("标题", "县财政局与市财政局签订合作协议。"));
        assertThat(rel(x, "SIGNED")).containsExactly("SIGNED 县财政局->市财政局");
    }

    @Test
    void aBranchNamedAfterItsBodyIsTheSideOfACeremony() {
        // 甲与X银行Y县支行…签约仪式举行: the body's name goes on with a place and its branch there.
        assertThat(rel(extract("5月6日，县人民政府与中国工商银行滨江县支行战略合作协议签约仪式举行。"), "SIGNED"))
                .containsExactly("SIGNED 县人民政府->中国工商银行滨江县支行");
        assertThat(rel(extract("市政府与青禾农村商业银行龙湾分行战略合作协议签约仪式在市行政中心举行。"), "SIGNED"))
                .containsExactly("SIGNED 市政府->青禾农村商业银行龙湾分行");
        assertThat(rel(extract("7月1日，县人民政府与滨江理工大学龙湾分校合作办学协议签约仪式举行。"), "SIGNED"))
                .containsExactly("SIGNED 县人民政府->滨江理工大学龙湾分校");
        // Near miss: the body itself, its name followed by the agreement.
        assertThat(rel(extract("县人民政府与中国工商银行战略合作协议签约仪式在县行政中心举行。"), "SIGNED"))
                .containsExactly("SIGNED 县人民政府->中国工商银行");
    }

    @Test
    void partiesOnBothSidesOfYuBeforeTheVerb() {
        Extraction x = extract("5月2日，市政府与远帆控股集团有限公司签署全面合作框架协议。");
        assertThat(Show.companies(x)).containsExactly("远帆控股集团有限公司");
        assertThat(rel(x, "SIGNED")).containsExactly("SIGNED 市政府->远帆控股集团有限公司");
        // A short trade name after 与 is a company.
        x = extract("会上，禾丰县人民政府与鹭岛航空签订了投资协议。");
        assertThat(Show.companies(x)).containsExactly("鹭岛航空");
        assertThat(rel(x, "SIGNED")).containsExactly("SIGNED 禾丰县人民政府->鹭岛航空");
    }

    @Test
    void aCompanysOwnProjectThatIsSignedIsSignedByIt() {
        // X公司P项目(、Y公司Q项目等N个项目)签约: the company that opens the project's name signs for it.
        assertThat(rel(extract("活动现场，华岭电子有限公司光学镜片项目、青禾食品有限公司冷链物流项目等5个项目进行现场签约。"), "SIGNED"))
                .containsExactlyInAnyOrder("SIGNED 华岭电子有限公司->华岭电子有限公司光学镜片项目",
                        "SIGNED 青禾食品有限公司->青禾食品有限公司冷链物流项目");
        assertThat(rel(extract("签约仪式上，远川新材料有限公司年产3万吨铝型材项目正式签约落户我县。"), "SIGNED"))
                .containsExactly("SIGNED 远川新材料有限公司->远川新材料有限公司年产3万吨铝型材项目");
        assertThat(rel(extract("5月8日，青禾食品有限公司冷链物流中心项目签约仪式在县行政中心举行。"), "SIGNED"))
                .containsExactly("SIGNED 青禾食品有限公司->青禾食品有限公司冷链物流中心项目");
    }

    @Test
    void nearMissTheProjectsPeopleSignSomethingElse() {
        // The projects' managers sign a pledge: no project is signed; a project with no company in its name has no signer.
        assertThat(rel(extract("华岭电子有限公司光学镜片项目、青禾食品有限公司冷链物流项目负责人签署安全承诺书。"), "SIGNED"))
                .isEmpty();
        assertThat(rel(extract("当天，滨江冷链物流园项目顺利签约。"), "SIGNED")).isEmpty();
    }

    @Test
    void theSideAfterYuIsTheCompanyThatOpensTheSignedProjectsName() {
        // 甲与X公司P项目(投资协议)签约: the other side is X公司, which signs for its own P.
        assertThat(rel(extract("9月6日，区人民政府与华岭电子有限公司光学镜片项目投资协议签约仪式举行。"), "SIGNED"))
                .contains("SIGNED 区人民政府->华岭电子有限公司")
                .doesNotContain("SIGNED 区人民政府->华岭电子有限公司光学镜片项目");
        assertThat(rel(extract("青禾县人民政府与远川新材料有限公司年产3万吨铝型材项目合作协议正式签订。"), "SIGNED"))
                .contains("SIGNED 青禾县人民政府->远川新材料有限公司");
        assertThat(rel(extract("市商务局与青禾食品有限公司冷链物流中心项目签约。"), "SIGNED"))
                .containsExactlyInAnyOrder("SIGNED 市商务局->青禾食品有限公司",
                        "SIGNED 青禾食品有限公司->青禾食品有限公司冷链物流中心项目");
        // Near miss: a project that names no company stays the other side.
        assertThat(rel(extract("区人民政府与滨江冷链物流园项目签约。"), "SIGNED"))
                .containsExactly("SIGNED 区人民政府->滨江冷链物流园项目");
    }

    @Test
    void aWitnessIsNoSigner() {
        Extraction x = extract("会上，禾丰县人民政府与鹭岛航空签订了投资协议，县委书记林志远见证签约。");
        assertThat(rel(x, "SIGNED")).containsExactly("SIGNED 禾丰县人民政府->鹭岛航空");
    }

    @Test
    void twoRepresentativesEachForOneSide() {
        Extraction x = extract("副县长周明、华拓科技总经理郑凯分别代表禾丰县人民政府和华拓科技签约。");
        assertThat(rel(x, "SIGNED")).containsExactly("SIGNED 禾丰县人民政府->华拓科技", "SIGNED 周明->华拓科技",
                "SIGNED 郑凯->禾丰县人民政府");
    }

    @Test
    void projectSignedByTwoSidesAndProjectOfASigningEvent() {
        Extraction x = extract("光谷数据中心项目由华拓科技与滨海新区管委会签约。");
        assertThat(rel(x, "SIGNED")).containsExactlyInAnyOrder("SIGNED 华拓科技->光谷数据中心项目",
                "SIGNED 华拓科技->滨海新区管委会");
        assertThat(rel(x, "INVESTS_IN")).containsExactly("INVESTS_IN 华拓科技->光谷数据中心项目");
        x = extract("青山湖智造小镇项目签约暨推进会在杭州举行。云帆集团与临安区人民政府签约。");
        assertThat(rel(x, "SIGNED")).containsExactly("SIGNED 云帆集团->临安区人民政府", "SIGNED 云帆集团->青山湖智造小镇项目");
        assertThat(rel(x, "INVESTS_IN")).containsExactly("INVESTS_IN 云帆集团->青山湖智造小镇项目");
    }

    @Test
    void signingsOfManyProjectsStayUnlinked() {
        // Near miss: two projects signed in one story; which company signed which is not stated.
        Extraction x = extract("青山湖智造小镇项目签约。南岭风电场项目签约。云帆集团与临安区人民政府签约。");
        assertThat(rel(x, "SIGNED")).containsExactly("SIGNED 云帆集团->临安区人民政府");
        assertThat(rel(x, "INVESTS_IN")).isEmpty();
    }

    @Test
    void investorsOfAProject() {
        Extraction x = extract("远帆控股集团投资5亿元建设青禾县智慧冷链物流园。");
        assertThat(rel(x, "INVESTS_IN")).containsExactly("INVESTS_IN 远帆控股集团->青禾县智慧冷链物流园");
        x = extract("南岭风电场项目开工。该项目由华拓科技和远帆控股集团共同投资建设。");
        assertThat(rel(x, "INVESTS_IN")).containsExactly("INVESTS_IN 华拓科技->南岭风电场项目",
                "INVESTS_IN 远帆控股集团->南岭风电场项目");
        // Near miss: 由 introducing who hosts, not who invests.
        x = extract("南岭风电场项目开工。仪式由远帆控股集团主持。");
        assertThat(rel(x, "INVESTS_IN")).isEmpty();
    }

    @Test
    void parentThatSetUpOrControlsACompany() {
        Extraction x = extract("由远帆控股集团有限公司投资设立的禾光能源有限公司昨日揭牌。");
        assertThat(rel(x, "SUBSIDIARY_OF")).containsExactly("SUBSIDIARY_OF 禾光能源有限公司->远帆控股集团有限公司");
        x = extract("禾光能源有限公司由远帆控股集团有限公司控股。");
        assertThat(rel(x, "SUBSIDIARY_OF")).containsExactly("SUBSIDIARY_OF 禾光能源有限公司->远帆控股集团有限公司");
        // Near miss: a company that hosts (由…主办) is no parent.
        x = extract("论坛由远帆控股集团有限公司主办，禾光能源有限公司参展。");
        assertThat(rel(x, "SUBSIDIARY_OF")).isEmpty();
    }

    @Test
    void publicBodiesOfEveryKindSign() {
        assertThat(rel(extract("6月3日，青禾县人民政府与中国农业银行湖州分行签订战略合作协议。"), "SIGNED"))
                .containsExactly("SIGNED 青禾县人民政府->中国农业银行湖州分行");
        assertThat(rel(extract("湖州市卫生健康委员会与浙东医科大学附属第二医院签署合作协议。"), "SIGNED"))
                .containsExactly("SIGNED 湖州市卫生健康委员会->浙东医科大学附属第二医院");
        Extraction x = extract("市工商业联合会与江南物流行业协会正式签约。");
        assertThat(rel(x, "SIGNED")).containsExactly("SIGNED 市工商业联合会->江南物流行业协会");
        assertThat(x.companies()).isEmpty();
        assertThat(rel(extract("ABB（中国）有限公司与湖州南太湖新区管理委员会签约。"), "SIGNED"))
                .containsExactly("SIGNED ABB（中国）有限公司->湖州南太湖新区管理委员会");
    }

    @Test
    void aPersonSigningForTheCompanyWithTheLocalGovernment() {
        Extraction x = extract("5月6日，临海市人民政府举行重点项目集中签约仪式。"
                + "远帆控股集团有限公司总经理郑凯代表本公司与当地政府签订临海智慧冷链物流园项目投资协议。");
        assertThat(rel(x, "SIGNED")).containsExactlyInAnyOrder("SIGNED 远帆控股集团有限公司->临海智慧冷链物流园项目",
                "SIGNED 郑凯->临海市人民政府", "SIGNED 远帆控股集团有限公司->临海市人民政府");
        assertThat(rel(x, "INVESTS_IN")).containsExactly("INVESTS_IN 远帆控股集团有限公司->临海智慧冷链物流园项目");
    }

    @Test
    void aCompanyThatNamesItsOwnProjectIsNotTakenForTheHeadlineOne() {
        Extraction x = EXTRACTOR.extract(story("南岭风电场项目框架协议正式签订",
                "远帆控股集团有限公司总经理郑凯代表本公司与当地政府签订临海智慧冷链物流园项目投资协议。"));
        assertThat(rel(x, "SIGNED")).containsExactly("SIGNED 远帆控股集团有限公司->临海智慧冷链物流园项目",
                "SIGNED 郑凯->当地政府", "SIGNED 远帆控股集团有限公司->当地政府");
    }

    @Test
    void bothSidesOfASigningBuildWhatTheyAgreed() {
        Extraction x = extract("市政府与远帆控股集团有限公司签署全面合作框架协议。根据协议，双方将共同建设数字文旅创意产业园。");
        assertThat(Show.projects(x)).containsExactly("数字文旅创意产业园 null null");
        assertThat(rel(x, "INVESTS_IN")).containsExactly("INVESTS_IN 远帆控股集团有限公司->数字文旅创意产业园");
        // Near miss: with no company among the signers, nobody is taken to invest.
        x = extract("市政府与湖滨大学签署全面合作框架协议。根据协议，双方将共同建设数字文旅创意产业园。");
        assertThat(rel(x, "INVESTS_IN")).isEmpty();
    }

    @Test
    void aCompanyUnderItsParent() {
        assertThat(rel(extract("远帆控股集团有限公司旗下的禾光能源有限公司今年投产。"), "SUBSIDIARY_OF"))
                .containsExactly("SUBSIDIARY_OF 禾光能源有限公司->远帆控股集团有限公司");
        assertThat(rel(extract("华拓数据有限公司下属青禾云计算有限公司参加。"), "SUBSIDIARY_OF"))
                .containsExactly("SUBSIDIARY_OF 青禾云计算有限公司->华拓数据有限公司");
        // Near miss: 所属企业 names no company; the one named later in the sentence is not the parent's.
        assertThat(rel(extract("远帆控股集团有限公司所属企业参加展会，禾光能源有限公司也到场。"), "SUBSIDIARY_OF")).isEmpty();
    }

    @Test
    void shortAndFullFormsOfAGovernmentAreOneBody() {
        Extraction x = EXTRACTOR.extract(story("鹭岛航空与禾丰市政府签署协议",
                "6月3日，鹭岛航空与禾丰市人民政府签署战略合作协议。"));
        assertThat(rel(x, "SIGNED")).containsExactly("SIGNED 鹭岛航空->禾丰市人民政府");
        x = EXTRACTOR.extract(story("远帆集团与青禾县政府签约", "远帆集团与青禾县人民政府签订投资协议。"));
        assertThat(rel(x, "SIGNED")).containsExactly("SIGNED 远帆集团->青禾县人民政府");
        x = EXTRACTOR.extract(story("华拓科技与南岭区政府签约", "当天，华拓科技与南岭区人民政府正式签约。"));
        assertThat(rel(x, "SIGNED")).containsExactly("SIGNED 华拓科技->南岭区人民政府");
        // Near miss: two different governments stay two.
        x = EXTRACTOR.extract(story("鹭岛航空与禾丰市政府签署协议", "鹭岛航空与青禾县人民政府签署战略合作协议。"));
        assertThat(rel(x, "SIGNED")).containsExactly("SIGNED 鹭岛航空->青禾县人民政府", "SIGNED 鹭岛航空->禾丰市政府");
    }

    @Test
    void aMayorSignsForTheGovernmentTheStoryNames() {
        Extraction x = extract("远帆控股集团有限公司与禾丰市人民政府签署合作协议。禾丰市市长周明与远帆控股集团有限公司总裁郑凯代表双方签约。");
        assertThat(rel(x, "SIGNED")).contains("SIGNED 郑凯->禾丰市人民政府", "SIGNED 周明->远帆控股集团有限公司");
        x = extract("华拓科技与青禾县人民政府签订协议。副县长林志远与华拓科技董事长吴凡代表双方签约。");
        assertThat(rel(x, "SIGNED")).contains("SIGNED 吴凡->青禾县人民政府", "SIGNED 林志远->华拓科技");
        x = extract("鹭岛航空与南岭区人民政府签署协议。南岭区代区长陈立与鹭岛航空总经理黄海代表双方签约。");
        assertThat(rel(x, "SIGNED")).contains("SIGNED 黄海->南岭区人民政府", "SIGNED 陈立->鹭岛航空");
        // Near miss: a county head, but the story named a city government only: no guess.
        x = extract("华拓科技与禾丰市人民政府签订协议。副县长林志远与华拓科技董事长吴凡代表双方签约。");
        assertThat(rel(x, "SIGNED")).doesNotContain("SIGNED 吴凡->禾丰市人民政府");
    }

    @Test
    void aStatedParentIsTheOnlyParent() {
        Extraction x = extract("远帆控股集团有限公司旗下禾光能源有限公司落户青禾。禾光能源有限公司是远帆能源股份有限公司的全资子公司。");
        assertThat(rel(x, "SUBSIDIARY_OF")).containsExactly("SUBSIDIARY_OF 禾光能源有限公司->远帆能源股份有限公司");
        x = extract("华拓数据有限公司下属青禾云计算有限公司参加。青禾云计算有限公司是华拓科技股份有限公司的全资子公司。");
        assertThat(rel(x, "SUBSIDIARY_OF")).containsExactly("SUBSIDIARY_OF 青禾云计算有限公司->华拓科技股份有限公司");
        x = extract("鹭岛集团有限公司旗下鹭岛航空有限公司开通新航线。鹭岛航空有限公司是鹭岛控股股份有限公司的控股子公司。");
        assertThat(rel(x, "SUBSIDIARY_OF")).containsExactly("SUBSIDIARY_OF 鹭岛航空有限公司->鹭岛控股股份有限公司");
        // Near miss: with no 子公司 statement, 旗下 names the parent.
        x = extract("鹭岛集团有限公司旗下鹭岛航空有限公司开通新航线。");
        assertThat(rel(x, "SUBSIDIARY_OF")).containsExactly("SUBSIDIARY_OF 鹭岛航空有限公司->鹭岛集团有限公司");
    }

    @Test
    void aCompanyNamedInsideItsGroupsName() {
        assertThat(rel(extract("远帆集团第一工程公司承建了该工程。远帆集团派人督导。"), "SUBSIDIARY_OF"))
                .containsExactly("SUBSIDIARY_OF 远帆集团第一工程公司->远帆集团");
        assertThat(rel(extract("华拓集团物流有限公司与华拓集团共同出资。"), "SUBSIDIARY_OF"))
                .containsExactly("SUBSIDIARY_OF 华拓集团物流有限公司->华拓集团");
        assertThat(rel(extract("禾光集团南岭置业公司负责运营，禾光集团提供资金。"), "SUBSIDIARY_OF"))
                .containsExactly("SUBSIDIARY_OF 禾光集团南岭置业公司->禾光集团");
        // Near miss: a plant of the group is no company of its own.
        assertThat(rel(extract("远帆集团青禾卷烟厂厂长周明陪同。远帆集团派人督导。"), "SUBSIDIARY_OF")).isEmpty();
    }

    @Test
    void aSigningIsRecordedOnceWhicheverSideComesFirst() {
        assertThat(rel(extract("华拓科技与青禾县人民政府签订协议。青禾县人民政府与华拓科技签署补充协议。"), "SIGNED"))
                .containsExactly("SIGNED 华拓科技->青禾县人民政府");
        assertThat(rel(extract("远帆集团与湖滨大学签约。湖滨大学与远帆集团签订人才协议。"), "SIGNED"))
                .containsExactly("SIGNED 远帆集团->湖滨大学");
        assertThat(rel(extract("鹭岛航空与禾丰市人民政府签署协议。禾丰市人民政府与鹭岛航空正式签约。"), "SIGNED"))
                .containsExactly("SIGNED 鹭岛航空->禾丰市人民政府");
        // Near miss: a third party signs on its own.
        assertThat(rel(extract("华拓科技与青禾县人民政府签订协议。湖滨大学与华拓科技签署补充协议。"), "SIGNED"))
                .containsExactly("SIGNED 华拓科技->青禾县人民政府", "SIGNED 湖滨大学->华拓科技");
    }

    @Test
    void anOfficialSigningForHisGovernmentOrBureau() {
        // 县长甲代表县人民政府与…签订: the body after 代表 signs (the segmenter may glue the official to it), and so does he.
        Extraction x = extract("11月2日，县长苏明远代表县人民政府与江苏恒润新材料有限公司签订投资协议。");
        assertThat(rel(x, "SIGNED")).containsExactlyInAnyOrder("SIGNED 县人民政府->江苏恒润新材料有限公司",
                "SIGNED 苏明远->江苏恒润新材料有限公司");
        x = extract("11月2日，副县长汤建华代表县人民政府与广西桂通能源投资有限公司签订光伏发电项目投资协议。");
        assertThat(rel(x, "SIGNED")).containsExactlyInAnyOrder("SIGNED 县人民政府->广西桂通能源投资有限公司",
                "SIGNED 汤建华->广西桂通能源投资有限公司", "SIGNED 广西桂通能源投资有限公司->光伏发电项目");
        x = extract("11月2日，县发改局局长乔宇代表县发改局与青禾大学签订战略合作协议。");
        assertThat(rel(x, "SIGNED")).containsExactlyInAnyOrder("SIGNED 县发改局->青禾大学", "SIGNED 乔宇->青禾大学");
        // Near miss: 代表 inside a body's own name (人大代表之家) is no official signing for it.
        x = extract("11月2日，城关镇人大代表之家与县图书馆签订共建协议。");
        assertThat(rel(x, "SIGNED")).containsExactly("SIGNED 城关镇人大代表之家->县图书馆");
    }

    @Test
    void aFirmNamedFirstSigningWithAGovernmentSignsForTheProjectAfterTheVerb() {
        Extraction x = extract("7月5日，苏州恒瑞医疗器械有限公司与县人民政府签订年产500万件医用耗材项目投资协议。");
        assertThat(rel(x, "SIGNED")).containsExactlyInAnyOrder("SIGNED 苏州恒瑞医疗器械有限公司->县人民政府",
                "SIGNED 苏州恒瑞医疗器械有限公司->年产500万件医用耗材项目");
        assertThat(rel(x, "INVESTS_IN")).containsExactly("INVESTS_IN 苏州恒瑞医疗器械有限公司->年产500万件医用耗材项目");
        x = extract("3月2日，远帆控股集团有限公司与青禾县人民政府签署冷链物流园项目合作协议。");
        assertThat(rel(x, "INVESTS_IN")).containsExactly("INVESTS_IN 远帆控股集团有限公司->冷链物流园项目");
        x = extract("3月2日，华拓科技有限公司与县工业园区管委会签订新能源电池生产线项目入园协议。");
        assertThat(rel(x, "SIGNED")).contains("SIGNED 华拓科技有限公司->新能源电池生产线项目");
        // Near miss: an agreement with no project after the verb gives the firm no project.
        x = extract("3月2日，华拓科技有限公司与县人民政府签订战略合作协议，双方将在数字经济领域开展合作。");
        assertThat(rel(x, "SIGNED")).containsExactly("SIGNED 华拓科技有限公司->县人民政府");
        assertThat(rel(x, "INVESTS_IN")).isEmpty();
    }

    @Test
    void aBranchNamedAfterItsBankIsTheSideOfACeremony() {
        // 与某银行某县支行…协议签约仪式: the branch's own head after the bank's ends the body's name.
        Extraction x = extract("6月18日，县人民政府与中国农业发展银行黎平县支行战略合作协议签约仪式在县行政中心举行。");
        assertThat(rel(x, "SIGNED")).containsExactly("SIGNED 县人民政府->中国农业发展银行黎平县支行");
        x = extract("6月18日，县人民政府与中国建设银行青禾分行战略合作协议签约仪式举行。");
        assertThat(rel(x, "SIGNED")).containsExactly("SIGNED 县人民政府->中国建设银行青禾分行");
        x = extract("6月18日，县人民政府与中国人寿保险公司黎平县支公司合作协议签约仪式举行。");
        assertThat(rel(x, "SIGNED")).doesNotContain("SIGNED 县人民政府->中国人寿保险公司黎平县");
        // Near miss: words of the agreement after the bank's name are no part of it.
        x = extract("6月18日，县人民政府与中国建设银行战略合作协议签约仪式举行。");
        assertThat(rel(x, "SIGNED")).containsExactly("SIGNED 县人民政府->中国建设银行");
    }
}
