package guanxi.extract;

import guanxi.model.Company;
import guanxi.model.EntityKind;
import guanxi.model.ExtractedPage;
import guanxi.model.Extraction;
import guanxi.model.Organization;
import guanxi.model.PageResult;
import guanxi.model.Person;
import guanxi.model.Project;
import guanxi.model.Relation;
import guanxi.model.Story;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What may become a node key or a stored figure, checked where extraction output leaves the extraction stage
 * ({@link PageSource}, {@link ExtractedSource}), so that what {@code extract} writes is what {@code load} loads: reads an
 * extracted page, produces the same page without the names, titles and amounts that cannot be what they claim
 * (a "project name" of three thousand characters is a run-on line of a hostile or broken page, and as an index
 * key it would fail the whole load), and one note per thing set aside. A person's relations go with their name;
 * an amount out of range is dropped and the project kept. Everything else on the page loads.
 *
 * <p>The limits sit far above anything a county paper prints (longest in the annotated stories: person 3
 * characters, title 27, company 18, organisation 23, project 37) and far below Neo4j's index key limit.
 */
public final class FactLimits {

    /** Longest person name: Chinese names are 2 to 4 characters, transliterated ones with a middle dot longer. */
    public static final int PERSON_NAME = 20;
    /** Longest company, organisation or title (a post with its whole organisation). */
    public static final int BODY_NAME = 80;
    /** Longest project name: a company name plus what it builds. */
    public static final int PROJECT_NAME = 120;
    /** Characters of a refused name shown in its note. */
    private static final int PREVIEW = 12;
    /** Largest investment a story can state for one project: ten trillion yuan. */
    public static final long MAX_YUAN = 10_000_000_000_000L;

    private FactLimits() {
    }

    /** A page with only loadable facts, and what was set aside (empty when nothing was). */
    public record Checked(ExtractedPage page, List<String> setAside) {
    }

    public static Checked check(ExtractedPage page) {
        Set<String> notes = new LinkedHashSet<>();
        List<Extraction> kept = new ArrayList<>();
        boolean changed = false;
        for (Extraction x : page.extractions()) {
            Extraction y = check(x, notes);
            changed |= y != x;
            kept.add(y);
        }
        if (!changed) {
            return new Checked(page, List.of());
        }
        List<Story> stories = kept.stream().map(Extraction::story).toList();
        PageResult result = new PageResult(page.page().doc(), stories, page.page().discarded(), page.page().cuts(),
                page.page().paper());
        return new Checked(new ExtractedPage(result, kept), List.copyOf(notes));
    }

    /** Why {@code name} cannot be a name of this kind, or null when it can. */
    static String refusal(EntityKind kind, String name) {
        String what = switch (kind) {
            case PERSON -> "person name";
            case COMPANY -> "company name";
            case ORGANIZATION -> "organisation name";
            case PROJECT -> "project name";
        };
        int limit = switch (kind) {
            case PERSON -> PERSON_NAME;
            case COMPANY, ORGANIZATION -> BODY_NAME;
            case PROJECT -> PROJECT_NAME;
        };
        return refusal(what, name, limit);
    }

    private static String refusal(String what, String value, int limit) {
        if (value == null || value.isBlank()) {
            return "an empty " + what;
        }
        int length = value.codePointCount(0, value.length());
        if (length > limit) {
            // The opening characters let a reader find it in the page (extract --explain, the load's stderr line).
            String opening = value.substring(0, value.offsetByCodePoints(0, PREVIEW));
            return "a " + what + " of " + length + " characters (at most " + limit + "): " + opening + "…";
        }
        return null;
    }

    private static Extraction check(Extraction x, Set<String> pageNotes) {
        Set<String> dropped = new HashSet<>();
        Set<String> notes = new LinkedHashSet<>();
        List<Person> persons = new ArrayList<>();
        for (Person p : x.persons()) {
            if (refuse(EntityKind.PERSON, p.name(), dropped, notes)) {
                continue;
            }
            persons.add(new Person(p.name(), titles(p.titles(), notes), p.mentions()));
        }
        List<Company> companies = new ArrayList<>();
        for (Company c : x.companies()) {
            if (!refuse(EntityKind.COMPANY, c.name(), dropped, notes)) {
                List<String> aliases = c.aliases().stream()
                        .filter(a -> keep(refusal(EntityKind.COMPANY, a), notes)).toList();
                companies.add(new Company(c.name(), aliases, c.mentions()));
            }
        }
        List<Organization> organizations = x.organizations().stream()
                .filter(o -> !refuse(EntityKind.ORGANIZATION, o.name(), dropped, notes)).toList();
        List<Project> projects = new ArrayList<>();
        for (Project p : x.projects()) {
            if (refuse(EntityKind.PROJECT, p.name(), dropped, notes)) {
                continue;
            }
            Long yuan = p.investmentYuan();
            if (yuan != null && (yuan <= 0 || yuan > MAX_YUAN)) {
                notes.add("an investment of " + yuan + " yuan (more than 0, at most " + MAX_YUAN + ")");
                yuan = null;
            }
            projects.add(new Project(p.name(), yuan, p.status(), p.mentions()));
        }
        List<Relation> relations = new ArrayList<>();
        for (Relation r : x.relations()) {
            if (dropped.contains(r.fromKind() + "\t" + r.from())
                    || refuse(r.fromKind(), r.from(), dropped, notes)
                    || (r.to() != null && (dropped.contains(r.toKind() + "\t" + r.to())
                    || refuse(r.toKind(), r.to(), dropped, notes)))) {
                continue;
            }
            String title = r.title();
            if (title != null && !keep(refusal("title", title, BODY_NAME), notes)) {
                title = null;
            }
            relations.add(title == r.title() ? r
                    : new Relation(r.type(), r.from(), r.fromKind(), r.to(), r.toKind(), title, r.evidence()));
        }
        Story s = x.story();
        List<String> reporters = s.reporters().stream()
                .filter(name -> keep(refusal(EntityKind.PERSON, name), notes)).toList();
        if (notes.isEmpty()) {
            return x;
        }
        pageNotes.addAll(notes);
        Story story = new Story(s.id(), s.doc(), s.title(), s.date(), reporters, s.text(), s.sentences());
        return new Extraction(story, persons, companies, organizations, projects, relations);
    }

    private static List<String> titles(List<String> titles, Set<String> notes) {
        return titles.stream().filter(t -> keep(refusal("title", t, BODY_NAME), notes)).toList();
    }

    /** True (and noted) when the name cannot be one; remembered so the relations that use it go too. */
    private static boolean refuse(EntityKind kind, String name, Set<String> dropped, Set<String> notes) {
        String reason = refusal(kind, name);
        if (reason == null) {
            return false;
        }
        notes.add(reason);
        dropped.add(kind + "\t" + name);
        return true;
    }

    private static boolean keep(String reason, Set<String> notes) {
        if (reason != null) {
            notes.add(reason);
            return false;
        }
        return true;
    }
}
