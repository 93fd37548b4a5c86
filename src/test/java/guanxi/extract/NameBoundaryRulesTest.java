package guanxi.extract;

import guanxi.model.Extraction;
import org.junit.jupiter.api.Test;

import static guanxi.extract.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Persons and titles on invented sentences: surnames from the whole standard list, names the segmenter
 * cuts before a title printed after them (a surname read as a pronoun, a name with a middle dot), a leader's verb
 * glued to the body after it, a brand standing alone before an enterprise post, and posts of the wider ladder.
 */
class NameBoundaryRulesTest {

    private static final Extractor EXTRACTOR = new Extractor();

    private static Extraction extract(String body) {
        return EXTRACTOR.extract(story("标题", body));
    }

    // ------------------------------------------------------------ surnames

    @Test
    void rareSingleAndCompoundSurnamesOfTheStandardListOpenNames() {
        assertThat(Show.persons(extract("县委副书记骞立军、副县长禤海燕出席会议。")))
                .containsExactly("骞立军[县委副书记]", "禤海燕[副县长]");
        assertThat(Show.persons(extract("县政协副主席仉晓红主持会议。"))).containsExactly("仉晓红[县政协副主席]");
        assertThat(Show.persons(extract("镇党委书记东郭明远带队调研。"))).containsExactly("东郭明远[镇党委书记]");
        // Near miss: a compound surname left out of the list because it is mostly a word opens no name.
        assertThat(Show.persons(extract("第五届青年创业大赛在县城开幕，县长柴文涛出席。"))).containsExactly("柴文涛[县长]");
    }

    // ------------------------------------------------------------ names cut before a title printed after them

    @Test
    void aSurnameReadAsAPronounStillOpensANameBeforeItsTitle() {
        assertThat(Show.persons(extract("市交通局何丽萍局长、市水利局于晓东副局长陪同调研。")))
                .containsExactly("何丽萍[市交通局局长]", "于晓东[市水利局副局长]");
        assertThat(Show.persons(extract("县商务局何建华副局长出席。"))).containsExactly("何建华[县商务局副局长]");
        assertThat(Show.relations(extract("市发改委秦立新主任、市工信局何晓丽副局长陪同调研。")))
                .containsExactly("ATTENDED 秦立新", "ATTENDED 何晓丽");
        // Near miss: the pronoun opening a clause is no name.
        assertThat(Show.persons(extract("何时开工由县住建局邱明远局长决定。"))).containsExactly("邱明远[县住建局局长]");
    }

    @Test
    void aNameWithAMiddleDotPrintedBeforeItsTitle() {
        assertThat(Show.persons(extract("热依拉·阿布都副县长主持会议。"))).containsExactly("热依拉·阿布都[副县长]");
        assertThat(Show.relations(extract("巴特尔·吉日嘎拉副主席陪同调研。"))).containsExactly("ATTENDED 巴特尔·吉日嘎拉");
        assertThat(Show.persons(extract("阿依古丽·买买提副县长出席活动。"))).containsExactly("阿依古丽·买买提[副县长]");
        // Near miss: a dotted event name in quotes with no title after it names nobody.
        assertThat(Show.persons(extract("“丝路·青禾”商贸论坛在县城开幕。"))).isEmpty();
    }

    // ------------------------------------------------------------ the organisation part of a title

    @Test
    void aOneCharacterLeadingVerbGluedToTheBodyAfterItIsNoPartOfTheTitle() {
        Extraction x = extract("8月6日，省农业厅厅长葛明远率省厅种植业处处长冷文斌、办公室主任窦建芳到我县督导。");
        assertThat(Show.persons(x)).containsExactly("葛明远[省农业厅厅长]", "冷文斌[省厅种植业处处长]", "窦建芳[办公室主任]");
        assertThat(Show.relations(x)).containsExactly("LED 葛明远", "ATTENDED 冷文斌", "ATTENDED 窦建芳");
        assertThat(Show.persons(extract("省科技厅厅长钱志远率省厅高新处处长莫晓东赴我市调研。")))
                .containsExactly("钱志远[省科技厅厅长]", "莫晓东[省厅高新处处长]");
        assertThat(Show.persons(extract("县委书记黎国强率县发改局局长庞立军到企业走访。")))
                .containsExactly("黎国强[县委书记]", "庞立军[县发改局局长]");
        // Near miss: 率先 is no leading verb and nothing is cut.
        assertThat(Show.persons(extract("我县在全省率先实现全覆盖，县长韩志刚出席。"))).containsExactly("韩志刚[县长]");
    }

    @Test
    void aBrandStandingAloneBeforeAnEnterprisePostJoinsTheTitle() {
        Extraction x = extract("5月6日，副市长钟立华到青禾新材料股份有限公司调研。青禾董事长邵明远陪同。");
        assertThat(Show.persons(x)).containsExactly("钟立华[副市长]", "邵明远[青禾董事长]");
        assertThat(Show.relations(x)).contains("EXECUTIVE_OF 邵明远->青禾新材料股份有限公司 (董事长)");
        assertThat(Show.persons(extract("蓝海董事长邵明远陪同。"))).containsExactly("邵明远[蓝海董事长]");
        assertThat(Show.persons(extract("会后，青禾总经理邵明远陪同参观。"))).containsExactly("邵明远[青禾总经理]");
        // Near miss: with more words before the brand its full name is unknown, so none of it is taken.
        assertThat(Show.persons(extract("产业园服务中心世纪明辉副总经理邱立华介绍情况。")))
                .containsExactly("邱立华[副总经理]");
    }

    // ------------------------------------------------------------ the wider ladder of posts

    @Test
    void postsOfTheWiderLadderAreTitles() {
        assertThat(Show.persons(extract("县委常委、县长助理尹志伟参加调研。"))).containsExactly("尹志伟[县委常委|县长助理]");
        assertThat(Show.persons(extract("省农学会总干事郭晓东、县农技中心总农艺师曹丽萍参加培训。")))
                .containsExactly("郭晓东[省农学会总干事]", "曹丽萍[县农技中心总农艺师]");
        assertThat(Show.persons(extract("会上，副师长崔建军讲话。"))).containsExactly("崔建军[副师长]");
        // Near miss: 助理 alone is no post.
        assertThat(Show.persons(extract("县长助理工作由办公室负责。"))).isEmpty();
    }

    // ------------------------------------------------------------ lists set with spaces, names before role verbs

    @Test
    void namesSeparatedBySpacesAfterALabelOrTitleFormAList() {
        assertThat(Show.relations(extract("县领导 邓国强 韩立新 蒲晓东 出席活动。")))
                .containsExactly("ATTENDED 邓国强", "ATTENDED 韩立新", "ATTENDED 蒲晓东");
        assertThat(Show.relations(extract("市领导 汪立群 汤晓梅 参加会议。")))
                .containsExactly("ATTENDED 汪立群", "ATTENDED 汤晓梅");
        assertThat(Show.persons(extract("副县长 史丽华 孟建军 陪同调研。")))
                .containsExactly("史丽华[副县长]", "孟建军[副县长]");
        // Near misses: a title after the space is the next title of the chain, not a name; a label alone names no one.
        assertThat(Show.persons(extract("区委常委 常务副区长孙立强陪同考察。")))
                .containsExactly("孙立强[区委常委|常务副区长]");
        assertThat(Show.persons(extract("县领导 出席活动。"))).isEmpty();
    }

    @Test
    void aNameRightBeforeASigningOrTalksVerbEndsThere() {
        assertThat(Show.persons(extract("远帆通信青州分公司总经理史立华与市政府副市长蔡文华签署合作协议。")))
                .containsExactly("史立华[远帆通信青州分公司总经理]", "蔡文华[市政府副市长]");
        assertThat(Show.persons(extract("县住建局局长彭立军与施工方代表曾志华签订施工合同。")))
                .contains("彭立军[县住建局局长]");
        assertThat(Show.persons(extract("副县长蒲晓东洽谈合作事宜。"))).containsExactly("蒲晓东[副县长]");
        // Near miss: a verb opening the clause after a title is no name.
        assertThat(Show.persons(extract("各位局长交流了工作经验。"))).isEmpty();
    }

    // ------------------------------------------------------------ names that read as words

    @Test
    void aTwoCharacterNameReadAsAVerbRightAfterATitle() {
        assertThat(Show.persons(extract("县长雷鸣指出，要加快发展。"))).containsExactly("雷鸣[县长]");
        assertThat(Show.relations(extract("副县长张扬出席会议。"))).containsExactly("ATTENDED 张扬");
        assertThat(Show.persons(extract("县委书记程功强调，要狠抓落实。"))).containsExactly("程功[县委书记]");
        // Near misses: the verbs that follow a title (强调, 宣布, 查看) and other verbs opening a clause are no names.
        assertThat(Show.persons(extract("副县长强调，要抓落实。"))).isEmpty();
        assertThat(Show.persons(extract("县长宣布项目开工。"))).isEmpty();
        assertThat(Show.persons(extract("市委书记查看了项目现场。"))).isEmpty();
        assertThat(Show.persons(extract("副县长通报了全县项目建设情况。"))).isEmpty();
    }

    // ------------------------------------------------------------ OCR placeholders

    @Test
    void anUnreadableSurnamePrintedAsThePlaceholderStillOpensAName() {
        assertThat(Show.persons(extract("副县长□志平出席会议。"))).containsExactly("□志平[副县长]");
        assertThat(Show.relations(extract("县委书记口建国出席。"))).containsExactly("ATTENDED 口建国");
        assertThat(Show.persons(extract("县委书记、县长赵口明，副县长□晓东出席。")))
                .containsExactly("赵口明[县委书记|县长]", "□晓东[副县长]");
        // Near miss: 口 opening a word (口头) is no placeholder.
        assertThat(Show.persons(extract("县长口头表扬了企业。"))).isEmpty();
    }

    @Test
    void anAdverbBetweenTheNameAndItsVerbEndsTheName() {
        assertThat(Show.persons(extract("副县长张芳芳带头捐款。"))).containsExactly("张芳芳[副县长]");
        assertThat(Show.persons(extract("副县长柯晓雯随后来到车间。"))).containsExactly("柯晓雯[副县长]");
        assertThat(Show.persons(extract("副市长邝丽娜专程赶到现场。"))).containsExactly("邝丽娜[副市长]");
        // Near miss: an adverb right after a title names no one.
        assertThat(Show.persons(extract("县长随后来到车间。"))).isEmpty();
    }

    // ------------------------------------------------------------ park and development-zone bodies

    @Test
    void titlesOfParkAndZoneBodiesPrintedBeforeTheName() {
        assertThat(Show.persons(extract("青山工业集中区管委会主任卫国强带队赴上海招商。")))
                .containsExactly("卫国强[青山工业集中区管委会主任]");
        assertThat(Show.persons(extract("临港新区管委会主任助理柯文涛出席。"))).containsExactly("柯文涛[临港新区管委会主任助理]");
        assertThat(Show.persons(extract("青州经济技术开发区党工委委员、管委会副主任邹明辉陪同调研。")))
                .containsExactly("邹明辉[青州经济技术开发区党工委委员|管委会副主任]");
        assertThat(Show.persons(extract("县经开区党工委副书记、管委会主任兰晓东陪同调研。")))
                .containsExactly("兰晓东[县经开区党工委副书记|管委会主任]");
        // Near miss: a body after 和 that opens with its own level is a second body, not part of the first.
        assertThat(Show.persons(extract("会议听取了县发改局和市民政局局长柯立新的汇报。")))
                .containsExactly("柯立新[市民政局局长]");
    }

    @Test
    void aClauseOrVerbBeforeTheTitleStaysOutOfIt() {
        assertThat(Show.persons(extract("陪同调研的县发改局局长柯立新介绍了项目情况。")))
                .containsExactly("柯立新[县发改局局长]");
        assertThat(Show.persons(extract("受县委书记邓国强委托，副县长蒲晓东出席会议。")))
                .containsExactly("邓国强[县委书记]", "蒲晓东[副县长]");
        assertThat(Show.persons(extract("应青州大学校长苗振华邀请，丰源大学副校长简立民来校交流。")))
                .contains("苗振华[青州大学校长]", "简立民[丰源大学副校长]");
        // Near miss: 的 inside a body's own name part glued by the segmenter is not cut when nothing precedes it.
        assertThat(Show.persons(extract("县发改局局长柯立新出席。"))).containsExactly("柯立新[县发改局局长]");
    }

    // ------------------------------------------------------------ inspection groups

    @Test
    void titlesOfNumberedInspectionGroups() {
        assertThat(Show.persons(extract("中央第三巡视组组长王立军出席。"))).containsExactly("王立军[中央第三巡视组组长]");
        assertThat(Show.persons(extract("省委第二巡视组组长彭立强出席。"))).containsExactly("彭立强[省委第二巡视组组长]");
        assertThat(Show.persons(extract("市委巡察组组长彭立强出席。"))).containsExactly("彭立强[市委巡察组组长]");
        // Near miss: an ordinal inside a post (第一书记) stays with the post, and the walk before it is unchanged.
        assertThat(Show.persons(extract("会上，驻村第一书记彭立强讲话。"))).containsExactly("彭立强[驻村第一书记]");
    }

    @Test
    void aPrepositionGluedToTheLevelOfTheBodyOpensThePhrase() {
        assertThat(Show.persons(extract("由省农业农村厅副厅长柳建军带队的调研组一行来我县调研。")))
                .containsExactly("柳建军[省农业农村厅副厅长]");
        assertThat(Show.relations(extract("以省生态环境厅副厅长祁建中为组长的督察组进驻我市。")))
                .containsExactly("LED 祁建中");
        assertThat(Show.persons(extract("经开区管委会主任王立军出席。"))).containsExactly("王立军[经开区管委会主任]");
        // Near miss: 为民 is no glued preposition before a level, so the body keeps its own first word out only.
        assertThat(Show.persons(extract("为民服务中心主任王立军出席。"))).containsExactly("王立军[服务中心主任]");
    }

    // ------------------------------------------------------------ names ending in a character that is also a function word

    @Test
    void aTwoCharacterNameEndingInAFunctionCharacterBeforePunctuation() {
        // 和, 为, 来, 年, 月 end given names as often as they join clauses; the segmenter's name with punctuation after
        // it settles which.
        assertThat(Show.persons(extract("副旗长苏和、旗工信局局长包海军陪同调研。")))
                .containsExactly("苏和[副旗长]", "包海军[旗工信局局长]");
        assertThat(Show.persons(extract("县长韩永胜主持会议，副县长刘和、县财政局局长邓立新出席。")))
                .containsExactly("韩永胜[县长]", "刘和[副县长]", "邓立新[县财政局局长]");
        assertThat(Show.persons(extract("镇党委书记孔志刚带队，副镇长王来，镇农办主任冯小燕参加。")))
                .containsExactly("孔志刚[镇党委书记]", "王来[副镇长]", "冯小燕[镇农办主任]");
        // Near miss: 和 between two titled people joins them.
        assertThat(Show.persons(extract("县长韩永胜和副县长邓立新出席。")))
                .containsExactly("韩永胜[县长]", "邓立新[副县长]");
    }

    @Test
    void aThreeCharacterNameEndingInAFunctionCharacterBeforeItsVerb() {
        assertThat(Show.persons(extract("副县长聂大为到红旗农机合作社调研。"))).containsExactly("聂大为[副县长]");
        assertThat(Show.persons(extract("县委常委、副县长邵松年到园区督导安全生产。")))
                .containsExactly("邵松年[县委常委|副县长]");
        assertThat(Show.persons(extract("县政协副主席黎秋月陪同调研。"))).containsExactly("黎秋月[县政协副主席]");
        assertThat(Show.persons(extract("副县长付福来出席签约仪式。"))).containsExactly("付福来[副县长]");
        // Near misses: 为 and 来 opening what follows the name (为企业, 来到) stay out of it.
        assertThat(Show.persons(extract("副县长聂远为企业解决用地难题。"))).containsExactly("聂远[副县长]");
        assertThat(Show.persons(extract("副县长聂远来到红旗农机合作社调研。"))).containsExactly("聂远[副县长]");
        assertThat(Show.persons(extract("副市长邢国华为优秀企业颁奖。"))).containsExactly("邢国华[副市长]");
    }
}
