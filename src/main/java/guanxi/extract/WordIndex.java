package guanxi.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;

/**
 * A word list as two character tries, one read forwards and one backwards, so the rules find the words starting or
 * ending at a position in a few steps whatever the size of the list (they ask at every character of every sentence).
 */
final class WordIndex {

    private final Node forward = new Node();
    private final Node backward = new Node();
    /** Which characters open a word and which end one: most positions of a text are turned away on one bit. */
    private final BitSet firsts = new BitSet(Character.MAX_VALUE + 1);
    private final BitSet lasts = new BitSet(Character.MAX_VALUE + 1);

    WordIndex(Collection<String> words) {
        for (String w : words) {
            if (!w.isEmpty()) {
                forward.add(w, false);
                backward.add(w, true);
                firsts.set(w.charAt(0));
                lasts.set(w.charAt(w.length() - 1));
            }
        }
    }

    /** The length of the longest word ending at {@code end} in {@code s}, or 0. */
    int longestEndingAt(String s, int end) {
        if (end <= 0 || end > s.length() || !lasts.get(s.charAt(end - 1))) {
            return 0;
        }
        int longest = 0;
        Node n = backward;
        for (int i = end - 1; i >= 0; i--) {
            n = n.child(s.charAt(i));
            if (n == null) {
                break;
            }
            if (n.word) {
                longest = end - i;
            }
        }
        return longest;
    }

    /** The words that start at {@code i} in {@code s}, longest first (empty when none). */
    List<String> at(String s, int i) {
        if (i < 0 || i >= s.length() || !firsts.get(s.charAt(i))) {
            return List.of();
        }
        List<String> out = null;
        Node n = forward;
        for (int k = i; k < s.length(); k++) {
            n = n.child(s.charAt(k));
            if (n == null) {
                break;
            }
            if (n.word) {
                if (out == null) {
                    out = new ArrayList<>(2);
                }
                out.add(0, s.substring(i, k + 1));
            }
        }
        return out == null ? List.of() : out;
    }

    /** The longest word starting at {@code i}, or null. */
    String longestAt(String s, int i) {
        int length = longestLengthAt(s, i);
        return length == 0 ? null : s.substring(i, i + length);
    }

    /** The length of the longest word starting at {@code i}, or 0 (asking for the length spares a substring). */
    int longestLengthAt(String s, int i) {
        if (i < 0 || i >= s.length() || !firsts.get(s.charAt(i))) {
            return 0;
        }
        int longest = 0;
        Node n = forward;
        for (int k = i; k < s.length(); k++) {
            n = n.child(s.charAt(k));
            if (n == null) {
                break;
            }
            if (n.word) {
                longest = k + 1 - i;
            }
        }
        return longest;
    }

    /** True when a word of at least {@code minLength} characters starts at {@code i} and ends by {@code end}. */
    boolean hasWordAt(String s, int i, int end, int minLength) {
        if (i < 0 || i >= end || !firsts.get(s.charAt(i))) {
            return false;
        }
        Node n = forward;
        for (int k = i; k < end; k++) {
            n = n.child(s.charAt(k));
            if (n == null) {
                return false;
            }
            if (n.word && k + 1 - i >= minLength) {
                return true;
            }
        }
        return false;
    }

    /** True when some word occurs anywhere in {@code s}. */
    boolean occursIn(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (longestLengthAt(s, i) > 0) {
                return true;
            }
        }
        return false;
    }

    /** A trie node: children in a sorted key array (binary search), and whether a word ends here. */
    private static final class Node {
        private char[] keys = new char[0];
        private Node[] children = new Node[0];
        private boolean word;

        Node child(char c) {
            int k = Arrays.binarySearch(keys, c);
            return k >= 0 ? children[k] : null;
        }

        void add(String w, boolean reversed) {
            Node n = this;
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(reversed ? w.length() - 1 - i : i);
                int k = Arrays.binarySearch(n.keys, c);
                if (k < 0) {
                    k = -k - 1;
                    n.keys = insert(n.keys, k, c);
                    Node[] grown = Arrays.copyOf(n.children, n.children.length + 1);
                    System.arraycopy(grown, k, grown, k + 1, n.children.length - k);
                    grown[k] = new Node();
                    n.children = grown;
                }
                n = n.children[k];
            }
            n.word = true;
        }

        private static char[] insert(char[] a, int at, char c) {
            char[] out = new char[a.length + 1];
            System.arraycopy(a, 0, out, 0, at);
            out[at] = c;
            System.arraycopy(a, at, out, at + 1, a.length - at);
            return out;
        }
    }
}
