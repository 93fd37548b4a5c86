package guanxi.graph;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The default {@code serve} (no login, loopback) answers the person at the machine and nobody else: a page from
 * another web origin, a host name rebound to 127.0.0.1, a WebSocket from a foreign page and {@code LOAD CSV} of local
 * files are all refused, while the Browser's own origin and the drivers keep working. Requests are written by hand
 * on a socket so that {@code Host} and {@code Origin} are exactly what a hostile browser page would send.
 */
class LocalOnlyServeIT extends ServerPerClass {

    private static final String EVIL = "http://evil.example";

    /** Sends one raw HTTP/1.1 request and returns the whole answer (status line, headers, body). */
    private static String raw(int port, String method, String path, String host, String origin, String contentType,
                              String body, String... extraHeaders) throws IOException {
        byte[] payload = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\n");
        if (origin != null) {
            head.append("Origin: ").append(origin).append("\r\n");
        }
        if (contentType != null) {
            head.append("Content-Type: ").append(contentType).append("\r\nAccept: application/json\r\n");
        }
        for (String h : extraHeaders) {
            head.append(h).append("\r\n");
        }
        head.append("Content-Length: ").append(payload.length).append("\r\nConnection: close\r\n\r\n");
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(payload);
            out.flush();
            return readAnswer(socket.getInputStream(), method.equals("GET") && extraHeaders.length > 0);
        }
    }

    /** Reads until the peer closes, or (for a WebSocket upgrade that succeeded) until the end of the head. */
    private static String readAnswer(InputStream in, boolean upgrade) throws IOException {
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        byte[] buf = new byte[4096];
        int n;
        while ((n = in.read(buf)) > 0) {
            got.write(buf, 0, n);
            String text = got.toString(StandardCharsets.ISO_8859_1);
            if (upgrade && text.startsWith("HTTP/1.1 101") && text.contains("\r\n\r\n")) {
                break;
            }
        }
        return got.toString(StandardCharsets.UTF_8);
    }

    private static String query(String host, String origin, String cypher) throws IOException {
        String body = "{\"statement\": \"" + cypher.replace("\"", "\\\"") + "\"}";
        return raw(server.httpPort(), "POST", "/db/neo4j/query/v2", host, origin, "application/json", body);
    }

    private static String local(int port) {
        return "localhost:" + port;
    }

    private static String ownOrigin() {
        return "http://localhost:" + server.httpPort();
    }

    private static String upgrade(String host, String origin) throws IOException {
        return raw(server.boltPort(), "GET", "/", host, origin, null, null,
                "Upgrade: websocket", "Connection: Upgrade", "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==",
                "Sec-WebSocket-Version: 13");
    }

    private static long marks() {
        return count("MATCH (m:Intruder) RETURN count(m)");
    }

    @Test
    void aQueryFromTheServersOwnOriginRuns() throws IOException {
        String answer = query(local(server.httpPort()), ownOrigin(), "RETURN 40 + 2 AS answer");
        assertThat(answer).startsWith("HTTP/1.1 20").contains("42");
        assertThat(answer).contains("Access-Control-Allow-Origin: " + ownOrigin());
    }

    @Test
    void aToolWithoutOriginStillQueries() throws IOException {
        assertThat(query("127.0.0.1:" + server.httpPort(), null, "RETURN 7 AS n")).startsWith("HTTP/1.1 20").contains("7");
    }

    @Test
    void aForeignOriginCanNeitherReadNorWrite() throws IOException {
        String answer = query(local(server.httpPort()), EVIL, "CREATE (:Intruder) RETURN 1");
        assertThat(answer).startsWith("HTTP/1.1 403");
        assertThat(answer).doesNotContain("Access-Control-Allow-Origin: *").doesNotContain("Access-Control-Allow-Origin: " + EVIL);
        // text/plain needs no preflight in a browser: it must be refused all the same.
        String simple = raw(server.httpPort(), "POST", "/db/neo4j/query/v2", local(server.httpPort()), EVIL, "text/plain",
                "{\"statement\": \"CREATE (:Intruder)\"}");
        assertThat(simple).startsWith("HTTP/1.1 403");
        assertThat(marks()).isZero();
    }

    @Test
    void theCorsPreflightOfAForeignOriginGetsNoGrant() throws IOException {
        String answer = raw(server.httpPort(), "OPTIONS", "/db/neo4j/query/v2", local(server.httpPort()), EVIL, null, null,
                "Access-Control-Request-Method: POST", "Access-Control-Request-Headers: content-type");
        assertThat(answer).startsWith("HTTP/1.1 403").doesNotContain("Access-Control-Allow-Origin");
    }

    @Test
    void aReboundHostNameIsRefused() throws IOException {
        // DNS rebinding: the page's own name now points at 127.0.0.1, so the request is same-origin to the browser.
        String host = "evil.example:" + server.httpPort();
        String answer = query(host, "http://" + host, "CREATE (:Intruder) RETURN 1");
        assertThat(answer).startsWith("HTTP/1.1 403");
        assertThat(raw(server.httpPort(), "GET", "/browser/", host, null, null, null)).startsWith("HTTP/1.1 403");
        assertThat(marks()).isZero();
    }

    @Test
    void theBrowserPageItselfIsServedAtItsOwnAddress() throws IOException {
        // A bare /browser/ sends the journalist on to the address that connects without a form, on this server.
        assertThat(raw(server.httpPort(), "GET", "/browser/", local(server.httpPort()), null, null, null))
                .startsWith("HTTP/1.1 302").contains("Location: http://localhost:" + server.httpPort() + "/browser/?");
        assertThat(raw(server.httpPort(), "GET", "/browser/?preselectAuthMethod=NO_AUTH", local(server.httpPort()), null,
                null, null)).startsWith("HTTP/1.1 200");
        assertThat(raw(server.httpPort(), "GET", "/guanxi/guanxi.grass", "127.0.0.1:" + server.httpPort(), ownOrigin(),
                null, null)).startsWith("HTTP/1.1 200");
    }

    @Test
    void boltWebSocketsOpenOnlyForTheBrowsersOwnOrigin() throws IOException {
        assertThat(upgrade(local(server.boltPort()), ownOrigin())).startsWith("HTTP/1.1 101");
        assertThat(upgrade(local(server.boltPort()), EVIL)).startsWith("HTTP/1.1 403");
        assertThat(upgrade(local(server.boltPort()), "null")).startsWith("HTTP/1.1 403");
        assertThat(upgrade("evil.example:" + server.boltPort(), "http://evil.example:" + server.httpPort()))
                .startsWith("HTTP/1.1 403");
        // Drivers speak binary Bolt on the same port and are not affected.
        assertThat(count("RETURN 1")).isEqualTo(1);
    }

    @Test
    void noProcedureReachesOutOfTheMachine() {
        // Fleet management registers the server with a remote console and can restart it; it is switched off.
        assertThat(count("SHOW PROCEDURES YIELD name WHERE name STARTS WITH 'fleetManagement.' RETURN count(*)")).isZero();
        assertThat(count("SHOW PROCEDURES YIELD name WHERE name = 'db.labels' RETURN count(*)")).isEqualTo(1);
    }

    @Test
    void loadCsvCannotReadLocalFiles() throws IOException {
        // A file inside the import folder is refused too: file URLs are off, not merely confined.
        java.nio.file.Path importDir = java.nio.file.Files.createDirectories(home.toAbsolutePath().resolve("import"));
        java.nio.file.Files.writeString(importDir.resolve("probe.csv"), "a,b\n");
        for (String url : new String[]{"file:///etc/passwd", "file:///../../../etc/passwd", "file:///probe.csv"}) {
            try (Session s = driver.session()) {
                assertThatThrownBy(() -> s.run("LOAD CSV FROM $url AS row RETURN count(row)", Map.of("url", url)).consume())
                        .as(url).hasMessageContaining("allow_csv_import_from_file_urls");
            }
        }
    }
}
