package guanxi.extract;

import guanxi.model.Evidence;
import guanxi.model.Extraction;
import guanxi.model.Relation;
import guanxi.model.RelationType;
import guanxi.model.Story;
import org.junit.jupiter.api.Test;

import static guanxi.extract.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

/** One inline story per relation type and per tricky pattern, with the exact expected output. */
class ExtractorTest {

    private static final Extractor EXTRACTOR = new Extractor();

    private static Extraction extract(String body, String... reporters) {
        return EXTRACTOR.extract(story("标题", body, reporters));
    }

    @Test
    void titleChainsSplitAtDunHaoAndAccompanyTheLeader() {
        Extraction x = extract("3月15日，水利部水资源管理司副司长郑国栋带队对桐柏县开展防汛督导检查。"
                + "省水利厅党组成员、副厅长孙立群，市政府副市长黄志远，县委副书记、县长蒋文博，政府副县长高明轩等陪同。", "陈思雨");
        assertThat(Show.persons(x)).containsExactly("郑国栋[水利部水资源管理司副司长]", "孙立群[省水利厅党组成员|副厅长]",
                "黄志远[市政府副市长]", "蒋文博[县委副书记|县长]", "高明轩[政府副县长]", "陈思雨[]");
        assertThat(Show.relations(x)).containsExactly("LED 郑国栋", "ACCOMPANIED 孙立群->郑国栋",
                "ACCOMPANIED 黄志远->郑国栋", "ACCOMPANIED 蒋文博->郑国栋", "ACCOMPANIED 高明轩->郑国栋");
    }

    @Test
    void groupLabelIsNotATitleAndPlaceholderNamesCount() {
        Extraction x = extract("县委书记周海涛出席大会并讲话。大会由县委常委、组织部长韩立新主持。"
                + "县上及开发区领导邓凯、常亿、李口明等参加大会。");
        assertThat(Show.persons(x)).containsExactly("周海涛[县委书记]", "韩立新[县委常委|组织部长]", "邓凯[]", "常亿[]", "李口明[]");
        assertThat(Show.relations(x)).containsExactly("ATTENDED 周海涛", "PRESIDED 韩立新", "ATTENDED 邓凯",
                "ATTENDED 常亿", "ATTENDED 李口明");
    }

    @Test
    void delegationInTheCompanyOfAHostVisitsAProject() {
        Extraction x = extract("9月12日，华远新能源产业集团副总裁、党委委员林秀珍，国家发改委低碳发展基金会办公室主任陈刚一行"
                + "在县委书记周海涛的陪同下，先后来到凤鸣新区项目建设现场。");
        assertThat(Show.persons(x)).containsExactly("林秀珍[华远新能源产业集团副总裁|党委委员]",
                "陈刚[国家发改委低碳发展基金会办公室主任]", "周海涛[县委书记]");
        assertThat(Show.companies(x)).containsExactly("华远新能源产业集团");
        assertThat(Show.projects(x)).containsExactly("凤鸣新区项目 null building");
        assertThat(Show.relations(x)).containsExactly("LED 林秀珍", "ATTENDED 陈刚", "ACCOMPANIED 周海涛->林秀珍",
                "EXECUTIVE_OF 林秀珍->华远新能源产业集团 (副总裁、党委委员)", "VISITED 林秀珍->凤鸣新区项目");
    }

    @Test
    void talksMeetAndCompanyFormsMergeUnderTheLongestName() {
        Extraction x = extract("县委书记周海涛与金丰达集团执行总裁陆明举行交流座谈。金丰达木业股份有限公司主营实木家具研发与生产。"
                + "县上及开发区领导唐文斌、钱志强等参加考察。");
        assertThat(Show.companies(x)).containsExactly("金丰达木业股份有限公司=金丰达集团");
        assertThat(Show.relations(x)).containsExactly("ATTENDED 唐文斌", "ATTENDED 钱志强", "LED 周海涛", "MET 陆明->周海涛",
                "EXECUTIVE_OF 陆明->金丰达木业股份有限公司 (执行总裁)", "VISITED 周海涛->金丰达木业股份有限公司");
    }

    @Test
    void visitedCompaniesInAList() {
        Extraction x = extract("11月3日，临汾市自然资源局党组书记、局长贺建平带队到我县督导。"
                + "督导中，贺建平一行实地走访了河南宏泰新材料有限公司、河南恒源塑胶有限公司等企业。");
        assertThat(Show.companies(x)).containsExactly("河南宏泰新材料有限公司", "河南恒源塑胶有限公司");
        assertThat(Show.relations(x)).containsExactly("LED 贺建平", "VISITED 贺建平->河南宏泰新材料有限公司",
                "VISITED 贺建平->河南恒源塑胶有限公司");
    }

    @Test
    void signingWithALabelledListOfParties() {
        Extraction x = extract("县高新区党工委副书记、管委会主任王建军出席座谈会。"
                + "王建军与县校合作单位：南京农业大学乡村振兴研究院、江苏汇丰农牧有限公司进行了集中签约。");
        assertThat(Show.relations(x)).containsExactly("ATTENDED 王建军", "SIGNED 王建军->南京农业大学乡村振兴研究院",
                "SIGNED 王建军->江苏汇丰农牧有限公司");
        assertThat(x.organizations()).extracting(o -> o.name()).containsExactly("南京农业大学乡村振兴研究院");
    }

    @Test
    void investmentsAndProjectListsWithStatus() {
        Extraction x = extract("加快推进与华侨文旅集团合作总投资15.38亿元的凤鸣湖康养项目。"
                + "正在建设的项目有2个，分别是：鑫盛陶瓷制品、宏达光伏组件。社区卫生服务中心项目总投资约1860.5万元。");
        assertThat(Show.projects(x)).containsExactly("凤鸣湖康养项目 1538000000 null", "鑫盛陶瓷制品 null building",
                "宏达光伏组件 null building", "社区卫生服务中心项目 18605000 null");
        assertThat(Show.relations(x)).containsExactly("INVESTS_IN 华侨文旅集团->凤鸣湖康养项目");
    }

    @Test
    void aQuantityThatIsNotMoneyIsNoInvestment() {
        Extraction x = extract("孙立国实地来到宏达铝业有限公司年产8000吨再生铝锭项目现场。");
        assertThat(Show.projects(x)).containsExactly("宏达铝业有限公司年产8000吨再生铝锭项目 null null");
        assertThat(Show.relations(x)).contains(
                "INVESTS_IN 宏达铝业有限公司->宏达铝业有限公司年产8000吨再生铝锭项目");
    }

    @Test
    void subsidiariesAndAbbreviations() {
        Extraction x = extract("华信通讯有限责任公司（以下简称“华信通讯”）与临江市人民政府签署协议。"
                + "云盾数据科技有限责任公司（以下简称“云盾公司”）正式揭牌。云盾公司是华信通讯股份有限公司于去年出资设立的子公司。");
        assertThat(Show.companies(x)).containsExactly("云盾数据科技有限责任公司=云盾公司", "华信通讯有限责任公司=华信通讯",
                "华信通讯股份有限公司");
        assertThat(Show.relations(x)).containsExactly("SUBSIDIARY_OF 云盾数据科技有限责任公司->华信通讯股份有限公司",
                "SIGNED 华信通讯有限责任公司->临江市人民政府");
    }

    @Test
    void executiveTitlesKeepTheirPostsAndTradeNamesInCompanyLists() {
        Extraction x = extract("东方重工机械有限公司执行董事、总经理刘振华等企业应邀出席大会。"
                + "县委常委、副县长冯涛，开发区管委会副主任罗建军应邀参加活动。东方重工、鑫源达、瑞丰农业3家企业负责人先后发言。");
        assertThat(Show.persons(x)).containsExactly("刘振华[东方重工机械有限公司执行董事|总经理]", "冯涛[县委常委|副县长]",
                "罗建军[开发区管委会副主任]");
        assertThat(Show.companies(x)).containsExactly("东方重工机械有限公司=东方重工", "瑞丰农业", "鑫源达");
        assertThat(Show.relations(x)).containsExactly("ATTENDED 刘振华", "ATTENDED 冯涛", "ATTENDED 罗建军",
                "EXECUTIVE_OF 刘振华->东方重工机械有限公司 (执行董事、总经理)");
    }

    @Test
    void aBareNameWithNoPatternIsNoPerson() {
        Extraction x = extract("刘国华对我市的投资环境表示高度认可。");
        assertThat(x.persons()).isEmpty();
        assertThat(x.relations()).isEmpty();
    }

    @Test
    void namesAfterATitleShareIt() {
        Extraction x = extract("县委书记周海涛带领相关部门负责人赴杭州考察。县委常委、组织部长尹国庆，政府副县长邵文杰、梁小燕等参加。");
        assertThat(Show.persons(x)).containsExactly("周海涛[县委书记]", "尹国庆[县委常委|组织部长]", "邵文杰[政府副县长]",
                "梁小燕[政府副县长]");
        assertThat(Show.relations(x)).containsExactly("LED 周海涛", "ATTENDED 尹国庆", "ATTENDED 邵文杰", "ATTENDED 梁小燕");
    }

    @Test
    void meetingBetweenTwoGroupsPairsEveryone() {
        Extraction x = extract("泉州市委书记陈建明，市长黄志刚会见南航董事长、党委书记刘宏伟，总裁、党委副书记吴涛一行，并共同出席合作签约仪式。");
        assertThat(Show.companies(x)).containsExactly("南航");
        assertThat(Show.relations(x)).containsExactly("MET 陈建明->刘宏伟", "MET 陈建明->吴涛", "MET 黄志刚->刘宏伟",
                "MET 黄志刚->吴涛", "LED 刘宏伟", "ATTENDED 吴涛", "ATTENDED 陈建明", "ATTENDED 黄志刚",
                "EXECUTIVE_OF 刘宏伟->南航 (董事长、党委书记)", "EXECUTIVE_OF 吴涛->南航 (总裁、党委副书记)");
    }

    @Test
    void aTitleStatedOnceBelongsToThePersonAcrossTheStory() {
        Extraction x = extract("县委书记周海涛主持召开全县招商引资推进会。周海涛强调，要抓好落实。");
        assertThat(Show.persons(x)).containsExactly("周海涛[县委书记]");
        assertThat(Show.person(x, "周海涛").mentions()).extracting(Evidence::rule)
                .containsExactly("title-name", "known-name");
        assertThat(Show.relations(x)).containsExactly("PRESIDED 周海涛");
    }

    @Test
    void evidencePointsIntoTheStoryText() {
        Story s = story("标题", "本报讯 县委书记周海涛出席会议。县委副书记、县长蒋文博主持会议。");
        Extraction x = EXTRACTOR.extract(s);
        Relation presided = x.relations().stream().filter(r -> r.type() == RelationType.PRESIDED).findFirst().orElseThrow();
        Evidence ev = presided.evidence();
        assertThat(ev.storyId()).isEqualTo(s.id());
        assertThat(ev.sentence()).isEqualTo(1);
        assertThat(ev.text()).isEqualTo("县委副书记、县长蒋文博主持会议。");
        assertThat(s.text().substring(ev.start(), ev.end())).isEqualTo("县委副书记、县长蒋文博主持会议");
        assertThat(ev.rule()).isEqualTo("preside-trigger");
    }

    @Test
    void headlineTitlesCountButReportersHaveNone() {
        Extraction x = EXTRACTOR.extract(story("市商务局局长邓启明带队到我县调研", "本报讯 邓启明带队到我县调研商贸流通工作。", "刘雨桐"));
        assertThat(Show.persons(x)).containsExactly("邓启明[市商务局局长]", "刘雨桐[]");
        assertThat(Show.person(x, "邓启明").mentions()).extracting(Evidence::sentence).contains(-1);
    }

    @Test
    void aRecognisedNameBeforeOneXingIsAPersonAndLeads() {
        Extraction x = extract("在县委书记李建国的陪同下，周建华一行参观了县博物馆和青山科技股份有限公司。");
        assertThat(Show.persons(x)).containsExactly("李建国[县委书记]", "周建华[]");
        assertThat(Show.relations(x)).containsExactly("ACCOMPANIED 李建国->周建华", "LED 周建华",
                "VISITED 周建华->县博物馆", "VISITED 周建华->青山科技股份有限公司");
        assertThat(x.organizations()).extracting(o -> o.name()).containsExactly("县博物馆");
    }

    @Test
    void aVisitVerbInARelativeClauseIsNoVisit() {
        Extraction x = extract("4月2日，县长王海波会见了来我县考察的深圳市远航投资集团有限公司总经理刘洋一行。副县长赵红梅参加会见。");
        assertThat(Show.relations(x)).containsExactly("LED 刘洋", "ATTENDED 赵红梅", "MET 王海波->刘洋",
                "EXECUTIVE_OF 刘洋->深圳市远航投资集团有限公司 (总经理)");
    }

    @Test
    void aTradeNameCalledOnIsACompanyAndItsStaffAreItsExecutives() {
        Extraction x = extract("5月18日，鼓楼区副区长韩志勇一行莅临云票网进行考察调研。公司首席执行官孙浩热情接待了韩志勇一行。");
        assertThat(Show.companies(x)).containsExactly("云票网");
        assertThat(Show.relations(x)).containsExactly("LED 韩志勇", "MET 孙浩->韩志勇",
                "EXECUTIVE_OF 孙浩->云票网 (首席执行官)", "VISITED 韩志勇->云票网");
    }

    @Test
    void partiesAndTheirRepresentativesSign() {
        Extraction x = extract("会上，县政府与山西建投集团签订了战略合作框架协议，县长李明与山西建投集团总经理周强代表双方签约。");
        assertThat(Show.relations(x)).containsExactly("ATTENDED 李明", "ATTENDED 周强",
                "EXECUTIVE_OF 周强->山西建投集团 (总经理)", "SIGNED 李明->山西建投集团", "SIGNED 县政府->山西建投集团");
        assertThat(x.organizations()).extracting(o -> o.name()).containsExactly("县政府");
    }

    @Test
    void eachOfTwoNamesBeforeFenBieZhuChiChairs() {
        Extraction x = extract("东城镇党委书记陈伟汇报工作。副县长王刚、李明分别主持会议。");
        assertThat(Show.persons(x)).containsExactly("陈伟[东城镇党委书记]", "王刚[副县长]", "李明[副县长]");
        assertThat(Show.relations(x)).containsExactly("PRESIDED 王刚", "PRESIDED 李明");
    }
}
