package guanxi.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the whole benchmark on a tiny corpus against a real embedded Neo4j: every figure the issue asks
 * for is printed, as a number, and the temporary corpus and store are gone afterwards. Timing values are
 * not judged here; the bench prints them for people.
 */
class BenchCommandIT {

    private static final List<String> REQUIRED = List.of("stories", "segmenter_chars_per_s_per_core",
            "extract_chars_per_s_per_core", "extract_stories_per_s_per_core", "extract_stories_per_s_all_cores",
            "load_relationships_per_s", "load_seconds", "end_to_end_seconds", "tx_load_relationships_per_s",
            "tx_load_seconds", "tx_load_first10pct_seconds", "tx_load_last10pct_seconds", "report_p50_ms", "report_p95_ms", "search_p95_ms", "peak_heap_mb");

    @Test
    void printsEveryFigureAsKeyValueLinesAndCleansUp(@TempDir Path work) throws IOException {
        StringWriter out = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        int code = cl.execute("bench", "--stories", "24", "--runs", "1", "--batch", "5", "--threads", "2",
                "--page-cache", "64m", "--work", work.toString());
        assertThat(code).isEqualTo(Main.OK);

        Map<String, String> figures = new LinkedHashMap<>();
        for (String line : out.toString().split("\n")) {
            assertThat(line).matches("[a-z0-9_.\\-]+=.*");
            figures.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
        }
        assertThat(figures).containsKeys(REQUIRED.toArray(String[]::new));
        assertThat(figures.get("stories")).isEqualTo("24");
        for (String key : REQUIRED) {
            assertThat(Double.parseDouble(figures.get(key))).as(key).isPositive();
        }
        assertThat(figures.get("load_method")).isEqualTo("bulk-import");
        long perReport = figures.keySet().stream().filter(k -> k.startsWith("report_p95_ms.")).count();
        assertThat(perReport).as("a p95 per saved report that ran")
                .isEqualTo(Long.parseLong(figures.get("reports")) - Long.parseLong(figures.get("report_errors")));
        assertThat(figures.get("search_misses")).as("every searched name found by the full-text index").isEqualTo("0");
        assertThat(Integer.parseInt(figures.get("search_queries"))).isPositive();
        assertThat(figures.get("graph_relationships")).isEqualTo(figures.get("load_relationships_created"));
        assertThat(Integer.parseInt(figures.get("tx_load_batches"))).isGreaterThan(1);
        try (Stream<Path> left = Files.list(work)) {
            assertThat(left).as("temporary corpus and store deleted").isEmpty();
        }
    }
}
