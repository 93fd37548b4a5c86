package guanxi.cli;

import guanxi.page.RejectedInputException;
import guanxi.report.ReportUsageException;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/** The one mapper from a command's exception to its stderr line and exit code, as every command gets it. */
class FailuresTest {

    @Command(name = "probe")
    static final class Probe implements Callable<Integer> {
        @Mixin
        Verbose verbose;

        @Option(names = "--throw")
        String what;

        @Override
        public Integer call() {
            throw switch (what) {
                case "usage" -> new ReportUsageException("top must be 0 or more, not -1");
                case "rejected" -> new RejectedInputException(Path.of("p.txt"), "empty file");
                case "oom" -> new IllegalStateException("worker failed", new OutOfMemoryError("Java heap space"));
                default -> new IllegalStateException("no space left on device on /data\n\tdetail line");
            };
        }
    }

    private record Run(int code, List<String> err) {
    }

    private static Run run(String... args) {
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new Main()).addSubcommand(new Probe());
        Failures failures = new Failures();
        cl.setExecutionExceptionHandler(failures).setExitCodeExceptionMapper(failures);
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, err.toString().lines().toList());
    }

    @Test
    void anUnexpectedFailureIsOneLineNamingTheCommandAndExitsOne() {
        Run r = run("probe", "--throw", "disk");
        assertThat(r.code()).isEqualTo(Main.FAILURE);
        assertThat(r.err()).containsExactly("guanxi probe: no space left on device on /data");
    }

    @Test
    void verboseAddsTheStackTrace() {
        Run r = run("probe", "--throw", "disk", "--verbose");
        assertThat(r.code()).isEqualTo(Main.FAILURE);
        assertThat(r.err().getFirst()).isEqualTo("guanxi probe: no space left on device on /data");
        assertThat(r.err()).anySatisfy(l -> assertThat(l).contains("at guanxi.cli.FailuresTest$Probe.call"));
    }

    @Test
    void usageAndRejectedInputHaveTheirOwnCodes() {
        assertThat(run("probe", "--throw", "usage").code()).isEqualTo(Main.USAGE);
        Run rejected = run("probe", "--throw", "rejected");
        assertThat(rejected.code()).isEqualTo(Main.REJECTED_INPUT);
        assertThat(rejected.err()).containsExactly("guanxi probe: " + Path.of("p.txt") + ": rejected: empty file");
    }

    @Test
    void aFatalErrorSaysWhatToDo() {
        Run r = run("probe", "--throw", "oom");
        assertThat(r.code()).isEqualTo(Main.FAILURE);
        assertThat(r.err()).hasSize(1).allMatch(l -> l.startsWith("guanxi: out of memory (Java heap space)"));
    }

    @Test
    void everyCommandTakesTheOneVerbose() {
        CommandLine cl = Main.commandLine();
        for (CommandLine c : all(cl)) {
            Object command = c.getCommandSpec().userObject();
            if (command instanceof Callable<?> && !(command instanceof CommandLine.HelpCommand)) {
                assertThat(c.getMixins().get("verbose")).as(c.getCommandSpec().qualifiedName()).isInstanceOf(Verbose.class);
            }
        }
    }

    private static List<CommandLine> all(CommandLine cl) {
        List<CommandLine> out = new java.util.ArrayList<>(List.of(cl));
        cl.getSubcommands().values().forEach(c -> out.addAll(all(c)));
        return out;
    }
}
