package guanxi.cli;

import guanxi.extract.PageSource;
import guanxi.graph.GraphLoader;
import guanxi.graph.Neo4jConnection;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/** Lets graph tests run the load command's code path with a given connection and error stream. */
public final class LoadCommandAccess {
    private LoadCommandAccess() {
    }

    public static int load(Neo4jConnection connection, Path pages, PrintStream err) {
        return LoadCommand.load(connection, () -> PageSource.of(List.of(pages)), GraphLoader.DEFAULT_BATCH_STORIES, false,
                err);
    }
}
