package guanxi.report;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/** The one-line text of a result cell, shared by the table and CSV formats. */
final class CellText {

    private CellText() {
    }

    /**
     * Reads a cell of {@link ReportResult} and produces its text: nodes by caption, relationships by
     * type, lists joined with {@code "; "}, whole floats without a trailing {@code .0}.
     */
    static String of(Object cell) {
        return switch (cell) {
            case null -> "";
            case String s -> s;
            case Double d when d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e15 ->
                    Long.toString(d.longValue());
            case ReportResult.Node n -> n.caption();
            case ReportResult.Relationship r -> r.type();
            case ReportResult.Path p -> pathText(p);
            case Collection<?> c -> c.stream().map(CellText::of).collect(Collectors.joining("; "));
            case Map<?, ?> m -> m.entrySet().stream()
                    .map(e -> e.getKey() + ": " + of(e.getValue()))
                    .collect(Collectors.joining(", "));
            default -> cell.toString();
        };
    }

    private static String pathText(ReportResult.Path p) {
        StringBuilder out = new StringBuilder(p.nodes().getFirst().caption());
        for (int i = 0; i < p.relationships().size(); i++) {
            ReportResult.Relationship r = p.relationships().get(i);
            ReportResult.Node from = p.nodes().get(i);
            boolean forward = r.startId().equals(from.elementId());
            out.append(forward ? " -" : " <-").append(r.type()).append(forward ? "-> " : "- ")
                    .append(p.nodes().get(i + 1).caption());
        }
        return out.toString();
    }
}
