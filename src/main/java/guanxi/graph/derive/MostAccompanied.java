package guanxi.graph.derive;

/**
 * How often a person accompanied the one they accompanied most (Person.accompanied_most): the largest number of
 * stories in which one companion accompanied one same person, the pair count accompaniment-network ranks on. Kept on
 * the companion and indexed, so that the report reads the most frequent companions first instead of counting every
 * ACCOMPANIED in the graph. Folds with {@link #plus} in any order; null stands for never accompanying anyone.
 *
 * @param times stories, at least one
 */
public record MostAccompanied(long times) {

    public MostAccompanied {
        if (times < 1) {
            throw new IllegalArgumentException("times " + times + " below one");
        }
    }

    /** One pair's count; null for none. */
    public static MostAccompanied of(long times) {
        return times < 1 ? null : new MostAccompanied(times);
    }

    /** The larger of two; either may be null. */
    public static MostAccompanied plus(MostAccompanied a, MostAccompanied b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.times >= b.times ? a : b;
    }

    /** The stored value: null when the person accompanied nobody (no property). */
    public static Long value(MostAccompanied m) {
        return m == null ? null : m.times;
    }
}
