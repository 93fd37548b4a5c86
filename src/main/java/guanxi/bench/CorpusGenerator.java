package guanxi.bench;

import guanxi.bench.World.County;
import guanxi.model.Page;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;

/**
 * A seeded, deterministic corpus of county-newspaper pages for benchmarks: reads the templates and word
 * lists under {@code bench/} and produces pages holding {@code stories} stories in all, three to six per
 * page, with the seed pages' layout faults.
 *
 * <p>The corpus is a function of {@code (seed, stories)}: the same pair gives byte-identical pages. Each page
 * is built from its own random stream and the cast is computed on demand, so pages are produced one at a
 * time and nothing holds the corpus in memory.
 */
public final class CorpusGenerator implements Iterable<GeneratedPage> {

    private static final int MIN_STORIES_PER_PAGE = 3;
    private static final int MAX_STORIES_PER_PAGE = 6;
    private static final int FIRST_YEAR = 2015;
    private static final int YEARS = 11;

    private final long seed;
    private final int stories;
    /** Index of the first page: 0, or past a base corpus for {@link #update}. */
    private final int firstPage;
    private final World world;
    private final StoryWriter writer;
    private final PagePrinter layout;

    public CorpusGenerator(long seed, int stories) {
        this(seed, stories, PagePrinter.Faults.SEED_LIKE);
    }

    /** A corpus with other fault rates than the seed pages' (tests use it to isolate one fault). */
    CorpusGenerator(long seed, int stories, PagePrinter.Faults faults) {
        if (stories < 1) {
            throw new IllegalArgumentException("a corpus needs at least one story, got " + stories);
        }
        this.seed = seed;
        this.stories = stories;
        this.firstPage = 0;
        this.world = new World(seed, stories);
        this.writer = new StoryWriter(world);
        this.layout = new PagePrinter(faults);
    }

    private CorpusGenerator(CorpusGenerator base, int firstPage, int stories) {
        this.seed = base.seed;
        this.stories = stories;
        this.firstPage = firstPage;
        this.world = base.world;
        this.writer = base.writer;
        this.layout = base.layout;
    }

    /**
     * A daily update to this corpus: {@code more} stories on new pages (indexes from {@code firstPage}, the number
     * of pages this corpus wrote, so no file name repeats) from the same world, so the same counties, officials
     * and companies appear again, as in the next days' issues of the same papers.
     */
    public CorpusGenerator update(int firstPage, int more) {
        if (more < 1) {
            throw new IllegalArgumentException("an update needs at least one story, got " + more);
        }
        return new CorpusGenerator(this, firstPage, more);
    }

    public int stories() {
        return stories;
    }

    /** Pages in order, generated as they are asked for. */
    @Override
    public Iterator<GeneratedPage> iterator() {
        return new Iterator<>() {
            private int index = firstPage;
            private int left = stories;

            @Override
            public boolean hasNext() {
                return left > 0;
            }

            @Override
            public GeneratedPage next() {
                if (left <= 0) {
                    throw new NoSuchElementException();
                }
                GeneratedPage p = page(index++, left);
                left -= p.stories();
                return p;
            }
        };
    }

    /** The same pages as plain {@link Page}s, for code that takes pages from disk. */
    public Iterable<Page> pages() {
        return () -> new Iterator<>() {
            private final Iterator<GeneratedPage> it = iterator();

            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public Page next() {
                return it.next().page();
            }
        };
    }

    /** What {@link #write} put on disk. */
    public record Written(int pages, int stories, long chars) {
    }

    /**
     * Writes every page as a UTF-8 {@code .txt} file into {@code dir} (created if missing), plus
     * {@code MANIFEST.tsv} with each page's story count and titles, one page at a time.
     */
    public Written write(Path dir) throws IOException {
        Files.createDirectories(dir);
        int pages = 0;
        int count = 0;
        long chars = 0;
        try (BufferedWriter manifest = Files.newBufferedWriter(dir.resolve("MANIFEST.tsv"), StandardCharsets.UTF_8)) {
            manifest.write("doc\tstories\tchars\ttitles\n");
            for (GeneratedPage p : this) {
                Files.writeString(dir.resolve(p.page().doc()), p.page().text(), StandardCharsets.UTF_8);
                manifest.write(p.page().doc() + "\t" + p.stories() + "\t" + p.page().text().length() + "\t"
                        + String.join(" | ", p.titles()) + "\n");
                pages++;
                count += p.stories();
                chars += p.page().text().length();
            }
        }
        return new Written(pages, count, chars);
    }

    /** Page {@code index}, holding at most {@code maxStories} stories. */
    GeneratedPage page(int index, int maxStories) {
        long pageSeed = World.mix(seed, index);
        SplittableRandom rnd = new SplittableRandom(pageSeed);
        int n = Math.min(maxStories, MIN_STORIES_PER_PAGE + rnd.nextInt(MAX_STORIES_PER_PAGE - MIN_STORIES_PER_PAGE + 1));
        County county = world.county(rnd);
        LocalDate issue = LocalDate.of(FIRST_YEAR + rnd.nextInt(YEARS), 1, 1).plusDays(rnd.nextInt(365));
        List<StoryDraft> drafts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            drafts.add(writer.write(county, issue.minusDays(1 + rnd.nextInt(4)), rnd));
        }
        PagePrinter.Laid laid = layout.layout(drafts, rnd);
        String doc = String.format("gen_%06d_%016x.txt", index, pageSeed);
        return new GeneratedPage(new Page(doc, laid.text()), laid.titles());
    }
}
