package guanxi.graph;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The in-process server: Browser, guanxi's style and guide, a strict content policy, a store that survives restarts. */
class EmbeddedNeo4jIT {

    @TempDir
    static Path home;
    static EmbeddedNeo4j server;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        server = EmbeddedNeo4j.start(EmbeddedNeo4j.Settings.local(home).withPorts(0, 0));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.httpPort() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesTheBrowserUnderAPolicyThatKeepsItFromCallingOut() throws Exception {
        HttpResponse<String> browser = get(server.browserUrl().substring(server.address().length() - 1));
        assertThat(browser.statusCode()).isEqualTo(200);
        assertThat(browser.body()).containsIgnoringCase("<html");
        assertThat(browser.headers().firstValue("Content-Security-Policy")).hasValue(EmbeddedNeo4j.STATIC_CONTENT_POLICY);
    }

    @Test
    void theShortAddressesLeadToABrowserThatConnectsWithoutALoginForm() throws Exception {
        HttpResponse<String> root = http.send(HttpRequest.newBuilder(URI.create(server.address()))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(root.statusCode()).isBetween(301, 303);
        assertThat(root.headers().firstValue("Location")).hasValue(server.browserUrl());
        HttpResponse<String> bare = get("/browser/");
        assertThat(bare.statusCode()).isEqualTo(302);
        assertThat(bare.headers().firstValue("Location")).hasValue(server.browserUrl());
        assertThat(server.browserUrl()).contains("preselectAuthMethod=NO_AUTH")
                .contains("neo4j://localhost:" + server.boltPort());
        // The Browser's own files are not redirected.
        assertThat(get("/browser/index.html?x=1").statusCode()).isEqualTo(200);
    }

    @Test
    void neo4jsOwnLogGoesToTheDataFolder() throws Exception {
        assertThat(home.resolve("conf/user-logs.xml")).exists();
        assertThat(java.nio.file.Files.readString(home.resolve("logs/neo4j.log"))).contains("Started.");
    }

    @Test
    void aSecondServerOnTheSameFolderOrPortFailsAtOnceNamingIt() throws Exception {
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> EmbeddedNeo4j.start(EmbeddedNeo4j.Settings.local(home).withPorts(0, 0)))
                .isInstanceOfSatisfying(EmbeddedNeo4j.BusyException.class,
                        e -> assertThat(e.what()).isEqualTo(EmbeddedNeo4j.BusyException.What.DATA_FOLDER))
                .hasMessageContaining(home.toAbsolutePath().toString());
        Path other = home.resolve("other");
        assertThatThrownBy(() -> EmbeddedNeo4j.start(
                EmbeddedNeo4j.Settings.local(other).withPorts(server.httpPort(), 0)))
                .isInstanceOfSatisfying(EmbeddedNeo4j.BusyException.class,
                        e -> assertThat(e.what()).isEqualTo(EmbeddedNeo4j.BusyException.What.HTTP_PORT))
                .hasMessageContaining(String.valueOf(server.httpPort()));
        assertThatThrownBy(() -> EmbeddedNeo4j.start(
                EmbeddedNeo4j.Settings.local(other).withPorts(0, server.boltPort())))
                .isInstanceOfSatisfying(EmbeddedNeo4j.BusyException.class,
                        e -> assertThat(e.what()).isEqualTo(EmbeddedNeo4j.BusyException.What.BOLT_PORT));
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - t0)).isLessThan(java.time.Duration.ofSeconds(5));
    }

    @Test
    void discoveryAdvertisesTheBoltPortReallyBound() throws Exception {
        HttpResponse<String> discovery = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + server.httpPort() + "/")).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(discovery.body()).contains("localhost:" + server.boltPort());
    }

    @Test
    void servesStyleAndGuideFromTheClasspathAndNothingElse() throws Exception {
        HttpResponse<String> grass = get("/guanxi/guanxi.grass");
        assertThat(grass.statusCode()).isEqualTo(200);
        assertThat(grass.body()).contains("node");
        HttpResponse<String> guide = get("/guanxi/guide.html");
        assertThat(guide.statusCode()).isEqualTo(200);
        assertThat(guide.body()).contains("class=\"guide\"");
        assertThat(get("/guanxi/schema.cypher").statusCode()).isEqualTo(404);
        assertThat(get("/guanxi/..%2Fschema.cypher").statusCode()).isBetween(400, 404);
    }

    @Test
    void theBrowserRunsOurStyleAndGuideAfterConnecting() throws Exception {
        try (Driver driver = new Neo4jConnection(server.boltUri(), "neo4j", null).open(); Session s = driver.session()) {
            String cmd = s.run("CALL dbms.clientConfig() YIELD name, value WHERE name = 'browser.post_connect_cmd' RETURN value")
                    .single().get("value").asString();
            assertThat(cmd).startsWith("style {\"node\":{").contains("\"caption\":\"{name}\"")
                    .endsWith("}; clear; play http://localhost:" + server.httpPort() + "/guanxi/guide.html");
        }
    }

    @Test
    void dataSurvivesARestartInTheSameFolder() {
        try (Driver driver = new Neo4jConnection(server.boltUri(), "neo4j", null).open(); Session s = driver.session()) {
            s.run("MERGE (:Marker {name: $n})", Map.of("n", "还在")).consume();
        }
        server.close();
        server = EmbeddedNeo4j.start(EmbeddedNeo4j.Settings.local(home).withPorts(0, 0));
        try (Driver driver = new Neo4jConnection(server.boltUri(), "neo4j", null).open(); Session s = driver.session()) {
            assertThat(s.run("MATCH (m:Marker {name: '还在'}) RETURN count(m) AS n").single().get("n").asLong()).isEqualTo(1);
        }
    }

    @Test
    void refusesToListenBeyondLoopbackWithoutAPassword() {
        assertThatThrownBy(() -> new EmbeddedNeo4j.Settings(home, "0.0.0.0", 0, 0, null, "64m"))
                .hasMessageContaining("0.0.0.0").hasMessageContaining("password");
    }
}
