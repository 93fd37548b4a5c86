package guanxi.cli;

import guanxi.graph.Neo4jConnection;
import guanxi.graph.Neo4jUnavailableException;
import org.neo4j.driver.Driver;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/**
 * Where the graph is, for commands that read it: a server at {@code --uri} (with {@code --user},
 * {@code --password}, falling back to GUANXI_NEO4J_URI, GUANXI_NEO4J_USER, GUANXI_NEO4J_PASSWORD; see
 * {@link Neo4jConnection}), or {@code --data}, the folder {@code serve} keeps its graph in, opened in-process
 * when no server is running.
 */
public final class GraphOptions {

    @Mixin
    ConnectionOptions neo4j;


    @Option(names = "--data", paramLabel = "DIR",
            description = "Read the graph straight from the folder `serve` keeps it in, without a running server "
                    + "(starts Neo4j inside this command for the run, which takes a while).")
    Path data;

    /**
     * An open graph: the driver, and the in-process server behind it when {@code --data} was given (held as a plain
     * {@link AutoCloseable}, so that a report against a running server never loads the embedded server's classes).
     */
    public record Graph(Driver driver, AutoCloseable embedded) implements AutoCloseable {
        @Override
        public void close() {
            driver.close();
            if (embedded != null) {
                FolderGraph.close(embedded);
            }
        }
    }

    /** The address in use, for messages. */
    public String uri() {
        return data != null ? data.toString() : neo4j.connection().uri();
    }

    /**
     * The graph, its connection checked.
     *
     * @throws GraphUnreachableException whose message is the whole one-line explanation, with a hint to start
     *                                   {@code ./guanxi serve} (or use {@code --data}) when nothing listens
     */
    public Graph open() {
        if (data != null) {
            return openFolder();
        }
        Neo4jConnection connection = neo4j.connection();
        try {
            return new Graph(connection.open(), null);
        } catch (Neo4jUnavailableException e) {
            boolean nobodyThere = Neo4jConnection.nobodyThere(e);
            throw new GraphUnreachableException("guanxi: " + e.getMessage()
                    + (nobodyThere ? "; start the graph with ./guanxi serve, give --uri, or read its folder with --data"
                    : ""));
        }
    }

    private Graph openFolder() {
        return FolderGraph.open(data);
    }

    /** Nothing usable answers at the address; the message is the whole one-line explanation. */
    public static final class GraphUnreachableException extends RuntimeException {
        public GraphUnreachableException(String message) {
            super(message);
        }
    }
}
