package guanxi.graph.derive;

/**
 * The lowest and highest investment a project's stories state (Project.investment_low, investment_high), and how far
 * apart they are (investment_spread): what projects-by-investment and investment-discrepancies rank on, kept on the
 * node and indexed so that those reports read the largest first instead of every project's statements. Folds with
 * {@link #plus} in any order; null stands for no statement.
 *
 * @param low  the lowest amount stated, in yuan
 * @param high the highest amount stated, in yuan
 */
public record StatedRange(long low, long high) {

    public StatedRange {
        if (low > high) {
            throw new IllegalArgumentException("low " + low + " above high " + high);
        }
    }

    /** The amount one story states. */
    public static StatedRange of(long amount) {
        return new StatedRange(amount, amount);
    }

    /** Both ranges as one; either may be null. */
    public static StatedRange plus(StatedRange a, StatedRange b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return new StatedRange(Math.min(a.low, b.low), Math.max(a.high, b.high));
    }

    /**
     * How far the highest lies above the lowest, in percent of the lowest, unrounded: computed as the reports compute
     * it ({@code (high - low) * 100.0 / low}), so that ordering on it orders as their rounded figure does. Null when
     * the lowest is not above zero (no percentage of it).
     */
    public Double spread() {
        return low > 0 ? (high - low) * 100.0 / low : null;
    }

    public static Long low(StatedRange r) {
        return r == null ? null : r.low;
    }

    public static Long high(StatedRange r) {
        return r == null ? null : r.high;
    }

    public static Double spread(StatedRange r) {
        return r == null ? null : r.spread();
    }
}
