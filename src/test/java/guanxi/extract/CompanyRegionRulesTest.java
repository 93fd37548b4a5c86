package guanxi.extract;

import guanxi.model.Extraction;
import org.junit.jupiter.api.Test;

import static guanxi.extract.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 某某中国区总裁, 某某亚太区副总裁: the sales region of a multinational belongs to the post; the company is the firm named
 * before it, whose executive the person is. A title with no sales region keeps its whole firm name.
 */
class CompanyRegionRulesTest {

    private static final Extractor EXTRACTOR = new Extractor();

    private static Extraction extract(String body) {
        return EXTRACTOR.extract(story("标题", body));
    }

    @Test
    void theRegionBelongsToThePost() {
        Extraction x = extract("市长程志远会见了凯瑞德中国区总裁方伟一行。");
        assertThat(Show.companies(x)).containsExactly("凯瑞德");
        assertThat(Show.persons(x)).containsExactly("程志远[市长]", "方伟[凯瑞德中国区总裁]");
        assertThat(Show.relations(x)).contains("EXECUTIVE_OF 方伟->凯瑞德 (中国区总裁)");
        x = extract("县长宋丽萍会见了诺斯泰亚太区副总裁马克·杜兰一行。");
        assertThat(Show.companies(x)).containsExactly("诺斯泰");
        assertThat(Show.relations(x)).contains("EXECUTIVE_OF 马克·杜兰->诺斯泰 (亚太区副总裁)");
        x = extract("副市长罗军会见了VKT大中华区首席执行官李明一行。");
        assertThat(Show.companies(x)).containsExactly("VKT");
    }

    @Test
    void nearMissNoSalesRegion() {
        Extraction x = extract("市长程志远会见了凯瑞德科技总裁方伟一行。");
        assertThat(Show.companies(x)).containsExactly("凯瑞德科技");
        assertThat(Show.relations(x)).contains("EXECUTIVE_OF 方伟->凯瑞德科技 (总裁)");
    }
}
