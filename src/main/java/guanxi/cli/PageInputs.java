package guanxi.cli;

import guanxi.extract.ExtractedSource;
import guanxi.extract.PageSource;
import guanxi.extract.PageStream;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code load} and {@code import} build a graph from: page files to extract here, or, with {@code --extracted},
 * the JSON Lines an earlier {@code guanxi extract} wrote (extraction sharded over processes or machines).
 */
public final class PageInputs {

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Page files or folders of .txt pages; with --extracted, files or folders of .jsonl.")
    List<Path> paths;

    @Option(names = "--extracted", description = "PATHs hold what `guanxi extract` wrote (JSON Lines): build from its "
            + "stories without extracting again. A line that is not such a story is named (file:line) and skipped; "
            + "the exit code is then 3.")
    boolean extracted;

    /** The pages, read lazily: extracted here, or parsed from the JSON Lines. */
    PageStream open() {
        return open(paths, extracted);
    }

    static PageStream open(List<Path> paths, boolean extracted) {
        return extracted ? ExtractedSource.of(paths) : PageSource.of(paths);
    }
}
