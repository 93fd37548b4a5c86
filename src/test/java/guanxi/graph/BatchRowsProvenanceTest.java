package guanxi.graph;

import guanxi.extract.Pipeline;
import guanxi.model.ExtractedPage;
import guanxi.page.PageFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the rows of a batch carry for a reader of one relationship: the paper when the page's sidecar names it (and
 * nothing when it does not), and on each MENTIONS the spans where the story prints the entity.
 */
class BatchRowsProvenanceTest {

    // An invented story: a named official leads an inspection of an invented company.
    private static final String PAGE = """
            柯立新带队调研青禾农业科技有限公司

            本报讯 5月12日，副县长柯立新带队到青禾农业科技有限公司调研。县农业农村局局长邬海平陪同。
            柯立新察看了育苗车间，听取了企业情况汇报。
            """;

    private static ExtractedPage page(Path dir, String sidecar) throws Exception {
        Path file = dir.resolve("p1.txt");
        Files.writeString(file, PAGE);
        if (sidecar != null) {
            Files.writeString(dir.resolve("p1.meta.json"), sidecar);
        }
        return new Pipeline().process(PageFiles.read(file));
    }

    @Test
    void theSidecarsPaperIsOnTheStoryAndEveryRelationship(@TempDir Path dir) throws Exception {
        BatchRows rows = BatchRows.of(List.of(page(dir, "{\"paper\": \"青禾县报\", \"year\": 2031}")), Resolutions.none());
        assertThat(rows.relations()).isNotEmpty();
        assertThat(rows.roles()).isNotEmpty();
        assertThat(rows.stories()).allSatisfy(s -> assertThat(s.properties()).containsEntry("paper", "青禾县报"));
        assertThat(rows.relations()).allSatisfy(r -> assertThat(r.properties()).containsEntry("paper", "青禾县报")
                .containsEntry("doc", "p1.txt"));
        assertThat(rows.roles()).allSatisfy(r -> assertThat(r.properties()).containsEntry("paper", "青禾县报")
                .containsEntry("doc", "p1.txt"));
    }

    @Test
    void aSidecarMayNameThePaperAlone(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("p2.txt");
        Files.writeString(file, PAGE);
        Files.writeString(dir.resolve("p2.meta.json"), "{\"paper\": \" 青禾县报 \"}");
        guanxi.model.Page page = PageFiles.read(file);
        assertThat(page.paper()).isEqualTo("青禾县报");
        assertThat(page.year()).isNull();
        assertThat(page.date()).isNull();
    }

    @Test
    void withoutASidecarThereIsNoPaperProperty(@TempDir Path dir) throws Exception {
        BatchRows rows = BatchRows.of(List.of(page(dir, null)), Resolutions.none());
        assertThat(rows.relations()).isNotEmpty().allSatisfy(r -> assertThat(r.properties()).doesNotContainKey("paper")
                .containsEntry("doc", "p1.txt"));
        assertThat(rows.stories()).allSatisfy(s -> assertThat(s.properties()).doesNotContainKey("paper"));
    }

    @Test
    void everyMentionFoundInTheTextCarriesItsSpans(@TempDir Path dir) throws Exception {
        ExtractedPage page = page(dir, null);
        String text = page.extractions().getFirst().story().text();
        BatchRows rows = BatchRows.of(List.of(page), Resolutions.none());
        BatchRows.MentionRow official = rows.mentions().stream()
                .filter(m -> m.entity().equals(BatchRows.EntityKey.person("柯立新"))).findFirst().orElseThrow();
        List<Integer> starts = official.starts();
        List<Integer> ends = official.ends();
        assertThat(starts).hasSameSizeAs(ends).hasSizeGreaterThanOrEqualTo(2).isSorted();
        for (int i = 0; i < starts.size(); i++) {
            assertThat(text.substring(starts.get(i), ends.get(i))).isEqualTo("柯立新");
        }
        BatchRows.MentionRow company = rows.mentions().stream()
                .filter(m -> m.entity().kind() == guanxi.model.EntityKind.COMPANY).findFirst().orElseThrow();
        List<Integer> cs = company.starts();
        List<Integer> ce = company.ends();
        assertThat(text.substring(cs.getFirst(), ce.getFirst())).isEqualTo("青禾农业科技有限公司");
    }
}
