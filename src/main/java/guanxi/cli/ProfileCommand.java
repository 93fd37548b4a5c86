package guanxi.cli;

import guanxi.graph.Neo4jConnection;
import guanxi.graph.Neo4jUnavailableException;
import guanxi.graph.read.Dossier;
import guanxi.graph.read.ReadSide;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.Neo4jException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code guanxi profile NAME}: a person's or company's dossier, read through Spring Data Neo4j. */
@Command(name = "profile", mixinStandardHelpOptions = true,
        description = {"Print the dossier of a person or company (name or alias).",
                "Titles with dates, stories, strongest connections, companies met or visited, projects;",
                "read from a running graph (./guanxi serve, or --uri)."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:printed", "1:failure, or no such person or company", "2:bad usage"})
public final class ProfileCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "NAME", description = "Person or company name, as printed.")
    String name;

    @Mixin
    ConnectionOptions neo4j;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** Stack traces of unexpected errors ({@link Failures}). */
    @picocli.CommandLine.Mixin
    Verbose verbose;

    @Override
    public Integer call() {
        java.io.PrintWriter err = spec.commandLine().getErr();
        Neo4jConnection connection = neo4j.connection();
        try (Driver driver = connection.open(); ReadSide read = ReadSide.start(driver)) {
            Optional<List<String>> dossier = Dossier.of(read, name);
            if (dossier.isEmpty()) {
                err.println("guanxi profile: no person or company named " + name + " in " + connection.uri());
                return Main.FAILURE;
            }
            java.io.PrintWriter out = spec.commandLine().getOut();
            dossier.get().forEach(out::println);
            out.flush();
            return Main.OK;
        } catch (Neo4jUnavailableException e) {
            err.println("guanxi profile: " + e.getMessage()
                    + (Neo4jConnection.nobodyThere(e) ? "; start the graph with ./guanxi serve, or give --uri" : ""));
            return Main.FAILURE;
        } catch (Neo4jException e) {
            err.println("guanxi profile: " + connection.explain(e).getMessage());
            return Main.FAILURE;
        }
    }
}
