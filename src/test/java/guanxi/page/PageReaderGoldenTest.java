package guanxi.page;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import guanxi.model.NoiseLine;
import guanxi.model.Page;
import guanxi.model.PageResult;
import guanxi.model.Story;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whole seed pages against their expected story split, checked line by line against the page, in
 * {@code src/test/resources/page/*.expected.json}: titles, dates, bylines, first and last sentence of
 * every story, and the discarded lines.
 */
class PageReaderGoldenTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final PageReader reader = new PageReader();

    record Expected(String title, String date, List<String> reporters, String first, String last) {
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_38eb9c1a9d4b8519", "001_3ca75f4a47f516d3", "002_273420d59b4e5d0a",
            "003_8984a65e34937e0c", "004_3ca26538281dc3f3"})
    void seedPageMatchesItsGoldenFile(String name) throws IOException {
        JsonNode expected = golden(name);
        Page page = PageFiles.read(Path.of("seeds", name + ".txt"));
        PageResult result = reader.read(page);

        List<Expected> want = new ArrayList<>();
        expected.get("stories").forEach(s -> want.add(new Expected(s.get("title").asText(),
                s.get("date").asText(), strings(s.get("reporters")), s.get("first").asText(),
                s.get("last").asText())));
        List<Expected> got = result.stories().stream().map(s -> new Expected(s.title(), s.date(),
                s.reporters(), s.sentences().getFirst().text(), s.sentences().getLast().text())).toList();
        assertThat(got).containsExactlyElementsOf(want);

        List<String> wantDiscarded = new ArrayList<>();
        expected.get("discarded").forEach(d -> wantDiscarded.add(
                d.get("line").asInt() + " " + d.get("text").asText() + " " + d.get("reason").asText()));
        assertThat(result.discarded()).extracting(PageReaderGoldenTest::describe)
                .containsExactlyElementsOf(wantDiscarded);
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_38eb9c1a9d4b8519", "001_3ca75f4a47f516d3", "002_273420d59b4e5d0a",
            "003_8984a65e34937e0c", "004_3ca26538281dc3f3"})
    void seedPageLosesNoCharacterAndSentencesPointIntoTheBody(String name) {
        Page page = PageFiles.read(Path.of("seeds", name + ".txt"));
        PageResult result = reader.read(page);

        assertThat(Accounting.ofResult(reader, page, result)).isEqualTo(Accounting.ofPage(page));
        for (Story s : result.stories()) {
            s.sentences().forEach(x -> assertThat(s.text().substring(x.start(), x.end())).isEqualTo(x.text()));
        }
        assertThat(reader.read(page)).isEqualTo(result);
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_38eb9c1a9d4b8519", "001_3ca75f4a47f516d3", "002_273420d59b4e5d0a",
            "003_8984a65e34937e0c", "004_3ca26538281dc3f3"})
    void seedPageReadsTheSameWithoutBlankLinesHardWrappedOrWithHalfWidthPunctuation(String name) {
        Page page = PageFiles.read(Path.of("seeds", name + ".txt"));
        List<String> want = summary(reader.read(page));

        String dense = page.text().replaceAll("\n[ \t\u3000]*(?=\n)", "");
        assertThat(summary(reader.read(new Page(page.doc(), dense)))).isEqualTo(want);
        assertThat(summary(reader.read(new Page(page.doc(), hardWrapped(page.text(), 56))))).isEqualTo(want);
        String halfWidth = page.text().replace('，', ',').replace('：', ':').replace('；', ';')
                .replace('（', '(').replace('）', ')');
        assertThat(summary(reader.read(new Page(page.doc(), halfWidth)))).isEqualTo(want);
    }

    /** The page as an OCR that breaks lines at a fixed width (a Han character takes two columns). */
    private static String hardWrapped(String text, int columns) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            int width = 0;
            for (int i = 0; i < line.length(); i++) {
                int w = line.charAt(i) < 0x80 ? 1 : 2;
                if (width + w > columns) {
                    out.append('\n');
                    width = 0;
                }
                out.append(line.charAt(i));
                width += w;
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static List<String> summary(PageResult result) {
        return result.stories().stream().map(s -> s.title() + " | " + s.date() + " | " + s.reporters()).toList();
    }

    @Test
    void oneReaderIsSafeToShareAcrossThreads() {
        List<Page> pages = PageFiles.expand(List.of(Path.of("seeds"))).stream().map(PageFiles::read).toList();
        List<PageResult> sequential = pages.stream().map(reader::read).toList();
        List<Page> many = IntStream.range(0, 40).mapToObj(i -> pages.get(i % pages.size())).toList();
        List<PageResult> parallel = many.parallelStream().map(reader::read).toList();
        for (int i = 0; i < many.size(); i++) {
            assertThat(parallel.get(i)).isEqualTo(sequential.get(i % pages.size()));
        }
    }

    private static String describe(NoiseLine n) {
        return n.line() + " " + n.text() + " " + n.reason();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static JsonNode golden(String name) throws IOException {
        try (InputStream in = PageReaderGoldenTest.class.getResourceAsStream("/page/" + name + ".expected.json")) {
            assertThat(in).as("golden file for " + name).isNotNull();
            return JSON.readTree(in);
        }
    }
}
