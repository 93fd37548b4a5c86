package guanxi.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import guanxi.extract.ExtractionJson;
import guanxi.extract.Pipeline;
import guanxi.extract.Scorer;
import guanxi.model.Extraction;
import guanxi.page.PageFiles;
import guanxi.page.RejectedInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code guanxi eval GOLD PATH...}: precision, recall and F1 of the extractor against annotated stories. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {
                "Score extraction against gold stories (JSON Lines, one story per line, as extract writes them): "
                        + "precision, recall and F1 per entity type, per relation type and in total (micro).",
                "PATH is a page file or folder (extracted now) or a .jsonl file of stories already extracted."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:scored (and at or above --min-f1)", "1:relation F1 below --min-f1, or failure",
                "2:bad usage: a missing or empty gold file, a PATH that does not exist or holds no pages", "3:scored, but some page files were rejected"})
public final class EvalCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameters(index = "0", paramLabel = "GOLD", description = "Gold stories, JSON Lines.")
    Path gold;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "PATH",
            description = "Pages (files or folders of .txt) or .jsonl files of extracted stories.")
    List<Path> paths;

    @Option(names = "--errors", description = "List every miss and false positive with its story (and evidence).")
    boolean errors;

    @Option(names = "--min-f1", paramLabel = "X", description = "Exit 1 when the relation micro-F1 is below X.")
    Double minF1;

    @Spec
    CommandSpec spec;

    /** Stack traces of unexpected errors ({@link Failures}). */
    @picocli.CommandLine.Mixin
    Verbose verbose;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(gold)) {
            err.println("guanxi eval: the gold file " + gold + (Files.exists(gold) ? " is not a file" : " does not exist"));
            return Main.USAGE;
        }
        for (Path p : paths) {
            if (!Files.exists(p)) {
                err.println("guanxi eval: " + p + " does not exist");
                return Main.USAGE;
            }
        }
        List<JsonNode> goldStories = readJsonLines(gold);
        if (goldStories.isEmpty()) {
            err.println("guanxi eval: the gold file " + gold + " holds no stories");
            return Main.USAGE;
        }
        List<JsonNode> pred = new ArrayList<>();
        List<Path> pages = new ArrayList<>();
        for (Path p : paths) {
            if (p.toString().endsWith(".jsonl")) {
                pred.addAll(readJsonLines(p));
            } else {
                pages.add(p);
            }
        }
        int rejected = 0;
        Pipeline pipeline = new Pipeline();
        List<Path> pageFiles = pages.isEmpty() ? List.<Path>of() : PageFiles.expand(pages);
        if (!pages.isEmpty() && pageFiles.isEmpty()) {
            err.println("guanxi eval: " + ExtractCommand.nothingToRead(pages));
            return Main.USAGE;
        }
        for (Path f : pageFiles) {
            try {
                guanxi.model.Page page = PageFiles.read(f);
                page.notes().forEach(note -> err.println("guanxi eval: " + f + ": " + note));
                for (Extraction x : pipeline.process(page).extractions()) {
                    pred.add(ExtractionJson.toJson(x));
                }
            } catch (RejectedInputException e) {
                err.println("guanxi eval: " + e.getMessage());
                rejected++;
            }
        }
        Scorer.Report report = Scorer.score(goldStories, pred);
        out.print(report.table());
        if (errors) {
            for (Scorer.Error e : report.errors()) {
                out.println(String.join("\t", e.kind(), e.type(), String.valueOf(e.story()), e.item())
                        + (e.evidence() == null ? "" : "\t" + e.evidence()));
            }
        }
        out.flush();
        if (minF1 != null && report.relations().f1() < minF1) {
            return Main.FAILURE;
        }
        return rejected > 0 ? Main.REJECTED_INPUT : Main.OK;
    }

    private static List<JsonNode> readJsonLines(Path file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonNode node = JSON.readTree(line);
                if (node.has("discarded")) {
                    continue;
                }
                out.add(node);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IOException(file + ":" + n + ": not a JSON object: " + e.getOriginalMessage());
            }
        }
        return out;
    }
}
