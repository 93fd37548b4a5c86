package guanxi.graph;

import guanxi.model.Company;
import guanxi.model.EntityKind;
import guanxi.model.Evidence;
import guanxi.model.ExtractedPage;
import guanxi.model.Extraction;
import guanxi.model.Person;
import guanxi.model.Project;
import guanxi.model.Relation;
import guanxi.model.Story;
import guanxi.graph.derive.MonthlyActivity;
import guanxi.graph.derive.TitleSpan;
import guanxi.graph.web.StoryHtml;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The parameter rows for one batch of pages: reads extracted pages, produces one list per statement kind
 * (stories, entities, mentions, roles, relations) for {@code UNWIND}. Names go through the reviewer's
 * {@link Resolutions}; a renamed entity keeps the printed form on its facts ({@code printed},
 * {@code from_printed}, {@code to_printed}). A relation is kept once per story; every relation endpoint and
 * byline gets a MENTIONS from its story, which is how a page's facts are found again when it is replaced.
 */
record BatchRows(List<String> docs, List<Map<String, Object>> stories, List<Map<String, Object>> entities,
                 List<Map<String, Object>> mentions, List<Map<String, Object>> roles,
                 List<Map<String, Object>> relations, Set<String> derivedChanged,
                 Map<List<String>, TitleSpan> spans, Set<String> renamedPersons,
                 Map<String, MonthlyActivity> activity) {

    /** How rows refer to an entity before the transaction has its element id. */
    static String key(String label, String name) {
        return label + "\t" + name;
    }

    static String label(EntityKind kind) {
        return switch (kind) {
            case PERSON -> "Person";
            case COMPANY -> "Company";
            case ORGANIZATION -> "Organization";
            case PROJECT -> "Project";
        };
    }

    int storyCount() {
        return stories.size();
    }

    /** Entity names of one label in this batch. */
    List<String> names(String label) {
        return entities.stream().filter(e -> label.equals(e.get("label"))).map(e -> (String) e.get("name")).toList();
    }

    /**
     * A date reports can sort and group by month: the story's own full date; else its MM-DD with the latest year
     * printed on its page (a page is one issue); else {@code ????} for the unknown parts.
     */
    static String dated(String date, String pageYear) {
        if (date != null && date.length() == 10) {
            return date;
        }
        return (pageYear == null ? "????" : pageYear) + "-" + (date == null ? "??-??" : date);
    }

    static boolean emptyList(Object value) {
        return value instanceof List<?> list && list.isEmpty();
    }

    /**
     * Hands the pages to {@code write} in batches of at least {@code stories} stories (the last may hold fewer),
     * whole pages each; a batch list is only valid during its call.
     */
    static void batches(Iterable<ExtractedPage> pages, int stories, Consumer<List<ExtractedPage>> write) {
        List<ExtractedPage> batch = new ArrayList<>();
        int size = 0;
        for (ExtractedPage page : pages) {
            batch.add(page);
            size += page.extractions().size();
            if (size >= stories) {
                write.accept(batch);
                batch.clear();
                size = 0;
            }
        }
        if (!batch.isEmpty()) {
            write.accept(batch);
        }
    }

    static BatchRows of(List<ExtractedPage> pages, Resolutions resolutions) {
        Builder b = new Builder(resolutions);
        // A page named twice in one batch: the later version wins, as it would across batches.
        Map<String, ExtractedPage> byDoc = new LinkedHashMap<>();
        pages.forEach(p -> byDoc.put(p.doc(), p));
        byDoc.values().forEach(b::page);
        return new BatchRows(List.copyOf(byDoc.keySet()), b.stories, new ArrayList<>(b.entities.values()),
                b.mentions, b.roles, b.relations, b.derivedChanged, b.spans, b.renamedPersons, b.activity);
    }

    private static final class Builder {
        private final Resolutions resolutions;
        private final List<Map<String, Object>> stories = new ArrayList<>();
        private final Map<String, Map<String, Object>> entities = new LinkedHashMap<>();
        private final List<Map<String, Object>> mentions = new ArrayList<>();
        private final List<Map<String, Object>> roles = new ArrayList<>();
        private final List<Map<String, Object>> relations = new ArrayList<>();
        private final Set<String> storyIds = new HashSet<>();
        /** Keys of entities whose derived properties (titles over time, aliases, latest figures) this batch feeds. */
        private final Set<String> derivedChanged = new HashSet<>();
        /** Per [person, title]: the batch's span. */
        private final Map<List<String>, TitleSpan> spans = new LinkedHashMap<>();
        /** People written under a reviewer's name for another printed name: their aliases are recomputed. */
        private final Set<String> renamedPersons = new HashSet<>();

        /** Per person: stories with activity per month (YYYY-MM of Story.dated) over this batch. */
        private final Map<String, MonthlyActivity> activity = new LinkedHashMap<>();

        private void span(String person, String title, String date, String dated) {
            spans.merge(List.of(person, title), TitleSpan.of(date, dated), TitleSpan::plus);
        }

        Builder(Resolutions resolutions) {
            this.resolutions = resolutions;
        }

        void page(ExtractedPage page) {
            String year = page.extractions().stream().map(x -> x.story().date())
                    .filter(d -> d != null && d.length() == 10).map(d -> d.substring(0, 4))
                    .max(String::compareTo).orElse(null);
            for (Extraction x : page.extractions()) {
                if (storyIds.add(x.story().id())) {
                    story(x, year, page.page().paper());
                }
            }
        }

        @SuppressWarnings("unchecked")
        private void story(Extraction x, String pageYear, String paper) {
            Story s = x.story();
            Map<String, Object> storyProps = new HashMap<>();
            storyProps.put("doc", s.doc());
            if (paper != null) {
                storyProps.put("paper", paper);
            }
            storyProps.put("title", s.title());
            storyProps.put("date", s.date());
            String dated = dated(s.date(), pageYear);
            storyProps.put("dated", dated);
            storyProps.put("reporters", s.reporters());
            storyProps.put("text", s.text());
            stories.add(Map.of("id", s.id(), "props", storyProps));

            // One MENTIONS per entity and story, whatever the extractor listed twice.
            Map<String, Map<String, Object>> storyMentions = new LinkedHashMap<>();
            Set<List<String>> spanned = new HashSet<>();
            for (Person p : x.persons()) {
                mention(storyMentions, s, EntityKind.PERSON, p.name(), p.mentions()).put("titles", p.titles());
                if (!p.titles().isEmpty()) {
                    String person = resolutions.canonical(p.name());
                    derivedChanged.add(key("Person", person));
                    p.titles().stream().filter(t -> spanned.add(List.of(person, t))).forEach(t -> span(person, t, s.date(), dated));
                }
            }
            for (Company c : x.companies()) {
                mention(storyMentions, s, EntityKind.COMPANY, c.name(), c.mentions()).put("aliases", c.aliases());
                if (!c.aliases().isEmpty()) {
                    derivedChanged.add(key("Company", resolutions.canonical(c.name())));
                }
            }
            x.organizations().forEach(o -> mention(storyMentions, s, EntityKind.ORGANIZATION, o.name(), o.mentions()));
            for (Project p : x.projects()) {
                Map<String, Object> m = mention(storyMentions, s, EntityKind.PROJECT, p.name(), p.mentions());
                m.put("investment_yuan", p.investmentYuan());
                m.put("status", p.status());
                if (p.investmentYuan() != null || p.status() != null) {
                    derivedChanged.add(key("Project", resolutions.canonical(p.name())));
                }
            }
            for (String reporter : s.reporters()) {
                // Marked so that a reporter is not counted as someone the people in the story appeared with.
                mention(storyMentions, s, EntityKind.PERSON, reporter, List.of()).put("byline", true);
                roles.add(role("WROTE", key("Person", resolutions.canonical(reporter)), s, dated, paper, null));
            }

            Set<String> seen = new HashSet<>();
            for (Relation r : x.relations()) {
                String from = resolutions.canonical(r.from());
                if (!r.type().binary()) {
                    if (seen.add(r.type() + "\t" + from)) {
                        act(mention(storyMentions, s, EntityKind.PERSON, r.from(), List.of()), "roles", r.type().name());
                        roles.add(role(r.type().name(), key("Person", from), s, dated, paper, r.evidence()));
                    }
                    continue;
                }
                if (r.to() == null || r.toKind() == null) {
                    continue;
                }
                String to = resolutions.canonical(r.to());
                if (!seen.add(r.type() + "\t" + r.fromKind() + from + "\t" + r.toKind() + to)) {
                    continue;
                }
                act(mention(storyMentions, s, r.fromKind(), r.from(), List.of()), "roles", r.type().name());
                act(mention(storyMentions, s, r.toKind(), r.to(), List.of()), "roles_in", r.type().name());
                Map<String, Object> props = provenance(s, dated, paper, r.evidence());
                if (r.title() != null) {
                    props.put("title", r.title());
                }
                printed(props, "from_printed", r.from(), from);
                printed(props, "to_printed", r.to(), to);
                Map<String, Object> row = new HashMap<>();
                row.put("type", r.type().name());
                row.put("from", key(label(r.fromKind()), from));
                row.put("to", key(label(r.toKind()), to));
                row.put("props", props);
                relations.add(row);
            }
            // An empty list is no property (the bulk importer cannot store one): no titles, no reporters.
            storyProps.values().removeIf(BatchRows::emptyList);
            storyMentions.values().forEach(m -> ((Map<String, Object>) m.get("props")).values().removeIf(BatchRows::emptyList));
            mentions.addAll(storyMentions.values());
            for (Map.Entry<String, Map<String, Object>> m : storyMentions.entrySet()) {
                if (m.getKey().startsWith("Person\t") && active((Map<String, Object>) m.getValue().get("props"))) {
                    activity.merge(m.getKey().substring("Person\t".length()), MonthlyActivity.of(dated), MonthlyActivity::plus);
                }
            }
        }

        @SuppressWarnings("unchecked")
        private static boolean active(Map<String, Object> mentionProps) {
            List<String> roles = (List<String>) mentionProps.getOrDefault("roles", List.of());
            return MonthlyActivity.active(roles);
        }

        @SuppressWarnings("unchecked")
        private Map<String, Object> mention(Map<String, Map<String, Object>> storyMentions, Story s, EntityKind kind,
                                            String printedName, List<Evidence> evidence) {
            String name = resolutions.canonical(printedName);
            String label = label(kind);
            String key = key(label, name);
            entities.putIfAbsent(key, Map.of("label", label, "name", name, "key", key));
            Map<String, Object> existing = storyMentions.get(key);
            if (existing != null) {
                Map<String, Object> props = (Map<String, Object>) existing.get("props");
                spans(props, evidence);
                return props;
            }
            Map<String, Object> props = new HashMap<>();
            if (!evidence.isEmpty()) {
                props.put("evidence", evidence.getFirst().text());
            }
            spans(props, evidence);
            if (!printedName.equals(name)) {
                props.put("printed", printedName);
                derivedChanged.add(key);
                if (kind == EntityKind.PERSON) {
                    renamedPersons.add(name);
                }
            }
            storyMentions.put(key, Map.of("story", s.id(), "entity", key, "props", props));
            return props;
        }

        /**
         * Adds where the story prints the entity to its MENTIONS: {@code starts} and {@code ends}, side by side, the
         * character spans in Story.text of every mention the extractor found in the body (in text order, each once), so
         * the story reader highlights those places rather than every string that looks like the name.
         */
        @SuppressWarnings("unchecked")
        private static void spans(Map<String, Object> mentionProps, List<Evidence> evidence) {
            if (evidence.isEmpty()) {
                return;
            }
            java.util.TreeSet<List<Integer>> all = new java.util.TreeSet<>(
                    java.util.Comparator.<List<Integer>>comparingInt(l -> l.get(0)).thenComparingInt(l -> l.get(1)));
            List<Integer> starts = (List<Integer>) mentionProps.getOrDefault("starts", List.of());
            List<Integer> ends = (List<Integer>) mentionProps.getOrDefault("ends", List.of());
            for (int i = 0; i < starts.size(); i++) {
                all.add(List.of(starts.get(i), ends.get(i)));
            }
            for (Evidence e : evidence) {
                // Sentence -1 is the headline: its offsets are into the title, which the reader searches by name.
                if (e.sentence() >= 0 && e.start() >= 0 && e.end() > e.start()) {
                    all.add(List.of(e.start(), e.end()));
                }
            }
            if (!all.isEmpty()) {
                mentionProps.put("starts", all.stream().map(l -> l.get(0)).toList());
                mentionProps.put("ends", all.stream().map(l -> l.get(1)).toList());
            }
        }

        /**
         * Records on a MENTIONS what its entity does in the story (roles and outgoing relation types in
         * {@code roles}, incoming ones in {@code roles_in}), so story-centred reports read one relationship
         * instead of expanding a much-reported official's every relation to find this story's.
         */
        @SuppressWarnings("unchecked")
        private static void act(Map<String, Object> mentionProps, String key, String type) {
            List<String> types = (List<String>) mentionProps.computeIfAbsent(key, k -> new ArrayList<String>());
            if (!types.contains(type)) {
                types.add(type);
            }
        }

        private static void printed(Map<String, Object> props, String key, String printed, String canonical) {
            if (!printed.equals(canonical)) {
                props.put(key, printed);
            }
        }

        private Map<String, Object> role(String type, String person, Story s, String dated, String paper, Evidence e) {
            Map<String, Object> row = new HashMap<>();
            row.put("type", type);
            row.put("person", person);
            row.put("story", s.id());
            row.put("props", provenance(s, dated, paper, e));
            return row;
        }

        /**
         * What a reader of one relationship needs without another query: the story's id, headline and page file,
         * and its date as Story.dated has it (YYYY-MM-DD, the year borrowed from the page when the story printed
         * none, else ????: marked as in reports, and sorted after every known year), {@code source_url}, the
         * story reader's page for it, and {@code paper} when the page's sidecar names it (left out, never guessed,
         * otherwise). Both ways of loading build their rows here, so both graphs carry the same.
         */
        private static Map<String, Object> provenance(Story s, String dated, String paper, Evidence e) {
            Map<String, Object> props = new HashMap<>();
            props.put("story", s.id());
            props.put("source_url", StoryHtml.storyPath(s.id()));
            props.put("headline", s.title());
            props.put("doc", s.doc());
            if (paper != null) {
                props.put("paper", paper);
            }
            props.put("date", dated);
            if (e != null) {
                props.put("evidence", e.text());
                props.put("sentence", e.sentence());
                props.put("start", e.start());
                props.put("end", e.end());
                props.put("rule", e.rule());
            }
            return props;
        }
    }
}
