package guanxi.graph;

import guanxi.model.ExtractedPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code import} builds next to its target and moves the finished store in: a failed import leaves neither a
 * database nor a folder of CSV files, and a folder left by a killed import is removed by the next one.
 */
class ImportStagingIT {

    @TempDir
    Path parent;

    private List<String> entries() throws Exception {
        try (Stream<Path> list = Files.list(parent)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aFinishedImportIsMovedInPlaceAndALeftoverOfAKilledOneIsRemoved() throws Exception {
        // What a killed import leaves: its staging folder, naming a process that no longer runs.
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path leftover = Files.createDirectories(parent.resolve("graph-import-killed"));
        Files.writeString(leftover.resolve("owner.pid"), Long.toString(gone.pid()));
        Files.writeString(Files.createDirectories(leftover.resolve("import-1")).resolve("Story.csv"), "id:ID(Story),text\n");
        // A live one (this process) is left alone.
        Path live = Files.createDirectories(parent.resolve("graph-import-live"));
        Files.writeString(live.resolve("owner.pid"), Long.toString(ProcessHandle.current().pid()));

        List<ExtractedPage> pages = new ArrayList<>();
        new SyntheticPages(6, 3, "stg").forEach(pages::add);
        Path target = parent.resolve("graph");
        GraphImport.Result result = GraphImport.run(target, pages, Resolutions.none(), LoadProgress.SILENT, 10);

        assertThat(result.summary().stories()).isEqualTo(6 * SyntheticPages.STORIES_PER_PAGE);
        assertThat(GraphImport.isFresh(target)).isFalse();
        assertThat(entries()).containsExactly("graph", "graph-import-live");
        try (Stream<Path> inside = Files.list(target)) {
            assertThat(inside.map(p -> p.getFileName().toString())).doesNotContain("owner.pid")
                    .noneMatch(n -> n.startsWith("import-")).contains("data");
        }
        // The moved store opens and holds the graph.
        try (EmbeddedNeo4j server = EmbeddedNeo4j.start(new EmbeddedNeo4j.Settings(target, "127.0.0.1", 0, 0, null, "64m"));
             var driver = new Neo4jConnection(server.boltUri(), "neo4j", null).open();
             var session = driver.session()) {
            assertThat(session.run("MATCH (s:Story) RETURN count(s)").single().get(0).asLong())
                    .isEqualTo(6L * SyntheticPages.STORIES_PER_PAGE);
        }
    }

    @Test
    void aFailedImportLeavesNothingBehind() throws Exception {
        ExtractedPage bad = Pages.page("bad.txt").story("标题", "2024-01-02", "周文斌\u001F出席。")
                .person("周文斌", "县长\u001F书记").done().build();
        assertThatThrownBy(() -> GraphImport.run(parent.resolve("graph"), List.of(bad), Resolutions.none(),
                LoadProgress.SILENT, 10)).hasMessageContaining("U+001F").hasMessageNotContaining("\n");
        assertThat(entries()).isEmpty();
    }

    @Test
    void theCauseOfAFailureIsOneLineAndAFullDiskIsNamed() {
        Exception full = new java.io.UncheckedIOException(new java.io.IOException("No space left on device"));
        assertThat(GraphImport.cause(full, parent.resolve("graph-import-1")))
                .isEqualTo("no space left on device on " + parent);
        assertThat(GraphImport.importerCause(List.of("Import starting", "java.io.IOException: disk quota exceeded",
                "    at x.y(Z.java:1)"))).isEqualTo("java.io.IOException: disk quota exceeded");
    }
}
