package guanxi.extract;

import guanxi.model.Extraction;
import org.junit.jupiter.api.Test;

import static guanxi.extract.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 集团公司 ends a group's name as printed (…集团公司驻县项目部, …集团公司副总经理): the name keeps 公司, and the same
 * group printed as …集团 elsewhere in the story is its alias. 集团公司 alone is the group referred to, no name.
 */
class GroupCompanyNameRulesTest {

    private static final Extractor EXTRACTOR = new Extractor();

    private static Extraction extract(String body) {
        return EXTRACTOR.extract(story("标题", body));
    }

    @Test
    void theGroupCompanyEndingStaysInTheName() {
        Extraction x = extract("县委书记唐晓峰走访了中国电建集团公司驻县项目部。");
        assertThat(Show.companies(x)).containsExactly("中国电建集团公司");
        assertThat(Show.relations(x)).containsExactly("LED 唐晓峰", "VISITED 唐晓峰->中国电建集团公司");
        x = extract("县长宋丽萍会见了中国铁建集团公司副总经理马骏一行。宋丽萍表示，欢迎中国铁建集团来我县投资。");
        assertThat(Show.companies(x)).containsExactly("中国铁建集团公司=中国铁建集团");
        assertThat(Show.relations(x)).contains("EXECUTIVE_OF 马骏->中国铁建集团公司 (副总经理)");
        x = extract("县委书记陈志刚与华能电力集团公司驻陕企业负责人座谈。");
        assertThat(Show.companies(x)).containsExactly("华能电力集团公司");
    }

    @Test
    void nearMissTheGroupCompanyAloneNamesNone() {
        assertThat(extract("集团公司董事长何志刚到湖南企业调研。").companies()).isEmpty();
    }
}
