package guanxi.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import guanxi.model.Extraction;
import guanxi.page.PageFiles;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Regression over the annotated stories: the real pipeline (page reader, HanLP, extractor) on the seed pages and on
 * the 44 dev stories from other papers, scored with {@link Scorer} against the gold copies in
 * {@code src/test/resources}. Every figure is gated at issue 14's targets for the 44 dev stories (relations 0.90
 * with precision 0.90, person 0.97, company 0.90, project 0.85, investment 0.90), and the seeds higher; the invented
 * stories of {@code src/test/resources/invented} keep floors just below their figures when committed.
 */
class GoldSetTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void seedsMeetTheTargets() throws IOException {
        Scorer.Report r = score(Path.of("seeds"), Path.of("src/test/resources/gold/seeds.jsonl"));
        assertThat(r.relations().f1()).as("relations micro-F1\n" + r.table()).isGreaterThanOrEqualTo(0.95);
        assertThat(r.rows().get("Person").f1()).as("Person F1").isGreaterThanOrEqualTo(0.97);
        assertThat(r.rows().get("Title").f1()).as("Title F1").isGreaterThanOrEqualTo(0.90);
        assertThat(r.rows().get("Company").f1()).as("Company F1").isGreaterThanOrEqualTo(0.90);
        assertThat(r.rows().get("Project").f1()).as("Project F1").isGreaterThanOrEqualTo(0.85);
        assertThat(r.rows().get("Investment").f1()).as("Investment F1").isGreaterThanOrEqualTo(0.95);
        assertThat(r.rows().get("Story").f1()).as("every gold story paired").isEqualTo(1.0);
    }

    @Test
    void devStoriesFromOtherPapersMeetTheTargets() throws IOException {
        Scorer.Report r = score(Path.of("src/test/resources/dev/texts"), Path.of("src/test/resources/gold/dev.jsonl"));
        assertThat(r.relations().f1()).as("relations micro-F1\n" + r.table()).isGreaterThanOrEqualTo(0.90);
        // A wrong edge costs a journalist more than a missing one: recall may not be bought with precision.
        assertThat(r.relations().p()).as("relations precision").isGreaterThanOrEqualTo(0.90);
        assertThat(r.rows().get("Person").f1()).as("Person F1").isGreaterThanOrEqualTo(0.97);
        assertThat(r.rows().get("Title").f1()).as("Title F1").isGreaterThanOrEqualTo(0.90);
        assertThat(r.rows().get("Company").f1()).as("Company F1").isGreaterThanOrEqualTo(0.90);
        assertThat(r.rows().get("Project").f1()).as("Project F1").isGreaterThanOrEqualTo(0.85);
        assertThat(r.rows().get("Investment").f1()).as("Investment F1").isGreaterThanOrEqualTo(0.90);
        assertThat(r.rows().get("Story").f1()).as("every gold story paired").isEqualTo(1.0);
    }

    @Test
    void inventedStoriesOfOtherKindsKeepTheirFloors() throws IOException {
        // src/test/resources/invented (135 stories): kinds of sentence the dev sets barely show (relations 0.924,
        // precision 0.945, when first committed with 53 stories; 0.957 and 0.968 with 111, 0.967 and 0.974 with 135,
        // of which eleven sets were each scored blind first: see its README); floors a little below, so a rule for one
        // paper cannot quietly break another's.
        Scorer.Report r = score(Path.of("src/test/resources/invented/texts"),
                Path.of("src/test/resources/invented/gold.jsonl"));
        assertThat(r.relations().f1()).as("relations micro-F1\n" + r.table()).isGreaterThanOrEqualTo(0.94);
        assertThat(r.relations().p()).as("relations precision").isGreaterThanOrEqualTo(0.95);
        assertThat(r.rows().get("Person").f1()).as("Person F1").isGreaterThanOrEqualTo(0.97);
        assertThat(r.rows().get("Title").f1()).as("Title F1").isGreaterThanOrEqualTo(0.95);
        assertThat(r.rows().get("Company").f1()).as("Company F1").isGreaterThanOrEqualTo(0.93);
        assertThat(r.rows().get("Project").f1()).as("Project F1").isGreaterThanOrEqualTo(0.85);
        assertThat(r.rows().get("Story").f1()).as("every gold story paired").isEqualTo(1.0);
    }

    @Test
    void everyRelationEndIsAListedEntityWithEvidenceInTheStory() throws IOException {
        Pipeline pipeline = new Pipeline();
        List<Path> files = PageFiles.expand(List.of(Path.of("seeds"), Path.of("src/test/resources/dev/texts"),
                Path.of("src/test/resources/invented/texts")));
        for (Path f : files) {
            for (Extraction x : pipeline.process(PageFiles.read(f)).extractions()) {
                ExtractionChecks.assertConsistent(x);
            }
        }
    }

    private static Scorer.Report score(Path pages, Path gold) throws IOException {
        Pipeline pipeline = new Pipeline();
        List<JsonNode> pred = new ArrayList<>();
        for (Path f : PageFiles.expand(List.of(pages))) {
            for (Extraction x : pipeline.process(PageFiles.read(f)).extractions()) {
                pred.add(ExtractionJson.toJson(x));
            }
        }
        List<JsonNode> goldStories = new ArrayList<>();
        for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                goldStories.add(JSON.readTree(line));
            }
        }
        return Scorer.score(goldStories, pred);
    }
}
