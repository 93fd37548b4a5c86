package guanxi.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/**
 * One word list guanxi ships ({@code page/surnames.txt}, {@code extract/titles.txt}, {@code bench/places.txt} …), read
 * through {@link Resources}: one entry per line, blank lines and {@code #} comment lines left out. The comment lines
 * that open the file say where its entries come from and what they are for; they are kept as {@link #provenance()}, so
 * a list without one is caught by a test rather than by a reader wondering. Immutable; the views below are what the
 * page reader, the extractor and the corpus generator make of a list.
 *
 * @param path       the classpath path, for messages
 * @param provenance the opening comment lines without their {@code #}, joined by spaces (empty when the file has none)
 * @param entries    the entries, stripped, in file order
 */
public record Lexicon(String path, String provenance, List<String> entries) {

    public Lexicon {
        entries = List.copyOf(entries);
    }

    /** Reads the list at {@code path} (e.g. {@code "page/surnames.txt"}); a missing file fails naming it. */
    public static Lexicon load(String path) {
        List<String> lines = Resources.lines(path);
        List<String> opening = new ArrayList<>();
        for (String line : lines) {
            if (!line.startsWith("#")) {
                break;
            }
            opening.add(line.substring(1).strip());
        }
        return new Lexicon(path, String.join(" ", opening).strip(),
                lines.stream().filter(l -> !l.startsWith("#")).toList());
    }

    /**
     * The entries as a set for look-ups: a new hash set, the caller's own. A plain {@link HashSet}, not a wrapper: the
     * extractor asks these sets at nearly every character, and unlike {@link Set#copyOf}, whose order changes from one
     * run to the next, it iterates in the same order every run, so code that walks it stays deterministic.
     */
    public Set<String> set() {
        return new HashSet<>(entries);
    }

    /** Each entry once, longest first, then in code-point order: where a longer word must be tried first (执行副总裁 before 总裁). */
    public List<String> longestFirst() {
        List<String> sorted = new ArrayList<>(new LinkedHashSet<>(entries));
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        return List.copyOf(sorted);
    }

    /** Every entry compiled as a regular expression, in file order. */
    public List<Pattern> patterns() {
        return entries.stream().map(Pattern::compile).toList();
    }

    /**
     * Every entry split in two at the first match of {@code separator} (a regular expression such as {@code "\t"} or
     * {@code "\\s+"}), in file order; an entry without it is a broken list and fails naming the file and the entry.
     */
    public List<String[]> pairs(String separator) {
        Pattern split = Pattern.compile(separator);
        List<String[]> out = new ArrayList<>(entries.size());
        for (String entry : entries) {
            String[] pair = split.split(entry, 2);
            if (pair.length != 2) {
                throw new IllegalStateException(path + ": expected two columns in '" + entry + "'");
            }
            out.add(pair);
        }
        return List.copyOf(out);
    }

    public int size() {
        return entries.size();
    }

    /** The entry at {@code i}, counted round the list (any int, negative ones too). */
    public String get(int i) {
        return entries.get(Math.floorMod(i, entries.size()));
    }

    /** An entry chosen with the caller's random source, so that whoever draws stays deterministic. */
    public String pick(SplittableRandom random) {
        return entries.get(random.nextInt(entries.size()));
    }

    /** As {@link #pick}, favouring the head of the list (a file that puts its common entries first). */
    public String pickSkewed(SplittableRandom random) {
        double u = random.nextDouble();
        return entries.get((int) (u * u * entries.size()));
    }
}
