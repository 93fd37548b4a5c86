package guanxi.extract;

import guanxi.model.Extraction;
import org.junit.jupiter.api.Test;

import static guanxi.extract.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Persons and their titles on invented sentences: titles printed after a name, names the segmenter cuts or misreads,
 * fragments of title lists that are no names, and organisation parts of a title that hold 和, 与, quotes or a verb.
 */
class PersonRulesTest {

    private static final Extractor EXTRACTOR = new Extractor();

    private static Extraction extract(String body) {
        return EXTRACTOR.extract(story("标题", body));
    }

    // ------------------------------------------------------------ titles printed after the name

    @Test
    void aTitleAfterTheNameIsHisAndAListOfThemAttends() {
        Extraction x = extract("2018年，胡晓东书记、孙立平院长、李卫副院长参加会议。");
        assertThat(Show.persons(x)).containsExactly("胡晓东[书记]", "孙立平[院长]", "李卫[副院长]");
        assertThat(Show.relations(x)).containsExactly("ATTENDED 胡晓东", "ATTENDED 孙立平", "ATTENDED 李卫");
    }

    @Test
    void anOrganisationRightBeforeTheNameJoinsTheTitleAfterIt() {
        Extraction x = extract("9月3日，国家电网能源研究中心邵建波主任、发展研究室祁红梅副主任一行来到我市调研。");
        assertThat(Show.persons(x)).containsExactly("邵建波[国家电网能源研究中心主任]", "祁红梅[发展研究室副主任]");
        assertThat(Show.relations(x)).containsExactly("LED 邵建波", "ATTENDED 祁红梅");
        assertThat(Show.persons(extract("下午，丰源大学法学院魏明珠教授作专题讲座。")))
                .containsExactly("魏明珠[丰源大学法学院教授]");
    }

    @Test
    void aNameTheSegmenterSplitBeforeATitleAfterIt() {
        assertThat(Show.relations(extract("会上，滕玉龙书记作了讲话。"))).containsExactly("ATTENDED 滕玉龙");
        assertThat(Show.persons(extract("会上，魏国华副县长、蔡英局长分别发言。"))).containsExactly("魏国华[副县长]", "蔡英[局长]");
        assertThat(Show.persons(extract("省农科院滕玉龙研究员作专题报告。"))).containsExactly("滕玉龙[省农科院研究员]");
        // Near misses: the front of an organisation or of a longer title is no name.
        assertThat(Show.persons(extract("商城网副总裁刘明远出席。"))).containsExactly("刘明远[商城网副总裁]");
        assertThat(Show.persons(extract("县政府常务副县长蔡英出席。"))).containsExactly("蔡英[县政府常务副县长]");
    }

    @Test
    void wordsBeforeTheNameThatNameNoBodyStayOutOfTheTitle() {
        // Near miss: the clause before runs into the name with no punctuation; 历史 is no organisation.
        assertThat(Show.persons(extract("他介绍了企业的发展历史秦晓东主任对此表示肯定。")))
                .containsExactly("秦晓东[主任]");
    }

    @Test
    void aShortTitleAfterTheNameRepeatsTheFullOneAlreadyKnown() {
        Extraction x = extract("县委书记韩振宇来到石门镇调研。随后，韩振宇书记主持召开座谈会。");
        assertThat(Show.persons(x)).containsExactly("韩振宇[县委书记]");
    }

    @Test
    void aBodysPersonInChargeNamedAloneHoldsAPost() {
        assertThat(Show.persons(extract("耀华新材料运营中心负责人顾立新介绍了情况。")))
                .containsExactly("顾立新[耀华新材料运营中心负责人]");
        // Near miss: a list after the label is a group of people, and the label no title of theirs.
        assertThat(Show.persons(extract("承建项目的两家企业负责人顾立新、蒋明远等参加会议。")))
                .containsExactly("顾立新[]", "蒋明远[]");
    }

    // ------------------------------------------------------------ the title ladder

    @Test
    void titlesFromTheWholeLadderOfPosts() {
        Extraction x = extract("海关总署副署长骆文林，省商务厅二级巡视员邵丽娟，外交部亚洲司司长许文博，"
                + "恒信集团首席财务官冯立军出席。");
        assertThat(Show.persons(x)).containsExactly("骆文林[海关总署副署长]", "邵丽娟[省商务厅二级巡视员]",
                "许文博[外交部亚洲司司长]", "冯立军[恒信集团首席财务官]");
        assertThat(Show.persons(extract("全国人大代表、石门村党支部书记蔡英，副县长兼县公安局局长魏国华出席。")))
                .containsExactly("蔡英[全国人大代表|石门村党支部书记]", "魏国华[副县长兼县公安局局长]");
        assertThat(Show.relations(x)).contains("ATTENDED 骆文林", "ATTENDED 邵丽娟", "ATTENDED 许文博", "ATTENDED 冯立军");
    }

    // ------------------------------------------------------------ organisation parts of a title

    @Test
    void organisationNamesHoldingConjunctionsQuotesAndVerbs() {
        Extraction x = extract("省委“乡村振兴”第三督导组组长贺建军，省发展和改革委员会副主任聂文涛，"
                + "国家工业和信息化部规划司司长魏国华出席。");
        assertThat(Show.persons(x)).containsExactly("贺建军[省委“乡村振兴”第三督导组组长]", "聂文涛[省发展和改革委员会副主任]",
                "魏国华[国家工业和信息化部规划司司长]");
        assertThat(Show.relations(x)).containsExactly("ATTENDED 贺建军", "ATTENDED 聂文涛", "ATTENDED 魏国华");
    }

    @Test
    void aConjunctionBetweenTwoTitlesOrBeforeABareHeadIsNotCrossed() {
        // Near misses: 书记和县长 are two posts; …细节与公司董事长 joins two parties, the second a bare head.
        assertThat(Show.persons(extract("县委书记和县长滕玉龙出席会议。"))).containsExactly("滕玉龙[县长]");
        assertThat(Show.persons(extract("县政府办公室主任滕玉龙就合作细节与公司董事长邬晓燕进行洽谈。")))
                .containsExactly("滕玉龙[县政府办公室主任]", "邬晓燕[公司董事长]");
    }

    @Test
    void aPrepositionGluedToTheBodyIsNoPartOfTheTitle() {
        assertThat(Show.persons(extract("以省农业农村厅党组书记、厅长滕玉龙为组长的督导组来我县督导。")))
                .containsExactly("滕玉龙[省农业农村厅党组书记|厅长]");
        // Near miss: a body whose own name starts with that character keeps it.
        assertThat(Show.persons(extract("以色列驻华大使馆参赞魏国华出席。"))).containsExactly("魏国华[以色列驻华大使馆参赞]");
    }

    @Test
    void aLeadersVerbGluedToTheOrganisationIsNoPartOfTheTitle() {
        Extraction x = extract("11月5日，县长滕玉龙带领县发改局局长魏国华、县工信局局长乔宇以及住建局副局长蔡英到园区调研。");
        assertThat(Show.persons(x)).containsExactly("滕玉龙[县长]", "魏国华[县发改局局长]", "乔宇[县工信局局长]",
                "蔡英[住建局副局长]");
    }

    // ------------------------------------------------------------ names

    @Test
    void fragmentsOfATitleListAreNoNames() {
        // 区 and 党 are surnames too, but 区委副 and 党委副 are the front of 副书记.
        assertThat(Show.persons(extract("市统计局局长苏明远、区委副书记、区长葛志强陪同调研。")))
                .containsExactly("苏明远[市统计局局长]", "葛志强[区委副书记|区长]");
        assertThat(Show.persons(extract("学院党委副书记、副院长彭立群出席。")))
                .containsExactly("彭立群[学院党委副书记|副院长]");
        // A surname with a title is how a known person is addressed, not a name of its own.
        assertThat(Show.persons(extract("随后，祁主任一行来到石门镇。"))).isEmpty();
        assertThat(Show.persons(extract("县委书记贺建军、蔡局长等陪同。"))).containsExactly("贺建军[县委书记]");
    }

    @Test
    void namesWithAMiddleDotIncludingMisreadDots() {
        assertThat(Show.persons(extract("副主席努尔兰·哈斯木出席会议并讲话。"))).containsExactly("努尔兰·哈斯木[副主席]");
        Extraction x = extract("自治区人大常委会副主任阿不力米提•买买提、古丽娜尔．吐尔洪等出席。");
        assertThat(Show.persons(x)).containsExactly("阿不力米提•买买提[自治区人大常委会副主任]",
                "古丽娜尔．吐尔洪[自治区人大常委会副主任]");
        assertThat(Show.relations(x)).containsExactly("ATTENDED 阿不力米提•买买提", "ATTENDED 古丽娜尔．吐尔洪");
    }

    @Test
    void twoCharacterNamesPaddedWithSpaces() {
        Extraction x = extract("县委书记王  强、县长李  明出席会议。");
        assertThat(Show.persons(x)).containsExactly("王强[县委书记]", "李明[县长]");
        assertThat(Show.relations(x)).containsExactly("ATTENDED 王强", "ATTENDED 李明");
        assertThat(Show.persons(extract("本报讯 记者汪 洋报道：仪式在省城举行。"))).containsExactly("汪洋[记者]");
        // Near miss: a surname character before a space and a title is no padded name.
        assertThat(Show.persons(extract("市长王 市委书记李 出席。"))).isEmpty();
    }

    @Test
    void aNameWithASurnameOutsideTheListAfterATitle() {
        assertThat(Show.persons(extract("县政府办公室主任兰小草、县水利局局长魏国华陪同调研。")))
                .containsExactly("兰小草[县政府办公室主任]", "魏国华[县水利局局长]");
        assertThat(Show.persons(extract("市水利局局长禤海峰，县长滕玉龙陪同。")))
                .containsExactly("禤海峰[市水利局局长]", "滕玉龙[县长]");
        // Near miss: a list item without a name is none.
        assertThat(Show.persons(extract("县委书记贺建军、县长及有关部门负责人陪同。"))).containsExactly("贺建军[县委书记]");
    }

    @Test
    void compoundSurnamesTakeTwoGivenCharacters() {
        assertThat(Show.persons(extract("市委常委、宣传部长司马青云主持会议。"))).containsExactly("司马青云[市委常委|宣传部长]");
        assertThat(Show.persons(extract("县委副书记、县长欧阳红出席。"))).containsExactly("欧阳红[县委副书记|县长]");
    }

    @Test
    void aNameEndingInAFunctionCharacterBeforeAWordOnlyPeopleTake() {
        Extraction x = extract("省政协副主席钱大为一行来到县城调研。");
        assertThat(Show.persons(x)).containsExactly("钱大为[省政协副主席]");
        assertThat(Show.relations(x)).contains("LED 钱大为");
        // Near misses: 为 and 和 after a name are words of their own here.
        assertThat(Show.persons(extract("任命王刚为副市长。"))).isEmpty();
        assertThat(Show.persons(extract("县长王刚和副县长李强出席。"))).containsExactly("王刚[县长]", "李强[副县长]");
    }

    @Test
    void aNameThatIsAlsoACommonWordAfterATitle() {
        assertThat(Show.persons(extract("县文化局局长黎明陪同考察。"))).containsExactly("黎明[县文化局局长]");
        assertThat(Show.persons(extract("县文化局局长常青陪同考察。"))).containsExactly("常青[县文化局局长]");
        // Near miss: an adverb between the title and the verb is no name, whatever its first character.
        assertThat(Show.persons(extract("县文化局局长亲自陪同考察。"))).isEmpty();
        assertThat(Show.persons(extract("县文化局局长严格要求各单位落实责任。"))).isEmpty();
    }
}
