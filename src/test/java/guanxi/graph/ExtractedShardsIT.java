package guanxi.graph;

import guanxi.cli.Main;
import guanxi.page.PageFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Extraction that shards: the seed and dev pages split into four groups, each extracted by its own {@code guanxi
 * extract} run, then {@code load --extracted} of the four files (and of a fifth with broken lines) and
 * {@code import --extracted} build the graph {@code load} builds from the pages themselves: the same node and
 * relationship counts and the same SHA-256 over every property.
 */
class ExtractedShardsIT extends ServerPerClass {

    @TempDir
    static Path work;

    @Test
    void fourShardsExtractedApartLoadAndImportAsThePagesDo() throws Exception {
        List<Path> pages = PageFiles.expand(List.of(Path.of("seeds"), Path.of("src/test/resources/dev/texts")));
        assertThat(pages).hasSizeGreaterThan(40);

        wipe();
        assertThat(run("load", "--uri", server.boltUri(), "seeds", "src/test/resources/dev/texts").code())
                .isEqualTo(Main.OK);
        Map<String, Long> direct = shape();
        String directSum = ConcurrentLoadsIT.checksum();
        assertThat(direct.get(":Story")).isGreaterThan(60);
        assertThat(direct.get("-VISITED")).isPositive();

        List<String> shards = new ArrayList<>();
        for (int shard = 0; shard < 4; shard++) {
            List<String> args = new ArrayList<>(List.of("extract", "--threads", "1", "--out"));
            Path out = work.resolve("shard-" + shard + ".jsonl");
            args.add(out.toString());
            for (int i = shard; i < pages.size(); i += 4) {
                args.add(pages.get(i).toString());
            }
            assertThat(run(args.toArray(String[]::new)).code()).isEqualTo(Main.OK);
            shards.add(out.toString());
        }
        // Shards in another order than the pages': the graph does not depend on it.
        List<String> load = new ArrayList<>(List.of("load", "--extracted", "--uri", server.boltUri()));
        load.addAll(shards.reversed());
        wipe();
        assertThat(run(load.toArray(String[]::new)).code()).isEqualTo(Main.OK);
        assertThat(shape()).isEqualTo(direct);
        assertThat(ConcurrentLoadsIT.checksum()).isEqualTo(directSum);

        // Broken lines cost themselves only: named by file and line, exit 3, everything else loads.
        Path bad = work.resolve("bad.jsonl");
        Files.writeString(bad, "{\"doc\":\"x.txt\",\"id\":\"1\"\n\n[1,2]\n", StandardCharsets.UTF_8);
        load.add(bad.toString());
        wipe();
        Run broken = run(load.toArray(String[]::new));
        assertThat(broken.code()).isEqualTo(Main.REJECTED_INPUT);
        assertThat(broken.err()).contains(bad + ":1: not JSON: ", bad + ":3: not a story record: not a JSON object",
                "2 of ");
        assertThat(ConcurrentLoadsIT.checksum()).isEqualTo(directSum);

        Path home = work.resolve("imported");
        List<String> imp = new ArrayList<>(List.of("import", "--extracted", "--data", home.toString()));
        imp.addAll(shards);
        assertThat(run(imp.toArray(String[]::new)).code()).isEqualTo(Main.OK);
        try (EmbeddedNeo4j other = EmbeddedNeo4j.start(new EmbeddedNeo4j.Settings(home, "127.0.0.1", 0, 0, null, "128m"));
             Driver imported = new Neo4jConnection(other.boltUri(), "neo4j", null).open()) {
            assertThat(ConcurrentLoadsIT.checksum(imported)).isEqualTo(directSum);
        }
    }

    private record Run(int code, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream saved = System.err;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            return new Run(Main.run(args), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(saved);
        }
    }
}
