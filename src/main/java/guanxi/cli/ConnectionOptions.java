package guanxi.cli;

import guanxi.graph.Neo4jConnection;
import picocli.CommandLine.Option;

/**
 * Where a Neo4j server is, for every command that talks to one. The password is never a command-line value
 * (it would show in process listings): {@code --password} alone prompts for it, otherwise
 * {@code GUANXI_NEO4J_PASSWORD} gives it, otherwise guanxi connects without authentication (the local serve).
 */
public final class ConnectionOptions {

    @Option(names = "--uri", paramLabel = "URI",
            description = "Neo4j address (default: env GUANXI_NEO4J_URI, else " + Neo4jConnection.DEFAULT_URI + ").")
    String uri;

    @Option(names = "--user", paramLabel = "USER",
            description = "User (default: env GUANXI_NEO4J_USER, else " + Neo4jConnection.DEFAULT_USER + ").")
    String user;

    @Option(names = "--password", interactive = true, arity = "0",
            description = "Prompt for the password (otherwise env GUANXI_NEO4J_PASSWORD, else no authentication).")
    char[] password;

    /** The connection these options and the environment describe. */
    public Neo4jConnection connection() {
        return Neo4jConnection.resolve(uri, user,
                password == null || password.length == 0 ? null : new String(password), System.getenv());
    }
}
