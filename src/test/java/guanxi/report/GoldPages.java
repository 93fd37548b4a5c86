package guanxi.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import guanxi.model.Company;
import guanxi.model.EntityKind;
import guanxi.model.ExtractedPage;
import guanxi.model.Extraction;
import guanxi.model.Organization;
import guanxi.model.PageResult;
import guanxi.model.Person;
import guanxi.model.Project;
import guanxi.model.Relation;
import guanxi.model.RelationType;
import guanxi.model.Story;

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
 * The seed gold annotations ({@code gold/seeds.jsonl} on the test classpath) as extracted pages, for the real
 * {@link guanxi.graph.GraphLoader}: the graph a perfect extractor would give. Reports checked on it are checked
 * for their own logic, whatever the extractor's recall; gold carries no evidence spans, so none are set.
 */
final class GoldPages {

    private GoldPages() {
    }

    /** Reads the gold file and produces one extracted page per doc, stories in file order. */
    static List<ExtractedPage> read() throws IOException {
        Map<String, List<Extraction>> byDoc = new LinkedHashMap<>();
        var mapper = new ObjectMapper();
        try (var in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                GoldPages.class.getResourceAsStream("/gold/seeds.jsonl")), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (!line.isBlank()) {
                    JsonNode st = mapper.readTree(line);
                    List<Extraction> stories = byDoc.computeIfAbsent(st.get("doc").asText(), d -> new ArrayList<>());
                    stories.add(extraction(st, st.get("doc").asText() + "#gold" + stories.size()));
                }
            }
        }
        List<ExtractedPage> pages = new ArrayList<>();
        byDoc.forEach((doc, stories) -> pages.add(new ExtractedPage(
                new PageResult(doc, stories.stream().map(Extraction::story).toList(), List.of()), stories)));
        return pages;
    }

    private static Extraction extraction(JsonNode st, String id) {
        Story story = new Story(id, st.get("doc").asText(), st.get("title").asText(),
                st.get("date").isNull() ? null : st.get("date").asText(), texts(st.get("reporters")), "", List.of());
        Map<String, EntityKind> kinds = new HashMap<>();
        List<Person> persons = new ArrayList<>();
        for (JsonNode p : st.get("persons")) {
            kinds.put(p.get("name").asText(), EntityKind.PERSON);
            persons.add(new Person(p.get("name").asText(), texts(p.get("titles")), List.of()));
        }
        List<Company> companies = new ArrayList<>();
        for (JsonNode c : st.get("companies")) {
            kinds.put(c.get("name").asText(), EntityKind.COMPANY);
            companies.add(new Company(c.get("name").asText(), texts(c.get("aliases")), List.of()));
        }
        List<Organization> organizations = new ArrayList<>();
        for (JsonNode o : st.get("organizations")) {
            kinds.put(o.get("name").asText(), EntityKind.ORGANIZATION);
            organizations.add(new Organization(o.get("name").asText(), List.of()));
        }
        List<Project> projects = new ArrayList<>();
        for (JsonNode j : st.get("projects")) {
            kinds.put(j.get("name").asText(), EntityKind.PROJECT);
            projects.add(new Project(j.get("name").asText(),
                    j.get("investment_yuan").isNull() ? null : j.get("investment_yuan").asLong(),
                    j.get("status").isNull() ? null : j.get("status").asText(), List.of()));
        }
        List<Relation> relations = new ArrayList<>();
        for (JsonNode r : st.get("relations")) {
            String from = r.get("from").asText();
            String to = r.has("to") ? r.get("to").asText() : null;
            relations.add(new Relation(RelationType.valueOf(r.get("type").asText()), from, kinds.get(from),
                    to, to == null ? null : kinds.get(to), r.has("title") ? r.get("title").asText() : null, null));
        }
        return new Extraction(story, persons, companies, organizations, projects, relations);
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
