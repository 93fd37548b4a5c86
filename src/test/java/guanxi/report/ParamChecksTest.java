package guanxi.report;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every parameter outside its range is a usage error naming it, before Neo4j sees it. */
class ParamChecksTest {

    private final Report report = Report.parse("r", "r.cypher", """
            // Report: R
            // Description: d
            // @param top INTEGER how many; 0 lists all (default 30)
            // @param min_score FLOAT only candidates scored at least this, from 0 to 1 (default 0)
            // @param kind STRING only Person, Company or Project (optional)
            // @param from STRING only stories dated on or after this: YYYY or YYYY-MM or YYYY-MM-DD (optional)
            // @param pattern STRING regular expression for a post (default .{2,8}部[^长].*)
            RETURN $top, $min_score, $kind, $from, $pattern
            """);

    private Map<String, Object> bind(String... pairs) {
        return ReportArguments.bind(report, ReportArguments.parsePairs(java.util.List.of(pairs)));
    }

    @Test
    void valuesInRangePass() {
        assertThat(bind("top=0", "min_score=1", "kind=Company", "from=2019-03", "pattern=.{2,8}[部厅][^长].*"))
                .containsEntry("top", 0L).containsEntry("min_score", 1.0).containsEntry("kind", "Company");
        assertThat(bind("from=2019")).containsEntry("from", "2019");
        assertThat(bind("pattern=(市|省)?.*(局|厅)长")).containsEntry("pattern", "(市|省)?.*(局|厅)长");
    }

    @Test
    void negativeCountsScoresBeyondTheirRangeAndUnknownKindsAreUsageErrors() {
        assertThatThrownBy(() -> bind("top=-1")).isInstanceOf(ReportUsageException.class)
                .hasMessage("parameter 'top' of report r: must be 0 or more, not -1");
        assertThatThrownBy(() -> bind("min_score=1.5")).isInstanceOf(ReportUsageException.class)
                .hasMessageContaining("'min_score'").hasMessageContaining("from 0 to 1");
        assertThatThrownBy(() -> bind("min_score=NaN")).isInstanceOf(ReportUsageException.class);
        assertThatThrownBy(() -> bind("kind=Persons")).isInstanceOf(ReportUsageException.class)
                .hasMessageContaining("Person, Company or Project");
        assertThatThrownBy(() -> bind("from=2019-13")).isInstanceOf(ReportUsageException.class)
                .hasMessageContaining("YYYY-MM");
    }

    @Test
    void regularExpressionsMustCompileAndNotNestRepetitions() {
        assertThatThrownBy(() -> bind("pattern=(((.+)+)+)+X")).isInstanceOf(ReportUsageException.class)
                .hasMessageContaining("'pattern'").hasMessageContaining("repeats a group");
        assertThatThrownBy(() -> bind("pattern=(部[^长]")).isInstanceOf(ReportUsageException.class)
                .hasMessageContaining("not a regular expression");
        assertThatThrownBy(() -> bind("pattern=" + "部".repeat(201))).isInstanceOf(ReportUsageException.class);
        assertThat(ParamChecks.repeatsARepetition("(a*)*")).isTrue();
        assertThat(ParamChecks.repeatsARepetition("(?:x(a|b+)){2,}")).isTrue();
        assertThat(ParamChecks.repeatsARepetition("([+*])+")).isFalse();
        assertThat(ParamChecks.repeatsARepetition("(ab)+\\(c+\\)+")).isFalse();
        assertThat(ParamChecks.repeatsARepetition("(a+)?")).isFalse();
    }

    @Test
    void everyBundledReportsDefaultsAndExamplesAreInRange() {
        for (Report r : ReportLibrary.bundled().all()) {
            for (ReportParam p : r.params()) {
                if (p.defaultText() != null) {
                    assertThat(ParamChecks.problem(p, p.defaultValue())).as(r.name() + " " + p.name()).isNull();
                }
                if (p.example() != null) {
                    assertThat(ParamChecks.problem(p, p.type().parse(p.example()))).as(r.name() + " " + p.name()).isNull();
                }
            }
        }
    }
}
