package guanxi.extract;

import guanxi.model.Extraction;
import org.junit.jupiter.api.Test;

import static guanxi.extract.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

/** Companies by structure: legal names bounded by the clause, stems with 控股/建设, short names of place + industry. */
class CompanyRulesTest {

    private static final Extractor EXTRACTOR = new Extractor();

    private static Extraction extract(String body) {
        return EXTRACTOR.extract(story("标题", body));
    }

    @Test
    void legalNameRunsLeftToTheClauseWords() {
        assertThat(Show.companies(extract("张立新查看了湖南照云世纪博远科技有限公司。")))
                .containsExactly("湖南照云世纪博远科技有限公司");
        assertThat(Show.companies(extract("王海走访了苏州中瑞博远精密机械股份有限公司。")))
                .containsExactly("苏州中瑞博远精密机械股份有限公司");
        // A category noun before an apposition is not part of the name.
        assertThat(Show.companies(extract("生产企业湖北远通精工有限公司介绍了情况。")))
                .containsExactly("湖北远通精工有限公司");
    }

    @Test
    void holdingAndConstructionStemsAndTheLegalFormMerge() {
        assertThat(Show.companies(extract("远帆控股集团有限公司创办于1998年。远帆控股集团在本地有三家工厂。")))
                .containsExactly("远帆控股集团有限公司=远帆控股集团");
        assertThat(Show.companies(extract("华东江海建设集团有限公司中标。")))
                .containsExactly("华东江海建设集团有限公司");
        // Near miss: a parent's stake before a company word is no name (控股子公司).
        assertThat(extract("该公司控股子公司正在筹建。").companies()).isEmpty();
    }

    @Test
    void placeNamePartAndIndustryMakeAShortName() {
        Extraction x = extract("中国石油与华拓数据有限公司签署数字化转型框架协议。");
        assertThat(Show.companies(x)).containsExactly("华拓数据有限公司", "中国石油");
        x = extract("市长周明莅临湘潭钢铁调研。");
        assertThat(Show.companies(x)).containsExactly("湘潭钢铁");
        assertThat(Show.relations(x)).contains("VISITED 周明->湘潭钢铁");
        // Near misses: a district is a place, and 集团公司 alone is the group referred to, not a name.
        assertThat(extract("副市长王海莅临滨江新区调研。").companies()).isEmpty();
        assertThat(extract("集团公司总经理李强出席。").companies()).isEmpty();
    }

    @Test
    void theCompanyReferredToIsTheOneNamedLast() {
        Extraction x = extract("远帆控股集团有限公司创办于1998年。该公司投资3亿元建设青禾县冷链物流园。");
        assertThat(Show.relations(x)).containsExactly("INVESTS_IN 远帆控股集团有限公司->青禾县冷链物流园");
        x = extract("禾光能源有限公司位于滨江新区。该公司是远帆控股集团有限公司的全资子公司。");
        assertThat(Show.relations(x)).containsExactly("SUBSIDIARY_OF 禾光能源有限公司->远帆控股集团有限公司");
        // Near miss: with no company named before, the reference stays unresolved.
        assertThat(extract("该公司投资3亿元建设青禾县冷链物流园。").relations()).isEmpty();
    }

    @Test
    void aListOfDescribedCompaniesSetApartBySemicolons() {
        assertThat(Show.companies(extract("参会企业有：国内领先的冷链物流平台运链通；全国百强企业湖北远通精工集团；"
                + "江南最大的茶饮品牌禾茶记等知名企业。")))
                .containsExactlyInAnyOrder("湖北远通精工集团", "运链通", "禾茶记");
        assertThat(Show.companies(extract("远帆科技、禾光能源等重点企业参加。"))).containsExactly("远帆科技", "禾光能源");
        // Near miss: after 等 a clause with a verb, not a description of the listed names.
        assertThat(extract("王立平、李海等参观了企业。").companies()).isEmpty();
    }

    @Test
    void whatAVisitingPartyObservesIsACompany() {
        assertThat(Show.companies(EXTRACTOR.extract(story("禾丰考察团观摩云栈网•新零售模式获好评", "考察团一行参观学习。"))))
                .containsExactly("云栈网");
        assertThat(Show.companies(extract("代表团还现场观摩了蓝鲸智联的生产线。")))
                .containsExactly("蓝鲸智联");
        assertThat(Show.companies(extract("与会人员观摩了星禾科技，随后召开座谈会。")))
                .containsExactly("星禾科技");
        // Near miss: what is observed is an event, a place or a body, not a company.
        assertThat(extract("与会人员观摩了青禾县，随后召开座谈会。").companies()).isEmpty();
        assertThat(extract("与会人员观摩了技能竞赛的现场。").companies()).isEmpty();
    }

    @Test
    void aShortNameDescribedAsAnEnterpriseIsACompany() {
        assertThat(Show.companies(extract("他表示，云栈科技是多年引进成功的大型合资企业。")))
                .containsExactly("云栈科技");
        assertThat(Show.companies(extract("蓝鲸智联自成立以来，一直专注于工业软件。")))
                .containsExactly("蓝鲸智联");
        assertThat(Show.companies(extract("华拓智能是一家专注新能源材料的高新技术企业。")))
                .containsExactly("华拓智能");
        // Near miss: a person, a place or a body described so is no company.
        assertThat(extract("王立平是一名优秀的企业家。").companies()).isEmpty();
        assertThat(extract("青禾县是农业大县，也是工业强县。").companies()).isEmpty();
        assertThat(extract("湖滨大学自成立以来培养了大批人才。").companies()).isEmpty();
    }
}
