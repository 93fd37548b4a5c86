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
    void theLeadingVerbBeforeAnAnnualOutputIsNoPartOfTheName() {
        // 建设年产/年加工…项目: the product's phrase opens with 年 (a one-character word, but no noun like 路).
        assertThat(Show.projects(extract("华岭电子将在我县投资建设年产50万台显示屏项目，总投资6亿元。")))
                .containsExactly("年产50万台显示屏项目 600000000 null");
        assertThat(Show.projects(extract("远川公司计划在青石县建设年加工10万吨饲料项目。")))
                .containsExactly("年加工10万吨饲料项目 null null");
        assertThat(Show.projects(extract("该集团将于明年兴建年处理20万吨固废综合利用项目。")))
                .containsExactly("年处理20万吨固废综合利用项目 null null");
    }

    @Test
    void aVerbOfIntentionBeforeTheProjectGovernsIt() {
        // 计划, 准备, 打算 (the segmenter tags some as nouns) govern the project; the planner is no part of its name, nor
        // the verb of building after them (新建, extract/leading-build-verbs.txt).
        assertThat(Show.projects(extract("市卫健委计划新建市第二人民医院门诊楼项目。")))
                .containsExactly("市第二人民医院门诊楼项目 null null");
        assertThat(Show.projects(extract("区住建局准备新建城东公租房项目。")))
                .containsExactly("城东公租房项目 null null");
        assertThat(Show.projects(extract("县水利局打算新建青龙河防洪堤项目。")))
                .containsExactly("青龙河防洪堤项目 null null");
    }

    @Test
    void nearMissAOneCharacterNounAfterTheVerbIsAName() {
        // 建设路 is a road: the verb and the noun after it name the project.
        assertThat(Show.projects(extract("建设路拓宽改造工程开工建设。")))
                .containsExactly("建设路拓宽改造工程 null building");
    }

    @Test
    void nearMissTheVerbInsideTheName() {
        assertThat(Show.projects(extract("青石县乡村振兴发展项目开工建设。")))
                .containsExactly("青石县乡村振兴发展项目 null building");
    }
}
