package guanxi.graph.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A person's or company's dossier, read through the repositories: titles with dates, stories, strongest
 * connections, companies met or visited, projects. Produces plain text lines for the terminal.
 */
public final class Dossier {

    /** How many connections and stories a dossier lists before summarising the rest. */
    static final int TOP = 10;

    private Dossier() {
    }

    /** The dossier of {@code name}, or empty when no person or company (name or alias) has it. */
    public static Optional<List<String>> of(ReadSide read, String name) {
        Optional<PersonNode> person = read.repository(PersonRepository.class).findById(name);
        if (person.isPresent()) {
            return Optional.of(person(read, person.get()));
        }
        List<CompanyNode> companies = read.repository(CompanyRepository.class).findByNameOrAlias(name);
        return companies.isEmpty() ? Optional.empty() : Optional.of(company(read, companies.getFirst()));
    }

    private static List<String> person(ReadSide read, PersonNode p) {
        List<String> out = new ArrayList<>();
        out.add("Person: " + p.name());
        out.add("Titles:");
        p.held().stream()
                .sorted(Comparator.comparing(Held::firstSeen, Comparator.nullsLast(Comparator.naturalOrder())))
                .forEach(h -> out.add("  " + h.title().name() + "  " + span(h.firstSeen(), h.lastSeen())
                        + "  (" + h.stories() + " stories)"));
        stories(read, p.name(), out);
        out.add("Strongest connections (shared stories):");
        read.repository(PersonRepository.class).strongestConnections(p.name(), TOP).forEach(c ->
                out.add("  " + c.name() + "  " + c.stories() + (c.relations().isEmpty() ? "" : "  " + String.join(", ", c.relations()))));
        out.add("Companies met or visited:");
        read.repository(CompanyRepository.class).companiesOfPerson(p.name()).forEach(c ->
                out.add("  " + c.name() + "  " + String.join(", ", c.relations()) + "  (" + c.stories() + " stories)"));
        projects(read, p.name(), out);
        return out;
    }

    private static List<String> company(ReadSide read, CompanyNode c) {
        List<String> out = new ArrayList<>();
        out.add("Company: " + c.name());
        if (c.aliases() != null && !c.aliases().isEmpty()) {
            out.add("Also printed as: " + String.join("、", c.aliases()));
        }
        stories(read, c.name(), out);
        projects(read, c.name(), out);
        return out;
    }

    private static void stories(ReadSide read, String name, List<String> out) {
        List<Projections.StoryLine> stories = read.repository(StoryRepository.class).storiesOf(name);
        out.add("Stories (" + stories.size() + "):");
        stories.stream().limit(TOP).forEach(s -> out.add("  " + (s.dated() != null ? s.dated() : s.date() == null ? "          " : s.date()) + "  " + s.title()
                + (s.roles().isEmpty() ? "" : "  [" + String.join(", ", s.roles()) + "]")));
        if (stories.size() > TOP) {
            out.add("  ... and " + (stories.size() - TOP) + " more");
        }
    }

    private static void projects(ReadSide read, String name, List<String> out) {
        out.add("Projects:");
        read.repository(ProjectRepository.class).projectsOf(name).forEach(p -> out.add("  " + p.name()
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
