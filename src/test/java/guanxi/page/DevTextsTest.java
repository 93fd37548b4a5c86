package guanxi.page;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import guanxi.model.PageResult;
import guanxi.model.Story;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real single-story pages from other papers (headline first, often no 本报讯, no byline line): each is
 * exactly one story with the gold headline and byline, and dates as the gold has them on nearly all.
 */
class DevTextsTest {
    private static final Path TEXTS = Path.of("src/test/resources/dev/texts");
    private static final Path GOLD = Path.of("src/test/resources/gold/dev.jsonl");
    /** Three gold dates the reader misses: two take their year from facts elsewhere in the story ("建设年限2017年至2018年"), which the reader does not guess. */
    private static final int MIN_DATES_RIGHT = 41;

    @Test
    void eachDevTextIsOneStoryWithTheGoldTitleBylineAndMostlyTheGoldDate() throws IOException {
        ObjectMapper json = new ObjectMapper();
        PageReader reader = new PageReader();
        List<String> wrongDates = new ArrayList<>();
        int stories = 0;
        for (String line : Files.readAllLines(GOLD)) {
            JsonNode gold = json.readTree(line);
            String doc = gold.get("doc").asText();
            PageResult result = reader.read(PageFiles.read(TEXTS.resolve(doc)));

            assertThat(result.stories()).as(doc).hasSize(1);
            Story story = result.stories().getFirst();
            assertThat(story.title()).as(doc).isEqualTo(gold.get("title").asText());
            List<String> reporters = new ArrayList<>();
            gold.get("reporters").forEach(r -> reporters.add(r.asText()));
            assertThat(story.reporters()).as(doc).isEqualTo(reporters);
            String goldDate = gold.get("date").isNull() ? null : gold.get("date").asText();
            if (!Objects.equals(goldDate, story.date())) {
                wrongDates.add(doc + " " + goldDate + " vs " + story.date());
            }
            stories++;
        }
        assertThat(stories).isEqualTo(44);
        assertThat(stories - wrongDates.size()).as("dates right; wrong: " + wrongDates).isGreaterThanOrEqualTo(MIN_DATES_RIGHT);
    }
}
