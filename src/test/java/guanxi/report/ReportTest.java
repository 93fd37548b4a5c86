package guanxi.report;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportTest {

    private static final String SAMPLE = """
            // Report: 县长 timeline
            // Description: Who held a title when.
            // @param title STRING the title, a deputy (副) one excluded (required, e.g. 县长)
            // @param top INTEGER rows to show (default 30, e.g. 10)
            // @param prefixes LIST<STRING> outside prefixes (default 市,省,国家)
            // @param company STRING part of a name (optional)
            MATCH (t:Title {name: $title}) // not $ignored here
            WHERE $company IS NULL OR any(x IN $prefixes WHERE t.name STARTS WITH x)
            RETURN t.name, '$notAParam' LIMIT $top
            """;

    @Test
    void parsesTitleDescriptionAndTypedParameters() {
        Report r = Report.parse("title-timeline", "t.cypher", SAMPLE);

        assertThat(r.title()).isEqualTo("县长 timeline");
        assertThat(r.description()).isEqualTo("Who held a title when.");
        assertThat(r.params()).extracting(ReportParam::name).containsExactly("title", "top", "prefixes", "company");

        ReportParam title = r.param("title");
        assertThat(title.type()).isEqualTo(ParamType.STRING);
        assertThat(title.description()).isEqualTo("the title, a deputy (副) one excluded");
        assertThat(title.requirement()).isEqualTo(ReportParam.Requirement.REQUIRED);
        assertThat(title.example()).isEqualTo("县长");

        assertThat(r.param("top").defaultValue()).isEqualTo(30L);
        assertThat(r.param("top").example()).isEqualTo("10");
        assertThat(r.param("prefixes").type()).isEqualTo(ParamType.LIST_OF_STRING);
        assertThat(r.param("prefixes").defaultValue()).isEqualTo(List.of("市", "省", "国家"));
        assertThat(r.param("company").requirement()).isEqualTo(ReportParam.Requirement.OPTIONAL);
        assertThat(r.param("company").defaultValue()).isNull();
        assertThat(r.query()).startsWith("MATCH (t:Title {name: $title})").endsWith("LIMIT $top");
    }

    @Test
    void parameterUseIgnoresCommentsAndStringLiterals() {
        assertThat(Report.usedParameters("MATCH (n {a: $x}) // $y\nRETURN '$z', \"$w\", $v"))
                .containsExactly("x", "v");
    }

    @Test
    void rejectsAMissingTitleLineNamingFileAndLine() {
        assertThatThrownBy(() -> Report.parse("x", "reports/x.cypher", "MATCH (n) RETURN n"))
                .isInstanceOf(ReportFormatException.class)
                .hasMessageStartingWith("reports/x.cypher:1:");
    }

    @Test
    void rejectsAnUnknownTypeNamingTheLine() {
        String text = "// Report: X\n// Description: d\n// @param n NUMBER what (default 1)\nRETURN $n";
        assertThatThrownBy(() -> Report.parse("x", "x.cypher", text))
                .hasMessageContaining("x.cypher:3:").hasMessageContaining("NUMBER");
    }

    @Test
    void rejectsADefaultOfTheWrongType() {
        String text = "// Report: X\n// Description: d\n// @param n INTEGER what (default many)\nRETURN $n";
        assertThatThrownBy(() -> Report.parse("x", "x.cypher", text)).hasMessageContaining("x.cypher:3:");
    }

    @Test
    void rejectsAQueryUsingAnUndeclaredParameter() {
        String text = "// Report: X\n// Description: d\nRETURN $name";
        assertThatThrownBy(() -> Report.parse("x", "x.cypher", text)).hasMessageContaining("undeclared").hasMessageContaining("name");
    }

    @Test
    void rejectsADeclaredParameterTheQueryNeverUses() {
        String text = "// Report: X\n// Description: d\n// @param name STRING who (required)\nRETURN 1";
        assertThatThrownBy(() -> Report.parse("x", "x.cypher", text)).hasMessageContaining("not used").hasMessageContaining("name");
    }

    @Test
    void everyBundledReportParsesAndHasAnExampleForEachRequiredParameter() {
        List<Report> reports = ReportLibrary.bundled().all();

        assertThat(reports).extracting(Report::name).contains("person-profile", "accompaniment-network",
                "company-signings", "projects-by-investment", "investment-discrepancies", "title-timeline",
                "external-visitors", "busiest-officials", "company-contacts", "possible-duplicates", "story-graph",
                "co-attendance");
        for (Report r : reports) {
            assertThat(r.params()).filteredOn(p -> p.requirement() == ReportParam.Requirement.REQUIRED)
                    .as(r.name()).allSatisfy(p -> assertThat(p.example()).isNotBlank());
        }
    }
}
