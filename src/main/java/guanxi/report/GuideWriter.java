package guanxi.report;

import guanxi.model.Resources;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writes the Neo4j Browser guide ({@code :play}, classic Browser HTML) in the order a journalist works: the opening
 * slides ({@code guanxi/report/guide-intro.html}: find a name, draw a person), then the saved reports with the
 * dossier and the story first, then the closing slides ({@code guanxi/report/guide-outro.html}: what is in the
 * graph). Each report slide has two runnable blocks: a {@code :param} line per parameter with the report's example
 * or default value, then the report's query over those {@code $parameters}, without its comments. Changing a value
 * means editing the first block only. The committed {@code cypher/guide.html} is this output; a test keeps the two
 * equal.
 */
public final class GuideWriter {

    private static final String INTRO = "guanxi/report/guide-intro.html";
    private static final String OUTRO = "guanxi/report/guide-outro.html";
    /** Reports in the order of a journalist's first hour; any other report follows, by name. */
    static final List<String> ORDER = List.of("person-profile", "story-graph", "title-timeline",
            "accompaniment-network", "co-attendance", "company-contacts", "company-signings", "projects-by-investment",
            "investment-discrepancies", "external-visitors", "busiest-officials", "possible-duplicates");
    /** A string literal, or a line comment (group 1): only the comment is removed. */
    private static final Pattern STRING_OR_COMMENT = Pattern.compile(
            "'(?:[^'\\\\]|\\\\.)*'|\"(?:[^\"\\\\]|\\\\.)*\"|(//[^\\n]*)");

    private GuideWriter() {
    }

    /** The whole guide for {@code reports}. */
    public static String html(List<Report> reports) {
        StringBuilder out = new StringBuilder();
        out.append("<article class=\"guide\">\n  <carousel class=\"deck container-fluid\">\n");
        out.append(resource(INTRO));
        for (Report r : inJournalistOrder(reports)) {
            out.append(slide(r));
        }
        out.append(resource(OUTRO));
        out.append("  </carousel>\n</article>\n");
        return out.toString();
    }

    static List<Report> inJournalistOrder(List<Report> reports) {
        return reports.stream()
                .sorted(Comparator.comparingInt((Report r) -> ORDER.contains(r.name()) ? ORDER.indexOf(r.name())
                        : ORDER.size()).thenComparing(Report::name))
                .toList();
    }

    private static String slide(Report r) {
        String params = r.params().stream()
                .map(p -> "<li><code>" + escape(p.name()) + "</code>: " + escape(p.description()) + "</li>")
                .collect(Collectors.joining("\n          "));
        String setValues = r.params().isEmpty() ? "" : """
                        <p>First the values: click, change one if you like, <kbd>Ctrl</kbd>+<kbd>Enter</kbd>.</p>
                        <pre class="pre-scrollable code runnable">%s</pre>
                        <p>Then the report: click, <kbd>Ctrl</kbd>+<kbd>Enter</kbd> (or the blue arrow).</p>
                """.formatted(escape(paramLines(r)));
        return """
                    <slide class="row-fluid">
                      <div class="col-sm-12">
                        <h3>%s</h3>
                        <p>%s</p>
                %s%s        <pre class="pre-scrollable code runnable">%s</pre>
                        <p>From a terminal: <code>./guanxi report run %s%s</code></p>
                      </div>
                    </slide>
                """.formatted(escape(r.title()), escape(r.description()),
                params.isEmpty() ? "" : "        <ul>\n          " + params + "\n        </ul>\n",
                setValues, escape(withoutComments(r.query())), escape(r.name()), escape(cliParams(r)));
    }

    /**
     * The values a report slide sets before its query runs: {@code :param name => value} for each parameter (a
     * required one's example, else its default, else null: every parameter is set, so a value left from another
     * slide never leaks in). A block of its own, because the Browser shows a block of several statements as a
     * collapsed list, hiding the report's table. The literals are the report author's, never user input.
     */
    static String paramLines(Report r) {
        return r.params().stream().map(p -> ":param " + p.name() + " => " + literal(p))
                .collect(Collectors.joining(r.params().size() > 1 ? ";\n" : ""));
    }

    /** The query without line comments (strings keep their {@code //}) and without the lines that leaves empty. */
    static String withoutComments(String query) {
        Matcher m = STRING_OR_COMMENT.matcher(query);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) == null ? m.group() : ""));
        }
        m.appendTail(out);
        return out.toString().lines().map(String::stripTrailing).filter(l -> !l.isBlank())
                .collect(Collectors.joining("\n"));
    }

    private static String cliParams(Report r) {
        return r.params().stream()
                .filter(p -> p.requirement() == ReportParam.Requirement.REQUIRED)
                .map(p -> " --param " + p.name() + "=" + p.sampleText())
                .collect(Collectors.joining());
    }

    private static String literal(ReportParam p) {
        return switch (p.requirement()) {
            case REQUIRED -> cypherLiteral(p.type().parse(p.example()));
            case DEFAULT -> cypherLiteral(p.defaultValue());
            case OPTIONAL -> "null";
        };
    }

    /** A Cypher literal for a parsed parameter value: quoted, escaped strings; lists of them; numbers. */
    static String cypherLiteral(Object value) {
        return switch (value) {
            case String s -> "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
            case List<?> l -> l.stream().map(GuideWriter::cypherLiteral).collect(Collectors.joining(", ", "[", "]"));
            default -> String.valueOf(value);
        };
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String resource(String name) {
        return Resources.text(name);
    }
}
