package guanxi.report;

import guanxi.model.Resources;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What to tell someone whose report found nothing for a name: the names in the graph spelled like it, from the
 * full-text index {@code entity_names} (schema.cypher). Reads {@code guanxi/report/similar-names.cypher}.
 */
public final class NameSuggestions {

    /** Report parameters that hold a name typed by a person, and the label to look among (null: any). */
    private static final Map<String, String> NAME_PARAMS = nameParams();
    private static final String QUERY = read("guanxi/report/similar-names.cypher");
    private static final String LUCENE_SPECIAL = "+-&|!(){}[]^\"~*?:\\/ ";

    private final Driver driver;

    public NameSuggestions(Driver driver) {
        this.driver = driver;
    }

    /** The first parameter of {@code report} bound to a name someone typed, e.g. {@code name=解芳}. */
    public static Optional<Map.Entry<String, String>> typedName(Report report, Map<String, Object> bound) {
        return report.params().stream()
                .filter(p -> NAME_PARAMS.containsKey(p.name()) && bound.get(p.name()) instanceof String s && !s.isBlank())
                .map(p -> Map.entry(p.name(), (String) bound.get(p.name())))
                .findFirst();
    }

    /** Up to {@code limit} names like {@code text} for report parameter {@code param}, closest first. */
    public List<String> like(String param, String text, int limit) {
        String escaped = escape(text.strip());
        Map<String, Object> params = new HashMap<>();
        params.put("query", "\"" + escaped + "\" OR " + escaped + "~1");
        params.put("kind", NAME_PARAMS.get(param));
        params.put("text", text);
        params.put("limit", limit);
        try (Session session = driver.session()) {
            return session.executeRead(tx -> tx.run(QUERY, params).list(r -> r.get("name").asString()));
        }
    }

    /** Escapes what Lucene's query parser would read as syntax, so typed text is only ever searched for. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (LUCENE_SPECIAL.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    private static Map<String, String> nameParams() {
        Map<String, String> m = new HashMap<>();
        m.put("name", "Person");
        m.put("person", "Person");
        m.put("company", "Company");
        return m;
    }

    private static String read(String path) {
        return Resources.text(path);
    }
}
