package guanxi.model;

/**
 * One sentence of a story's body.
 *
 * @param index position of the sentence in the story, from 0
 * @param start offset of the first character in {@link Story#text()}
 * @param end   offset after the last character in {@link Story#text()}
 * @param text  the sentence, verbatim (equal to {@code story.text().substring(start, end)})
 */
public record Sentence(int index, int start, int end, String text) {
}
