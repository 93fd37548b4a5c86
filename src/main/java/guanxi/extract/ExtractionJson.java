package guanxi.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import guanxi.model.Company;
import guanxi.model.Evidence;
import guanxi.model.Extraction;
import guanxi.model.NoiseLine;
import guanxi.model.Organization;
import guanxi.model.Person;
import guanxi.model.Project;
import guanxi.model.Relation;
import guanxi.model.Story;

import java.util.List;

/**
 * Extraction to JSON in the gold format of {@code GUIDELINES.md} (doc, title, date, reporters, persons, companies,
 * organizations, projects, relations) plus extras the scorer ignores: the story {@code id}, {@code mentions} on every
 * entity and {@code evidence} on every relation ({@code sentence}, {@code start}, {@code end}, {@code text},
 * {@code rule}; offsets index into the story text, sentence -1 is the headline with offsets into the title).
 */
public final class ExtractionJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ExtractionJson() {
    }

    public static ObjectNode toJson(Extraction x) {
        Story s = x.story();
        ObjectNode o = JSON.createObjectNode();
        o.put("doc", s.doc());
        o.put("id", s.id());
        o.put("title", s.title());
        o.put("date", s.date());
        ArrayNode reporters = o.putArray("reporters");
        s.reporters().forEach(reporters::add);
        ArrayNode persons = o.putArray("persons");
        for (Person p : x.persons()) {
            ObjectNode n = persons.addObject();
            n.put("name", p.name());
            ArrayNode ts = n.putArray("titles");
            p.titles().forEach(ts::add);
            mentions(n, p.mentions());
        }
        ArrayNode companies = o.putArray("companies");
        for (Company c : x.companies()) {
            ObjectNode n = companies.addObject();
            n.put("name", c.name());
            ArrayNode as = n.putArray("aliases");
            c.aliases().forEach(as::add);
            mentions(n, c.mentions());
        }
        ArrayNode orgs = o.putArray("organizations");
        for (Organization g : x.organizations()) {
            ObjectNode n = orgs.addObject();
            n.put("name", g.name());
            mentions(n, g.mentions());
        }
        ArrayNode projects = o.putArray("projects");
        for (Project j : x.projects()) {
            ObjectNode n = projects.addObject();
            n.put("name", j.name());
            if (j.investmentYuan() == null) {
                n.putNull("investment_yuan");
            } else {
                n.put("investment_yuan", j.investmentYuan());
            }
            n.put("status", j.status());
            mentions(n, j.mentions());
        }
        ArrayNode rels = o.putArray("relations");
        for (Relation r : x.relations()) {
            ObjectNode n = rels.addObject();
            n.put("type", r.type().name());
            n.put("from", r.from());
            if (r.to() != null) {
                n.put("to", r.to());
            }
            if (r.title() != null) {
                n.put("title", r.title());
            }
            n.set("evidence", evidence(r.evidence()));
        }
        return o;
    }

    /** The lines a page reader set aside, as one JSON object: {@code {"doc":…, "discarded":[{line,text,reason}]}}. */
    public static ObjectNode discarded(String doc, List<NoiseLine> lines) {
        ObjectNode o = JSON.createObjectNode();
        o.put("doc", doc);
        ArrayNode a = o.putArray("discarded");
        for (NoiseLine l : lines) {
            ObjectNode n = a.addObject();
            n.put("line", l.line());
            n.put("text", l.text());
            n.put("reason", l.reason());
        }
        return o;
    }

    private static void mentions(ObjectNode n, List<Evidence> evs) {
        ArrayNode a = n.putArray("mentions");
        evs.forEach(e -> a.add(evidence(e)));
    }

    private static ObjectNode evidence(Evidence e) {
        ObjectNode n = JSON.createObjectNode();
        n.put("sentence", e.sentence());
        n.put("start", e.start());
        n.put("end", e.end());
        n.put("text", e.text());
        n.put("rule", e.rule());
        return n;
    }
}
