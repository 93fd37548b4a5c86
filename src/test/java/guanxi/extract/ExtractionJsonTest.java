package guanxi.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import guanxi.model.ExtractedPage;
import guanxi.model.Extraction;
import guanxi.page.PageFiles;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The record {@code extract} writes is a complete input: written as JSON text and read back it is the extraction
 * the pipeline produced, equal field for field (story text, sentences, every evidence span and rule, relation
 * kinds), so a graph built from the file is the graph built from the pages.
 */
class ExtractionJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everySeedAndDevStoryReadsBackAsTheExtractionThePipelineMade() throws Exception {
        Pipeline pipeline = new Pipeline();
        List<Path> pages = new ArrayList<>(PageFiles.expand(List.of(Path.of("seeds"), Path.of("src/test/resources/dev/texts"))));
        int stories = 0;
        int relations = 0;
        for (Path file : pages) {
            ExtractedPage page = pipeline.process(PageFiles.read(file));
            for (Extraction x : page.extractions()) {
                String line = JSON.writeValueAsString(ExtractionJson.toJson(x));
                assertThat(line).doesNotContain("\n");
                Extraction back = ExtractionJson.fromJson(JSON.readTree(line));
                assertThat(back).as(x.story().doc() + " " + x.story().title()).isEqualTo(x);
                stories++;
                relations += x.relations().size();
            }
        }
        // The round trip is only worth something over real output: many stories, many relations.
        assertThat(stories).isGreaterThan(60);
        assertThat(relations).isGreaterThan(300);
    }

    @Test
    void theGoldFieldsStayWhereTheScorerReadsThem() throws Exception {
        Extraction x = new Pipeline().process(PageFiles.read(Path.of("seeds/000_38eb9c1a9d4b8519.txt"))).extractions().getFirst();
        JsonNode o = ExtractionJson.toJson(x);
        assertThat(o.fieldNames()).toIterable().contains("doc", "title", "date", "reporters", "persons", "companies",
                "organizations", "projects", "relations", "text", "sentences");
        JsonNode r = o.get("relations").get(0);
        assertThat(r.get("type").asText()).isEqualTo(x.relations().getFirst().type().name());
        assertThat(r.get("from").asText()).isEqualTo(x.relations().getFirst().from());
        assertThat(r.get("from_kind").asText()).isEqualTo(x.relations().getFirst().fromKind().name());
    }

    @Test
    void aRecordWithoutWhatTheGraphNeedsIsRefusedNamingIt() throws Exception {
        assertThatThrownBy(() -> ExtractionJson.fromJson(JSON.readTree(
                "{\"doc\":\"a.txt\",\"id\":\"s1\",\"title\":\"标题\",\"relations\":[]}")))
                .hasMessageContaining("no story text");
        assertThatThrownBy(() -> ExtractionJson.fromJson(JSON.readTree(
                "{\"doc\":\"a.txt\",\"id\":\"s1\",\"title\":\"标题\",\"text\":\"柯文远出席。\",\"relations\":"
                        + "[{\"type\":\"VISITED\",\"from\":\"柯文远\",\"from_kind\":\"PERSON\"}]}")))
                .hasMessageContaining("VISITED relation without \"to\"");
        assertThatThrownBy(() -> ExtractionJson.fromJson(JSON.readTree(
                "{\"doc\":\"a.txt\",\"id\":\"s1\",\"title\":\"标题\",\"text\":\"柯文远出席。\",\"relations\":"
                        + "[{\"type\":\"CHAIRED\",\"from\":\"柯文远\",\"from_kind\":\"PERSON\"}]}")))
                .hasMessageContaining("unknown relation type CHAIRED");
        assertThatThrownBy(() -> ExtractionJson.fromJson(JSON.readTree(
                "{\"doc\":\"a.txt\",\"id\":\"s1\",\"title\":\"标题\",\"text\":\"柯文远出席。\",\"sentences\":[[0,40]]}")))
                .hasMessageContaining("sentence 0 is not a span of the text");
        assertThatThrownBy(() -> ExtractionJson.fromJson(JSON.readTree("[1, 2]"))).hasMessage("not a JSON object");
    }
}
