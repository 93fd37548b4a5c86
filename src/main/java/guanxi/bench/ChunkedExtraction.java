package guanxi.bench;

import guanxi.extract.Pipeline;
import guanxi.model.ExtractedPage;
import guanxi.page.PageFiles;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Pages extracted on demand for a consumer such as the graph loader: reads page files, produces
 * {@link ExtractedPage}s in page order. When the consumer has taken every page of the current chunk, the next
 * chunk is extracted on all the pool's threads while the consumer waits, so extraction and loading alternate
 * and each can be timed alone: {@link #extractNanos()} is the time spent extracting so far. At most one chunk
 * of results is held. A page that fails is skipped and counted.
 */
final class ChunkedExtraction implements Iterable<ExtractedPage> {

    private final List<Path> pages;
    private final int chunkPages;
    private final Pipeline pipeline;
    private final ExecutorService pool;
    private final PrintStream progress;
    private long extractNanos;
    private long extractCpuNanos;
    private int failed;

    ChunkedExtraction(List<Path> pages, int chunkPages, Pipeline pipeline, ExecutorService pool, PrintStream progress) {
        this.pages = pages;
        this.chunkPages = Math.max(1, chunkPages);
        this.pipeline = pipeline;
        this.pool = pool;
        this.progress = progress;
    }

    /** Wall time spent extracting chunks so far (the consumer was waiting meanwhile). */
    long extractNanos() {
        return extractNanos;
    }

    /** CPU time the whole process spent while chunks were being extracted. */
    long extractCpuNanos() {
        return extractCpuNanos;
    }

    int failed() {
        return failed;
    }

    @Override
    public Iterator<ExtractedPage> iterator() {
        return new Iterator<>() {
            private final ArrayDeque<ExtractedPage> ready = new ArrayDeque<>();
            private int next;

            @Override
            public boolean hasNext() {
                while (ready.isEmpty() && next < pages.size()) {
                    int end = Math.min(pages.size(), next + chunkPages);
                    ready.addAll(extract(pages.subList(next, end)));
                    next = end;
                }
                return !ready.isEmpty();
            }

            @Override
            public ExtractedPage next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return ready.removeFirst();
            }
        };
    }

    /** Extracts {@code chunk} on all the pool's threads; the pages that failed are left out. */
    List<ExtractedPage> extract(List<Path> chunk) {
        long t = System.nanoTime();
        long cpu = Benchmark.processCpuNanos();
        List<Callable<ExtractedPage>> tasks = chunk.stream()
                .<Callable<ExtractedPage>>map(p -> () -> pipeline.process(PageFiles.read(p))).toList();
        List<ExtractedPage> out = new java.util.ArrayList<>(chunk.size());
        try {
            for (Future<ExtractedPage> done : pool.invokeAll(tasks)) {
                try {
                    out.add(done.get());
                } catch (ExecutionException e) {
                    // One broken page never stops the others; the count is printed.
                    failed++;
                    progress.println("bench: page skipped: " + e.getCause().getMessage());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while extracting", e);
        }
        extractNanos += System.nanoTime() - t;
        extractCpuNanos += Benchmark.processCpuNanos() - cpu;
        return out;
    }
}
