package guanxi.cli;

import guanxi.extract.PageStream;
import guanxi.graph.GraphLoader;
import guanxi.graph.LoadProgress;
import guanxi.graph.LoadSummary;
import guanxi.graph.Neo4jConnection;
import guanxi.graph.Neo4jUnavailableException;
import guanxi.graph.Resolutions;
import org.neo4j.driver.Driver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/** {@code guanxi load [--uri URI] [--user U] [--password] PATH...}: pages into any Neo4j, the path {@code serve} uses. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {
                "Read pages, extract, and load them into Neo4j in batched transactions.",
                "With --extracted, PATHs are JSON Lines files (or folders of .jsonl) that `guanxi extract` wrote:",
                "their stories load without extracting again (extraction sharded over processes or machines).",
                "A page already loaded is replaced as a whole (its stories and their facts), so loading twice is safe.",
                "Connection: --uri/--user, or env GUANXI_NEO4J_URI, GUANXI_NEO4J_USER, GUANXI_NEO4J_PASSWORD;",
                "the password is read from the environment or prompted for, never taken from the command line."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:all pages loaded", "1:failure (e.g. Neo4j unreachable)", "2:bad usage",
                "3:finished, some files rejected"})
public final class LoadCommand implements Callable<Integer> {

    @Mixin
    PageInputs inputs;

    @Mixin
    ConnectionOptions neo4j;

    @Option(names = "--batch", paramLabel = "N", description = "Stories per transaction (default: ${DEFAULT-VALUE}).")
    int batch = GraphLoader.DEFAULT_BATCH_STORIES;

    @Mixin
    Verbose verbose;

    @Override
    public Integer call() {
        Neo4jConnection connection = neo4j.connection();
        return load(connection, inputs::open, batch, verbose.on(), System.err);
    }

    /** Loads pages through a connection and reports on {@code err}; the exit code follows {@link Main}. */
    static int load(Neo4jConnection connection, Supplier<PageStream> source, int batch, boolean verbose,
                    PrintStream err) {
        try (Driver driver = connection.open(); PageStream pages = source.get()) {
            return load(driver, pages, batch, err);
        } catch (Neo4jUnavailableException e) {
            err.println("guanxi load: " + e.getMessage());
            return Main.FAILURE;
        } catch (org.neo4j.driver.exceptions.Neo4jException e) {
            err.println("guanxi load: " + connection.explain(e).getMessage());
            if (verbose) {
                e.printStackTrace(err);
            }
            return Main.FAILURE;
        }
    }

    /** The load itself, shared with {@code serve}: progress and summary on {@code err}, rejected files listed. */
    static int load(Driver driver, PageStream pages, int batch, PrintStream err) {
        return load(driver, pages, batch, err, LoadProgress.console(err, System.console() != null, pages.size()));
    }

    /** The same with the caller's way of showing progress. */
    static int load(Driver driver, PageStream pages, int batch, PrintStream err, LoadProgress progress) {
        GraphLoader loader = new GraphLoader(driver, Resolutions.load(), progress, batch);
        LoadSummary summary = loader.load(pages);
        return rejected("load", "loaded", pages, loader.rejected(), summary, err);
    }

    /** Names each file {@code pages} rejected on {@code err}; the exit code of a command that went through. */
    static int rejected(String command, String done, PageStream pages, LoadSummary summary, PrintStream err) {
        return rejected(command, done, pages, List.of(), summary, err);
    }

    /**
     * As above, with the pages the graph itself refused ({@code refused}, named by file name); also names, without
     * changing the exit code, each page that loaded with some name, title or amount set aside.
     */
    static int rejected(String command, String done, PageStream pages, List<String> refused, LoadSummary summary,
                        PrintStream err) {
        pages.setAside().forEach(line -> err.println("guanxi " + command + ": " + line));
        List<String> rejected = new java.util.ArrayList<>(pages.rejected());
        for (String line : refused) {
            String doc = line.substring(0, line.indexOf(": rejected: "));
            String file = pages.files().stream().filter(f -> f.getFileName().toString().equals(doc))
                    .map(Path::toString).findFirst().orElse(doc);
            rejected.add(file + line.substring(doc.length()));
        }
        if (rejected.isEmpty()) {
            return Main.OK;
        }
        rejected.forEach(r -> err.println("guanxi " + command + ": " + r));
        err.println("guanxi " + command + ": " + rejected.size() + " of " + pages.read() + " " + pages.unit() + " rejected; "
                + summary.pages() + " pages " + done);
        return Main.REJECTED_INPUT;
    }
}
