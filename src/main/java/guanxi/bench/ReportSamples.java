package guanxi.bench;

import guanxi.model.Resources;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parameter values for the saved reports, read from the loaded graph with the queries of
 * {@code bench/report-samples.cypher}: maps a parameter name ({@code name}, {@code story}, ...) to a value
 * present in the graph, so that a report asked about a person finds that person.
 */
final class ReportSamples {

    private static final String MARK = "// @sample ";

    private ReportSamples() {
    }

    /** Parameter name to sample value, for every sample whose query found one. */
    static Map<String, String> pick(Driver driver) {
        Map<String, String> out = new LinkedHashMap<>();
        try (Session session = driver.session()) {
            for (Map.Entry<String, String> e : queries().entrySet()) {
                List<org.neo4j.driver.Record> rows = session.executeRead(tx -> tx.run(e.getValue()).list());
                if (!rows.isEmpty() && !rows.getFirst().get(0).isNull()) {
                    out.put(e.getKey(), rows.getFirst().get(0).asString());
                }
            }
        }
        return out;
    }

    /** Parameter name to query, in file order. */
    static Map<String, String> queries() {
        Map<String, String> out = new LinkedHashMap<>();
        String param = null;
        StringBuilder query = new StringBuilder();
        for (String line : Resources.lines("bench/report-samples.cypher")) {
            if (line.startsWith(MARK)) {
                if (param != null) {
                    out.put(param, query.toString().strip());
                }
                param = line.substring(MARK.length()).strip();
                query.setLength(0);
            } else if (param != null && !line.startsWith("//")) {
                query.append(line).append('\n');
            }
        }
        if (param != null) {
            out.put(param, query.toString().strip());
        }
        return out;
    }
}
