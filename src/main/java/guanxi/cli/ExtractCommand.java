package guanxi.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import guanxi.extract.ExtractionJson;
import guanxi.extract.PageSource;
import guanxi.model.Extraction;
import guanxi.page.PageFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code guanxi extract PATH...}: pages to one JSON object per story (the gold format). */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {
                "Read pages (files or folders of .txt) and write one JSON object per story (JSON Lines, UTF-8).",
                "Each object holds the story's entities and relations (the format the gold files of eval use), "
                        + "plus id, mentions on entities, evidence on relations, the story text, its sentences and "
                        + "the kinds of relation ends: all the graph needs, so `load --extracted` and "
                        + "`import --extracted` build the graph from it without extracting again.",
                "Pages are read in parallel; output keeps the sorted file order, then story order.",
                "A file that is not a page, or a page in which no story is found, gets one line on stderr (file and "
                        + "reason) and is skipped; the rest is processed and the exit code is 3. A page with a bad "
                        + "byte is read with the byte replaced and gets one line naming its offset."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:all pages read", "1:failure", "2:bad usage, or nothing to read (a folder without .txt pages)",
                "3:finished, some files rejected"})
public final class ExtractCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Page files or folders of .txt pages.")
    List<Path> paths;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path out;

    @Option(names = "--year", paramLabel = "YYYY",
            description = "Issue year of the pages, for full dates (overrides a PAGE.meta.json sidecar).")
    Integer year;

    @Option(names = "--explain", description = "After each page's stories, also write one line "
            + "{\"doc\":…, \"discarded\":[{\"line\":…, \"text\":…, \"reason\":…}], \"cuts\":[{\"line\":…, \"title\":…, "
            + "\"reason\":…}], \"set_aside\":[…]}: the page lines the reader set aside as noise, with the reason, why each "
            + "story starts where it does, and each name, title or amount left out because it cannot be one (a name "
            + "hundreds of characters long), with the reason.")
    boolean explain;

    @Mixin
    Verbose verbose;

    @Spec
    CommandSpec spec;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: number of cores).")
    Integer threads;

    @Override
    public Integer call() throws IOException {
        List<Path> files = PageFiles.expand(paths);
        PrintWriter err = spec.commandLine().getErr();
        if (files.isEmpty()) {
            err.println("guanxi extract: " + nothingToRead(paths));
            return Main.USAGE;
        }
        PageSource.Reading reading = (threads != null ? PageSource.Reading.onThreads(threads)
                : PageSource.Reading.allCores()).withYear(year);
        List<String> rejected = new ArrayList<>();
        // Pages are extracted in parallel a bounded window ahead and come back in file order: output in file order,
        // memory independent of the input's size.
        try (PageSource pages = PageSource.of(files, reading);
             Writer w = open()) {
            for (Iterator<PageSource.Outcome> outcomes = pages.outcomes(); outcomes.hasNext(); ) {
                write(outcomes.next(), w, err, rejected);
            }
            w.flush();
            if (!rejected.isEmpty()) {
                err.println("guanxi extract: " + rejected.size() + " of " + files.size()
                        + " files rejected: " + String.join(", ", rejected));
                return Main.REJECTED_INPUT;
            }
        }
        return Main.OK;
    }

    /** Why {@code paths}, which expand to no file, give nothing to read: one line naming them. */
    static String nothingToRead(List<Path> paths) {
        return "nothing to read: " + paths.stream()
                .map(p -> Files.isDirectory(p) ? p + " holds no .txt pages" : p + " does not exist")
                .collect(java.util.stream.Collectors.joining("; "));
    }

    private void write(PageSource.Outcome o, Writer w, PrintWriter err, List<String> rejected) throws IOException {
        if (o.rejected() != null) {
            if (o.failure() != null && verbose.on()) {
                o.failure().printStackTrace(err);
            }
            err.println("guanxi extract: " + o.rejected());
            rejected.add(o.file().toString());
            return;
        }
        o.notes().forEach(note -> err.println("guanxi extract: " + o.file() + ": " + note));
        for (Extraction x : o.page().extractions()) {
            w.write(JSON.writeValueAsString(ExtractionJson.toJson(x)));
            w.write('\n');
        }
        if (explain) {
            var explained = ExtractionJson.discarded(o.page().doc(), o.page().page().discarded());
            explained.set("cuts", JSON.valueToTree(o.page().page().cuts()));
            explained.set("set_aside", JSON.valueToTree(o.setAside()));
            w.write(JSON.writeValueAsString(explained));
            w.write('\n');
        }
    }

    private Writer open() throws IOException {
        if (out == null) {
            // Standard output stays open for whoever runs the command in-process (tests, the benchmark).
            return new BufferedWriter(spec.commandLine().getOut()) {
                @Override
                public void close() throws IOException {
                    flush();
                }
            };
        }
        try {
            return Files.newBufferedWriter(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IOException("cannot write " + out + " (" + e.getClass().getSimpleName() + ")", e);
        }
    }
}
