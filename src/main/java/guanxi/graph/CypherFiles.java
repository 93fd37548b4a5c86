package guanxi.graph;

import guanxi.model.Resources;

import java.util.Arrays;
import java.util.List;

/** Reads Cypher kept in resource files: whole statements, or a script split into statements at semicolons. */
final class CypherFiles {

    private CypherFiles() {
    }

    /** The text of classpath resource {@code path}. */
    static String read(String path) {
        return Resources.text(path);
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
