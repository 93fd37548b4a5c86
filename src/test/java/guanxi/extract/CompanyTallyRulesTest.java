package guanxi.extract;

import guanxi.model.Extraction;
import org.junit.jupiter.api.Test;

import static guanxi.extract.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 物流、能源三家科技公司入驻…: a count after the items of a list (两大, 三家, 五个) tallies firms named elsewhere; the
 * phrase before the company word is no firm's name. A count inside a full legal name is the name's own.
 */
class CompanyTallyRulesTest {

    private static final Extractor EXTRACTOR = new Extractor();

    private static Extraction extract(String body) {
        return EXTRACTOR.extract(story("标题", body));
    }

    @Test
    void aCountAfterListItemsNamesNoFirm() {
        assertThat(extract("物流、能源三家科技公司入驻青石数字产业园。").companies()).isEmpty();
        assertThat(extract("研发、营销两大子公司同时挂牌，华岭电子的布局更加完善。").companies().stream()
                .map(c -> c.name()).toList()).doesNotContain("营销两大子公司");
        assertThat(extract("此次签约的制造、贸易、文旅几家公司均来自长三角。").companies()).isEmpty();
    }

    @Test
    void nearMissACountInsideALegalNameStays() {
        assertThat(Show.companies(extract("青石三大农业开发有限公司与白沙镇签订合作协议。")))
                .containsExactly("青石三大农业开发有限公司");
    }
}
