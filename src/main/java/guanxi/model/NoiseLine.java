package guanxi.model;

/**
 * A line of a page that belongs to no story, with the reason it was set aside.
 *
 * @param doc    the page's file name
 * @param line   1-based line number in the page
 * @param text   the line, verbatim
 * @param reason why it was discarded, e.g. {@code ocr-noise}, {@code section-label}
 */
public record NoiseLine(String doc, int line, String text, String reason) {
}
