package guanxi.page;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How much two pieces of one page share in words, to tell which story a stray paragraph or headline
 * belongs to. Words are Han-character bigrams (no segmenter needed for names and topics); each is
 * weighted by how few of the page's blocks use it, so names (远帆控股, 陈立民) count and words
 * every story uses (发展, 项目, 有限公司) do not. One instance serves one page read on one thread.
 */
final class SharedWords {
    private final List<List<PageLine>> pieces;
    /** Counted on first use: most pages need no repair that asks. */
    private BlockFrequency blockFrequency;

    /** @param pieces the page's blocks, each as its lines (copied: later moves do not change weights) */
    SharedWords(List<List<PageLine>> pieces) {
        this.pieces = pieces.stream().map(List::copyOf).toList();
    }

    static Set<String> of(List<PageLine> lines) {
        // The default capacity on purpose: affinity sums weights in this set's order, and another capacity
        // would give another order (and last-bit differences in the sums).
        Set<String> out = new HashSet<>();
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
            blockFrequency = BlockFrequency.of(pieces);
        }
        int df = word.length() == 2 ? blockFrequency.get(word.charAt(0), word.charAt(1)) : 0;
        return Math.log((1.0 + pieces.size()) / (1.0 + df)) + Double.MIN_NORMAL;
    }

    /**
     * In how many pieces each Han bigram occurs, counted in one pass over the page without a string per
     * bigram: a bigram is its two characters as one int, kept in an open-addressing table with the last piece
     * that counted it (so a piece counts a bigram once).
     */
    static final class BlockFrequency {
        private final int[] keys;
        private final int[] counts;
        private final int[] lastPiece;
        private final int mask;

        private BlockFrequency(int expected) {
            int size = Integer.highestOneBit(Math.max(16, expected * 2) * 2 - 1);
            keys = new int[size];
            counts = new int[size];
            lastPiece = new int[size];
            mask = size - 1;
        }

        static BlockFrequency of(List<List<PageLine>> pieces) {
            int chars = 0;
            for (List<PageLine> piece : pieces) {
                for (PageLine l : piece) {
                    chars += l.matching().length();
                }
            }
            BlockFrequency f = new BlockFrequency(chars);
            for (int p = 0; p < pieces.size(); p++) {
                for (PageLine l : pieces.get(p)) {
                    String t = l.matching();
                    boolean han = !t.isEmpty() && Text.isHan(t.charAt(0));
                    for (int i = 0; i + 2 <= t.length(); i++) {
                        boolean nextHan = Text.isHan(t.charAt(i + 1));
                        if (han && nextHan) {
                            f.count(t.charAt(i), t.charAt(i + 1), p);
                        }
                        han = nextHan;
                    }
                }
            }
            return f;
        }

        /** The number of pieces with the bigram {@code a b}. */
        int get(char a, char b) {
            int key = key(a, b);
            for (int i = slot(key); ; i = (i + 1) & mask) {
                if (counts[i] == 0) {
                    return 0;
                }
                if (keys[i] == key) {
                    return counts[i];
                }
            }
        }

        private void count(char a, char b, int piece) {
            int key = key(a, b);
            int i = slot(key);
            while (counts[i] != 0 && keys[i] != key) {
                i = (i + 1) & mask;
            }
            if (counts[i] == 0) {
                keys[i] = key;
                counts[i] = 1;
                lastPiece[i] = piece;
            } else if (lastPiece[i] != piece) {
                counts[i]++;
                lastPiece[i] = piece;
            }
        }

        private static int key(char a, char b) {
            return a << 16 | b;
        }

        private int slot(int key) {
            int h = key * 0x9E3779B1;
            return (h ^ (h >>> 15)) & mask;
        }
    }
}
