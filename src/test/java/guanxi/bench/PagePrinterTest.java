package guanxi.bench;

import guanxi.bench.PagePrinter.Faults;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class PagePrinterTest {

    private static final StoryDraft INSPECTION = new StoryDraft(null, "邵广平带队到我区检查防汛工作", null,
            List.of("本报讯 6月14日，副厅长邵广平带队检查汛期安全工作。区委书记贺明川等陪同。",
                    "在青石河南岸堤防现场，检查组一行仔细察看了险工险段的加固情况，并提出整改要求。",
                    "邵广平指出，做好“汛前”河道巡查和堤防加固工作事关群众生命财产安全、社会稳定及发展大局。",
                    "要压紧压实防汛责任、健全值守制度，提高隐患排查的密度和精度。"),
            List.of("林小雨"), true);
    private static final StoryDraft MEETING = new StoryDraft("区工商联办公室", "全区民营企业发展恳谈会召开", "贺明川出席并讲话",
            List.of("本报讯 9月22日，全区民营企业发展恳谈会在区高新园区举行。", "罗建军要求（各有关部门）：稳定预期；提升服务效能。"),
            List.of("周婷婷", "吴丽萍"), true);

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


                区工商联办公室

                全区民营企业发展恳谈会召开

                贺明川出席并讲话

                本报讯 9月22日，全区民营企业发展恳谈会在区高新园区举行。

                罗建军要求（各有关部门）：稳定预期；提升服务效能。

                周婷婷 吴丽萍""");
        assertThat(laid.titles()).containsExactly("全区民营企业发展恳谈会召开 贺明川出席并讲话");
    }

    @Test
    void gluedBylineFollowsTheLastSentence() {
        assertThat(lay(only(0, 0, 0, 1, 0, 0), MEETING).text()).endsWith("提升服务效能。周婷婷 吴丽萍");
    }

    @Test
    void headlineAfterBodyDropsTheNextStorysSectionAndSub() {
        PagePrinter.Laid laid = lay(only(0, 0, 1, 0, 0, 0), INSPECTION, MEETING);
        assertThat(laid.text()).contains("要压紧压实防汛责任、健全值守制度，提高隐患排查的密度和精度。\n\n林小雨\n\n邵广平带队到我区检查防汛工作\n\n全区民营企业发展恳谈会召开\n\n本报讯 9月22日");
        assertThat(laid.text()).doesNotContain("区工商联办公室").doesNotContain("贺明川出席并讲话");
        assertThat(laid.titles()).containsExactly("邵广平带队到我区检查防汛工作", "全区民营企业发展恳谈会召开");
    }

    @Test
    void outOfOrderParagraphIsPrintedBeforeItsLead() {
        String text = lay(only(0, 1, 0, 0, 0, 0), INSPECTION).text();
        String[] blocks = text.strip().split("\n\n");
        assertThat(blocks[0]).isEqualTo("邵广平带队到我区检查防汛工作");
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
        assertThat(text).containsPattern("林小雨\n\n—— \\S{5,7} ——\n\n区工商联办公室");
    }

    @Test
    void untaggedLeadLosesItsDatelineTag() {
        Faults untagged = new Faults(0, 0, 0, 0, 0, 0, 0, 0, 0, 1);
        assertThat(lay(untagged, MEETING).text()).contains("贺明川出席并讲话\n\n9月22日，全区民营企业发展恳谈会").doesNotContain("本报讯");
    }

    @Test
    void halfWidthPagePunctuationAppliesToTextAndTitles() {
        StoryDraft s = new StoryDraft(null, "一，二：三", null, List.of("本报讯 四（五）；六！"), List.of(), true);
        PagePrinter.Laid laid = lay(only(0, 0, 0, 0, 0, 1), s);
        assertThat(laid.text()).isEqualTo("\n\n一,二:三\n\n本报讯 四(五);六!");
        assertThat(laid.titles()).containsExactly("一,二:三");
    }
}
