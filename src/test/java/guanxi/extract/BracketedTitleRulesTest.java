package guanxi.extract;

import guanxi.model.Extraction;
import org.junit.jupiter.api.Test;

import static guanxi.extract.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 钟伟（恒远科技有限公司董事长）: a name followed by brackets that hold only a title chain is a person with those titles,
 * and an enterprise post there is a post in the company the brackets name. Brackets with a position in a photo, a
 * remark, or a phrase that is no title chain give the name no title.
 */
class BracketedTitleRulesTest {

    private static final Extractor EXTRACTOR = new Extractor();

    private static Extraction extract(String body) {
        return EXTRACTOR.extract(story("标题", body));
    }

    @Test
    void theTitleInBracketsAfterTheNameIsHis() {
        Extraction x = extract("座谈会上，钟立伟（恒远科技有限公司董事长）介绍了项目情况。");
        assertThat(Show.persons(x)).contains("钟立伟[恒远科技有限公司董事长]");
        assertThat(Show.relations(x)).contains("EXECUTIVE_OF 钟立伟->恒远科技有限公司 (董事长)");
        Extraction y = extract("县委书记李强会见了孙文博（华瑞控股集团总经理）一行。");
        assertThat(Show.persons(y)).contains("孙文博[华瑞控股集团总经理]");
        assertThat(Show.relations(y)).contains("EXECUTIVE_OF 孙文博->华瑞控股集团 (总经理)", "MET 李强->孙文博");
        assertThat(Show.persons(extract("签约仪式上，冯立军（青禾农业发展有限公司总经理）与高建民（县委副书记、县长）分别致辞。")))
                .contains("冯立军[青禾农业发展有限公司总经理]", "高建民[县委副书记|县长]");
    }

    @Test
    void nearMissBracketsThatHoldNoTitleChain() {
        assertThat(Show.persons(extract("合影中，王丽（右二）与陈晓东（化名）交谈。")))
                .noneMatch(p -> p.contains("右二") || p.contains("化名"));
        assertThat(Show.persons(extract("据介绍，马志刚（县长王强的秘书）也参加了活动。")))
                .noneMatch(p -> p.startsWith("马志刚["));
    }
}
