package guanxi.page;

import guanxi.model.Page;
import guanxi.model.PageResult;
import guanxi.page.DevPageLayouts.Layout;
import guanxi.page.DevPageLayouts.LayoutPage;
import guanxi.page.DevPageLayouts.Score;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages of other papers, assembled from the dev stories in seven layouts ({@link DevPageLayouts}): the
 * reader finds the stories with the gold headline, date and byline. The floors are what the reader
 * reaches today (a story the dev file itself dates wrong, or a year it cannot know, stays wrong on a
 * page); a change to the reader that loses a story on any layout fails here. The misses are listed
 * in the failure message.
 */
class DevPageLayoutsTest {
    private final PageReader reader = new PageReader();

    /** Per layout: stories on the pages, at most predicted, at least found, titles, dates, reporters right. */
    private static final Map<Layout, int[]> FLOORS = Map.of(
            Layout.BLANK_LINES, new int[]{44, 44, 44, 44, 41, 44},
            Layout.DENSE_HEADLINES, new int[]{29, 29, 29, 29, 29, 29},
            Layout.HEADLINES_AFTER_BODIES, new int[]{29, 29, 29, 26, 29, 29},
            Layout.CAPTIONS_UNDER_HEADLINES, new int[]{29, 29, 29, 29, 29, 29},
            Layout.HEADLESS, new int[]{44, 44, 44, 44, 41, 44},
            Layout.DATELINES_ONLY, new int[]{26, 27, 26, 25, 26, 26},
            Layout.SINGLE_BLANKS, new int[]{44, 44, 42, 42, 39, 42});

    @ParameterizedTest
    @EnumSource(Layout.class)
    void storiesOnEveryLayoutAreFoundWithTheirGoldHeadlineDateAndByline(Layout layout) {
        Score s = DevPageLayouts.score(reader, layout);
        int[] f = FLOORS.get(layout);
        String misses = layout + ": " + s + "\n" + String.join("\n", s.misses());
        assertThat(s.expected()).as(misses).isEqualTo(f[0]);
        assertThat(s.predicted()).as(misses).isLessThanOrEqualTo(f[1]);
        assertThat(s.found()).as(misses).isGreaterThanOrEqualTo(f[2]);
        assertThat(s.titles()).as(misses).isGreaterThanOrEqualTo(f[3]);
        assertThat(s.dates()).as(misses).isGreaterThanOrEqualTo(f[4]);
        assertThat(s.reporters()).as(misses).isGreaterThanOrEqualTo(f[5]);
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void everyCharacterOfEveryLayoutPageIsAccountedFor(Layout layout) {
        for (LayoutPage p : DevPageLayouts.pages(layout)) {
            Page page = p.page();
            PageResult result = reader.read(page);
            assertThat(Accounting.ofResult(reader, page, result)).as(page.doc()).isEqualTo(Accounting.ofPage(page));
        }
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void pagesAreAssembledTheSameEveryTime(Layout layout) {
        assertThat(DevPageLayouts.pages(layout)).isEqualTo(DevPageLayouts.pages(layout));
    }
}
