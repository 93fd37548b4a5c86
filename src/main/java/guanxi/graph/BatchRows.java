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
import guanxi.graph.derive.Presence;
import guanxi.graph.derive.TitleSpan;
import guanxi.graph.web.StoryHtml;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * One batch of pages as typed, immutable facts: reads extracted pages, produces the stories, the entities they name
 * ({@link EntityKey}), one {@link MentionRow} per entity and story with its per-story values, the roles in each story's
 * own event and bylines ({@link RoleRow}), the relations between entities ({@link RelationRow}), and what the batch
 * feeds the derived properties with (title spans, activity per month, entities whose titles, aliases or figures it
 * brings). Both ways into Neo4j consume these records: {@link GraphLoader} turns them into its {@code UNWIND}
 * parameters at the driver call, {@link GraphImport} into CSV rows; each record's {@code properties()} is the one
 * place that names the Neo4j properties it writes, so both graphs carry the same.
 *
 * <p>Names go through the reviewer's {@link Resolutions}; a renamed entity keeps the printed form on its facts
 * ({@code printed}, {@code from_printed}, {@code to_printed}). A relation is kept once per story; every relation
 * endpoint and byline gets a MENTIONS from its story, which is how a page's facts are found again when it is replaced.
 *
 * @param docs           the page files, each once (a page named twice: the later version)
 * @param stories        the stories, each once
 * @param entities       every entity the batch names, each once, in first-seen order
 * @param mentions       one per entity and story
 * @param roles          person -> story: LED, PRESIDED, ATTENDED and WROTE (bylines)
 * @param relations      entity -> entity, one per type, endpoints and story
 * @param derivedChanged entities whose derived properties (titles over time, aliases, latest figures) this batch feeds
 * @param spans          per person and title: the batch's span
 * @param renamedPersons people written under a reviewer's name for another printed name (their aliases are recomputed)
 * @param activity       per person: stories with activity per month (YYYY-MM of Story.dated) over this batch
 */
record BatchRows(List<String> docs, List<StoryRow> stories, List<EntityKey> entities, List<MentionRow> mentions,
                 List<RoleRow> roles, List<RelationRow> relations, Set<EntityKey> derivedChanged,
                 Map<PersonTitle, TitleSpan> spans, Set<String> renamedPersons,
                 Map<String, MonthlyActivity> activity) {

    BatchRows {
        docs = List.copyOf(docs);
        stories = List.copyOf(stories);
        entities = List.copyOf(entities);
        mentions = List.copyOf(mentions);
        roles = List.copyOf(roles);
        relations = List.copyOf(relations);
        derivedChanged = Set.copyOf(derivedChanged);
        spans = Collections.unmodifiableMap(new LinkedHashMap<>(spans));
        renamedPersons = Set.copyOf(renamedPersons);
        activity = Collections.unmodifiableMap(new LinkedHashMap<>(activity));
    }

    /**
     * An entity by kind and name (after the reviewer's resolutions): how the batch's facts refer to it before a
     * transaction has its node.
     */
    record EntityKey(EntityKind kind, String name) {

        EntityKey {
            Objects.requireNonNull(kind);
            Objects.requireNonNull(name);
        }

        static EntityKey person(String name) {
            return new EntityKey(EntityKind.PERSON, name);
        }

        /**
         * The key of a node read back from the graph by a label of it; empty for a label that names no kind of entity
         * (a marker such as GuanxiIdentityPending), which the loader's old map rows ignored too.
         */
        static Optional<EntityKey> of(String label, String name) {
            return BatchRows.kind(label).map(kind -> new EntityKey(kind, name));
        }

        /** The node label. */
        String label() {
            return BatchRows.label(kind);
        }

        /**
         * The handle the load's {@code UNWIND} rows use for this entity until its element id is known (entities.cypher
         * returns it next to the id): label and name, tab-separated.
         */
        String key() {
            return label() + "\t" + name;
        }
    }

    /**
     * A story node.
     *
     * @param paper     the paper named by the page's sidecar, or null (never guessed)
     * @param date      as printed (YYYY-MM-DD or MM-DD), or null
     * @param dated     always YYYY-MM-DD, unknown parts {@code ?} ({@link #dated})
     * @param reporters the byline's names, as printed
     * @param present   the people present at its event ({@link Presence}), canonical names in the story's order
     * @param people    every person the story names other than in its byline, canonical names in the story's order:
     *                  with {@code bylined}, what the identity pass reads as a person's context ({@code Companions}),
     *                  one list per story instead of every mention of every story
     * @param bylined   the byline's people under their names in the graph (reporters keeps them as printed)
     */
    record StoryRow(String id, String doc, String paper, String title, String date, String dated,
                    List<String> reporters, String text, List<String> present, List<String> people,
                    List<String> bylined) {

        StoryRow {
            reporters = List.copyOf(reporters);
            present = List.copyOf(present);
            people = List.copyOf(people);
            bylined = List.copyOf(bylined);
        }

        /**
         * The node's properties: a null date or title is kept as a null value ({@code SET +=} removes it), an empty
         * byline, nobody present or named is a null value too (the bulk importer cannot store an empty list), no
         * sidecar paper no property.
         */
        Map<String, Object> properties() {
            Map<String, Object> props = new HashMap<>();
            props.put("doc", doc);
            if (paper != null) {
                props.put("paper", paper);
            }
            props.put("title", title);
            props.put("date", date);
            props.put("dated", dated);
            if (!reporters.isEmpty()) {
                props.put("reporters", reporters);
            }
            props.put("present", present.isEmpty() ? null : present);
            props.put("people", people.isEmpty() ? null : people);
            props.put("bylined", bylined.isEmpty() ? null : bylined);
            props.put("text", text);
            return props;
        }
    }

    /**
     * One MENTIONS: a story names an entity, with what that story says of it.
     *
     * @param evidence       the sentence of the entity's first mention the extractor listed, or null
     * @param starts         where Story.text prints it, in text order, each once (side by side with {@code ends})
     * @param ends           the ends of those spans
     * @param printed        the printed name when a reviewer's resolution renamed it, else null
     * @param titles         a person's titles in this story
     * @param aliases        a company's other forms in this story
     * @param investmentYuan a project's stated investment in this story, or null
     * @param status         a project's stated status in this story, or null
     * @param byline         named in the story's byline (not someone the story's people appeared with)
     * @param roles          its roles and the types of its outgoing relations in this story, each once
     * @param rolesIn        the types of its incoming relations in this story, each once
     */
    record MentionRow(String story, EntityKey entity, String evidence, List<Integer> starts, List<Integer> ends,
                      String printed, List<String> titles, List<String> aliases, Long investmentYuan, String status,
                      boolean byline, List<String> roles, List<String> rolesIn) {

        MentionRow {
            starts = List.copyOf(starts);
            ends = List.copyOf(ends);
            titles = List.copyOf(titles);
            aliases = List.copyOf(aliases);
            roles = List.copyOf(roles);
            rolesIn = List.copyOf(rolesIn);
        }

        /** The relationship's properties: null values and empty lists are no property, as the bulk importer stores them. */
        Map<String, Object> properties() {
            Map<String, Object> props = new HashMap<>();
            if (evidence != null) {
                props.put("evidence", evidence);
            }
            if (!starts.isEmpty()) {
                props.put("starts", starts);
                props.put("ends", ends);
            }
            if (printed != null) {
                props.put("printed", printed);
            }
            if (!titles.isEmpty()) {
                props.put("titles", titles);
            }
            if (!aliases.isEmpty()) {
                props.put("aliases", aliases);
            }
            if (investmentYuan != null) {
                props.put("investment_yuan", investmentYuan);
            }
            if (status != null) {
                props.put("status", status);
            }
            if (byline) {
                props.put("byline", true);
            }
            if (!roles.isEmpty()) {
                props.put("roles", roles);
            }
            if (!rolesIn.isEmpty()) {
                props.put("roles_in", rolesIn);
            }
            return props;
        }
    }

    /**
     * What a reader of one relationship needs without another query: the story's id, headline and page file, and
     * its date as Story.dated has it (YYYY-MM-DD, the year borrowed from the page when the story printed none, else
     * ????: marked as in reports, and sorted after every known year), {@code source_url}, the story reader's page for
     * it, and {@code paper} when the page's sidecar names it (left out, never guessed, otherwise); with the evidence
     * (sentence, span, rule) when the fact has one.
     */
    record Provenance(String story, String headline, String doc, String paper, String dated, Evidence evidence) {

        Map<String, Object> properties() {
            Map<String, Object> props = new HashMap<>();
            props.put("story", story);
            props.put("source_url", StoryHtml.storyPath(story));
            props.put("headline", headline);
            props.put("doc", doc);
            if (paper != null) {
                props.put("paper", paper);
            }
            props.put("date", dated);
            if (evidence != null) {
                props.put("evidence", evidence.text());
                props.put("sentence", evidence.sentence());
                props.put("start", evidence.start());
                props.put("end", evidence.end());
                props.put("rule", evidence.rule());
            }
            return props;
        }
    }

    /** A person's role in the story's own event (LED, PRESIDED, ATTENDED) or byline (WROTE): person -> story. */
    record RoleRow(String type, EntityKey person, String story, Provenance provenance) {

        Map<String, Object> properties() {
            return provenance.properties();
        }
    }

    /**
     * A relation between two entities as one story states it.
     *
     * @param title       the post held (EXECUTIVE_OF), or null
     * @param fromPrinted the printed name of {@code from} when a reviewer's resolution renamed it, else null
     * @param toPrinted   the same for {@code to}
     */
    record RelationRow(String type, EntityKey from, EntityKey to, Provenance provenance, String title,
                       String fromPrinted, String toPrinted) {

        Map<String, Object> properties() {
            Map<String, Object> props = provenance.properties();
            if (title != null) {
                props.put("title", title);
            }
            if (fromPrinted != null) {
                props.put("from_printed", fromPrinted);
            }
            if (toPrinted != null) {
                props.put("to_printed", toPrinted);
            }
            return props;
        }
    }

    /** A person and a title they are named with: what a HOLDS joins. */
    record PersonTitle(String person, String title) {
    }

    static String label(EntityKind kind) {
        return switch (kind) {
            case PERSON -> "Person";
            case COMPANY -> "Company";
            case ORGANIZATION -> "Organization";
            case PROJECT -> "Project";
        };
    }

    /** The kind of entity a node label names, if any. */
    static Optional<EntityKind> kind(String label) {
        return Arrays.stream(EntityKind.values()).filter(kind -> label(kind).equals(label)).findFirst();
    }

    int storyCount() {
        return stories.size();
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

    /**
     * Hands the pages to {@code write} in batches of at least {@code stories} stories, whole pages each; a batch list is
     * only valid during its call. The pages after a full batch are held until they make up a tenth of it: when the
     * pages end before that, they join it instead of making a last batch of their own. A daily update of 1,005 stories
     * is one transaction, not a second one for 5 stories that plans, locks and commits as much as the first.
     */
    static void batches(Iterable<ExtractedPage> pages, int stories, Consumer<List<ExtractedPage>> write) {
        int tail = Math.max(1, stories / 10);
        List<ExtractedPage> batch = new ArrayList<>();
        List<ExtractedPage> held = new ArrayList<>();
        int size = 0;
        int heldSize = 0;
        for (ExtractedPage page : pages) {
            if (size < stories) {
                batch.add(page);
                size += page.extractions().size();
                continue;
            }
            held.add(page);
            heldSize += page.extractions().size();
            if (heldSize >= tail) {
                write.accept(batch);
                batch = held;
                size = heldSize;
                held = new ArrayList<>();
                heldSize = 0;
            }
        }
        batch.addAll(held);
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
        return new BatchRows(List.copyOf(byDoc.keySet()), b.stories, List.copyOf(b.entities), b.mentions, b.roles,
                b.relations, b.derivedChanged, b.spans, b.renamedPersons, b.activity);
    }

    private static final class Builder {
        private final Resolutions resolutions;
        private final List<StoryRow> stories = new ArrayList<>();
        private final Set<EntityKey> entities = new LinkedHashSet<>();
        private final List<MentionRow> mentions = new ArrayList<>();
        private final List<RoleRow> roles = new ArrayList<>();
        private final List<RelationRow> relations = new ArrayList<>();
        private final Set<String> storyIds = new HashSet<>();
        private final Set<EntityKey> derivedChanged = new HashSet<>();
        private final Map<PersonTitle, TitleSpan> spans = new LinkedHashMap<>();
        private final Set<String> renamedPersons = new HashSet<>();
        private final Map<String, MonthlyActivity> activity = new LinkedHashMap<>();

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

        private void story(Extraction x, String pageYear, String paper) {
            Story s = x.story();
            String dated = dated(s.date(), pageYear);

            // One MENTIONS per entity and story, whatever the extractor listed twice.
            Map<EntityKey, Mention> storyMentions = new LinkedHashMap<>();
            Set<PersonTitle> spanned = new HashSet<>();
            for (Person p : x.persons()) {
                mention(storyMentions, EntityKind.PERSON, p.name(), p.mentions()).titles = p.titles();
                if (!p.titles().isEmpty()) {
                    String person = resolutions.canonical(p.name());
                    derivedChanged.add(EntityKey.person(person));
                    for (String t : p.titles()) {
                        if (spanned.add(new PersonTitle(person, t))) {
                            spans.merge(new PersonTitle(person, t), TitleSpan.of(s.date(), dated), TitleSpan::plus);
                        }
                    }
                }
            }
            for (Company c : x.companies()) {
                mention(storyMentions, EntityKind.COMPANY, c.name(), c.mentions()).aliases = c.aliases();
                if (!c.aliases().isEmpty()) {
                    derivedChanged.add(new EntityKey(EntityKind.COMPANY, resolutions.canonical(c.name())));
                }
            }
            x.organizations().forEach(o -> mention(storyMentions, EntityKind.ORGANIZATION, o.name(), o.mentions()));
            for (Project p : x.projects()) {
                Mention m = mention(storyMentions, EntityKind.PROJECT, p.name(), p.mentions());
                m.investmentYuan = p.investmentYuan();
                m.status = p.status();
                if (p.investmentYuan() != null || p.status() != null) {
                    derivedChanged.add(new EntityKey(EntityKind.PROJECT, resolutions.canonical(p.name())));
                }
            }
            for (String reporter : s.reporters()) {
                // Marked so that a reporter is not counted as someone the people in the story appeared with.
                mention(storyMentions, EntityKind.PERSON, reporter, List.of()).byline = true;
                roles.add(new RoleRow("WROTE", EntityKey.person(resolutions.canonical(reporter)), s.id(),
                        new Provenance(s.id(), s.title(), s.doc(), paper, dated, null)));
            }

            Set<String> seen = new HashSet<>();
            for (Relation r : x.relations()) {
                String from = resolutions.canonical(r.from());
                Provenance provenance = new Provenance(s.id(), s.title(), s.doc(), paper, dated, r.evidence());
                if (!r.type().binary()) {
                    if (seen.add(r.type() + "\t" + from)) {
                        act(mention(storyMentions, EntityKind.PERSON, r.from(), List.of()).roles, r.type().name());
                        roles.add(new RoleRow(r.type().name(), EntityKey.person(from), s.id(), provenance));
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
                act(mention(storyMentions, r.fromKind(), r.from(), List.of()).roles, r.type().name());
                act(mention(storyMentions, r.toKind(), r.to(), List.of()).rolesIn, r.type().name());
                relations.add(new RelationRow(r.type().name(), new EntityKey(r.fromKind(), from),
                        new EntityKey(r.toKind(), to), provenance, r.title(), printed(r.from(), from), printed(r.to(), to)));
            }
            List<String> present = new ArrayList<>();
            List<String> people = new ArrayList<>();
            List<String> bylined = new ArrayList<>();
            for (Mention m : storyMentions.values()) {
                MentionRow row = m.row(s.id());
                mentions.add(row);
                if (row.entity().kind() == EntityKind.PERSON && MonthlyActivity.active(row.roles())) {
                    activity.merge(row.entity().name(), MonthlyActivity.of(dated, row.roles()), MonthlyActivity::plus);
                }
                if (row.entity().kind() == EntityKind.PERSON) {
                    if (Presence.present(row.roles(), row.rolesIn())) {
                        present.add(row.entity().name());
                    }
                    (row.byline() ? bylined : people).add(row.entity().name());
                }
            }
            stories.add(new StoryRow(s.id(), s.doc(), paper, s.title(), s.date(), dated, s.reporters(), s.text(), present,
                    people, bylined));
        }

        /** The story's mention of an entity, started at its first mention under any printed form. */
        private Mention mention(Map<EntityKey, Mention> storyMentions, EntityKind kind, String printedName,
                                List<Evidence> evidence) {
            EntityKey key = new EntityKey(kind, resolutions.canonical(printedName));
            entities.add(key);
            Mention existing = storyMentions.get(key);
            if (existing != null) {
                existing.spans(evidence);
                return existing;
            }
            Mention m = new Mention(key);
            if (!evidence.isEmpty()) {
                m.evidence = evidence.getFirst().text();
            }
            m.spans(evidence);
            if (!printedName.equals(key.name())) {
                m.printed = printedName;
                derivedChanged.add(key);
                if (kind == EntityKind.PERSON) {
                    renamedPersons.add(key.name());
                }
            }
            storyMentions.put(key, m);
            return m;
        }

        /**
         * Records on a MENTIONS what its entity does in the story (roles and outgoing relation types in
         * {@code roles}, incoming ones in {@code roles_in}), so story-centred reports read one relationship
         * instead of expanding a much-reported official's every relation to find this story's.
         */
        private static void act(List<String> types, String type) {
            if (!types.contains(type)) {
                types.add(type);
            }
        }

        /** The printed form when it is not the canonical name, else null. */
        private static String printed(String printed, String canonical) {
            return printed.equals(canonical) ? null : printed;
        }
    }

    /** A MENTIONS while its story is read: what the story's facts add to it, frozen into a {@link MentionRow}. */
    private static final class Mention {
        private final EntityKey entity;
        private final TreeSet<int[]> spans = new TreeSet<>(
                Comparator.<int[]>comparingInt(span -> span[0]).thenComparingInt(span -> span[1]));
        private String evidence;
        private String printed;
        /** As the last listing of the entity in the story gives them. */
        private List<String> titles = List.of();
        private List<String> aliases = List.of();
        private Long investmentYuan;
        private String status;
        private boolean byline;
        private final List<String> roles = new ArrayList<>();
        private final List<String> rolesIn = new ArrayList<>();

        Mention(EntityKey entity) {
            this.entity = entity;
        }

        /**
         * Adds where the story prints the entity: the character spans in Story.text of every mention the extractor
         * found in the body (in text order, each once), so the story reader highlights those places rather than every
         * string that looks like the name.
         */
        void spans(List<Evidence> evidence) {
            for (Evidence e : evidence) {
                // Sentence -1 is the headline: its offsets are into the title, which the reader searches by name.
                if (e.sentence() >= 0 && e.start() >= 0 && e.end() > e.start()) {
                    spans.add(new int[] {e.start(), e.end()});
                }
            }
        }

        MentionRow row(String story) {
            List<Integer> starts = spans.stream().map(span -> span[0]).toList();
            List<Integer> ends = spans.stream().map(span -> span[1]).toList();
            return new MentionRow(story, entity, evidence, starts, ends, printed, titles, aliases, investmentYuan,
                    status, byline, roles, rolesIn);
        }
    }
}
