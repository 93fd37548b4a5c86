package guanxi.bench;

import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.util.function.DoubleSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/** The heap figures the bench reports are measured: each grows by a block allocated under watch. */
class HeapWatcherTest {

    private static final double MB = 1024.0 * 1024.0;
    /** What else the JVM may free or allocate meanwhile (a test thread, the sampler, class loading). */
    private static final double SLACK_MB = 8;

    @Test
    void thePeakIsTheHeapInUseBeforePlusALargeAllocation() throws InterruptedException {
        System.gc();
        double before = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / MB;
        try (HeapWatcher w = HeapWatcher.start()) {
            byte[] block = new byte[96 * 1024 * 1024];
            block[block.length - 1] = 1;
            awaitAtLeast(w::peakUsedMb, before + 96 - SLACK_MB);
            assertThat(w.peakUsedMb()).isGreaterThanOrEqualTo(before + 96 - SLACK_MB);
            assertThat(w.maxMb()).isGreaterThanOrEqualTo(w.peakUsedMb());
            assertThat(block[block.length - 1]).isEqualTo((byte) 1);
        }
    }

    @Test
    void theLiveSetAfterCollectionGrowsByABlockStillInUse() throws InterruptedException {
        try (HeapWatcher w = HeapWatcher.start()) {
            System.gc();
            awaitAtLeast(w::peakAfterGcMb, Double.MIN_VALUE);
            double live = w.peakAfterGcMb();
            assertThat(live).isPositive();
            byte[] block = new byte[64 * 1024 * 1024];
            System.gc();
            awaitAtLeast(w::peakAfterGcMb, live + 64 - SLACK_MB);
            assertThat(w.peakAfterGcMb()).isGreaterThanOrEqualTo(live + 64 - SLACK_MB);
            assertThat(block.length).isPositive();
        }
    }

    /** GC notifications and samples arrive on other threads: waits up to five seconds for the figure. */
    private static void awaitAtLeast(DoubleSupplier figure, double value) throws InterruptedException {
        for (int i = 0; i < 100 && figure.getAsDouble() < value; i++) {
            Thread.sleep(50);
        }
    }
}
