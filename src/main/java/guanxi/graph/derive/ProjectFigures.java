package guanxi.graph.derive;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a project node shows of the figures its stories state: the latest investment and status ({@link LatestFigure},
 * each with the printed date of the story stating it) and the range of the amounts ({@link StatedRange}). Folds with
 * {@link #plus} in the order the stories were loaded, so that a batch extends what the node keeps
 * ({@link #stored}) instead of reading every story of a project named in thousands, as the bulk import folds them
 * story by story.
 *
 * @param investment the latest stated investment in yuan, or null
 * @param status     the latest stated status, or null
 * @param range      the lowest and highest amounts stated, or null
 */
public record ProjectFigures(LatestFigure<Long> investment, LatestFigure<String> status, StatedRange range) {

    /** No figure stated. */
    public static final ProjectFigures NONE = new ProjectFigures(null, null, null);

    /** What one story states (either may be null), under its printed date (or null). */
    public static ProjectFigures of(Long investment, String status, String date) {
        return new ProjectFigures(investment == null ? null : LatestFigure.of(investment, date),
                status == null ? null : LatestFigure.of(status, date),
                investment == null ? null : StatedRange.of(investment));
    }

    /** These figures (stated first) and {@code next}'s, as one. */
    public ProjectFigures plus(ProjectFigures next) {
        return new ProjectFigures(LatestFigure.plus(investment, next.investment), LatestFigure.plus(status, next.status),
                StatedRange.plus(range, next.range));
    }

    /**
     * The figures a node keeps, or null when they cannot be extended: a figure kept without the date that ranks it
     * (a graph of an older version, or a figure stated by a story with no printed date), or an investment kept
     * without its range. The loader then folds the project's stories again.
     */
    public static ProjectFigures stored(Long investment, String investmentDate, String status, String statusDate,
                                        Long low, Long high) {
        if ((investment != null && (investmentDate == null || low == null || high == null))
                || (status != null && statusDate == null)) {
            return null;
        }
        return new ProjectFigures(investment == null ? null : LatestFigure.of(investment, investmentDate),
                status == null ? null : LatestFigure.of(status, statusDate),
                low == null || high == null ? null : new StatedRange(low, high));
    }

    /**
     * The node's properties, as both loaders write them; null (no property) for what no story states:
     * investment_yuan, investment_date, status, status_date, investment_low, investment_high, investment_spread.
     */
    public Map<String, Object> properties() {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("investment_yuan", LatestFigure.value(investment));
        props.put("investment_date", investment == null ? null : investment.date());
        props.put("status", LatestFigure.value(status));
        props.put("status_date", status == null ? null : status.date());
        props.put("investment_low", StatedRange.low(range));
        props.put("investment_high", StatedRange.high(range));
        props.put("investment_spread", StatedRange.spread(range));
        return props;
    }
}
