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
        Extraction x = extract("2月23日，生态环境部生态环境执法局副局长夏祖义带队对绛县开展实地督导检查。"
                + "省自然资源厅党组成员、副厅长武耀文，市政府副市长刁海鹏，县委副书记、县长李翔，政府副县长郭晓伟等陪同。", "王甜甜");
        assertThat(Show.persons(x)).containsExactly("夏祖义[生态环境部生态环境执法局副局长]", "武耀文[省自然资源厅党组成员|副厅长]",
                "刁海鹏[市政府副市长]", "李翔[县委副书记|县长]", "郭晓伟[政府副县长]", "王甜甜[]");
        assertThat(Show.relations(x)).containsExactly("LED 夏祖义", "ACCOMPANIED 武耀文->夏祖义",
                "ACCOMPANIED 刁海鹏->夏祖义", "ACCOMPANIED 李翔->夏祖义", "ACCOMPANIED 郭晓伟->夏祖义");
    }

    @Test
    void groupLabelIsNotATitleAndPlaceholderNamesCount() {
        Extraction x = extract("县委书记解芳出席会议并作重要讲话。会议由县委常委、统战部长申东明主持。"
                + "县上及开发区领导葛凯、荣亿、王口恒等参加会议。");
        assertThat(Show.persons(x)).containsExactly("解芳[县委书记]", "申东明[县委常委|统战部长]", "葛凯[]", "荣亿[]", "王口恒[]");
        assertThat(Show.relations(x)).containsExactly("ATTENDED 解芳", "PRESIDED 申东明", "ATTENDED 葛凯",
                "ATTENDED 荣亿", "ATTENDED 王口恒");
    }

    @Test
    void delegationInTheCompanyOfAHostVisitsAProject() {
        Extraction x = extract("7月24日，中科纳米产业集团党委委员、副总裁曹冬梅，工信部华盛绿色工业基金会办公室主任杨勇一行"
                + "在县委书记解芳的陪同下，先后来到涑水新区项目建设现场。");
        assertThat(Show.persons(x)).containsExactly("曹冬梅[中科纳米产业集团党委委员|副总裁]",
                "杨勇[工信部华盛绿色工业基金会办公室主任]", "解芳[县委书记]");
        assertThat(Show.companies(x)).containsExactly("中科纳米产业集团");
        assertThat(Show.projects(x)).containsExactly("涑水新区项目 null building");
        assertThat(Show.relations(x)).containsExactly("LED 曹冬梅", "ATTENDED 杨勇", "ACCOMPANIED 解芳->曹冬梅",
                "EXECUTIVE_OF 曹冬梅->中科纳米产业集团 (党委委员、副总裁)", "VISITED 曹冬梅->涑水新区项目");
    }

    @Test
    void talksMeetAndCompanyFormsMergeUnderTheLongestName() {
        Extraction x = extract("县委书记解芳与红星美凯龙集团执行总裁国林举行交流座谈。红星美凯龙家具股份有限公司主营业务为家居装饰。"
                + "县上及开发区领导程海龙、张瑞轩等参加考察。");
        assertThat(Show.companies(x)).containsExactly("红星美凯龙家具股份有限公司=红星美凯龙集团");
        assertThat(Show.relations(x)).containsExactly("ATTENDED 程海龙", "ATTENDED 张瑞轩", "LED 解芳", "MET 国林->解芳",
                "EXECUTIVE_OF 国林->红星美凯龙家具股份有限公司 (执行总裁)", "VISITED 解芳->红星美凯龙家具股份有限公司");
    }

    @Test
    void visitedCompaniesInAList() {
        Extraction x = extract("10月29日，运城市生态环境局党组书记、局长袁卫廷带队到我县调研。"
                + "调研中，袁卫廷一行实地走访了山西耀格新材料有限公司、山西隆泽源橡塑有限公司等企业。");
        assertThat(Show.companies(x)).containsExactly("山西耀格新材料有限公司", "山西隆泽源橡塑有限公司");
        assertThat(Show.relations(x)).containsExactly("LED 袁卫廷", "VISITED 袁卫廷->山西耀格新材料有限公司",
                "VISITED 袁卫廷->山西隆泽源橡塑有限公司");
    }

    @Test
    void signingWithALabelledListOfParties() {
        Extraction x = extract("县经济开发区党工委书记、管委会主任程海龙出席座谈会。"
                + "程海龙与县校合作单位：上海复旦大学新农村发展研究院、上海维东实业发展有限公司进行了签约。");
        assertThat(Show.relations(x)).containsExactly("ATTENDED 程海龙", "SIGNED 程海龙->上海复旦大学新农村发展研究院",
                "SIGNED 程海龙->上海维东实业发展有限公司");
        assertThat(x.organizations()).extracting(o -> o.name()).containsExactly("上海复旦大学新农村发展研究院");
    }

    @Test
    void investmentsAndProjectListsWithStatus() {
        Extraction x = extract("加快推进与中信旅游集团合作总投资22.64亿元的涑水新区项目。"
                + "正在建设的项目有2个，分别是：皓昆耐火材料、聚能科技锂电池负极材料。老年养护楼项目总投资约2999.98万元。");
        assertThat(Show.projects(x)).containsExactly("涑水新区项目 2264000000 null", "皓昆耐火材料 null building",
                "聚能科技锂电池负极材料 null building", "老年养护楼项目 29999800 null");
        assertThat(Show.relations(x)).containsExactly("INVESTS_IN 中信旅游集团->涑水新区项目");
    }

    @Test
    void aQuantityThatIsNotMoneyIsNoInvestment() {
        Extraction x = extract("丁小强实地来到恒晖环保科技有限公司年产6000吨锂电池负极材料项目现场。");
        assertThat(Show.projects(x)).containsExactly("恒晖环保科技有限公司年产6000吨锂电池负极材料项目 null null");
        assertThat(Show.relations(x)).contains(
                "INVESTS_IN 恒晖环保科技有限公司->恒晖环保科技有限公司年产6000吨锂电池负极材料项目");
    }

    @Test
    void subsidiariesAndAbbreviations() {
        Extraction x = extract("华信通讯集团有限公司（以下简称“华信通讯”）与临江市人民政府签署协议。"
                + "云盾数据科技有限公司（以下简称“云盾公司”）正式揭牌。云盾公司是华信通讯股份有限公司出资设立的子公司。");
        assertThat(Show.companies(x)).containsExactly("华信通讯集团有限公司=华信通讯", "云盾数据科技有限公司=云盾公司",
                "华信通讯股份有限公司");
        assertThat(Show.relations(x)).containsExactly("SUBSIDIARY_OF 云盾数据科技有限公司->华信通讯股份有限公司",
                "SIGNED 华信通讯集团有限公司->临江市人民政府");
    }

    @Test
    void executiveTitlesKeepTheirPostsAndTradeNamesInCompanyLists() {
        Extraction x = extract("中信机电制造有限公司党委书记、总经理张俊国等企业应邀出席会议。"
                + "县委常委、政府副县长马辉，开发区管委会副主任张瑞士应邀参加活动。中信机电、博翔汇良、恒晖环保3家企业负责人分别汇报。");
        assertThat(Show.persons(x)).containsExactly("张俊国[中信机电制造有限公司党委书记|总经理]", "马辉[县委常委|政府副县长]",
                "张瑞士[开发区管委会副主任]");
        assertThat(Show.companies(x)).containsExactly("中信机电制造有限公司=中信机电", "博翔汇良", "恒晖环保");
        assertThat(Show.relations(x)).containsExactly("ATTENDED 张俊国", "ATTENDED 马辉", "ATTENDED 张瑞士",
                "EXECUTIVE_OF 张俊国->中信机电制造有限公司 (党委书记、总经理)");
    }

    @Test
    void aBareNameWithNoPatternIsNoPerson() {
        Extraction x = extract("王文标对我县的营商环境给予充分肯定。");
        assertThat(x.persons()).isEmpty();
        assertThat(x.relations()).isEmpty();
    }

    @Test
    void namesAfterATitleShareIt() {
        Extraction x = extract("县委书记解芳带领有关部门负责人赴北京考察。县委常委、宣传部长薛云涛，政府副县长张瑞轩、王大凤等参加。");
        assertThat(Show.persons(x)).containsExactly("解芳[县委书记]", "薛云涛[县委常委|宣传部长]", "张瑞轩[政府副县长]",
                "王大凤[政府副县长]");
        assertThat(Show.relations(x)).containsExactly("LED 解芳", "ATTENDED 薛云涛", "ATTENDED 张瑞轩", "ATTENDED 王大凤");
    }

    @Test
    void meetingBetweenTwoGroupsPairsEveryone() {
        Extraction x = extract("莆田市委书记付朝阳，市长林旭阳会见厦航董事长、党委书记赵东，总经理、党委副书记谢兵一行，并共同出席签约仪式。");
        assertThat(Show.companies(x)).containsExactly("厦航");
        assertThat(Show.relations(x)).containsExactly("MET 付朝阳->赵东", "MET 付朝阳->谢兵", "MET 林旭阳->赵东",
                "MET 林旭阳->谢兵", "LED 赵东", "ATTENDED 谢兵", "ATTENDED 付朝阳", "ATTENDED 林旭阳",
                "EXECUTIVE_OF 赵东->厦航 (董事长、党委书记)", "EXECUTIVE_OF 谢兵->厦航 (总经理、党委副书记)");
    }

    @Test
    void aTitleStatedOnceBelongsToThePersonAcrossTheStory() {
        Extraction x = extract("县委书记解芳主持召开全县重点项目谋划会。解芳指出，要抓好项目。");
        assertThat(Show.persons(x)).containsExactly("解芳[县委书记]");
        assertThat(Show.person(x, "解芳").mentions()).extracting(Evidence::rule)
                .containsExactly("title-name", "known-name");
        assertThat(Show.relations(x)).containsExactly("PRESIDED 解芳");
    }

    @Test
    void evidencePointsIntoTheStoryText() {
        Story s = story("标题", "本报讯 县委书记解芳出席会议。县委副书记、县长李翔主持会议。");
        Extraction x = EXTRACTOR.extract(s);
        Relation presided = x.relations().stream().filter(r -> r.type() == RelationType.PRESIDED).findFirst().orElseThrow();
        Evidence ev = presided.evidence();
        assertThat(ev.storyId()).isEqualTo(s.id());
        assertThat(ev.sentence()).isEqualTo(1);
        assertThat(ev.text()).isEqualTo("县委副书记、县长李翔主持会议。");
        assertThat(s.text().substring(ev.start(), ev.end())).isEqualTo("县委副书记、县长李翔主持会议");
        assertThat(ev.rule()).isEqualTo("preside-trigger");
    }

    @Test
    void headlineTitlesCountButReportersHaveNone() {
        Extraction x = EXTRACTOR.extract(story("市统计局局长王涑波带队到我县调研", "本报讯 王涑波带队到我县调研项目建设情况。", "王晨鸿"));
        assertThat(Show.persons(x)).containsExactly("王涑波[市统计局局长]", "王晨鸿[]");
        assertThat(Show.person(x, "王涑波").mentions()).extracting(Evidence::sentence).contains(-1);
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
        Extraction x = extract("7月7日，秦淮区副区长裴清海一行莅临商圈网进行考察调研。公司首席执行官王晔热情接待了裴清海一行。");
        assertThat(Show.companies(x)).containsExactly("商圈网");
        assertThat(Show.relations(x)).containsExactly("LED 裴清海", "MET 王晔->裴清海",
                "EXECUTIVE_OF 王晔->商圈网 (首席执行官)", "VISITED 裴清海->商圈网");
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
