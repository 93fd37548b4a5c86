package guanxi.graph.derive;

/**
 * A person's title over some stories, as a HOLDS relationship keeps it: the first and last date seen (a full date
 * YYYY-MM-DD outranks a month-day one, which cannot be placed in a year; null is unknown), the number of stories, and
 * the earliest and latest Story.dated (title-timeline ranks holders by them). Spans fold with {@link #plus} in any
 * order and grouping: one story's span, a batch's, a stored HOLDS's.
 *
 * @param first      the earliest date printed with the title
 * @param last       the latest date printed with the title
 * @param stories    stories naming the person with the title
 * @param firstDated the earliest Story.dated (a missing year borrowed from the page, else {@code ????})
 * @param lastDated  the latest Story.dated, an unknown part never latest while a known date exists
 */
public record TitleSpan(String first, String last, long stories, String firstDated, String lastDated) {

    /** The span of one story dated {@code date} (as printed, may be null) and {@code dated} (Story.dated). */
    public static TitleSpan of(String date, String dated) {
        return new TitleSpan(date, date, 1, dated, dated);
    }

    /** Both spans as one. */
    public TitleSpan plus(TitleSpan o) {
        return new TitleSpan(earlier(first, o.first), later(last, o.last), stories + o.stories,
                firstDated == null || (o.firstDated != null && o.firstDated.compareTo(firstDated) < 0) ? o.firstDated : firstDated,
                lastDated == null || (o.lastDated != null && yearKnownFirst(o.lastDated).compareTo(yearKnownFirst(lastDated)) > 0)
                        ? o.lastDated : lastDated);
    }

    /**
     * A Story.dated that compares as latest only when nothing better is known: '?' (after the digits in plain string
     * order) sorts before them here, so a page without a year never makes a holder's last date. The earliest date
     * needs no such key: plain order already puts a known year first.
     */
    static String yearKnownFirst(String dated) {
        return dated.replace('?', '!');
    }

    /** The earlier of two printed dates: full dates outrank month-day dates; null means unknown. */
    static String earlier(String a, String b) {
        return pick(a, b, true);
    }

    /** The later of two printed dates: full dates outrank month-day dates; null means unknown. */
    static String later(String a, String b) {
        return pick(a, b, false);
    }

    private static String pick(String a, String b, boolean earliest) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        if (a.length() != b.length()) {
            return a.length() == 10 ? a : b;
        }
        return (a.compareTo(b) <= 0) == earliest ? a : b;
    }
}
