package guanxi.cli;

import guanxi.extract.PageSource;
import guanxi.extract.Pipeline;
import guanxi.graph.EmbeddedNeo4j;
import guanxi.graph.PageCache;
import guanxi.graph.GraphLoader;
import guanxi.graph.LoadProgress;
import guanxi.graph.Neo4jConnection;
import guanxi.page.PageFiles;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.Neo4jException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * {@code guanxi serve}: an embedded Neo4j with Browser, loaded with the given pages, running until interrupted.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {
                "Run the graph with Neo4j Browser on this machine until Ctrl-C.",
                "Starts Neo4j in this process (HTTP and Bolt on 127.0.0.1), loads the pages (default seeds/) that",
                "the data folder does not hold yet, then prints the one address to open: http://localhost:PORT/",
                "opens the Browser connected, with guanxi's style and guide. Neo4j's own log is in DIR/logs/.",
                "A busy data folder or port is named at once (change --data, --http-port or --bolt-port).",
                "Data lives in --data and survives restarts; `guanxi load` reloads pages into a running server.",
                "--listen 0.0.0.0 exposes the graph to the network and therefore turns authentication on: the",
                "password of user neo4j comes from env GUANXI_NEO4J_PASSWORD or a prompt (--password)."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:stopped", "1:failure", "2:bad usage", "3:running data was loaded, some files rejected"})
public final class ServeCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Page files or folders to load (default: seeds/).")
    List<Path> paths;

    @Option(names = "--data", paramLabel = "DIR", description = "Data folder (default: ${DEFAULT-VALUE}).")
    Path data = Path.of("data");

    @Option(names = "--http-port", paramLabel = "N", description = "HTTP port of the Browser (default: ${DEFAULT-VALUE}).")
    int httpPort = 7474;

    @Option(names = "--bolt-port", paramLabel = "N", description = "Bolt port (default: ${DEFAULT-VALUE}).")
    int boltPort = 7687;

    @Option(names = "--listen", paramLabel = "ADDR",
            description = "Address to bind (default: ${DEFAULT-VALUE}); anything else requires a password.")
    String listen = "127.0.0.1";

    @Option(names = "--password", interactive = true, arity = "0",
            description = "Prompt for the password of user neo4j (otherwise env GUANXI_NEO4J_PASSWORD).")
    char[] password;

    @Option(names = "--page-cache", paramLabel = "SIZE",
            description = "Neo4j's page cache, off the Java heap, e.g. 4g (default: ${DEFAULT-VALUE}: the graph's files "
                    + "and a quarter more, at least 512m, at most half the memory the heap leaves).")
    String pageCache = "auto";

    @picocli.CommandLine.Mixin
    Verbose verbose;

    @Override
    public Integer call() throws InterruptedException {
        String secret = password != null ? new String(password) : System.getenv("GUANXI_NEO4J_PASSWORD");
        if (secret != null && secret.isBlank()) {
            secret = null;
        }
        if (!PageCache.valid(pageCache)) {
            System.err.println("guanxi serve: --page-cache takes auto or a size such as 512m or 4g, not " + pageCache);
            return Main.USAGE;
        }
        EmbeddedNeo4j.Settings settings;
        try {
            settings = new EmbeddedNeo4j.Settings(data, listen, httpPort, boltPort, secret,
                    PageCache.resolve(pageCache, data, 512));
        } catch (IllegalArgumentException e) {
            System.err.println("guanxi serve: " + e.getMessage());
            return Main.USAGE;
        }
        System.err.println("guanxi serve: starting Neo4j in " + data.toAbsolutePath() + " ...");
        long started = System.nanoTime();
        warmUpExtraction();
        EmbeddedNeo4j server;
        try {
            server = EmbeddedNeo4j.start(settings, verbose.on());
        } catch (EmbeddedNeo4j.BusyException e) {
            System.err.println("guanxi serve: " + e.getMessage() + switch (e.what()) {
                case DATA_FOLDER -> "";
                case HTTP_PORT -> ": choose another with --http-port";
                case BOLT_PORT -> ": choose another with --bolt-port";
            });
            return Main.FAILURE;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            System.err.println("guanxi serve: stopped");
            stopped.countDown();
        }, "guanxi-serve-stop"));

        int code = loadMissing(server, secret);
        if (code == Main.FAILURE) {
            return code; // the shutdown hook stops the server
        }
        System.out.println(readyLine(server, secret != null, Duration.ofNanos(System.nanoTime() - started)));
        System.out.flush();
        stopped.await();
        return code;
    }

    /**
     * On a data folder with no graph yet, every page will be loaded: reads and extracts the first one on another core
     * while Neo4j starts (on the main thread), so the segmenter's dictionaries and the lexicons are loaded by the time
     * the load needs them. The result is dropped; any failure is the load's to report.
     */
    private void warmUpExtraction() {
        if (Files.isDirectory(data.resolve("data").resolve("databases").resolve("neo4j"))) {
            return;
        }
        List<Path> sources = paths == null || paths.isEmpty() ? List.of(Path.of("seeds")) : paths;
        Thread warm = new Thread(() -> {
            try {
                List<Path> files = PageFiles.expand(sources);
                if (!files.isEmpty()) {
                    new Pipeline().process(PageFiles.read(files.getFirst()));
                }
            } catch (RuntimeException e) {
                // The load reads the same files and names what is wrong with them.
            }
        }, "guanxi-warm-up");
        warm.setDaemon(true);
        warm.setPriority(Thread.MIN_PRIORITY);
        warm.start();
    }

    /** The one line that says the graph is ready: the address to open, and Bolt only when not the default. */
    private String readyLine(EmbeddedNeo4j server, boolean auth, Duration took) {
        String bolt = server.boltPort() == 7687 ? ""
                : "; `guanxi load/report` need --uri " + server.boltUri();
        return String.format("guanxi serve: ready in %.0f s: open %s%s (Ctrl-C stops)%s",
                took.toMillis() / 1000.0, server.address(), auth ? " and log in as neo4j" : "", bolt);
    }

    private int loadMissing(EmbeddedNeo4j server, String secret) {
        boolean samplePages = paths == null || paths.isEmpty();
        Neo4jConnection connection = new Neo4jConnection(server.boltUri(), Neo4jConnection.DEFAULT_USER, secret);
        try (Driver driver = connection.open()) {
            GraphLoader loader = new GraphLoader(driver);
            Set<String> held = loader.loadedDocs();
            // The sample pages are a first run's graph. A folder that holds a graph already (an archive built by
            // `guanxi import`, a paper's pages) is served as it is: the samples would add strangers to it, and their
            // identity pass against a million-story graph would delay the start by many seconds.
            List<Path> sources = !samplePages ? paths : held.isEmpty() ? List.of(Path.of("seeds")) : List.of();
            try (PageSource pages = PageSource.of(sources, held)) {
                if (pages.size() == 0) {
                    // A load applies the schema itself; a graph built by `guanxi import` or an older version that
                    // gets no pages still gets any constraint or index it lacks.
                    loader.applySchema();
                    System.err.println("guanxi serve: the data folder already holds " + held.size()
                            + " pages; nothing to load (use `guanxi load` to reload pages)");
                    return Main.OK;
                }
                return LoadCommand.load(driver, pages, GraphLoader.DEFAULT_BATCH_STORIES, System.err,
                        LoadProgress.summaryOnly(System.err, "guanxi serve: "));
            }
        } catch (Neo4jException | guanxi.graph.Neo4jUnavailableException e) {
            System.err.println("guanxi serve: " + connection.explain(e).getMessage());
            if (verbose.on()) {
                e.printStackTrace();
            }
            return Main.FAILURE;
        }
    }
}
