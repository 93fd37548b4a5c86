package guanxi.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A reviewer's identity decisions, read from {@code cypher/resolutions.tsv}: lines of
 * {@code name<TAB>name<TAB>same|different}; {@code #} starts a comment. {@code same} writes the second name's facts
 * under the first (the second kept as an alias and as the printed name on each fact, so removing the line and
 * reloading splits them again); {@code different} suppresses the POSSIBLY_SAME_AS link between the two.
 *
 * @param same      second name to first name
 * @param different pairs kept apart, each a two-element list
 */
public record Resolutions(Map<String, String> same, List<List<String>> different) {

    public static final String FILE = "cypher/resolutions.tsv";

    public Resolutions {
        same = Map.copyOf(same);
        different = List.copyOf(different);
    }

    public static Resolutions none() {
        return new Resolutions(Map.of(), List.of());
    }

    /** The file in the working directory when there is one (a reviewer's edits), else the copy shipped in the jar. */
    public static Resolutions load() {
        Path local = Path.of(FILE);
        try {
            if (Files.isRegularFile(local)) {
                return parse(Files.readString(local, StandardCharsets.UTF_8), local.toString());
            }
            try (InputStream in = Resolutions.class.getClassLoader().getResourceAsStream(FILE)) {
                return in == null ? none() : parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), FILE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + local + ": " + e.getMessage(), e);
        }
    }

    /**
     * Parses the TSV text.
     *
     * @throws IllegalArgumentException naming the source and line of the first malformed line
     */
    public static Resolutions parse(String text, String source) {
        Map<String, String> same = new LinkedHashMap<>();
        List<List<String>> different = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cols = lines[i].split("\t");
            if (cols.length != 3 || cols[0].isBlank() || cols[1].isBlank() || cols[0].strip().equals(cols[1].strip())) {
                throw new IllegalArgumentException(source + ":" + (i + 1)
                        + ": expected two different names and same|different separated by tabs");
            }
            String a = cols[0].strip();
            String b = cols[1].strip();
            switch (cols[2].strip()) {
                case "same" -> same.put(b, a);
                case "different" -> different.add(List.of(a, b));
                default -> throw new IllegalArgumentException(source + ":" + (i + 1)
                        + ": third column must be same or different, not '" + cols[2].strip() + "'");
            }
        }
        return new Resolutions(same, different);
    }

    /** The name a fact about {@code name} is written under: the first name of a {@code same} line, or itself. */
    public String canonical(String name) {
        String target = same.get(name);
        // Chains (a=b, b=c) resolve to their head; the bound guards against a cycle in a hand-edited file.
        for (int hops = 0; target != null && hops < 16; hops++) {
            name = target;
            target = same.get(name);
        }
        return name;
    }
}
