package guanxi.report;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The ranges of report parameters: reads a typed value and the parameter's header, produces nothing or a
 * {@link ReportUsageException} naming the parameter, so that a value outside its range is a usage error (exit 2)
 * before Neo4j sees it. The header's own words are the contract:
 * <ul>
 *   <li>every number a saved report takes is a count, an amount, a share or a score: none is negative, none is NaN;</li>
 *   <li>"from A to B" in the description bounds a number;</li>
 *   <li>"only X, Y or Z" (capitalised words) lists the values a text may take;</li>
 *   <li>"YYYY or YYYY-MM or YYYY-MM-DD" fixes a date's shape;</li>
 *   <li>"regular expression": the text must compile, be short, and repeat no group that itself repeats
 *       ({@code (a+)+}: such patterns can backtrack for hours on one title).</li>
 * </ul>
 */
final class ParamChecks {

    /** Longest regular expression a report accepts: patterns for a post are a few dozen characters. */
    static final int MAX_PATTERN = 200;

    private static final Pattern FROM_TO = Pattern.compile("from (-?\\d+(?:\\.\\d+)?) to (-?\\d+(?:\\.\\d+)?)");
    private static final Pattern ONLY = Pattern.compile("^only ([A-Z]\\w*(?:, [A-Z]\\w*)* or [A-Z]\\w*)$");
    private static final String DATE_SHAPES = "YYYY or YYYY-MM or YYYY-MM-DD";
    private static final Pattern DATE = Pattern.compile("\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?");

    private ParamChecks() {
    }

    /** Checks {@code value} (already typed, may be null for an optional parameter left out). */
    static void check(Report report, ReportParam p, Object value) {
        if (value == null) {
            return;
        }
        String problem = problem(p, value);
        if (problem != null) {
            throw new ReportUsageException("parameter '" + p.name() + "' of report " + report.name() + ": " + problem);
        }
    }

    static String problem(ReportParam p, Object value) {
        String description = p.description();
        if (value instanceof Number n) {
            double d = n.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                return "expected a number, got " + value;
            }
            Matcher range = FROM_TO.matcher(description);
            if (range.find()) {
                double low = Double.parseDouble(range.group(1));
                double high = Double.parseDouble(range.group(2));
                if (d < low || d > high) {
                    return "must be from " + range.group(1) + " to " + range.group(2) + ", not " + value;
                }
            } else if (d < 0) {
                return "must be 0 or more, not " + value;
            }
            return null;
        }
        if (!(value instanceof String text)) {
            return null;
        }
        Matcher only = ONLY.matcher(description.strip());
        if (only.matches()) {
            List<String> allowed = List.of(only.group(1).split(", | or "));
            if (!allowed.contains(text)) {
                return "must be " + only.group(1) + ", not '" + text + "'";
            }
        }
        if (description.contains(DATE_SHAPES) && !DATE.matcher(text.strip()).matches()) {
            return "expected a date as " + DATE_SHAPES + ", got '" + text + "'";
        }
        if (description.contains("regular expression")) {
            return regexProblem(text);
        }
        return null;
    }

    /** Why {@code pattern} is refused as a report's regular expression, or null. */
    static String regexProblem(String pattern) {
        if (pattern.length() > MAX_PATTERN) {
            return "a regular expression of " + pattern.length() + " characters (at most " + MAX_PATTERN + ")";
        }
        try {
            Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            return "not a regular expression: " + e.getDescription() + " near index " + e.getIndex();
        }
        if (repeatsARepetition(pattern)) {
            return "the regular expression repeats a group that itself repeats, e.g. (a+)+, which can run for hours;"
                    + " write it without the nesting";
        }
        return null;
    }

    /**
     * Whether a group containing a repetition ({@code *}, {@code +}, {@code {n,}} or {@code {n,m}} with m &gt; 1) is
     * itself repeated. Escapes and character classes are skipped; the pattern is known to compile.
     */
    static boolean repeatsARepetition(String p) {
        Deque<boolean[]> groups = new ArrayDeque<>();
        boolean[] top = {false};
        int i = 0;
        while (i < p.length()) {
            char c = p.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == '[') {
                i = endOfClass(p, i) + 1;
                continue;
            }
            if (c == '(') {
                groups.push(top);
                top = new boolean[]{false};
                i++;
                continue;
            }
            if (c == ')') {
                boolean inner = top[0];
                top = groups.isEmpty() ? new boolean[]{false} : groups.pop();
                int after = i + 1;
                int q = quantifierLength(p, after);
                if (q > 0) {
                    if (inner && repeats(p.substring(after, after + q))) {
                        return true;
                    }
                    top[0] |= repeats(p.substring(after, after + q)) || inner;
                    i = after + q;
                } else {
                    top[0] |= inner;
                    i = after;
                }
                continue;
            }
            int q = quantifierLength(p, i);
            if (q > 0) {
                top[0] |= repeats(p.substring(i, i + q));
                i += q;
                continue;
            }
            i++;
        }
        return false;
    }

    private static int endOfClass(String p, int open) {
        int i = open + 1;
        if (i < p.length() && p.charAt(i) == '^') {
            i++;
        }
        if (i < p.length() && p.charAt(i) == ']') {
            i++;
        }
        while (i < p.length() && p.charAt(i) != ']') {
            i += p.charAt(i) == '\\' ? 2 : 1;
        }
        return i;
    }

    /** Length of the quantifier starting at {@code i} (with a lazy or possessive suffix), or 0. */
    private static int quantifierLength(String p, int i) {
        if (i >= p.length()) {
            return 0;
        }
        int end;
        char c = p.charAt(i);
        if (c == '*' || c == '+' || c == '?') {
            end = i + 1;
        } else if (c == '{') {
            int close = p.indexOf('}', i);
            if (close < 0 || !p.substring(i + 1, close).matches("\\d+(,\\d*)?")) {
                return 0;
            }
            end = close + 1;
        } else {
            return 0;
        }
        if (end < p.length() && (p.charAt(end) == '?' || p.charAt(end) == '+')) {
            end++;
        }
        return end - i;
    }

    /** Whether a quantifier lets its atom repeat (more than once). */
    private static boolean repeats(String quantifier) {
        char c = quantifier.charAt(0);
        if (c == '*' || c == '+') {
            return true;
        }
        if (c == '?') {
            return false;
        }
        String body = quantifier.substring(1, quantifier.indexOf('}'));
        if (!body.contains(",")) {
            return Integer.parseInt(body) > 1;
        }
        String max = body.substring(body.indexOf(',') + 1);
        return max.isEmpty() || Integer.parseInt(max) > 1;
    }
}
