package guanxi.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A fatal error (out of memory above all) ends a run with one line naming the cause and what to do, no stack trace. */
class FatalErrorTest {

    private static final String OOM_LINE = "out of memory (Java heap space): give the JVM more, e.g."
            + " GUANXI_JAVA_OPTS=-Xmx4g (the default is -Xmx2g), or feed fewer pages per run";

    @Test
    void outOfMemoryIsNamedWithTheHeapOptionWhereverItSitsAmongTheCauses() {
        assertThat(Main.fatal(new OutOfMemoryError("Java heap space"))).isEqualTo(OOM_LINE);
        assertThat(Main.fatal(new IllegalStateException("judging failed",
                new ExecutionException(new OutOfMemoryError("Java heap space"))))).isEqualTo(OOM_LINE);
        assertThat(Main.fatal(new ExceptionInInitializerError(new OutOfMemoryError("Java heap space"))))
                .isEqualTo(OOM_LINE);
    }

    @Test
    void otherErrorsAndPlainFailuresGiveOneLine() {
        assertThat(Main.fatal(new StackOverflowError())).startsWith("stack overflow: ").contains("-Xss8m");
        assertThat(Main.fatal(new NoClassDefFoundError("guanxi/extract/Pipeline")))
                .isEqualTo("fatal error java.lang.NoClassDefFoundError: guanxi/extract/Pipeline"
                        + " (rebuild with ./mvnw package or check the Java version)");
        assertThat(Main.fatal(new IllegalArgumentException("pages.txt: not UTF-8\n\tmore detail")))
                .isEqualTo("pages.txt: not UTF-8");
    }

    @Test
    void aRunOutOfHeapPrintsOneLineAndExitsWithFailure(@TempDir Path dir) throws Exception {
        // A real run on a heap too small for the segmenter's dictionaries.
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx16m", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), "guanxi.cli.Main", "extract", "seeds/000_38eb9c1a9d4b8519.txt",
                "--out", dir.resolve("out.jsonl").toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        List<String> lines = err.lines().filter(l -> !l.startsWith("WARNING")).toList();
        assertThat(lines).containsExactly("guanxi: " + OOM_LINE);
        assertThat(p.exitValue()).isEqualTo(Main.FAILURE);
    }
}
