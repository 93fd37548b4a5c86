package guanxi.extract;

import guanxi.model.Extraction;
import org.junit.jupiter.api.Test;

import static guanxi.extract.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who took part, on invented sentences: members named after the leader's 带领/率, lists with items that name no one,
 * witnesses and hosts who brief or welcome the visitors, and EXECUTIVE_OF read along a whole title chain.
 */
class ParticipantRulesTest {

    private static final Extractor EXTRACTOR = new Extractor();

    private static Extraction extract(String body) {
        return EXTRACTOR.extract(story("标题", body));
    }

    // ------------------------------------------------------------ members after the leader's verb

    @Test
    void peopleNamedAfterTheLeadersVerbGoWithHim() {
        assertThat(Show.relations(extract("4月8日，市委书记贺建军带领市委常委、秘书长孔德明，副市长邬晓燕等到我县调研。")))
                .containsExactly("LED 贺建军", "ATTENDED 孔德明", "ATTENDED 邬晓燕");
        assertThat(Show.relations(extract("6月2日，省发改委主任聂文涛率省直有关部门负责人及副市长萧红梅赴青山县考察。")))
                .containsExactly("LED 聂文涛", "ATTENDED 萧红梅");
        assertThat(Show.relations(extract(
                "11月5日，县长滕玉龙带领县发改局局长魏国华、县工信局局长乔宇以及住建局副局长蔡英到园区调研。")))
                .containsExactly("LED 滕玉龙", "ATTENDED 魏国华", "ATTENDED 乔宇", "ATTENDED 蔡英");
    }

    @Test
    void laterSubjectsOfTheVisitsVerbsGoAlongWithItsLeader() {
        assertThat(Show.relations(extract("5月3日，县委书记贺建军带队调研工业园区。县长滕玉龙、副县长魏国华深入企业车间察看生产情况。")))
                .containsExactly("LED 贺建军", "ATTENDED 滕玉龙", "ATTENDED 魏国华");
        // Near miss: with no leader named, the subjects of the visit lead it themselves.
        assertThat(Show.relations(extract("5月3日，县长滕玉龙、副县长魏国华深入企业车间察看生产情况。")))
                .containsExactly("LED 滕玉龙", "ATTENDED 魏国华");
    }

    @Test
    void escortsOfAnEventNobodyLeadsAttendIt() {
        assertThat(Show.relations(extract("7月2日，物流博览会在省城开幕。副省长贺建军出席开幕式并致辞，恒信物流公司总经理滕玉龙陪同活动。")))
                .contains("ATTENDED 贺建军", "ATTENDED 滕玉龙").doesNotContain("ACCOMPANIED 滕玉龙->贺建军");
        // Near miss: with a visit's leader the escort accompanies him.
        assertThat(Show.relations(extract("7月2日，副省长贺建军到恒信物流公司调研，公司总经理滕玉龙陪同。")))
                .contains("LED 贺建军", "ACCOMPANIED 滕玉龙->贺建军").doesNotContain("ATTENDED 滕玉龙");
    }

    @Test
    void peopleWhoGoAlongWithAVisitAccompanyItsLeader() {
        assertThat(Show.relations(extract("6月4日，副市长邬晓燕到我县检查防汛工作，县应急局局长乔宇随同检查。")))
                .containsExactly("LED 邬晓燕", "ACCOMPANIED 乔宇->邬晓燕");
        assertThat(Show.relations(extract(
                "9月12日，县委书记贺建军带队走访园区企业，县商务局局长孔德明、县税务局局长萧红梅随同走访。")))
                .containsExactly("LED 贺建军", "ACCOMPANIED 孔德明->贺建军", "ACCOMPANIED 萧红梅->贺建军");
        assertThat(Show.relations(extract("3月8日，省林业局副局长聂文涛来我县调研油茶产业。副县长滕玉龙随同调研。")))
                .containsExactly("LED 聂文涛", "ACCOMPANIED 滕玉龙->聂文涛");
        // Near miss: on the leader's trip out of the county (赴), those who go along are members of his delegation.
        assertThat(Show.relations(extract("8月2日，县委书记贺建军率队赴杭州考察数字经济企业，副县长萧红梅、县商务局局长孔德明随同。")))
                .containsExactly("LED 贺建军", "ATTENDED 萧红梅", "ATTENDED 孔德明");
        assertThat(Show.relations(extract("10月9日，县长滕玉龙带队赴广州开展招商活动。县发改局局长乔宇随同考察。")))
                .containsExactly("LED 滕玉龙", "ATTENDED 乔宇");
        // Near miss: at a meeting nobody leads, going along is taking part.
        assertThat(Show.relations(extract("5月6日，全县招商引资推进会召开。县长滕玉龙主持会议，县商务局局长孔德明随同参会。")))
                .containsExactly("PRESIDED 滕玉龙", "ATTENDED 孔德明");
    }

    @Test
    void theHostsOfficialsGoingAlongWithAVisitorAccompanyHim() {
        // A visitor to the paper's county (到我县): its own officials who go along (一同, 随同) accompany him.
        assertThat(Show.relations(extract(
                "3月3日，市人大常委会副主任乔宇带队到我县检查防汛工作，县人大常委会主任孔德明、副县长萧红梅一同检查。")))
                .containsExactly("LED 乔宇", "ACCOMPANIED 孔德明->乔宇", "ACCOMPANIED 萧红梅->乔宇");
        assertThat(Show.relations(extract("6月3日，省林业局副局长聂文涛到我县调研油茶产业。县委常委、副县长滕玉龙一同调研。")))
                .containsExactlyInAnyOrder("LED 聂文涛", "ACCOMPANIED 滕玉龙->聂文涛");
        assertThat(Show.relations(extract("9月8日，市长邬晓燕来我区调研。区委副书记、区长贺建军一同调研。")))
                .containsExactlyInAnyOrder("LED 邬晓燕", "ACCOMPANIED 贺建军->邬晓燕");
        // Near misses: the visitor's own staff go with him (ATTENDED), and so do a leader's own people at home.
        assertThat(Show.relations(extract("6月3日，副市长邬晓燕到我县调研，市政府副秘书长乔宇一同调研。")))
                .containsExactlyInAnyOrder("LED 邬晓燕", "ATTENDED 乔宇");
        assertThat(Show.relations(extract("6月3日，副市长邬晓燕到我县调研，市政府副秘书长乔宇随同调研。")))
                .containsExactlyInAnyOrder("LED 邬晓燕", "ATTENDED 乔宇");
        assertThat(Show.relations(extract("5月2日，县长滕玉龙到园区调研，县发改局局长乔宇一同调研。")))
                .containsExactlyInAnyOrder("LED 滕玉龙", "ATTENDED 乔宇");
    }

    @Test
    void comingToAPlaceIsNoVisitToLead() {
        assertThat(Show.relations(extract("5月3日，县长滕玉龙来到项目工地检查安全生产工作。"))).containsExactly("LED 滕玉龙");
        // Near miss: arriving at the meeting hall leads nothing.
        assertThat(Show.relations(extract("5月3日，全县防汛调度会在县城举行。县委书记贺建军出席会议并讲话，"
                + "县长滕玉龙主持会议。副县长魏国华来到会场。")))
                .containsExactly("ATTENDED 贺建军", "PRESIDED 滕玉龙");
    }

    @Test
    void someoneWhoAccompaniesAfterTheVisitIsNoMember() {
        // Near miss: the host after the comma has a role of his own.
        assertThat(Show.relations(extract("4月8日，市委书记贺建军带领市委常委孔德明到我县调研，县长滕玉龙陪同。")))
                .containsExactly("LED 贺建军", "ATTENDED 孔德明", "ACCOMPANIED 滕玉龙->贺建军");
    }

    // ------------------------------------------------------------ lists

    @Test
    void listItemsThatNameNoOneDoNotSplitTheList() {
        assertThat(Show.relations(extract("县委书记滕玉龙、县人大常委会有关负责同志、县长魏国华出席开工仪式。")))
                .containsExactly("ATTENDED 滕玉龙", "ATTENDED 魏国华");
        assertThat(Show.relations(extract("市委书记贺建军，市直有关部门负责人，副市长邬晓燕参加会议。")))
                .containsExactly("ATTENDED 贺建军", "ATTENDED 邬晓燕");
    }

    @Test
    void listItemsNamingBodiesOrPostsWithoutANameDoNotSplitTheList() {
        assertThat(Show.relations(extract("县委书记贺建军，县发改局、县工信局负责人，县长滕玉龙出席。")))
                .containsExactly("ATTENDED 贺建军", "ATTENDED 滕玉龙");
        assertThat(Show.relations(extract("县委书记贺建军，各乡镇党委书记，县长滕玉龙出席。")))
                .containsExactly("ATTENDED 贺建军", "ATTENDED 滕玉龙");
        // Near miss: a time or place word between the names opens a new clause.
        assertThat(Show.relations(extract("县长贺建军，会上，县委书记滕玉龙出席。"))).containsExactly("ATTENDED 滕玉龙");
    }

    @Test
    void anItemWithAVerbStillEndsTheList() {
        // Near miss: the middle item says what the first person did; he is no attendee.
        assertThat(Show.relations(extract("市委书记贺建军，听取汇报后要求有关负责人，副市长邬晓燕参加会议。")))
                .containsExactly("ATTENDED 邬晓燕");
    }

    @Test
    void titlesPrintedAfterNamesKeepTheListTogether() {
        assertThat(Show.relations(extract("会上，林海涛院长、曹文静副院长和科研处蒋立新处长出席。")))
                .containsExactly("ATTENDED 林海涛", "ATTENDED 曹文静", "ATTENDED 蒋立新");
    }

    @Test
    void everyoneListedAfterAnAttendanceLeadInAttends() {
        assertThat(Show.relations(extract("出席会议的还有县领导滕玉龙、魏国华等。")))
                .containsExactly("ATTENDED 滕玉龙", "ATTENDED 魏国华");
        assertThat(Show.relations(extract("参加会议的有：县委书记贺建军，县长滕玉龙。")))
                .containsExactly("ATTENDED 贺建军", "ATTENDED 滕玉龙");
        // Near miss: a count of participants lists no one.
        assertThat(Show.relations(extract("参加培训的有三百余人，县长滕玉龙强调要学以致用。"))).isEmpty();
    }

    @Test
    void everyoneListedAfterAnEscortLeadInAccompaniesTheLeader() {
        Extraction x = extract("5月3日，省委常委、副省长聂文涛到我县调研。陪同调研的有：县委书记贺建军、县长滕玉龙。");
        assertThat(Show.relations(x)).containsExactly("LED 聂文涛", "ACCOMPANIED 贺建军->聂文涛",
                "ACCOMPANIED 滕玉龙->聂文涛");
    }

    @Test
    void underSomeonesLeadershipHeLeads() {
        assertThat(Show.relations(extract("在县委书记贺建军的带领下，考察团参观了园区。"))).containsExactly("LED 贺建军");
    }

    // ------------------------------------------------------------ witnesses, speakers, hosts

    @Test
    void witnessesOfASigningAttend() {
        Extraction x = extract("县委书记孙卫国，县委副书记、县长周建平见证签约。");
        assertThat(Show.relations(x)).containsExactly("ATTENDED 孙卫国", "ATTENDED 周建平");
        assertThat(Show.relations(extract("副县长乔宇，恒信集团董事长邬晓燕、总经理萧红梅共同见证签约。")))
                .containsExactly("ATTENDED 乔宇", "ATTENDED 邬晓燕", "ATTENDED 萧红梅",
                        "EXECUTIVE_OF 邬晓燕->恒信集团 (董事长)", "EXECUTIVE_OF 萧红梅->恒信集团 (总经理)");
    }

    @Test
    void ceremonialActsAreAttendance() {
        assertThat(Show.relations(extract("县委书记贺建军为基地揭牌。"))).containsExactly("ATTENDED 贺建军");
        assertThat(Show.relations(extract("贺建军、滕玉龙为新校区培土奠基。")))
                .containsExactly("ATTENDED 贺建军", "ATTENDED 滕玉龙");
        assertThat(Show.relations(extract("副市长魏国华为获奖企业颁奖。"))).containsExactly("ATTENDED 魏国华");
        // Near miss: an act in a later clause is someone else's.
        assertThat(Show.relations(extract("县委书记贺建军强调，要为群众办实事。"))).isEmpty();
    }

    @Test
    void aHostBriefingTheDelegationTakesPart() {
        assertThat(Show.relations(extract("恒信集团副总裁邬晓燕向考察团详细介绍了企业的发展情况。")))
                .containsExactly("ATTENDED 邬晓燕", "EXECUTIVE_OF 邬晓燕->恒信集团 (副总裁)");
        // Near miss: telling the press is no part in an event.
        assertThat(Show.relations(extract("县长滕玉龙向记者介绍，今年全县新开工项目三十个。"))).isEmpty();
    }

    @Test
    void theVisitedCompanysPeopleBriefingTheVisitorsMeetTheirLeader() {
        Extraction x = extract("6月1日，市委书记贺建军一行到恒信集团考察。会上，恒信集团总经理邬晓燕详细介绍了企业发展情况。");
        assertThat(Show.relations(x)).contains("LED 贺建军", "MET 邬晓燕->贺建军");
        // The company post may be printed at the person's first mention only.
        assertThat(Show.relations(extract("6月1日，市委书记贺建军一行到恒信集团考察，受到恒信集团总经理邬晓燕的热情接待。"
                + "会上，邬晓燕详细介绍了企业发展情况。"))).contains("LED 贺建军", "MET 邬晓燕->贺建军")
                .doesNotContain("ATTENDED 邬晓燕");
        // Near miss: an official briefing at the meeting takes part in it; he does not meet the leader as a host.
        assertThat(Show.relations(extract("6月1日，市委书记贺建军一行到恒信集团考察。会上，县长滕玉龙详细介绍了县情。")))
                .contains("LED 贺建军", "ATTENDED 滕玉龙").doesNotContain("MET 滕玉龙->贺建军");
    }

    @Test
    void theVisitedCompanysHeadBriefingInTheVisitsOwnSentenceIsNoMember() {
        // …一行来到X公司调研，公司董事长Y介绍了…: the firm's head hosts the visitors; he is not one of them.
        Extraction x = extract("6月1日，省人大常委会副主任吴德明一行来到湖南湘纺集团有限公司调研，公司董事长刘国安介绍了企业改制情况。");
        assertThat(Show.relations(x)).contains("LED 吴德明", "MET 刘国安->吴德明").doesNotContain("ATTENDED 刘国安");
        x = extract("6月1日，副市长邬晓燕一行到华锦纺织有限公司调研，华锦纺织有限公司总经理乔宇详细汇报了生产经营情况。");
        assertThat(Show.relations(x)).contains("MET 乔宇->邬晓燕").doesNotContain("ATTENDED 乔宇");
        x = extract("6月1日，在县长滕玉龙的陪同下，市长贺建军一行来到恒信集团调研，集团总经理萧红梅介绍了企业发展情况。");
        assertThat(Show.relations(x)).contains("MET 萧红梅->贺建军").doesNotContain("ATTENDED 萧红梅");
        // Near miss: a firm's head who leads the visit brings his own staff along as members.
        x = extract("6月1日，远帆集团董事长乔宇一行到我县考察，集团副总经理萧红梅介绍了投资计划。");
        assertThat(Show.relations(x)).contains("LED 乔宇").doesNotContain("MET 萧红梅->乔宇");
    }

    @Test
    void eachOfThoseNamedBeforeSeparateLeadsLeadsOne() {
        // 甲、乙分别带队: each leads an inspection of his own; neither is a member of the other's.
        assertThat(Show.relations(extract("5月3日，县委书记罗振华、县长苏明远分别带队深入乡镇检查防汛工作。")))
                .containsExactlyInAnyOrder("LED 罗振华", "LED 苏明远");
        assertThat(Show.relations(extract("5月3日，县委副书记乔宇，副县长萧红梅、魏国华分别带队到各乡镇督导秋收工作。")))
                .containsExactlyInAnyOrder("LED 乔宇", "LED 萧红梅", "LED 魏国华");
        assertThat(Show.relations(extract("8月9日，市委书记贺建军、市长邬晓燕分别率队检查城区防汛工作。")))
                .containsExactlyInAnyOrder("LED 贺建军", "LED 邬晓燕");
        // Near miss: without 分别 the first named leads and the others go with him.
        assertThat(Show.relations(extract("5月3日，县委书记罗振华带领县长苏明远深入乡镇检查防汛工作。")))
                .containsExactly("LED 罗振华", "ATTENDED 苏明远");
    }

    @Test
    void aHostWelcomingTheVisitorsMeetsTheirLeader() {
        Extraction x = extract("9月1日，市委书记贺建军一行到我县考察。县长滕玉龙对贺建军一行表示热烈欢迎。");
        assertThat(Show.relations(x)).containsExactly("LED 贺建军", "MET 滕玉龙->贺建军");
    }

    @Test
    void representativesWhoSignTakePart() {
        Extraction x = extract("副总经理龚文与恒信集团副总裁萧红梅代表双方签署合作协议。");
        assertThat(Show.relations(x)).contains("ATTENDED 龚文", "ATTENDED 萧红梅");
    }

    @Test
    void thePapersOwnReporterTakesNoPartInTheVisit() {
        Extraction x = extract("本报讯（记者韦文华）3月2日，集团公司董事长何志刚到湖南企业调研。集团公司总会计师林平一同调研。");
        assertThat(Show.persons(x)).containsExactly("韦文华[记者]", "何志刚[集团公司董事长]", "林平[集团公司总会计师]");
        assertThat(Show.relations(x)).containsExactlyInAnyOrder("ATTENDED 林平", "LED 何志刚");
    }

    @Test
    void theTwoSidesOfTalksMeetEachOther() {
        assertThat(Show.relations(extract("5月10日，县委书记贺建军与恒信集团董事长邬晓燕举行会谈。")))
                .containsExactly("MET 贺建军->邬晓燕", "EXECUTIVE_OF 邬晓燕->恒信集团 (董事长)");
        assertThat(Show.relations(extract("5月10日，县长滕玉龙与省农科院院长聂文涛座谈交流。")))
                .containsExactly("MET 滕玉龙->聂文涛");
        // Near miss: the visit's leader is met by the other side, once and towards him.
        assertThat(Show.relations(extract("5月10日，县委书记贺建军与恒信集团董事长邬晓燕举行会谈。"
                + "恒信集团副总裁萧红梅等参加考察。")))
                .containsExactly("ATTENDED 萧红梅", "LED 贺建军", "MET 邬晓燕->贺建军",
                        "EXECUTIVE_OF 邬晓燕->恒信集团 (董事长)", "EXECUTIVE_OF 萧红梅->恒信集团 (副总裁)");
    }

    @Test
    void twoCompaniesPeopleWhoHoldTalksTogetherMeet() {
        Extraction x = extract("鹏达集团与恒信集团签约。鹏达集团董事长贺建军、总经理滕玉龙，恒信集团总裁魏国华见证签约并举行会谈。");
        assertThat(Show.relations(x)).contains("ATTENDED 贺建军", "ATTENDED 滕玉龙", "ATTENDED 魏国华",
                "MET 贺建军->魏国华", "MET 滕玉龙->魏国华");
        // Near miss: officials of one side only, none of them a company's, meet no one.
        assertThat(Show.relations(extract("县委书记贺建军、县长滕玉龙，市发改委主任魏国华出席并举行会谈。")))
                .containsExactly("ATTENDED 贺建军", "ATTENDED 滕玉龙", "ATTENDED 魏国华");
    }

    // ------------------------------------------------------------ EXECUTIVE_OF

    @Test
    void theCompanyMayStandInALaterTitleOfTheChain() {
        Extraction x = extract("县政协委员、鹏达集团董事长王五出席。");
        assertThat(Show.relations(x)).containsExactly("ATTENDED 王五", "EXECUTIVE_OF 王五->鹏达集团 (董事长)");
    }

    @Test
    void peopleListedUnderACompanysGroupLabelHoldThatPostInIt() {
        assertThat(Show.relations(extract("恒信集团举行开工仪式。恒信集团领导刘明远、蔡英、魏国华出席。")))
                .contains("EXECUTIVE_OF 刘明远->恒信集团 (领导)", "EXECUTIVE_OF 蔡英->恒信集团 (领导)",
                        "EXECUTIVE_OF 魏国华->恒信集团 (领导)");
        // Near miss: a county's leaders hold no company post.
        assertThat(Show.relations(extract("县领导刘明远、蔡英出席。"))).containsExactly("ATTENDED 刘明远", "ATTENDED 蔡英");
    }

    @Test
    void aCompanyPostInADepartmentBelongsToTheCompanyTheSentenceIsSetIn() {
        assertThat(Show.relations(extract("在恒信科技有限公司，研发中心总监刘明远详细介绍了公司的产品。")))
                .contains("EXECUTIVE_OF 刘明远->恒信科技有限公司 (研发中心总监)");
        // Near miss: a town is no company, and a party post is no company post.
        assertThat(Show.relations(extract("在石门镇，镇党委书记刘明远介绍了情况。"))).isEmpty();
    }

    @Test
    void aTitleOpeningWithTheCompanysSelfReferenceNamesTheStorysCompany() {
        Extraction x = extract("鹏达集团举行年会。集团公司董事长陈立华、总裁刘成出席会议并讲话。");
        assertThat(Show.relations(x)).containsExactly("ATTENDED 陈立华", "ATTENDED 刘成",
                "EXECUTIVE_OF 陈立华->鹏达集团 (董事长)", "EXECUTIVE_OF 刘成->鹏达集团 (总裁)");
        // Near misses: with no company named anywhere, 集团公司 names none; nor does a company visited only later.
        assertThat(Show.relations(extract("集团公司董事长陈立华、总裁刘成出席会议并讲话。")))
                .containsExactly("ATTENDED 陈立华", "ATTENDED 刘成");
        assertThat(Show.relations(extract("集团公司董事长陈立华、总裁刘成出席会议并讲话。随后，陈立华来到鹏达集团调研。")))
                .doesNotContain("EXECUTIVE_OF 陈立华->鹏达集团 (董事长)", "EXECUTIVE_OF 刘成->鹏达集团 (总裁)");
    }
}
