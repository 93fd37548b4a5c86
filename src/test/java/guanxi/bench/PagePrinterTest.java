package guanxi.bench;

import guanxi.bench.PagePrinter.Faults;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class PagePrinterTest {

    private static final StoryDraft INSPECTION = new StoryDraft(null, "夏祖义带队到我县督导检查", null,
            List.of("本报讯 2月23日，副局长夏祖义带队进行实地督导检查。县委书记解芳等陪同。",
                    "在里册峪东沟现场，督导组一行详细了解了专项整治工作的全过程，并提出整改意见。",
                    "夏祖义强调，开展打击“洗洞”盗采金矿专项整治工作关乎人民生命安全、生态环境及国家权益。",
                    "要严格落实属地管理、分级负责要求，加大日常巡查力度和频次。"),
            List.of("王甜甜"), true);
    private static final StoryDraft MEETING = new StoryDraft("县政协机关党支部", "全县助企纾困座谈会召开", "解芳出席并作重要讲话",
            List.of("本报讯 12月16日，全县助企纾困座谈会在县经济开发区召开。", "程海龙要求（全县上下）：认清形势；优化营商环境。"),
            List.of("张倩倩", "范红霞"), true);

    private static Faults only(double broken, double outOfOrder, double headlineAfter, double glued, double stray, double halfWidth) {
        return new Faults(broken, outOfOrder, headlineAfter, glued, 0, stray, halfWidth, 0, 0, 0);
    }

    private static PagePrinter.Laid lay(Faults f, StoryDraft... drafts) {
        return new PagePrinter(f).layout(List.of(drafts), new SplittableRandom(1));
    }

    @Test
    void cleanLayoutPrintsSectionHeadlineSubBodyAndByline() {
        PagePrinter.Laid laid = lay(Faults.NONE, MEETING);
        assertThat(laid.text()).isEqualTo("""


                县政协机关党支部

                全县助企纾困座谈会召开

                解芳出席并作重要讲话

                本报讯 12月16日，全县助企纾困座谈会在县经济开发区召开。

                程海龙要求（全县上下）：认清形势；优化营商环境。

                张倩倩 范红霞""");
        assertThat(laid.titles()).containsExactly("全县助企纾困座谈会召开 解芳出席并作重要讲话");
    }

    @Test
    void gluedBylineFollowsTheLastSentence() {
        assertThat(lay(only(0, 0, 0, 1, 0, 0), MEETING).text()).endsWith("优化营商环境。张倩倩 范红霞");
    }

    @Test
    void headlineAfterBodyDropsTheNextStorysSectionAndSub() {
        PagePrinter.Laid laid = lay(only(0, 0, 1, 0, 0, 0), INSPECTION, MEETING);
        assertThat(laid.text()).contains("要严格落实属地管理、分级负责要求，加大日常巡查力度和频次。\n\n王甜甜\n\n夏祖义带队到我县督导检查\n\n全县助企纾困座谈会召开\n\n本报讯 12月16日");
        assertThat(laid.text()).doesNotContain("县政协机关党支部").doesNotContain("解芳出席并作重要讲话");
        assertThat(laid.titles()).containsExactly("夏祖义带队到我县督导检查", "全县助企纾困座谈会召开");
    }

    @Test
    void outOfOrderParagraphIsPrintedBeforeItsLead() {
        String text = lay(only(0, 1, 0, 0, 0, 0), INSPECTION).text();
        String[] blocks = text.strip().split("\n\n");
        assertThat(blocks[0]).isEqualTo("夏祖义带队到我县督导检查");
        assertThat(blocks[1]).isIn(INSPECTION.paragraphs().subList(2, 4));
        assertThat(blocks[2]).isEqualTo(INSPECTION.paragraphs().getFirst());
    }

    @Test
    void brokenSentenceSplitsBetweenTwoChineseCharactersAndLosesNothing() {
        String text = lay(only(1, 0, 0, 0, 0, 0), INSPECTION).text();
        String[] blocks = text.strip().split("\n\n");
        assertThat(blocks).hasSize(1 + 4 + 1 + 1);
        assertThat(String.join("", List.of(blocks).subList(1, 6))).isEqualTo(String.join("", INSPECTION.paragraphs()));
        assertThat(List.of(blocks)).anySatisfy(b -> assertThat(b).matches(".*\\p{IsHan}$").doesNotEndWith("。"));
    }

    @Test
    void strayRuleSitsBetweenStories() {
        String text = lay(only(0, 0, 0, 0, 1, 0), INSPECTION, MEETING).text();
        assertThat(text).containsPattern("王甜甜\n\n—— \\S{5,7} ——\n\n县政协机关党支部");
    }

    @Test
    void untaggedLeadLosesItsDatelineTag() {
        Faults untagged = new Faults(0, 0, 0, 0, 0, 0, 0, 0, 0, 1);
        assertThat(lay(untagged, MEETING).text()).contains("解芳出席并作重要讲话\n\n12月16日，全县助企纾困座谈会").doesNotContain("本报讯");
    }

    @Test
    void halfWidthPagePunctuationAppliesToTextAndTitles() {
        StoryDraft s = new StoryDraft(null, "一，二：三", null, List.of("本报讯 四（五）；六！"), List.of(), true);
        PagePrinter.Laid laid = lay(only(0, 0, 0, 0, 0, 1), s);
        assertThat(laid.text()).isEqualTo("\n\n一,二:三\n\n本报讯 四(五);六!");
        assertThat(laid.titles()).containsExactly("一,二:三");
    }
}
