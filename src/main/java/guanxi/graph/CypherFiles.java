package guanxi.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** Reads Cypher kept in resource files: whole statements, or a script split into statements at semicolons. */
final class CypherFiles {

    private CypherFiles() {
    }

    /** The text of classpath resource {@code path}. */
    static String read(String path) {
        try (InputStream in = CypherFiles.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path + " (is the jar complete?)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A statement shipped next to this class, e.g. {@code statement("mentions")}. */
    static String statement(String name) {
        return read("guanxi/graph/" + name + ".cypher");
    }

    /** The statements of a script: {@code //} comment lines dropped, split at a semicolon ending a line. */
    static List<String> script(String path) {
        String text = read(path).lines().filter(l -> !l.strip().startsWith("//"))
                .reduce("", (a, b) -> a + b + "\n");
        return Arrays.stream(text.split(";\\s*\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
