package guanxi.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class GenerateCommandTest {

    private static long pageFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".txt")).count();
        }
    }

    @Test
    void writesTheRequestedStoriesAsPageFiles(@TempDir Path dir) throws IOException {
        assertThat(Main.run("generate", "--stories", "25", "--seed", "4", "--out", dir.toString())).isEqualTo(Main.OK);
        long pages = pageFiles(dir);
        assertThat(pages).isBetween(5L, 9L);
        int stories = Files.readAllLines(dir.resolve("MANIFEST.tsv")).stream().skip(1)
                .mapToInt(line -> Integer.parseInt(line.split("\t")[1])).sum();
        assertThat(stories).isEqualTo(25);
    }

    @Test
    void rejectsANonPositiveStoryCountAsBadUsage(@TempDir Path dir) {
        assertThat(Main.run("generate", "--stories", "0", "--out", dir.toString())).isEqualTo(Main.USAGE);
    }
}
