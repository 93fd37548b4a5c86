package guanxi.graph.derive;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.ToLongFunction;

/**
 * A person's activity per month (busiest-officials): the stories in which they led, presided, attended, accompanied,
 * met, visited or signed ({@link #ROLES}), counted per month (the left of Story.dated: YYYY-MM, or ????-MM when the
 * page printed no year), and of them how many with each kind of activity ({@link Month}). Kept on the person as
 * parallel lists ({@link #properties}), so that the report's breakdown of a much-reported official's month reads
 * one node instead of their tens of thousands of stories. Folds with {@link #plus} in any order.
 *
 * @param months each month's counts, months in order
 */
public record MonthlyActivity(SortedMap<String, Month> months) {

    /** What a person does in a story that counts as activity (busiest-officials counts the same). */
    public static final List<String> ROLES = List.of("LED", "PRESIDED", "ATTENDED", "ACCOMPANIED", "MET", "VISITED", "SIGNED");

    /** The person's months (activity_months), in order; the lists of {@link #COLUMNS} follow it index by index. */
    public static final String MONTHS = "activity_months";

    /** The count lists kept on the person, by property name, in the order busiest-officials lists them. */
    public static final Map<String, ToLongFunction<Month>> COLUMNS = columns();

    public static final MonthlyActivity NONE = new MonthlyActivity(new TreeMap<>());

    /**
     * One month of a person's activity.
     *
     * @param stories     stories with any activity
     * @param led         of them, those they led
     * @param presided    presided
     * @param attended    attended
     * @param accompanied accompanied someone in
     * @param visits      visited, met or signed in
     */
    public record Month(long stories, long led, long presided, long attended, long accompanied, long visits) {

        /** Small months, shared: a bulk import of a million stories holds most people's months at once. */
        private static final Month[] SMALL = new Month[1 << (2 * 6)];

        /** One active story with these roles. */
        public static Month of(List<String> roles) {
            long visits = roles.contains("VISITED") || roles.contains("MET") || roles.contains("SIGNED") ? 1 : 0;
            return month(1, has(roles, "LED"), has(roles, "PRESIDED"), has(roles, "ATTENDED"),
                    has(roles, "ACCOMPANIED"), visits);
        }

        /** The month of these counts, a shared one when every count is below 4 (most people's months). */
        static Month month(long stories, long led, long presided, long attended, long accompanied, long visits) {
            if ((stories | led | presided | attended | accompanied | visits) >= 4) {
                return new Month(stories, led, presided, attended, accompanied, visits);
            }
            int k = (int) (stories | led << 2 | presided << 4 | attended << 6 | accompanied << 8 | visits << 10);
            Month m = SMALL[k];
            if (m == null) {
                // A benign race: two threads may each make one; both are equal.
                m = new Month(stories, led, presided, attended, accompanied, visits);
                SMALL[k] = m;
            }
            return m;
        }

        private static long has(List<String> roles, String role) {
            return roles.contains(role) ? 1 : 0;
        }

        public Month plus(Month o) {
            return month(stories + o.stories, led + o.led, presided + o.presided, attended + o.attended,
                    accompanied + o.accompanied, visits + o.visits);
        }
    }

    public MonthlyActivity {
        months = Collections.unmodifiableSortedMap(new TreeMap<>(months));
    }

    private static Map<String, ToLongFunction<Month>> columns() {
        Map<String, ToLongFunction<Month>> c = new LinkedHashMap<>();
        c.put("activity_stories", Month::stories);
        c.put("activity_led", Month::led);
        c.put("activity_presided", Month::presided);
        c.put("activity_attended", Month::attended);
        c.put("activity_accompanied", Month::accompanied);
        c.put("activity_visits", Month::visits);
        return Collections.unmodifiableMap(c);
    }

    /** Whether a person with these roles in a story was active in it. */
    public static boolean active(List<String> roles) {
        return roles.stream().anyMatch(ROLES::contains);
    }

    /** One story dated {@code dated} (Story.dated) in which the person had {@code roles}; NONE if none is activity. */
    public static MonthlyActivity of(String dated, List<String> roles) {
        if (!active(roles)) {
            return NONE;
        }
        // One string per month however many people were active in it: a bulk import keeps every person's months.
        return new MonthlyActivity(new TreeMap<>(Map.of(dated.substring(0, 7).intern(), Month.of(roles))));
    }

    /**
     * Activity as stored: the months and, under each name of {@link #COLUMNS}, their counts index by index; null when
     * a count list is missing (kept by a version that counted stories only), so that the caller counts again.
     */
    public static MonthlyActivity stored(List<String> months, Map<String, List<Long>> columns) {
        List<List<Long>> lists = COLUMNS.keySet().stream().map(columns::get).toList();
        if (lists.stream().anyMatch(l -> l == null || l.size() != months.size())) {
            return null;
        }
        TreeMap<String, Month> m = new TreeMap<>();
        for (int i = 0; i < months.size(); i++) {
            m.merge(months.get(i), Month.month(lists.get(0).get(i), lists.get(1).get(i), lists.get(2).get(i),
                    lists.get(3).get(i), lists.get(4).get(i), lists.get(5).get(i)), Month::plus);
        }
        return new MonthlyActivity(m);
    }

    public MonthlyActivity plus(MonthlyActivity o) {
        if (o.months.isEmpty()) {
            return this;
        }
        TreeMap<String, Month> m = new TreeMap<>(months);
        o.months.forEach((month, n) -> m.merge(month, n, Month::plus));
        return new MonthlyActivity(m);
    }

    /** The months with activity, in order (activity_months). */
    public List<String> monthList() {
        return List.copyOf(months.keySet());
    }

    /** One count per month, in the order of {@link #monthList}. */
    public List<Long> column(ToLongFunction<Month> count) {
        return months.values().stream().map(count::applyAsLong).toList();
    }

    /** Stories per month, in the order of {@link #monthList} (activity_stories). */
    public List<Long> counts() {
        return column(Month::stories);
    }

    /** The busiest month's count, 0 without activity (busiest_month). */
    public long busiest() {
        return months.values().stream().mapToLong(Month::stories).max().orElse(0);
    }

    /**
     * The person's properties: the months, each count list of {@link #COLUMNS} and busiest_month. Without activity
     * the lists are null (no property: the bulk importer cannot store an empty list).
     */
    public Map<String, Object> properties() {
        Map<String, Object> props = new HashMap<>();
        props.put(MONTHS, months.isEmpty() ? null : monthList());
        COLUMNS.forEach((name, count) -> props.put(name, months.isEmpty() ? null : column(count)));
        props.put("busiest_month", busiest());
        return props;
    }
}
