package guanxi.report;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportArgumentsTest {

    private final Report report = Report.parse("r", "r.cypher", """
            // Report: R
            // Description: d
            // @param name STRING who (required, e.g. 陶然)
            // @param top INTEGER how many (default 30)
            // @param prefixes LIST<STRING> which (default 市,省)
            // @param company STRING filter (optional)
            RETURN $name, $top, $prefixes, $company
            """);

    @Test
    void fillsDefaultsAndTypesGivenValues() {
        Map<String, Object> bound = ReportArguments.bind(report,
                ReportArguments.parsePairs(List.of("name=陶然", "top=5", "prefixes=国家，省、市")));

        assertThat(bound).containsEntry("name", "陶然").containsEntry("top", 5L)
                .containsEntry("prefixes", List.of("国家", "省", "市")).containsEntry("company", null);
    }

    @Test
    void keepsEverythingAfterTheFirstEqualsSign() {
        assertThat(ReportArguments.parsePairs(List.of("name=a=b"))).containsEntry("name", "a=b");
    }

    @Test
    void aMissingRequiredParameterIsNamed() {
        assertThatThrownBy(() -> ReportArguments.bind(report, Map.of()))
                .isInstanceOf(ReportUsageException.class)
                .hasMessageContaining("'name'").hasMessageContaining("--param name=陶然");
    }

    @Test
    void anUnknownParameterIsNamedWithTheKnownOnes() {
        assertThatThrownBy(() -> ReportArguments.bind(report, Map.of("name", "x", "titel", "县长")))
                .isInstanceOf(ReportUsageException.class)
                .hasMessageContaining("'titel'").hasMessageContaining("name, top, prefixes, company");
    }

    @Test
    void aValueOfTheWrongTypeIsNamed() {
        assertThatThrownBy(() -> ReportArguments.bind(report, Map.of("name", "x", "top", "ten")))
                .isInstanceOf(ReportUsageException.class)
                .hasMessageContaining("'top'").hasMessageContaining("'ten'");
    }

    @Test
    void aPairWithoutEqualsSignOrGivenTwiceIsAUsageError() {
        assertThatThrownBy(() -> ReportArguments.parsePairs(List.of("name"))).isInstanceOf(ReportUsageException.class);
        assertThatThrownBy(() -> ReportArguments.parsePairs(List.of("name=a", "name=b")))
                .isInstanceOf(ReportUsageException.class).hasMessageContaining("'name'");
    }

    @Test
    void anInjectionAttemptStaysOneStringValue() {
        // Quotes, braces, comment marks, an equals sign and the commas that split a LIST<STRING> value: a STRING
        // parameter keeps them all, as one value. (SeedGraphReportsCheck sends such a value to a real server.)
        String attack = "'}) DETACH DELETE n //, 市、省=x";
        Map<String, Object> bound = ReportArguments.bind(report, ReportArguments.parsePairs(List.of("name=" + attack)));

        assertThat(bound).containsEntry("name", attack);
        Map<String, Object> asList = ReportArguments.bind(report,
                ReportArguments.parsePairs(List.of("name=x", "prefixes=" + attack)));
        assertThat(asList.get("prefixes")).asList().hasSizeGreaterThan(1);
    }
}
