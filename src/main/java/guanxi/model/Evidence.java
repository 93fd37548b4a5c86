package guanxi.model;

/**
 * Provenance of one mention or relation: where in which story it is stated, and which rule found it.
 *
 * @param storyId  the story's id
 * @param sentence index of the sentence in the story
 * @param start    character offset in {@link Story#text()} where the supporting span starts
 * @param end      character offset after the span
 * @param text     the whole sentence, verbatim
 * @param rule     the rule or pattern that fired, e.g. {@code accompany-list}
 */
public record Evidence(String storyId, int sentence, int start, int end, String text, String rule) {
}
