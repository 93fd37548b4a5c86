package guanxi.cli;

import guanxi.report.GraphMlExport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code guanxi export --out FILE.graphml}: the graph for Gephi or yEd, when a journalist wants a picture for print. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the graph as GraphML (open it in Gephi or yEd).")
public final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    /** Stack traces of unexpected errors ({@link Failures}). */
    @picocli.CommandLine.Mixin
    Verbose verbose;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "The .graphml file to write.")
    Path out;

    @Option(names = "--with-mentions", description = "Also export Story-MENTIONS->entity edges (many; off by default).")
    boolean withMentions;

    @Mixin
    GraphOptions graph;

    @Override
    public Integer call() throws IOException {
        CommandLine cl = spec.commandLine();
        try (GraphOptions.Graph g = graph.open()) {
            long[] counts;
            try (OutputStream os = ReportCommand.newOutput(out)) {
                counts = new GraphMlExport(g.driver()).write(os, withMentions);
            }
            cl.getErr().println("guanxi: " + counts[0] + " nodes and " + counts[1] + " edges written to " + out);
            return Main.OK;
        } catch (GraphOptions.GraphUnreachableException e) {
            cl.getErr().println(e.getMessage());
            return Main.FAILURE;
        }
    }
}
