package guanxi.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code guanxi} command. Exit codes: 0 ok, 1 failure, 2 bad usage,
 * 3 finished but some input files were rejected.
 */
@Command(name = "guanxi", mixinStandardHelpOptions = true, version = "guanxi 0.1.0",
        description = "Chinese county newspaper pages into a Neo4j graph of officials, companies and projects.")
public final class Main implements Runnable {

    /**
     * The subcommands by name, in the order help lists them. Registered by {@link #commandLine(String...)}, not by the
     * annotation, and named rather than referenced: picocli reads every registered command's classes, and a client
     * command must not load the embedded server's (see there). MainTest checks each name against its command.
     */
    static final Map<String, String> SUBCOMMANDS = subcommands(
            "extract", "guanxi.cli.ExtractCommand", "eval", "guanxi.cli.EvalCommand",
            "serve", "guanxi.cli.ServeCommand", "load", "guanxi.cli.LoadCommand",
            "import", "guanxi.cli.ImportCommand", "profile", "guanxi.cli.ProfileCommand",
            "report", "guanxi.cli.ReportCommand", "export", "guanxi.cli.ExportCommand",
            "generate", "guanxi.cli.GenerateCommand", "bench", "guanxi.cli.BenchCommand",
            "help", "picocli.CommandLine$HelpCommand");

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
        lightLogging(args);
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

    /** Commands that at most talk to a server through the driver: none of them runs Neo4j in this process. */
    static final java.util.Set<String> CLIENT_COMMANDS =
            java.util.Set.of("report", "profile", "load", "export", "extract", "eval", "generate");

    /**
     * For a client command (one that starts no Neo4j here: not {@code serve}, {@code import}, {@code bench}, nor a
     * {@code --data} read), routes the libraries' logging (Netty under the driver finds Neo4j's logging bridge on
     * the class path) to Log4j's plain logger, errors only, instead of starting Log4j's full configuration: that
     * start reads about 550 classes and an XML file, a fifth of a report's start-up. An explicit setting wins.
     */
    static void lightLogging(String... args) {
        boolean client = args.length > 0 && CLIENT_COMMANDS.contains(args[0])
                && java.util.Arrays.stream(args).noneMatch(a -> a.equals("--data") || a.startsWith("--data="));
        if (client && System.getProperty(LOGGER_CONTEXT_FACTORY) == null) {
            System.setProperty(LOGGER_CONTEXT_FACTORY, "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
    }

    static final String LOGGER_CONTEXT_FACTORY = "log4j2.loggerContextFactory";

    /** Runs the command line and returns the exit code, without exiting: tests call this. */
    public static int run(String... args) {
        return commandLine(args).execute(args);
    }

    /** The whole command line, every subcommand registered (help, tests). */
    static CommandLine commandLine() {
        return commandLine(new String[0]);
    }

    /**
     * The command line for {@code args}: when the first argument names a subcommand exactly, only that one is
     * registered, so {@code report run} starts without reading the classes of {@code serve} or {@code import}
     * (and so without loading the embedded server); anything else (no argument, an option, {@code help}, a typo)
     * gets every subcommand, for the usage screen and picocli's suggestions.
     */
    static CommandLine commandLine(String... args) {
        CommandLine cl = new CommandLine(new Main());
        String only = args.length == 0 || "help".equals(args[0]) || !SUBCOMMANDS.containsKey(args[0]) ? null : args[0];
        for (Map.Entry<String, String> sub : SUBCOMMANDS.entrySet()) {
            if (only == null || only.equals(sub.getKey())) {
                cl.addSubcommand(sub.getKey(), commandClass(sub.getValue()));
            }
        }
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

    private static Map<String, String> subcommands(String... namesAndClasses) {
        Map<String, String> byName = new LinkedHashMap<>();
        for (int i = 0; i < namesAndClasses.length; i += 2) {
            byName.put(namesAndClasses[i], namesAndClasses[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(byName);
    }

    static Class<?> commandClass(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new NoClassDefFoundError(name);
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
