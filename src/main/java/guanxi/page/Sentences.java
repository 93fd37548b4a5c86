package guanxi.page;

import guanxi.model.Sentence;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a story body into sentences: after 。！？ outside quotation marks (with any closing quotes
 * that follow, so a quote stays with its sentence) and at paragraph ends. Offsets point into the body; surrounding
 * whitespace is left out and empty pieces are skipped.
 */
final class Sentences {
    private static final String OPEN_QUOTES = "“「『";
    private static final String CLOSE_QUOTES = "”」』";
    private Sentences() {
    }

    static List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        for (int[] span : spans(text)) {
            int start = span[0];
            int end = span[1];
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (start < end) {
                out.add(new Sentence(out.size(), start, end, text.substring(start, end)));
            }
        }
        return out;
    }

    /**
     * Sentence spans [start, end): a sentence ends after 。！？… (and the closing quotes or brackets
     * right after it) outside quotation marks, after a quotation that closes on one (“…。”), and at
     * every line end, where an unclosed quote is given up. The list is never empty.
     */
    static List<int[]> spans(String s) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        int quoteDepth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u4e00' && c <= '\u9fff') {
                // Most characters are Han, and a Han character is neither quote, end mark nor line end.
                continue;
            }
            boolean quotedSentenceEnds = false;
            if (OPEN_QUOTES.indexOf(c) >= 0) {
                quoteDepth++;
            } else if (CLOSE_QUOTES.indexOf(c) >= 0) {
                quoteDepth = Math.max(0, quoteDepth - 1);
                quotedSentenceEnds = quoteDepth == 0 && i > 0 && Text.isTerminal(s.charAt(i - 1));
            }
            if (c == '\n' || quotedSentenceEnds || Text.isTerminal(c) && quoteDepth == 0) {
                int end = i + 1;
                while (end < s.length() && (Text.isTerminal(s.charAt(end)) || Text.isCloser(s.charAt(end)))) {
                    end++;
                }
                out.add(new int[]{start, end});
                start = end;
                i = end - 1;
                quoteDepth = 0;
            }
        }
        if (start < s.length() || out.isEmpty()) {
            out.add(new int[]{start, s.length()});
        }
        return out;
    }
}
