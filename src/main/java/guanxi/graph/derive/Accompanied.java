package guanxi.graph.derive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Whom a person accompanied, for accompaniment-network: how often they accompanied the one they accompanied most
 * (Person.accompanied_most, indexed, which the report ranks companions on), and every person they accompanied in
 * {@link #OFTEN} or more stories with how many (accompanied_names and accompanied_times, side by side, most first), so
 * that the report reads a much-reported companion's frequent pairs from the node instead of counting their every
 * ACCOMPANIED. Pairs seen once are not kept: a companion accompanies hundreds of people once, and the report counts
 * those from the relationships when it lists pairs seen once.
 *
 * @param most  the largest number of stories with one same person, at least one
 * @param often the people accompanied at least {@link #OFTEN} times, and how often
 */
public record Accompanied(long most, Map<String, Long> often) {

    /** The fewest stories a kept pair has. */
    public static final long OFTEN = 2;

    public Accompanied {
        if (most < 1) {
            throw new IllegalArgumentException("most " + most + " below one");
        }
        often = Map.copyOf(often);
    }

    /** From every pair's count (name to stories); null when the person accompanied nobody. */
    public static Accompanied of(Map<String, ? extends Number> pairs) {
        long most = 0;
        Map<String, Long> often = new HashMap<>();
        for (Map.Entry<String, ? extends Number> p : pairs.entrySet()) {
            long times = p.getValue().longValue();
            most = Math.max(most, times);
            if (times >= OFTEN) {
                often.put(p.getKey(), times);
            }
        }
        return most < 1 ? null : new Accompanied(most, often);
    }

    /**
     * As stored: null when nothing is kept, or when a count of {@link #OFTEN} or more is kept without the pairs (a
     * graph of a version that kept the count alone), so that the caller counts the person's pairs again.
     */
    public static Accompanied stored(Long most, List<String> names, List<Long> times) {
        if (most == null || most < 1 || names.size() != times.size() || (most >= OFTEN && names.isEmpty())) {
            return null;
        }
        Map<String, Long> often = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            often.put(names.get(i), times.get(i));
        }
        return new Accompanied(most, often);
    }

    /**
     * Raised by pairs a batch added to, each counted whole over the graph (so it replaces what was kept for it);
     * {@code kept} may be null (nothing kept yet), and the result is null only when both are empty.
     */
    public static Accompanied plus(Accompanied kept, Map<String, ? extends Number> counted) {
        Accompanied batch = of(counted);
        if (kept == null || batch == null) {
            return kept == null ? batch : kept;
        }
        Map<String, Long> often = new HashMap<>(kept.often);
        often.putAll(batch.often);
        return new Accompanied(Math.max(kept.most, batch.most), often);
    }

    /** The stored properties; all null (no property) for null, the pairs null when none is kept. */
    public static Map<String, Object> properties(Accompanied a) {
        Map<String, Object> props = new HashMap<>();
        List<Map.Entry<String, Long>> pairs = new ArrayList<>(a == null ? Map.<String, Long>of().entrySet() : a.often.entrySet());
        pairs.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
        props.put("accompanied_most", a == null ? null : a.most);
        props.put("accompanied_names", pairs.isEmpty() ? null : pairs.stream().map(Map.Entry::getKey).toList());
        props.put("accompanied_times", pairs.isEmpty() ? null : pairs.stream().map(Map.Entry::getValue).toList());
        return props;
    }
}
