package guanxi.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The one way guanxi reads the files it ships on its classpath: lexicons, Cypher, the Browser's style sheet and
 * guide, the story reader's page. Reads a path from the classpath root as UTF-8; produces its text, its non-blank
 * lines, or its words (lines without {@code #} comments). Every layer above uses it, so the class loader, the
 * charset and what a missing file says are decided once. A shipped file that is missing means a broken build, not
 * bad input, so it fails at once naming the path.
 */
public final class Resources {

    private Resources() {
    }

    /** The whole text of {@code path} (e.g. {@code "cypher/guanxi.grass"}). */
    public static String text(String path) {
        return textIfPresent(path).orElseThrow(() ->
                new IllegalStateException("missing resource " + path + " (is the jar complete?)"));
    }

    /** The text of {@code path}, or empty when the classpath has no such file (an optional file a user may add). */
    public static Optional<String> textIfPresent(String path) {
        try (InputStream in = Resources.class.getClassLoader().getResourceAsStream(path)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + path, e);
        }
    }

    /** The lines of {@code path}, stripped, blank ones left out, in file order; {@code #} lines are kept. */
    public static List<String> lines(String path) {
        return text(path).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** The entries of a word list: its lines, stripped, without blank lines and {@code #} comment lines. */
    public static List<String> words(String path) {
        return lines(path).stream().filter(l -> !l.startsWith("#")).toList();
    }
}
