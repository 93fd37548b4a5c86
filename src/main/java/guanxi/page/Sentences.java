package guanxi.page;

import guanxi.model.Sentence;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a story body into sentences: after 。！？ (with any closing quotes that follow, so a quote
 * stays with its sentence) and at paragraph ends. Offsets point into the body; surrounding
 * whitespace is left out and empty pieces are skipped.
 */
final class Sentences {
    private Sentences() {
    }

    static List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        for (int[] span : StoryDates.sentenceSpans(text)) {
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
}
