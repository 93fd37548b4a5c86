package guanxi.cli;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import picocli.CommandLine.Option;

import java.util.concurrent.TimeUnit;
import java.util.logging.Level;

/**
 * Where the graph is: {@code --uri}, {@code --user}, {@code --password}, falling back to the environment
 * variables GUANXI_NEO4J_URI, GUANXI_NEO4J_USER, GUANXI_NEO4J_PASSWORD. The seam between commands that
 * read the graph and the driver: {@link #connect()} is the only place a driver is built here.
 */
public final class GraphOptions {

    static final String DEFAULT_URI = "neo4j://localhost:7687";

    @Option(names = "--uri", paramLabel = "URI",
            description = "Neo4j address (default: $GUANXI_NEO4J_URI or " + DEFAULT_URI + ").")
    String uri;

    @Option(names = "--user", paramLabel = "USER", description = "Neo4j user (default: $GUANXI_NEO4J_USER or neo4j).")
    String user;

    @Option(names = "--password", paramLabel = "PASSWORD", arity = "0..1", interactive = true,
            description = "Neo4j password; give the option alone to be prompted, or set $GUANXI_NEO4J_PASSWORD. "
                    + "Without one, guanxi connects without authentication (the local `serve`).")
    char[] password;

    /** The address to use. */
    public String uri() {
        return uri != null ? uri : envOr("GUANXI_NEO4J_URI", DEFAULT_URI);
    }

    /**
     * A driver whose connection has been checked.
     *
     * @throws GraphUnreachableException with a one-line message naming the address and a hint
     */
    public Driver connect() {
        String address = uri();
        AuthToken auth = authToken();
        Driver driver;
        try {
            driver = GraphDatabase.driver(address, auth, Config.builder()
                    .withConnectionTimeout(10, TimeUnit.SECONDS)
                    // The driver's INFO lines would bury the one-line answers a report user reads.
                    .withLogging(Logging.javaUtilLogging(Level.WARNING))
                    .build());
        } catch (IllegalArgumentException e) {
            throw new GraphUnreachableException("guanxi: cannot use Neo4j address " + address + ": " + e.getMessage());
        }
        try {
            driver.verifyConnectivity();
            return driver;
        } catch (ServiceUnavailableException e) {
            driver.close();
            throw new GraphUnreachableException("guanxi: no Neo4j answers at " + address
                    + "; start the graph with ./guanxi serve (or give --uri)");
        } catch (AuthenticationException e) {
            driver.close();
            throw new GraphUnreachableException("guanxi: Neo4j at " + address
                    + " refused the user or password (give --user/--password or set GUANXI_NEO4J_PASSWORD)");
        } catch (RuntimeException e) {
            driver.close();
            throw new GraphUnreachableException("guanxi: cannot reach Neo4j at " + address + ": "
                    + e.getMessage().lines().findFirst().orElse(e.getClass().getSimpleName()));
        }
    }

    private AuthToken authToken() {
        String pw = password != null && password.length > 0 ? new String(password) : System.getenv("GUANXI_NEO4J_PASSWORD");
        if (pw == null || pw.isEmpty()) {
            return AuthTokens.none();
        }
        return AuthTokens.basic(user != null ? user : envOr("GUANXI_NEO4J_USER", "neo4j"), pw);
    }

    private static String envOr(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    /** Nothing usable answers at the address; the message is the whole one-line explanation. */
    public static final class GraphUnreachableException extends RuntimeException {
        public GraphUnreachableException(String message) {
            super(message);
        }
    }
}
