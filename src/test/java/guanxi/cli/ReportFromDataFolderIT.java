package guanxi.cli;

import guanxi.graph.EmbeddedNeo4j;
import guanxi.graph.GraphLoader;
import guanxi.graph.Neo4jConnection;
import guanxi.model.EntityKind;
import guanxi.model.ExtractedPage;
import guanxi.model.Extraction;
import guanxi.model.PageResult;
import guanxi.model.Person;
import guanxi.model.Relation;
import guanxi.model.RelationType;
import guanxi.model.Story;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A report read straight from the folder `serve` keeps its graph in, with no server running. */
class ReportFromDataFolderIT {

    @Test
    void aReportRunsOnTheDataFolderWhenNoServerHoldsIt(@TempDir Path home, @TempDir Path out) throws Exception {
        Story story = new Story("d#1", "d.txt", "夏祖义带队到我县督导检查", "02-23", List.of(), "", List.of());
        Extraction x = new Extraction(story,
                List.of(new Person("夏祖义", List.of(), List.of()), new Person("武耀文", List.of("副厅长"), List.of())),
                List.of(), List.of(), List.of(),
                List.of(new Relation(RelationType.ACCOMPANIED, "武耀文", EntityKind.PERSON, "夏祖义", EntityKind.PERSON,
                        null, null)));
        try (EmbeddedNeo4j server = EmbeddedNeo4j.start(new EmbeddedNeo4j.Settings(home, "127.0.0.1", 0, 0, null, "64m"));
             var driver = new Neo4jConnection(server.boltUri(), "neo4j", null).open()) {
            new GraphLoader(driver).load(List.of(new ExtractedPage(new PageResult("d.txt", List.of(story), List.of()),
                    List.of(x))));
        }

        Path csv = out.resolve("network.csv");
        int exit = Main.run("report", "run", "accompaniment-network", "--data", home.toString(),
                "--format", "csv", "--out", csv.toString());

        assertThat(exit).isZero();
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).contains("武耀文,副厅长,夏祖义,,1,????-02-23,夏祖义带队到我县督导检查");
        assertThat(Main.run("report", "run", "accompaniment-network", "--data", out.resolve("none").toString()))
                .isEqualTo(Main.FAILURE);
    }

    @Test
    void aNameThatFindsNothingGetsNamesSpelledLikeIt(@TempDir Path home) throws Exception {
        Story story = new Story("e#1", "e.txt", "柏文涛到开发区调研", "05-12", List.of(), "", List.of());
        Extraction x = new Extraction(story, List.of(new Person("柏文涛", List.of("副县长"), List.of())),
                List.of(), List.of(), List.of(), List.of());
        try (EmbeddedNeo4j server = EmbeddedNeo4j.start(new EmbeddedNeo4j.Settings(home, "127.0.0.1", 0, 0, null, "64m"));
             var driver = new Neo4jConnection(server.boltUri(), "neo4j", null).open()) {
            new GraphLoader(driver).load(List.of(new ExtractedPage(new PageResult("e.txt", List.of(story), List.of()),
                    List.of(x))));
        }

        java.io.StringWriter err = new java.io.StringWriter();
        picocli.CommandLine cl = Main.commandLine();
        cl.setErr(new java.io.PrintWriter(err));
        cl.setOut(new java.io.PrintWriter(new java.io.StringWriter()));
        // One character misread, as OCR does.
        int exit = cl.execute("report", "run", "person-profile", "-p", "name=柏文祷", "--data", home.toString());

        assertThat(exit).isZero();
        assertThat(err.toString()).contains("nothing in the graph for name=柏文祷; names spelled like it: 柏文涛");
    }
}
