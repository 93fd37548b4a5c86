package guanxi.extract;

import guanxi.model.Extraction;
import org.junit.jupiter.api.Test;

import static guanxi.extract.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A brand and an industry word (纺织, 牧业, 药业 …) standing whole as what a visit verb governs (深入, 考察了, 在…调研),
 * or as the next item of that list, are a company's short name, and the visit is to it. A place or a generic word
 * before the industry word, or an item running on into another noun, names no firm.
 */
class VisitedBrandRulesTest {

    private static final Extractor EXTRACTOR = new Extractor();

    private static Extraction extract(String body) {
        return EXTRACTOR.extract(story("标题", body));
    }

    @Test
    void aVisitedBrandAndIndustryWordIsACompany() {
        Extraction x = extract("县委书记唐晓峰先后深入华锦纺织、宏兴牧业，详细了解企业生产情况。");
        assertThat(Show.companies(x)).containsExactly("华锦纺织", "宏兴牧业");
        assertThat(Show.relations(x)).containsExactly("LED 唐晓峰", "VISITED 唐晓峰->华锦纺织", "VISITED 唐晓峰->宏兴牧业");
        x = extract("副市长罗军在鑫源光电调研时强调，要加快技术改造。");
        assertThat(Show.relations(x)).containsExactly("LED 罗军", "VISITED 罗军->鑫源光电");
        x = extract("市长程志远考察了瑞丰药业和恒昌物流。");
        assertThat(Show.relations(x)).containsExactly("LED 程志远", "VISITED 程志远->瑞丰药业", "VISITED 程志远->恒昌物流");
    }

    @Test
    void nearMissesNoBrandOrNoWholeItem() {
        assertThat(extract("县长宋丽萍来到现代农业示范园，察看蔬菜长势。").companies()).isEmpty();
        assertThat(extract("县长宋丽萍调研了全县电子商务发展情况。").companies()).isEmpty();
        assertThat(extract("县长宋丽萍在城南物流调研。").companies()).isEmpty();
    }
}
