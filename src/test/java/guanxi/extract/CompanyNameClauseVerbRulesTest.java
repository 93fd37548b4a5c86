package guanxi.extract;

import guanxi.model.Extraction;
import org.junit.jupiter.api.Test;

import static guanxi.extract.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 县长王五考察远帆集团时…: the segmenter sometimes reads the clause's verb (考察, 调研, 会见 …) and even the visitor's
 * name as one word with the firm after them. The verb bounds the firm's name: neither it nor what stands before it is
 * part of the name.
 */
class CompanyNameClauseVerbRulesTest {

    private static final Extractor EXTRACTOR = new Extractor();

    private static Extraction extract(String body) {
        return EXTRACTOR.extract(story("标题", body));
    }

    @Test
    void aVisitVerbGluedToTheFirmEndsWhatPrecedesItsName() {
        Extraction a = extract("县委书记周明考察华岭集团时，与集团总裁陈志远座谈。");
        assertThat(Show.companies(a)).containsExactly("华岭集团");
        assertThat(Show.relations(a)).contains("VISITED 周明->华岭集团", "EXECUTIVE_OF 陈志远->华岭集团 (总裁)");
        Extraction b = extract("县长李海考察远帆控股集团后，与集团董事长王力座谈。");
        assertThat(Show.companies(b)).containsExactly("远帆控股集团");
        assertThat(Show.relations(b)).contains("VISITED 李海->远帆控股集团");
        Extraction c = extract("市委副书记张军调研嘉成集团有限公司，与公司董事长刘文涛交流。");
        assertThat(Show.companies(c)).containsExactly("嘉成集团有限公司");
        assertThat(Show.relations(c)).contains("VISITED 张军->嘉成集团有限公司",
                "EXECUTIVE_OF 刘文涛->嘉成集团有限公司 (董事长)");
    }

    @Test
    void aVisitVerbGluedToTheFirmAfterTheLeadersWordIsAVisit() {
        // 带队考察X公司 (the segmenter reads 考察X公司 as one word): the verb before the firm's name is the visit.
        assertThat(Show.relations(extract("县长赵海带队考察华岭电子有限公司。")))
                .contains("VISITED 赵海->华岭电子有限公司");
        assertThat(Show.relations(extract("副市长钱立率队调研远帆控股集团有限公司，了解企业生产情况。")))
                .contains("VISITED 钱立->远帆控股集团有限公司");
        assertThat(Show.relations(extract("市委书记周明带队走访青禾食品有限公司，听取企业发展情况汇报。")))
                .contains("VISITED 周明->青禾食品有限公司");
        assertThat(Show.companies(extract("副市长钱立率队调研远帆控股集团有限公司。"))).containsExactly("远帆控股集团有限公司");
        assertThat(Show.companies(extract("市长李华率队调研青禾食品有限公司。"))).containsExactly("青禾食品有限公司");
        // Near miss: a verb inside a longer word (调研员) before a name is no visit.
        assertThat(Show.relations(extract("市政府调研员李东带队出席华岭电子有限公司开业仪式。")))
                .noneMatch(r -> r.startsWith("VISITED"));
    }

    @Test
    void nearMissAVerbStandingAsItsOwnWordLeavesTheNameAsItWas() {
        Extraction x = extract("副市长李海走进远帆控股集团有限公司，详细了解企业生产经营情况。");
        assertThat(Show.companies(x)).containsExactly("远帆控股集团有限公司");
        assertThat(Show.relations(x)).containsExactly("VISITED 李海->远帆控股集团有限公司");
    }
}
