package guanxi.bench;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The bench times extraction on an evenly spread sample of a big corpus, not on its first pages. */
class SpreadSampleTest {

    private static List<Path> pages(int n) {
        return IntStream.range(0, n).mapToObj(i -> Path.of("p" + i)).toList();
    }

    @Test
    void aSmallCorpusIsTimedWhole() {
        List<Path> all = pages(7);
        assertThat(Benchmark.spreadSample(all, 7)).isSameAs(all);
        assertThat(Benchmark.spreadSample(all, 100)).isSameAs(all);
    }

    @Test
    void aBigCorpusGivesEveryKthPageInOrder() {
        assertThat(Benchmark.spreadSample(pages(10), 4)).extracting(Path::toString)
                .containsExactly("p0", "p2", "p5", "p7");
        assertThat(Benchmark.spreadSample(pages(1000), 10)).extracting(Path::toString)
                .containsExactly("p0", "p100", "p200", "p300", "p400", "p500", "p600", "p700", "p800", "p900");
    }
}
