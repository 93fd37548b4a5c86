package guanxi.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResourcesTest {

    private static final String SAMPLE = "model/resources-sample.txt";

    @Test
    void linesKeepCommentLinesButNotBlankOnes() {
        assertThat(Resources.lines(SAMPLE)).containsExactly(
                "# a comment line, kept by lines() and dropped by Lexicon", "镇长", "副镇长", "# 书记");
    }

    @Test
    void textIsTheWholeFileAsUtf8() {
        assertThat(Resources.text(SAMPLE)).startsWith("# a comment").contains("\n  镇长  \n").endsWith("# 书记\n");
    }

    @Test
    void aMissingFileIsNamedOrReportedAbsent() {
        assertThat(Resources.textIfPresent("model/no-such-file.txt")).isEmpty();
        assertThatThrownBy(() -> Resources.text("model/no-such-file.txt"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("model/no-such-file.txt");
    }

    @Test
    void aFolderGivesItsFilesWithTheSuffixByNameInNameOrder() {
        var files = Resources.folder("model/", ".txt");
        assertThat(files).containsKey("resources-sample.txt");
        assertThat(files.get("resources-sample.txt")).isEqualTo(Resources.text(SAMPLE));
        assertThat(Resources.folder("model/", ".cypher")).isEmpty();
        assertThatThrownBy(() -> Resources.folder("model/nowhere/", ".txt")).hasMessageContaining("model/nowhere/");
    }
}
