package guanxi.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.neo4j.driver.Driver;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A stand-in graph for report development: the seed gold annotations ({@code gold/seeds.jsonl} on the
 * test classpath) written in the v1 graph model, with rule {@code gold} and no evidence spans. It lets
 * reports be checked before the real extractor and loader exist; {@link ReportsIT} switches to the
 * real pipeline as soon as it is merged.
 */
final class GoldGraph {

    private static final String STORIES = """
            UNWIND $stories AS st
            CREATE (s:Story {id: st.id, title: st.title, date: st.date, doc: st.doc, reporters: st.reporters, text: ''})
            FOREACH (r IN st.reporters | MERGE (p:Person {name: r}) CREATE (p)-[:WROTE]->(s))
            """;
    private static final String ENTITIES = """
            UNWIND $entities AS e
            MERGE (n:$(e.label) {name: e.name})
            SET n += e.props
            WITH n, e
            MATCH (s:Story {id: e.story})
            CREATE (s)-[m:MENTIONS]->(n)
            SET m += e.mention
            """;
    private static final String HOLDS = """
            UNWIND $holds AS h
            MATCH (p:Person {name: h.person})
            MERGE (t:Title {name: h.title})
            CREATE (p)-[:HOLDS {first_seen: h.first, last_seen: h.last, stories: h.stories}]->(t)
            """;
    private static final String ROLES = """
            UNWIND $roles AS r
            MATCH (p:Person {name: r.from}), (s:Story {id: r.story})
            CREATE (p)-[x:$(r.type)]->(s)
            SET x += {story: r.story, date: s.date, rule: 'gold'}
            """;
    private static final String BINARY = """
            UNWIND $relations AS r
            MATCH (a:$(r.fromLabel) {name: r.from}), (b:$(r.toLabel) {name: r.to}), (s:Story {id: r.story})
            CREATE (a)-[x:$(r.type)]->(b)
            SET x += {story: r.story, date: s.date, rule: 'gold'}
            SET x.title = r.title
            """;

    private GoldGraph() {
    }

    /** Writes the seed gold graph into the empty database behind {@code driver}. */
    static void load(Driver driver) throws IOException {
        List<JsonNode> stories = new ArrayList<>();
        var mapper = new ObjectMapper();
        try (var in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                GoldGraph.class.getResourceAsStream("/gold/seeds.jsonl")), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (!line.isBlank()) {
                    stories.add(mapper.readTree(line));
                }
            }
        }
        List<Map<String, Object>> storyRows = new ArrayList<>();
        List<Map<String, Object>> entities = new ArrayList<>();
        List<Map<String, Object>> roles = new ArrayList<>();
        List<Map<String, Object>> relations = new ArrayList<>();
        Map<List<String>, List<String>> titleStories = new LinkedHashMap<>();
        Map<String, String> dates = new HashMap<>();
        for (int i = 0; i < stories.size(); i++) {
            JsonNode st = stories.get(i);
            String id = st.get("doc").asText().substring(0, 3) + "-" + i;
            String date = st.get("date").isNull() ? null : st.get("date").asText();
            dates.put(id, date);
            storyRows.add(map("id", id, "title", st.get("title").asText(), "date", date,
                    "doc", st.get("doc").asText(), "reporters", texts(st.get("reporters"))));
            Map<String, String> labels = new HashMap<>();
            for (JsonNode p : st.get("persons")) {
                String name = p.get("name").asText();
                labels.put(name, "Person");
                entities.add(map("label", "Person", "name", name, "story", id, "props", Map.of(),
                        "mention", Map.of("titles", texts(p.get("titles")))));
                for (String t : texts(p.get("titles"))) {
                    titleStories.computeIfAbsent(List.of(name, t), k -> new ArrayList<>()).add(id);
                }
            }
            for (JsonNode c : st.get("companies")) {
                labels.put(c.get("name").asText(), "Company");
                texts(c.get("aliases")).forEach(a -> labels.putIfAbsent(a, "Company"));
                entities.add(map("label", "Company", "name", c.get("name").asText(), "story", id,
                        "props", Map.of("aliases", texts(c.get("aliases"))), "mention", Map.of()));
            }
            for (JsonNode o : st.get("organizations")) {
                labels.put(o.get("name").asText(), "Organization");
                entities.add(map("label", "Organization", "name", o.get("name").asText(), "story", id,
                        "props", Map.of(), "mention", Map.of()));
            }
            for (JsonNode j : st.get("projects")) {
                labels.put(j.get("name").asText(), "Project");
                Map<String, Object> stated = new HashMap<>();
                if (!j.get("investment_yuan").isNull()) {
                    stated.put("investment_yuan", j.get("investment_yuan").asLong());
                }
                if (!j.get("status").isNull()) {
                    stated.put("status", j.get("status").asText());
                }
                entities.add(map("label", "Project", "name", j.get("name").asText(), "story", id,
                        "props", stated, "mention", stated));
            }
            for (JsonNode r : st.get("relations")) {
                String from = r.get("from").asText();
                if (!r.has("to")) {
                    roles.add(map("type", r.get("type").asText(), "from", from, "story", id));
                } else {
                    String to = r.get("to").asText();
                    relations.add(map("type", r.get("type").asText(), "from", from, "fromLabel", labels.get(from),
                            "to", to, "toLabel", labels.get(to), "story", id,
                            "title", r.has("title") ? r.get("title").asText() : null));
                }
            }
        }
        List<Map<String, Object>> holds = new ArrayList<>();
        titleStories.forEach((key, ids) -> {
            List<String> seen = ids.stream().map(dates::get).filter(Objects::nonNull).sorted().toList();
            holds.add(map("person", key.get(0), "title", key.get(1), "stories", ids,
                    "first", seen.isEmpty() ? null : seen.getFirst(), "last", seen.isEmpty() ? null : seen.getLast()));
        });
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> {
                tx.run(STORIES, Map.of("stories", storyRows));
                tx.run(ENTITIES, Map.of("entities", entities));
                tx.run(HOLDS, Map.of("holds", holds));
                tx.run(ROLES, Map.of("roles", roles));
                tx.run(BINARY, Map.of("relations", relations));
            });
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
