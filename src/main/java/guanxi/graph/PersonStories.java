package guanxi.graph;

import guanxi.graph.derive.MonthlyActivity;
import guanxi.graph.derive.TitleSpan;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Every story of some people, as {@code person_mentions.cypher} returns it, folded while the rows stream in: per
 * person (by element id) their name, the span of each title the stories give them ({@link TitleSpan}), the forms the
 * stories printed, in first-seen order (for {@link guanxi.graph.derive.Aliases}), and their active stories per month
 * ({@link MonthlyActivity}). A much-reported official is named in tens of thousands of stories, and a replaced page
 * can name dozens of them: their rows are never held at once (a reload into a million-story graph ran the loader out
 * of memory holding them as one list), only these folds, whose size is bounded by titles, forms and months.
 *
 * <p>A person no story names any more has an entry with no spans, no forms and no months, so that what derived
 * from their stories is cleared.
 */
final class PersonStories {

    private static final String PERSON_MENTIONS = CypherFiles.statement("person_mentions");

    private final Map<String, String> names = new LinkedHashMap<>();
    private final Map<String, Map<String, TitleSpan>> spans = new LinkedHashMap<>();
    private final Map<String, Set<String>> printed = new LinkedHashMap<>();
    private final Map<String, SortedMap<String, MonthlyActivity.Month>> months = new LinkedHashMap<>();

    private PersonStories() {
    }

    /** The stories of the persons named {@code names}, read and folded in {@code tx}; none read for no names. */
    static PersonStories read(TransactionContext tx, Collection<String> names) {
        PersonStories out = new PersonStories();
        if (!names.isEmpty()) {
            Result result = tx.run(PERSON_MENTIONS, Map.of("names", List.copyOf(names)));
            while (result.hasNext()) {
                out.add(result.next());
            }
        }
        return out;
    }

    private void add(Record r) {
        String id = r.get("id").asString();
        names.put(id, r.get("name").asString());
        Map<String, TitleSpan> own = spans.computeIfAbsent(id, k -> new LinkedHashMap<>());
        Set<String> forms = printed.computeIfAbsent(id, k -> new LinkedHashSet<>());
        SortedMap<String, MonthlyActivity.Month> active = months.computeIfAbsent(id, k -> new TreeMap<>());
        if (!r.get("named").asBoolean()) {
            return;
        }
        TitleSpan story = TitleSpan.of(GraphLoader.text(r, "date"), GraphLoader.text(r, "dated"));
        new LinkedHashSet<>(r.get("titles").asList(Value::asString)).forEach(t -> own.merge(t, story, TitleSpan::plus));
        forms.add(GraphLoader.text(r, "printed"));
        MonthlyActivity.of(r.get("dated").asString(), r.get("roles").asList(Value::asString)).months()
                .forEach((month, n) -> active.merge(month, n, MonthlyActivity.Month::plus));
    }

    /** Element id to name, in the order the rows came. */
    Map<String, String> names() {
        return names;
    }

    /** Per person, each title's span over their stories, titles in first-seen order. */
    Map<String, TitleSpan> spans(String id) {
        return spans.get(id);
    }

    /** Per person, the forms their stories printed (null where a story printed none), in first-seen order. */
    Set<String> printed(String id) {
        return printed.get(id);
    }

    /** Per person, their active stories per month, in the order the rows came. */
    Map<String, MonthlyActivity> months() {
        Map<String, MonthlyActivity> out = new LinkedHashMap<>();
        months.forEach((id, counts) -> out.put(id, new MonthlyActivity(counts)));
        return out;
    }
}
