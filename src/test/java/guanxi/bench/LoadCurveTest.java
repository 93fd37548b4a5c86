package guanxi.bench;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LoadCurveTest {

    @Test
    void slicesSubtractTheTimeSpentWaitingForExtraction() {
        AtomicLong waiting = new AtomicLong(5_000_000_000L);
        LoadCurve curve = new LoadCurve(waiting::get);
        // Batch 1: 100 stories after 3 s, of which 1 s waiting for extraction → 2 s loading.
        waiting.addAndGet(1_000_000_000L);
        curve.batch(20, 100, Duration.ofSeconds(3));
        // Batch 2: 200 stories after 8 s, 2 s waiting in all → 6 s loading.
        waiting.addAndGet(1_000_000_000L);
        curve.batch(40, 200, Duration.ofSeconds(8));
        assertThat(curve.batches()).isEqualTo(2);
        assertThat(curve.loadSecondsBetween(0, 1)).isCloseTo(6.0, within(1e-9));
        assertThat(curve.loadSecondsBetween(0, 0.1)).isCloseTo(0.4, within(1e-9));
        assertThat(curve.loadSecondsBetween(0.9, 1.0)).isCloseTo(0.8, within(1e-9));
    }
}
