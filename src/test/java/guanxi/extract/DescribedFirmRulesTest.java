package guanxi.extract;

import guanxi.model.Extraction;
import org.junit.jupiter.api.Test;

import static guanxi.extract.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bare trade name that the story describes as an enterprise (X是一家…企业, X是…重点企业) is a company, however the
 * segmenter reads its characters; once known, a visit to it is a visit to a company. A lone common noun before 是
 * (关键是服务好企业) or a person's name names no firm.
 */
class DescribedFirmRulesTest {

    private static final Extractor EXTRACTOR = new Extractor();

    private static Extraction extract(String body) {
        return EXTRACTOR.extract(story("标题", body));
    }

    @Test
    void aNameDescribedAsAnEnterpriseIsACompany() {
        Extraction x = extract("副市长钱涛走访了华新达。华新达是一家民营企业。");
        assertThat(Show.companies(x)).containsExactly("华新达");
        assertThat(Show.relations(x)).containsExactly("LED 钱涛", "VISITED 钱涛->华新达");
        x = extract("县长韩冰一行参观了博瑞德。博瑞德是一家从事新材料研发的企业。");
        assertThat(Show.companies(x)).containsExactly("博瑞德");
        assertThat(Show.relations(x)).containsExactly("LED 韩冰", "VISITED 韩冰->博瑞德");
        x = extract("据介绍，恒达新材是我县引进的重点企业，总投资5亿元。");
        assertThat(Show.companies(x)).containsExactly("恒达新材");
    }

    @Test
    void nearMissesWhatMattersAPersonAPronoun() {
        assertThat(extract("会议指出，关键是服务好企业。").companies()).isEmpty();
        assertThat(extract("县长刘洋强调，重点是帮扶中小企业，目标是培育龙头企业。").companies()).isEmpty();
        assertThat(extract("王立平是该镇有名的种植企业。").companies()).isEmpty();
        assertThat(extract("这里是全县规模最大的企业。").companies()).isEmpty();
    }
}
