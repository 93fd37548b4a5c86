package guanxi.bench;

import guanxi.model.Resources;

import java.util.List;
import java.util.SplittableRandom;

/**
 * A word list from {@code src/main/resources/bench/}: one entry per line, blank lines and {@code #}
 * comments skipped. Reads the resource once; picks entries with a caller's random source so that the
 * generator stays deterministic.
 */
record Lexicon(String name, List<String> entries) {

    Lexicon {
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("bench lexicon " + name + " is empty");
        }
        entries = List.copyOf(entries);
    }

    /** Loads {@code bench/NAME} from the classpath. */
    static Lexicon load(String name) {
        return new Lexicon(name, lines(name));
    }

    /** The non-comment lines of {@code bench/NAME}, trimmed, in file order. */
    static List<String> lines(String name) {
        return linesWithComments(name).stream().filter(t -> !t.startsWith("#")).toList();
    }

    /** The non-blank lines of {@code bench/NAME}, trimmed, in file order, comments included. */
    static List<String> linesWithComments(String name) {
        return Resources.lines("bench/" + name);
    }

    String pick(SplittableRandom rnd) {
        return entries.get(rnd.nextInt(entries.size()));
    }

    /** Favours the head of the list (the file puts the common entries first). */
    String pickSkewed(SplittableRandom rnd) {
        double u = rnd.nextDouble();
        return entries.get((int) (u * u * entries.size()));
    }

    String get(int i) {
        return entries.get(Math.floorMod(i, entries.size()));
    }

    int size() {
        return entries.size();
    }
}
