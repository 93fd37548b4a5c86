package guanxi.graph;

import guanxi.model.ExtractedPage;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** How {@link BatchRows#batches} cuts a load into transactions: whole pages, and no tiny last batch. */
class BatchSizesTest {

    /** Pages of the given story counts, named p0.txt, p1.txt, ... */
    private static List<ExtractedPage> pages(int... stories) {
        List<ExtractedPage> pages = new ArrayList<>();
        for (int i = 0; i < stories.length; i++) {
            Pages page = Pages.page("p" + i + ".txt");
            for (int s = 0; s < stories[i]; s++) {
                page = page.story("第" + s + "条", "2030-01-0" + (1 + s % 9), "县长于承志调研第" + s + "条。").done();
            }
            pages.add(page.build());
        }
        return pages;
    }

    /** The story counts of the batches {@code pages} are cut into, batches of {@code stories}. */
    private static List<Integer> cut(List<ExtractedPage> pages, int stories) {
        List<Integer> sizes = new ArrayList<>();
        BatchRows.batches(pages, stories, batch -> sizes.add(batch.stream().mapToInt(p -> p.extractions().size()).sum()));
        return sizes;
    }

    @Test
    void aFewStoriesLeftAfterTheLastFullBatchJoinIt() {
        // 20 + 1: the one story left over (under a tenth of 20) rides with the full batch.
        assertThat(cut(pages(5, 5, 5, 5, 1), 20)).containsExactly(21);
        // 20 + 2 + 1: a tenth of 20 reached, so the last three stories are a batch of their own.
        assertThat(cut(pages(10, 10, 2, 1), 20)).containsExactly(20, 3);
        // Pages stay whole, a batch closes once it holds 20, and what is held after it starts the next.
        assertThat(cut(pages(7, 7, 7, 7, 7, 7, 1), 20)).containsExactly(21, 22);
        assertThat(cut(pages(3, 3), 20)).containsExactly(6);
        assertThat(cut(pages(), 20)).isEmpty();
    }

    @Test
    void everyPageIsHandedOnceInOrder() {
        List<ExtractedPage> pages = pages(IntStream.range(0, 50).map(i -> 1 + i % 4).toArray());
        List<String> seen = new ArrayList<>();
        BatchRows.batches(pages, 10, batch -> batch.forEach(p -> seen.add(p.doc())));
        assertThat(seen).isEqualTo(pages.stream().map(ExtractedPage::doc).toList());
    }
}
