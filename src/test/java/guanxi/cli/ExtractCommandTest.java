package guanxi.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The extract command end to end: pages in the sorted order of PageFiles.expand whatever the threads do, one JSON
 * object per story, a rejected file reported on one stderr line with exit code 3, --explain.
 */
class ExtractCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aFolderWithNoPagesIsAUsageErrorNamingIt(@TempDir Path dir) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream saved = System.err;
        int code;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = Main.run("extract", dir.toString());
        } finally {
            System.setErr(saved);
        }
        assertThat(code).isEqualTo(Main.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8).strip())
                .isEqualTo("guanxi extract: nothing to read: " + dir + " holds no .txt pages");
    }

    @Test
    void writesStoriesInFileOrderAndReportsRejectedFiles(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken.txt");
        Files.write(broken, new byte[]{0, 1, 2, 3, 0, 0, 5, 6});
        Path out = dir.resolve("out.jsonl");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream saved = System.err;
        int code;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = Main.run("extract", "seeds/004_3ca26538281dc3f3.txt", broken.toString(),
                    "seeds/000_38eb9c1a9d4b8519.txt", "--out", out.toString(), "--threads", "2");
        } finally {
            System.setErr(saved);
        }
        assertThat(code).isEqualTo(Main.REJECTED_INPUT);
        List<String> errLines = err.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(errLines).hasSize(2);
        assertThat(errLines.get(0)).contains("broken.txt").doesNotContain("Exception");
        assertThat(errLines.get(1)).contains("1 of 3 files rejected");
        List<JsonNode> stories = read(out);
        assertThat(stories).extracting(s -> s.get("doc").asText())
                .containsExactly("000_38eb9c1a9d4b8519.txt", "000_38eb9c1a9d4b8519.txt", "000_38eb9c1a9d4b8519.txt",
                        "000_38eb9c1a9d4b8519.txt", "004_3ca26538281dc3f3.txt", "004_3ca26538281dc3f3.txt",
                        "004_3ca26538281dc3f3.txt", "004_3ca26538281dc3f3.txt");
        JsonNode first = stories.get(4);
        assertThat(first.get("title").asText()).isEqualTo("全县助企纾困座谈会召开 解芳出席并作重要讲话");
        JsonNode presided = null;
        for (JsonNode r : first.get("relations")) {
            if (r.get("type").asText().equals("PRESIDED")) {
                presided = r;
            }
        }
        assertThat(presided).isNotNull();
        assertThat(presided.get("from").asText()).isEqualTo("程海龙");
        assertThat(presided.get("evidence").get("rule").asText()).isEqualTo("preside-trigger");
    }

    @Test
    void explainAddsTheDiscardedLinesOfEachPage(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out.jsonl");
        int code = Main.run("extract", "--explain", "--out", out.toString(), "seeds/003_8984a65e34937e0c.txt");
        assertThat(code).isEqualTo(Main.OK);
        List<JsonNode> lines = read(out);
        JsonNode last = lines.get(lines.size() - 1);
        assertThat(last.get("doc").asText()).isEqualTo("003_8984a65e34937e0c.txt");
        assertThat(last.get("discarded").isArray()).isTrue();
        assertThat(last.get("discarded").toString()).contains("四图重五四四");
        assertThat(lines.subList(0, lines.size() - 1)).allMatch(l -> l.has("relations"));
    }

    private static List<JsonNode> read(Path out) throws Exception {
        List<JsonNode> stories = new ArrayList<>();
        for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
            stories.add(JSON.readTree(line));
        }
        return stories;
    }
}
