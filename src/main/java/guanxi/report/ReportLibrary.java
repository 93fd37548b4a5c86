package guanxi.report;

import guanxi.model.Resources;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The saved reports: every {@code *.cypher} file of a folder, or of {@code cypher/reports/} on the
 * classpath (a folder during development, a jar entry in the packaged tool). Reads files, produces
 * parsed {@link Report}s sorted by name.
 */
public final class ReportLibrary {

    /** Where reports live on the classpath and in the source tree. */
    public static final String CLASSPATH_FOLDER = "cypher/reports/";

    private final List<Report> reports;

    private ReportLibrary(List<Report> reports) {
        this.reports = reports.stream().sorted(Comparator.comparing(Report::name)).toList();
    }

    /** The reports shipped with guanxi. */
    public static ReportLibrary bundled() {
        List<Report> reports = new ArrayList<>();
        Resources.folder(CLASSPATH_FOLDER, ".cypher").forEach((file, text) ->
                reports.add(Report.parse(nameOf(file), CLASSPATH_FOLDER + file, text)));
        return new ReportLibrary(reports);
    }

    /** Every {@code *.cypher} file directly in {@code folder}. */
    public static ReportLibrary fromFolder(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            List<Report> reports = new ArrayList<>();
            for (Path file : files.filter(p -> p.getFileName().toString().endsWith(".cypher")).toList()) {
                reports.add(Report.parse(nameOf(file.getFileName().toString()), file.toString(),
                        Files.readString(file, StandardCharsets.UTF_8)));
            }
            return new ReportLibrary(reports);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String nameOf(String fileName) {
        return fileName.substring(0, fileName.length() - ".cypher".length());
    }

    public List<Report> all() {
        return reports;
    }

    /**
     * The report name closest to {@code typed}: one that contains it or is contained in it, else the one fewest
     * edits away, if that is at most a third of the name. Empty when nothing is close.
     */
    public Optional<String> closest(String typed) {
        String t = typed.toLowerCase(java.util.Locale.ROOT).strip();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> part = reports.stream().map(Report::name).filter(n -> n.contains(t) || t.contains(n)).findFirst();
        if (part.isPresent()) {
            return part;
        }
        return reports.stream().map(Report::name)
                .min(java.util.Comparator.comparingInt((String n) -> edits(n, t)).thenComparing(n -> n))
                .filter(n -> edits(n, t) <= Math.max(2, n.length() / 3));
    }

    /** Levenshtein distance. */
    static int edits(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] swap = prev;
            prev = cur;
            cur = swap;
        }
        return prev[b.length()];
    }

    public Optional<Report> find(String name) {
        return reports.stream().filter(r -> r.name().equals(name)).findFirst();
    }
}
