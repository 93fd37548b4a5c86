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

    @Test
    void aCountryBeforeAFirmNamedElsewhereInTheStoryOpensTheTitle() {
        // 新加坡丰源国际集团中国区总裁王五, with 丰源国际集团 printed elsewhere: the country opens the firm's name in the
        // title; the post is in that firm.
        Extraction x = extract("市长程志远会见了新加坡丰源国际集团中国区总裁方伟一行。据悉，该项目由丰源国际集团投资建设。");
        assertThat(Show.relations(x)).contains("EXECUTIVE_OF 方伟->丰源国际集团 (中国区总裁)");
        x = extract("县长宋丽萍会见了日本东和精工株式会社社长田中健一。宋丽萍介绍了东和精工株式会社在我县的项目进展。");
        assertThat(Show.relations(x)).doesNotContain("EXECUTIVE_OF 田中健一->日本");
        x = extract("副市长罗军会见了香港华懋国际集团执行董事李明一行。据悉，该项目由华懋国际集团投资建设。");
        assertThat(Show.relations(x)).contains("EXECUTIVE_OF 李明->香港华懋国际集团 (执行董事)");
        // Near miss: words before the firm's name that are no place (其子公司) give it no post.
        x = extract("市长程志远会见了丰源国际集团总裁方伟一行。");
        assertThat(Show.relations(x)).contains("EXECUTIVE_OF 方伟->丰源国际集团 (总裁)");
    }
}
