package guanxi.page;

import guanxi.model.Page;
import guanxi.model.PageResult;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Test helper for the hand-made layout pages: reads a page's text and asserts that every character is accounted for
 * ({@link Accounting}), so no layout test can pass by losing text; and the reading of each story a layout test checks.
 */
final class PageReads {
    private PageReads() {
    }

    /** A story as the layout tests check it: headline, date and byline. */
    record Seen(String title, String date, List<String> reporters) {
    }

    /** Reads {@code text} as a page and asserts that nothing on it was lost or invented. */
    static PageResult readAccounted(PageReader reader, String text) {
        Page page = new Page("t.txt", text);
        PageResult result = reader.read(page);
        assertThat(Accounting.ofResult(reader, page, result)).as("every character accounted for")
                .isEqualTo(Accounting.ofPage(page));
        return result;
    }

    static List<Seen> seen(PageResult r) {
        return r.stories().stream().map(s -> new Seen(s.title(), s.date(), s.reporters())).toList();
    }
}
