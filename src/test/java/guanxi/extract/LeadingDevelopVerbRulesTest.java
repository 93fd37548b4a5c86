package guanxi.extract;

import guanxi.model.Extraction;
import org.junit.jupiter.api.Test;

import static guanxi.extract.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 就发展X项目进行洽谈, 研究了发展X项目有关工作: 发展 standing first before a project's name, like 建设 there, governs it
 * and is no part of it (发展青禾…项目 was the name); inside a name (乡村振兴发展项目) it stays.
 */
class LeadingDevelopVerbRulesTest {

    private static final Extractor EXTRACTOR = new Extractor();

    private static Extraction extract(String body) {
        return EXTRACTOR.extract(story("标题", body));
    }

    @Test
    void theLeadingVerbIsNoPartOfTheName() {
        assertThat(Show.projects(extract("双方就发展青禾光伏储能项目进行了洽谈。")))
                .containsExactly("青禾光伏储能项目 null null");
        assertThat(Show.projects(extract("县长赵海与华拓集团董事长刘建华就发展白河文旅综合体项目相关事宜举行座谈。")))
                .containsExactly("白河文旅综合体项目 null null");
        assertThat(Show.projects(extract("会议研究了发展石门现代农业产业园项目有关工作。")))
                .containsExactly("石门现代农业产业园项目 null null");
    }

    @Test
    void nearMissTheVerbInsideTheName() {
        assertThat(Show.projects(extract("青石县乡村振兴发展项目开工建设。")))
                .containsExactly("青石县乡村振兴发展项目 null building");
    }
}
