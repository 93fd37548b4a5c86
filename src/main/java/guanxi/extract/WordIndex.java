package guanxi.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A word list indexed by first character, longest words first, so the rules find the words starting at a position
 * without scanning the whole list (they ask at every character of every sentence).
 */
final class WordIndex {

    private final Map<Character, List<String>> byFirst = new HashMap<>();
    private final Map<Character, List<String>> byLast = new HashMap<>();

    WordIndex(Collection<String> words) {
        List<String> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        for (String w : sorted) {
            if (!w.isEmpty()) {
                byFirst.computeIfAbsent(w.charAt(0), k -> new ArrayList<>()).add(w);
                byLast.computeIfAbsent(w.charAt(w.length() - 1), k -> new ArrayList<>()).add(w);
            }
        }
    }

    /** The length of the longest word ending at {@code end} in {@code s}, or 0. */
    int longestEndingAt(String s, int end) {
        if (end <= 0 || end > s.length()) {
            return 0;
        }
        List<String> candidates = byLast.get(s.charAt(end - 1));
        if (candidates != null) {
            for (String w : candidates) {
                if (w.length() <= end && s.startsWith(w, end - w.length())) {
                    return w.length();
                }
            }
        }
        return 0;
    }

    /** The words that start at {@code i} in {@code s}, longest first (empty when none). */
    List<String> at(String s, int i) {
        if (i < 0 || i >= s.length()) {
            return List.of();
        }
        List<String> candidates = byFirst.get(s.charAt(i));
        if (candidates == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>(2);
        for (String w : candidates) {
            if (s.startsWith(w, i)) {
                out.add(w);
            }
        }
        return out;
    }

    /** The longest word starting at {@code i}, or null. */
    String longestAt(String s, int i) {
        if (i < 0 || i >= s.length()) {
            return null;
        }
        List<String> candidates = byFirst.get(s.charAt(i));
        if (candidates != null) {
            for (String w : candidates) {
                if (s.startsWith(w, i)) {
                    return w;
                }
            }
        }
        return null;
    }
}
