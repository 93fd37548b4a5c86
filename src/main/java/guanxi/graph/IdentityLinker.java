package guanxi.graph;

import guanxi.graph.derive.Companions;
import guanxi.graph.derive.ProjectFamily;
import guanxi.model.EntityKind;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Finds entities that may be one real-world entity and links them with POSSIBLY_SAME_AS for a reviewer; never merges.
 * Reads person and project names from their keys' indexes (no node touched) and, for companies, every company's
 * forms or, when the touched ones are few next to all (a daily update of a large archive), only the companies sharing
 * a printed form with a touched one (through the full-text index); produces candidate pairs in memory (people: names of equal length differing in one
 * character; companies: a shared printed form; projects: one name ending with the other). People are then judged
 * on each one's context read once (titles, companions, who shares their stories): a pair is linked when the two
 * share a title few people hold ({@link #MAX_HOLDERS_PER_TITLE}) or a companion named in few stories
 * ({@link #MAX_JUDGED_STORIES}), and never appear in one story. Only pairs involving a touched entity are looked at,
 * and no person's stories are read past {@link #MAX_JUDGED_STORIES} (a much-reported official is judged on titles):
 * what a daily update reads is bounded by what its pages name, however often those names appear in the archive.
 * Person and project names are streamed, and only those that can pair with a touched one are kept.
 *
 * <p>Candidate generation is bounded: a key shared by too many names (a brand's 集团 form printed for thousands of
 * firms, a surname with one open character, a generic project core) says nothing about which two are one entity and
 * is skipped, so the pairs grow with the names, not with their square. Below the caps the links are those of
 * comparing every name with every other. The caps are counted over all names the pass reads, so a key that grows
 * past its cap stops producing links for the names touched after that.
 */
final class IdentityLinker {

    private static final String SAME_AS = CypherFiles.statement("same_as");
    private static final String SAME_AS_STORED = CypherFiles.statement("same_as_stored");
    private static final String PERSON_COMPANIONS = CypherFiles.statement("person_companions");
    /** Every person's name, read from the key's index alone (no node is touched): what candidates are found in. */
    private static final String PERSON_NAMES = "MATCH (p:Person) WHERE p.name IS NOT NULL RETURN p.name AS name";
    /** What the judgement weighs per candidate, read for the names in candidate pairs only. */
    private static final String PERSON_FACTS = """
            UNWIND $names AS name
            MATCH (p:Person {name: name})
            RETURN name, COUNT { (p)<-[:MENTIONS]-() } AS stories, coalesce(p.titles, []) AS titles""";
    /** The touched companies' own aliases. */
    private static final String COMPANY_ALIASES = """
            UNWIND $names AS name
            MATCH (c:Company {name: name})
            RETURN c.name AS name, coalesce(c.aliases, []) AS aliases""";
    private static final String COMPANY_FORMS = CypherFiles.statement("company_forms");
    private static final String GENERIC_TITLES = CypherFiles.statement("generic_titles");
    private static final String MUCH_REPORTED = CypherFiles.statement("much_reported");
    /** Every company's forms, in one scan: cheaper than lookups when a load touches many companies. */
    static final String ALL_COMPANY_FORMS = "MATCH (c:Company) RETURN c.name AS name, coalesce(c.aliases, []) AS aliases";
    /** Every project's name, read from the key's index alone. */
    private static final String COMPANY_COUNT = "MATCH (c:Company) RETURN count(c) AS n";
    static final String PROJECT_NAMES = "MATCH (p:Project) WHERE p.name IS NOT NULL RETURN p.name AS name";

    /** Pairs written per transaction. */
    private static final int CHUNK = 5000;

    /** People whose contexts are read in one transaction add up to at most this many stories (or are one person). */
    private static final int CONTEXT_STORIES = 20_000;

    /**
     * Chunks of people judged at once: reading contexts takes no locks, so a second reader uses a second core
     * (the judgement was half of the identity pass, itself a quarter of a 100,000-story load).
     */
    private static final int JUDGES = 2;

    /**
     * A person named in more stories than this is a much-reported official, and the pass never reads their stories:
     * their companions are most of a county's cast, so sharing one says nothing, and reading them would make a daily
     * update cost what the official's whole record costs. A pair with one such side is judged on shared titles, and
     * on whether one story names both, read from the other side's stories (a story naming both is one of each's);
     * two such people are two people (a misprint is not printed this often) and are not paired at all. The judgement
     * thus reads at most this many stories per person, however the archive grows.
     *
     * <p>Why 100 (it was 1,000): at 100,000 generated stories a person named in about 100 stories already appeared
     * with 275 others, and the 1,283 people named in 100 to 1,000 stories were most of what a daily update read (the
     * contexts of the officials one character from its names: 40 to 52 s of a 59 to 68 s pass on a busy machine,
     * growing with the archive until each passed 1,000; 2 s with 100). The generated archive names one person in 90 to
     * 110 stories: visitors and executives fall below, officials above. The links no longer made (8,284 of
     * the 30,173 judged for that update) joined two people each named in over 100 stories, or rested on a companion
     * shared with one.
     */
    static final int MAX_JUDGED_STORIES = 100;

    /** Two people one character apart who share no title need this many shared companions to be linked. */
    static final int MIN_COATTENDEES = 1;

    /**
     * A title held by more people than this is generic in the archive (县长 across a province's hundred counties, a
     * 董事长 or 总经理 printed without its company) and says nothing about which two of them are one person: sharing it
     * is no evidence. In one county's paper the same 县长 has a handful of holders over a decade, and a shared title
     * still weighs. Measured on a million generated stories: 10 titles held by over 1,000 people each carried half of
     * all holdings, and shared titles made 1.9 of the 2.3 million links between 166,000 people, most of them between
     * strangers of two counties or two companies.
     */
    static final int MAX_HOLDERS_PER_TITLE = 100;

    /** Scores of company and project links: a shared printed form is strong, a name ending in another less so. */
    static final double COMPANY_SCORE = 0.8;
    static final double PROJECT_SCORE = 0.7;

    /** Project names match when one ends with the other and the shorter, without 项目, has at least this many characters. */
    static final int MIN_PROJECT_SUFFIX = 4;

    /**
     * A printed form carried by more companies than this names a brand or a kind of firm (a group's 集团 form printed
     * for each of its subsidiaries), not one company: it pairs nobody. Within a county paper a form shared by two to
     * a handful of companies is what marks a duplicate.
     */
    static final int MAX_COMPANIES_PER_FORM = 20;

    /**
     * A name pattern with one open character (李·, ·强) matched by more people than this is a surname or a common
     * given name, not a near-duplicate: it pairs nobody. Set high, since the judgement still weighs every pair.
     */
    static final int MAX_PEOPLE_PER_MASK = 200;

    /** A project core ending more project names than this (污水处理厂) is generic: it pairs nobody. */
    static final int MAX_PROJECTS_PER_CORE = 100;

    private final Resolutions resolutions;

    /**
     * A POSSIBLY_SAME_AS link the judgement makes, from {@code a} to {@code b} (a sorts first), with why and how sure.
     */
    record Link(String a, String b, String reason, double score) {

        /**
         * The relationship's properties; pair (a, a tab, b) orders links of one score as their names do (a tab sorts
         * before any character of a name), as same_as.cypher writes it.
         */
        Map<String, Object> properties() {
            return Map.of("reason", reason, "score", score, "pair", a + "\t" + b);
        }

        /** The row same_*.cypher unwinds as {@code $pairs}: the two names and the relationship's properties. */
        Map<String, Object> parameters() {
            Map<String, Object> row = new HashMap<>(properties());
            row.put("a", a);
            row.put("b", b);
            return Map.copyOf(row);
        }
    }

    IdentityLinker(Resolutions resolutions) {
        this.resolutions = resolutions;
    }

    /**
     * Judges the touched entities against the graph, writes the links, and marks the touched entities judged (they
     * no longer wait for the pass), the mark going with the last links written.
     */
    LoadSummary.Counts link(Driver driver, Collection<String> persons, Collection<String> companies,
                            Collection<String> projects) {
        try (Session session = driver.session()) {
            return link(driver, session, persons, companies, projects);
        }
    }

    private LoadSummary.Counts link(Driver driver, Session session, Collection<String> persons,
                                    Collection<String> companies, Collection<String> projects) {
        List<Link> personLinks = List.of();
        if (!persons.isEmpty()) {
            // Streamed from the key's index: only the names matching a touched name's pattern are kept.
            List<List<String>> candidates = session.executeRead(tx -> {
                Iterable<String> all = tx.run(PERSON_NAMES).stream().map(r -> r.get("name").asString())::iterator;
                return personPairs(all, persons);
            });
            // Story counts and titles of the candidates alone: a daily update reads them for the few people one
            // character from its names, not for every person of the archive.
            Set<String> named = new LinkedHashSet<>();
            candidates.forEach(named::addAll);
            Map<String, Integer> stories = new HashMap<>();
            Map<String, Set<String>> titles = new HashMap<>();
            List<String> namedList = List.copyOf(named);
            for (int from = 0; from < namedList.size(); from += CHUNK) {
                List<String> chunk = namedList.subList(from, Math.min(namedList.size(), from + CHUNK));
                session.executeRead(tx -> tx.run(PERSON_FACTS, Map.of("names", chunk)).list()).forEach(r -> {
                    stories.put(r.get("name").asString(), r.get("stories").asInt());
                    titles.put(r.get("name").asString(), new TreeSet<>(r.get("titles").asList(v -> v.asString())));
                });
            }
            personLinks = judge(stored(driver), candidates, stories, titles, genericTitles(session, titles.values()),
                    names -> muchReported(session, names, stories));
        }
        List<Link> companyLinks = companies.isEmpty() ? List.of()
                : companyPairs(companyForms(session, companies), companies);
        List<Link> projectLinks = List.of();
        if (!projects.isEmpty()) {
            // Streamed from the key's index: only the names a touched project can pair with, or that count towards
            // the caps of its endings, are kept.
            List<String> near = session.executeRead(tx -> projectsNear(
                    tx.run(PROJECT_NAMES).stream().map(r -> r.get("name").asString())::iterator, projects));
            projectLinks = projectPairs(near, projects);
        }
        Map<String, Object> touched = new LinkedHashMap<>();
        touched.put("persons", List.copyOf(persons));
        touched.put("companies", List.copyOf(companies));
        touched.put("projects", List.copyOf(projects));
        Map<String, List<Link>> judgedLinks = new LinkedHashMap<>();
        judgedLinks.put(BatchRows.label(EntityKind.PERSON), personLinks);
        judgedLinks.put(BatchRows.label(EntityKind.COMPANY), companyLinks);
        judgedLinks.put(BatchRows.label(EntityKind.PROJECT), projectLinks);
        Map<String, List<?>> judged = new LinkedHashMap<>();
        judged.put("judgedPersons", List.copyOf(persons));
        judged.put("judgedCompanies", List.copyOf(companies));
        judged.put("judgedProjects", List.copyOf(projects));
        return write(session, touched, judgedLinks, judged);
    }

    /**
     * Measured on a million-story graph (367,152 companies): an exact lookup of one form in the company_forms index
     * (about 0.2 ms) costs about as much as reading 30 companies in one scan (2.2 to 3.7 s for all), so the scan is
     * cheaper unless the touched forms are few next to the companies (a daily update of a large archive). Both reads
     * give the same pairs.
     */
    static final int FORM_LOOKUP_COST = 32;

    /** The aliases {@link #companyPairs} needs for {@code touched}: by lookup of their forms, or every company's. */
    static Map<String, List<String>> companyForms(Session session, Collection<String> touched) {
        long all = session.executeRead(tx -> tx.run(COMPANY_COUNT).single().get("n").asLong());
        // Each touched company brings its name and, mostly, one alias or none.
        if ((long) touched.size() * 2 * FORM_LOOKUP_COST < all) {
            return carriers(session, touched);
        }
        Map<String, List<String>> forms = new HashMap<>();
        session.executeRead(tx -> tx.run(ALL_COMPANY_FORMS).list()).forEach(r ->
                forms.put(r.get("name").asString(), r.get("aliases").asList(v -> v.asString())));
        return forms;
    }

    /**
     * The aliases of the touched companies and of every company carrying one of their forms (name or alias): all that
     * {@link #companyPairs} looks up for them, so its pairs are those of reading every company, and the caps count
     * every carrier of a form.
     */
    static Map<String, List<String>> carriers(Session session, Collection<String> touched) {
        Map<String, List<String>> aliases = new HashMap<>();
        Set<String> forms = new LinkedHashSet<>(touched);
        List<String> names = List.copyOf(touched);
        for (int from = 0; from < names.size(); from += CHUNK) {
            List<String> chunk = names.subList(from, Math.min(names.size(), from + CHUNK));
            session.executeRead(tx -> tx.run(COMPANY_ALIASES, Map.of("names", chunk)).list()).forEach(r -> {
                List<String> own = r.get("aliases").asList(v -> v.asString());
                aliases.put(r.get("name").asString(), own);
                forms.addAll(own);
            });
        }
        List<String> phrases = forms.stream().map(IdentityLinker::phrase).toList();
        for (int from = 0; from < phrases.size(); from += CHUNK) {
            List<String> chunk = phrases.subList(from, Math.min(phrases.size(), from + CHUNK));
            session.executeRead(tx -> tx.run(COMPANY_FORMS, Map.of("phrases", chunk)).list()).forEach(r ->
                    aliases.put(r.get("name").asString(), r.get("aliases").asList(v -> v.asString())));
        }
        return aliases;
    }

    /**
     * The titles among those of the judged people that more than {@link #MAX_HOLDERS_PER_TITLE} people hold in the
     * graph (read from the Title nodes' degrees, for the judged people's titles only).
     */
    static Set<String> genericTitles(Session session, Collection<Set<String>> held) {
        Set<String> distinct = new TreeSet<>();
        held.forEach(distinct::addAll);
        Set<String> generic = new HashSet<>();
        List<String> all = List.copyOf(distinct);
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            session.executeRead(tx -> tx.run(GENERIC_TITLES, Map.of("titles", chunk, "most", MAX_HOLDERS_PER_TITLE))
                    .list(r -> r.get("name").asString())).forEach(generic::add);
        }
        return generic;
    }

    /** The titles more than {@link #MAX_HOLDERS_PER_TITLE} of these people hold: {@code held} is every person's titles. */
    static Set<String> genericTitles(Collection<Set<String>> held) {
        Map<String, Integer> holders = new HashMap<>();
        held.forEach(titles -> titles.forEach(t -> holders.merge(t, 1, Integer::sum)));
        Set<String> generic = new HashSet<>();
        holders.forEach((title, n) -> {
            if (n > MAX_HOLDERS_PER_TITLE) {
                generic.add(title);
            }
        });
        return generic;
    }

    /**
     * Those of {@code names} named in more than {@link #MAX_JUDGED_STORIES} stories: from the counts already read for
     * the candidates, the others from the graph (much_reported.cypher).
     */
    private static Set<String> muchReported(Session session, Set<String> names, Map<String, Integer> counted) {
        Set<String> hubs = new HashSet<>(MuchReported.of(counted).among(
                names.stream().filter(counted::containsKey).collect(Collectors.toSet())));
        List<String> unknown = names.stream().filter(n -> !counted.containsKey(n)).sorted().toList();
        for (int from = 0; from < unknown.size(); from += CHUNK) {
            List<String> chunk = unknown.subList(from, Math.min(unknown.size(), from + CHUNK));
            session.executeRead(tx -> tx.run(MUCH_REPORTED, Map.of("names", chunk, "most", MAX_JUDGED_STORIES))
                    .list(r -> r.get("name").asString())).forEach(hubs::add);
        }
        return hubs;
    }

    /** A form as a full-text phrase query: quoted, with the two characters a quoted phrase reads as syntax escaped. */
    static String phrase(String form) {
        return "\"" + form.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /**
     * The links the judgement makes on a graph known in memory (a bulk import), every entity touched: per label,
     * the POSSIBLY_SAME_AS links, as the load writes them, given to {@code sink}
     * kind by kind (persons, companies, projects) as they are made, the maps of each label's inputs dropped by
     * the caller once given: a million-story archive's pairs are never all held at once.
     *
     * @param personStories stories naming each person (their MENTIONS)
     * @param titles        each person's titles
     * @param companyForms  each company's aliases
     */
    void links(Map<String, Integer> personStories, Map<String, Set<String>> titles, Contexts contexts,
               Map<String, List<String>> companyForms, Collection<String> projects,
               java.util.function.BiConsumer<EntityKind, Link> sink) {
        List<List<String>> candidates = personPairs(personStories.keySet(), personStories.keySet());
        judge(contexts, candidates, personStories, titles, genericTitles(titles.values()), MuchReported.of(personStories))
                .forEach(link -> sink.accept(EntityKind.PERSON, link));
        candidates = null;
        companyPairs(companyForms, companyForms.keySet(), link -> sink.accept(EntityKind.COMPANY, link));
        projectPairs(projects, projects).forEach(link -> sink.accept(EntityKind.PROJECT, link));
    }

    /**
     * Pairs [a, b] (a sorts first) of equal-length names one character apart, at least one of them touched, through
     * patterns matched by at most {@link #MAX_PEOPLE_PER_MASK} names.
     */
    List<List<String>> personPairs(Iterable<String> all, Collection<String> touched) {
        if (all == touched) {
            return allPersonPairs(touched);
        }
        // Only the patterns of touched names are kept (all of them when every name is touched, as in an import), and
        // a pattern's names only up to one past its cap: a daily update holds the few names near its own.
        Set<String> wanted = null;
        if (all != touched) {
            wanted = new HashSet<>();
            for (String name : touched) {
                wanted.addAll(masks(name));
            }
        }
        Map<String, List<String>> byMask = new HashMap<>();
        for (String name : all) {
            for (String mask : masks(name)) {
                if (wanted == null || wanted.contains(mask)) {
                    List<String> group = byMask.computeIfAbsent(mask, k -> new ArrayList<>());
                    if (group.size() <= MAX_PEOPLE_PER_MASK) {
                        group.add(name);
                    }
                }
            }
        }
        Set<List<String>> pairs = new LinkedHashSet<>();
        for (String name : touched) {
            for (String mask : masks(name)) {
                List<String> group = byMask.getOrDefault(mask, List.of());
                if (group.size() > MAX_PEOPLE_PER_MASK) {
                    continue;
                }
                for (String other : group) {
                    if (!other.equals(name) && !keptApart(name, other)) {
                        pairs.add(name.compareTo(other) < 0 ? List.of(name, other) : List.of(other, name));
                    }
                }
            }
        }
        return List.copyOf(pairs);
    }

    /**
     * {@link #personPairs} when every name is touched (an import): one position of the pattern at a time, so that
     * only one pattern per name is held at once (a million-story archive has hundreds of thousands of names).
     */
    private List<List<String>> allPersonPairs(Collection<String> names) {
        List<List<String>> pairs = new ArrayList<>();
        int longest = 0;
        for (String name : names) {
            longest = Math.max(longest, name.codePointCount(0, name.length()));
        }
        for (int position = 0; position < longest; position++) {
            Map<String, Object> byMask = new HashMap<>();
            for (String name : names) {
                String mask = mask(name, position);
                if (mask != null) {
                    carry(byMask, mask, name, MAX_PEOPLE_PER_MASK);
                }
            }
            for (Object group : byMask.values()) {
                List<String> members = carriers(group);
                if (members.size() < 2 || members.size() > MAX_PEOPLE_PER_MASK) {
                    continue;
                }
                for (int i = 0; i < members.size(); i++) {
                    for (int j = i + 1; j < members.size(); j++) {
                        String a = members.get(i);
                        String b = members.get(j);
                        if (!keptApart(a, b)) {
                            pairs.add(a.compareTo(b) < 0 ? List.of(a, b) : List.of(b, a));
                        }
                    }
                }
            }
        }
        return pairs;
    }

    /** The name with the character at {@code position} replaced by a wildcard, or null (too short, no such position). */
    private static String mask(String name, int position) {
        int[] cps = name.codePoints().toArray();
        if (cps.length < 2 || position >= cps.length) {
            return null;
        }
        cps[position] = '\u0000';
        return new String(cps, 0, cps.length);
    }

    /**
     * What speaks for and against two names being one person: whether one story names both, the titles both
     * hold and the people both appeared with (each sorted).
     */
    record Evidence(boolean together, List<String> titles, List<String> shared) {
    }

    /**
     * Which people are named in more than {@link #MAX_JUDGED_STORIES} stories: the graph's (a load) or the counts a
     * bulk import collected.
     */
    interface MuchReported {
        /** Those of {@code names} named in more than {@link #MAX_JUDGED_STORIES} stories. */
        Set<String> among(Set<String> names);

        /** From every person's story count, as a bulk import holds them. */
        static MuchReported of(Map<String, Integer> stories) {
            return names -> {
                Set<String> hubs = new HashSet<>();
                names.forEach(n -> {
                    if (!read(n, stories)) {
                        hubs.add(n);
                    }
                });
                return hubs;
            };
        }
    }

    /**
     * Where the judgement reads people's contexts: the database (a load) or the names per story a bulk import
     * collected. Called from {@link #JUDGES} threads at once.
     */
    interface Contexts {
        /** The contexts of those of {@code names} that exist. */
        Map<String, Companions> read(List<String> names);
    }

    /**
     * Contexts read from the graph, one read transaction per call (reads take no locks). A person is in the pairs of
     * several chunks (a name one character from many others), so what was read is kept for the rest of the pass and
     * never read again, up to {@link #CACHED_NAMES} names in all (names pooled, so each is held once): a daily
     * update's candidates fit, and a pass over a whole archive (an interrupted first load) reads again past that.
     */
    static Contexts stored(Driver driver) {
        Map<String, Companions> cache = new ConcurrentHashMap<>();
        Map<String, String> pool = new ConcurrentHashMap<>();
        AtomicLong held = new AtomicLong();
        return names -> {
            Map<String, Companions> context = new HashMap<>();
            List<String> missing = new ArrayList<>();
            for (String name : names) {
                Companions known = cache.get(name);
                if (known != null) {
                    context.put(name, known);
                } else {
                    missing.add(name);
                }
            }
            if (missing.isEmpty()) {
                return context;
            }
            try (Session session = driver.session()) {
                session.executeRead(tx -> tx.run(PERSON_COMPANIONS, Map.of("names", missing)).list()).forEach(r -> {
                    List<Value> people = r.get("people").asList(v -> v);
                    List<Value> bylined = r.get("bylined").asList(v -> v);
                    List<List<Companions.Named>> stories = new ArrayList<>(people.size());
                    for (int i = 0; i < people.size(); i++) {
                        List<Companions.Named> named = new ArrayList<>();
                        for (Value other : people.get(i).values()) {
                            named.add(new Companions.Named(pool.computeIfAbsent(other.asString(), o -> o), false));
                        }
                        for (Value other : bylined.get(i).values()) {
                            named.add(new Companions.Named(pool.computeIfAbsent(other.asString(), o -> o), true));
                        }
                        stories.add(named);
                    }
                    String name = r.get("name").asString();
                    Companions read = Companions.of(name, stories);
                    context.put(name, read);
                    if (held.addAndGet(read.together().size() + 1) <= CACHED_NAMES) {
                        cache.put(name, read);
                    }
                });
            }
            return context;
        };
    }

    /**
     * Names of companions kept from one read of the graph's contexts to the next within a pass (each a reference to
     * a pooled name): a daily update of a 100,000-story archive reads about 700,000.
     */
    static final long CACHED_NAMES = 2_000_000;

    /**
     * Judges the candidate pairs and keeps those the evidence supports. Pairs are grouped by their more-reported
     * side, so that a much-reported official's context is read once for all the names one character from theirs,
     * in chunks bounded by the stories read (memory stays flat however central a person is). Chunks are only read,
     * so {@link #JUDGES} of them are read at once, each in its own transaction; the links come out in chunk order.
     * Titles in {@code generic} are no evidence; nor are companions {@code muchReported} names, asked once for all the
     * companions the pairs share.
     */
    static List<Link> judge(Contexts contexts, List<List<String>> candidates, Map<String, Integer> stories,
                            Map<String, Set<String>> titles, Set<String> generic, MuchReported muchReported) {
        Map<String, List<String>> byMoreReported = new TreeMap<>();
        for (List<String> pair : candidates) {
            String a = pair.get(0);
            String b = pair.get(1);
            boolean aMore = stories.getOrDefault(a, 0) > stories.getOrDefault(b, 0);
            if (!read(aMore ? b : a, stories)) {
                continue;
            }
            byMoreReported.computeIfAbsent(aMore ? a : b, k -> new ArrayList<>()).add(aMore ? b : a);
        }
        List<List<String>> chunks = new ArrayList<>();
        List<String> chunk = new ArrayList<>();
        int chunkStories = 0;
        for (Map.Entry<String, List<String>> group : byMoreReported.entrySet()) {
            int groupStories = read(group.getKey(), stories) ? stories.getOrDefault(group.getKey(), 0) : 0;
            for (String other : group.getValue()) {
                groupStories += stories.getOrDefault(other, 0);
            }
            if (!chunk.isEmpty() && chunkStories + groupStories > CONTEXT_STORIES) {
                chunks.add(chunk);
                chunk = new ArrayList<>();
                chunkStories = 0;
            }
            chunk.add(group.getKey());
            chunkStories += groupStories;
        }
        if (!chunk.isEmpty()) {
            chunks.add(chunk);
        }
        ExecutorService pool = Executors.newFixedThreadPool(JUDGES, Thread.ofPlatform().name("guanxi-judge-", 1).daemon().factory());
        try {
            List<Future<List<Weighed>>> judged = new ArrayList<>();
            for (List<String> centres : chunks) {
                judged.add(pool.submit(() -> judgeChunk(contexts, centres, byMoreReported, stories, titles, generic)));
            }
            List<Weighed> weighed = new ArrayList<>();
            for (Future<List<Weighed>> f : judged) {
                weighed.addAll(f.get());
            }
            // A companion named in more stories than MAX_JUDGED_STORIES appeared with most of a county's cast:
            // sharing them says nothing, as sharing one of their companions says nothing.
            Set<String> shared = new HashSet<>();
            weighed.forEach(w -> shared.addAll(w.evidence().shared()));
            Set<String> hubs = shared.isEmpty() ? Set.of() : muchReported.among(shared);
            List<Link> linked = new ArrayList<>();
            for (Weighed w : weighed) {
                Evidence e = w.evidence();
                Link link = verdict(w.a(), w.b(), hubs.isEmpty() ? e : new Evidence(e.together(), e.titles(),
                        e.shared().stream().filter(n -> !hubs.contains(n)).toList()));
                if (link != null) {
                    linked.add(link);
                }
            }
            return linked;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while judging possible duplicates", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Whether the judgement reads {@code name}'s stories: not a much-reported official's ({@link #MAX_JUDGED_STORIES}). */
    private static boolean read(String name, Map<String, Integer> stories) {
        return stories.getOrDefault(name, 0) <= MAX_JUDGED_STORIES;
    }

    /** The titles both hold that few people hold ({@link #genericTitles}), sorted. */
    private static List<String> sharedTitles(String a, String b, Map<String, Set<String>> titles, Set<String> generic) {
        Set<String> ta = titles.getOrDefault(a, Set.of());
        return titles.getOrDefault(b, Set.of()).stream().filter(t -> ta.contains(t) && !generic.contains(t)).sorted()
                .toList();
    }

    /** A pair (a sorts first) and what speaks for it, before much-reported companions are set aside. */
    private record Weighed(String a, String b, Evidence evidence) {
    }

    private static List<Weighed> judgeChunk(Contexts contexts, List<String> centres, Map<String, List<String>> partners,
                                            Map<String, Integer> stories, Map<String, Set<String>> titles,
                                            Set<String> generic) {
        List<Weighed> weighed = new ArrayList<>();
        // The centres first: a partner named in one of its centre's stories is never linked to it, so its context is
        // read only when another pair needs it (names one character apart in one county's roster mostly share one).
        List<String> readCentres = centres.stream().filter(c -> read(c, stories)).toList();
        Map<String, Companions> context = new HashMap<>(readCentres.isEmpty() ? Map.of() : contexts.read(readCentres));
        // A pair with a much-reported official can only be linked on a title both hold (the official's companions are
        // not read): the other side's stories, which tell whether one story names both, are read only for such a pair.
        Set<String> names = new LinkedHashSet<>();
        for (String centre : centres) {
            boolean official = !read(centre, stories);
            Companions a = context.get(centre);
            if (!official && a == null) {
                continue;
            }
            for (String other : partners.get(centre)) {
                boolean needed = official ? !sharedTitles(centre, other, titles, generic).isEmpty()
                        : !a.together().contains(other);
                if (needed && !context.containsKey(other)) {
                    names.add(other);
                }
            }
        }
        if (!names.isEmpty()) {
            context.putAll(contexts.read(List.copyOf(names)));
        }
        for (String centre : centres) {
            boolean official = !read(centre, stories);
            for (String other : partners.get(centre)) {
                // A much-reported official exists (their stories were counted); their context is not read.
                Companions a = official ? null : context.get(centre);
                Companions b = context.get(other);
                if ((a == null && !official) || b == null) {
                    continue;
                }
                // Two names in one story are in each one's together: the other side's stories tell it alone.
                boolean together = b.together().contains(centre) || (a != null && a.together().contains(other));
                Evidence e = new Evidence(together, sharedTitles(centre, other, titles, generic),
                        a == null ? List.of() : b.companions().stream().filter(a.companions()::contains).sorted().toList());
                boolean centreFirst = centre.compareTo(other) < 0;
                if (verdict(centre, other, e) != null) {
                    weighed.add(new Weighed(centreFirst ? centre : other, centreFirst ? other : centre, e));
                }
            }
        }
        return weighed;
    }

    /**
     * Links two names one character apart when they share a title or at least {@link #MIN_COATTENDEES} companions,
     * unless one story names both; null when not linked. Score: 0.4, +0.3 for a shared title, +0.05 per companion.
     */
    static Link verdict(String nameA, String nameB, Evidence e) {
        if (e.together() || (e.titles().isEmpty() && e.shared().size() < MIN_COATTENDEES)) {
            return null;
        }
        List<String> titles = e.titles();
        List<String> shared = e.shared();
        StringBuilder reason = new StringBuilder("one character apart");
        if (!titles.isEmpty()) {
            reason.append("; shared title ").append(String.join("、", titles));
        }
        if (!shared.isEmpty()) {
            reason.append("; appeared with ").append(String.join("、", shared.subList(0, Math.min(5, shared.size()))));
            if (shared.size() > 5) {
                reason.append(" and ").append(shared.size() - 5).append(" more");
            }
        }
        double score = Math.min(0.95, 0.4 + (titles.isEmpty() ? 0 : 0.3) + 0.05 * shared.size());
        return new Link(nameA, nameB, reason.toString(), Math.round(score * 100) / 100.0);
    }

    /** The name with each position in turn replaced by a wildcard; names of two or more characters only. */
    private static List<String> masks(String name) {
        int[] cps = name.codePoints().toArray();
        if (cps.length < 2) {
            return List.of();
        }
        List<String> masks = new ArrayList<>(cps.length);
        for (int i = 0; i < cps.length; i++) {
            int[] copy = cps.clone();
            copy[i] = '\u0000';
            masks.add(new String(copy, 0, copy.length));
        }
        return masks;
    }

    /**
     * Company pairs sharing a printed form (name or alias) carried by at most {@link #MAX_COMPANIES_PER_FORM}
     * companies, at least one of them touched, with the shared forms in the reason.
     */
    List<Link> companyPairs(Map<String, List<String>> aliasesByName, Collection<String> touched) {
        List<Link> pairs = new ArrayList<>();
        companyPairs(aliasesByName, touched, pairs::add);
        return pairs;
    }

    /**
     * The same pairs given one by one to {@code sink}: each pair is made whole (all its shared forms) while its
     * touched side is looked at, so no pair is held after it is given, and an import of every company holds only
     * the companies per form.
     */
    void companyPairs(Map<String, List<String>> aliasesByName, Collection<String> touched,
                      java.util.function.Consumer<Link> sink) {
        // Per form its carriers: the one name itself while it is alone (most forms), a list once shared, and never
        // more than one past the cap (such a form pairs nobody).
        Map<String, Object> byForm = new HashMap<>();
        aliasesByName.forEach((name, aliases) -> {
            carry(byForm, name, name, MAX_COMPANIES_PER_FORM);
            aliases.forEach(a -> carry(byForm, a, name, MAX_COMPANIES_PER_FORM));
        });
        Set<String> touchedSet = touched instanceof Set<String> set ? set : new HashSet<>(touched);
        for (String name : touched) {
            Set<String> forms = new HashSet<>(aliasesByName.getOrDefault(name, List.of()));
            forms.add(name);
            Map<String, Set<String>> shared = new TreeMap<>();
            for (String form : forms) {
                List<String> group = carriers(byForm.get(form));
                if (group.size() > MAX_COMPANIES_PER_FORM) {
                    continue;
                }
                for (String other : group) {
                    // A pair of two touched companies is given once, from the side whose name sorts first.
                    boolean given = touchedSet.contains(other) && other.compareTo(name) < 0;
                    if (!other.equals(name) && !given && !keptApart(name, other)) {
                        shared.computeIfAbsent(other, k -> new TreeSet<>()).add(form);
                    }
                }
            }
            shared.forEach((other, sharedForms) -> {
                boolean first = name.compareTo(other) < 0;
                sink.accept(new Link(first ? name : other, first ? other : name,
                        "alias match: " + String.join(FORM_SEPARATOR, sharedForms), COMPANY_SCORE));
            });
        }
    }

    /** Adds {@code name} to the names under {@code key}, kept up to one past {@code cap}. */
    private static void carry(Map<String, Object> byKey, String key, String name, int cap) {
        byKey.merge(key, name, (old, added) -> {
            @SuppressWarnings("unchecked")
            List<String> group = old instanceof String one ? new ArrayList<>(List.of(one)) : (List<String>) old;
            if (group.size() <= cap) {
                group.add((String) added);
            }
            return group;
        });
    }

    @SuppressWarnings("unchecked")
    private static List<String> carriers(Object group) {
        return group == null ? List.of() : group instanceof String one ? List.of(one) : (List<String>) group;
    }

    private static final String FORM_SEPARATOR = "、";

    /**
     * Project pairs where one name ends with the other (云溪县光伏储能电站项目 / 光伏储能电站项目), compared without a
     * trailing 项目, the shorter at least {@link #MIN_PROJECT_SUFFIX} characters: the rule the evaluation uses. At
     * least one of the two is touched; a core ending more than {@link #MAX_PROJECTS_PER_CORE} names pairs nobody.
     * Rows come sorted by pair.
     */
    List<Link> projectPairs(Collection<String> all, Collection<String> touched) {
        // Names by core only, and per core how many longer names end with it: the suffixes of every name are
        // enumerated on the fly rather than kept (ten or more per name on a large archive).
        // A core's names: the one name while alone (nearly every core), a list once shared, at most one past the cap.
        Map<String, Object> byCore = new HashMap<>();
        for (String name : all) {
            carry(byCore, ProjectFamily.core(name), name, MAX_PROJECTS_PER_CORE);
        }
        Map<String, Integer> endings = new HashMap<>();
        for (String name : all) {
            for (String suffix : suffixes(ProjectFamily.core(name))) {
                if (byCore.containsKey(suffix)) {
                    endings.merge(suffix, 1, Integer::sum);
                }
            }
        }
        Set<String> touchedSet = touched instanceof Set<String> set ? set : new HashSet<>(touched);
        Map<List<String>, String> pairs = new TreeMap<>(Comparator.comparing((List<String> p) -> p.get(0))
                .thenComparing(p -> p.get(1)));
        for (String name : all) {
            String core = ProjectFamily.core(name);
            for (String suffix : suffixes(core)) {
                List<String> shorter = carriers(byCore.get(suffix));
                if (shorter.isEmpty() || endings.get(suffix) > MAX_PROJECTS_PER_CORE
                        || shorter.size() > MAX_PROJECTS_PER_CORE) {
                    continue;
                }
                for (String other : shorter) {
                    pair(pairs, touchedSet, name, other, suffix);
                }
            }
            List<String> same = carriers(byCore.get(core));
            if (core.length() >= MIN_PROJECT_SUFFIX && same.size() <= MAX_PROJECTS_PER_CORE) {
                for (String other : same) {
                    pair(pairs, touchedSet, name, other, core);
                }
            }
        }
        List<Link> rows = new ArrayList<>();
        pairs.forEach((pair, shared) -> rows.add(new Link(pair.get(0), pair.get(1), "name ends with " + shared, PROJECT_SCORE)));
        return rows;
    }

    /**
     * The names among {@code all} that {@link #projectPairs} reads for the pairs of {@code touched}: those whose core
     * is the core of a touched name or one of its endings, or ends with one (a longer partner, or one counted towards
     * that ending's cap). {@code projectPairs(projectsNear(all, touched), touched)} gives the pairs of
     * {@code projectPairs(all, touched)}: every pair it makes joins a touched name through such a core, and every count
     * its caps read for such a core is complete among these names.
     */
    static List<String> projectsNear(Iterable<String> all, Collection<String> touched) {
        Set<String> cores = new HashSet<>();
        for (String name : touched) {
            String core = ProjectFamily.core(name);
            cores.add(core);
            cores.addAll(suffixes(core));
        }
        List<String> near = new ArrayList<>();
        for (String name : all) {
            String core = ProjectFamily.core(name);
            boolean kept = cores.contains(core);
            for (int i = 1; !kept && i + MIN_PROJECT_SUFFIX <= core.length(); i++) {
                kept = cores.contains(core.substring(i));
            }
            if (kept) {
                near.add(name);
            }
        }
        return near;
    }

    private void pair(Map<List<String>, String> pairs, Set<String> touched, String name, String other, String shared) {
        if (!other.equals(name) && (touched.contains(name) || touched.contains(other)) && !keptApart(name, other)) {
            pairs.put(name.compareTo(other) < 0 ? List.of(name, other) : List.of(other, name), shared);
        }
    }

    /** The proper suffixes of a project core with at least {@link #MIN_PROJECT_SUFFIX} characters. */
    private static List<String> suffixes(String core) {
        List<String> suffixes = new ArrayList<>();
        for (int i = 1; i + MIN_PROJECT_SUFFIX <= core.length(); i++) {
            suffixes.add(core.substring(i));
        }
        return suffixes;
    }

    private boolean keptApart(String a, String b) {
        return resolutions.different().contains(List.of(a, b)) || resolutions.different().contains(List.of(b, a));
    }

    /**
     * Writes what the judgement changed: reads the links the touched entities hold (same_as_stored.cypher), then runs
     * same_as.cypher over three steps in their order (drop the stored links not judged again, write the judged links
     * that are new or changed, mark the judged), up to {@link #CHUNK} rows of each list per transaction: a step's
     * chunks all run before the next step's, so no link is dropped after it was made and no entity is marked judged
     * before its links are written. The links are read in the first write transaction, after its lock, so another
     * load's pass cannot change them between the read and the first write. A transaction ends one step with the
     * next one's first chunk, since the statement runs its parts in that order: a daily update writes its pass in one
     * transaction, and Cypher plans the statement once. The links written are those of dropping every link of the
     * touched and writing every judged one, without rewriting the many that stay as they were.
     *
     * @param touched the touched names per list of same_as_stored.cypher ({@code persons}, {@code companies},
     *                {@code projects})
     * @param links   the judged links per label ({@link BatchRows#label})
     * @param judged  the entities to mark judged, per list of same_as.cypher
     */
    private static LoadSummary.Counts write(Session session, Map<String, Object> touched, Map<String, List<Link>> links,
                                            Map<String, List<?>> judged) {
        List<Map<String, Object>> later = new ArrayList<>();
        LoadSummary.Counts counts = session.executeWrite(tx -> {
            tx.run(GraphLoader.LOAD_LOCK, GraphLoader.NO_DOCS).consume();
            List<Stored> stored = tx.run(SAME_AS_STORED, touched).list(r -> new Stored(r.get("label").asString(),
                    r.get("a").asString(), r.get("b").asString(),
                    r.get("reason").isNull() ? null : r.get("reason").asString(),
                    r.get("score").isNull() ? null : r.get("score").asDouble()));
            List<Map<String, Object>> runs = runs(changes(stored, links, judged), CHUNK);
            later.clear();
            if (runs.isEmpty()) {
                return LoadSummary.Counts.ZERO;
            }
            later.addAll(runs.subList(1, runs.size()));
            return LoadSummary.Counts.ZERO.plus(tx.run(SAME_AS, runs.get(0)).consume().counters());
        });
        for (Map<String, Object> params : later) {
            LoadSummary.Counts written = session.executeWrite(tx -> {
                tx.run(GraphLoader.LOAD_LOCK, GraphLoader.NO_DOCS).consume();
                return LoadSummary.Counts.ZERO.plus(tx.run(SAME_AS, params).consume().counters());
            });
            counts = counts.plus(written);
        }
        return counts;
    }

    /** A POSSIBLY_SAME_AS link as stored: the label of its ends, their names, its reason and score (null when absent). */
    record Stored(String label, String a, String b, String reason, Double score) {
    }

    /** same_as.cypher's list of dropped links and of links written, per label. */
    private static final Map<String, String[]> LISTS = Map.of(
            "Person", new String[]{"dropPersons", "personPairs"},
            "Company", new String[]{"dropCompanies", "companyPairs"},
            "Project", new String[]{"dropProjects", "projectPairs"});

    /**
     * The steps of same_as.cypher that turn the {@code stored} links of the touched entities into the judged
     * {@code links}: the stored ones not judged are dropped, the judged ones not stored with the same reason and score
     * are written, then {@code judged} are marked.
     */
    static List<Map<String, List<?>>> changes(List<Stored> stored, Map<String, List<Link>> links,
                                              Map<String, List<?>> judged) {
        Map<String, List<Object>> drop = new LinkedHashMap<>();
        Map<String, List<Object>> write = new LinkedHashMap<>();
        for (String[] lists : LISTS.values()) {
            drop.put(lists[0], new ArrayList<>());
            write.put(lists[1], new ArrayList<>());
        }
        Map<List<String>, Stored> held = new HashMap<>();
        for (Stored s : stored) {
            held.put(List.of(s.label(), s.a(), s.b()), s);
        }
        Set<List<String>> kept = new HashSet<>();
        links.forEach((label, judgedLinks) -> {
            for (Link link : judgedLinks) {
                List<String> key = List.of(label, link.a(), link.b());
                kept.add(key);
                Stored s = held.get(key);
                if (s == null || !link.reason().equals(s.reason()) || s.score() == null || s.score() != link.score()) {
                    write.get(LISTS.get(label)[1]).add(link.parameters());
                }
            }
        });
        held.forEach((key, s) -> {
            if (!kept.contains(key)) {
                drop.get(LISTS.get(s.label())[0]).add(Map.of("a", s.a(), "b", s.b()));
            }
        });
        return List.of(new LinkedHashMap<String, List<?>>(drop), new LinkedHashMap<String, List<?>>(write), judged);
    }

    /**
     * The parameters of each transaction of {@link #write}: every list of every step, each step's lists {@code chunk}
     * rows at a time and in step order, the others empty; a step's last chunk shares its transaction with the next
     * step's first.
     */
    static List<Map<String, Object>> runs(List<Map<String, List<?>>> steps, int chunk) {
        Map<String, Object> none = new HashMap<>();
        steps.forEach(step -> step.keySet().forEach(key -> none.put(key, List.of())));
        List<Map<String, Object>> runs = new ArrayList<>();
        for (Map<String, List<?>> step : steps) {
            int longest = step.values().stream().mapToInt(List::size).max().orElse(0);
            for (int from = 0; from < longest; from += chunk) {
                Map<String, Object> params = from == 0 && !runs.isEmpty() ? runs.removeLast() : new HashMap<>(none);
                for (Map.Entry<String, List<?>> list : step.entrySet()) {
                    List<?> rows = list.getValue();
                    params.put(list.getKey(), rows.subList(Math.min(from, rows.size()), Math.min(rows.size(), from + chunk)));
                }
                runs.add(params);
            }
        }
        return runs;
    }
}
