package guanxi.cli;

import guanxi.extract.Pipeline;
import guanxi.page.PageFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class BenchCommandTest {

    @Test
    void rejectsNonPositiveCountsAsBadUsageBeforeDoingAnyWork() {
        assertThat(Main.run("bench", "--stories", "0")).isEqualTo(Main.USAGE);
        assertThat(Main.run("bench", "--threads", "0")).isEqualTo(Main.USAGE);
        assertThat(Main.run("bench", "--runs", "0")).isEqualTo(Main.USAGE);
        assertThat(Main.run("bench", "--batch", "-5")).isEqualTo(Main.USAGE);
    }

    @Test
    void helpListsTheOptions() {
        assertThat(Main.run("bench", "--help")).isEqualTo(Main.OK);
    }

    /**
     * --extraction-only prints the segmenter and extraction figures and none of the load's; the relations it
     * counts are those of one pass over the corpus (the warm-up passes before it are not counted).
     */
    @Test
    void extractionOnlyMeasuresOnePassOfExtractionAndNoLoad(@TempDir Path dir) {
        Path corpus = dir.resolve("pages");
        assertThat(Main.run("generate", "--stories", "9", "--seed", "4", "--out", corpus.toString())).isEqualTo(Main.OK);
        long relations = 0;
        Pipeline pipeline = new Pipeline();
        List<Path> pages = PageFiles.expand(List.of(corpus));
        for (Path page : pages) {
            relations += pipeline.process(PageFiles.read(page)).extractions().stream()
                    .mapToLong(e -> e.relations().size()).sum();
        }

        StringWriter out = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        assertThat(cl.execute("bench", "--extraction-only", "--threads", "1", "--corpus", corpus.toString(),
                "--work", dir.toString())).isEqualTo(Main.OK);
        Map<String, String> figures = new HashMap<>();
        for (String line : out.toString().split("\n")) {
            figures.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
        }
        assertThat(relations).isPositive();
        assertThat(figures.get("extract_relations")).isEqualTo(Long.toString(relations));
        assertThat(figures.get("pages")).isEqualTo(Integer.toString(pages.size()));
        assertThat(Double.parseDouble(figures.get("extract_vs_segmenter"))).isPositive();
        assertThat(figures).doesNotContainKeys("extract_stories_per_s_all_cores", "load_seconds", "report_p95_ms");
    }

    /** --tx-load-only prints the transactional load's figures and none of extraction's, the import's or the reports'. */
    @Test
    void txLoadOnlyMeasuresTheTransactionalLoadAlone(@TempDir Path dir) {
        Path corpus = dir.resolve("pages");
        assertThat(Main.run("generate", "--stories", "9", "--seed", "4", "--out", corpus.toString())).isEqualTo(Main.OK);
        StringWriter out = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        assertThat(cl.execute("bench", "--tx-load-only", "--corpus", corpus.toString(), "--work", dir.toString()))
                .isEqualTo(Main.OK);
        Map<String, String> figures = new HashMap<>();
        for (String line : out.toString().split("\n")) {
            figures.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
        }
        assertThat(figures.get("tx_load_stories")).isEqualTo("9");
        assertThat(Long.parseLong(figures.get("tx_load_relationships_created"))).isPositive();
        assertThat(figures).doesNotContainKeys("extract_vs_segmenter", "load_seconds", "report_p95_ms");
    }

    @Test
    void txLoadOnlyAndExtractionOnlyExcludeEachOther() {
        assertThat(Main.run("bench", "--tx-load-only", "--extraction-only")).isEqualTo(Main.USAGE);
    }
}
