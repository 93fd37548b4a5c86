package guanxi.cli;

import guanxi.graph.EmbeddedNeo4j;
import guanxi.graph.GraphLoader;
import guanxi.graph.Neo4jConnection;
import guanxi.model.Company;
import guanxi.model.EntityKind;
import guanxi.model.ExtractedPage;
import guanxi.model.Extraction;
import guanxi.model.PageResult;
import guanxi.model.Person;
import guanxi.model.Relation;
import guanxi.model.RelationType;
import guanxi.model.Story;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code profile --data}: a dossier read through the Spring Data read side from the folder `serve` keeps. */
class ProfileFromDataFolderIT {

    @TempDir
    static Path home;

    @BeforeAll
    static void loadOneStory() {
        Story story = new Story("q#1", "q.txt", "韦明澄到青禾食品有限公司调研", "2025-03-18", List.of(), "", List.of());
        Extraction x = new Extraction(story, List.of(new Person("韦明澄", List.of("副县长"), List.of())),
                List.of(new Company("青禾食品有限公司", List.of("青禾食品"), List.of())), List.of(), List.of(),
                List.of(new Relation(RelationType.VISITED, "韦明澄", EntityKind.PERSON, "青禾食品有限公司",
                        EntityKind.COMPANY, null, null)));
        try (EmbeddedNeo4j server = EmbeddedNeo4j.start(new EmbeddedNeo4j.Settings(home, "127.0.0.1", 0, 0, null, "64m"));
             var driver = new Neo4jConnection(server.boltUri(), "neo4j", null).open()) {
            new GraphLoader(driver).load(List.of(new ExtractedPage(new PageResult("q.txt", List.of(story), List.of()),
                    List.of(x))));
        }
    }

    record Outcome(int exit, String out, String err) {
    }

    static Outcome profile(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        String[] all = new String[args.length + 1];
        all[0] = "profile";
        System.arraycopy(args, 0, all, 1, args.length);
        int exit = cl.execute(all);
        return new Outcome(exit, out.toString(), err.toString());
    }

    @Test
    void aPersonsDossierComesFromTheFolderWithNothingElseOnStandardOutput() {
        Outcome o = profile("韦明澄", "--data", home.toString());

        assertThat(o.exit()).as(o.err()).isEqualTo(Main.OK);
        List<String> lines = o.out().lines().toList();
        // The in-process server's start and stop chatter must not land among the dossier's lines.
        assertThat(lines.getFirst()).isEqualTo("Person: 韦明澄");
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("副县长").contains("2025-03-18"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("2025-03-18  韦明澄到青禾食品有限公司调研"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("青禾食品有限公司").contains("VISITED"));
    }

    @Test
    void aCompanyIsFoundByItsShorterPrintedForm() {
        Outcome o = profile("青禾食品", "--data", home.toString());

        assertThat(o.exit()).as(o.err()).isEqualTo(Main.OK);
        assertThat(o.out().lines().toList()).startsWith("Company: 青禾食品有限公司", "Also printed as: 青禾食品");
    }

    @Test
    void anUnknownNameOrAFolderWithoutAGraphFailsOnOneLine(@TempDir Path empty) {
        Outcome unknown = profile("韦明橙", "--data", home.toString());
        assertThat(unknown.exit()).isEqualTo(Main.FAILURE);
        assertThat(unknown.out()).isEmpty();
        assertThat(unknown.err()).contains("no person or company named 韦明橙 in " + home);

        Outcome noGraph = profile("韦明澄", "--data", empty.toString());
        assertThat(noGraph.exit()).isEqualTo(Main.FAILURE);
        assertThat(noGraph.err().strip()).doesNotContain("\n").isEqualTo("guanxi: " + empty + " holds no graph (no data/ folder in it)");
    }
}
