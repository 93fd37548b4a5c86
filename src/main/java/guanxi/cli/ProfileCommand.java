package guanxi.cli;

import guanxi.graph.Neo4jConnection;
import guanxi.graph.Neo4jUnavailableException;
import guanxi.graph.read.Dossier;
import guanxi.graph.read.ReadSide;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.Neo4jException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code guanxi profile NAME}: a person's or company's dossier, read through Spring Data Neo4j. */
@Command(name = "profile", mixinStandardHelpOptions = true,
        description = {"Print the dossier of a person or company (name or alias): titles with dates, stories,",
                "strongest connections, companies met or visited, projects."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:printed", "1:failure, or no such person or company", "2:bad usage"})
public final class ProfileCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "NAME", description = "Person or company name, as printed.")
    String name;

    @Option(names = "--uri", paramLabel = "URI",
            description = "Neo4j address (default: env GUANXI_NEO4J_URI, else " + Neo4jConnection.DEFAULT_URI + ").")
    String uri;

    @Option(names = "--user", paramLabel = "USER", description = "User (default: env GUANXI_NEO4J_USER, else neo4j).")
    String user;

    @Option(names = "--password", interactive = true, arity = "0",
            description = "Prompt for the password (otherwise env GUANXI_NEO4J_PASSWORD, else no authentication).")
    char[] password;

    @Override
    public Integer call() {
        Neo4jConnection connection = Neo4jConnection.resolve(uri, user,
                password == null ? null : new String(password), System.getenv());
        try (Driver driver = connection.open(); ReadSide read = ReadSide.start(driver)) {
            Optional<List<String>> dossier = Dossier.of(read, name);
            if (dossier.isEmpty()) {
                System.err.println("guanxi profile: no person or company named " + name + " in " + connection.uri());
                return Main.FAILURE;
            }
            dossier.get().forEach(System.out::println);
            return Main.OK;
        } catch (Neo4jUnavailableException e) {
            System.err.println("guanxi profile: " + e.getMessage());
            return Main.FAILURE;
        } catch (Neo4jException e) {
            System.err.println("guanxi profile: " + connection.explain(e).getMessage());
            return Main.FAILURE;
        }
    }
}
