package guanxi.extract;

import guanxi.model.Extraction;
import org.junit.jupiter.api.Test;

import static guanxi.extract.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * X项目通过验收: a project that has passed its acceptance inspection is built, its status operating (status.txt, the last
 * stage of a fixed-asset project); one still to be accepted (预计…完成验收) is not.
 */
class AcceptanceStatusRulesTest {

    private static final Extractor EXTRACTOR = new Extractor();

    private static Extraction extract(String body) {
        return EXTRACTOR.extract(story("标题", body));
    }

    @Test
    void aProjectThatPassedAcceptanceIsOperating() {
        assertThat(Show.projects(extract("5月8日上午，青石县污水处理厂提标改造项目通过验收。")))
                .containsExactly("青石县污水处理厂提标改造项目 null operating");
        assertThat(Show.projects(extract("白河水库除险加固工程顺利通过验收。")))
                .containsExactly("白河水库除险加固工程 null operating");
        assertThat(Show.projects(extract("石门县城乡供水一体化项目日前已通过验收。")))
                .containsExactly("石门县城乡供水一体化项目 null operating");
    }

    @Test
    void nearMissAcceptanceStillAhead() {
        assertThat(Show.projects(extract("白河大桥项目正在施工，预计年底前完成验收。")))
                .containsExactly("白河大桥项目 null building");
    }
}
