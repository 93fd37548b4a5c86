package guanxi.graph;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvGroupTest {

    @Test
    void rowsOfANewShapeStartAPartWithTheirOwnTypedHeader(@TempDir Path dir) throws IOException {
        CsvGroup group = new CsvGroup(dir, "MENTIONS-Story-Person", List.of(":START_ID(Story)", ":END_ID(Person)"));
        group.row(List.of("s1", "吴滨"), props("titles", List.of("县委副书记", "县长"), "evidence", "县长\"吴滨\"主持会议。"));
        group.row(List.of("s2", "王强"), props("titles", List.of(), "evidence", null));
        group.row(List.of("s2", "陶然"), props("byline", true, "start", 3, "evidence", "第一行\n第二行"));

        List<CsvGroup.Part> parts = group.parts();
        assertThat(parts).extracting(CsvGroup.Part::rows).containsExactly(2L, 1L);
        assertThat(parts).extracting(CsvGroup.Part::multiline).containsExactly(false, true);
        assertThat(Files.readString(parts.get(0).file(), StandardCharsets.UTF_8)).isEqualTo("""
                :START_ID(Story),:END_ID(Person),titles:string[],evidence:string
                "s1","吴滨","县委副书记\u001F县长","县长""吴滨""主持会议。"
                "s2","王强",,
                """);
        assertThat(Files.readString(parts.get(1).file(), StandardCharsets.UTF_8)).isEqualTo("""
                :START_ID(Story),:END_ID(Person),titles:string[],evidence:string,byline:boolean,start:long
                "s2","陶然",,"第一行
                第二行",true,3
                """);
    }

    @Test
    void aValueOfAnotherTypeStartsAPartAndTheDelimiterIsRefused(@TempDir Path dir) {
        CsvGroup group = new CsvGroup(dir, "Project", List.of("name:ID(Project)"));
        group.row(List.of("垃圾焚烧发电项目"), props("investment_yuan", 3_600_000_000L));
        group.row(List.of("物流园项目"), props("investment_yuan", 1.5e9));
        assertThat(group.parts()).hasSize(2);
        assertThatThrownBy(() -> group.row(List.of("x"), props("aliases", List.of("a\u001Fb"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("U+001F");
    }

    private static Map<String, Object> props(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
