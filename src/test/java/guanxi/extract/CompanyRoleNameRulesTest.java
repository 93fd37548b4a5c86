package guanxi.extract;

import guanxi.model.Extraction;
import org.junit.jupiter.api.Test;

import static guanxi.extract.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 投资方为某某, 运营商是某某: the name a firm's role noun is said to be, up to the end of the clause, is a company even
 * as a bare brand with no suffix. A body, a place, a generic word or a person's name in that slot is none.
 */
class CompanyRoleNameRulesTest {

    private static final Extractor EXTRACTOR = new Extractor();

    private static Extraction extract(String body) {
        return EXTRACTOR.extract(story("标题", body));
    }

    @Test
    void theNameARoleNounIsSaidToBeIsACompany() {
        assertThat(Show.companies(extract("该工厂的投资方是博世，预计明年投产。"))).containsExactly("博世");
        assertThat(Show.companies(extract("物流园的运营商为顺丰，年内投入运营。"))).containsExactly("顺丰");
        assertThat(Show.companies(extract("项目承建方是远帆智联，计划年底完工。"))).containsExactly("远帆智联");
    }

    @Test
    void nearMissABodyAPlaceAGenericWordOrAPersonIsNoCompany() {
        assertThat(extract("该项目投资方为县政府，总投资3亿元。").companies()).isEmpty();
        assertThat(extract("项目业主为青石县，建设期两年。").companies()).isEmpty();
        assertThat(extract("该项目投资方为外商，总投资3亿元。").companies()).isEmpty();
        assertThat(extract("项目合作方为王力，目前尚未确定。").companies()).isEmpty();
    }
}
