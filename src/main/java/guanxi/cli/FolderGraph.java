package guanxi.cli;

import guanxi.graph.EmbeddedNeo4j;
import guanxi.graph.Neo4jConnection;
import guanxi.graph.PageCache;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * {@code --data DIR}: the graph in the folder {@code serve} keeps it in, opened by starting Neo4j inside this command.
 * Kept apart from {@link GraphOptions} so that only this path loads the embedded server's classes.
 */
final class FolderGraph {

    private FolderGraph() {
    }

    /** Starts Neo4j on {@code data} and connects to it; every failure is a one-line {@link GraphOptions.GraphUnreachableException}. */
    static GraphOptions.Graph open(Path data) {
        if (!Files.isDirectory(data.resolve("data"))) {
            throw new GraphOptions.GraphUnreachableException("guanxi: " + data + " holds no graph (no data/ folder in it)");
        }
        EmbeddedNeo4j server;
        try {
            server = onStderr(() -> EmbeddedNeo4j.start(
                    new EmbeddedNeo4j.Settings(data, "127.0.0.1", 0, 0, null, PageCache.forStore(data, 256))));
        } catch (RuntimeException e) {
            throw new GraphOptions.GraphUnreachableException("guanxi: cannot open the graph in " + data
                    + " (is ./guanxi serve using it? then leave out --data): " + firstLine(e.getMessage()));
        }
        try {
            return new GraphOptions.Graph(
                    new Neo4jConnection(server.boltUri(), Neo4jConnection.DEFAULT_USER, null).open(), server);
        } catch (RuntimeException e) {
            server.close();
            throw new GraphOptions.GraphUnreachableException("guanxi: the graph in " + data + " did not answer: "
                    + firstLine(e.getMessage()));
        }
    }

    /** Stops the server {@link #open} started, its shutdown messages kept off standard output. */
    static void close(AutoCloseable server) {
        onStderr(() -> {
            try {
                server.close();
            } catch (Exception e) {
                throw new IllegalStateException("the graph's in-process server did not stop: " + e.getMessage(), e);
            }
            return null;
        });
    }

    /**
     * Runs {@code action} with System.out pointing at stderr: the in-process server logs its start and stop to
     * the console, and that must not land in a report written to stdout.
     */
    private static <T> T onStderr(Supplier<T> action) {
        PrintStream stdout = System.out;
        System.setOut(System.err);
        try {
            return action.get();
        } finally {
            System.setOut(stdout);
        }
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
