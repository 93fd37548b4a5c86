package guanxi.graph.derive;

/**
 * The latest stated value of a project's figure (investment, status) as the project node shows it; each story's own
 * figure stays on its MENTIONS. Order: a full date (YYYY-MM-DD) outranks a month-day date, which cannot be placed in
 * a year, and a missing date ranks last; then the latest date wins; on a tie the first stated stays.
 *
 * @param value the figure, never null
 * @param date  the story's printed date, or null
 */
public record LatestFigure<T>(T value, String date) {

    /** The figure one story states. */
    public static <T> LatestFigure<T> of(T value, String date) {
        return new LatestFigure<>(value, date);
    }

    /** The one the project shows of {@code kept} (stated first) and {@code next}; null stands for none. */
    public static <T> LatestFigure<T> plus(LatestFigure<T> kept, LatestFigure<T> next) {
        if (kept == null) {
            return next;
        }
        if (next == null) {
            return kept;
        }
        String a = next.date == null ? "" : next.date;
        String b = kept.date == null ? "" : kept.date;
        boolean later = a.length() != b.length() ? a.length() > b.length() : a.compareTo(b) > 0;
        return later ? next : kept;
    }

    /** The value of a possibly absent figure. */
    public static <T> T value(LatestFigure<T> figure) {
        return figure == null ? null : figure.value;
    }
}
