package guanxi.extract;

import guanxi.model.Extraction;
import org.junit.jupiter.api.Test;

import static guanxi.extract.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

/** VISITED targets found by structure: facility and body heads in visited lists, 在X调研, short forms of a name. */
class VisitRulesTest {

    private static final Extractor EXTRACTOR = new Extractor();

    private static java.util.List<String> visits(String body) {
        Extraction x = EXTRACTOR.extract(story("标题", body));
        return Show.relations(x).stream().filter(r -> r.startsWith("VISITED ")).toList();
    }

    @Test
    void listedPlacesEndingInABodyOrFacilityNounAreVisited() {
        assertThat(visits("4月9日，市委书记赵启明来到滨江数字产业园检查项目建设情况。"
                + "赵启明先后查看了滨江区智能制造服务中心、湖东区创新创业孵化园和湖南照云世纪博远科技有限公司。"))
                .containsExactly("VISITED 赵启明->滨江数字产业园", "VISITED 赵启明->滨江区智能制造服务中心",
                        "VISITED 赵启明->湖东区创新创业孵化园", "VISITED 赵启明->湖南照云世纪博远科技有限公司");
    }

    @Test
    void theVenuesOfPublicCultureScienceAndSportAreBodiesVisited() {
        assertThat(visits("副县长周敏一行先后来到青禾县文化馆、青禾县科技馆，察看公共文化服务情况。"))
                .containsExactly("VISITED 周敏->青禾县文化馆", "VISITED 周敏->青禾县科技馆");
        assertThat(visits("市委书记赵启明来到滨江区档案馆调研档案信息化工作。"))
                .containsExactly("VISITED 赵启明->滨江区档案馆");
        assertThat(visits("区长孙立新走访了湖东区体育馆和湖东区青少年宫。"))
                .containsExactly("VISITED 孙立新->湖东区体育馆", "VISITED 孙立新->湖东区青少年宫");
        // Near miss: the same venue as the setting of a ceremony is not visited.
        assertThat(visits("副县长周敏在青禾县体育馆出席全民健身运动会开幕式。")).isEmpty();
    }

    @Test
    void aBodyOrFirmCalledOnIsVisited() {
        // 拜访: paying a call on a body or a firm is a visit to it; on a person it is a meeting.
        assertThat(visits("县委书记杨明远一行还拜访了青禾经济技术开发区管委会。"))
                .containsExactly("VISITED 杨明远->青禾经济技术开发区管委会");
        assertThat(visits("副市长钱立一行拜访了省交通运输厅，汇报了项目推进情况。"))
                .containsExactly("VISITED 钱立->省交通运输厅");
        assertThat(visits("县长赵海一行拜访了华岭电子有限公司，推介我县投资环境。"))
                .containsExactly("VISITED 赵海->华岭电子有限公司");
        // Near miss: a call on a person is no visit to a place.
        assertThat(visits("县长赵海拜访了省商务厅厅长李华。")).isEmpty();
    }

    @Test
    void aNamedDevelopmentZoneIsVisited() {
        // The kinds of development zone of Chinese administration (开发区, 经济区, 示范区, 保税区 …) end a visited name.
        assertThat(visits("县长赵海一行来到滨江高新技术产业开发区，调研产业发展。"))
                .containsExactly("VISITED 赵海->滨江高新技术产业开发区");
        assertThat(visits("副市长钱立一行先后来到青禾经济技术开发区、龙湾农业科技示范区。"))
                .containsExactly("VISITED 钱立->青禾经济技术开发区", "VISITED 钱立->龙湾农业科技示范区");
        assertThat(visits("市委书记赵启明来到青禾综合保税区调研。"))
                .containsExactly("VISITED 赵启明->青禾综合保税区");
        // Near misses: a zone named by its kind alone is no place of a name.
        assertThat(visits("县长赵海先后深入经济开发区和城区，调研企业生产情况。")).isEmpty();
        assertThat(visits("市委书记赵启明来到高新技术产业开发区调研。")).isEmpty();
    }

    @Test
    void aFirmsOwnRoomPlantOrLabNamedByCommonWordsIsNoBodyVisited() {
        // Seen inside a firm on a visit, a showroom, a production line or a lab named only by common words names no
        // body of its own: the firm is what was visited.
        assertThat(visits("县长孙立新来到青禾远帆电子有限公司，参观了企业展厅和智能生产线。"))
                .containsExactly("VISITED 孙立新->青禾远帆电子有限公司");
        assertThat(visits("副市长钱立一行走访了龙湾华岭食品有限公司，查看了自动化生产线和成品仓库。"))
                .containsExactly("VISITED 钱立->龙湾华岭食品有限公司");
        assertThat(visits("市委书记赵启明先后参观了公司展厅、生产车间。")).isEmpty();
        assertThat(visits("副县长周敏来到青禾能源股份有限公司，参观了企业研发中心和技术中心。"))
                .containsExactly("VISITED 周敏->青禾能源股份有限公司");
        // Near misses: a level of administration or a place's own name makes the same rooms a named place.
        assertThat(visits("副县长周敏先后来到青禾县规划展览馆、龙湾镇卫生院和红旗渠展厅。"))
                .containsExactly("VISITED 周敏->青禾县规划展览馆", "VISITED 周敏->龙湾镇卫生院", "VISITED 周敏->红旗渠展厅");
    }

    @Test
    void setsOutForIsNoPartOfTheFirmGoneTo() {
        // HanLP reads 赴 with the firm after it (and at times the name before it) as one organisation: 王强赴远帆…公司/nt.
        Extraction x = EXTRACTOR.extract(story("标题", "县长王强赴远帆电子有限公司考察。"));
        assertThat(Show.companies(x)).containsExactly("远帆电子有限公司");
        assertThat(visits("县长王强赴远帆电子有限公司考察。")).containsExactly("VISITED 王强->远帆电子有限公司");
        x = EXTRACTOR.extract(story("标题", "副县长李明赴湖南青禾能源股份有限公司考察。"));
        assertThat(Show.companies(x)).containsExactly("湖南青禾能源股份有限公司");
        assertThat(visits("副县长李明赴湖南青禾能源股份有限公司考察。"))
                .containsExactly("VISITED 李明->湖南青禾能源股份有限公司");
        // Near miss: the firm's people came here; nobody went to the firm.
        x = EXTRACTOR.extract(story("标题", "县长王强会见了赴我县考察的远帆电子有限公司董事长刘平。"));
        assertThat(Show.companies(x)).containsExactly("远帆电子有限公司");
        assertThat(visits("县长王强会见了赴我县考察的远帆电子有限公司董事长刘平。")).isEmpty();
    }

    @Test
    void aFirmWhoseNameOpensWithHuaIsVisitedWhole() {
        // HanLP reads 走访华岭… as 走/访华/岭…: nlp/word-fixes.txt splits 访华, so 华 opens the firm's name again.
        assertThat(visits("县长王强走访华岭电子有限公司，了解企业生产情况。")).containsExactly("VISITED 王强->华岭电子有限公司");
        assertThat(visits("副县长李明带队走访华泰重工有限公司。")).containsExactly("VISITED 李明->华泰重工有限公司");
        assertThat(visits("市委书记赵启明走访华夏农业科技有限公司。")).containsExactly("VISITED 赵启明->华夏农业科技有限公司");
        // Near miss: a firm whose name does not open with 华 is read as before.
        assertThat(visits("县长王强走访了远帆电子有限公司。")).containsExactly("VISITED 王强->远帆电子有限公司");
    }

    @Test
    void thePlacesSomeoneGoesToForAnActivity() {
        // 到X、Y开展…活动: going to the places listed for an activity there is visiting them.
        assertThat(visits("县长钟华到远帆电子有限公司、青禾食品有限公司开展“三服务”活动。"))
                .containsExactly("VISITED 钟华->远帆电子有限公司", "VISITED 钟华->青禾食品有限公司");
        assertThat(visits("副县长周敏到滨江理工大学开展走访慰问活动。")).containsExactly("VISITED 周敏->滨江理工大学");
        assertThat(visits("市委书记赵启明赴青禾能源股份有限公司开展安全生产宣传活动。"))
                .containsExactly("VISITED 赵启明->青禾能源股份有限公司");
        // Near misses: a date after 到, and the setting of an activity held at home.
        assertThat(visits("县长钟华要求各部门到2025年底开展专项整治活动。")).isEmpty();
        assertThat(visits("县长钟华在县行政中心开展集中学习活动。")).isEmpty();
    }

    @Test
    void thePlaceWhereSomeoneSurveys() {
        assertThat(visits("市委书记赵启明在滨江区政务服务中心调研。"))
                .containsExactly("VISITED 赵启明->滨江区政务服务中心");
        // Near miss: 在会上 is no place of a kind that is visited.
        assertThat(visits("副市长钱立在会上调研了全市工作。")).isEmpty();
    }

    @Test
    void aShortFormTakesTheFullNameSeenBefore() {
        assertThat(visits("市委书记赵启明走访了滨江区智能制造服务中心。随后赵启明来到智能制造服务中心调研。"))
                .containsExactly("VISITED 赵启明->滨江区智能制造服务中心");
    }

    @Test
    void aPlaceGoneToForASurveyCarriedOutThere() {
        assertThat(visits("6月2日，副市长钱立一行到南方智联进行了调研。")).containsExactly("VISITED 钱立->南方智联");
        assertThat(visits("副市长钱立到滨江区政务服务中心进行了考察。"))
                .containsExactly("VISITED 钱立->滨江区政务服务中心");
        // Near miss: a place alone is no company (东方 is a direction).
        assertThat(visits("6月2日，副市长钱立一行到东方进行了调研。")).isEmpty();
    }

    @Test
    void aPlaceWhereAMeetingCameBeforeTheInspection() {
        assertThat(visits("副市长钱立一行到滨江数字产业园出席座谈会并视察。"))
                .containsExactly("VISITED 钱立->滨江数字产业园");
        assertThat(visits("市委书记赵启明到湖东区创新创业孵化园参加座谈并调研。"))
                .containsExactly("VISITED 赵启明->湖东区创新创业孵化园");
        assertThat(visits("省商务厅副厅长周岚到滨江区政务服务中心出席启动仪式并考察。"))
                .containsExactly("VISITED 周岚->滨江区政务服务中心");
        // Near miss: a meeting at the place with no inspection there.
        assertThat(visits("副市长钱立一行到滨江数字产业园出席座谈会并讲话。")).isEmpty();
    }

    @Test
    void whatIsSurveyedOrInspectedRightAfterTheVerb() {
        assertThat(visits("随后，副市长钱立现场调研滨江区调度指挥中心和湖东区创新创业孵化园。"))
                .containsExactly("VISITED 钱立->滨江区调度指挥中心", "VISITED 钱立->湖东区创新创业孵化园");
        assertThat(visits("市委书记赵启明视察湖南照云世纪博远科技有限公司。"))
                .containsExactly("VISITED 赵启明->湖南照云世纪博远科技有限公司");
        assertThat(visits("省商务厅副厅长周岚一行调研滨江区政务服务中心。"))
                .containsExactly("VISITED 周岚->滨江区政务服务中心");
        // Near miss: what is surveyed is work, not a place.
        assertThat(visits("副市长钱立调研全市安全生产工作。")).isEmpty();
        assertThat(visits("副市长钱立调研工业园区。")).isEmpty();
        assertThat(visits("副市长钱立视察公司年产5万吨/年纸浆生产线。")).isEmpty();
        // Two places the segmenter glued at 和 are both names at the item start.
        assertThat(visits("副市长钱立来到青禾镇和县市场监督管理局调研。")).contains("VISITED 钱立->县市场监督管理局");
    }

    @Test
    void whatADescribingClauseBeforeTheVisitedPlaceNamesIsNotVisited() {
        // 来到X投资建设的P: the clause ending in 的 describes P; P is what was visited, the firm in the clause invests.
        assertThat(visits("县长邵明远来到鼎盛新能源有限公司投资建设的北岭光伏电站项目现场调研。"))
                .containsExactly("VISITED 邵明远->北岭光伏电站项目");
        assertThat(visits("副县长黎小川来到由瑞丰农业发展有限公司投资建设的南湖蔬菜产业园项目，查看建设进度。"))
                .containsExactly("VISITED 黎小川->南湖蔬菜产业园项目");
        assertThat(visits("县委书记韦平来到位于城北工业园的华锐精密铸造有限公司调研。"))
                .containsExactly("VISITED 韦平->华锐精密铸造有限公司");
        assertThat(visits("县长邵明远深入今年新落户的宏泰电子科技有限公司调研。"))
                .containsExactly("VISITED 邵明远->宏泰电子科技有限公司");
        assertThat(visits("副县长黎小川来到建设中的东坡安置小区项目调研。"))
                .containsExactly("VISITED 黎小川->东坡安置小区项目");
        // Near misses: a firm's own unit after 的 (no verb in between) leaves the firm visited, and so does a product
        // its clause describes.
        assertThat(visits("县长邵明远参观了华锐精密铸造有限公司自主研发的智能铸造机器人。"))
                .containsExactly("VISITED 邵明远->华锐精密铸造有限公司");
        assertThat(visits("县长邵明远来到华锐精密铸造有限公司的生产车间调研。"))
                .containsExactly("VISITED 邵明远->华锐精密铸造有限公司");
    }

    @Test
    void aProjectUnderWayIsNamedFromAfterTheClauseThatSaysSo() {
        Extraction x = EXTRACTOR.extract(story("标题", "县长邵明远来到正在建设中的西湾污水处理厂扩建工程调研。"));
        assertThat(Show.projects(x)).containsExactly("西湾污水处理厂扩建工程 null building");
        assertThat(Show.projects(EXTRACTOR.extract(story("标题", "副县长黎小川察看了建设中的东坡安置小区项目。"))))
                .containsExactly("东坡安置小区项目 null building");
        assertThat(Show.projects(EXTRACTOR.extract(story("标题", "施工中的北坪大桥项目预计年底通车。"))))
                .containsExactly("北坪大桥项目 null building");
        // Near miss: the stage of the project in the clause before is its own.
        assertThat(Show.projects(EXTRACTOR.extract(story("标题", "东坡安置小区项目已经建成，建设中的北坪大桥项目预计年底通车。"))))
                .containsExactly("东坡安置小区项目 null operating", "北坪大桥项目 null building");
    }
}
