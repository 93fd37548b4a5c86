package guanxi.graph;

import com.fasterxml.jackson.databind.ObjectMapper;
import guanxi.extract.ExtractedSource;
import guanxi.extract.ExtractionJson;
import guanxi.model.EntityKind;
import guanxi.model.ExtractedPage;
import guanxi.model.Extraction;
import guanxi.model.RelationType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Extract's JSON Lines read back as pages: consecutive stories of one doc make one page, files are read in the
 * order given (a folder's .jsonl by name), a line that is not a story is named by file:line with the reason and
 * the rest loads, and --explain lines and blank lines are passed over.
 */
class ExtractedSourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final ExtractedPage FIRST = Pages.page("p1.txt")
            .story("园区调研", "2025-03-02", "单志恒带队调研桐溪科技有限公司。").person("单志恒", "县长")
            .company("桐溪科技有限公司").role(RelationType.LED, "单志恒")
            .rel(RelationType.VISITED, "单志恒", EntityKind.PERSON, "桐溪科技有限公司", EntityKind.COMPANY).done()
            .story("签约仪式", "03-04", "蓝湾集团与县政府签约。").by("覃小鸥").company("蓝湾集团").done()
            .build();
    private static final ExtractedPage SECOND = Pages.page("p2.txt")
            .story("项目开工", "2025-04-01", "枫林光伏电站项目开工。").project("枫林光伏电站项目", 300_000_000L, "starting").done()
            .build();

    @Test
    void consecutiveStoriesOfADocAreOnePageAndEveryFieldComesBack(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("shard-1.jsonl");
        List<String> lines = new ArrayList<>(lines(FIRST));
        lines.add("");
        lines.add("{\"doc\":\"p1.txt\",\"discarded\":[{\"line\":3,\"text\":\"广告\",\"reason\":\"ocr-noise\"}],\"cuts\":[]}");
        lines.addAll(lines(SECOND));
        Files.write(file, lines, StandardCharsets.UTF_8);

        List<ExtractedPage> read = new ArrayList<>();
        try (ExtractedSource source = ExtractedSource.of(List.of(dir))) {
            source.forEach(read::add);
            assertThat(source.rejected()).isEmpty();
            assertThat(source.read()).isEqualTo(4);
        }
        assertThat(read).extracting(ExtractedPage::doc).containsExactly("p1.txt", "p2.txt");
        assertThat(read.get(0).extractions()).isEqualTo(FIRST.extractions());
        assertThat(read.get(1).extractions()).isEqualTo(SECOND.extractions());
        assertThat(read.get(0).page().stories()).isEqualTo(FIRST.page().stories());
    }

    @Test
    void aBadLineIsNamedByFileAndLineAndTheOthersLoad(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.jsonl");
        List<String> first = new ArrayList<>(lines(FIRST));
        first.add(1, "{\"doc\":\"p1.txt\",\"id\":\"x\",\"title\":\"断行");
        Files.write(a, first, StandardCharsets.UTF_8);
        Path b = dir.resolve("b.jsonl");
        List<String> second = new ArrayList<>(List.of("{\"doc\":\"p9.txt\",\"id\":\"y\",\"title\":\"旧格式\",\"relations\":[]}"));
        second.addAll(lines(SECOND));
        Files.write(b, second, StandardCharsets.UTF_8);
        Path missing = dir.resolve("none.jsonl");

        List<ExtractedPage> read = new ArrayList<>();
        try (ExtractedSource source = ExtractedSource.of(List.of(a, missing, b))) {
            source.forEach(read::add);
            assertThat(source.rejected()).containsExactly(
                    a + ":2: not JSON: Unexpected end-of-input: was expecting closing quote for a string value",
                    missing + ": cannot read (NoSuchFileException)",
                    b + ":1: not a story record: no story text (written by an older extract: extract the pages again)");
            assertThat(source.unit()).isEqualTo("lines");
        }
        // The stories around the bad line still make their page, whole.
        assertThat(read).extracting(ExtractedPage::doc).containsExactly("p1.txt", "p2.txt");
        assertThat(read.get(0).extractions()).isEqualTo(FIRST.extractions());
    }

    private static List<String> lines(ExtractedPage page) throws Exception {
        List<String> out = new ArrayList<>();
        for (Extraction x : page.extractions()) {
            out.add(JSON.writeValueAsString(ExtractionJson.toJson(x)));
        }
        return out;
    }
}
