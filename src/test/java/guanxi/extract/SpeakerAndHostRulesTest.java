package guanxi.extract;

import guanxi.model.Extraction;
import org.junit.jupiter.api.Test;

import static guanxi.extract.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who took part, on invented sentences: lecturers and speakers who give a talk or a report, and hosts
 * whose own words at a visit do not turn them into attendees.
 */
class SpeakerAndHostRulesTest {

    private static final Extractor EXTRACTOR = new Extractor();

    private static Extraction extract(String body) {
        return EXTRACTOR.extract(story("标题", body));
    }

    @Test
    void aLecturerGivingATalkOrAReportAttends() {
        assertThat(Show.relations(extract("6月2日，丰源大学教授孔德华作专题讲座。"))).containsExactly("ATTENDED 孔德华");
        assertThat(Show.relations(extract("市委党校副校长邱立明为学员授课。"))).containsExactly("ATTENDED 邱立明");
        assertThat(Show.relations(extract("省社科院研究员严晓东作专题报告。"))).containsExactly("ATTENDED 严晓东");
        assertThat(Show.relations(extract("会上，县委书记韦国强作主旨报告，县长甘立新致欢迎辞。")))
                .containsExactly("ATTENDED 韦国强", "ATTENDED 甘立新");
        // Near miss: an escort who reports during the visit keeps his escort's role only.
        assertThat(Show.relations(extract("10月18日，省信访局局长卢明德一行到我县调研，县领导赵文涛、钱丽君陪同调研。"
                + "赵文涛、钱丽君分别作了汇报发言。")))
                .containsExactly("LED 卢明德", "ACCOMPANIED 赵文涛->卢明德", "ACCOMPANIED 钱丽君->卢明德");
    }

    @Test
    void aBareEnterprisePostAfterTheStorysOnlyCompanyIsAPostThere() {
        assertThat(Show.relations(extract("5月6日，副市长钟立华到远望科技有限公司调研，董事长钟晓明陪同。")))
                .contains("EXECUTIVE_OF 钟晓明->远望科技有限公司 (董事长)");
        assertThat(Show.relations(extract("5月6日，副市长钟立华到远望科技有限公司调研。董事长钟晓明介绍了企业发展情况。")))
                .contains("EXECUTIVE_OF 钟晓明->远望科技有限公司 (董事长)");
        assertThat(Show.relations(extract("县长冯建军一行来到华兴纺织有限公司调研，总经理倪志强、副总经理曹丽萍陪同。")))
                .contains("EXECUTIVE_OF 倪志强->华兴纺织有限公司 (总经理)", "EXECUTIVE_OF 曹丽萍->华兴纺织有限公司 (副总经理)");
        // Near misses: with two companies named the post's company is unknown; a 总…师 in a list of an institute's
        // people is the institute's.
        assertThat(Show.relations(extract("5月6日，副市长钟立华到远望科技有限公司和青禾农业有限公司调研，董事长钟晓明陪同。")))
                .noneMatch(r -> r.startsWith("EXECUTIVE_OF"));
        assertThat(Show.relations(extract("丰源检测研究院院长邹立军、总工程师祁建华到远望科技有限公司调研。")))
                .noneMatch(r -> r.startsWith("EXECUTIVE_OF"));
    }

    @Test
    void lookingOverAPlaceOrCallingOnPeopleIsAVisitOthersAccompany() {
        assertThat(Show.relations(extract("县长韩立新到敬老院看望慰问老人，副县长蒲晓东陪同。")))
                .containsExactly("LED 韩立新", "ACCOMPANIED 蒲晓东->韩立新");
        assertThat(Show.relations(extract("县委书记邓国强（左二）在企业车间察看生产情况。"))).containsExactly("LED 邓国强");
        assertThat(Show.relations(extract("副市长蔡文华到受灾村组察看灾情，县长韩立新陪同。")))
                .containsExactly("LED 蔡文华", "ACCOMPANIED 韩立新->蔡文华");
        // Near miss: arriving at a meeting hall is no visit.
        assertThat(Show.relations(extract("全县防汛会议召开。县委书记邓国强出席并讲话，副县长蒲晓东来到会场。")))
                .containsExactly("ATTENDED 邓国强");
    }

    @Test
    void hostsBeforeWithMeetTheVisitingDelegationAfterIt() {
        assertThat(Show.relations(extract("7月5日，县委书记邓国强与远帆集团总裁史国平一行座谈。")))
                .containsExactly("LED 史国平", "MET 邓国强->史国平", "EXECUTIVE_OF 史国平->远帆集团 (总裁)");
        assertThat(Show.relations(extract("7月5日，县委书记邓国强、县长韩立新与远帆集团总裁史国平一行座谈交流。")))
                .contains("LED 史国平", "MET 邓国强->史国平", "MET 韩立新->史国平").doesNotContain("ATTENDED 韩立新");
        assertThat(Show.relations(extract("4月10日，青州大学校长苗振华一行来我县考察，县委书记邓国强、县长韩立新与苗振华一行座谈。")))
                .containsExactly("LED 苗振华", "MET 邓国强->苗振华", "MET 韩立新->苗振华");
        // Near miss: with no talks in the clause, 与 joins two members of one delegation and the first leads.
        assertThat(Show.relations(extract("7月5日，副市长蔡文华与市政府秘书长龚立平一行来我县调研。")))
                .containsExactly("LED 蔡文华", "ATTENDED 龚立平");
    }

    @Test
    void theOneInChargeOfACompanyNamedByItsShortFormHoldsThatPost() {
        assertThat(Show.persons(extract("远帆科技负责人钟晓明介绍了企业情况。"))).containsExactly("钟晓明[远帆科技负责人]");
        assertThat(Show.relations(extract("青禾药业股份有限公司是一家制药企业。青禾药业负责人邹立民介绍了企业情况。")))
                .contains("EXECUTIVE_OF 邹立民->青禾药业股份有限公司 (负责人)");
        assertThat(Show.persons(extract("会上，丰源电子负责人柯立群作了发言。"))).containsExactly("柯立群[丰源电子负责人]");
        assertThat(Show.relations(extract("5月6日，副市长钟立华到丰源电子科技有限公司调研。丰源电子科技总经理柯立群陪同。")))
                .contains("EXECUTIVE_OF 柯立群->丰源电子科技有限公司 (总经理)");
        // Near misses: the people in charge of enterprises in general are a group, not one post; a body whose name
        // merely opens like the company's is not the company.
        assertThat(Show.persons(extract("园区企业负责人钟晓明、彭立军陪同。"))).containsExactly("钟晓明[]", "彭立军[]");
        assertThat(Show.relations(extract("远帆科技有限公司落户园区。远帆科技园管委会主任邓立新出席。")))
                .noneMatch(r -> r.startsWith("EXECUTIVE_OF"));
    }

    @Test
    void callingOnSomeoneOrTalksWithThemIsAMeeting() {
        assertThat(Show.relations(extract("县长韩立新在北京拜会了远帆集团董事长史国平。")))
                .containsExactly("MET 韩立新->史国平", "EXECUTIVE_OF 史国平->远帆集团 (董事长)");
        assertThat(Show.relations(extract("远帆集团董事长史国平拜访了县委书记邓国强。")))
                .contains("MET 史国平->邓国强");
        assertThat(Show.relations(extract("市长郑立新同远帆集团董事长史国平进行了会谈。")))
                .containsExactly("MET 郑立新->史国平", "EXECUTIVE_OF 史国平->远帆集团 (董事长)");
        assertThat(Show.persons(extract("副省长郑立新同青州大学校长苗振华座谈。")))
                .containsExactly("郑立新[副省长]", "苗振华[青州大学校长]");
        // Near miss: 同志 after a name is no second side.
        assertThat(Show.relations(extract("县委书记邓国强同志、县长韩立新同志出席会议。")))
                .containsExactly("ATTENDED 邓国强", "ATTENDED 韩立新");
    }

    @Test
    void theNextPersonOfACompanysListHoldsTheEnterprisePostAnywhereInTheChain() {
        assertThat(Show.relations(extract("远帆集团有限公司党委书记、执行董事史国平，党委副书记、总经理钟晓明出席会议。")))
                .contains("EXECUTIVE_OF 史国平->远帆集团有限公司 (党委书记、执行董事)",
                        "EXECUTIVE_OF 钟晓明->远帆集团有限公司 (党委副书记、总经理)");
        assertThat(Show.relations(extract("青禾科技有限公司董事长邹立民，纪委书记、副总经理柯晓雯陪同。")))
                .contains("EXECUTIVE_OF 柯晓雯->青禾科技有限公司 (纪委书记、副总经理)");
        assertThat(Show.relations(extract("丰源电子股份有限公司总裁方立强，党委委员、副总裁祁丽君出席。")))
                .contains("EXECUTIVE_OF 祁丽君->丰源电子股份有限公司 (党委委员、副总裁)");
        // Near miss: a county official listed next holds no enterprise post.
        assertThat(Show.relations(extract("远帆集团有限公司董事长史国平，县委副书记、县长韩立新出席会议。")))
                .containsExactly("ATTENDED 史国平", "ATTENDED 韩立新", "EXECUTIVE_OF 史国平->远帆集团有限公司 (董事长)");
    }

    @Test
    void peopleDescribedAsAccompanyingTheVisitAccompanyItsLeader() {
        assertThat(Show.relations(extract("5月6日，副市长钟立华到我县调研。陪同调研的县发改局局长柯立新介绍了项目情况。")))
                .containsExactly("LED 钟立华", "ACCOMPANIED 柯立新->钟立华");
        assertThat(Show.relations(extract("5月6日，副市长钟立华到我县调研。陪同调研的县领导韩立新、蒲晓东也参加了座谈。")))
                .containsExactly("LED 钟立华", "ACCOMPANIED 韩立新->钟立华", "ACCOMPANIED 蒲晓东->钟立华");
        Extraction x = extract("5月6日，副市长钟立华到我县调研。陪同人员有县发改局局长柯立新。");
        assertThat(Show.persons(x)).containsExactly("钟立华[副市长]", "柯立新[县发改局局长]");
        assertThat(Show.relations(x)).containsExactly("LED 钟立华", "ACCOMPANIED 柯立新->钟立华");
        // Near miss: someone named further on in the clause, not right after it, keeps his own role.
        assertThat(Show.relations(extract("5月6日，副市长钟立华到我县调研。陪同调研的人员很多，县长韩立新主持座谈会。")))
                .containsExactlyInAnyOrder("LED 钟立华", "PRESIDED 韩立新");
    }

    @Test
    void aClauseDescribingTheVisitorsAfterWithKeepsBothSidesOfTheTalks() {
        assertThat(Show.relations(extract("县委书记邓国强与来访的丰源大学校长苗振华一行座谈。")))
                .containsExactly("LED 苗振华", "MET 邓国强->苗振华");
        assertThat(Show.relations(extract("县长韩立新与来我县考察的远帆集团总裁史国平一行进行座谈。")))
                .contains("LED 史国平", "MET 韩立新->史国平");
        assertThat(Show.relations(extract("副县长蒲晓东与前来洽谈的青州大学副校长简立民一行座谈交流。")))
                .contains("LED 简立民", "MET 蒲晓东->简立民");
        // Near miss: a clause after 与 that is no description of people (与会议精神相符的) joins nobody.
        assertThat(Show.relations(extract("县委书记邓国强强调，要把与群众利益相关的事办好，县长韩立新主持会议。")))
                .containsExactly("PRESIDED 韩立新");
    }

    @Test
    void aHostWhoMeetsAGuestAtAPlaceNamedBeforeTheVerb() {
        assertThat(Show.relations(extract("县委书记韦平在县宾馆会见了青禾能源股份有限公司总经理石磊。")))
                .contains("MET 韦平->石磊");
        assertThat(Show.relations(extract("县长邵明远在县行政中心亲切会见了华锐精密铸造有限公司董事长邢国强。")))
                .contains("MET 邵明远->邢国强");
        assertThat(Show.relations(extract("县委书记韦平、县长邵明远在县委常委会议室会见了远帆集团副总裁尤佳。")))
                .contains("MET 韦平->尤佳", "MET 邵明远->尤佳");
        // Near miss: a meeting presided at the place, with the guest taking part, is no 会见 between them.
        assertThat(Show.relations(extract("县委书记韦平在县宾馆主持召开座谈会，远帆集团副总裁尤佳参加。")))
                .noneMatch(r -> r.startsWith("MET"));
    }
}
