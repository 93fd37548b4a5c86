package guanxi.bench;

import guanxi.model.Resources;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import java.util.List;
import java.util.Map;

/**
 * The full-text name search a journalist runs first, timed: reads up to {@link #NAMES} names spread over the graph
 * ({@code bench/search-names.cypher}), searches each as a quoted phrase in the {@code entity_names} index
 * ({@code bench/search.cypher}) once untimed, then {@code runs} times timed; produces the figures
 * {@code search_queries}, {@code search_p50_ms}, {@code search_p95_ms}, {@code search_max_ms} and
 * {@code search_misses} (searches whose own name was not among the hits: the index is not serving what it should).
 */
final class NameSearch {

    /** Names searched for: enough for a stable p95, few enough to stay seconds on a million stories. */
    static final int NAMES = 200;

    /** Hits read per search, as a search page shows them. */
    static final int LIMIT = 20;

    private static final String NAMES_QUERY = resource("search-names.cypher");
    private static final String SEARCH = resource("search.cypher");

    private NameSearch() {
    }

    /** Times the searches and puts their figures; no figures when the graph has no names. */
    static void measure(Driver driver, int runs, Figures f) {
        try (Session session = driver.session()) {
            List<String> names = session.executeRead(tx -> tx.run(NAMES_QUERY, Map.of("count", NAMES))
                    .list(r -> r.get("name").asString()));
            if (names.isEmpty()) {
                return;
            }
            int misses = 0;
            for (String name : names) {
                if (!search(session, name).contains(name)) {
                    misses++;
                }
            }
            double[] ms = new double[names.size() * Math.max(1, runs)];
            int i = 0;
            for (int run = 0; run < Math.max(1, runs); run++) {
                for (String name : names) {
                    long t = System.nanoTime();
                    search(session, name);
                    ms[i++] = (System.nanoTime() - t) / 1e6;
                }
            }
            f.put("search_queries", ms.length);
            f.put("search_p50_ms", Figures.percentile(ms, 50), 1);
            f.put("search_p95_ms", Figures.percentile(ms, 95), 1);
            f.put("search_max_ms", Figures.percentile(ms, 100), 1);
            f.put("search_misses", misses);
        }
    }

    /** The names of the hits for {@code name} searched as a phrase. */
    static List<String> search(Session session, String name) {
        Map<String, Object> params = Map.of("query", phrase(name), "limit", LIMIT);
        return session.executeRead(tx -> tx.run(SEARCH, params).list(r -> r.get("name").asString()));
    }

    /** A name as a Lucene phrase: quoted, with the two characters special inside quotes escaped. */
    static String phrase(String name) {
        return '"' + name.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static String resource(String name) {
        return Resources.text("bench/" + name);
    }
}
