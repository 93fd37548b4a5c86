package guanxi.extract;

import guanxi.extract.PersonFinder.Mention;
import guanxi.model.Company;
import guanxi.model.Extraction;
import guanxi.model.Project;
import guanxi.model.Relation;
import guanxi.model.Sentence;
import guanxi.model.Story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Story to {@link Extraction}: persons with titles, companies, organisations, projects and the relations between them,
 * each with its evidence (sentence index, character span in {@link Story#text()}, rule name).
 * <p>
 * Each sentence is segmented once by HanLP; the headline is read too (sentence index {@value Sent#HEADLINE}, offsets
 * into the title) because headlines often carry a title the body leaves out. Stateless after construction and
 * thread-safe: one instance serves all threads.
 */
public final class Extractor {

    private final RuleWords lex = RuleWords.DEFAULT;
    private final PersonFinder persons = new PersonFinder(lex);
    private final RoleRules roles = new RoleRules(lex);
    private final EntityRules entities = new EntityRules(lex, persons);
    private final LinkRules links = new LinkRules(lex);

    /** Extracts everything the rules find in one story. */
    public Extraction extract(Story story) {
        return extract(segment(story));
    }

    /**
     * The story's sentences, then its headline (if any), each segmented: what {@link #extract(Segmented)} reads.
     * The pipeline segments a whole page before running any rule, since HanLP runs faster with its dictionaries
     * still in the processor's cache.
     */
    Segmented segment(Story printed) {
        Story story = PrintedForms.reading(printed);
        List<Sent> all = new ArrayList<>(story.sentences().size() + 1);
        for (Sentence s : story.sentences()) {
            all.add(Sent.of(s));
        }
        if (story.title() != null && !story.title().isBlank()) {
            all.add(new Sent(Sent.HEADLINE, 0, story.title()));
        }
        return new Segmented(printed, story, List.copyOf(all));
    }

    /**
     * A story with its segmented sentences, the headline last. The rules read {@code reading}: the story itself, or
     * for one printed in traditional characters its simplified reading (same offsets) ({@link PrintedForms}).
     */
    record Segmented(Story printed, Story reading, List<Sent> sentences) {
    }

    /**
     * Extracts everything the rules find in one segmented story; names, titles and evidence come out as printed,
     * the spans index into the printed text.
     */
    Extraction extract(Segmented segmented) {
        Extraction found = extractReading(segmented);
        return segmented.reading() == segmented.printed() ? found
                : PrintedForms.restore(found, segmented.reading(), segmented.printed());
    }

    private Extraction extractReading(Segmented segmented) {
        Story story = segmented.reading();
        List<Sent> all = segmented.sentences();
        StoryFacts facts = new StoryFacts(story);
        Map<Sent, List<Mention>> mentions = new IdentityHashMap<>();
        Set<String> known = new LinkedHashSet<>();
        for (Sent st : all) {
            List<Mention> ms = persons.find(st);
            mentions.put(st, new ArrayList<>(ms));
            ms.forEach(m -> known.add(m.name()));
        }
        known.addAll(story.reporters());
        mergeTruncatedNames(mentions, known);
        for (Sent st : all) {
            addKnownNames(st, known, mentions.get(st));
        }
        Map<String, List<String>> printedBefore = new java.util.HashMap<>();
        for (Sent st : all) {
            for (Mention m : mentions.get(st)) {
                if (!PersonFinder.TITLE_AFTER_NAME.equals(m.rule())) {
                    printedBefore.computeIfAbsent(m.name(), k -> new ArrayList<>()).addAll(m.titles());
                }
            }
        }
        for (Sent st : all) {
            for (Mention m : mentions.get(st)) {
                // 王五主任 after 县委办公室主任王五: the short title printed after the name is the one already known.
                List<String> titles = PersonFinder.TITLE_AFTER_NAME.equals(m.rule())
                        ? m.titles().stream().filter(t -> printedBefore.getOrDefault(m.name(), List.of()).stream()
                        .noneMatch(full -> full.endsWith(t))).toList()
                        : m.titles();
                facts.person(m.name(), titles, facts.evidence(st, m.start(), m.end(), m.rule()));
            }
        }
        for (String r : story.reporters()) {
            facts.person(r, List.of(), null);
        }
        String leader = roles.apply(facts, all, mentions);
        Entities found = entities.find(all, mentions, facts);
        links.apply(facts, found, all, mentions, leader);
        facts.renameProjects(name -> {
            Entities.ProjectInfo p = found.project(name);
            return p == null ? name : p.name;
        });
        List<Relation> relations = facts.relations();
        return new Extraction(story, facts.persons(), companies(found), facts.organizations(relations),
                projects(found), relations);
    }

    private static List<Company> companies(Entities e) {
        List<Company> out = new ArrayList<>();
        for (Entities.CompanyGroup g : e.companies) {
            out.add(new Company(g.name, List.copyOf(g.aliases), g.mentions));
        }
        return out;
    }

    private static List<Project> projects(Entities e) {
        List<Project> out = new ArrayList<>();
        for (Entities.ProjectInfo p : e.projects.values()) {
            out.add(new Project(p.name, p.investment, p.status, p.mentions));
        }
        return out;
    }

    /** 李明 inside 李明华: HanLP reads a longer name there. */
    private static boolean insideLongerName(Sent st, int start, int end) {
        guanxi.nlp.Token first = st.tokenAt(start);
        guanxi.nlp.Token last = st.tokenAt(end - 1);
        return first != null && first.isPersonName() && first.start() < start
                || last != null && last.isPersonName() && last.end() > end;
    }

    /**
     * 孙立 and 孙立华 in one story: a name that opens a longer name found elsewhere is that name cut short by the
     * segmenter (区长孙立华洪亮的嗓音); its mentions and titles go to the longer name.
     */
    private static void mergeTruncatedNames(Map<Sent, List<Mention>> mentions, Set<String> known) {
        Map<String, String> longer = new java.util.HashMap<>();
        for (String a : known) {
            for (String b : known) {
                if (b.length() == a.length() + 1 && b.startsWith(a)) {
                    longer.put(a, b);
                }
            }
        }
        if (longer.isEmpty()) {
            return;
        }
        known.removeAll(longer.keySet());
        for (List<Mention> ms : mentions.values()) {
            ms.replaceAll(m -> longer.containsKey(m.name())
                    && m.sent().s.startsWith(longer.get(m.name()), m.start())
                    ? new Mention(longer.get(m.name()), m.start(), m.start() + longer.get(m.name()).length(),
                    m.chainStart(), m.titles(), m.rule(), m.sent())
                    : m);
            ms.removeIf(m -> longer.containsKey(m.name()));
        }
    }

    /** Every later mention of a name some pattern established (李翔一行…, 程海龙与…签约). */
    private static void addKnownNames(Sent st, Set<String> known, List<Mention> ms) {
        List<Mention> added = new ArrayList<>();
        for (String name : known) {
            for (int i = st.s.indexOf(name); i >= 0; i = st.s.indexOf(name, i + 1)) {
                int at = i;
                boolean overlaps = ms.stream().anyMatch(m -> at < m.end() && at + name.length() > m.start())
                        || added.stream().anyMatch(m -> at < m.end() && at + name.length() > m.start());
                if (!overlaps && !insideLongerName(st, at, at + name.length())) {
                    added.add(new Mention(name, at, at + name.length(), at, List.of(), "known-name", st));
                }
            }
        }
        ms.addAll(added);
        ms.sort(Comparator.comparingInt(Mention::start));
    }
}
