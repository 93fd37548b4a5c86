package guanxi.graph;

import guanxi.graph.BatchRows.EntityKey;
import guanxi.graph.BatchRows.MentionRow;
import guanxi.graph.BatchRows.PersonTitle;
import guanxi.graph.BatchRows.RelationRow;
import guanxi.graph.BatchRows.RoleRow;
import guanxi.graph.BatchRows.StoryRow;
import guanxi.graph.derive.Aliases;
import guanxi.graph.derive.Accompanied;
import guanxi.graph.derive.ProjectFamily;
import guanxi.graph.derive.ProjectFigures;
import guanxi.graph.derive.StatedRange;
import guanxi.graph.derive.MonthlyActivity;
import guanxi.graph.derive.TitleSpan;
import guanxi.model.EntityKind;
import guanxi.model.ExtractedPage;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.DatabaseException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes extracted pages into Neo4j through the Java driver: reads {@link ExtractedPage}s, produces the graph
 * described in the README (stories, entities, roles, relations with provenance, titles over time, latest
 * investments, POSSIBLY_SAME_AS candidates).
 *
 * <p>Pages are grouped into batches; each batch is one transaction that first removes everything the batch's pages
 * stated before (their stories and every fact those stories stated), then writes the new stories and entities and
 * every relationship they state with one {@code UNWIND} statement each, then recomputes what is derived from the
 * touched entities and writes it with one more. A page is thus replaced atomically: a crash or a killed server
 * leaves either the old page or the new one, and loading the same
 * pages twice leaves the same graph. POSSIBLY_SAME_AS links are review hints, not stated facts: they are recomputed
 * once per load for every entity the load touched (a hub official is compared once, not once per batch), and a
 * rerun after a failure recomputes them. Transient failures (deadlocks, leader switches, a restarting server) are
 * retried by the driver's managed transactions with exponential back-off. Two loads of one database take turns per
 * transaction ({@code load_lock.cypher}), a page Neo4j refuses is rejected alone (the rest of its batch is written
 * page by page), and the entities a batch touched stay marked until the identity pass has judged them, so a load
 * killed before that pass is completed by the next {@link #applySchema}.
 */
public final class GraphLoader {

    /** Stories per transaction: large enough to amortise the round trips, small enough for a modest heap. */
    public static final int DEFAULT_BATCH_STORIES = 1000;

    private static final String PURGE = CypherFiles.statement("purge");
    /** Taken first in every write transaction of a load: two loads of one database take turns. */
    static final String LOAD_LOCK = CypherFiles.statement("load_lock");
    /** {@link #LOAD_LOCK}'s parameters in a transaction that writes no pages. */
    static final Map<String, Object> NO_DOCS = Map.of("docs", List.of());
    private static final String STORIES = CypherFiles.statement("stories");
    private static final String ENTITIES = CypherFiles.statement("entities");
    private static final String LINKS = CypherFiles.statement("links");
    private static final String HOLDS_KEPT = CypherFiles.statement("holds_kept");
    private static final String DERIVED_WRITE = CypherFiles.statement("derived_write");
    private static final String HOLDS_UNDATED = CypherFiles.statement("holds_undated");
    private static final String HOLDS_DATED = CypherFiles.statement("holds_dated");
    private static final String PROJECTS_UNRANGED = CypherFiles.statement("projects_unranged");
    private static final String ACCOMPANIED_PAIRS = CypherFiles.statement("accompanied_pairs");
    private static final String COMPANIONS_UNCOUNTED = CypherFiles.statement("companions_uncounted");
    private static final String PERSONS_UNCOUNTED = CypherFiles.statement("persons_uncounted");
    private static final String ACTIVITY_KEPT = CypherFiles.statement("activity_kept");
    private static final String PROJECT_MENTIONS = CypherFiles.statement("project_mentions");
    private static final String PROJECT_FIGURES_KEPT = CypherFiles.statement("project_figures_kept");
    private static final String COMPANY_MENTIONS = CypherFiles.statement("company_mentions");
    private static final String HELD_TITLES = CypherFiles.statement("held_titles");
    private static final String PENDING = CypherFiles.statement("identity_waiting");
    private static final String PROJECT_NEIGHBOURS = CypherFiles.statement("project_neighbours");
    private static final String PROJECT_FAMILIES = CypherFiles.statement("project_families");
    private static final String PROJECTS_UNFAMILIED = CypherFiles.statement("projects_unfamilied");
    private static final String FAMILY_WRITE = CypherFiles.statement("family_write");
    private static final String SAME_AS_UNPAIRED = CypherFiles.statement("same_as_unpaired");
    /** Relationships per transaction when completing the dated spans of an older graph. */
    private static final int DONE_CHUNK = 5000;

    private final Driver driver;
    private final Resolutions resolutions;
    private final LoadProgress progress;
    private final int batchStories;
    private final List<String> rejected = new ArrayList<>();

    public GraphLoader(Driver driver) {
        this(driver, Resolutions.load(), LoadProgress.SILENT, DEFAULT_BATCH_STORIES);
    }

    public GraphLoader(Driver driver, Resolutions resolutions, LoadProgress progress, int batchStories) {
        this.driver = driver;
        this.resolutions = resolutions;
        this.progress = progress;
        this.batchStories = Math.max(1, batchStories);
    }

    /**
     * Creates the constraints and indexes of {@code cypher/schema.cypher} that do not exist yet, waits for them, and
     * completes what a graph loaded by an earlier version lacks and a load only extends ({@link #COMPLETIONS}) and
     * what a killed load left undone (its identity pass). A graph that held none of the schema was never written by
     * guanxi, so there is nothing to complete and the reads are not even planned.
     */
    public void applySchema() {
        Schema.Applied schema;
        try (Session session = driver.session()) {
            schema = Schema.apply(session, COMPLETIONS.keySet());
            if (!schema.neverLoaded()) {
                for (String index : schema.deferred()) {
                    COMPLETIONS.get(index).accept(session);
                    Schema.create(session, index);
                }
            }
        }
        if (!schema.neverLoaded()) {
            completeInterruptedIdentityPass();
        }
    }

    /**
     * What a graph loaded by an older version lacks, by the index (schema.cypher) that came with it: the index is
     * created once its completion has run ({@link Schema#apply}), so a graph holding it is never scanned for what
     * to complete. They run in schema order ({@link Schema.Applied#deferred}): a project's family after its range.
     */
    private static final Map<String, Consumer<Session>> COMPLETIONS = Map.of(
            "holds_first_dated", GraphLoader::completeDatedSpans,
            "project_investment_high", GraphLoader::completeStatedRanges,
            "person_accompanied_most", GraphLoader::completeCompanionCounts,
            "person_busiest_month", GraphLoader::completeActivity,
            "project_family_spread", GraphLoader::completeFamilies,
            "possibly_same_as_score_pair", GraphLoader::completeLinkPairs);

    /**
     * Gives the titles held in a graph loaded before HOLDS kept first_dated/last_dated their dated span once, folded
     * from their stories with {@link TitleSpan} and written in transactions of {@link #DONE_CHUNK} relationships. It
     * ran at the start of every load until the index holds_first_dated marked it done: the scan of every HOLDS cost a
     * daily update of a million-story archive 0.5 to 1.6 s.
     */
    private static void completeDatedSpans(Session session) {
        Map<String, TitleSpan> spans = new LinkedHashMap<>();
        session.executeRead(tx -> {
            tx.run(HOLDS_UNDATED).stream().forEach(r -> spans.merge(r.get("id").asString(),
                    TitleSpan.of(null, r.get("dated").asString()), TitleSpan::plus));
            return null;
        });
        List<Map<String, Object>> rows = new ArrayList<>();
        spans.forEach((id, span) -> rows.add(Map.of("id", id, "first_dated", span.firstDated(),
                "last_dated", span.lastDated())));
        for (int from = 0; from < rows.size(); from += DONE_CHUNK) {
            List<Map<String, Object>> chunk = rows.subList(from, Math.min(rows.size(), from + DONE_CHUNK));
            session.executeWrite(tx -> tx.run(HOLDS_DATED, Map.of("rows", chunk)).consume());
        }
    }

    /**
     * Gives the projects of a graph loaded before the loads kept the range of their stated amounts ({@link StatedRange},
     * which the investment reports rank on) their figures once, recomputed as a load recomputes them.
     */
    private static void completeStatedRanges(Session session) {
        completeOnce(session, PROJECTS_UNRANGED, GraphLoader::recountFigures);
    }

    /**
     * Gives the companions of a graph loaded before the loads kept accompanied_most ({@link Accompanied}, which
     * accompaniment-network ranks on) their count once, counted over all their ACCOMPANIED.
     */
    private static void completeCompanionCounts(Session session) {
        completeOnce(session, COMPANIONS_UNCOUNTED, (tx, names, writes) -> accompaniment(tx, Map.of(), Set.copyOf(names), writes));
    }

    /**
     * Gives the people of a graph loaded before the loads kept activity per month ({@link MonthlyActivity}) their
     * months once, counted from all their stories as a load recounts them: busiest-officials then reads everyone from
     * its index.
     */
    private static void completeActivity(Session session) {
        completeOnce(session, PERSONS_UNCOUNTED, (tx, names, writes) -> activity(tx, Map.of(), Set.copyOf(names),
                PersonStories.read(tx, names), writes));
    }

    /** A fold of derived properties for the named entities, as a batch runs it. */
    private interface DerivedFold {
        void fold(TransactionContext tx, List<String> names, Derived writes);
    }

    /**
     * The names {@code query} finds (entities an older version loaded without a derived property), folded by
     * {@code fold} and written with derived_write.cypher, in transactions of {@link #DONE_CHUNK} names.
     */
    private static void completeOnce(Session session, String query, DerivedFold fold) {
        List<String> names = session.executeRead(tx -> tx.run(query).list(r -> r.get("name").asString()));
        for (int from = 0; from < names.size(); from += DONE_CHUNK) {
            List<String> chunk = names.subList(from, Math.min(names.size(), from + DONE_CHUNK));
            session.executeWrite(tx -> {
                Derived writes = new Derived(List.of());
                fold.fold(tx, chunk, writes);
                Map<String, Object> params = new HashMap<>(writes.params());
                params.put("ids", List.of());
                params.put("titles", List.of());
                params.putAll(entityLists(List.of()));
                return tx.run(DERIVED_WRITE, params).consume();
            });
        }
    }

    /**
     * Runs the identity pass for the entities a killed load wrote but never judged (still marked
     * {@code GuanxiIdentityPending}), so that a rerun or a restarted {@code serve} gives the graph a clean load gives.
     */
    void completeInterruptedIdentityPass() {
        List<EntityKey> pending;
        try (Session session = driver.session()) {
            pending = session.executeRead(tx -> tx.run(PENDING).stream().flatMap(r -> EntityKey.of(
                    r.get("label").asString(), r.get("name").asString()).stream()).toList());
        }
        if (!pending.isEmpty()) {
            identityPass(pending);
        }
    }

    /**
     * The identity pass over {@code touched} entities, which removes their marks with its last links; then the
     * families of the touched projects and of their neighbours before and after the pass ({@link ProjectFamily}):
     * a link made or dropped changes both ends' families, and a touched project's amounts its longer names'.
     */
    private LoadSummary.Counts identityPass(Collection<EntityKey> touched) {
        List<String> projects = names(touched, EntityKind.PROJECT);
        Set<String> families = new LinkedHashSet<>(projects);
        if (!projects.isEmpty()) {
            families.addAll(projectNeighbours(projects));
        }
        LoadSummary.Counts counts = new IdentityLinker(resolutions).link(driver,
                names(touched, EntityKind.PERSON), names(touched, EntityKind.COMPANY), projects);
        if (!projects.isEmpty()) {
            families.addAll(projectNeighbours(projects));
            try (Session session = driver.session()) {
                writeFamilies(session, List.copyOf(families));
            }
        }
        return counts;
    }

    /**
     * The projects linked to the named ones; for a name no project carries any more, every project whose name
     * {@link IdentityLinker#projectsNear} pairs with it (its former neighbours, whose links went with it).
     */
    private List<String> projectNeighbours(List<String> projects) {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> {
                List<String> near = new ArrayList<>();
                List<String> gone = new ArrayList<>();
                for (Record r : tx.run(PROJECT_NEIGHBOURS, Map.of("names", projects)).list()) {
                    near.addAll(r.get("near").asList(Value::asString));
                    if (r.get("gone").asBoolean()) {
                        gone.add(r.get("name").asString());
                    }
                }
                if (!gone.isEmpty()) {
                    near.addAll(IdentityLinker.projectsNear(tx.run(IdentityLinker.PROJECT_NAMES).stream()
                            .map(r -> r.get("name").asString())::iterator, gone));
                }
                return near;
            });
        }
    }

    /**
     * Gives the POSSIBLY_SAME_AS links of a graph loaded before the links kept their names (pair) them, in one pass
     * committed every {@link #DONE_CHUNK} links (a million-story archive holds hundreds of thousands).
     */
    private static void completeLinkPairs(Session session) {
        session.run(SAME_AS_UNPAIRED, Map.of("chunk", DONE_CHUNK)).consume();
    }

    /**
     * Gives the projects of a graph loaded before the loads kept project families (family_low, family_high,
     * family_spread: what investment-discrepancies ranks on) their family once.
     */
    private static void completeFamilies(Session session) {
        writeFamilies(session, session.executeRead(tx -> tx.run(PROJECTS_UNFAMILIED).list(r -> r.get("name").asString())));
    }

    /**
     * Recomputes the family ({@link ProjectFamily}) of the named projects from their stored ranges and their
     * POSSIBLY_SAME_AS neighbours' and writes it, in transactions of {@link #DONE_CHUNK} projects; a project without a
     * stated amount has none.
     */
    private static void writeFamilies(Session session, List<String> names) {
        for (int from = 0; from < names.size(); from += DONE_CHUNK) {
            List<String> chunk = names.subList(from, Math.min(names.size(), from + DONE_CHUNK));
            session.executeWrite(tx -> {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (Record r : tx.run(PROJECT_FAMILIES, Map.of("names", chunk)).list()) {
                    ProjectFamily family = null;
                    if (!r.get("high").isNull()) {
                        Map<String, StatedRange> near = new HashMap<>();
                        r.get("near").asList(v -> v).forEach(v -> near.put(v.get("name").asString(),
                                new StatedRange(v.get("low").asLong(), v.get("high").asLong())));
                        family = ProjectFamily.of(r.get("name").asString(),
                                new StatedRange(r.get("low").asLong(), r.get("high").asLong()), near);
                    }
                    rows.add(Map.of("name", r.get("name").asString(), "props", ProjectFamily.properties(family)));
                }
                return tx.run(FAMILY_WRITE, Map.of("rows", rows)).consume();
            });
        }
    }

    private static Map<String, Object> entityLists(Collection<EntityKey> entities) {
        return Map.of("persons", names(entities, EntityKind.PERSON), "companies", names(entities, EntityKind.COMPANY),
                "projects", names(entities, EntityKind.PROJECT));
    }

    private static final String LOADED_DOCS = "MATCH (s:Story) RETURN DISTINCT s.doc AS doc";

    /** The docs (page file names) the graph already holds stories of. */
    public Set<String> loadedDocs() {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> tx.run(LOADED_DOCS).stream()
                    .map(r -> r.get("doc").asString()).collect(Collectors.toCollection(LinkedHashSet::new)));
        }
    }

    /**
     * Applies the schema, then loads the pages in batches, replacing earlier versions of the same docs.
     * Streams: only one batch of pages is held at a time.
     */
    public LoadSummary load(Iterable<ExtractedPage> pages) {
        long start = System.nanoTime();
        applySchema();
        LoadSummary[] running = {new LoadSummary(0, 0, 0, 0, 0, 0, Duration.ZERO)};
        Set<EntityKey> touched = new LinkedHashSet<>();
        LoadSummary summary;
        writeBatches(pages, running, start, touched);
        summary = running[0].plus(0, 0, identityPass(touched));
        summary = summary.took(Duration.ofNanos(System.nanoTime() - start));
        progress.finished(summary);
        return summary;
    }

    /** The batches of a load without its identity pass: what a load killed just before that pass leaves. */
    void writeBatches(Iterable<ExtractedPage> pages, LoadSummary[] running, long start, Set<EntityKey> touched) {
        try (Session session = driver.session()) {
            BatchRows.batches(pages, batchStories, batch -> running[0] = write(session, batch, running[0], start, touched));
        }
    }

    /**
     * Writes a batch in one transaction; when Neo4j refuses it for what it holds (not for being unreachable or
     * busy, which the driver retries), writes its pages one by one so that one bad page costs only itself: it is
     * rejected with the reason ({@link #rejected()}) and the others load. When every page of a larger batch fails
     * alone too, the fault is not in the pages and the load stops with it.
     */
    private LoadSummary write(Session session, List<ExtractedPage> batch, LoadSummary summary, long start,
                              Set<EntityKey> touchedSoFar) {
        try {
            return writeBatch(session, batch, summary, start, touchedSoFar);
        } catch (ClientException | DatabaseException e) {
            LoadSummary next = summary;
            int failed = 0;
            List<String> reasons = new ArrayList<>();
            for (ExtractedPage page : batch) {
                try {
                    next = writeBatch(session, List.of(page), next, start, touchedSoFar);
                } catch (ClientException | DatabaseException single) {
                    failed++;
                    reasons.add(page.doc() + ": rejected: Neo4j refused the page (" + firstLine(single) + ")");
                }
            }
            if (batch.size() > 1 && failed == batch.size()) {
                throw e;
            }
            rejected.addAll(reasons);
            return next;
        }
    }

    private static String firstLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline);
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    /** One line per page Neo4j refused in this loader's loads, naming the page file and the reason. */
    public List<String> rejected() {
        return List.copyOf(rejected);
    }

    private LoadSummary writeBatch(Session session, List<ExtractedPage> batch, LoadSummary summary, long start,
                                   Set<EntityKey> touchedSoFar) {
        BatchRows rows = BatchRows.of(batch, resolutions);
        Set<EntityKey> touched = new HashSet<>();
        LoadSummary.Counts counts = session.executeWrite(tx -> {
            touched.clear();
            return replace(tx, rows, touched);
        });
        touchedSoFar.addAll(touched);
        LoadSummary next = summary.plus(rows.docs().size(), rows.storyCount(), counts);
        progress.batch(next.pages(), next.stories(), Duration.ofNanos(System.nanoTime() - start));
        return next;
    }

    /**
     * One batch, one transaction: remove the docs' old facts (when the graph holds any of the docs), write the new
     * ones, recompute what derives from them. Reads come first; what derives is written by one statement at the end
     * ({@code derived_write.cypher}), so a batch plans and runs few statements.
     */
    private LoadSummary.Counts replace(TransactionContext tx, BatchRows rows, Set<EntityKey> touched) {
        Counts counts = new Counts();
        boolean held = tx.run(LOAD_LOCK, Map.of("docs", rows.docs())).single().get("held").asLong() > 0;
        List<String> formerlyMentioned = new ArrayList<>();
        List<EntityKey> purged = new ArrayList<>();
        touched.addAll(rows.entities());
        if (held) {
            Result purgedStories = tx.run(PURGE, Map.of("docs", rows.docs()));
            for (Record r : purgedStories.list()) {
                EntityKey.of(r.get("label").asString(), r.get("name").asString()).ifPresent(purged::add);
                formerlyMentioned.add(r.get("id").asString());
            }
            counts.add(purgedStories);
        }
        touched.addAll(purged);
        // Later statements find this batch's nodes by element id: one seek each, whatever the label.
        Map<String, String> ids = new HashMap<>();
        for (Result created : List.of(tx.run(STORIES, Map.of("rows", rows(rows.stories(), GraphLoader::storyRow))),
                tx.run(ENTITIES, Map.of("rows", rows(rows.entities(), GraphLoader::entityRow))))) {
            created.list().forEach(r -> ids.put(r.get("key").asString(), r.get("id").asString()));
            counts.add(created);
        }
        List<Map<String, Object>> links = new ArrayList<>();
        rows.mentions().forEach(m -> links.add(mentionRow(m, ids)));
        rows.roles().forEach(r -> links.add(roleRow(r, ids)));
        rows.relations().forEach(r -> links.add(relationRow(r, ids)));
        counts.add(tx.run(LINKS, Map.of("rows", links)));

        // Derived properties change only where this batch brings titles, aliases or figures, or a page was replaced:
        // a much-reported official mentioned without a title is not recomputed batch after batch.
        Set<EntityKey> derived = new HashSet<>(rows.derivedChanged());
        derived.addAll(purged);
        // Titles over time and activity: people a replaced page touched (or a reviewer renamed) are recomputed from
        // all their stories; everyone else's are extended by this batch alone, so a much-reported official costs the
        // same in every batch.
        Set<String> recomputed = new HashSet<>(names(purged, EntityKind.PERSON));
        recomputed.addAll(rows.renamedPersons());
        // Read before HOLDS are recomputed: the titles that may lose their last holder in this batch.
        List<Object> heldBefore = recomputed.isEmpty() ? List.of()
                : tx.run(HELD_TITLES, Map.of("names", List.copyOf(recomputed))).single().get("titles").asList();
        // Read once for both folds: every story of the people recomputed.
        PersonStories recomputedStories = PersonStories.read(tx, recomputed);
        Derived writes = new Derived(List.copyOf(recomputed));
        titleSpans(tx, rows.spans(), recomputed, recomputedStories, writes);
        activity(tx, rows.activity(), recomputed, recomputedStories, writes);
        accompaniment(tx, accompanied(rows), recomputed, writes);
        projectFigures(tx, statedFigures(rows), Set.copyOf(names(purged, EntityKind.PROJECT)), writes);
        companyAliases(tx, names(derived, EntityKind.COMPANY), writes);
        Map<String, Object> params = new HashMap<>(writes.params());
        params.put("ids", formerlyMentioned);
        params.put("titles", heldBefore);
        params.putAll(entityLists(touched));
        counts.add(tx.run(DERIVED_WRITE, params));
        return counts.total;
    }

    /** What a batch's folds decided to write, for {@code derived_write.cypher}. */
    private record Derived(List<String> clear, List<Map<String, Object>> holds, List<Map<String, Object>> derived) {
        Derived(List<String> clear) {
            this(clear, new ArrayList<>(), new ArrayList<>());
        }

        Map<String, Object> params() {
            return Map.of("clear", clear, "holds", holds, "derived", derived);
        }
    }

    /**
     * Titles over time (HOLDS and Person.titles, folded by {@link TitleSpan}): people a replaced page touched (or a
     * reviewer renamed) are recomputed from all their stories, their printed forms becoming their aliases; everyone
     * else's kept spans are extended by this batch's alone, so a much-reported official costs the same in every batch.
     */
    private static void titleSpans(TransactionContext tx, Map<PersonTitle, TitleSpan> batch, Set<String> recomputed,
                                   PersonStories recomputedStories, Derived writes) {
        List<Map<String, Object>> extended = new ArrayList<>();
        batch.keySet().stream().filter(k -> !recomputed.contains(k.person()))
                .forEach(k -> extended.add(Map.of("name", k.person(), "title", k.title())));
        List<Map<String, Object>> holds = writes.holds();
        List<Map<String, Object>> persons = writes.derived();
        Map<String, List<String>> titles = new LinkedHashMap<>();
        Set<String> grown = new HashSet<>();
        for (Record r : extended.isEmpty() ? List.<Record>of() : tx.run(HOLDS_KEPT, Map.of("rows", extended)).list()) {
            String name = r.get("name").asString();
            String title = r.get("title").asString();
            TitleSpan span = batch.get(new PersonTitle(name, title));
            if (r.get("held").asBoolean()) {
                span = new TitleSpan(text(r, "first"), text(r, "last"), r.get("stories").asLong(),
                        text(r, "first_dated"), text(r, "last_dated")).plus(span);
            }
            holds.add(holdsRow(name, title, span));
            String id = r.get("id").asString();
            List<String> held = titles.computeIfAbsent(id, k -> new ArrayList<>(r.get("titles").asList(Value::asString)));
            if (!held.contains(title)) {
                held.add(title);
                grown.add(id);
            }
        }
        titles.forEach((id, held) -> {
            if (grown.contains(id)) {
                persons.add(derivedRow(id, Map.of("titles", held)));
            }
        });

        recomputedStories.names().forEach((id, name) -> {
            Map<String, TitleSpan> own = recomputedStories.spans(id);
            own.forEach((title, span) -> holds.add(holdsRow(name, title, span)));
            Map<String, Object> props = new HashMap<>();
            props.put("titles", own.isEmpty() ? null : List.copyOf(own.keySet()));
            List<String> aliases = Aliases.of(name, recomputedStories.printed(id));
            props.put("aliases", aliases.isEmpty() ? null : aliases);
            persons.add(derivedRow(id, props));
        });
    }

    /** Per project, the figures this batch's stories state, folded in story order. */
    static Map<String, ProjectFigures> statedFigures(BatchRows rows) {
        Map<String, String> dates = new HashMap<>();
        rows.stories().forEach(s -> dates.put(s.id(), s.date()));
        Map<String, ProjectFigures> stated = new LinkedHashMap<>();
        for (MentionRow m : rows.mentions()) {
            if (m.entity().kind() == EntityKind.PROJECT && (m.investmentYuan() != null || m.status() != null)) {
                stated.merge(m.entity().name(), ProjectFigures.of(m.investmentYuan(), m.status(), dates.get(m.story())),
                        ProjectFigures::plus);
            }
        }
        return stated;
    }

    /**
     * A project shows the latest stated investment and status and the range of the amounts stated
     * ({@link ProjectFigures}). Projects a replaced page touched ({@code recounted}), or whose kept figures cannot be
     * extended (kept by an older version without their dates), are folded again from all their stories; every other
     * project this batch states figures for ({@code batch}) extends what its node keeps by them, so a project named
     * in thousands of stories costs the same in every batch.
     */
    private static void projectFigures(TransactionContext tx, Map<String, ProjectFigures> batch, Set<String> recounted,
                                       Derived writes) {
        List<String> extended = batch.keySet().stream().filter(name -> !recounted.contains(name)).toList();
        List<String> recount = new ArrayList<>(recounted);
        for (Record r : extended.isEmpty() ? List.<Record>of()
                : tx.run(PROJECT_FIGURES_KEPT, Map.of("names", extended)).list()) {
            String name = r.get("name").asString();
            ProjectFigures kept = ProjectFigures.stored(number(r, "investment"), text(r, "investment_date"),
                    text(r, "status"), text(r, "status_date"), number(r, "low"), number(r, "high"));
            if (kept == null) {
                recount.add(name);
            } else {
                writes.derived().add(derivedRow(r.get("id").asString(), kept.plus(batch.get(name)).properties()));
            }
        }
        recountFigures(tx, recount, writes);
    }

    /** The figures of the named projects, folded from every story of each (a project no story states one for: none). */
    private static void recountFigures(TransactionContext tx, List<String> names, Derived writes) {
        if (names.isEmpty()) {
            return;
        }
        Map<String, ProjectFigures> figures = new LinkedHashMap<>();
        for (Record r : streamed(tx.run(PROJECT_MENTIONS, Map.of("names", names)))) {
            figures.merge(r.get("id").asString(), ProjectFigures.of(number(r, "investment"), text(r, "status"),
                    text(r, "date")), ProjectFigures::plus);
        }
        figures.forEach((id, f) -> writes.derived().add(derivedRow(id, f.properties())));
    }

    /** A company's aliases ({@link Aliases}), recomputed from the forms all its stories printed. */
    private static void companyAliases(TransactionContext tx, List<String> names, Derived writes) {
        if (names.isEmpty()) {
            return;
        }
        Map<String, Set<String>> forms = new LinkedHashMap<>();
        Map<String, String> companyNames = new HashMap<>();
        for (Record r : streamed(tx.run(COMPANY_MENTIONS, Map.of("names", names)))) {
            String id = r.get("id").asString();
            companyNames.put(id, r.get("name").asString());
            Set<String> own = forms.computeIfAbsent(id, k -> new LinkedHashSet<>());
            own.addAll(r.get("aliases").asList(Value::asString));
            own.add(text(r, "printed"));
        }
        forms.forEach((id, own) -> {
            List<String> aliases = Aliases.of(companyNames.get(id), own);
            Map<String, Object> props = new HashMap<>();
            props.put("aliases", aliases.isEmpty() ? null : aliases);
            writes.derived().add(derivedRow(id, props));
        });
    }

    private static Map<String, Object> holdsRow(String name, String title, TitleSpan span) {
        Map<String, Object> row = new HashMap<>();
        row.put("name", name);
        row.put("title", title);
        row.put("first", span.first());
        row.put("last", span.last());
        row.put("stories", span.stories());
        row.put("first_dated", span.firstDated());
        row.put("last_dated", span.lastDated());
        return row;
    }

    /** A row of derived_write.cypher's $derived: the node's element id and the properties to set (null removes one). */
    private static Map<String, Object> derivedRow(String id, Map<String, Object> props) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", id);
        row.put("props", props);
        return row;
    }

    /**
     * A result's records as they arrive: a much-reported entity's stories are folded without ever being held at once
     * (the driver fetches them in chunks as they are read).
     */
    private static Iterable<Record> streamed(Result result) {
        return () -> result;
    }

    /** A string column that may be null. */
    static String text(Record r, String key) {
        return r.get(key).isNull() ? null : r.get(key).asString();
    }

    /** An integer column that may be null. */
    private static Long number(Record r, String key) {
        return r.get(key).isNull() ? null : r.get(key).asLong();
    }

    /**
     * Activity per month (busiest-officials): people a replaced page touched are recomputed from all their
     * stories, as are people kept before activity was, or before its breakdown by kind was (a count list missing);
     * everyone else's months gain this batch's, merged here.
     */
    private static void activity(TransactionContext tx, Map<String, MonthlyActivity> batch, Set<String> recomputed,
                                 PersonStories recomputedStories, Derived writes) {
        List<String> added = batch.keySet().stream().filter(name -> !recomputed.contains(name)).toList();
        List<String> recount = new ArrayList<>();
        List<Map<String, Object>> merged = writes.derived();
        List<String> columns = List.copyOf(MonthlyActivity.COLUMNS.keySet());
        for (Record r : added.isEmpty() ? List.<Record>of()
                : tx.run(ACTIVITY_KEPT, Map.of("names", added, "columns", columns)).list()) {
            String name = r.get("name").asString();
            Map<String, List<Long>> counts = new HashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                counts.put(columns.get(i), r.get("counts").get(i).asList(Value::asLong));
            }
            MonthlyActivity kept = r.get("busiest").isNull() ? null
                    : MonthlyActivity.stored(r.get("months").asList(Value::asString), counts);
            if (kept == null) {
                recount.add(name);
                continue;
            }
            merged.add(derivedRow(r.get("id").asString(), kept.plus(batch.get(name)).properties()));
        }
        Map<String, MonthlyActivity> recounted = new LinkedHashMap<>(recomputedStories.months());
        recounted.putAll(PersonStories.read(tx, recount).months());
        recounted.forEach((id, months) -> merged.add(derivedRow(id, months.properties())));
    }

    /** Per companion, whom this batch shows them accompanying. */
    private static Map<String, Set<String>> accompanied(BatchRows rows) {
        Map<String, Set<String>> pairs = new LinkedHashMap<>();
        for (RelationRow r : rows.relations()) {
            if (r.type().equals("ACCOMPANIED")) {
                pairs.computeIfAbsent(r.from().name(), k -> new LinkedHashSet<>()).add(r.to().name());
            }
        }
        return pairs;
    }

    /**
     * Whom each companion accompanied and how often ({@link Accompanied}): people a replaced page touched (or a
     * reviewer renamed), or whose pairs were kept by an older version, are counted over all their ACCOMPANIED;
     * everyone else's kept pairs are raised by the pairs this batch added to, counted whole, so a much-reported
     * official costs the same in every batch.
     */
    private static void accompaniment(TransactionContext tx, Map<String, Set<String>> batch, Set<String> recomputed,
                                      Derived writes) {
        List<Map<String, Object>> rows = new ArrayList<>();
        recomputed.forEach(name -> rows.add(Map.of("name", name, "full", true, "others", List.of())));
        batch.forEach((name, others) -> {
            if (!recomputed.contains(name)) {
                rows.add(Map.of("name", name, "full", false, "others", List.copyOf(others)));
            }
        });
        if (rows.isEmpty()) {
            return;
        }
        for (Record r : tx.run(ACCOMPANIED_PAIRS, Map.of("rows", rows, "often", Accompanied.OFTEN)).list()) {
            Map<String, Long> pairs = new HashMap<>();
            r.get("pairs").values().forEach(p -> pairs.put(p.get(0).asString(), p.get(1).asLong()));
            // Counted whole (full): nothing kept to raise; the statement counts whole what it cannot raise.
            Accompanied kept = r.get("full").asBoolean() ? null : Accompanied.stored(r.get("kept").asLong(),
                    r.get("names").asList(Value::asString), r.get("times").asList(Value::asLong));
            writes.derived().add(derivedRow(r.get("id").asString(), Accompanied.properties(Accompanied.plus(kept, pairs))));
        }
    }

    /** The {@code $rows} of one write statement: one parameter row per record. */
    private static <T> List<Map<String, Object>> rows(List<T> records, Function<T, Map<String, Object>> row) {
        List<Map<String, Object>> rows = new ArrayList<>(records.size());
        records.forEach(r -> rows.add(row.apply(r)));
        return rows;
    }

    /** A row of stories.cypher. */
    static Map<String, Object> storyRow(StoryRow story) {
        return Map.of("id", story.id(), "props", story.properties());
    }

    /** A row of entities.cypher: {@code key} comes back with the node's element id. */
    static Map<String, Object> entityRow(EntityKey entity) {
        return Map.of("label", entity.label(), "name", entity.name(), "key", entity.key());
    }

    /** A row of links.cypher for a MENTIONS, story to entity; {@code ids} maps story ids and entity keys to element ids. */
    static Map<String, Object> mentionRow(MentionRow mention, Map<String, String> ids) {
        return Map.of("type", "MENTIONS", "from", ids.get(mention.story()), "to", ids.get(mention.entity().key()),
                "props", mention.properties());
    }

    /** A row of links.cypher for a role, person to story. */
    static Map<String, Object> roleRow(RoleRow role, Map<String, String> ids) {
        return Map.of("type", role.type(), "from", ids.get(role.person().key()), "to", ids.get(role.story()),
                "props", role.properties());
    }

    /** A row of links.cypher for a relation between entities. */
    static Map<String, Object> relationRow(RelationRow relation, Map<String, String> ids) {
        return Map.of("type", relation.type(), "from", ids.get(relation.from().key()), "to", ids.get(relation.to().key()),
                "props", relation.properties());
    }

    private static List<String> names(Collection<EntityKey> entities, EntityKind kind) {
        return entities.stream().filter(e -> e.kind() == kind).map(EntityKey::name).toList();
    }

    private static final class Counts {
        LoadSummary.Counts total = LoadSummary.Counts.ZERO;

        void add(Result result) {
            total = total.plus(result.consume().counters());
        }
    }
}
