package guanxi.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code guanxi} command. Exit codes: 0 ok, 1 failure, 2 bad usage,
 * 3 finished but some input files were rejected.
 */
@Command(name = "guanxi", mixinStandardHelpOptions = true, version = "guanxi 0.1.0",
        description = "Chinese county newspaper pages into a Neo4j graph of officials, companies and projects.",
        subcommands = {
                ExtractCommand.class,
                EvalCommand.class,
                ServeCommand.class,
                LoadCommand.class,
                ImportCommand.class,
                ProfileCommand.class,
                ReportCommand.class,
                ExportCommand.class,
                GenerateCommand.class,
                BenchCommand.class,
                CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {

    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;
    public static final int REJECTED_INPUT = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code, without exiting: tests call this. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("guanxi: " + ex.getMessage());
            return FAILURE;
        });
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
