package guanxi.report;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class GuideAndStyleTest {

    private static final List<String> LABELS = List.of("Person", "Company", "Organization", "Project", "Title", "Story");
    private static final List<String> TYPES = List.of("LED", "PRESIDED", "ATTENDED", "WROTE", "ACCOMPANIED", "MET",
            "VISITED", "SIGNED", "INVESTS_IN", "EXECUTIVE_OF", "SUBSIDIARY_OF", "MENTIONS", "HOLDS", "POSSIBLY_SAME_AS");

    @Test
    void theCommittedGuideIsWhatTheReportsGive() throws IOException {
        String committed = Files.readString(Path.of("cypher/guide.html"), StandardCharsets.UTF_8);
        assertThat(committed)
                .as("cypher/guide.html is stale: run ./guanxi report guide --out cypher/guide.html")
                .isEqualTo(GuideWriter.html(ReportLibrary.bundled().all()));
    }

    @Test
    void theGuideOffersEveryReportAsARunnableQueryWithNoParameterLeft() {
        List<Report> reports = ReportLibrary.bundled().all();
        String html = GuideWriter.html(reports);

        assertThat(html).startsWith("<article class=\"guide\">\n  <carousel class=\"deck container-fluid\">");
        Matcher pre = Pattern.compile("<pre class=\"pre-scrollable code runnable\">(.*?)</pre>", Pattern.DOTALL).matcher(html);
        int runnable = 0;
        while (pre.find()) {
            runnable++;
            assertThat(Report.usedParameters(pre.group(1))).as(pre.group(1)).isEmpty();
        }
        assertThat(runnable).isGreaterThanOrEqualTo(reports.size());
        for (Report r : reports) {
            assertThat(html).contains("<h3>" + GuideWriter.escape(r.title()) + "</h3>");
        }
    }

    @Test
    void exampleValuesBecomeEscapedCypherLiterals() {
        Report r = Report.parse("x", "x.cypher", """
                // Report: X
                // Description: d
                // @param name STRING who (required, e.g. O'Brien)
                // @param top INTEGER how many (default 5)
                // @param org STRING filter (optional)
                MATCH (p {name: $name}) WHERE $org IS NULL // $name stays in comments
                RETURN p.name, '$name' LIMIT $top
                """);

        assertThat(GuideWriter.withExampleValues(r)).isEqualTo("""
                MATCH (p {name: 'O\\'Brien'}) WHERE null IS NULL // $name stays in comments
                RETURN p.name, '$name' LIMIT 5""");
        assertThat(GuideWriter.cypherLiteral(List.of("市", "省"))).isEqualTo("['市', '省']");
    }

    @Test
    void theStyleSheetGivesEveryLabelItsOwnColourAndANameCaption() throws IOException {
        String grass = Files.readString(Path.of("cypher/guanxi.grass"), StandardCharsets.UTF_8);
        List<String> colours = LABELS.stream().map(label -> {
            String rule = rule(grass, "node." + label);
            assertThat(rule).as(label).contains("caption: '{" + (label.equals("Story") ? "title" : "name") + "}'");
            Matcher colour = Pattern.compile("\\bcolor: (#[0-9A-Fa-f]{6})").matcher(rule);
            assertThat(colour.find()).as(label + " has a colour").isTrue();
            return colour.group(1).toUpperCase();
        }).toList();
        assertThat(colours).doesNotHaveDuplicates();
        for (String type : TYPES) {
            assertThat(rule(grass, "relationship." + type)).as(type).contains("caption: '<type>'");
        }
        assertThat(grass).as("GraSS drops values containing ':' and has no comments").doesNotContain("//", "/*");
    }

    @Test
    void theGraphMlExportColoursNodesAsTheBrowserDoes() {
        assertThat(GraphMlExport.labelColours())
                .containsEntry("Person", "#4C8EDA")
                .containsEntry("Company", "#F16667")
                .containsKeys(LABELS.toArray(String[]::new));
    }

    private static String rule(String grass, String selector) {
        Matcher m = Pattern.compile("(?ms)^" + Pattern.quote(selector) + " \\{(.*?)^}").matcher(grass);
        assertThat(m.find()).as("a rule for " + selector).isTrue();
        return m.group(1);
    }
}
