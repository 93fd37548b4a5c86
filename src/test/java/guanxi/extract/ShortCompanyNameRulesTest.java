package guanxi.extract;

import guanxi.model.Extraction;
import org.junit.jupiter.api.Test;

import static guanxi.extract.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Companies named short or inside lists: lists closed by 等入驻企业, firms listed beside a company in a visit, a brand and
 * industry word that opens a project or a lab, names whose words end in 子, appositions after 子公司.
 */
class ShortCompanyNameRulesTest {

    private static final Extractor EXTRACTOR = new Extractor();

    private static Extraction extract(String body) {
        return EXTRACTOR.extract(story("标题", body));
    }

    @Test
    void aListClosedByADescribedKindOfFirm() {
        assertThat(Show.companies(extract("考察团先后参观了园区科创大厦、云帆智能、嘉成精工、滨江职业学院、蓝鲸等入驻企业。")))
                .containsExactly("云帆智能", "嘉成精工", "蓝鲸");
        assertThat(Show.companies(extract("宏达、远景等三家签约企业代表发言。")))
                .containsExactly("宏达", "远景");
        assertThat(Show.companies(extract("华拓电子、远山新材、青禾数据等落户企业发展良好。")))
                .containsExactly("华拓电子", "远山新材", "青禾数据");
        // Near miss: persons who visit firms are no firms, and 企业 alone names none.
        assertThat(extract("王立、李平等走访企业，了解生产情况。").companies()).isEmpty();
    }

    @Test
    void aFirmListedBesideACompanyInAVisit() {
        Extraction x = extract("县长赵立强深入湘南石化、远洋公司生产一线，调研安全生产工作。");
        assertThat(Show.companies(x)).containsExactly("远洋公司", "湘南石化");
        assertThat(Show.relations(x)).contains("VISITED 赵立强->湘南石化", "VISITED 赵立强->远洋公司");
        assertThat(Show.companies(extract("副县长刘洋先后来到嘉成精工、禾丰化工有限公司和城北水厂。")))
                .containsExactly("禾丰化工有限公司", "嘉成精工");
        assertThat(Show.companies(extract("市长陈平走访了蓝岭科技、华星纺织有限公司。")))
                .containsExactly("华星纺织有限公司", "蓝岭科技");
        // Near miss: a list of plants with no company in it names no company.
        assertThat(extract("副县长刘洋先后来到城北水厂、城南污水处理厂。").companies()).isEmpty();
    }

    @Test
    void aBrandAndIndustryWordOpeningAProjectOrALab() {
        Extraction x = extract("当天签约的远山新材年产2万吨碳纤维项目、星禾食品深加工项目总投资26亿元。");
        assertThat(Show.companies(x)).containsExactly("远山新材", "星禾食品");
        assertThat(Show.relations(x)).containsExactly("INVESTS_IN 远山新材->远山新材年产2万吨碳纤维项目",
                "INVESTS_IN 星禾食品->星禾食品深加工项目");
        assertThat(Show.companies(extract("嘉成精工新建数控机床生产线。"))).containsExactly("嘉成精工");
        assertThat(Show.companies(extract("县委书记王海东来到博越药业创新药物与制剂工程技术研究中心考察。")))
                .containsExactly("博越药业");
        // Near misses: a place before an industry word that describes the facility, and a common word as brand.
        assertThat(extract("石桥光伏电站项目开工。").companies()).isEmpty();
        assertThat(extract("绿色食品深加工项目开工。").companies()).isEmpty();
    }

    @Test
    void aNameWhoseWordEndsInZiIsNoSubsidiaryWord() {
        assertThat(Show.companies(extract("签约的企业有：华岭电子有限公司、远川食品有限公司。")))
                .containsExactly("华岭电子有限公司", "远川食品有限公司");
        assertThat(Show.companies(extract("金种子集团有限公司当天揭牌。"))).containsExactly("金种子集团有限公司");
        assertThat(Show.relations(extract("华岭电子有限公司与远川食品有限公司签约。")))
                .containsExactly("SIGNED 华岭电子有限公司->远川食品有限公司");
        // Near miss: the 子 of 控股子公司 still opens no name.
        assertThat(extract("该公司控股子公司正在筹建。").companies()).isEmpty();
    }

    @Test
    void aSubsidiaryNamedAfterTheWordSubsidiary() {
        assertThat(Show.relations(extract("远帆集团的子公司禾光能源有限公司投产。")))
                .containsExactly("SUBSIDIARY_OF 禾光能源有限公司->远帆集团");
        assertThat(Show.relations(extract("远帆集团全资子公司禾光能源有限公司投产。")))
                .containsExactly("SUBSIDIARY_OF 禾光能源有限公司->远帆集团");
        assertThat(Show.relations(extract("禾光能源有限公司是远帆集团投资组建的子公司。")))
                .containsExactly("SUBSIDIARY_OF 禾光能源有限公司->远帆集团");
        // Near miss: two companies side by side, no word of ownership.
        assertThat(extract("远帆集团和禾光能源有限公司参加了展会。").relations()).isEmpty();
    }

    @Test
    void aGroupThenTheClauseThenAnotherCompany() {
        assertThat(Show.companies(extract("远帆集团向华岭电子有限公司采购了一批设备。")))
                .containsExactly("华岭电子有限公司", "远帆集团");
        assertThat(Show.companies(extract("远帆集团成功并购禾光能源有限公司。")))
                .containsExactly("禾光能源有限公司", "远帆集团");
        assertThat(Show.companies(extract("远帆集团将与华岭电子有限公司合作。")))
                .containsExactly("华岭电子有限公司", "远帆集团");
        // Near miss: a numbered company of the group is one name; the group printed only inside it is no company of
        // its own (see ParentInsideNameRulesTest).
        assertThat(Show.companies(extract("青峦集团第三工程公司承建。")))
                .containsExactly("青峦集团第三工程公司");
    }

    @Test
    void aBranchOfficeNamedAfterItsGroup() {
        // The group printed only inside the branch's name is no company of its own (see ParentInsideNameRulesTest);
        // printed on its own too, it is the branch's parent.
        Extraction x = extract("远帆集团滨江分公司总经理陈凯出席。");
        assertThat(Show.companies(x)).containsExactly("远帆集团滨江分公司");
        x = extract("远帆集团滨江分公司总经理陈凯出席。远帆集团是省内大型物流企业。");
        assertThat(Show.companies(x)).containsExactly("远帆集团滨江分公司", "远帆集团");
        assertThat(Show.relations(x)).contains("SUBSIDIARY_OF 远帆集团滨江分公司->远帆集团");
        assertThat(Show.companies(extract("华岭电子青石分公司正式挂牌。"))).containsExactly("华岭电子青石分公司");
        assertThat(Show.companies(extract("滨江银行股份有限公司和远帆集团青禾分公司签约。")))
                .contains("远帆集团青禾分公司");
        assertThat(Show.companies(extract("县长何平会见了华岭电子股份有限公司湖南分公司总经理刘强。")))
                .containsExactly("华岭电子股份有限公司湖南分公司");
        // Near miss: a branch referred to, not named.
        assertThat(extract("其下属分公司当天成立。").companies()).isEmpty();
    }

    @Test
    void aCommonWordAsBrandBeforeTheFirmsOwnLab() {
        assertThat(Show.companies(extract("副市长陈平莅临春风制药新药重点实验室考察。"))).containsExactly("春风制药");
        assertThat(Show.companies(extract("副市长陈平莅临红旗药业新药研究中心考察。"))).containsExactly("红旗药业");
        assertThat(Show.companies(extract("专家团莅临白云制药新药重点实验室考察。"))).containsExactly("白云制药");
        // Near misses: a common word before an industry word names no firm outside a lab's name, nor does a place.
        assertThat(extract("春风制药新药项目开工。").companies()).isEmpty();
        assertThat(extract("专家团莅临黄河钢铁技术中心考察。").companies()).isEmpty();
    }

    @Test
    void unitsAreFirmsInAListThatHoldsACompany() {
        assertThat(Show.companies(extract("会上，第三工程公司、湖北公司、江北同创、湖南路桥五家单位负责人作了发言。")))
                .containsExactly("第三工程公司", "湖北公司", "江北同创", "湖南路桥");
        assertThat(Show.companies(extract("华岭电子有限公司、远川食品、青石路桥等参建单位负责人参加。")))
                .containsExactly("华岭电子有限公司", "远川食品", "青石路桥");
        assertThat(Show.companies(extract("远帆集团、江北同创等施工单位负责人参加。")))
                .containsExactly("远帆集团", "江北同创");
        // Near miss: a list of government offices closed by 等单位 holds no firm.
        assertThat(extract("县发改局、县财政局、县自然资源局等单位负责人参加会议。").companies()).isEmpty();
    }
}
