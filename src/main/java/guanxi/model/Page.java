package guanxi.model;

/**
 * A page as read from disk: the file name (no folder) and its decoded text, verbatim.
 *
 * @param doc  the file name, e.g. {@code 000_38eb9c1a9d4b8519.txt}
 * @param text the decoded text exactly as printed (line ends normalised to {@code \n})
 * @param year the issue year when the user or a sidecar gives it, otherwise {@code null}
 */
public record Page(String doc, String text, Integer year) {
    public Page(String doc, String text) {
        this(doc, text, null);
    }
}
