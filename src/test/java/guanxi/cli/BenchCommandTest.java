package guanxi.cli;

import org.junit.jupiter.api.Test;

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
}
