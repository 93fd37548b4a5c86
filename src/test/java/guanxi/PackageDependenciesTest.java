package guanxi;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packages depend one way, as the package documentation says: model &lt;- nlp &lt;- page &lt;- extract &lt;- graph
 * &lt;- report, then bench (the tools) and cli on top. A package refers only to packages below it (sub-packages such
 * as {@code guanxi.graph.read} count as their top package). Read from the sources, imports and fully qualified names
 * alike, so a reference in code that skips the import is caught too.
 */
class PackageDependenciesTest {

    private static final List<String> LAYERS = List.of("model", "nlp", "page", "extract", "graph", "report", "bench", "cli");
    private static final Path SOURCES = Path.of("src/main/java/guanxi");
    private static final Pattern REFERENCE = Pattern.compile("\\bguanxi\\.(" + String.join("|", LAYERS) + ")\\b");

    /** For each package, the other packages its sources name. */
    private static Map<String, Set<String>> references() {
        Map<String, Set<String>> refs = new TreeMap<>();
        for (String layer : LAYERS) {
            Set<String> named = new TreeSet<>();
            List<Path> files = new ArrayList<>();
            try (Stream<Path> walk = Files.walk(SOURCES.resolve(layer))) {
                walk.filter(f -> f.toString().endsWith(".java")).forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            assertThat(files).as("sources of guanxi." + layer).isNotEmpty();
            for (Path file : files) {
                String text;
                try {
                    text = Files.readString(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                for (String line : text.split("\n")) {
                    if (line.startsWith("package ")) {
                        continue;
                    }
                    Matcher m = REFERENCE.matcher(line);
                    while (m.find()) {
                        if (!m.group(1).equals(layer)) {
                            named.add(m.group(1));
                        }
                    }
                }
            }
            refs.put(layer, named);
        }
        return refs;
    }

    @Test
    void everyPackageNamesOnlyPackagesBelowIt() {
        Map<String, Set<String>> refs = references();
        // The scan sees real edges: the extractor reads pages, the CLI drives the graph.
        assertThat(refs.get("extract")).contains("page");
        assertThat(refs.get("cli")).contains("graph", "extract");
        for (var e : refs.entrySet()) {
            int level = LAYERS.indexOf(e.getKey());
            List<String> upward = e.getValue().stream().filter(to -> LAYERS.indexOf(to) > level).toList();
            assertThat(upward).as("guanxi." + e.getKey() + " names packages above it").isEmpty();
        }
    }

    /**
     * The graph layer reads pages only as the extraction stage's output ({@code guanxi.extract.PageSource} and the
     * {@code ExtractedPage}s it hands over): it never reads a page file or segments text itself.
     */
    @Test
    void theGraphNamesNeitherThePageReaderNorTheSegmenter() {
        assertThat(references().get("graph")).doesNotContain("page", "nlp");
    }
}
