package guanxi.extract;

import guanxi.model.EntityKind;
import guanxi.model.Evidence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The companies, organisations and projects of one story and where each is named: canonical names (a company's
 * longest form), aliases, and per sentence the spans that name them. Filled by {@link EntityRules}, read by
 * {@link LinkRules}.
 */
final class Entities {

    /** A named entity in one sentence; offsets within the sentence; {@code name} is the canonical name. */
    record Span(EntityKind kind, String name, String surface, Sent sent, int start, int end, String rule) {
    }

    /** One company: its canonical (longest) name and the other forms printed in the story. */
    static final class CompanyGroup {
        String name;
        final Set<String> aliases = new LinkedHashSet<>();
        final List<Evidence> mentions = new ArrayList<>();

        CompanyGroup(String name) {
            this.name = name;
        }
    }

    /** One project: name, investment, status, mentions. */
    static final class ProjectInfo {
        String name;
        Long investment;
        String status;
        final List<Evidence> mentions = new ArrayList<>();

        ProjectInfo(String name) {
            this.name = name;
        }
    }

    final Map<String, CompanyGroup> companyBySurface = new LinkedHashMap<>();
    final List<CompanyGroup> companies = new ArrayList<>();
    final Map<String, ProjectInfo> projects = new LinkedHashMap<>();
    final Map<Sent, List<Span>> spans = new IdentityHashMap<>();

    List<Span> spans(Sent st) {
        return spans.getOrDefault(st, List.of());
    }

    void add(Span s) {
        List<Span> l = spans.computeIfAbsent(s.sent(), k -> new ArrayList<>());
        for (Span o : l) {
            if (o.kind() == s.kind() && s.start() < o.end() && s.end() > o.start()) {
                return;
            }
        }
        l.add(s);
        l.sort(Comparator.comparingInt(Span::start));
    }

    CompanyGroup company(String surface) {
        return companyBySurface.get(surface);
    }

    ProjectInfo project(String name) {
        ProjectInfo exact = projects.get(name);
        if (exact != null) {
            return exact;
        }
        for (ProjectInfo p : projects.values()) {
            if (ProjectNames.same(p.name, name) || ProjectNames.noteNames(p.name, name)
                    || ProjectNames.capacityDropped(p.name, name)) {
                return p;
            }
        }
        return null;
    }
}
