package guanxi.graph.derive;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A person's activity per month (busiest-officials): the stories in which they led, presided, attended, accompanied,
 * met, visited or signed ({@link #ROLES}), counted per month (the left of Story.dated: YYYY-MM, or ????-MM when the
 * page printed no year). Folds with {@link #plus} in any order.
 *
 * @param months stories per month, months in order
 */
public record MonthlyActivity(SortedMap<String, Long> months) {

    /** What a person does in a story that counts as activity (busiest-officials counts the same). */
    public static final List<String> ROLES = List.of("LED", "PRESIDED", "ATTENDED", "ACCOMPANIED", "MET", "VISITED", "SIGNED");

    public static final MonthlyActivity NONE = new MonthlyActivity(new TreeMap<>());

    public MonthlyActivity {
        months = Collections.unmodifiableSortedMap(new TreeMap<>(months));
    }

    /** Whether a person with these roles in a story was active in it. */
    public static boolean active(List<String> roles) {
        return roles.stream().anyMatch(ROLES::contains);
    }

    /** One active story dated {@code dated} (Story.dated). */
    public static MonthlyActivity of(String dated) {
        // One string per month however many people were active in it: a bulk import keeps every person's months.
        return new MonthlyActivity(new TreeMap<>(Map.of(dated.substring(0, 7).intern(), 1L)));
    }

    /** Activity as stored: months and their counts, index by index. */
    public static MonthlyActivity stored(List<String> months, List<Long> counts) {
        TreeMap<String, Long> m = new TreeMap<>();
        for (int i = 0; i < months.size(); i++) {
            m.merge(months.get(i), counts.get(i), Long::sum);
        }
        return new MonthlyActivity(m);
    }

    public MonthlyActivity plus(MonthlyActivity o) {
        TreeMap<String, Long> m = new TreeMap<>(months);
        o.months.forEach((month, n) -> m.merge(month, n, Long::sum));
        return new MonthlyActivity(m);
    }

    /** The months with activity, in order (activity_months). */
    public List<String> monthList() {
        return List.copyOf(months.keySet());
    }

    /** Stories per month, in the order of {@link #monthList} (activity_stories). */
    public List<Long> counts() {
        return List.copyOf(months.values());
    }

    /** The busiest month's count, 0 without activity (busiest_month). */
    public long busiest() {
        return months.values().stream().mapToLong(Long::longValue).max().orElse(0);
    }
}
