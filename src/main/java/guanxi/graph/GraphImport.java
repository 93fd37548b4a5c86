package guanxi.graph;

import guanxi.graph.BatchRows.EntityKey;
import guanxi.graph.BatchRows.MentionRow;
import guanxi.graph.BatchRows.PersonTitle;
import guanxi.graph.BatchRows.RelationRow;
import guanxi.graph.BatchRows.RoleRow;
import guanxi.graph.BatchRows.StoryRow;
import guanxi.graph.derive.Aliases;
import guanxi.graph.derive.Companions;
import guanxi.graph.derive.ProjectFigures;
import guanxi.graph.derive.Accompanied;
import guanxi.graph.derive.ProjectFamily;
import guanxi.graph.derive.StatedRange;
import guanxi.graph.derive.MonthlyActivity;
import guanxi.graph.derive.TitleSpan;
import guanxi.model.EntityKind;
import guanxi.model.ExtractedPage;
import org.neo4j.cli.AdminTool;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Builds a new embedded store from pages with Neo4j's bulk importer ({@code neo4j-admin database import full}), for
 * the first load of an archive: reads extracted pages, produces in {@code home/data} the graph {@link GraphLoader}
 * would load into an empty database (the same nodes, relationships and properties; GraphImportIT compares the two)
 * without a transaction per batch, then opens it once to build the schema ({@code cypher/schema.cypher}), so the
 * graph is ready to serve. Later pages go in with {@link GraphLoader}.
 *
 * <p>Pages stream through {@link BatchRows} batch by batch into CSV files ({@link CsvGroup}). What derives from all
 * stories is folded in memory as they pass, the way the loader extends it batch by batch: titles over time, activity
 * per month, the latest project figures, company aliases, and for the identity pass the people named per story
 * (names only, never the text). The import either completes or leaves no database behind.
 */
public final class GraphImport {

    private static final String DATABASE = "neo4j";

    private final Path home;
    private final Resolutions resolutions;
    private final LoadProgress progress;
    private final int batchStories;
    private final Path work;
    private final Map<String, CsvGroup> groups = new LinkedHashMap<>();
    private final Map<EntityKey, Entity> entities = new LinkedHashMap<>();
    /** Per person and title: the span HOLDS keeps. */
    private final Map<PersonTitle, TitleSpan> spans = new LinkedHashMap<>();
    private final Set<String> docs = new HashSet<>();
    /** People named per story, with whether each is only a byline: what the identity pass weighs. */
    private final StoryPeople storyPeople = new StoryPeople();
    /** Persons by their number in {@link #storyPeople}. */
    private final List<Entity> persons = new ArrayList<>();
    private int pages;
    private int stories;
    private long written;

    private static final int[] NO_STORIES = new int[0];

    /** One entity and what derives from its stories. */
    private static final class Entity {
        final EntityKind kind;
        final String name;
        /** Indexes of the stories naming it, {@link #storyCount} of them: ints, not boxed (a million stories). */
        int[] stories = NO_STORIES;
        int storyCount;
        /** A story brought titles, aliases, figures or a printed form: the loader computes its derived properties. */
        boolean derived;
        /** Written under a reviewer's name for another printed one: the loader recomputes its titles and aliases. */
        boolean renamed;
        Set<String> titles = Set.of();
        /** The other forms printed for it, before {@link Aliases} makes its aliases of them. */
        Set<String> forms = Set.of();
        MonthlyActivity activity = MonthlyActivity.NONE;
        ProjectFigures figures = ProjectFigures.NONE;
        /** Whom a person accompanied, and in how many stories (null until they accompany someone). */
        Map<String, Integer> accompanied;

        /** Its number in {@link #storyPeople} (persons only), -1 until first named in a story. */
        int person = -1;

        Entity(EntityKey key) {
            this.kind = key.kind();
            this.name = key.name();
        }

        /** One more story naming it; only a person's are kept (the identity pass reads them), others are counted. */
        void story(int story) {
            if (kind == EntityKind.PERSON) {
                if (storyCount == stories.length) {
                    stories = java.util.Arrays.copyOf(stories, Math.max(2, stories.length * 2));
                }
                stories[storyCount] = story;
            }
            storyCount++;
        }

        /** Sets are made when first needed: most of a large archive's entities never get a title or another form. */
        void title(String title) {
            if (titles.isEmpty()) {
                titles = new LinkedHashSet<>(2);
            }
            titles.add(title);
        }

        void form(String form) {
            if (forms.isEmpty()) {
                forms = new LinkedHashSet<>(2);
            }
            forms.add(form);
        }
    }

    private GraphImport(Path home, Resolutions resolutions, LoadProgress progress, int batchStories) throws IOException {
        this.home = home.toAbsolutePath();
        this.resolutions = resolutions;
        this.progress = progress;
        this.batchStories = Math.max(1, batchStories);
        Files.createDirectories(this.home);
        this.work = Files.createTempDirectory(this.home, "import-");
    }

    /** Whether {@code home} holds no graph yet, so that {@link #run} can build one there. */
    public static boolean isFresh(Path home) {
        return !Files.exists(home.resolve("data").resolve("databases").resolve(DATABASE));
    }

    /**
     * What an import did, and where its time went.
     *
     * @param summary pages, stories, nodes and relationships created, total time
     * @param written reading the pages, writing the CSV files and folding what derives from all stories, the
     *                identity pass included (waiting for pages included)
     * @param bulk    the bulk importer
     * @param schema  opening the new store and building the schema's constraints and indexes
     */
    public record Result(LoadSummary summary, Duration written, Duration bulk, Duration schema) {
    }

    /**
     * Imports the pages into a new store under {@code home} (the folder {@link EmbeddedNeo4j} serves) and builds its
     * schema; refuses a home that already holds a graph. Streams: one batch of pages is held at a time.
     *
     * <p>The store is built in a folder next to {@code home} ({@code .NAME.import-*}, holding the CSV files too) and
     * moved into place only when the graph is complete and its schema online: a failed or killed import leaves no
     * database in {@code home}. A failure removes the folder; one left by a killed import is recognised by the
     * process id it records and removed by the next import next to it.
     */
    public static Result run(Path home, Iterable<ExtractedPage> pages, Resolutions resolutions,
                             LoadProgress progress, int batchStories) {
        Path target = home.toAbsolutePath().normalize();
        if (!isFresh(target)) {
            throw new IllegalStateException(target.resolve("data") + " already holds a graph: add pages to it with"
                    + " `guanxi load`, or import into a new folder");
        }
        if (!isEmptyOrMissing(target.resolve("data"))) {
            throw new IllegalStateException(target.resolve("data") + " holds files but no graph: import into a new folder");
        }
        long start = System.nanoTime();
        Path stage = null;
        boolean placed = false;
        try {
            Path parent = Files.createDirectories(target.getParent());
            removeLeftovers(parent, target.getFileName().toString());
            stage = Files.createTempDirectory(parent, stagePrefix(target.getFileName().toString()));
            Files.writeString(stage.resolve(OWNER), Long.toString(ProcessHandle.current().pid()));
            GraphImport run = new GraphImport(stage, resolutions, progress, batchStories);
            LoadSummary summary;
            long written;
            long imported;
            try {
                summary = run.write(pages, start);
                written = run.written - start;
                imported = System.nanoTime();
            } finally {
                run.groups.values().forEach(CsvGroup::close);
                delete(run.work);
            }
            schema(stage);
            place(stage, target);
            placed = true;
            long end = System.nanoTime();
            summary = summary.took(Duration.ofNanos(end - start));
            progress.finished(summary);
            return new Result(summary, Duration.ofNanos(written), Duration.ofNanos(imported - start - written),
                    Duration.ofNanos(end - imported));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot import into " + target + ": " + cause(e, stage), e);
        } catch (RuntimeException e) {
            if (e.getCause() != null && cause(e, stage).startsWith("no space")) {
                throw new IllegalStateException("cannot import into " + target + ": " + cause(e, stage), e);
            }
            throw e;
        } finally {
            if (!placed && stage != null) {
                deleteQuietly(stage);
            }
        }
    }

    /** The file in a staging folder naming the process that builds there. */
    private static final String OWNER = "owner.pid";

    private static String stagePrefix(String name) {
        return name + "-import-";
    }

    private static boolean isEmptyOrMissing(Path dir) {
        if (!Files.isDirectory(dir)) {
            return !Files.exists(dir);
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /** Moves a finished store into {@code target}: the whole folder when there is none, else its data/ and logs/. */
    private static void place(Path stage, Path target) throws IOException {
        Files.delete(stage.resolve(OWNER));
        if (isEmptyOrMissing(target)) {
            Files.deleteIfExists(target);
            Files.move(stage, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        Files.deleteIfExists(target.resolve("data"));
        Files.move(stage.resolve("data"), target.resolve("data"), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        if (!Files.exists(target.resolve("logs")) && Files.exists(stage.resolve("logs"))) {
            Files.move(stage.resolve("logs"), target.resolve("logs"), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
        deleteQuietly(stage);
    }

    /** Removes staging folders next to {@code name} whose importing process is gone (killed imports). */
    static void removeLeftovers(Path parent, String name) throws IOException {
        try (Stream<Path> siblings = Files.list(parent)) {
            for (Path dir : siblings.filter(p -> p.getFileName().toString().startsWith(stagePrefix(name))).toList()) {
                Path owner = dir.resolve(OWNER);
                boolean alive = false;
                if (Files.isRegularFile(owner)) {
                    try {
                        long pid = Long.parseLong(Files.readString(owner).strip());
                        alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
                    } catch (NumberFormatException | IOException e) {
                        alive = false;
                    }
                }
                if (!alive) {
                    deleteQuietly(dir);
                }
            }
        }
    }

    /** The cause of a failure in one line: the innermost message, a full disk named as such with the folder. */
    static String cause(Throwable e, Path where) {
        String message = null;
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && m.toLowerCase(java.util.Locale.ROOT).contains("no space left on device")) {
                return "no space left on device on " + (where == null ? "the target's disk" : where.getParent());
            }
            if (m != null && !m.isBlank()) {
                message = m.strip().lines().findFirst().orElse(m);
            }
        }
        return message == null ? e.getClass().getSimpleName() : message;
    }

    private static void deleteQuietly(Path dir) {
        try {
            delete(dir);
        } catch (IOException e) {
            // Best effort: the next import next to it removes what is left (its process is gone by then).
        }
    }

    private LoadSummary write(Iterable<ExtractedPage> input, long start) throws IOException {
        BatchRows.batches(input, batchStories, batch -> batch(BatchRows.of(batch, resolutions), start));
        if (stories == 0) {
            throw new IllegalArgumentException("no stories to import");
        }
        derived();
        // What was folded is in the CSV files now: the bulk importer, which runs in this process, gets the heap.
        entities.clear();
        spans.clear();
        docs.clear();
        persons.clear();
        storyPeople.clear();
        long nodes = 0;
        long relationships = 0;
        // The database name goes first: after the last --relationships=FILE it would be read as one more file.
        List<String> args = new ArrayList<>(List.of("database", "import", "full", DATABASE,
                "--array-delimiter=" + CsvGroup.ARRAY_DELIMITER_OPTION, "--report-file=" + work.resolve("import.report"),
                // Verbose: a failure's log names its cause (an exception) rather than suggesting --verbose.
                "--verbose"));
        boolean multiline = false;
        for (Map.Entry<String, CsvGroup> group : groups.entrySet()) {
            String[] name = group.getKey().split("-");
            boolean node = name.length == 1;
            for (CsvGroup.Part part : group.getValue().parts()) {
                args.add((node ? "--nodes=" : "--relationships=") + name[0] + "=" + part.file());
                multiline |= part.multiline();
                if (node) {
                    nodes += part.rows();
                } else {
                    relationships += part.rows();
                }
            }
        }
        written = System.nanoTime();
        if (multiline) {
            // Story texts span lines. The v2 parser (multiline files named) fails on a cell crossing its read
            // buffer; v1 parses every file as possibly multiline, measured 13% slower on the bulk import alone.
            args.add("--multiline-fields=true");
        }
        bulkImport(args);
        return new LoadSummary(pages, stories, nodes, relationships, 0, 0, Duration.ZERO);
    }

    private void batch(BatchRows rows, long start) {
        for (String doc : rows.docs()) {
            if (!docs.add(doc)) {
                throw new IllegalArgumentException("page " + doc + " is given twice: an import takes each page once"
                        + " (load the later version with `guanxi load` afterwards)");
            }
        }
        Map<String, String> dates = new HashMap<>();
        Map<String, Integer> storyIndex = new HashMap<>();
        for (StoryRow story : rows.stories()) {
            dates.put(story.id(), story.date());
            storyIndex.put(story.id(), stories++);
            group("Story", "id:ID(Story)").row(List.of(story.id()), story.properties());
        }
        for (EntityKey key : rows.entities()) {
            Entity entity = entities.computeIfAbsent(key, k -> new Entity(k));
            entity.derived |= rows.derivedChanged().contains(key);
            entity.renamed |= key.kind() == EntityKind.PERSON && rows.renamedPersons().contains(key.name());
        }
        for (MentionRow m : rows.mentions()) {
            Entity e = entities.get(m.entity());
            int story = storyIndex.get(m.story());
            e.story(story);
            mentioned(e, m, dates.get(m.story()));
            if (e.kind == EntityKind.PERSON) {
                storyPeople.add(story, person(e), m.byline());
            }
            relationship("MENTIONS", "Story", m.entity().label(), m.story(), e.name, m.properties());
        }
        for (RoleRow r : rows.roles()) {
            relationship(r.type(), "Person", "Story", r.person().name(), r.story(), r.properties());
        }
        for (RelationRow r : rows.relations()) {
            relationship(r.type(), r.from().label(), r.to().label(), r.from().name(), r.to().name(), r.properties());
            if (r.type().equals("ACCOMPANIED")) {
                Entity companion = entities.get(r.from());
                if (companion.accompanied == null) {
                    companion.accompanied = new HashMap<>(4);
                }
                // Keyed by the accompanied entity's own name, not the batch row's copy: a million-story import holds
                // one map per companion until its derived values are written, and the names are shared then.
                companion.accompanied.merge(entities.get(r.to()).name, 1, Integer::sum);
            }
        }
        rows.spans().forEach((held, span) -> {
            entities.get(EntityKey.person(held.person())).title(held.title());
            spans.merge(held, span, TitleSpan::plus);
        });
        rows.activity().forEach((person, months) -> {
            Entity e = entities.get(EntityKey.person(person));
            e.activity = e.activity.plus(months);
        });
        storyPeople.seal(stories);
        pages += rows.docs().size();
        progress.batch(pages, stories, Duration.ofNanos(System.nanoTime() - start));
    }

    /** The person's number in {@link #storyPeople}, given when first named. */
    private int person(Entity e) {
        if (e.person < 0) {
            e.person = persons.size();
            persons.add(e);
        }
        return e.person;
    }

    /** What one MENTIONS adds to its entity's derived properties (aliases, latest project figures). */
    private static void mentioned(Entity e, MentionRow m, String date) {
        switch (m.entity().kind()) {
            case COMPANY -> m.aliases().forEach(e::form);
            case PROJECT -> {
                if (m.investmentYuan() != null || m.status() != null) {
                    e.figures = e.figures.plus(ProjectFigures.of(m.investmentYuan(), m.status(), date));
                }
            }
            default -> {
            }
        }
        if (m.printed() != null && (m.entity().kind() == EntityKind.PERSON || m.entity().kind() == EntityKind.COMPANY)) {
            e.form(m.printed());
        }
    }

    /** Entity nodes with their derived properties, titles, HOLDS and the identity pass's POSSIBLY_SAME_AS. */
    private void derived() {
        Map<String, Integer> personStories = new HashMap<>();
        Map<String, Set<String>> titles = new HashMap<>();
        Map<String, List<String>> companyForms = new HashMap<>();
        List<String> projects = new ArrayList<>();
        for (Entity e : entities.values()) {
            if (e.kind == EntityKind.PROJECT) {
                projects.add(e.name);
            }
        }
        // The projects' links first: each project's family (ProjectFamily) is folded from its neighbours' ranges and
        // written on its node, as the loader writes it after its identity pass.
        IdentityLinker linker = new IdentityLinker(resolutions);
        List<IdentityLinker.Link> projectLinks = linker.projectPairs(projects, projects);
        Map<String, Map<String, StatedRange>> neighbours = new HashMap<>();
        for (IdentityLinker.Link link : projectLinks) {
            StatedRange a = stated(entities.get(new EntityKey(EntityKind.PROJECT, link.a())));
            StatedRange b = stated(entities.get(new EntityKey(EntityKind.PROJECT, link.b())));
            if (b != null) {
                neighbours.computeIfAbsent(link.a(), k -> new HashMap<>()).put(link.b(), b);
            }
            if (a != null) {
                neighbours.computeIfAbsent(link.b(), k -> new HashMap<>()).put(link.a(), a);
            }
        }
        for (Entity e : entities.values()) {
            Map<String, Object> props = new LinkedHashMap<>();
            switch (e.kind) {
                case PERSON -> {
                    if (e.renamed || !e.titles.isEmpty()) {
                        props.put("titles", List.copyOf(e.titles));
                    }
                    if (e.renamed) {
                        props.put("aliases", Aliases.of(e.name, e.forms));
                    }
                    props.putAll(e.activity.properties());
                    if (e.accompanied != null) {
                        props.putAll(Accompanied.properties(Accompanied.of(e.accompanied)));
                    }
                    personStories.put(e.name, e.storyCount);
                    titles.put(e.name, e.titles);
                }
                case COMPANY -> {
                    List<String> aliases = Aliases.of(e.name, e.forms);
                    if (e.derived) {
                        props.put("aliases", aliases);
                    }
                    companyForms.put(e.name, e.derived ? aliases : List.of());
                }
                case PROJECT -> {
                    if (e.derived) {
                        props.putAll(e.figures.properties());
                    }
                    StatedRange own = stated(e);
                    if (own != null) {
                        props.putAll(ProjectFamily.properties(
                                ProjectFamily.of(e.name, own, neighbours.getOrDefault(e.name, Map.of()))));
                    }
                }
                case ORGANIZATION -> {
                }
            }
            String label = BatchRows.label(e.kind);
            group(label, "name:ID(" + label + ")").row(List.of(e.name), props);
        }
        Set<String> titleNames = new LinkedHashSet<>();
        spans.forEach((held, v) -> {
            titleNames.add(held.title());
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("first_seen", v.first());
            props.put("last_seen", v.last());
            props.put("stories", v.stories());
            props.put("first_dated", v.firstDated());
            props.put("last_dated", v.lastDated());
            relationship("HOLDS", "Person", "Title", held.person(), held.title(), props);
        });
        titleNames.forEach(t -> group("Title", "name:ID(Title)").row(List.of(t), Map.of()));
        linker.links(personStories, titles, this::contexts, companyForms, List.of(),
                (kind, link) -> relationship("POSSIBLY_SAME_AS", BatchRows.label(kind), BatchRows.label(kind),
                        link.a(), link.b(), link.properties()));
        projectLinks.forEach(link -> relationship("POSSIBLY_SAME_AS", "Project", "Project",
                link.a(), link.b(), link.properties()));
    }

    /** The range of amounts a project's stories state, as its node keeps it; null without one. */
    private static StatedRange stated(Entity e) {
        return e == null || !e.derived ? null : e.figures.range();
    }

    /** What person_companions.cypher reads from the graph, from the people named per story. */
    private Map<String, Companions> contexts(List<String> names) {
        Map<String, Companions> contexts = new HashMap<>();
        for (String name : names) {
            Entity person = entities.get(EntityKey.person(name));
            if (person == null) {
                continue;
            }
            List<List<Companions.Named>> stories = new ArrayList<>(person.storyCount);
            for (int i = 0; i < person.storyCount; i++) {
                int story = person.stories[i];
                List<Companions.Named> named = new ArrayList<>(storyPeople.count(story));
                for (int k = 0; k < storyPeople.count(story); k++) {
                    named.add(new Companions.Named(persons.get(storyPeople.person(story, k)).name,
                            storyPeople.byline(story, k)));
                }
                stories.add(named);
            }
            contexts.put(name, Companions.of(name, stories));
        }
        return contexts;
    }

    private void relationship(String type, String fromLabel, String toLabel, String from, String to, Map<String, Object> props) {
        group(type + "-" + fromLabel + "-" + toLabel, ":START_ID(" + fromLabel + ")", ":END_ID(" + toLabel + ")")
                .row(List.of(from, to), props);
    }

    private CsvGroup group(String name, String... idColumns) {
        return groups.computeIfAbsent(name, k -> new CsvGroup(work, name, List.of(idColumns)));
    }

    /**
     * Opens the new store once, in this process and without connectors (a server's Bolt shutdown alone takes
     * ten seconds), to create the schema's constraints and indexes and wait for them to be populated.
     */
    private static void schema(Path home) {
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(GraphDatabaseSettings.data_directory, home.resolve("data"))
                .setConfig(GraphDatabaseSettings.logs_directory, home.resolve("logs"))
                .setConfig(GraphDatabaseSettings.pagecache_memory, 512L << 20)
                .build();
        try {
            GraphDatabaseService db = dbms.database(DATABASE);
            Schema.STATEMENTS.forEach(db::executeTransactionally);
            db.executeTransactionally(Schema.AWAIT_INDEXES);
        } finally {
            dbms.shutdown();
        }
    }

    /** Runs the importer on the CSV files; on failure removes what it wrote and says why. */
    private void bulkImport(List<String> args) throws IOException {
        Path conf = Files.createDirectories(work.resolve("conf"));
        Files.writeString(conf.resolve("neo4j.conf"), "server.directories.data=" + home.resolve("data") + "\n"
                + "server.directories.logs=" + home.resolve("logs") + "\n");
        Path log = work.resolve("import.log");
        int code;
        try (PrintStream out = new PrintStream(Files.newOutputStream(log), true, StandardCharsets.UTF_8);
             DefaultFileSystemAbstraction fs = new DefaultFileSystemAbstraction()) {
            code = AdminTool.execute(new ExecutionContext(home, conf, out, out, fs), args.toArray(String[]::new));
        }
        if (code != 0) {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.isBlank() && !l.startsWith(".")).toList();
            delete(home.resolve("data").resolve("databases").resolve(DATABASE));
            delete(home.resolve("data").resolve("transactions").resolve(DATABASE));
            String cause = importerCause(lines);
            if (cause.contains("OutOfMemoryError")) {
                // The importer runs in this process: its heap is the one the launcher gave guanxi.
                throw new IllegalStateException("the bulk import ran out of memory (" + cause + "): give the JVM more,"
                        + " e.g. GUANXI_JAVA_OPTS=-Xmx4g (the default is -Xmx2g)");
            }
            throw new IllegalStateException("the bulk import failed (code " + code + "): " + cause);
        }
    }

    /** The line of the importer's output that says why: a full disk first, else the last error or exception. */
    static String importerCause(List<String> lines) {
        for (String line : lines) {
            if (line.toLowerCase(java.util.Locale.ROOT).contains("no space left on device")) {
                return "no space left on device (" + line.strip() + ")";
            }
        }
        for (int i = lines.size() - 1; i >= 0; i--) {
            String line = lines.get(i).strip();
            if (!line.startsWith("at ") && (line.contains("Exception") || line.contains("Error") || line.contains("error")
                    || line.contains("Unable") || line.contains("Failed"))) {
                return line;
            }
        }
        return lines.isEmpty() ? "no output" : lines.get(lines.size() - 1).strip();
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
                Files.delete(p);
            }
        }
    }
}
