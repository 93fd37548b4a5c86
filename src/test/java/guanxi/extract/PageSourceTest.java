package guanxi.extract;

import guanxi.model.ExtractedPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one page stream of extract, load, import, serve and bench: a page with a bad byte loads and is named with the
 * offset, a page in which no story is found or a file that is no page is rejected with one line naming it, and the
 * others go on, in file order however the stream reads (all cores, a small window, chunks with or without overlap).
 */
class PageSourceTest {

    @Test
    void aRepairedPageLoadsWithANoteAndAPageWithoutStoriesIsRejected(@TempDir Path dir) throws Exception {
        String text = "青禾县举行项目签约仪式\n\n本报讯 5月8日，青禾县与远航新材料有限公司签订合作协议，县长钱永安出席签约仪式。\n";
        byte[] good = text.getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[good.length + 1];
        System.arraycopy(good, 0, bad, 0, 6);
        bad[6] = (byte) 0xFE;
        System.arraycopy(good, 6, bad, 7, good.length - 6);
        Path repaired = Files.write(dir.resolve("a.txt"), bad);
        Path runOn = Files.writeString(dir.resolve("b.txt"), "甲乙丙丁戊己庚辛壬癸".repeat(300));
        Path clean = Files.write(dir.resolve("c.txt"), good);

        List<String> docs = new ArrayList<>();
        try (PageSource pages = PageSource.of(List.of(dir))) {
            for (ExtractedPage page : pages) {
                docs.add(page.doc());
            }
            assertThat(docs).containsExactly("a.txt", "c.txt");
            assertThat(pages.setAside()).containsExactly(repaired
                    + ": bad UTF-8 byte at offset 6 replaced by U+FFFD (the rest of the page read as UTF-8)");
            assertThat(pages.rejected()).containsExactly(runOn + ": rejected: no story found: a line of 3000 "
                    + "characters with no sentence end (。！？), not newspaper text");
        }
        assertThat(clean).exists();
    }

    private static final List<String> COUNTIES = List.of("青禾", "桐溪", "枫林", "蓝湾", "远山");

    /** Five pages, each of one story about a different county, around a binary file and a page without a story. */
    private static List<Path> pages(Path dir) throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < COUNTIES.size(); i++) {
            String county = COUNTIES.get(i) + "县";
            files.add(Files.writeString(dir.resolve("p" + i + ".txt"), county + "举行项目签约仪式\n\n本报讯 6月1" + i + "日，"
                    + county + "与华拓电子有限公司签订投资协议，县长韦立新出席签约仪式。\n", StandardCharsets.UTF_8));
            if (i == 1) {
                files.add(Files.write(dir.resolve("p1b.txt"), new byte[]{0, 1, 2, (byte) 0xff, 0, 0, 0}));
            }
            if (i == 3) {
                files.add(Files.writeString(dir.resolve("p3b.txt"), "子丑寅卯辰巳午未申酉".repeat(300)));
            }
        }
        return files;
    }

    @Test
    void everyReadingGivesTheSamePagesAndRejectionsInFileOrder(@TempDir Path dir) throws Exception {
        List<Path> files = pages(dir);
        List<PageSource.Reading> readings = List.of(PageSource.Reading.allCores(),
                new PageSource.Reading(2, 2, true, null),
                PageSource.Reading.onThreads(2).inChunks(3, false),
                PageSource.Reading.onThreads(2).inChunks(2, true));
        for (PageSource.Reading reading : readings) {
            List<String> docs = new ArrayList<>();
            try (PageSource source = PageSource.of(files, reading)) {
                for (ExtractedPage page : source) {
                    docs.add(page.doc());
                }
                assertThat(docs).as(reading.toString()).containsExactly("p0.txt", "p1.txt", "p2.txt", "p3.txt", "p4.txt");
                assertThat(source.rejected()).as(reading.toString()).hasSize(2);
                assertThat(source.rejected().get(0)).startsWith(files.get(2) + ": rejected: ");
                assertThat(source.rejected().get(1)).startsWith(files.get(5) + ": rejected: no story found");
                assertThat(source.read()).isEqualTo(7);
                assertThat(source.waitedNanos()).isPositive();
            }
        }
    }

    @Test
    void outcomesComeOnePerFileInFileOrderWithTheYearAskedFor(@TempDir Path dir) throws Exception {
        List<Path> files = pages(dir);
        List<PageSource.Outcome> outcomes = new ArrayList<>();
        try (PageSource source = PageSource.of(files, new PageSource.Reading(2, 2, true, 2021))) {
            source.outcomes().forEachRemaining(outcomes::add);
            assertThat(source.rejected()).hasSize(2);
        }
        assertThat(outcomes).extracting(PageSource.Outcome::file).isEqualTo(files);
        assertThat(outcomes).extracting(o -> o.page() == null).containsExactly(false, false, true, false, false, true, false);
        assertThat(outcomes.get(2).rejected()).startsWith(files.get(2) + ": rejected: ");
        assertThat(outcomes.get(0).page().extractions().getFirst().story().date()).isEqualTo("2021-06-10");
        assertThat(outcomes.get(6).page().extractions().getFirst().story().date()).isEqualTo("2021-06-14");

        try (PageSource source = PageSource.of(files.subList(0, 1), PageSource.Reading.onThreads(1))) {
            assertThat(source.iterator().next().extractions().getFirst().story().date()).isEqualTo("06-10");
        }
    }

    @Test
    void withoutOverlapTheConsumerWaitsForWholeChunks(@TempDir Path dir) throws Exception {
        List<Path> files = pages(dir);
        try (PageSource source = PageSource.of(files, PageSource.Reading.onThreads(2).inChunks(4, false))) {
            var pages = source.outcomes();
            pages.next();
            long firstChunk = source.waitedNanos();
            assertThat(firstChunk).isPositive();
            // The other three outcomes of the first chunk are ready: taking them waits for no extraction.
            pages.next();
            pages.next();
            pages.next();
            long taken = source.waitedNanos() - firstChunk;
            pages.next();
            long secondChunk = source.waitedNanos() - firstChunk - taken;
            assertThat(taken).isLessThan(secondChunk);
        }
    }
}
