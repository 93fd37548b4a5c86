package guanxi.report;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.TypeSystem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a report through the driver in a read transaction. The query text is sent exactly as written in
 * the file and every value travels in the parameter map, so no user text ever becomes Cypher; the read
 * transaction is a second guard: a report cannot write.
 */
public final class ReportRunner {

    private final Driver driver;

    public ReportRunner(Driver driver) {
        this.driver = driver;
    }

    /** How long a report may run unless told otherwise: a saved report on a county archive takes seconds. */
    public static final java.time.Duration DEFAULT_TIMEOUT = java.time.Duration.ofSeconds(60);

    /** Runs {@code report} with already bound parameters (see {@link ReportArguments#bind}) and the default timeout. */
    public ReportResult run(Report report, Map<String, Object> parameters) {
        return run(report, parameters, DEFAULT_TIMEOUT);
    }

    /**
     * Runs {@code report}; Neo4j ends the transaction after {@code timeout}, whatever the server's own limit, and the
     * driver raises a {@link org.neo4j.driver.exceptions.ClientException} that {@link #timedOut} recognises.
     */
    public ReportResult run(Report report, Map<String, Object> parameters, java.time.Duration timeout) {
        org.neo4j.driver.TransactionConfig config = org.neo4j.driver.TransactionConfig.builder().withTimeout(timeout).build();
        try (Session session = driver.session()) {
            return session.executeRead(tx -> {
                var result = tx.run(report.query(), parameters);
                List<String> columns = result.keys();
                List<List<Object>> rows = new ArrayList<>();
                for (Record record : result.list()) {
                    List<Object> row = new ArrayList<>(columns.size());
                    for (Value v : record.values()) {
                        row.add(plain(v));
                    }
                    rows.add(row);
                }
                return new ReportResult(columns, rows);
            }, config);
        }
    }

    /** Whether Neo4j ended the report's transaction because its time was up. */
    public static boolean timedOut(org.neo4j.driver.exceptions.Neo4jException e) {
        String code = e.code() == null ? "" : e.code();
        return code.startsWith("Neo.ClientError.Transaction.TransactionTimedOut")
                || code.equals("Neo.ClientError.Transaction.Terminated") && String.valueOf(e.getMessage()).contains("timed out");
    }

    private static Object plain(Value v) {
        TypeSystem ts = TypeSystem.getDefault();
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.hasType(ts.NODE())) {
            return node(v.asNode());
        }
        if (v.hasType(ts.RELATIONSHIP())) {
            return relationship(v.asRelationship());
        }
        if (v.hasType(ts.PATH())) {
            List<ReportResult.Node> nodes = new ArrayList<>();
            v.asPath().nodes().forEach(n -> nodes.add(node(n)));
            List<ReportResult.Relationship> rels = new ArrayList<>();
            v.asPath().relationships().forEach(r -> rels.add(relationship(r)));
            return new ReportResult.Path(nodes, rels);
        }
        if (v.hasType(ts.LIST())) {
            return v.asList(ReportRunner::plain);
        }
        if (v.hasType(ts.MAP())) {
            return v.asMap(ReportRunner::plain);
        }
        if (v.hasType(ts.INTEGER()) || v.hasType(ts.FLOAT()) || v.hasType(ts.BOOLEAN()) || v.hasType(ts.STRING())) {
            return v.asObject();
        }
        // Dates, durations, points: their ISO text is what a journalist reads.
        return v.toString().replaceAll("^\"|\"$", "");
    }

    private static ReportResult.Node node(org.neo4j.driver.types.Node n) {
        List<String> labels = new ArrayList<>();
        n.labels().forEach(labels::add);
        return new ReportResult.Node(n.elementId(), labels, properties(n.asMap(v -> v)));
    }

    private static ReportResult.Relationship relationship(org.neo4j.driver.types.Relationship r) {
        return new ReportResult.Relationship(r.elementId(), r.type(), r.startNodeElementId(), r.endNodeElementId(),
                properties(r.asMap(v -> v)));
    }

    private static Map<String, Object> properties(Map<String, Value> values) {
        Map<String, Object> props = new LinkedHashMap<>();
        values.keySet().stream().sorted().forEach(k -> props.put(k, plain(values.get(k))));
        return props;
    }
}
