package guanxi.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CorpusGeneratorTest {

    private static List<GeneratedPage> all(long seed, int stories) {
        List<GeneratedPage> out = new ArrayList<>();
        new CorpusGenerator(seed, stories).forEach(out::add);
        return out;
    }

    private static String corpusText(List<GeneratedPage> pages) {
        StringBuilder s = new StringBuilder();
        pages.forEach(p -> s.append(p.page().text()).append('\n'));
        return s.toString();
    }

    @Test
    void anUpdateContinuesTheCorpusPageNumberingInTheSameWorld() {
        CorpusGenerator base = new CorpusGenerator(5, 300);
        List<GeneratedPage> archive = all(5, 300);
        List<GeneratedPage> update = new ArrayList<>();
        base.update(archive.size(), 40).forEach(update::add);
        assertThat(update.stream().mapToInt(GeneratedPage::stories).sum()).isEqualTo(40);
        // The pages the base corpus would print next, with the base's cast: no file name of the archive repeats.
        int left = 40;
        for (int i = 0; i < update.size(); i++) {
            GeneratedPage next = base.page(archive.size() + i, left);
            assertThat(update.get(i)).isEqualTo(next);
            left -= next.stories();
        }
        assertThat(update).extracting(p -> p.page().doc())
                .doesNotContainAnyElementsOf(archive.stream().map(p -> p.page().doc()).toList());
    }

    @Test
    void sameSeedGivesIdenticalPages() {
        List<GeneratedPage> a = all(7, 300);
        List<GeneratedPage> b = all(7, 300);
        assertThat(b).isEqualTo(a);
    }

    @Test
    void differentSeedsGiveDifferentPages() {
        List<GeneratedPage> a = all(7, 300);
        List<GeneratedPage> b = all(8, 300);
        long same = 0;
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            if (a.get(i).page().text().equals(b.get(i).page().text())) {
                same++;
            }
        }
        assertThat(same).isZero();
        assertThat(a.getFirst().page().doc()).isNotEqualTo(b.getFirst().page().doc());
    }

    @Test
    void pagesHoldExactlyTheRequestedNumberOfStories() {
        for (int n : new int[]{1, 2, 5, 997}) {
            List<GeneratedPage> pages = all(3, n);
            assertThat(pages.stream().mapToInt(GeneratedPage::stories).sum()).as("stories for n=%d", n).isEqualTo(n);
            assertThat(pages).allSatisfy(p -> assertThat(p.stories()).isBetween(1, 6));
            assertThat(pages.stream().map(p -> p.page().doc()).distinct().count()).isEqualTo(pages.size());
        }
    }

    @Test
    void storiesAreSeedSized() {
        List<GeneratedPage> pages = all(11, 500);
        long chars = pages.stream().mapToLong(p -> p.page().text().length()).sum();
        // The five seed pages hold 19 stories in about 16,000 characters.
        assertThat(chars / 500).isBetween(600L, 1100L);
    }

    @Test
    void everyTitleIsPrintedOnItsPage() {
        for (GeneratedPage p : all(5, 400)) {
            for (String title : p.titles()) {
                String headline = title.contains(" ") ? title.substring(0, title.indexOf(' ')) : title;
                assertThat(p.page().text()).as(p.page().doc()).contains(headline);
            }
        }
    }

    @Test
    void corpusCarriesTheSeedPagesLayoutFaults() {
        List<GeneratedPage> pages = all(1, 600);
        String text = corpusText(pages);
        assertThat(Pattern.compile("(?m)^—— \\S{5,7} ——$").matcher(text).find()).as("stray OCR rule").isTrue();
        assertThat(text).as("OCR placeholder in a name").contains("口");
        assertThat(text).as("runs of blank lines").contains("\n\n\n\n");
        assertThat(Pattern.compile("(?m)^\\d{1,2}月\\d{1,2}日[，,]").matcher(text).find()).as("story without 本报讯").isTrue();
        assertThat(Pattern.compile("\\p{IsHan}\n\n\\p{IsHan}[^\n]{0,200}[。，,]").matcher(text).find()).as("sentence broken mid-word").isTrue();
        assertThat(pages).as("half-width pages").anySatisfy(p -> assertThat(p.page().text()).contains(",").doesNotContain("，"));
        assertThat(pages).as("full-width pages").anySatisfy(p -> assertThat(p.page().text()).contains("，").doesNotContain(","));
    }

    @Test
    void writesOneFilePerPageAndAManifest(@TempDir Path dir) throws IOException {
        CorpusGenerator g = new CorpusGenerator(9, 40);
        CorpusGenerator.Written w = g.write(dir);
        List<GeneratedPage> pages = all(9, 40);
        assertThat(w.stories()).isEqualTo(40);
        assertThat(w.pages()).isEqualTo(pages.size());
        for (GeneratedPage p : pages) {
            assertThat(Files.readString(dir.resolve(p.page().doc()), StandardCharsets.UTF_8)).isEqualTo(p.page().text());
        }
        List<String> manifest = Files.readAllLines(dir.resolve("MANIFEST.tsv"), StandardCharsets.UTF_8);
        assertThat(manifest).hasSize(pages.size() + 1);
        assertThat(manifest.get(1)).startsWith(pages.getFirst().page().doc() + "\t" + pages.getFirst().stories() + "\t");
    }

    @Test
    void rejectsAnEmptyCorpus() {
        assertThatThrownBy(() -> new CorpusGenerator(1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
