package guanxi.extract;

import guanxi.model.ExtractedPage;

import java.nio.file.Path;
import java.util.List;

/**
 * Extracted pages in order, for a load or an import, and what the stream could not use: {@link PageSource} extracts
 * page files, {@link ExtractedSource} reads back the JSON Lines {@code guanxi extract} wrote. Both produce the same
 * {@link ExtractedPage}s for the same pages (through the same {@link FactLimits}), so a graph does not depend on where
 * extraction ran. The graph layer consumes them as plain {@code Iterable<ExtractedPage>}.
 */
public interface PageStream extends Iterable<ExtractedPage>, AutoCloseable {

    /** Inputs expected (page files), or 0 when unknown before reading (lines of extracted files). */
    int size();

    /** The input files, so that a page Neo4j refuses can be named by its file. */
    List<Path> files();

    /** What the {@link #rejected()} lines count, for the summary: {@code files} or {@code lines}. */
    String unit();

    /** How many inputs were read, for the summary line ("N of M files rejected"). */
    int read();

    /** One line per rejected input, naming it (file, or file:line) and the reason. */
    List<String> rejected();

    /** One line per page that loads without some name, title or amount {@link FactLimits} set aside. */
    List<String> setAside();

    @Override
    void close();
}
