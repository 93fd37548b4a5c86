package guanxi.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code guanxi extract PATH...}: pages to one JSON object per story (the gold format). */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Read pages (files or folders of .txt) and write one JSON object per story.")
public final class ExtractCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Page files or folders of .txt pages.")
    List<Path> paths;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path out;

    @Override
    public Integer call() {
        throw new UnsupportedOperationException("extract is not built yet");
    }
}
