package guanxi.graph;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.SecurityException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Where guanxi's graph lives and how to reach it: a driver from a URI, user and password
 * (command-line options first, then env {@code GUANXI_NEO4J_URI}, {@code GUANXI_NEO4J_USER},
 * {@code GUANXI_NEO4J_PASSWORD}, then {@code bolt://localhost:7687} without authentication).
 * Every failure to reach the server becomes a {@link Neo4jUnavailableException} whose message is one line
 * naming the address and the cause, raised within {@link #GIVE_UP} of trying.
 */
public record Neo4jConnection(String uri, String user, String password) {

    public static final String DEFAULT_URI = "bolt://localhost:7687";
    public static final String DEFAULT_USER = "neo4j";

    /** Upper bound on how long a command waits on an unreachable or dying server before it says so. */
    static final Duration GIVE_UP = Duration.ofSeconds(12);

    public Neo4jConnection {
        Objects.requireNonNull(uri, "uri");
    }

    /**
     * Resolves options against the environment: a null option falls back to its env variable, then the default.
     */
    public static Neo4jConnection resolve(String uri, String user, String password, Map<String, String> env) {
        return new Neo4jConnection(
                firstNonBlank(uri, env.get("GUANXI_NEO4J_URI"), DEFAULT_URI),
                firstNonBlank(user, env.get("GUANXI_NEO4J_USER"), DEFAULT_USER),
                firstNonBlank(password, env.get("GUANXI_NEO4J_PASSWORD"), null));
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    /**
     * Opens a driver and checks that the server answers and accepts the credentials.
     *
     * @throws Neo4jUnavailableException with a one-line message when it does not
     */
    public Driver open() {
        AuthToken auth = password == null ? AuthTokens.none() : AuthTokens.basic(user, password);
        Config config = Config.builder()
                .withConnectionTimeout(3, TimeUnit.SECONDS)
                // Managed transactions retry transient errors with exponential back-off and jitter up to this bound.
                .withMaxTransactionRetryTime(GIVE_UP.toSeconds(), TimeUnit.SECONDS)
                .withConnectionAcquisitionTimeout(GIVE_UP.toSeconds(), TimeUnit.SECONDS)
                .withLogging(org.neo4j.driver.Logging.none())
                .withUserAgent("guanxi")
                .build();
        Driver driver;
        try {
            driver = GraphDatabase.driver(uri, auth, config);
        } catch (IllegalArgumentException e) {
            throw new Neo4jUnavailableException("bad Neo4j address " + uri + ": " + e.getMessage(), e);
        }
        try {
            driver.verifyConnectivity();
            return driver;
        } catch (RuntimeException e) {
            driver.close();
            throw explain(e);
        }
    }

    /** Turns a driver failure into one line naming this connection's address and the cause. */
    public Neo4jUnavailableException explain(RuntimeException e) {
        if (e instanceof Neo4jUnavailableException already) {
            return already;
        }
        String cause;
        if (e instanceof AuthenticationException) {
            cause = "the server refused the credentials of user " + user
                    + (password == null ? " (no password given: set GUANXI_NEO4J_PASSWORD)" : "");
        } else if (e instanceof SecurityException) {
            cause = "security error: " + firstLine(e.getMessage());
        } else if (e instanceof ServiceUnavailableException || e instanceof SessionExpiredException) {
            cause = refused(e) ? "nothing answers there (connection refused)"
                    : "server unreachable or gone (" + rootCause(e) + ")";
        } else if (e instanceof Neo4jException n) {
            cause = firstLine(n.getMessage());
        } else {
            cause = rootCause(e);
        }
        return new Neo4jUnavailableException("Neo4j at " + uri + ": " + cause, e);
    }

    /** True when the address answered "connection refused": no server runs there. Netty words it its own way. */
    static boolean refused(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.net.ConnectException
                    || (t.getMessage() != null && t.getMessage().contains("Connection refused"))) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code e} (from {@link #open()} or {@link #explain}) says no server could be reached at all. */
    public static boolean nobodyThere(Neo4jUnavailableException e) {
        return e.getCause() instanceof ServiceUnavailableException;
    }

    private static String rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return firstLine(message);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown cause";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }

    /** Never prints the password, so a logged connection leaks nothing. */
    @Override
    public String toString() {
        return uri + " as " + user + (password == null ? " (no auth)" : " (password set)");
    }
}
