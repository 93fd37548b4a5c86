package guanxi.extract;

import guanxi.model.Extraction;
import org.junit.jupiter.api.Test;

import static guanxi.extract.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 甲与某公司董事长乙进行了座谈，双方就P…交流: talks held (进行了座谈, 举行会谈, 深入交流) before 双方就 are still the talks
 * on P with 乙's firm, which partners on P, as after 乙一行，双方就P.
 */
class TalksHeldThenProjectRulesTest {

    private static final Extractor EXTRACTOR = new Extractor();

    private static Extraction extract(String body) {
        return EXTRACTOR.extract(story("标题", body));
    }

    @Test
    void theTalksVerbBeforeBothSides() {
        assertThat(Show.relations(extract("县长林涛与远帆模具有限公司董事长孙磊进行了座谈，双方就精密模具产业园项目进行了交流。")))
                .contains("INVESTS_IN 远帆模具有限公司->精密模具产业园项目");
        assertThat(Show.relations(extract("县委书记韩强会见了禾光新能源有限公司总经理蔡宁一行并举行会谈，双方就风电储能项目达成共识。")))
                .contains("INVESTS_IN 禾光新能源有限公司->风电储能项目");
        assertThat(Show.relations(extract("副县长陶敏与华岭电子有限公司副总经理吴昊深入交流，双方围绕智能终端产业园项目进行了洽谈。")))
                .contains("INVESTS_IN 华岭电子有限公司->智能终端产业园项目");
    }

    @Test
    void nearMissTheProjectOfAnotherClauseSubject() {
        Extraction x = extract("县长林涛与远帆模具有限公司董事长孙磊进行了座谈。县交通局介绍了城乡公交一体化项目。");
        assertThat(Show.relations(x)).doesNotContain("INVESTS_IN 远帆模具有限公司->城乡公交一体化项目");
    }
}
