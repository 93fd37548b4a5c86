package guanxi.graph;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Loads a synthetic corpus and prints the rate, first against last tenth (the figure the bench reports on the real
 * pipeline). Asserts that every story's facts are there and that loading does not slow down as the graph grows: the
 * median of the last three batches takes at most twice the median of batches two to four (the first batch also warms
 * the server up). A loader whose batches scan what earlier batches wrote grows far past that by the tenth batch; the
 * margin over the bench's own target (last tenth at most 1.5 × the first) absorbs a machine shared with other work.
 */
class LoadThroughputIT extends ServerPerClass {

    @Test
    void loadsAtAFlatRateAsTheGraphGrows() {
        int pages = Integer.getInteger("guanxi.throughput.pages", 2500);
        List<Duration> batchTimes = new ArrayList<>();
        long[] last = {System.nanoTime()};
        LoadProgress timing = new LoadProgress() {
            @Override
            public void batch(int p, int stories, Duration elapsed) {
                long now = System.nanoTime();
                batchTimes.add(Duration.ofNanos(now - last[0]));
                last[0] = now;
            }

            @Override
            public void finished(LoadSummary summary) {
            }
        };
        LoadSummary summary = new GraphLoader(driver, Resolutions.none(), timing, GraphLoader.DEFAULT_BATCH_STORIES)
                .load(new SyntheticPages(pages, 42, "t"));
        int tenth = Math.max(1, batchTimes.size() / 10);
        double first = batchTimes.subList(0, tenth).stream().mapToLong(Duration::toMillis).sum();
        double lastTenth = batchTimes.subList(batchTimes.size() - tenth, batchTimes.size()).stream().mapToLong(Duration::toMillis).sum();
        System.out.printf("load_stories=%d%nload_relationships_per_s=%.0f%nload_seconds=%.1f%nlast_tenth_over_first_tenth=%.2f%n",
                summary.stories(), summary.relationshipsPerSecond(), summary.elapsed().toMillis() / 1000.0, lastTenth / first);
        assertThat(summary.stories()).isEqualTo(pages * SyntheticPages.STORIES_PER_PAGE);
        assertThat(batchTimes).hasSizeGreaterThanOrEqualTo(7);
        long early = median(batchTimes.subList(1, 4));
        long late = median(batchTimes.subList(batchTimes.size() - 3, batchTimes.size()));
        System.out.printf("late_batches_over_early_batches=%.2f%n", (double) late / early);
        assertThat(late).as("median ms of the last three batches against batches two to four (%d ms)", early)
                .isLessThanOrEqualTo(2 * early);
        assertThat(count("MATCH (s:Story) WHERE COUNT { (s)--() } <> $n RETURN count(s)",
                java.util.Map.of("n", SyntheticPages.STORY_DEGREE))).isZero();
    }

    private static long median(List<Duration> times) {
        List<Long> ms = times.stream().map(Duration::toMillis).sorted().toList();
        return ms.get(ms.size() / 2);
    }
}
