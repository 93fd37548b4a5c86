package guanxi.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Binds the user's {@code name=value} texts to a report's declared parameters. */
public final class ReportArguments {

    private ReportArguments() {
    }

    /**
     * Reads the user's texts and produces the parameter map for the driver: every declared parameter
     * present, typed, defaults filled in.
     *
     * @throws ReportUsageException naming the parameter when one is unknown, missing, mistyped or out of its
     *                              range ({@link ParamChecks})
     */
    public static Map<String, Object> bind(Report report, Map<String, String> given) {
        for (String name : given.keySet()) {
            if (report.param(name) == null) {
                throw new ReportUsageException("report " + report.name() + " has no parameter '" + name + "'"
                        + declaredList(report.params()));
            }
        }
        Map<String, Object> bound = new LinkedHashMap<>();
        for (ReportParam p : report.params()) {
            String text = given.get(p.name());
            if (text == null) {
                if (p.requirement() == ReportParam.Requirement.REQUIRED) {
                    throw new ReportUsageException("report " + report.name() + " needs parameter '" + p.name()
                            + "' (" + p.type().declared() + ": " + p.description()
                            + (p.example() != null ? ", e.g. --param " + p.name() + "=" + p.example() : "") + ")");
                }
                bound.put(p.name(), p.defaultValue());
            } else {
                Object value;
                try {
                    value = p.type().parse(text);
                } catch (IllegalArgumentException e) {
                    throw new ReportUsageException("parameter '" + p.name() + "' of report " + report.name()
                            + ": " + e.getMessage());
                }
                ParamChecks.check(report, p, value);
                bound.put(p.name(), value);
            }
        }
        return bound;
    }

    /**
     * Splits {@code k=v} texts as given to {@code --param}.
     *
     * @throws ReportUsageException when a text has no {@code =} or a name is given twice
     */
    public static Map<String, String> parsePairs(List<String> pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String pair : pairs) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new ReportUsageException("--param expects name=value, got '" + pair + "'");
            }
            String name = pair.substring(0, eq).strip();
            if (map.put(name, pair.substring(eq + 1)) != null) {
                throw new ReportUsageException("parameter '" + name + "' is given twice");
            }
        }
        return map;
    }

    private static String declaredList(List<ReportParam> params) {
        return params.isEmpty() ? " (it takes none)"
                : " (it takes " + params.stream().map(ReportParam::name).collect(Collectors.joining(", ")) + ")";
    }
}
