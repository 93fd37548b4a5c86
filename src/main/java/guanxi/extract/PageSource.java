package guanxi.extract;

import guanxi.model.ExtractedPage;
import guanxi.model.Page;
import guanxi.page.PageFiles;
import guanxi.page.PageReader;
import guanxi.page.RejectedInputException;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Page files as a stream of extracted pages: the one extraction stage every command reads pages through
 * ({@code extract}, {@code load}, {@code import}, {@code serve}, {@code bench}). Reads each file
 * ({@link PageFiles#read}), extracts it ({@link Pipeline}), rejects a page in which no story is found
 * ({@link PageReader#whyNoStory}) and checks what it found against {@link FactLimits}; produces one {@link Outcome}
 * per file, in file order, extracted a bounded number of files ahead on a pool of threads, so a large corpus is never
 * held in memory. A file that is not a page, a page without a story, or a page the extractor fails on is rejected with
 * its one-line reason ({@link #rejected()}); it never stops the others. The account (rejected files, repaired bytes,
 * facts set aside) is kept as outcomes are handed over, so its lines come in file order.
 *
 * <p>{@link #iterator()} gives the pages alone, for the loader and the bulk import; {@link #outcomes()} gives every
 * file's outcome, for {@code extract}, which writes each page's stories and names each rejected file as it goes.
 */
public final class PageSource extends InputLedger {

    /**
     * How the stream reads.
     *
     * @param threads extraction threads
     * @param ahead   files extracted ahead of the consumer at most (a bound on the pages held)
     * @param overlap whether extraction goes on while the consumer works: with it, the window of {@code ahead} files is
     *                topped up at every page taken; without it, {@code ahead} files are extracted only when the
     *                consumer has taken all the previous ones, and the consumer waits meanwhile: extraction and
     *                consumer alternate, so each can be timed alone ({@link #waitedNanos()})
     * @param year    the issue year of every page ({@code extract --year}), or null for the year each page gives
     */
    public record Reading(int threads, int ahead, boolean overlap, Integer year) {

        public Reading {
            threads = Math.max(1, threads);
            ahead = Math.max(1, ahead);
        }

        /** On every core, eight files a thread ahead, extracting while the consumer works. */
        public static Reading allCores() {
            return onThreads(Runtime.getRuntime().availableProcessors());
        }

        /** On {@code threads} threads, eight files a thread ahead, extracting while the consumer works. */
        public static Reading onThreads(int threads) {
            return new Reading(threads, Math.max(1, threads) * 8, true, null);
        }

        /**
         * Pages a chunk of {@code pages} at a time: without overlap, the next chunk is extracted only when the consumer
         * has taken the current one; with overlap, while the consumer works on it (two chunks held at most).
         */
        public Reading inChunks(int pages, boolean overlap) {
            return new Reading(threads, overlap ? 2 * pages : pages, overlap, year);
        }

        public Reading withYear(Integer year) {
            return new Reading(threads, ahead, overlap, year);
        }
    }

    /**
     * What became of one file: its page (what {@link FactLimits} lets through) with the notes of reading it (a bad
     * byte replaced) and what was set aside, or the one line that says why it was rejected ({@code failure} holds the
     * exception when the extractor itself failed, for a stack trace).
     */
    public record Outcome(Path file, ExtractedPage page, List<String> notes, List<String> setAside, String rejected,
                          RuntimeException failure) {

        static Outcome rejected(Path file, String line, RuntimeException failure) {
            return new Outcome(file, null, List.of(), List.of(), line, failure);
        }
    }

    private final Reading reading;
    private final Pipeline pipeline = new Pipeline();
    private final ExecutorService pool;
    private volatile long waitedNanos;
    private volatile long cpuWhileWaitingNanos;

    private PageSource(List<Path> files, Reading reading) {
        super(files);
        this.reading = reading;
        this.pool = Executors.newFixedThreadPool(reading.threads());
    }

    /** These page files, in this order, read as {@code reading} says. */
    public static PageSource of(List<Path> files, Reading reading) {
        return new PageSource(files, reading);
    }

    /** Files given or found in the given folders ({@link PageFiles#expand}), extracted on all cores. */
    public static PageSource of(List<Path> paths) {
        return of(paths, Set.of());
    }

    /** As {@link #of(List)}, leaving out files whose names (docs) the graph already holds. */
    public static PageSource of(List<Path> paths, Set<String> skipDocs) {
        List<Path> files = PageFiles.expand(paths).stream()
                .filter(f -> !skipDocs.contains(f.getFileName().toString())).toList();
        return new PageSource(files, Reading.allCores());
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

    /** Wall time the consumer has spent waiting for pages so far (without overlap: the extraction's own time). */
    public long waitedNanos() {
        return waitedNanos;
    }

    /**
     * CPU time of the whole process while the consumer waited; without overlap the extraction's own cost, as the
     * consumer does nothing meanwhile (0 where the JVM cannot tell).
     */
    public long cpuWhileWaitingNanos() {
        return cpuWhileWaitingNanos;
    }

    /** The pages of the files that were not rejected, in file order. */
    @Override
    public Iterator<ExtractedPage> iterator() {
        Iterator<Outcome> outcomes = outcomes();
        return new Pages() {
            @Override
            ExtractedPage read() {
                while (outcomes.hasNext()) {
                    Outcome outcome = outcomes.next();
                    if (outcome.page() != null) {
                        return outcome.page();
                    }
                }
                return null;
            }
        };
    }

    /** Every file's outcome, in file order, each accounted for ({@link #rejected()}, {@link #setAside()}) as it is taken. */
    public Iterator<Outcome> outcomes() {
        return new Iterator<>() {
            private final Deque<CompletableFuture<Outcome>> inFlight = new ArrayDeque<>();
            private int submitted;

            @Override
            public boolean hasNext() {
                return !inFlight.isEmpty() || submitted < files().size();
            }

            @Override
            public Outcome next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                long t = System.nanoTime();
                long cpu = processCpuNanos();
                if (reading.overlap() || inFlight.isEmpty()) {
                    fill();
                }
                if (!reading.overlap()) {
                    // The whole chunk before the first of its pages: the consumer never runs beside extraction.
                    inFlight.forEach(CompletableFuture::join);
                }
                Outcome outcome = inFlight.poll().join();
                waitedNanos += System.nanoTime() - t;
                cpuWhileWaitingNanos += processCpuNanos() - cpu;
                account(outcome);
                return outcome;
            }

            private void fill() {
                while (inFlight.size() < reading.ahead() && submitted < files().size()) {
                    Path file = files().get(submitted++);
                    inFlight.add(CompletableFuture.supplyAsync(() -> extract(file), pool));
                }
            }
        };
    }

    private void account(Outcome outcome) {
        if (outcome.rejected() != null) {
            reject(outcome.rejected());
            return;
        }
        outcome.notes().forEach(note -> setAside(outcome.file() + ": " + note));
        if (!outcome.setAside().isEmpty()) {
            setAside(outcome.file() + ": set aside " + String.join("; ", outcome.setAside()));
        }
    }

    private Outcome extract(Path file) {
        try {
            Page page = PageFiles.read(file);
            if (reading.year() != null) {
                page = page.withYear(reading.year());
            }
            ExtractedPage extracted = pipeline.process(page);
            String none = PageReader.whyNoStory(page, extracted.page());
            if (none != null) {
                throw new RejectedInputException(file, none);
            }
            // What load would set aside is left out for extract too, so that extract shows what load loads.
            FactLimits.Checked checked = FactLimits.check(extracted);
            return new Outcome(file, checked.page(), page.notes(), checked.setAside(), null, null);
        } catch (RejectedInputException e) {
            return Outcome.rejected(file, e.getMessage(), null);
        } catch (RuntimeException e) {
            // A page the extractor fails on is a finding about that page; the others go on.
            return Outcome.rejected(file, file + ": extraction failed: " + e, e);
        }
    }

    /** CPU time of the whole process (all threads), or 0 where the JVM cannot tell. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean sun
                ? sun.getProcessCpuTime() : 0;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
