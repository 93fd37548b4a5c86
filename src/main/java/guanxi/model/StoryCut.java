package guanxi.model;

/**
 * Why the page reader started a story where it did, for {@code extract --explain}.
 *
 * @param doc    the page's file name
 * @param line   1-based page line of the story's first printed line
 * @param title  the story's title
 * @param reason the evidence, e.g. {@code lead-marker}, {@code blank-lines+lead-shape}, {@code after-byline}
 */
public record StoryCut(String doc, int line, String title, String reason) {
}
