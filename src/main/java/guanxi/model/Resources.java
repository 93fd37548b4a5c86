package guanxi.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The one way guanxi reads the files it ships on its classpath: lexicons, Cypher, the Browser's style sheet and
 * guide, the story reader's page, the saved reports. Reads a path from the classpath root as UTF-8; produces its text,
 * its non-blank lines (a word list's entries are {@link Lexicon#load}'s), or the files of a folder. Every layer above uses it, so the class loader, the
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

    /**
     * The text of every file directly in classpath folder {@code folder} (ending in {@code /}) whose name ends in
     * {@code suffix}, keyed by file name in name order: a folder of the classes directory during development, jar
     * entries in the packaged tool.
     */
    public static SortedMap<String, String> folder(String folder, String suffix) {
        URL url = Resources.class.getClassLoader().getResource(folder);
        if (url == null) {
            throw new IllegalStateException("missing resource folder " + folder + " (is the jar complete?)");
        }
        SortedMap<String, String> files = new TreeMap<>();
        try {
            if ("jar".equals(url.getProtocol())) {
                JarFile jar = ((JarURLConnection) url.openConnection()).getJarFile();
                for (JarEntry entry : jar.stream().toList()) {
                    String path = entry.getName();
                    if (path.startsWith(folder) && path.endsWith(suffix) && path.indexOf('/', folder.length()) < 0) {
                        try (InputStream in = jar.getInputStream(entry)) {
                            files.put(path.substring(folder.length()), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                        }
                    }
                }
            } else {
                try (Stream<Path> list = Files.list(Path.of(url.toURI()))) {
                    for (Path file : list.filter(f -> f.getFileName().toString().endsWith(suffix)).toList()) {
                        files.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource folder " + folder, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return files;
    }

    /** The lines of {@code path}, stripped, blank ones left out, in file order; {@code #} lines are kept. */
    public static List<String> lines(String path) {
        return text(path).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
