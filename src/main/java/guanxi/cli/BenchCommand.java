package guanxi.cli;

import guanxi.bench.Benchmark;
import guanxi.bench.Figures;
import guanxi.graph.GraphLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code guanxi bench}: the whole pipeline measured in one process, figures as {@code key=value} lines on
 * standard output, progress on standard error.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Generate a corpus (or use --corpus), then measure in one process: the bare segmenter, "
                + "extraction on one thread and on all threads, the load into a fresh embedded Neo4j in a "
                + "temporary folder, and every saved report. Prints one key=value figure per line.")
public final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Stack traces of unexpected errors ({@link Failures}). */
    @picocli.CommandLine.Mixin
    Verbose verbose;

    @Option(names = "--stories", paramLabel = "N", defaultValue = "1000",
            description = "Stories to generate (default: ${DEFAULT-VALUE}).")
    int stories;

    @Option(names = "--threads", paramLabel = "T",
            description = "Extraction threads for the all-cores figures and the load (default: all cores).")
    Integer threads;

    @Option(names = "--runs", paramLabel = "R", defaultValue = "5",
            description = "Timed runs of each saved report, after one untimed run (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--batch", paramLabel = "STORIES",
            description = "Stories per load transaction (default: the loader's, " + GraphLoader.DEFAULT_BATCH_STORIES + ").")
    Integer batch;

    @Option(names = "--page-cache", paramLabel = "SIZE", defaultValue = "auto",
            description = "Page cache of the embedded Neo4j, off the Java heap (default: ${DEFAULT-VALUE}: on the "
                    + "imported graph what serve would give it, the store and a quarter more; 1g for the load from scratch).")
    String pageCache;

    @Option(names = "--corpus", paramLabel = "DIR", description = "Measure these pages instead of a generated corpus.")
    Path corpus;

    @Option(names = "--work", paramLabel = "DIR",
            description = "Where the temporary corpus and Neo4j store go (default: the system temp folder).")
    Path work;

    @Option(names = "--keep", description = "Keep the temporary corpus and Neo4j store.")
    boolean keep;

    @Option(names = "--report-budget", paramLabel = "SECONDS", defaultValue = "60",
            description = "A report whose untimed run takes longer is not repeated; that run is its only sample "
                    + "(default: ${DEFAULT-VALUE}).")
    double reportBudget;

    @Option(names = "--overlap", description = "Extract the next chunk of pages while the loader writes the current "
            + "one: faster end to end, but the load figures then include sharing the cores with extraction.")
    boolean overlap;

    @Option(names = "--extraction-only", description = "Measure only the bare segmenter and extraction on one thread "
            + "(extract_vs_segmenter); skip the all-threads run, the loads and the reports.")
    boolean extractionOnly;

    @Option(names = "--tx-load-stories", paramLabel = "N", defaultValue = "100000",
            description = "The transactional load from scratch reads the corpus's first pages up to about N stories; "
                    + "0 reads all (default: ${DEFAULT-VALUE}). The daily update measures the loader on the full graph.")
    int txLoadStories;

    @Option(names = "--tx-load-only", description = "Measure only the transactional load from scratch (the tx_load_* "
            + "figures); skip the segmenter, extraction, the bulk import, the reports and the daily update. "
            + "With --corpus every page loads (--tx-load-stories needs the bulk import's story count).")
    boolean txLoadOnly;

    @Override
    public Integer call() throws IOException {
        int cores = Runtime.getRuntime().availableProcessors();
        int t = threads == null ? cores : threads;
        if (stories < 1 || t < 1 || runs < 1 || (batch != null && batch < 1)) {
            throw new ParameterException(spec.commandLine(), "--stories, --threads, --runs and --batch must be at least 1");
        }
        if (!guanxi.graph.PageCache.valid(pageCache)) {
            throw new ParameterException(spec.commandLine(), "--page-cache takes auto or a size such as 1g, not " + pageCache);
        }
        if (extractionOnly && txLoadOnly) {
            throw new ParameterException(spec.commandLine(), "--extraction-only and --tx-load-only exclude each other");
        }
        if (txLoadStories < 0) {
            throw new ParameterException(spec.commandLine(), "--tx-load-stories must be 0 or more");
        }
        Path workDir = work != null ? work : Path.of(System.getProperty("java.io.tmpdir"));
        Benchmark.Options options = new Benchmark.Options(stories, seed, t, runs,
                batch == null ? GraphLoader.DEFAULT_BATCH_STORIES : batch, pageCache, corpus, workDir, keep, overlap, reportBudget,
                extractionOnly, txLoadStories, txLoadOnly);
        // The embedded server logs to standard output; the figures alone go there, so scripts can read them.
        PrintStream stdout = System.out;
        System.setOut(System.err);
        Figures figures;
        try {
            figures = new Benchmark(options, System.err).run();
        } finally {
            System.setOut(stdout);
        }
        figures.print(spec.commandLine().getOut());
        return Main.OK;
    }
}
