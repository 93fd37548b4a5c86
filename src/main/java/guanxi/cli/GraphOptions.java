package guanxi.cli;

import guanxi.graph.Neo4jConnection;
import guanxi.graph.Neo4jUnavailableException;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import picocli.CommandLine.Option;

/**
 * Where the graph is, for commands that read it: {@code --uri}, {@code --user}, {@code --password}, falling back
 * to GUANXI_NEO4J_URI, GUANXI_NEO4J_USER, GUANXI_NEO4J_PASSWORD (see {@link Neo4jConnection}).
 */
public final class GraphOptions {

    @Option(names = "--uri", paramLabel = "URI",
            description = "Neo4j address (default: $GUANXI_NEO4J_URI or " + Neo4jConnection.DEFAULT_URI + ").")
    String uri;

    @Option(names = "--user", paramLabel = "USER",
            description = "Neo4j user (default: $GUANXI_NEO4J_USER or " + Neo4jConnection.DEFAULT_USER + ").")
    String user;

    @Option(names = "--password", paramLabel = "PASSWORD", arity = "0..1", interactive = true,
            description = "Give the option alone to be prompted, or set $GUANXI_NEO4J_PASSWORD. "
                    + "Without one, guanxi connects without authentication (the local `serve`).")
    char[] password;

    /** The address in use, for messages. */
    public String uri() {
        return Neo4jConnection.resolve(uri, user, null, System.getenv()).uri();
    }

    /**
     * A driver whose connection has been checked.
     *
     * @throws GraphUnreachableException whose message is the whole one-line explanation, with a hint to start
     *                                   {@code ./guanxi serve} when nothing listens at the address
     */
    public Driver connect() {
        Neo4jConnection connection = Neo4jConnection.resolve(uri, user,
                password == null || password.length == 0 ? null : new String(password), System.getenv());
        try {
            return connection.open();
        } catch (Neo4jUnavailableException e) {
            boolean nobodyThere = e.getCause() instanceof ServiceUnavailableException;
            throw new GraphUnreachableException("guanxi: " + e.getMessage()
                    + (nobodyThere ? "; start the graph with ./guanxi serve, or give --uri" : ""));
        }
    }

    /** Nothing usable answers at the address; the message is the whole one-line explanation. */
    public static final class GraphUnreachableException extends RuntimeException {
        public GraphUnreachableException(String message) {
            super(message);
        }
    }
}
