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
        // A worker thread that dies of a fatal error leaves the run unable to finish: say why in one line and stop.
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            System.err.println("guanxi: " + fatal(e));
            Runtime.getRuntime().halt(FAILURE);
        });
        int code;
        try {
            code = run(args);
        } catch (Error e) {
            // Errors pass picocli's handler (it takes exceptions): one line, not a stack trace.
            System.err.println("guanxi: " + fatal(e));
            code = FAILURE;
        }
        System.exit(code);
    }

    /** Runs the command line and returns the exit code, without exiting: tests call this. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        Failures failures = new Failures();
        cl.setExecutionExceptionHandler(failures);
        cl.setExitCodeExceptionMapper(failures);
        return cl;
    }

    /**
     * One line for a failure caused by a fatal error (out of memory, stack overflow, a missing class), anywhere in
     * its causes, with what to do about it; other failures get their innermost message.
     */
    static String fatal(Throwable e) {
        Error error = fatalCause(e);
        if (error instanceof OutOfMemoryError oom) {
            return "out of memory (" + (oom.getMessage() == null ? "heap" : oom.getMessage()) + "): give the JVM more,"
                    + " e.g. GUANXI_JAVA_OPTS=-Xmx4g (the default is -Xmx2g), or feed fewer pages per run";
        }
        if (error instanceof StackOverflowError) {
            return "stack overflow: a page nests too deeply or a rule recurses; give threads more stack with"
                    + " GUANXI_JAVA_OPTS=\"-Xmx2g -Xss8m\" and report the page";
        }
        if (error != null) {
            return "fatal error " + error.getClass().getName() + (error.getMessage() == null ? "" : ": "
                    + error.getMessage().strip().lines().findFirst().orElse("")) + " (rebuild with ./mvnw package or"
                    + " check the Java version)";
        }
        String message = e.getMessage();
        return message == null ? e.getClass().getName() : message.strip().lines().findFirst().orElse(message);
    }

    /**
     * The {@link OutOfMemoryError} among {@code e} and its causes (one thrown in a class's initialiser arrives
     * wrapped in another error), else the first {@link Error}, or null.
     */
    static Error fatalCause(Throwable e) {
        Error first = null;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OutOfMemoryError oom) {
                return oom;
            }
            if (t instanceof Error error && first == null) {
                first = error;
            }
        }
        return first;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
