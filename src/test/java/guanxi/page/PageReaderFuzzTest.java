package guanxi.page;

import guanxi.model.NoiseLine;
import guanxi.model.Page;
import guanxi.model.PageResult;
import guanxi.model.Sentence;
import guanxi.model.Story;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Thousands of generated pages ({@link FuzzPages}, fixed seed). Whatever the layout, the reader must not throw,
 * must account for every character, and must give well-formed, repeatable stories (every tenth page
 * is read twice).
 */
class PageReaderFuzzTest {
    private static final int PAGES = 2000;

    private final PageReader reader = new PageReader();

    @Test
    void generatedPagesNeverLoseACharacterOrThrow() throws IOException {
        List<String> pool = FuzzPages.linePool();
        Random random = new Random(20231117L);
        for (int n = 0; n < PAGES; n++) {
            String text = FuzzPages.page(pool, random);
            Page page = new Page("fuzz-" + n + ".txt", text);
            PageResult result;
            try {
                result = reader.read(page);
            } catch (RuntimeException e) {
                throw new AssertionError("page " + n + " threw on:\n" + text, e);
            }
            check(page, result, n);
        }
    }

    private void check(Page page, PageResult result, int n) {
        String where = "page " + n + ":\n" + page.text();
        assertThat(Accounting.ofResult(reader, page, result)).as(where).isEqualTo(Accounting.ofPage(page));
        if (n % 10 == 0) {
            assertThat(reader.read(page)).as(where).isEqualTo(result);
        }
        Set<String> ids = new HashSet<>();
        String[] lines = page.text().split("\n", -1);
        for (Story s : result.stories()) {
            assertThat(s.id()).as(where).matches("[0-9a-f]{16}");
            if (!ids.add(s.id())) {
                fail("duplicate id " + s.id() + " on " + where);
            }
            int previousEnd = 0;
            for (int i = 0; i < s.sentences().size(); i++) {
                Sentence x = s.sentences().get(i);
                assertThat(x.index()).as(where).isEqualTo(i);
                assertThat(x.start()).as(where).isGreaterThanOrEqualTo(previousEnd).isLessThan(x.end());
                assertThat(s.text().substring(x.start(), x.end())).as(where).isEqualTo(x.text());
                previousEnd = x.end();
            }
            assertThat(s.date()).as(where).satisfiesAnyOf(
                    d -> assertThat(d).isNull(), d -> assertThat(d).matches("([0-9]{4}-)?[0-9]{2}-[0-9]{2}"));
        }
        for (NoiseLine d : result.discarded()) {
            // A hard-wrapped page joins a full line with the next, so a discarded line starts with its own.
            assertThat(d.text()).as(where).startsWith(lines[d.line() - 1].strip());
        }
    }
}
