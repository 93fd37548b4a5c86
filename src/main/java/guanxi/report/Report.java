package guanxi.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A saved report: what its header says and the query after it.
 *
 * <p>Header grammar (comment lines at the top of the file, in this order):
 * <pre>
 * // Report: Title
 * // Description: one line
 * // &#64;param name TYPE description (required | optional | default X[, e.g. Y])
 * </pre>
 * TYPE is STRING, INTEGER, FLOAT, BOOLEAN or LIST&lt;STRING&gt;; defaults and examples are written as
 * on the command line. The query must use exactly the declared parameters, so a header cannot drift
 * from its query unnoticed.
 *
 * @param name        the file name without {@code .cypher}
 * @param title       the header's title
 * @param description the one-line description
 * @param params      declared parameters, in header order
 * @param query       the Cypher after the header, sent as is with the parameters as a map
 */
public record Report(String name, String title, String description, List<ReportParam> params, String query) {

    private static final Pattern TITLE = Pattern.compile("^//\\s*Report:\\s*(\\S.*?)\\s*$");
    private static final Pattern DESCRIPTION = Pattern.compile("^//\\s*Description:\\s*(\\S.*?)\\s*$");
    private static final Pattern PARAM = Pattern.compile(
            "^//\\s*@param\\s+(\\w+)\\s+(\\S+)\\s+(.*?)\\s*\\(([^()]*)\\)\\s*$");
    private static final Pattern PARAM_USE = Pattern.compile("\\$(\\w+)");
    private static final Pattern STRING_LITERAL = Pattern.compile("'(?:[^'\\\\]|\\\\.)*'|\"(?:[^\"\\\\]|\\\\.)*\"");

    public Report {
        params = List.copyOf(params);
    }

    /** The declared parameter called {@code paramName}, or {@code null}. */
    public ReportParam param(String paramName) {
        return params.stream().filter(p -> p.name().equals(paramName)).findFirst().orElse(null);
    }

    /**
     * Parses a report file's text.
     *
     * @param name   the report's name (file name without extension)
     * @param source where the text came from, for messages, e.g. {@code cypher/reports/x.cypher}
     * @param text   the whole file
     * @throws ReportFormatException naming {@code source} and the line when the header is malformed
     */
    public static Report parse(String name, String source, String text) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').replace("\uFEFF", "").split("\n", -1);
        int i = 0;
        Matcher title = TITLE.matcher(lines.length > 0 ? lines[0] : "");
        if (!title.matches()) {
            throw new ReportFormatException(source + ":1: the first line must be '// Report: Title'");
        }
        i++;
        Matcher description = DESCRIPTION.matcher(lines.length > 1 ? lines[1] : "");
        if (!description.matches()) {
            throw new ReportFormatException(source + ":2: the second line must be '// Description: one line'");
        }
        i++;
        List<ReportParam> params = new ArrayList<>();
        for (; i < lines.length && lines[i].matches("^//\\s*@param\\b.*"); i++) {
            params.add(parseParam(source, i + 1, lines[i]));
        }
        String query = String.join("\n", java.util.Arrays.copyOfRange(lines, i, lines.length)).strip();
        if (query.isEmpty()) {
            throw new ReportFormatException(source + ": no query after the header");
        }
        checkParamsMatch(source, params, query);
        return new Report(name, title.group(1), description.group(1), params, query);
    }

    private static ReportParam parseParam(String source, int lineNo, String line) {
        Matcher m = PARAM.matcher(line);
        if (!m.matches()) {
            throw new ReportFormatException(source + ":" + lineNo
                    + ": expected '// @param name TYPE description (required | optional | default X, e.g. Y)'");
        }
        ParamType type = ParamType.ofDeclared(m.group(2));
        if (type == null) {
            throw new ReportFormatException(source + ":" + lineNo + ": unknown type " + m.group(2)
                    + " (use STRING, INTEGER, FLOAT, BOOLEAN or LIST<STRING>)");
        }
        ReportParam.Requirement requirement = null;
        String defaultText = null;
        String example = null;
        for (String item : m.group(4).split(",\\s+(?=required|optional|default |e\\.g\\. )")) {
            String it = item.strip();
            if (it.equals("required")) {
                requirement = ReportParam.Requirement.REQUIRED;
            } else if (it.equals("optional")) {
                requirement = ReportParam.Requirement.OPTIONAL;
            } else if (it.startsWith("default ")) {
                requirement = ReportParam.Requirement.DEFAULT;
                defaultText = it.substring("default ".length()).strip();
            } else if (it.startsWith("e.g. ")) {
                example = it.substring("e.g. ".length()).strip();
            } else {
                throw new ReportFormatException(source + ":" + lineNo + ": cannot read '" + it
                        + "' (expected required, optional, default X or e.g. Y)");
            }
        }
        if (requirement == null) {
            throw new ReportFormatException(source + ":" + lineNo + ": parameter " + m.group(1)
                    + " says neither required, optional nor default");
        }
        ReportParam param = new ReportParam(m.group(1), type, m.group(3), requirement, defaultText, example);
        try {
            param.defaultValue();
            if (example != null) {
                type.parse(example);
            }
        } catch (IllegalArgumentException e) {
            throw new ReportFormatException(source + ":" + lineNo + ": parameter " + m.group(1) + ": " + e.getMessage());
        }
        return param;
    }

    private static void checkParamsMatch(String source, List<ReportParam> params, String query) {
        Set<String> used = usedParameters(query);
        Map<String, ReportParam> declared = new LinkedHashMap<>();
        params.forEach(p -> declared.put(p.name(), p));
        Set<String> undeclared = new LinkedHashSet<>(used);
        undeclared.removeAll(declared.keySet());
        Set<String> unused = new LinkedHashSet<>(declared.keySet());
        unused.removeAll(used);
        if (!undeclared.isEmpty()) {
            throw new ReportFormatException(source + ": the query uses undeclared parameter(s) " + undeclared);
        }
        if (!unused.isEmpty()) {
            throw new ReportFormatException(source + ": declared parameter(s) " + unused + " are not used in the query");
        }
    }

    /** The {@code $names} a query uses, outside comments and string literals. */
    static Set<String> usedParameters(String query) {
        Set<String> used = new LinkedHashSet<>();
        for (String line : query.split("\n")) {
            String code = STRING_LITERAL.matcher(line).replaceAll("''");
            int comment = code.indexOf("//");
            if (comment >= 0) {
                code = code.substring(0, comment);
            }
            Matcher m = PARAM_USE.matcher(code);
            while (m.find()) {
                used.add(m.group(1));
            }
        }
        return used;
    }
}
