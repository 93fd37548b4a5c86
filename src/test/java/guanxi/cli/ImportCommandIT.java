package guanxi.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code guanxi import} builds a graph a report can read at once, and never overwrites one. */
class ImportCommandIT {

    @Test
    void importsTheSeedsIntoANewFolderOnceAndReportsRunOnIt(@TempDir Path work) throws Exception {
        Path data = work.resolve("archive");
        assertThat(Main.run("import", "--data", data.toString(), "seeds")).isEqualTo(Main.OK);

        Path csv = work.resolve("timeline.csv");
        assertThat(Main.run("report", "run", "title-timeline", "--data", data.toString(), "--param", "title=县长",
                "--format", "csv", "--out", csv.toString())).isZero();
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).contains("县长,李翔,");

        assertThat(Main.run("import", "--data", data.toString(), "seeds")).as("the folder holds a graph").isEqualTo(Main.FAILURE);
        assertThat(Main.run("import", "--data", work.resolve("other").toString())).as("no pages given").isEqualTo(Main.USAGE);
    }
}
