package guanxi.bench;

import guanxi.extract.Pipeline;
import guanxi.model.ExtractedPage;
import guanxi.page.PageFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

class ChunkedExtractionTest {

    @ParameterizedTest(name = "overlap={0}")
    @ValueSource(booleans = {false, true})
    void yieldsEveryPageInOrderAndSkipsABrokenOne(boolean overlap, @TempDir Path dir) throws IOException {
        new CorpusGenerator(3, 40).write(dir);
        Files.write(dir.resolve("zz_broken.txt"), new byte[]{0, 1, 2, (byte) 0xff, 0, 0, 0});
        List<Path> pages = PageFiles.expand(List.of(dir));
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        List<String> docs = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(2);
             ChunkedExtraction source = new ChunkedExtraction(pages, 3, new Pipeline(), pool,
                     new PrintStream(log, true, StandardCharsets.UTF_8), overlap)) {
            for (ExtractedPage p : source) {
                docs.add(p.doc());
            }
            assertThat(source.failed()).isEqualTo(1);
            // Without overlap the consumer waits for every chunk: at least the time the extraction took.
            assertThat(source.waitedNanos()).isPositive();
            if (!overlap) {
                assertThat(source.waitedNanos()).isGreaterThanOrEqualTo(source.extractNanos());
            }
        }
        List<String> expected = pages.stream().map(p -> p.getFileName().toString())
                .filter(n -> !n.equals("zz_broken.txt")).toList();
        assertThat(docs).isEqualTo(expected);
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("zz_broken.txt");
    }
}
