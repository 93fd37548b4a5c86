package guanxi.cli;

import guanxi.extract.PageStream;
import guanxi.graph.GraphImport;
import guanxi.graph.GraphLoader;
import guanxi.graph.LoadProgress;
import guanxi.graph.Resolutions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code guanxi import [--data DIR] PATH...}: the first load of an archive, with Neo4j's bulk importer. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {
                "Build a new graph from pages in a data folder with Neo4j's bulk importer.",
                "The first load of an archive: about 3 times faster than `load` at 100,000",
                "stories, and the graph `load` would build into an empty database. The",
                "folder must not hold a graph yet. `guanxi serve --data DIR` serves it;",
                "`guanxi load` adds or replaces pages afterwards. With --extracted, PATHs",
                "are JSON Lines files (or folders of .jsonl) that `guanxi extract` wrote."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:all pages imported", "1:failure (e.g. the folder already holds a graph)", "2:bad usage",
                "3:finished, some files rejected"})
public final class ImportCommand implements Callable<Integer> {

    @Mixin
    PageInputs inputs;

    @Option(names = "--data", paramLabel = "DIR", description = "Data folder to create (default: ${DEFAULT-VALUE}).")
    Path data = Path.of("data");

    @Option(names = "--batch", paramLabel = "N", description = "Stories read per step (default: ${DEFAULT-VALUE}).")
    int batch = GraphLoader.DEFAULT_BATCH_STORIES;

    @Mixin
    Verbose verbose;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!GraphImport.isFresh(data)) {
            err.println("guanxi import: " + data.toAbsolutePath() + " already holds a graph; add pages with"
                    + " `guanxi load`, or import into a new folder");
            return Main.FAILURE;
        }
        try (PageStream pages = inputs.open()) {
            LoadProgress progress = LoadProgress.console(System.err, System.console() != null, pages.size());
            GraphImport.Result result = GraphImport.run(data, pages, Resolutions.load(), progress, batch);
            err.printf("guanxi import: CSV %.1f s, bulk import %.1f s, schema %.1f s; serve it with"
                            + " `guanxi serve --data %s`%n", result.written().toMillis() / 1000.0,
                    result.bulk().toMillis() / 1000.0, result.schema().toMillis() / 1000.0, data);
            err.flush();
            // A failure of the import itself (a full disk, a kill) goes to Failures: one line, exit 1.
            return LoadCommand.rejected("import", "imported", pages, result.summary(), System.err);
        }
    }
}
