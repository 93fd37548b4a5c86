package guanxi.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writes the Neo4j Browser guide ({@code :play}, classic Browser HTML): reads the introduction slides
 * ({@code guanxi/report/guide-intro.html}) and the saved reports, produces one page whose later slides offer
 * each report as a clickable query that first sets example parameters with {@code :params}. The committed
 * {@code cypher/guide.html} is this output; a test keeps the two equal.
 */
public final class GuideWriter {

    private static final String INTRO = "guanxi/report/guide-intro.html";
    /** A string literal, a line comment, or a parameter (group 1): only the last is replaced. */
    private static final Pattern TOKEN = Pattern.compile(
            "'(?:[^'\\\\]|\\\\.)*'|\"(?:[^\"\\\\]|\\\\.)*\"|//[^\\n]*|\\$(\\w+)");

    private GuideWriter() {
    }

    /** The whole guide for {@code reports}. */
    public static String html(List<Report> reports) {
        StringBuilder out = new StringBuilder();
        out.append("<article class=\"guide\">\n  <carousel class=\"deck container-fluid\">\n");
        out.append(intro());
        for (Report r : reports) {
            out.append(slide(r));
        }
        out.append("  </carousel>\n</article>\n");
        return out.toString();
    }

    private static String slide(Report r) {
        String params = r.params().stream()
                .map(p -> "<li><code>" + escape(p.name()) + "</code> " + escape(p.type().declared()) + ": "
                        + escape(p.description()) + "</li>")
                .collect(Collectors.joining("\n          "));
        String runnable = withExampleValues(r);
        return """
                    <slide class="row-fluid">
                      <div class="col-sm-12">
                        <h3>%s</h3>
                        <p>%s</p>
                %s        <pre class="pre-scrollable code runnable">%s</pre>
                        <p>From a terminal: <code>./guanxi report run %s%s</code></p>
                      </div>
                    </slide>
                """.formatted(escape(r.title()), escape(r.description()),
                params.isEmpty() ? "" : "        <ul>\n          " + params + "\n        </ul>\n",
                escape(runnable), escape(r.name()), escape(cliParams(r)));
    }

    /**
     * The report's query with each {@code $name} (outside strings and comments) replaced by a literal: a
     * required parameter's example, else its default, else null. One click then shows the result, where a
     * {@code :params} line would make the Browser show two collapsed statements. The literals are the report
     * author's, never user input.
     */
    static String withExampleValues(Report r) {
        Matcher m = TOKEN.matcher(r.query());
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            ReportParam p = m.group(1) == null ? null : r.param(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(p == null ? m.group() : literal(p)));
        }
        return m.appendTail(out).toString();
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

    private static String intro() {
        try (InputStream in = Objects.requireNonNull(GuideWriter.class.getClassLoader().getResourceAsStream(INTRO),
                INTRO)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
