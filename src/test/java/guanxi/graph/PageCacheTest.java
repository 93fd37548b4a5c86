package guanxi.graph;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class PageCacheTest {

    private static final long MB = 1L << 20;

    @Test
    void aSmallOrNewStoreGetsTheFloor() {
        assertThat(PageCache.size(0, 512 * MB, 16_000 * MB)).isEqualTo("512m");
        assertThat(PageCache.size(100 * MB, 512 * MB, 16_000 * MB)).isEqualTo("512m");
    }

    @Test
    void aBigStoreGetsItsSizeAndAQuarterUpToHalfOfWhatTheHeapLeaves() {
        assertThat(PageCache.size(4000 * MB, 512 * MB, 16_000 * MB)).isEqualTo("5000m");
        assertThat(PageCache.size(8000 * MB, 512 * MB, 12_000 * MB)).isEqualTo("6000m");
        // A machine with little memory never goes below the floor.
        assertThat(PageCache.size(8000 * MB, 512 * MB, 600 * MB)).isEqualTo("512m");
    }

    @Test
    void theStoreIsEveryFileUnderDataDatabases(@TempDir Path home) throws IOException {
        assertThat(PageCache.storeBytes(home.resolve("data").resolve("databases"))).isZero();
        Path db = Files.createDirectories(home.resolve("data").resolve("databases").resolve("neo4j"));
        Files.write(db.resolve("neostore"), new byte[3000]);
        Files.write(Files.createDirectories(db.resolve("schema")).resolve("index"), new byte[500]);
        Files.write(Files.createDirectories(home.resolve("logs")).resolve("debug.log"), new byte[9000]);
        assertThat(PageCache.storeBytes(home.resolve("data").resolve("databases"))).isEqualTo(3500);
        assertThat(PageCache.forStore(home, 256)).isEqualTo("256m");
    }

    @Test
    void autoOrNeo4jSizesAreAccepted() {
        assertThat(PageCache.valid("auto")).isTrue();
        assertThat(PageCache.valid("512m")).isTrue();
        assertThat(PageCache.valid("4G")).isTrue();
        assertThat(PageCache.valid("1073741824")).isTrue();
        assertThat(PageCache.valid("lots")).isFalse();
        assertThat(PageCache.valid("0m")).isFalse();
        assertThat(PageCache.valid("-1g")).isFalse();
    }
}
