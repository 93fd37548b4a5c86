package guanxi.graph;

import guanxi.extract.Pipeline;
import guanxi.model.ExtractedPage;
import guanxi.page.PageFiles;
import guanxi.page.RejectedInputException;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Page files as a stream of extracted pages for the loader: reads and extracts a bounded window of files ahead on
 * all cores, in file order, so a large corpus is never held in memory. A file that is not a page, or a page in which
 * no story is found, is skipped and remembered with its one-line reason ({@link #rejected()}); it never stops the
 * others.
 */
public final class PageSource extends InputLedger {

    private final Pipeline pipeline;
    private final ExecutorService pool;
    private final int window;

    public PageSource(List<Path> files, Pipeline pipeline, int threads) {
        super(files);
        this.pipeline = pipeline;
        this.pool = Executors.newFixedThreadPool(Math.max(1, threads));
        this.window = Math.max(1, threads) * 8;
    }

    /** Files given or found in the given folders ({@link PageFiles#expand}), extracted on all cores. */
    public static PageSource of(List<Path> paths) {
        return of(paths, java.util.Set.of());
    }

    /** As {@link #of(List)}, leaving out files whose names (docs) the graph already holds. */
    public static PageSource of(List<Path> paths, java.util.Set<String> skipDocs) {
        List<Path> files = PageFiles.expand(paths).stream()
                .filter(f -> !skipDocs.contains(f.getFileName().toString())).toList();
        return new PageSource(files, new Pipeline(), Runtime.getRuntime().availableProcessors());
    }

    @Override
    public int size() {
        return files().size();
    }

    @Override
    public String unit() {
        return "files";
    }

    @Override
    public int read() {
        return files().size();
    }

    @Override
    public Iterator<ExtractedPage> iterator() {
        return new Pages() {
            private final Deque<CompletableFuture<ExtractedPage>> ahead = new ArrayDeque<>();
            private int submitted;

            private void fill() {
                while (ahead.size() < window && submitted < files().size()) {
                    Path file = files().get(submitted++);
                    ahead.add(CompletableFuture.supplyAsync(() -> extract(file), pool));
                }
            }

            @Override
            ExtractedPage read() {
                while (true) {
                    fill();
                    if (ahead.isEmpty()) {
                        return null;
                    }
                    ExtractedPage page = ahead.poll().join();
                    if (page != null) {
                        return page; // a rejected file gave null and was noted: go on to the next
                    }
                }
            }
        };
    }

    private ExtractedPage extract(Path file) {
        try {
            guanxi.model.Page page = PageFiles.read(file);
            ExtractedPage extracted = pipeline.process(page);
            String none = guanxi.page.PageReader.whyNoStory(page, extracted.page());
            if (none != null) {
                throw new RejectedInputException(file, none);
            }
            FactLimits.Checked checked = FactLimits.check(extracted);
            page.notes().forEach(note -> setAside(file + ": " + note));
            if (!checked.setAside().isEmpty()) {
                setAside(file + ": set aside " + String.join("; ", checked.setAside()));
            }
            return checked.page();
        } catch (RejectedInputException e) {
            reject(e.getMessage());
            return null;
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
