package guanxi.graph;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which Host and Origin headers the guard serves: the loopback names with the right port, and nothing else. */
class LocalOnlyGuardTest {

    private final LocalOnlyGuard guard = new LocalOnlyGuard(7000, 7001);

    @Test
    void servesLoopbackHostsOnTheirOwnPort() {
        assertThat(guard.refusal("localhost:7000", null, 7000)).isNull();
        assertThat(guard.refusal("127.0.0.1:7001", "http://localhost:7000", 7001)).isNull();
        assertThat(guard.refusal("[::1]:7000", "http://127.0.0.1:7000", 7000)).isNull();
        assertThat(guard.refusal("LOCALHOST:7000", "HTTP://LOCALHOST:7000", 7000)).isNull();
        assertThat(guard.refusal(null, null, 7000)).isNull();
    }

    @Test
    void refusesOtherHostsPortsAndOrigins() {
        assertThat(guard.refusal("evil.example:7000", null, 7000)).contains("evil.example");
        assertThat(guard.refusal("localhost:7001", null, 7000)).isNotNull();
        assertThat(guard.refusal("localhost", null, 7000)).isNotNull();
        assertThat(guard.refusal("localhost.evil.example:7000", null, 7000)).isNotNull();
        assertThat(guard.refusal("localhost:7000", "http://evil.example", 7000)).contains("evil.example");
        assertThat(guard.refusal("localhost:7000", "null", 7000)).isNotNull();
        assertThat(guard.refusal("localhost:7000", "https://localhost:7000", 7000)).isNotNull();
        assertThat(guard.refusal("localhost:7000", "http://localhost:8080", 7000)).isNotNull();
    }

    @Test
    void readsHeadersFromARawHeadAndDistrustsRepeats() {
        String head = "GET / HTTP/1.1\r\nHost: localhost:7001\r\norigin:  http://x\r\n\r\n";
        assertThat(LocalOnlyGuard.header(head, head.indexOf("\r\n\r\n"), "host")).isEqualTo("localhost:7001");
        assertThat(LocalOnlyGuard.header(head, head.indexOf("\r\n\r\n"), "Origin")).isEqualTo("http://x");
        String twice = "GET / HTTP/1.1\r\nHost: localhost:7001\r\nHost: evil.example\r\n\r\n";
        assertThat(guard.refusal(LocalOnlyGuard.header(twice, twice.indexOf("\r\n\r\n"), "host"), null, 7001)).isNotNull();
    }
}
