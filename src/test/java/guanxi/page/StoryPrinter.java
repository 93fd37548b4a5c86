package guanxi.page;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import guanxi.model.PageResult;
import guanxi.model.Story;

import java.nio.file.Path;
import java.util.List;

/**
 * Development aid: prints each story of the given pages as one JSON line in the gold format (no
 * entities), so the page reader can be scored with shared/eval/score.py before the extractor exists.
 * With {@code --explain}, also prints the discarded lines and each story's body to standard error.
 */
public final class StoryPrinter {
    private StoryPrinter() {
    }

    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper();
        boolean explain = List.of(args).contains("--explain");
        PageReader reader = new PageReader();
        for (Path file : PageFiles.expand(List.of(args).stream().filter(a -> !a.startsWith("--")).map(Path::of).toList())) {
            PageResult result = reader.read(PageFiles.read(file));
            for (Story s : result.stories()) {
                ObjectNode o = json.createObjectNode();
                o.put("doc", s.doc());
                o.put("id", s.id());
                o.put("title", s.title());
                o.put("date", s.date());
                o.putPOJO("reporters", s.reporters());
                if (!s.sentences().isEmpty()) {
                    o.put("first", s.sentences().getFirst().text());
                    o.put("last", s.sentences().getLast().text());
                }
                o.put("text", s.text());
                o.putArray("persons");
                o.putArray("companies");
                o.putArray("projects");
                o.putArray("relations");
                System.out.println(json.writeValueAsString(o));
                if (explain) {
                    System.err.println("== " + s.title() + " | " + s.date() + " | " + s.reporters());
                    System.err.println(s.text());
                }
            }
            if (explain) {
                result.discarded().forEach(n -> System.err.println("-- discarded " + n));
            }
        }
    }
}
