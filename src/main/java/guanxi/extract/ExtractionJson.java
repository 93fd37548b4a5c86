package guanxi.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import guanxi.model.Company;
import guanxi.model.EntityKind;
import guanxi.model.Evidence;
import guanxi.model.Extraction;
import guanxi.model.NoiseLine;
import guanxi.model.Organization;
import guanxi.model.Person;
import guanxi.model.Project;
import guanxi.model.Relation;
import guanxi.model.RelationType;
import guanxi.model.Sentence;
import guanxi.model.Story;

import java.util.ArrayList;
import java.util.List;

/**
 * Extraction to JSON in the gold format of {@code GUIDELINES.md} (doc, title, date, reporters, persons, companies,
 * organizations, projects, relations) plus extras the scorer ignores: the story {@code id}, {@code mentions} on every
 * entity and {@code evidence} on every relation ({@code sentence}, {@code start}, {@code end}, {@code text},
 * {@code rule}; offsets index into the story text, sentence -1 is the headline with offsets into the title).
 *
 * <p>The record also carries what the graph needs that the gold format leaves out, so that a file {@code extract}
 * wrote loads without extracting again ({@code load --extracted}, {@code import --extracted}): the story
 * {@code text}, its {@code sentences} as {@code [start, end]} offsets into the text, and {@code from_kind} and
 * {@code to_kind} on every relation. {@link #fromJson} reads such a record back into the {@link Extraction} the
 * pipeline produced, field for field.
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
        o.put("text", s.text());
        ArrayNode sentences = o.putArray("sentences");
        s.sentences().forEach(t -> sentences.addArray().add(t.start()).add(t.end()));
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
            n.put("from_kind", r.fromKind().name());
            if (r.to() != null) {
                n.put("to", r.to());
                n.put("to_kind", r.toKind().name());
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

    /**
     * A record {@link #toJson} wrote, read back: the same story, entities, relations and evidence.
     *
     * @throws IllegalArgumentException naming what is missing or malformed, in a few words (no field values)
     */
    public static Extraction fromJson(JsonNode o) {
        if (o == null || !o.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        if (!o.hasNonNull("text") && o.has("relations")) {
            throw new IllegalArgumentException("no story text (written by an older extract: extract the pages again)");
        }
        String id = text(o, "id");
        String text = text(o, "text");
        List<Sentence> sentences = new ArrayList<>();
        for (JsonNode span : array(o, "sentences")) {
            int start = integer(span.get(0), "sentences");
            int end = integer(span.get(1), "sentences");
            if (start < 0 || end < start || end > text.length()) {
                throw new IllegalArgumentException("sentence " + sentences.size() + " is not a span of the text");
            }
            sentences.add(new Sentence(sentences.size(), start, end, text.substring(start, end)));
        }
        Story story = new Story(id, text(o, "doc"), text(o, "title"), optionalText(o, "date"), strings(o, "reporters"),
                text, sentences);
        List<Person> persons = new ArrayList<>();
        for (JsonNode n : array(o, "persons")) {
            persons.add(new Person(text(n, "name"), strings(n, "titles"), mentions(n, id)));
        }
        List<Company> companies = new ArrayList<>();
        for (JsonNode n : array(o, "companies")) {
            companies.add(new Company(text(n, "name"), strings(n, "aliases"), mentions(n, id)));
        }
        List<Organization> organizations = new ArrayList<>();
        for (JsonNode n : array(o, "organizations")) {
            organizations.add(new Organization(text(n, "name"), mentions(n, id)));
        }
        List<Project> projects = new ArrayList<>();
        for (JsonNode n : array(o, "projects")) {
            JsonNode yuan = n.get("investment_yuan");
            if (yuan != null && !yuan.isNull() && !yuan.canConvertToLong()) {
                throw new IllegalArgumentException("investment_yuan of " + text(n, "name") + " is not a whole number");
            }
            projects.add(new Project(text(n, "name"), yuan == null || yuan.isNull() ? null : yuan.asLong(),
                    optionalText(n, "status"), mentions(n, id)));
        }
        List<Relation> relations = new ArrayList<>();
        for (JsonNode n : array(o, "relations")) {
            RelationType type = constant(RelationType.class, text(n, "type"), "relation type");
            String to = optionalText(n, "to");
            if (type.binary() == (to == null)) {
                throw new IllegalArgumentException(type + (to == null ? " relation without \"to\"" : " role with a \"to\""));
            }
            JsonNode evidence = n.get("evidence");
            if (evidence == null || !evidence.isObject()) {
                throw new IllegalArgumentException(type + " relation without evidence");
            }
            relations.add(new Relation(type, text(n, "from"), constant(EntityKind.class, text(n, "from_kind"), "from_kind"),
                    to, to == null ? null : constant(EntityKind.class, text(n, "to_kind"), "to_kind"),
                    optionalText(n, "title"), evidence(evidence, id)));
        }
        return new Extraction(story, persons, companies, organizations, projects, relations);
    }

    private static List<Evidence> mentions(JsonNode n, String storyId) {
        List<Evidence> out = new ArrayList<>();
        for (JsonNode e : array(n, "mentions")) {
            out.add(evidence(e, storyId));
        }
        return out;
    }

    private static Evidence evidence(JsonNode e, String storyId) {
        int start = integer(e.get("start"), "evidence start");
        int end = integer(e.get("end"), "evidence end");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("evidence span " + start + ".." + end + " is not a span");
        }
        return new Evidence(storyId, integer(e.get("sentence"), "evidence sentence"), start, end, text(e, "text"),
                text(e, "rule"));
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual()) {
            throw new IllegalArgumentException("no \"" + field + "\" text");
        }
        return v.asText();
    }

    private static String optionalText(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new IllegalArgumentException("\"" + field + "\" is not text");
        }
        return v.asText();
    }

    private static int integer(JsonNode v, String what) {
        if (v == null || !v.isInt()) {
            throw new IllegalArgumentException(what + " is not a whole number");
        }
        return v.asInt();
    }

    /** The array under {@code field}; a missing one is empty (the gold format leaves empty lists out at times). */
    private static Iterable<JsonNode> array(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw new IllegalArgumentException("\"" + field + "\" is not a list");
        }
        return v;
    }

    private static List<String> strings(JsonNode n, String field) {
        List<String> out = new ArrayList<>();
        for (JsonNode v : array(n, field)) {
            if (!v.isTextual()) {
                throw new IllegalArgumentException("\"" + field + "\" holds something other than text");
            }
            out.add(v.asText());
        }
        return out;
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String value, String what) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown " + what + " " + value);
        }
    }
}
