package guanxi.graph;

import org.neo4j.driver.Session;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies {@code cypher/schema.cypher} through a driver: reads which indexes and constraints the graph has, runs only
 * the statements that change something (a CREATE whose name is missing, a DROP whose name is present), all in one
 * transaction, and waits for indexes only while one is not online. Every statement is planned by Cypher once per
 * server: on a fresh folder the thirty statements of a second serve, and the retired indexes' DROPs of a first one,
 * were a good part of a first serve's start; an up-to-date graph now costs one read.
 */
final class Schema {

    /** The statements of {@code cypher/schema.cypher}, each idempotent ({@code IF [NOT] EXISTS}). */
    static final List<String> STATEMENTS = CypherFiles.script("cypher/schema.cypher");
    static final String AWAIT_INDEXES = "CALL db.awaitIndexes(300)";
    private static final String STATES = CypherFiles.statement("schema_states");

    /** A CREATE or DROP of a named index or constraint, IF [NOT] EXISTS; group 1 the verb, group 2 the name. */
    private static final Pattern NAMED = Pattern.compile(
            "(?is)^\\s*(CREATE|DROP)\\s+(?:[A-Z]+\\s+)?(?:CONSTRAINT|INDEX)\\s+`?([A-Za-z_][A-Za-z0-9_]*)`?\\s+IF\\s+(?:NOT\\s+)?EXISTS\\b.*");

    private Schema() {
    }

    /**
     * Brings the graph's schema up to {@link #STATEMENTS}.
     *
     * @return whether the graph held none of the schema's indexes and constraints before: no guanxi load or import
     * has written to it, so nothing it wrote can need completing
     */
    static boolean apply(Session session) {
        Map<String, String> before = states(session);
        List<String> needed = needed(STATEMENTS, before.keySet());
        if (!needed.isEmpty()) {
            session.executeWrite(tx -> {
                needed.forEach(statement -> tx.run(statement).consume());
                return null;
            });
        }
        Map<String, String> after = needed.isEmpty() ? before : states(session);
        if (after.values().stream().anyMatch(state -> !state.equals("ONLINE"))) {
            session.run(AWAIT_INDEXES).consume();
        }
        return created(STATEMENTS).stream().noneMatch(before::containsKey);
    }

    private static Map<String, String> states(Session session) {
        Map<String, String> states = new HashMap<>();
        session.executeRead(tx -> tx.run(STATES).list()).forEach(r ->
                states.put(r.get("name").asString(), r.get("state").asString()));
        return states;
    }

    /**
     * The statements that change a graph holding indexes and constraints named {@code existing}: a CREATE of a
     * missing name, a DROP of a present one, and any statement naming nothing (which always runs).
     */
    static List<String> needed(List<String> statements, Set<String> existing) {
        return statements.stream().filter(s -> {
            Matcher m = NAMED.matcher(s);
            if (!m.matches()) {
                return true;
            }
            boolean present = existing.contains(m.group(2));
            return m.group(1).equalsIgnoreCase("CREATE") != present;
        }).toList();
    }

    /** The names the CREATE statements among {@code statements} give. */
    static List<String> created(List<String> statements) {
        return statements.stream().map(NAMED::matcher).filter(Matcher::matches)
                .filter(m -> m.group(1).equalsIgnoreCase("CREATE")).map(m -> m.group(2)).toList();
    }
}
