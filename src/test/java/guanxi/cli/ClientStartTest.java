package guanxi.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client command's start: {@code report run} against a server reads the driver and nothing of the embedded server,
 * of Spring's application context or of Log4j's full configuration (550 classes and an XML file before).
 */
class ClientStartTest {

    @Test
    void aReportRunLoadsNoServerNoSpringContextNoLog4jCore(@TempDir Path dir) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort(); // free once closed: nothing answers there, the driver still starts in full
        }
        Path classes = dir.resolve("classes.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-Xlog:class+load=info:file=" + classes, "-cp",
                System.getProperty("java.class.path"), "guanxi.cli.Main", "report", "run", "accompaniment-network",
                "--uri", "bolt://localhost:" + port)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(Main.FAILURE);
        assertThat(err.lines().filter(l -> !l.startsWith("WARNING") && !l.isBlank()).toList()).singleElement().asString()
                .contains("nothing answers there");

        List<String> loaded = Files.readAllLines(classes).stream()
                .map(l -> l.replaceFirst("^.*\\[class,load\\] ", "").replaceFirst(" .*$", "")).toList();
        assertThat(loaded).as("the driver was started").contains("org.neo4j.driver.GraphDatabase");
        assertThat(loaded).filteredOn(c -> c.startsWith("guanxi.graph.EmbeddedNeo4j")
                        || c.startsWith("guanxi.cli.ServeCommand") || c.startsWith("guanxi.cli.ImportCommand")
                        || c.startsWith("org.neo4j.kernel.") || c.startsWith("org.neo4j.dbms.")
                        || c.startsWith("org.neo4j.server.CommunityBootstrapper")
                        || c.startsWith("org.springframework.context.")
                        || c.startsWith("org.apache.logging.log4j.core.LoggerContext")
                        || c.startsWith("org.apache.logging.log4j.core.config.xml.")
                        || c.startsWith("org.apache.logging.log4j.core.config.plugins."))
                .isEmpty();
        // Log4j's service lookup still names its core provider; the configuration behind it is never read.
        assertThat(loaded.stream().filter(c -> c.startsWith("org.apache.logging.")).count()).isLessThan(150);
    }

    @Test
    void onlyClientCommandsWithoutDataFolderGetThePlainLogger() {
        String before = System.getProperty(Main.LOGGER_CONTEXT_FACTORY);
        try {
            System.clearProperty(Main.LOGGER_CONTEXT_FACTORY);
            Main.lightLogging("serve");
            Main.lightLogging("report", "run", "story-graph", "--data", "data");
            assertThat(System.getProperty(Main.LOGGER_CONTEXT_FACTORY)).isNull();
            Main.lightLogging("report", "run", "story-graph");
            assertThat(System.getProperty(Main.LOGGER_CONTEXT_FACTORY)).endsWith("SimpleLoggerContextFactory");
        } finally {
            if (before == null) {
                System.clearProperty(Main.LOGGER_CONTEXT_FACTORY);
            } else {
                System.setProperty(Main.LOGGER_CONTEXT_FACTORY, before);
            }
        }
    }
}
