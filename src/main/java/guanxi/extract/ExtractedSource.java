package guanxi.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import guanxi.model.ExtractedPage;
import guanxi.model.Extraction;
import guanxi.model.PageResult;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The JSON Lines {@code guanxi extract} wrote, as a stream of extracted pages for the loader or the bulk import:
 * reads the files in the order given (a folder's {@code .jsonl} files in name order), one line at a time, and
 * produces one {@link ExtractedPage} per run of lines with the same {@code doc} (extract writes a page's stories
 * together, in story order), through the same {@link FactLimits} as {@link PageSource}. Nothing is extracted again,
 * so extraction can run anywhere (one process per shard of the pages) and the graph is built from its output.
 *
 * <p>A line that is not such a record is rejected with one line naming {@code file:line} and the reason
 * ({@link #rejected()}); the other lines of its page and file load. {@code extract --explain}'s lines (the lines a
 * page reader set aside) and blank lines are passed over. Memory holds one page at a time.
 */
public final class ExtractedSource extends InputLedger {

    private static final ObjectMapper JSON = new ObjectMapper();

    private int lines;
    /** The file an iteration is reading, closed by {@link #close()} when the iteration stops early. */
    private BufferedReader openReader;

    private ExtractedSource(List<Path> files) {
        super(files);
    }

    /** The files given, and in the folders given their {@code .jsonl} files in name order. */
    public static ExtractedSource of(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> listing = Files.list(path)) {
                    listing.filter(f -> f.getFileName().toString().endsWith(".jsonl") && Files.isRegularFile(f))
                            .sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + path, e);
                }
            } else {
                files.add(path);
            }
        }
        return new ExtractedSource(files);
    }

    @Override
    public int size() {
        return 0;
    }

    @Override
    public String unit() {
        return "lines";
    }

    @Override
    public int read() {
        return lines;
    }

    @Override
    public Iterator<ExtractedPage> iterator() {
        return new Pages() {
            private int file = -1;
            private BufferedReader reader;
            private int lineNumber;
            /** The first story of the next page, read while finding where this one ends. */
            private Extraction pending;

            @Override
            ExtractedPage read() {
                if (pending == null && !advance()) {
                    return null;
                }
                List<Extraction> page = new ArrayList<>();
                page.add(pending);
                pending = null;
                String doc = page.getFirst().story().doc();
                Extraction x;
                while ((x = readStory()) != null) {
                    if (!x.story().doc().equals(doc)) {
                        pending = x;
                        break;
                    }
                    page.add(x);
                }
                return checked(doc, page);
            }

            /** Reads the next story into {@link #pending}, opening later files as needed; false at the end. */
            private boolean advance() {
                while (pending == null) {
                    if (reader == null && !open()) {
                        return false;
                    }
                    pending = readStory();
                }
                return true;
            }

            /** The next story of the open file, or null at its end (the file is then closed: a page never spans two). */
            private Extraction readStory() {
                if (reader == null) {
                    return null;
                }
                Path path = files().get(file);
                try {
                    String line;
                    while ((line = reader.readLine()) != null) {
                        lineNumber++;
                        if (line.isBlank()) {
                            continue;
                        }
                        lines++;
                        Extraction x = parse(path, lineNumber, line);
                        if (x != null) {
                            return x;
                        }
                    }
                } catch (IOException e) {
                    reject(path + ":" + lineNumber + ": cannot read on (" + e.getClass().getSimpleName() + ")");
                }
                closeReader();
                return null;
            }

            private boolean open() {
                while (++file < files().size()) {
                    Path path = files().get(file);
                    try {
                        reader = Files.newBufferedReader(path, StandardCharsets.UTF_8);
                        openReader = reader;
                        lineNumber = 0;
                        return true;
                    } catch (IOException e) {
                        reject(path + ": cannot read (" + e.getClass().getSimpleName() + ")");
                    }
                }
                return false;
            }

            private void closeReader() {
                try {
                    reader.close();
                } catch (IOException e) {
                    // Read to its end already: nothing is lost.
                }
                reader = null;
                openReader = null;
            }
        };
    }

    /** One line as a story, or null when it is rejected (noted) or is not a story (an --explain line). */
    private Extraction parse(Path path, int lineNumber, String line) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            reject(path + ":" + lineNumber + ": not JSON: " + firstLine(e.getOriginalMessage()));
            return null;
        }
        if (node != null && node.isObject() && node.has("discarded") && !node.has("id")) {
            return null;
        }
        try {
            return ExtractionJson.fromJson(node);
        } catch (IllegalArgumentException e) {
            reject(path + ":" + lineNumber + ": not a story record: " + e.getMessage());
            return null;
        }
    }

    private ExtractedPage checked(String doc, List<Extraction> stories) {
        ExtractedPage page = new ExtractedPage(
                new PageResult(doc, stories.stream().map(Extraction::story).toList(), List.of()), stories);
        FactLimits.Checked checked = FactLimits.check(page);
        if (!checked.setAside().isEmpty()) {
            setAside(doc + ": set aside " + String.join("; ", checked.setAside()));
        }
        return checked.page();
    }

    private static String firstLine(String message) {
        String line = message == null ? "" : message.strip().lines().findFirst().orElse("");
        return line.length() > 120 ? line.substring(0, 120) + "…" : line;
    }

    @Override
    public void close() {
        if (openReader != null) {
            try {
                openReader.close();
            } catch (IOException e) {
                // Only read from: nothing to lose.
            }
            openReader = null;
        }
    }
}
