package guanxi.page;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How much two pieces of one page share in words, to tell which story a stray paragraph or headline
 * belongs to. Words are Han-character bigrams (no segmenter needed for names and topics); each is
 * weighted by how few of the page's blocks use it, so names (红星美凯龙, 袁卫廷) count and words
 * every story uses (发展, 项目, 有限公司) do not. One instance serves one page read on one thread.
 */
final class SharedWords {
    private final List<List<PageLine>> pieces;
    /** Counted on first use: most pages need no repair that asks. */
    private Map<String, Integer> blockFrequency;

    /** @param pieces the page's blocks, each as its lines (copied: later moves do not change weights) */
    SharedWords(List<List<PageLine>> pieces) {
        this.pieces = pieces.stream().map(List::copyOf).toList();
    }

    static Set<String> of(List<PageLine> lines) {
        // The default capacity on purpose: affinity sums weights in this set's order, and another capacity
        // would give another order (and last-bit differences in the sums).
        return bigrams(lines, new HashSet<>());
    }

    /** Adds the Han bigrams of {@code lines} to {@code out}, in text order; each character is classified once. */
    private static Set<String> bigrams(List<PageLine> lines, Set<String> out) {
        for (PageLine l : lines) {
            String t = l.matching();
            boolean han = !t.isEmpty() && Text.isHan(t.charAt(0));
            for (int i = 0; i + 2 <= t.length(); i++) {
                boolean nextHan = Text.isHan(t.charAt(i + 1));
                if (han && nextHan) {
                    out.add(t.substring(i, i + 2));
                }
                han = nextHan;
            }
        }
        return out;
    }

    /** The weighted share of {@code words} that {@code other} also has, from 0 to 1. */
    double affinity(Set<String> words, Set<String> other) {
        double total = 0;
        double shared = 0;
        for (String w : words) {
            double weight = weight(w);
            total += weight;
            if (other.contains(w)) {
                shared += weight;
            }
        }
        return total == 0 ? 0 : shared / total;
    }

    private double weight(String word) {
        if (blockFrequency == null) {
            // Sized for the page up front (only looked up, so its order does not matter): no rehashing as it grows.
            int[] chars = new int[pieces.size()];
            int total = 0;
            for (int p = 0; p < chars.length; p++) {
                for (PageLine l : pieces.get(p)) {
                    chars[p] += l.matching().length();
                }
                total += chars[p];
            }
            Map<String, Integer> frequency = HashMap.newHashMap(total);
            for (int p = 0; p < chars.length; p++) {
                for (String w : bigrams(pieces.get(p), HashSet.newHashSet(chars[p]))) {
                    frequency.merge(w, 1, Integer::sum);
                }
            }
            blockFrequency = frequency;
        }
        int df = blockFrequency.getOrDefault(word, 0);
        return Math.log((1.0 + pieces.size()) / (1.0 + df)) + Double.MIN_NORMAL;
    }
}
