package guanxi.graph.web;

import guanxi.model.Resources;

import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;
import org.neo4j.internal.kernel.api.connectioninfo.ClientConnectionInfo;
import org.neo4j.internal.kernel.api.security.SecurityContext;
import org.neo4j.internal.kernel.api.security.StaticAccessMode;
import org.neo4j.kernel.api.KernelTransaction;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The story reader's reads: runs {@code guanxi/web/*.cypher} in read-only transactions on the server's default
 * database and produces {@link StoryView}s and list rows. A transaction here cannot write: its security context
 * allows reads only, whatever a query file says.
 */
final class StoryReads {

    private final DatabaseManagementService dbms;

    StoryReads(DatabaseManagementService dbms) {
        this.dbms = dbms;
    }

    private GraphDatabaseAPI db() {
        Config config = config();
        return (GraphDatabaseAPI) dbms.database(config.get(GraphDatabaseSettings.initial_default_database));
    }

    private Config config() {
        GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        return ((GraphDatabaseAPI) system).getDependencyResolver().resolveDependency(Config.class);
    }

    /** A transaction on the default database whose security context allows reads only. */
    Transaction readOnly() {
        GraphDatabaseAPI db = db();
        return db.beginTransaction(KernelTransaction.Type.EXPLICIT,
                SecurityContext.authDisabled(StaticAccessMode.READ, ClientConnectionInfo.EMBEDDED_CONNECTION, db.databaseName()));
    }

    /** One page of the list for filter {@code q} ('' for all). */
    List<StoryView.Row> rows(String q, int skip, int limit) {
        try (Transaction tx = readOnly(); Result r = tx.execute(cypher("stories"), Map.of("q", q, "skip", skip, "limit", limit))) {
            List<StoryView.Row> rows = new ArrayList<>();
            r.forEachRemaining(m -> rows.add(new StoryView.Row((String) m.get("id"), (String) m.get("title"),
                    (String) m.get("dated"), (String) m.get("doc"), ((Number) m.get("facts")).longValue())));
            return rows;
        }
    }

    long count(String q) {
        try (Transaction tx = readOnly(); Result r = tx.execute(cypher("stories_count"), Map.of("q", q))) {
            return ((Number) r.next().get("total")).longValue();
        }
    }

    /** The story with id {@code id}, or empty when the graph has none. */
    @SuppressWarnings("unchecked")
    Optional<StoryView> story(String id) {
        try (Transaction tx = readOnly()) {
            Map<String, Object> s;
            try (Result r = tx.execute(cypher("story"), Map.of("id", id))) {
                if (!r.hasNext()) {
                    return Optional.empty();
                }
                s = r.next();
            }
            List<StoryView.Mention> mentions = new ArrayList<>();
            for (Map<String, Object> m : (List<Map<String, Object>>) s.get("mentions")) {
                Set<String> forms = new LinkedHashSet<>();
                forms.add((String) m.get("name"));
                if (m.get("printed") != null) {
                    forms.add((String) m.get("printed"));
                }
                forms.addAll(strings(m.get("aliases")));
                List<Integer> starts = integers(m.get("starts"));
                List<Integer> ends = integers(m.get("ends"));
                if (starts.size() != ends.size()) {
                    starts = List.of();
                    ends = List.of();
                }
                mentions.add(new StoryView.Mention((String) m.get("kind"), (String) m.get("name"), List.copyOf(forms),
                        starts, ends));
            }
            List<StoryView.Fact> facts = new ArrayList<>();
            try (Result r = tx.execute(cypher("story_facts"), Map.of("id", id))) {
                r.forEachRemaining(f -> facts.add(new StoryView.Fact((String) f.get("type"), (String) f.get("from_kind"),
                        (String) f.get("from"), (String) f.get("to_kind"), (String) f.get("to"), (String) f.get("title"),
                        (String) f.get("evidence"), (String) f.get("rule"), integer(f.get("start")), integer(f.get("end")))));
            }
            String text = (String) s.get("text");
            facts.sort(textOrder(text));
            return Optional.of(new StoryView((String) s.get("id"), (String) s.get("title"), (String) s.get("dated"),
                    (String) s.get("doc"), strings(s.get("reporters")), (String) s.get("text"), mentions, facts));
        }
    }

    /** A stored list of strings: the embedded API gives a property's array as {@code String[]}, a built list as a List. */
    private static List<String> strings(Object value) {
        if (value instanceof String[] array) {
            return List.of(array);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of();
    }

    /**
     * Facts in reading order: by span, and within one span (a sentence naming a dozen attendees) by where each
     * fact's first name is printed in it; facts without a span last.
     */
    static java.util.Comparator<StoryView.Fact> textOrder(String text) {
        return java.util.Comparator.comparingInt((StoryView.Fact f) -> f.start() == null ? Integer.MAX_VALUE : f.start())
                .thenComparingInt(f -> f.end() == null ? Integer.MAX_VALUE : f.end())
                .thenComparingInt(f -> printedAt(text, f.from(), f.start()))
                .thenComparingInt(f -> printedAt(text, f.to(), f.start()))
                .thenComparing(StoryView.Fact::type);
    }

    private static int printedAt(String text, String name, Integer from) {
        int at = name == null || text == null ? -1 : text.indexOf(name, from == null ? 0 : Math.max(0, from));
        return at < 0 ? Integer.MAX_VALUE : at;
    }

    /** A stored list of integers: {@code long[]} from the embedded API, a List when built in the query; else empty. */
    private static List<Integer> integers(Object value) {
        if (value instanceof long[] array) {
            return java.util.Arrays.stream(array).mapToInt(Math::toIntExact).boxed().toList();
        }
        if (value instanceof List<?> list && list.stream().allMatch(v -> v instanceof Number)) {
            return list.stream().map(v -> ((Number) v).intValue()).toList();
        }
        return List.of();
    }

    private static Integer integer(Object value) {
        return value instanceof Number n ? n.intValue() : null;
    }

    /**
     * The Browser address that opens connected (no login form when the server has no authentication) with the
     * story-graph report for this story in the editor, ready for Ctrl+Enter. {@code cmd=edit} fills the editor without
     * running anything and keeps the server's after-connect commands (style, guide). The id is written into the query
     * as a literal: a {@code :param} line before it would make a multi-statement run, which the Browser shows as a
     * list of statements instead of the drawing. Null for an id that is not a plain token (guanxi's are hex hashes).
     */
    String browserLink(String storyId) {
        if (!storyId.matches("[0-9A-Za-z_-]{1,64}")) {
            return null;
        }
        Config config = config();
        int bolt = config.get(BoltConnector.advertised_address).getPort();
        boolean auth = config.get(GraphDatabaseSettings.auth_enabled);
        // Every parameter written as a literal: the id, and top (an id names one story, so one).
        String editor = storyGraphQuery().replace("$story", "'" + storyId + "'").replace("$top", "1");
        return "/browser/?dbms=" + URLEncoder.encode("neo4j://localhost:" + bolt, StandardCharsets.UTF_8)
                + (auth ? "" : "&preselectAuthMethod=NO_AUTH")
                // The Browser decodes the whole address once, then cuts values at & and #: spaces as %20, not +.
                + "&cmd=edit&arg=" + URLEncoder.encode(editor, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The saved story-graph report, its header comments dropped: the Browser draws its rows as a graph. */
    static String storyGraphQuery() {
        return read("cypher/reports/story-graph.cypher").lines().filter(l -> !l.startsWith("// "))
                .reduce("", (a, b) -> a + b + "\n").strip();
    }

    private static String cypher(String name) {
        return read("guanxi/web/" + name + ".cypher");
    }

    private static String read(String path) {
        return Resources.text(path);
    }
}
