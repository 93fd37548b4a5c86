package guanxi.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HeapWatcherTest {

    @Test
    void peakCoversALargeLiveAllocation() throws InterruptedException {
        try (HeapWatcher w = HeapWatcher.start()) {
            double before = w.peakUsedMb();
            byte[] block = new byte[96 * 1024 * 1024];
            block[block.length - 1] = 1;
            Thread.sleep(50);
            assertThat(w.peakUsedMb()).isGreaterThanOrEqualTo(96).isGreaterThan(before);
            assertThat(w.maxMb()).isGreaterThanOrEqualTo(w.peakUsedMb());
            assertThat(block[block.length - 1]).isEqualTo((byte) 1);
        }
    }

    @Test
    void liveSetAfterCollectionIsRecorded() throws InterruptedException {
        try (HeapWatcher w = HeapWatcher.start()) {
            byte[] block = new byte[64 * 1024 * 1024];
            System.gc();
            Thread.sleep(200);
            assertThat(w.peakAfterGcMb()).isGreaterThanOrEqualTo(64);
            assertThat(block.length).isPositive();
        }
    }
}
