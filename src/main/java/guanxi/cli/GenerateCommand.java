package guanxi.cli;

import guanxi.bench.CorpusGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code guanxi generate --stories N --seed S --out DIR}: a synthetic corpus of pages for benchmarks. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write a seeded, deterministic corpus of synthetic county-paper pages (.txt) built from the "
                + "seed stories' sentence patterns, with their layout faults, plus MANIFEST.tsv (stories per page).")
public final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Stack traces of unexpected errors ({@link Failures}). */
    @picocli.CommandLine.Mixin
    Verbose verbose;

    @Option(names = "--stories", paramLabel = "N", defaultValue = "1000",
            description = "Stories in the corpus, three to six per page (default: ${DEFAULT-VALUE}).")
    int stories;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Random seed: the same seed and story count give byte-identical pages (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder to write the pages into.")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (stories < 1) {
            throw new ParameterException(spec.commandLine(), "--stories must be at least 1, got " + stories);
        }
        CorpusGenerator.Written w = new CorpusGenerator(seed, stories).write(out);
        spec.commandLine().getOut().printf("pages=%d%nstories=%d%nchars=%d%nout=%s%n", w.pages(), w.stories(), w.chars(), out);
        return Main.OK;
    }
}
