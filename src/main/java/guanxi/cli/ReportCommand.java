package guanxi.cli;

import guanxi.report.GuideWriter;
import guanxi.report.NameSuggestions;
import guanxi.report.Report;
import guanxi.report.ReportArguments;
import guanxi.report.ReportFormat;
import guanxi.report.ReportLibrary;
import guanxi.report.ReportParam;
import guanxi.report.ReportResult;
import guanxi.report.ReportRunner;
import guanxi.report.ReportUsageException;
import org.neo4j.driver.exceptions.Neo4jException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code guanxi report list|run}: the saved Cypher reports in {@code cypher/reports/}. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "List and run the saved Cypher reports.",
        subcommands = {ReportCommand.ListReports.class, ReportCommand.RunReport.class, ReportCommand.WriteGuide.class})
public final class ReportCommand implements Runnable {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code guanxi report list}: name, title, parameters. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "Show every saved report and its parameters.")
    static final class ListReports implements Callable<Integer> {

        @Spec
        CommandLine.Model.CommandSpec spec;

        @picocli.CommandLine.Mixin
        Verbose verbose;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            for (Report r : ReportLibrary.bundled().all()) {
                String params = r.params().stream().map(ListReports::brief).collect(Collectors.joining(" "));
                out.println(r.name() + "  —  " + r.title() + (params.isEmpty() ? "" : "  [" + params + "]"));
                if (verbose.on()) {
                    out.println("    " + r.description());
                    for (ReportParam p : r.params()) {
                        out.println("    --param " + p.name() + "=" + p.type().declared() + "  " + p.description()
                                + switch (p.requirement()) {
                                    case REQUIRED -> " (required)";
                                    case OPTIONAL -> " (optional)";
                                    case DEFAULT -> " (default " + p.defaultText() + ")";
                                }
                                + (p.example() != null ? ", e.g. " + p.example() : ""));
                    }
                }
            }
            out.flush();
            return Main.OK;
        }

        private static String brief(ReportParam p) {
            return switch (p.requirement()) {
                case REQUIRED -> p.name();
                case OPTIONAL -> p.name() + "?";
                case DEFAULT -> p.name() + "=" + p.defaultText();
            };
        }
    }

    /** {@code guanxi report run NAME}: one report, parameters as Cypher parameters, to a table, CSV or JSON. */
    @Command(name = "run", mixinStandardHelpOptions = true, description = "Run one saved report.")
    static final class RunReport implements Callable<Integer> {

        @Spec
        CommandLine.Model.CommandSpec spec;

        @picocli.CommandLine.Mixin
        Verbose verbose;

        @Parameters(index = "0", paramLabel = "NAME", description = "The report's name, as `report list` shows it.")
        String name;

        @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE",
                description = "A report parameter; repeat for several. Passed to Neo4j as a Cypher parameter.")
        List<String> params = new ArrayList<>();

        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
                description = "table, csv (UTF-8 with BOM, for spreadsheets) or json (default: ${DEFAULT-VALUE}).")
        String format;

        @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
        Path out;

        @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
                description = "Stop the report after this many seconds (default: ${DEFAULT-VALUE}).")
        long timeoutSeconds;

        @Mixin
        GraphOptions graph;

        @Override
        public Integer call() throws IOException {
            CommandLine cl = spec.commandLine();
            ReportFormat fmt;
            Report report;
            Map<String, Object> bound;
            try {
                fmt = parseFormat(format);
                report = ReportLibrary.bundled().find(name).orElseThrow(() -> new ReportUsageException(
                        "no report named '" + name + "'" + ReportLibrary.bundled().closest(name)
                                .map(c -> ": did you mean " + c + "?").orElse("")));
                bound = ReportArguments.bind(report, ReportArguments.parsePairs(params));
                if (timeoutSeconds <= 0 || timeoutSeconds > 86_400) {
                    throw new ReportUsageException("--timeout must be from 1 to 86400 seconds, not " + timeoutSeconds);
                }
            } catch (ReportUsageException e) {
                // One line naming the culprit reads better than picocli's full usage screen after it.
                cl.getErr().println("guanxi: " + e.getMessage() + "; see guanxi report list --verbose");
                return Main.USAGE;
            }
            ReportResult result;
            String hint = null;
            try (GraphOptions.Graph g = graph.open()) {
                result = new ReportRunner(g.driver()).run(report, bound, java.time.Duration.ofSeconds(timeoutSeconds));
                if (result.rows().isEmpty()) {
                    hint = NameSuggestions.typedName(report, bound)
                            .map(typed -> noRowsHint(new NameSuggestions(g.driver()), typed.getKey(), typed.getValue()))
                            .orElse(null);
                }
            } catch (GraphOptions.GraphUnreachableException e) {
                cl.getErr().println(e.getMessage());
                return Main.FAILURE;
            } catch (Neo4jException e) {
                if (ReportRunner.timedOut(e)) {
                    cl.getErr().println("guanxi: report " + name + " stopped after " + timeoutSeconds
                            + " s (--timeout); narrow its parameters or allow it longer");
                    return Main.FAILURE;
                }
                cl.getErr().println("guanxi: report " + name + " failed in Neo4j at " + graph.uri() + ": "
                        + String.valueOf(e.getMessage()).lines().findFirst().orElse(e.getClass().getSimpleName()));
                return Main.FAILURE;
            }
            if (hint != null) {
                cl.getErr().println(hint);
            }
            if (out != null) {
                try (OutputStream os = newOutput(out)) {
                    fmt.write(result, os);
                }
                cl.getErr().println("guanxi: " + result.rows().size() + " rows written to " + out);
            } else {
                cl.getOut().flush();
                fmt.write(result, System.out);
                System.out.flush();
            }
            return Main.OK;
        }
    }

    /** One line for a report that found nothing for a typed name: the names in the graph spelled like it. */
    static String noRowsHint(NameSuggestions suggestions, String param, String typed) {
        List<String> like = suggestions.like(param, typed, 5);
        if (like.isEmpty()) {
            return "guanxi: nothing in the graph for " + param + "=" + typed + ", and no name spelled like it";
        }
        return "guanxi: nothing in the graph for " + param + "=" + typed + "; names spelled like it: "
                + String.join(", ", like) + " (e.g. -p " + param + "=" + like.get(0) + ")";
    }

    /** Opens {@code file} for writing, creating its folder: an analyst's --out often names a new one. */
    static OutputStream newOutput(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return Files.newOutputStream(file);
    }

    private static ReportFormat parseFormat(String format) {
        try {
            return ReportFormat.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ReportUsageException("--format must be table, csv or json, not '" + format + "'");
        }
    }

    /** {@code guanxi report guide}: the Browser guide offering every report, as cypher/guide.html holds it. */
    @Command(name = "guide", mixinStandardHelpOptions = true,
            description = "Write the Neo4j Browser guide (cypher/guide.html) from the saved reports.")
    static final class WriteGuide implements Callable<Integer> {

        @Spec
        CommandLine.Model.CommandSpec spec;

        @picocli.CommandLine.Mixin
        Verbose verbose;

        @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
        Path out;

        @Override
        public Integer call() throws IOException {
            String html = GuideWriter.html(ReportLibrary.bundled().all());
            if (out != null) {
                Files.writeString(out, html);
            } else {
                spec.commandLine().getOut().print(html);
                spec.commandLine().getOut().flush();
            }
            return Main.OK;
        }
    }
}
