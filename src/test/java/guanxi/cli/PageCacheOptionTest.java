package guanxi.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A page cache that Neo4j could not read is bad usage, said before any server starts. */
class PageCacheOptionTest {

    @Test
    void serveRefusesAPageCacheThatIsNoSize(@TempDir Path dir) {
        Path data = dir.resolve("data");
        assertThat(Main.run("serve", "--data", data.toString(), "--page-cache", "lots")).isEqualTo(Main.USAGE);
        assertThat(Files.exists(data)).isFalse();
    }

    @Test
    void benchRefusesAPageCacheThatIsNoSize() {
        assertThat(Main.run("bench", "--page-cache", "4 gigabytes")).isEqualTo(Main.USAGE);
    }
}
