package guanxi.report;

import java.util.List;
import java.util.Map;

/**
 * Rows a report returned, as plain Java values: {@code null}, String, Long, Double, Boolean, List, Map,
 * or the graph values {@link Node}, {@link Relationship} and {@link Path}. Formatters read only this,
 * so they can be tested without a database.
 *
 * @param columns column names in query order
 * @param rows    one list of cells per row, in column order
 */
public record ReportResult(List<String> columns, List<List<Object>> rows) {

    public ReportResult {
        columns = List.copyOf(columns);
        rows = rows.stream().map(java.util.Collections::unmodifiableList).toList();
    }

    /** A node with its labels and properties. */
    public record Node(String elementId, List<String> labels, Map<String, Object> properties) {
        /** What a journalist calls it: the name, else a story's title, else its id. */
        public String caption() {
            for (String key : List.of("name", "title", "id")) {
                Object v = properties.get(key);
                if (v != null) {
                    return v.toString();
                }
            }
            return elementId;
        }
    }

    /** A relationship with its type and properties (endpoints by element id). */
    public record Relationship(String elementId, String type, String startId, String endId,
                               Map<String, Object> properties) {
    }

    /** A path: its nodes in order and the relationships between them. */
    public record Path(List<Node> nodes, List<Relationship> relationships) {
    }
}
