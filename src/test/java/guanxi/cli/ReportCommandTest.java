package guanxi.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;

import static org.assertj.core.api.Assertions.assertThat;

/** The report command's answers that need no database: usage errors and an address where nothing listens. */
class ReportCommandTest {

    private record Outcome(int exit, String out, String err) {
    }

    private static Outcome run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Outcome(exit, out.toString(), err.toString());
    }

    @Test
    void listShowsEveryReportWithItsParameters() {
        Outcome o = run("report", "list");

        assertThat(o.exit()).isEqualTo(Main.OK);
        assertThat(o.out()).contains("person-profile  —  Person profile  [name top=200]")
                .contains("title-timeline  —  Title timeline  [title top=100 titles=10]")
                .contains("busiest-officials  —  Busiest officials  [top=30 person? titles=10]");
    }

    @Test
    void aMissingParameterIsAUsageErrorNamingIt() {
        Outcome o = run("report", "run", "title-timeline", "--uri", "bolt://localhost:1");

        assertThat(o.exit()).isEqualTo(Main.USAGE);
        assertThat(o.err()).contains("needs parameter 'title'").contains("--param title=县长");
    }

    @Test
    void anUnknownParameterIsAUsageErrorNamingIt() {
        Outcome o = run("report", "run", "title-timeline", "--param", "title=县长", "--param", "year=2022");

        assertThat(o.exit()).isEqualTo(Main.USAGE);
        assertThat(o.err()).contains("no parameter 'year'").contains("(it takes title, top, titles)");
    }

    @Test
    void outOfRangeValuesARunawayPatternAndABadTimeoutAreUsageErrors() {
        Outcome top = run("report", "run", "accompaniment-network", "-p", "top=-1", "--uri", "bolt://localhost:1");
        assertThat(top.exit()).isEqualTo(Main.USAGE);
        assertThat(top.err()).contains("'top'").contains("0 or more");
        Outcome pattern = run("report", "run", "external-visitors", "-p", "ministry_pattern=(((.+)+)+)+X",
                "--uri", "bolt://localhost:1");
        assertThat(pattern.exit()).isEqualTo(Main.USAGE);
        assertThat(pattern.err()).contains("'ministry_pattern'").contains("repeats a group");
        assertThat(run("report", "run", "possible-duplicates", "-p", "min_score=2", "--uri", "bolt://localhost:1").exit())
                .isEqualTo(Main.USAGE);
        Outcome timeout = run("report", "run", "busiest-officials", "--timeout", "0", "--uri", "bolt://localhost:1");
        assertThat(timeout.exit()).isEqualTo(Main.USAGE);
        assertThat(timeout.err()).contains("--timeout");
    }

    @Test
    void anUnknownReportOrFormatIsAUsageError() {
        assertThat(run("report", "run", "no-such-report").err()).contains("no report named 'no-such-report'");
        assertThat(run("report", "run", "no-such-report").exit()).isEqualTo(Main.USAGE);
        assertThat(run("report", "run", "co-attendance", "--format", "xlsx").exit()).isEqualTo(Main.USAGE);
    }

    @Test
    void nothingListeningGivesAOneLineHintToStartServe() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        Outcome o = run("report", "run", "co-attendance", "--param", "person=罗建军", "--uri", "bolt://localhost:" + port);

        assertThat(o.exit()).isEqualTo(Main.FAILURE);
        assertThat(o.err().strip()).doesNotContain("\n")
                .contains("bolt://localhost:" + port).contains("./guanxi serve");
    }

    @Test
    void anUnknownReportNameSuggestsTheClosest() {
        Outcome typo = run("report", "run", "person-profil", "-p", "name=某某");
        assertThat(typo.exit()).isEqualTo(Main.USAGE);
        assertThat(typo.err()).contains("did you mean person-profile?");
        assertThat(run("report", "run", "timeline").err()).contains("did you mean title-timeline?");
        assertThat(run("report", "run", "no-such-report").err()).doesNotContain("did you mean");
    }

    @Test
    void profileWithNothingListeningGetsTheSameHintAndNoNettyText() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        Outcome o = run("profile", "某某", "--uri", "bolt://localhost:" + port);

        assertThat(o.exit()).isEqualTo(Main.FAILURE);
        assertThat(o.err().strip()).doesNotContain("\n").contains("bolt://localhost:" + port)
                .contains("./guanxi serve").contains("connection refused").doesNotContain("finishConnect");
    }

    @Test
    void evalOnAMissingGoldFileOrPathIsAUsageErrorNamingIt(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws IOException {
        Outcome noGold = run("eval", dir.resolve("gold.jsonl").toString(), "seeds");
        assertThat(noGold.exit()).isEqualTo(Main.USAGE);
        assertThat(noGold.err().strip()).isEqualTo("guanxi eval: the gold file " + dir.resolve("gold.jsonl") + " does not exist");

        java.nio.file.Path gold = java.nio.file.Files.writeString(dir.resolve("g.jsonl"), "{\"id\":\"x\"}\n");
        Outcome noPages = run("eval", gold.toString(), dir.resolve("nowhere").toString());
        assertThat(noPages.exit()).isEqualTo(Main.USAGE);
        assertThat(noPages.err()).contains("nowhere does not exist");
        Outcome emptyFolder = run("eval", gold.toString(), dir.toString());
        assertThat(emptyFolder.exit()).isEqualTo(Main.USAGE);
        assertThat(emptyFolder.err()).contains("holds no .txt pages");
    }
}
