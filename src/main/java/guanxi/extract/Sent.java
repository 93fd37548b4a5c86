package guanxi.extract;

import guanxi.model.Sentence;
import guanxi.nlp.Segmenter;
import guanxi.nlp.Token;

import java.util.List;

/**
 * One sentence (or the headline) prepared for the rules: the normalised text, its HanLP tokens, and for each
 * character the token that covers it. Built once per sentence, so each sentence is segmented exactly once.
 */
final class Sent {

    /** Index of the headline pseudo-sentence; its offsets index into the story's title, not its text. */
    static final int HEADLINE = -1;

    final int index;
    /** Offset of the sentence's first character in the story text (0 for the headline). */
    final int base;
    /** The sentence exactly as printed. */
    final String raw;
    /** The sentence with ASCII punctuation mapped to full width (same length as {@link #raw}). */
    final String s;
    final List<Token> tokens;
    private final int[] tokenAt;

    Sent(int index, int base, String raw) {
        this.index = index;
        this.base = base;
        this.raw = raw;
        this.s = Segmenter.normalize(raw);
        this.tokens = Segmenter.get().segment(raw);
        this.tokenAt = new int[s.length()];
        java.util.Arrays.fill(tokenAt, -1);
        for (int t = 0; t < tokens.size(); t++) {
            Token tok = tokens.get(t);
            for (int i = tok.start(); i < tok.end() && i < tokenAt.length; i++) {
                tokenAt[i] = t;
            }
        }
    }

    static Sent of(Sentence sentence) {
        return new Sent(sentence.index(), sentence.start(), sentence.text());
    }

    int length() {
        return s.length();
    }

    /** The token covering character {@code i}, or null. */
    Token tokenAt(int i) {
        if (i < 0 || i >= tokenAt.length || tokenAt[i] < 0) {
            return null;
        }
        return tokens.get(tokenAt[i]);
    }

    /** True when a token ends exactly at {@code i} (or {@code i} is the end of the text). */
    boolean tokenEndsAt(int i) {
        if (i == s.length()) {
            return true;
        }
        Token t = tokenAt(i - 1);
        return t != null && t.end() == i;
    }

    /** True when a token starts exactly at {@code i}. */
    boolean tokenStartsAt(int i) {
        Token t = tokenAt(i);
        return t != null && t.start() == i;
    }

    /**
     * The tokens inside characters [start, end), in order, or null when a token crosses either bound: a span that cuts
     * a word in two is no name.
     */
    List<Token> tokensWithin(int start, int end) {
        List<Token> out = new java.util.ArrayList<>();
        for (Token t : tokens) {
            if (t.end() <= start || t.start() >= end) {
                continue;
            }
            if (t.start() < start || t.end() > end) {
                return null;
            }
            out.add(t);
        }
        return out;
    }

    boolean startsWith(String w, int i) {
        return s.startsWith(w, i);
    }

    char at(int i) {
        return i >= 0 && i < s.length() ? s.charAt(i) : '\0';
    }
}
