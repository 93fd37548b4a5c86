package guanxi.model;

import java.util.List;

/**
 * A page as read from disk: the file name (no folder) and its decoded text, verbatim.
 *
 * @param doc   the file name, e.g. {@code 000_38eb9c1a9d4b8519.txt}
 * @param text  the decoded text exactly as printed (line ends normalised to {@code \n})
 * @param year  the issue year when the user or a sidecar gives it, otherwise {@code null}
 * @param date  the issue date {@code YYYY-MM-DD} when a sidecar gives it (昨天 in a story is the day before), otherwise {@code null}
 * @param paper the newspaper's name when a sidecar gives it ({"paper": "…"}), otherwise {@code null}: never guessed
 * @param notes what reading the file repaired, one line each without the file name (a bad byte replaced); empty for a
 *              page read as it is
 */
public record Page(String doc, String text, Integer year, String date, String paper, List<String> notes) {
    public Page {
        notes = List.copyOf(notes);
    }

    public Page(String doc, String text) {
        this(doc, text, null, null, null, List.of());
    }

    public Page(String doc, String text, Integer year) {
        this(doc, text, year, null, null, List.of());
    }

    public Page(String doc, String text, Integer year, String date) {
        this(doc, text, year, date, null, List.of());
    }

    /** The same page with the issue year the user gave. */
    public Page withYear(Integer issueYear) {
        return new Page(doc, text, issueYear, date, paper, notes);
    }
}
