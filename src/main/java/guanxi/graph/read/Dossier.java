package guanxi.graph.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A person's or company's dossier, read through the repositories: titles with dates, stories, strongest
 * connections, companies met or visited, projects. Produces plain text lines for the terminal; reached only through
 * {@link ReadSide#dossier}.
 */
final class Dossier {

    /** How many connections and stories a dossier lists before summarising the rest. */
    static final int TOP = 10;

    private final PersonRepository persons;
    private final CompanyRepository companies;
    private final StoryRepository stories;
    private final ProjectRepository projects;

    Dossier(PersonRepository persons, CompanyRepository companies, StoryRepository stories, ProjectRepository projects) {
        this.persons = persons;
        this.companies = companies;
        this.stories = stories;
        this.projects = projects;
    }

    /** The dossier of {@code name}, or empty when no person or company (name or alias) has it. */
    Optional<List<String>> of(String name) {
        Optional<PersonNode> person = persons.findById(name);
        if (person.isPresent()) {
            return Optional.of(person(person.get()));
        }
        List<CompanyNode> found = companies.findByNameOrAlias(name);
        return found.isEmpty() ? Optional.empty() : Optional.of(company(found.getFirst()));
    }

    private List<String> person(PersonNode p) {
        List<String> out = new ArrayList<>();
        out.add("Person: " + p.name());
        out.add("Titles:");
        p.held().stream()
                .sorted(Comparator.comparing(Held::firstSeen, Comparator.nullsLast(Comparator.naturalOrder())))
                .forEach(h -> out.add("  " + h.title().name() + "  " + span(h.firstSeen(), h.lastSeen())
                        + "  (" + h.stories() + " stories)"));
        stories(p.name(), out);
        out.add("Strongest connections (shared stories):");
        persons.strongestConnections(p.name(), TOP).forEach(c ->
                out.add("  " + c.name() + "  " + c.stories() + (c.relations().isEmpty() ? "" : "  " + String.join(", ", c.relations()))));
        out.add("Companies met or visited:");
        companies.companiesOfPerson(p.name()).forEach(c ->
                out.add("  " + c.name() + "  " + String.join(", ", c.relations()) + "  (" + c.stories() + " stories)"));
        projects(p.name(), out);
        return out;
    }

    private List<String> company(CompanyNode c) {
        List<String> out = new ArrayList<>();
        out.add("Company: " + c.name());
        if (c.aliases() != null && !c.aliases().isEmpty()) {
            out.add("Also printed as: " + String.join("、", c.aliases()));
        }
        stories(c.name(), out);
        projects(c.name(), out);
        return out;
    }

    private void stories(String name, List<String> out) {
        List<Projections.StoryLine> lines = stories.storiesOf(name);
        out.add("Stories (" + lines.size() + "):");
        lines.stream().limit(TOP).forEach(s -> out.add("  " + (s.dated() != null ? s.dated() : s.date() == null ? "          " : s.date()) + "  " + s.title()
                + (s.roles().isEmpty() ? "" : "  [" + String.join(", ", s.roles()) + "]")));
        if (lines.size() > TOP) {
            out.add("  ... and " + (lines.size() - TOP) + " more");
        }
    }

    private void projects(String name, List<String> out) {
        out.add("Projects:");
        projects.projectsOf(name).forEach(p -> out.add("  " + p.name()
                + (p.investmentYuan() == null ? "" : "  " + yuan(p.investmentYuan()))
                + (p.status() == null ? "" : "  " + p.status()) + "  via " + String.join(", ", p.via())));
    }

    private static String span(String first, String last) {
        if (first == null) {
            return "(undated)";
        }
        return first.equals(last) ? first : first + " .. " + last;
    }

    /** 9586000000 -> 95.86亿元: figures as the papers print them. */
    static String yuan(long value) {
        if (value >= 100_000_000L) {
            return stripZeros(value / 1e8) + "亿元";
        }
        if (value >= 10_000L) {
            return stripZeros(value / 1e4) + "万元";
        }
        return value + "元";
    }

    private static String stripZeros(double v) {
        return new java.math.BigDecimal(v).setScale(4, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
