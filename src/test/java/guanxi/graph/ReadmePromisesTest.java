package guanxi.graph;

import guanxi.cli.ReportCommand;
import guanxi.extract.FactLimits;
import guanxi.page.PageFiles;
import guanxi.page.PageReader;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The figures README.md promises under faults are the ones the code uses: a README that says 20 s while the code
 * gives up after 12 s fails here, whichever of the two changed.
 */
class ReadmePromisesTest {

    private static final String README = readme();

    private static String readme() {
        try {
            // Line breaks inside a sentence of the README are spaces to the reader.
            return Files.readString(Path.of("README.md")).replaceAll("\\s*\\n\\s*", " ");
        } catch (IOException e) {
            throw new IllegalStateException("README.md must be readable from the project folder", e);
        }
    }

    private static long number(String regex) {
        Matcher m = Pattern.compile(regex).matcher(README);
        assertThat(m.find()).as("README states " + regex).isTrue();
        return Long.parseLong(m.group(1).replace(",", ""));
    }

    @Test
    void theRetryTimeIsTheDriversGiveUpTime() {
        assertThat(number("guanxi sets (\\d+) s, `Neo4jConnection.GIVE_UP`")).isEqualTo(Neo4jConnection.GIVE_UP.toSeconds());
        // A dead server is reported within 30 s (FaultsIT measures it): the retry time must leave room for that.
        assertThat(number("a dead server is reported within (\\d+) s")).isGreaterThan(Neo4jConnection.GIVE_UP.toSeconds());
    }

    @Test
    void theLimitsOnNamesAndAmountsAreFactLimits() {
        assertThat(number("a person name over (\\d+) characters")).isEqualTo(FactLimits.PERSON_NAME);
        assertThat(number("a company, organisation or title over (\\d+)")).isEqualTo(FactLimits.BODY_NAME);
        assertThat(number("a project name over (\\d+)")).isEqualTo(FactLimits.PROJECT_NAME);
        assertThat(number("an investment not above 0 or over (\\d+) trillion yuan") * 1_000_000_000_000L)
                .isEqualTo(FactLimits.MAX_YUAN);
    }

    @Test
    void theTimeoutsAreTheServersAndTheReportCommands() {
        assertThat(number("ends any transaction after (\\d+) minutes \\(`db.transaction.timeout`\\)") + "m")
                .isEqualTo(EmbeddedNeo4j.TRANSACTION_TIMEOUT);
        String reportDefault = new CommandLine(new ReportCommand()).getSubcommands().get("run")
                .getCommandSpec().findOption("--timeout").defaultValue();
        assertThat(number("reports run with a (\\d+) s transaction timeout")).isEqualTo(Long.parseLong(reportDefault));
        assertThat(number("A report runs for at most (\\d+) s \\(`--timeout SECONDS`\\)")).isEqualTo(Long.parseLong(reportDefault));
    }

    @Test
    void theInputLimitsAreThePageReaders() {
        assertThat(number("non-Chinese or over-(\\d+) MB file is refused") * 1024 * 1024).isEqualTo(PageFiles.MAX_BYTES);
        assertThat(number("a line of more than ([\\d,]+) characters without 。！？")).isEqualTo(PageReader.LONGEST_PROSE_LINE);
    }
}
