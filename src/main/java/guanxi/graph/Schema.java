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
     * What {@link #apply} found and left: whether the graph held none of the schema before (no guanxi load or import
     * has written to it, so nothing it wrote can need completing), and which of the deferred indexes it lacks.
     *
     * @param neverLoaded whether the graph held none of the schema's indexes and constraints before
     * @param deferred    the deferred indexes the graph lacks, in {@link #STATEMENTS} order; each for its completion
     *                    to create with {@link #create} once it has run (empty on a graph never loaded: all created)
     */
    record Applied(boolean neverLoaded, List<String> deferred) {
    }

    /**
     * Brings the graph's schema up to {@link #STATEMENTS}, except, on a graph guanxi wrote before, the indexes named in
     * {@code deferred}: each stands for derived properties an older version did not keep, and is created by
     * {@link #create} only after the completion that gives the older graph those properties has run. A graph holding
     * such an index therefore needs no completion, and a load of an up-to-date archive never scans it for one (a
     * million-story graph's two million links were read on every load to find none); a completion killed before its
     * end leaves the index missing and runs again.
     */
    static Applied apply(Session session, Set<String> deferred) {
        Map<String, String> before = states(session);
        boolean neverLoaded = created(STATEMENTS).stream().noneMatch(before::containsKey);
        List<String> needed = needed(STATEMENTS, before.keySet()).stream()
                .filter(statement -> neverLoaded || !deferred.contains(name(statement))).toList();
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
        List<String> missing = neverLoaded ? List.of()
                : created(STATEMENTS).stream().filter(deferred::contains).filter(n -> !after.containsKey(n)).toList();
        return new Applied(neverLoaded, missing);
    }

    /** Creates the index {@link #STATEMENTS} names {@code name} (one {@link Applied#deferred}) and waits for it. */
    static void create(Session session, String name) {
        STATEMENTS.stream().filter(statement -> name.equals(name(statement))).forEach(statement ->
                session.executeWrite(tx -> tx.run(statement).consume()));
        session.run(AWAIT_INDEXES).consume();
    }

    /** The name a CREATE or DROP statement gives, or null. */
    private static String name(String statement) {
        Matcher m = NAMED.matcher(statement);
        return m.matches() ? m.group(2) : null;
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
