package guanxi.graph;

import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.server.CommunityBootstrapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A persistent Neo4j server inside this JVM, with Bolt, HTTP and Neo4j Browser at {@code /browser/}.
 * Unlike the test harness, the store lives in {@link Settings#home()} and survives restarts.
 * The Browser is configured to load guanxi's style and guide from the {@code /guanxi} extension after connecting,
 * and its static content is served under a policy that keeps it from calling outside hosts.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    /** The policy from the checked notes: the Browser, its guide and style work, calls to outside hosts do not. */
    static final String STATIC_CONTENT_POLICY = "default-src 'self'; script-src 'self'; img-src 'self' data:; "
            + "style-src 'self' 'unsafe-inline'; font-src 'self'; connect-src 'self' ws: wss:";

    /** Longest transaction the embedded server allows unless a client asks for another limit. */
    static final String TRANSACTION_TIMEOUT = "10m";

    /** Where the unmanaged extension serving the Browser style and guide is mounted. */
    public static final String EXTENSION_MOUNT = "/guanxi";

    /**
     * How to run the server.
     *
     * @param home      folder holding {@code data/} and {@code logs/}; created when missing
     * @param listen    address both connectors bind to; anything but loopback needs {@code password}
     * @param httpPort  HTTP port (Browser), 0 for any free port
     * @param boltPort  Bolt port, 0 for any free port
     * @param password  null for no authentication; otherwise the password of user {@code neo4j}
     * @param pageCache page cache size in Neo4j's notation, e.g. {@code 512m}
     */
    public record Settings(Path home, String listen, int httpPort, int boltPort, String password, String pageCache) {
        public Settings {
            Objects.requireNonNull(home, "home");
            Objects.requireNonNull(listen, "listen");
            if (!isLoopback(listen) && (password == null || password.isEmpty())) {
                throw new IllegalArgumentException("listening on " + listen
                        + " exposes the graph beyond this machine: it needs a password (env GUANXI_NEO4J_PASSWORD, or --password to be prompted)");
            }
        }

        /** Loopback only, default ports, no authentication: what {@code serve} uses unless told otherwise. */
        public static Settings local(Path home) {
            return new Settings(home, "127.0.0.1", 7474, 7687, null, "512m");
        }

        public Settings withPorts(int http, int bolt) {
            return new Settings(home, listen, http, bolt, password, pageCache);
        }

        static boolean isLoopback(String address) {
            return address.equals("127.0.0.1") || address.equals("localhost") || address.equals("::1");
        }
    }

    private final Settings settings;
    private final CommunityBootstrapper bootstrapper = new CommunityBootstrapper();
    private int httpPort;
    private int boltPort;

    private EmbeddedNeo4j(Settings settings) {
        this.settings = settings;
    }

    /**
     * Why a server could not start before Neo4j was even asked: something else holds the data folder or a port.
     * Found in well under a second, where Neo4j itself fails after its whole start-up with a stack trace.
     */
    public static final class BusyException extends RuntimeException {
        /** What is busy. */
        public enum What { DATA_FOLDER, HTTP_PORT, BOLT_PORT }

        private final What what;

        BusyException(What what, String message) {
            super(message);
            this.what = what;
        }

        public What what() {
            return what;
        }
    }

    /** Starts a server with Neo4j's own log in the data folder only; blocks until it accepts connections. */
    public static EmbeddedNeo4j start(Settings settings) {
        return start(settings, false);
    }

    /**
     * Starts a server; blocks until it accepts connections (about ten seconds).
     *
     * @param consoleLog also print Neo4j's own log on the console (it always goes to {@code logs/neo4j.log})
     * @throws BusyException when another process holds the data folder or a port
     */
    public static EmbeddedNeo4j start(Settings settings, boolean consoleLog) {
        EmbeddedNeo4j server = new EmbeddedNeo4j(settings);
        server.boot(consoleLog);
        return server;
    }

    private void boot(boolean consoleLog) {
        Path home = settings.home().toAbsolutePath();
        try {
            Files.createDirectories(home);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data folder " + home + ": " + e.getMessage(), e);
        }
        StartChecks.dataFolderFree(home);
        httpPort = settings.httpPort() == 0 ? freePort() : settings.httpPort();
        boltPort = settings.boltPort() == 0 ? freePort() : settings.boltPort();
        StartChecks.portFree(settings.listen(), httpPort, BusyException.What.HTTP_PORT);
        StartChecks.portFree(settings.listen(), boltPort, BusyException.What.BOLT_PORT);
        Map<String, String> config = config(home);
        if (!consoleLog) {
            config.put("server.logs.user.config", StartChecks.quietUserLogConfig(home).toString());
        }
        int code = bootstrapper.start(home, config);
        if (code != 0) {
            throw new IllegalStateException("the embedded Neo4j server did not start (code " + code
                    + "); see " + home.resolve("logs").resolve("neo4j.log"));
        }
        // The bootstrapper registers its own JVM shutdown hook; with the caller's close() that stops the server twice
        // (two "Stopping..." and an error on SIGTERM). The owner of this object stops it.
        StartChecks.dropShutdownHook(bootstrapper);
        if (settings.password() == null) {
            BrowserRedirect.install(bootstrapper, browserUrl());
        }
        if (settings.password() != null) {
            setPassword(settings.password());
        } else {
            // No login: only this machine's own pages and tools may talk to it (see LocalOnlyGuard).
            LocalOnlyGuard.install(managementService(), httpPort, boltPort);
        }
    }

    /** Makes {@code password} the password of user neo4j; a restart with the same password keeps it. */
    private void setPassword(String password) {
        try {
            system().executeTransactionally(CypherFiles.statement("set_password"),
                    Map.of("password", password));
        } catch (QueryExecutionException e) {
            if (e.getMessage() == null || !e.getMessage().contains("cannot be the same")) {
                throw e;
            }
        }
    }

    /** Asks the OS for a free port; the advertised address must name a real port, so 0 cannot be passed on. */
    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on this machine: " + e.getMessage(), e);
        }
    }

    private Map<String, String> config(Path home) {
        String listen = settings.listen();
        Map<String, String> c = new LinkedHashMap<>();
        c.put("server.directories.data", home.resolve("data").toString());
        c.put("server.directories.logs", home.resolve("logs").toString());
        c.put("server.default_listen_address", listen);
        c.put("server.http.listen_address", listen + ":" + httpPort);
        c.put("server.bolt.listen_address", listen + ":" + boltPort);
        // The Browser connects to what discovery advertises; it must match the port really bound.
        c.put("server.bolt.advertised_address", "localhost:" + boltPort);
        c.put("server.http.advertised_address", "localhost:" + httpPort);
        c.put("server.https.enabled", "false");
        c.put("dbms.security.auth_enabled", Boolean.toString(settings.password() != null));
        // Neither the Browser nor the server reports usage: journalists' tools should not call home.
        c.put("client.allow_telemetry", "false");
        c.put("dbms.usage_report.enabled", "false");
        // Fleet management links the server to a remote console: its procedures (registerToken, restart) go with it.
        c.put("dbms.fleet_manager.enabled", "false");
        c.put("dbms.security.http_static_content_security_policy_header", STATIC_CONTENT_POLICY);
        // The Browser is served from this origin; no other web origin gets a CORS grant (Neo4j's default is *).
        c.put("dbms.security.http_access_control_allow_origin", "http://localhost:" + httpPort);
        // LOAD CSV cannot read this machine's files; guanxi loads through the driver, never through LOAD CSV.
        c.put("dbms.security.allow_csv_import_from_file_urls", "false");
        c.put("server.directories.import", home.resolve("import").toString());
        // A runaway query typed into the Browser ends; reports set their own, shorter limit (report run --timeout).
        c.put("db.transaction.timeout", TRANSACTION_TIMEOUT);
        c.put("server.memory.pagecache.size", settings.pageCache());
        // Bolt waits 5 s for its thread pool and another 5 s for connections when it stops, even with none open:
        // Ctrl-C should end a local server in a moment.
        c.put("internal.server.bolt.thread_pool_shutdown_wait_time", "500ms");
        c.put("internal.server.bolt.connection_shutdown_wait_time", "500ms");
        c.put("server.unmanaged_extension_classes", "guanxi.graph.web=" + EXTENSION_MOUNT);
        String base = "http://localhost:" + httpPort + EXTENSION_MOUNT;
        c.put("browser.post_connect_cmd", postConnectCommands(base));
        c.put("browser.remote_content_hostname_whitelist", "localhost");
        if (settings.password() == null) {
            // http://localhost:PORT/ redirects a browser here: straight into a connected Browser, no login form.
            c.put("internal.dbms.uris.browser", browserPath());
        }
        return c;
    }

    /**
     * What the Browser runs once connected: the style, inline so it applies at once; {@code clear}, which removes
     * the frame echoing the style and Neo4j's own start guide; then guanxi's guide, alone on the screen.
     */
    static String postConnectCommands(String extensionBase) {
        return "style " + BrowserStyle.json() + "; clear; play " + extensionBase + "/guide.html";
    }

    private GraphDatabaseService system() {
        return managementService().database("system");
    }

    /** The in-process database service, for callers that need the embedded API (schema checks in tests). */
    public DatabaseManagementService managementService() {
        return bootstrapper.getDatabaseManagementService();
    }

    public String boltUri() {
        return "bolt://localhost:" + boltPort;
    }

    public int httpPort() {
        return httpPort;
    }

    public int boltPort() {
        return boltPort;
    }

    /** The Browser address that connects to this server without a login form when auth is off. */
    public String browserUrl() {
        return "http://localhost:" + httpPort + browserPath();
    }

    private String browserPath() {
        String auth = settings.password() == null ? "&preselectAuthMethod=NO_AUTH" : "";
        return "/browser/?dbms=neo4j://localhost:" + boltPort + auth;
    }

    /** The short address to give people: {@code /} and a bare {@code /browser/} redirect to {@link #browserUrl()}. */
    public String address() {
        return "http://localhost:" + httpPort + "/";
    }

    public boolean isRunning() {
        return bootstrapper.isRunning();
    }

    @Override
    public void close() {
        if (bootstrapper.isRunning()) {
            bootstrapper.stop();
        }
    }
}
