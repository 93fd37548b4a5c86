package guanxi.model;

/**
 * A page as read from disk: the file name (no folder) and its decoded text, verbatim.
 *
 * @param doc  the file name, e.g. {@code 000_38eb9c1a9d4b8519.txt}
 * @param text the decoded text exactly as printed (line ends normalised to {@code \n})
 * @param year the issue year when the user or a sidecar gives it, otherwise {@code null}
 * @param date the issue date {@code YYYY-MM-DD} when a sidecar gives it (昨天 in a story is the day before), otherwise {@code null}
 * @param paper the newspaper's name when a sidecar gives it ({"paper": "…"}), otherwise {@code null}: never guessed
 */
public record Page(String doc, String text, Integer year, String date, String paper) {
    public Page(String doc, String text) {
        this(doc, text, null, null, null);
    }

    public Page(String doc, String text, Integer year) {
        this(doc, text, year, null, null);
    }

    public Page(String doc, String text, Integer year, String date) {
        this(doc, text, year, date, null);
    }
}
