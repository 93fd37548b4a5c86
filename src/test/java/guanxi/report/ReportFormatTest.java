package guanxi.report;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ReportFormatTest {

    private static String write(ReportFormat format, ReportResult result) throws IOException {
        var out = new ByteArrayOutputStream();
        format.write(result, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    @Test
    void tableAlignsChineseByDisplayWidthAndNumbersToTheRight() throws IOException {
        var result = new ReportResult(List.of("person", "times"),
                List.of(row("汪晴", 12L), row("Li", 3L), row("王口恒", null)));

        assertThat(write(ReportFormat.TABLE, result)).isEqualTo("""
                person  times
                ------  -----
                汪晴       12
                Li          3
                王口恒
                (3 rows)
                """);
    }

    @Test
    void tableShowsNodesByCaptionListsJoinedAndCutsLongCells() throws IOException {
        var node = new ReportResult.Node("4:x:1", List.of("Story"), Map.of("title", "镇政府召开第8次镇长办公会议", "id", "s1"));
        String longText = "镇党委副书记、镇长周立新主持召开镇政府第8次镇长办公会议。镇上及园区领导何文东、卢海峰等参加";
        var result = new ReportResult(List.of("story", "titles", "evidence"),
                List.of(row(node, List.of("县委常委", "县长"), longText)));

        String table = write(ReportFormat.TABLE, result);

        assertThat(table).contains("镇政府召开第8次镇长办公会议  县委常委; 县长");
        String cut = table.lines().toList().get(2);
        assertThat(cut).endsWith("…");
        // A wide character that would overrun the limit is left out whole, so the cell may end one column short.
        assertThat(DisplayWidth.of(cut.substring(cut.indexOf("镇党委副书记"))))
                .isBetween(ReportFormat.TABLE_CELL_COLUMNS - 1, ReportFormat.TABLE_CELL_COLUMNS);
    }

    @Test
    void csvHasABomCrlfAndRfc4180Quoting() throws IOException {
        var result = new ReportResult(List.of("name", "note"), List.of(
                row("汪晴", "县委书记, 带队"),
                row("say \"hi\"", "two\nlines"),
                row(90.0, List.of("a", "b"))));

        assertThat(write(ReportFormat.CSV, result)).isEqualTo(
                "\uFEFFname,note\r\n"
                + "汪晴,\"县委书记, 带队\"\r\n"
                + "\"say \"\"hi\"\"\",\"two\nlines\"\r\n"
                + "90,a; b\r\n");
    }

    @Test
    void csvQuotesOnlyWhenNeeded() {
        assertThat(ReportFormat.csvField("plain 文本")).isEqualTo("plain 文本");
        assertThat(ReportFormat.csvField("a\rb")).isEqualTo("\"a\rb\"");
        assertThat(ReportFormat.csvField("")).isEmpty();
    }

    @Test
    void jsonIsAnArrayOfObjectsKeyedByColumnWithNodesAsObjects() throws IOException {
        var node = new ReportResult.Node("4:x:2", List.of("Person"), Map.of("name", "汪晴"));
        var result = new ReportResult(List.of("who", "times", "titles"),
                List.of(row(node, 2L, List.of("县委书记"))));

        String json = write(ReportFormat.JSON, result);
        var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);

        assertThat(tree.isArray()).isTrue();
        assertThat(tree.get(0).get("who").get("name").asText()).isEqualTo("汪晴");
        assertThat(tree.get(0).get("who").get("labels").get(0).asText()).isEqualTo("Person");
        assertThat(tree.get(0).get("times").asLong()).isEqualTo(2);
        assertThat(tree.get(0).get("titles").get(0).asText()).isEqualTo("县委书记");
    }

    @Test
    void anEmptyResultStillHasItsHeader() throws IOException {
        var result = new ReportResult(List.of("a", "b"), List.of());
        assertThat(write(ReportFormat.TABLE, result)).isEqualTo("a  b\n-  -\n(0 rows)\n");
        assertThat(write(ReportFormat.CSV, result)).isEqualTo("\uFEFFa,b\r\n");
        assertThat(write(ReportFormat.JSON, result).strip()).isEqualTo("[ ]");
    }
}
