package guanxi.report;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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
    void everySlideSetsEachParameterItsQueriesUseWithParamLines() {
        List<Report> reports = ReportLibrary.bundled().all();
        String html = GuideWriter.html(reports);

        assertThat(html).startsWith("<article class=\"guide\">\n  <carousel class=\"deck container-fluid\">");
        Pattern runnable = Pattern.compile("<pre class=\"pre-scrollable code runnable\">(.*?)</pre>", Pattern.DOTALL);
        Pattern setLine = Pattern.compile("(?m)^:param (\\w+) => .*$");
        int queries = 0;
        for (String slide : html.split("<slide ")) {
            Set<String> set = new HashSet<>();
            Set<String> used = new HashSet<>();
            Matcher pre = runnable.matcher(slide);
            while (pre.find()) {
                String block = pre.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
                if (block.startsWith(":param ")) {
                    assertThat(block.lines()).as("a block of values holds values only").allMatch(l -> setLine.matcher(l).matches());
                    Matcher m = setLine.matcher(block);
                    while (m.find()) {
                        set.add(m.group(1));
                    }
                } else {
                    queries++;
                    assertThat(block).as("the query runs alone, so its table shows").doesNotContain(":param");
                    assertThat(block).as("no comments left in the editor").doesNotContain("// ");
                    assertThat(set).as("set before this query: " + block).containsAll(Report.usedParameters(block));
                    used.addAll(Report.usedParameters(block));
                }
            }
            assertThat(used).as("no value set for nothing").containsAll(set);
        }
        assertThat(queries).isGreaterThanOrEqualTo(reports.size());
        for (Report r : reports) {
            assertThat(html).contains("<h3>" + GuideWriter.escape(r.title()) + "</h3>");
        }
        assertThat(html).contains("<kbd>Ctrl</kbd>+<kbd>Enter</kbd>").doesNotContain("press <kbd>Enter</kbd>");
    }

    @Test
    void theGuideGoesNameThenPersonThenStoryThenTheOtherReports() {
        List<Report> reports = ReportLibrary.bundled().all();
        String html = GuideWriter.html(reports);
        int search = html.indexOf("db.index.fulltext.queryNodes");
        int dossier = html.indexOf("<h3>" + GuideWriter.escape(ReportLibrary.bundled().find("person-profile").orElseThrow().title()));
        int story = html.indexOf("<h3>" + GuideWriter.escape(ReportLibrary.bundled().find("story-graph").orElseThrow().title()));
        assertThat(search).isPositive().isLessThan(dossier);
        assertThat(dossier).isLessThan(story);
        for (Report r : reports) {
            if (!r.name().equals("person-profile") && !r.name().equals("story-graph")) {
                assertThat(html.indexOf("<h3>" + GuideWriter.escape(r.title()) + "</h3>")).as(r.name()).isGreaterThan(story);
            }
        }
    }

    @Test
    void aReportSlideSetsEveryParameterThenRunsTheQueryWithoutComments() {
        Report r = Report.parse("x", "x.cypher", """
                // Report: X
                // Description: d
                // @param name STRING who (required, e.g. O'Brien)
                // @param top INTEGER how many (default 5)
                // @param org STRING filter (optional)
                // A note on speed that a journalist need not read.
                MATCH (p {name: $name}) WHERE $org IS NULL // trailing note
                RETURN p.name, 'http://x' LIMIT $top
                """);

        assertThat(GuideWriter.paramLines(r)).isEqualTo("""
                :param name => 'O\\'Brien';
                :param top => 5;
                :param org => null""");
        assertThat(GuideWriter.withoutComments(r.query())).isEqualTo("""
                MATCH (p {name: $name}) WHERE $org IS NULL
                RETURN p.name, 'http://x' LIMIT $top""");
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
