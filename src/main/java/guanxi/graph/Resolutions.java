package guanxi.graph;

import guanxi.model.Resources;

import java.io.IOException;
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
            return Resources.textIfPresent(FILE).map(text -> parse(text, FILE)).orElseGet(Resolutions::none);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + local + ": " + e.getMessage(), e);
        }
    }

    /**
     * Parses the TSV text.
     *
     * A byte order mark (an editor on Windows saves one) is not part of the first name. A name decided the same
     * as itself, a name written under two different names, and a cycle of {@code same} lines (a=b, b=a) are errors.
     *
     * @throws IllegalArgumentException naming the source and line of the first malformed line
     */
    public static Resolutions parse(String text, String source) {
        Map<String, String> same = new LinkedHashMap<>();
        Map<String, Integer> sameLine = new LinkedHashMap<>();
        List<List<String>> different = new ArrayList<>();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cols = lines[i].split("\t");
            if (cols.length != 3 || cols[0].isBlank() || cols[1].isBlank()) {
                throw new IllegalArgumentException(source + ":" + (i + 1)
                        + ": expected two different names and same|different separated by tabs");
            }
            String a = cols[0].strip();
            String b = cols[1].strip();
            if (a.equals(b)) {
                throw new IllegalArgumentException(source + ":" + (i + 1) + ": links " + a + " to itself");
            }
            switch (cols[2].strip()) {
                case "same" -> {
                    String earlier = same.putIfAbsent(b, a);
                    if (earlier != null && !earlier.equals(a)) {
                        throw new IllegalArgumentException(source + ":" + (i + 1) + ": " + b + " is already written under "
                                + earlier + " (line " + sameLine.get(b) + ")");
                    }
                    sameLine.putIfAbsent(b, i + 1);
                    String cycle = cycleFrom(same, b);
                    if (cycle != null) {
                        throw new IllegalArgumentException(source + ":" + (i + 1) + ": same lines form a cycle (" + cycle
                                + "): no name to write them under");
                    }
                }
                case "different" -> different.add(List.of(a, b));
                default -> throw new IllegalArgumentException(source + ":" + (i + 1)
                        + ": third column must be same or different, not '" + cols[2].strip() + "'");
            }
        }
        return new Resolutions(same, different);
    }

    /** The chain from {@code start} back to itself as {@code a → b → a}, or null when it ends at a head. */
    private static String cycleFrom(Map<String, String> same, String start) {
        List<String> path = new ArrayList<>(List.of(start));
        for (String next = same.get(start); next != null; next = same.get(next)) {
            path.add(next);
            if (next.equals(start)) {
                return String.join(" → ", path);
            }
            if (path.size() > same.size() + 1) {
                return null;
            }
        }
        return null;
    }

    /** The name a fact about {@code name} is written under: the first name of a {@code same} line, or itself. */
    public String canonical(String name) {
        String target = same.get(name);
        // Chains (a=b, b=c) resolve to their head; parse refuses cycles, the bound is a second guard.
        for (int hops = 0; target != null && hops < 64; hops++) {
            name = target;
            target = same.get(name);
        }
        return name;
    }
}
