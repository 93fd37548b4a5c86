package guanxi.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import guanxi.extract.ExtractionJson;
import guanxi.extract.Pipeline;
import guanxi.model.ExtractedPage;
import guanxi.model.Extraction;
import guanxi.model.Page;
import guanxi.page.PageFiles;
import guanxi.page.RejectedInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** {@code guanxi extract PATH...}: pages to one JSON object per story (the gold format). */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {
                "Read pages (files or folders of .txt) and write one JSON object per story (JSON Lines, UTF-8).",
                "Each object holds the story's entities and relations (the format the gold files of eval use), "
                        + "plus id, mentions on entities and evidence on relations.",
                "Pages are read in parallel; output keeps the sorted file order, then story order.",
                "A file that is not a page gets one line on stderr (file and reason) and is skipped; "
                        + "the rest is processed and the exit code is 3."},
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
            + "\"reason\":…}]}: the page lines the reader set aside as noise, with the reason, and why each story starts "
            + "where it does.")
    boolean explain;

    @Option(names = "--verbose", description = "Print stack traces of unexpected errors.")
    boolean verbose;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: number of cores).")
    Integer threads;

    /** One input file's outcome: its extracted page, or the reason it was rejected. */
    private record Outcome(Path file, ExtractedPage page, String rejected) {
    }

    @Override
    public Integer call() throws IOException {
        List<Path> files = PageFiles.expand(paths);
        if (files.isEmpty()) {
            System.err.println("guanxi extract: " + nothingToRead(paths));
            return Main.USAGE;
        }
        Pipeline pipeline = new Pipeline();
        int n = threads != null ? Math.max(1, threads) : Runtime.getRuntime().availableProcessors();
        List<String> rejected = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(n);
             Writer w = open()) {
            PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
            // A bounded window of pages in flight: parallel work, output in file order, memory independent of input size.
            java.util.ArrayDeque<CompletableFuture<Outcome>> window = new java.util.ArrayDeque<>();
            for (Path f : files) {
                window.add(CompletableFuture.supplyAsync(() -> process(pipeline, f), pool));
                if (window.size() >= n * 4) {
                    write(window.poll().join(), w, err, rejected);
                }
            }
            while (!window.isEmpty()) {
                write(window.poll().join(), w, err, rejected);
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

    private void write(Outcome o, Writer w, PrintWriter err, List<String> rejected) throws IOException {
        if (o.rejected() != null) {
            err.println("guanxi extract: " + o.rejected());
            rejected.add(o.file().toString());
            return;
        }
        for (Extraction x : o.page().extractions()) {
            w.write(JSON.writeValueAsString(ExtractionJson.toJson(x)));
            w.write('\n');
        }
        if (explain) {
            var explained = ExtractionJson.discarded(o.page().doc(), o.page().page().discarded());
            explained.set("cuts", JSON.valueToTree(o.page().page().cuts()));
            w.write(JSON.writeValueAsString(explained));
            w.write('\n');
        }
    }

    private Writer open() throws IOException {
        if (out == null) {
            // Standard output stays open for whoever runs the command in-process (tests, the benchmark).
            return new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)) {
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

    private Outcome process(Pipeline pipeline, Path file) {
        try {
            Page page = PageFiles.read(file);
            if (year != null) {
                page = new Page(page.doc(), page.text(), year, page.date(), page.paper());
            }
            return new Outcome(file, pipeline.process(page), null);
        } catch (RejectedInputException e) {
            return new Outcome(file, null, e.getMessage());
        } catch (RuntimeException e) {
            if (verbose) {
                e.printStackTrace();
            }
            return new Outcome(file, null, file + ": extraction failed: " + e);
        }
    }
}
