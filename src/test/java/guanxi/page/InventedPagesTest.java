package guanxi.page;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import guanxi.model.PageResult;
import guanxi.model.Story;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The invented pages of {@code src/test/resources/page/invented5*} and {@code invented6*} (see the README in
 * invented5) against the readings written for them before the reader ran: per story its headline, date, byline, and
 * the first and last words of its text (a null in the file is not checked); no story more or fewer, and every
 * character of each page accounted for.
 */
class InventedPagesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path ROOT = Path.of("src", "test", "resources", "page");
    private final PageReader reader = new PageReader();

    record Reading(String title, String date, List<String> reporters, String first, String last) {
    }

    @ParameterizedTest
    @ValueSource(strings = {"invented5/p01", "invented5/p02", "invented5/p03", "invented5/p04", "invented5/p05",
            "invented5/p06", "invented5/p07", "invented5/p08", "invented5/p09", "invented5/p10", "invented5/p11",
            "invented5b/q01", "invented5b/q02", "invented5b/q03", "invented5b/q04", "invented5b/q05", "invented5b/q06",
            "invented5c/r01", "invented5c/r02", "invented5c/r03", "invented5c/r04", "invented5c/r05", "invented5c/r06",
            "invented5d/s01", "invented5d/s03", "invented5d/s04", "invented5d/s06", "invented5d/s07",
            "invented5e/t01", "invented5e/t02", "invented5e/t03",
            "invented6/u01", "invented6/u02", "invented6/u03", "invented6/u04", "invented6/u05", "invented6/u06",
            "invented6/u07", "invented6/u08", "invented6/u09", "invented6/u10", "invented6/u11",
            "invented6b/v01", "invented6b/v02", "invented6b/v03", "invented6b/v04", "invented6b/v05", "invented6b/v06",
            "invented6c/w01", "invented6c/w02", "invented6c/w03", "invented6c/w04", "invented6c/w05"})
    void pageReadsAsExpected(String name) throws IOException {
        Path file = ROOT.resolve(name + ".txt");
        String page = file.getFileName().toString().replace(".txt", "");
        JsonNode expected = JSON.readTree(file.resolveSibling("expected.json").toFile()).get(page);
        PageResult r = PageReads.readAccounted(reader, Files.readString(file));

        List<Reading> want = new ArrayList<>();
        expected.forEach(s -> want.add(new Reading(s.get(0).asText(), s.get(1).isNull() ? null : s.get(1).asText(),
                strings(s.get(2)), s.get(3).isNull() ? null : s.get(3).asText(), s.get(4).isNull() ? null : s.get(4).asText())));
        List<Reading> got = new ArrayList<>();
        for (int i = 0; i < r.stories().size(); i++) {
            Story s = r.stories().get(i);
            Reading w = i < want.size() ? want.get(i) : null;
            String first = w == null || w.first() == null ? null
                    : s.text().startsWith(w.first()) ? w.first() : s.text().substring(0, Math.min(s.text().length(), 30));
            String last = w == null || w.last() == null ? null
                    : s.text().endsWith(w.last()) ? w.last() : s.text().substring(Math.max(0, s.text().length() - 30));
            got.add(new Reading(s.title(), s.date(), s.reporters(), first, last));
        }
        assertThat(got).as(name).containsExactlyElementsOf(want);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
