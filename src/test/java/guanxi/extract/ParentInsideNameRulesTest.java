package guanxi.extract;

import guanxi.model.Extraction;
import org.junit.jupiter.api.Test;

import static guanxi.extract.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A group whose name a subsidiary's name opens with (远帆建工集团 in 远帆建工集团第三工程有限公司) is a company of the
 * story only when the story prints it on its own too: inside the longer name it is part of that name, and no
 * SUBSIDIARY_OF is read from the name alone. That is how the dev gold reads a tobacco group printed only inside the
 * name of its cigarette plant: the plant is the company, the group is not listed.
 */
class ParentInsideNameRulesTest {

    private static final Extractor EXTRACTOR = new Extractor();

    private static Extraction extract(String body) {
        return EXTRACTOR.extract(story("标题", body));
    }

    @Test
    void theGroupInsideTheNameIsNoCompanyOfItsOwn() {
        Extraction x = extract("县第二中学综合楼项目总投资9000万元，由远帆建工集团第三工程有限公司承建。");
        assertThat(Show.companies(x)).containsExactly("远帆建工集团第三工程有限公司");
        assertThat(Show.relations(x)).containsExactly("INVESTS_IN 远帆建工集团第三工程有限公司->县第二中学综合楼项目");
        x = extract("滨河大道改造工程由华岳路桥集团第二工程有限公司负责施工，目前已完成路基工程。");
        assertThat(Show.companies(x)).containsExactly("华岳路桥集团第二工程有限公司");
        x = extract("县长王立新会见了青松建工集团第五工程有限公司总经理邓光明一行。");
        assertThat(Show.companies(x)).containsExactly("青松建工集团第五工程有限公司");
        assertThat(Show.relations(x)).doesNotContain("SUBSIDIARY_OF 青松建工集团第五工程有限公司->青松建工集团");
    }

    @Test
    void nearMissTheGroupPrintedOnItsOwnStaysTheParent() {
        Extraction x = extract("远帆建工集团董事长李建国来我县考察。远帆建工集团第三工程有限公司承建了县体育馆项目。");
        assertThat(Show.companies(x)).contains("远帆建工集团", "远帆建工集团第三工程有限公司");
        assertThat(Show.relations(x)).contains("SUBSIDIARY_OF 远帆建工集团第三工程有限公司->远帆建工集团");
    }
}
