package guanxi.cli;

import guanxi.graph.read.ReadSide;
import org.neo4j.driver.exceptions.Neo4jException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code guanxi profile NAME}: a person's or company's dossier, read through Spring Data Neo4j ({@link ReadSide})
 * from a running graph or, with {@code --data}, from the folder {@code serve} keeps it in, as {@code report} and
 * {@code export} do.
 */
@Command(name = "profile", mixinStandardHelpOptions = true,
        description = {"Print the dossier of a person or company (name or alias).",
                "Titles with dates, stories, strongest connections, companies met or visited, projects;",
                "read from a running graph (./guanxi serve, or --uri) or its folder (--data)."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:printed", "1:failure, or no such person or company", "2:bad usage"})
public final class ProfileCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "NAME", description = "Person or company name, as printed.")
    String name;

    @Mixin
    GraphOptions graph;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** Stack traces of unexpected errors ({@link Failures}). */
    @picocli.CommandLine.Mixin
    Verbose verbose;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Optional<List<String>> dossier;
        try (GraphOptions.Graph g = graph.open(); ReadSide read = ReadSide.start(g.driver())) {
            dossier = read.dossier(name);
        } catch (GraphOptions.GraphUnreachableException e) {
            err.println(e.getMessage());
            return Main.FAILURE;
        } catch (Neo4jException e) {
            err.println("guanxi profile: reading " + graph.uri() + " failed: "
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse(e.getClass().getSimpleName()));
            return Main.FAILURE;
        }
        if (dossier.isEmpty()) {
            err.println("guanxi profile: no person or company named " + name + " in " + graph.uri());
            return Main.FAILURE;
        }
        PrintWriter out = spec.commandLine().getOut();
        dossier.get().forEach(out::println);
        out.flush();
        return Main.OK;
    }
}
