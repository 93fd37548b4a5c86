package guanxi.bench;

import guanxi.extract.Pipeline;
import guanxi.model.ExtractedPage;
import guanxi.page.PageFiles;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Pages extracted on demand for a consumer such as the graph loader: reads page files, produces
 * {@link ExtractedPage}s in page order, a chunk at a time on all the pool's threads. A page that fails is
 * skipped and counted.
 *
 * <p>Without overlap, the next chunk is extracted only when the consumer has taken the current one, while
 * the consumer waits: extraction and consumption alternate and each can be timed alone. With overlap, the
 * next chunk is extracted while the consumer works on the current one (two chunks held at most): faster end
 * to end on few cores, but the consumer's own time then includes sharing the CPU with extraction.
 * {@link #waitedNanos()} is the time the consumer spent waiting for pages either way.
 */
final class ChunkedExtraction implements Iterable<ExtractedPage>, AutoCloseable {

    private final List<Path> pages;
    private final int chunkPages;
    private final Pipeline pipeline;
    private final ExecutorService pool;
    private final PrintStream progress;
    private final boolean overlap;
    private final ExecutorService ahead;
    private volatile long waitedNanos;
    private volatile long extractNanos;
    private volatile long extractCpuNanos;
    private volatile int failed;

    ChunkedExtraction(List<Path> pages, int chunkPages, Pipeline pipeline, ExecutorService pool, PrintStream progress,
                      boolean overlap) {
        this.pages = pages;
        this.chunkPages = Math.max(1, chunkPages);
        this.pipeline = pipeline;
        this.pool = pool;
        this.progress = progress;
        this.overlap = overlap;
        this.ahead = overlap ? Executors.newSingleThreadExecutor() : null;
    }

    /** Wall time the consumer spent waiting for extraction so far. */
    long waitedNanos() {
        return waitedNanos;
    }

    /** Wall time spent extracting chunks (overlapping the consumer's work with overlap). */
    long extractNanos() {
        return extractNanos;
    }

    /**
     * CPU time the whole process spent while chunks were being extracted; the extraction's own cost only
     * without overlap (with overlap the consumer runs meanwhile).
     */
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
            private Future<List<ExtractedPage>> pending;
            private int next;

            @Override
            public boolean hasNext() {
                while (ready.isEmpty()) {
                    if (pending == null && next >= pages.size()) {
                        return false;
                    }
                    // Without overlap, start() extracts right here: that is waiting too.
                    long t = System.nanoTime();
                    if (pending == null) {
                        pending = start(nextChunk());
                    }
                    List<ExtractedPage> chunk = join(pending);
                    waitedNanos += System.nanoTime() - t;
                    pending = overlap && next < pages.size() ? start(nextChunk()) : null;
                    ready.addAll(chunk);
                }
                return true;
            }

            @Override
            public ExtractedPage next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return ready.removeFirst();
            }

            private List<Path> nextChunk() {
                int end = Math.min(pages.size(), next + chunkPages);
                List<Path> chunk = pages.subList(next, end);
                next = end;
                return chunk;
            }
        };
    }

    private Future<List<ExtractedPage>> start(List<Path> chunk) {
        return overlap ? ahead.submit(() -> extract(chunk)) : CompletableFuture.completedFuture(extract(chunk));
    }

    private static List<ExtractedPage> join(Future<List<ExtractedPage>> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while extracting", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("extraction failed: " + e.getCause().getMessage(), e.getCause());
        }
    }

    /** Extracts {@code chunk} on all the pool's threads; the pages that failed are left out. */
    List<ExtractedPage> extract(List<Path> chunk) {
        long t = System.nanoTime();
        long cpu = Benchmark.processCpuNanos();
        List<Callable<ExtractedPage>> tasks = chunk.stream()
                .<Callable<ExtractedPage>>map(p -> () -> pipeline.process(PageFiles.read(p))).toList();
        List<ExtractedPage> out = new ArrayList<>(chunk.size());
        int broken = 0;
        try {
            for (Future<ExtractedPage> done : pool.invokeAll(tasks)) {
                try {
                    out.add(done.get());
                } catch (ExecutionException e) {
                    // One broken page never stops the others; the count is printed.
                    broken++;
                    progress.println("bench: page skipped: " + e.getCause().getMessage());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while extracting", e);
        }
        synchronized (this) {
            failed += broken;
            extractCpuNanos += Benchmark.processCpuNanos() - cpu;
            extractNanos += System.nanoTime() - t;
        }
        return out;
    }

    @Override
    public void close() {
        if (ahead != null) {
            ahead.shutdownNow();
        }
    }
}
