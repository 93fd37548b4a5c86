package guanxi.extract;

import guanxi.model.Company;
import guanxi.model.Evidence;
import guanxi.model.Extraction;
import guanxi.model.Organization;
import guanxi.model.Person;
import guanxi.model.Project;
import guanxi.model.Relation;
import guanxi.model.Sentence;
import guanxi.model.Story;
import guanxi.nlp.Script;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A story printed in traditional characters, read through its simplified reading. The lexicons, surnames and
 * rules are simplified, so the rules read {@link #reading} (县长陈志明 for 縣長陳志明); {@link #restore} gives their
 * extraction back in the printed forms, so the graph holds names, titles and evidence as the paper printed them
 * (a search for a Taiwan paper's 陳志明 finds 陳志明).
 * <p>
 * The reading has the printed text's length character for character ({@link Script#simplified}), so every span the
 * rules report indexes the printed text unchanged. A name is given back as the printed characters at the place
 * the reading shows it; a name the rules put together (a title joined from two places, a company's short form)
 * is given back character by character, each simplified character as the traditional one this story prints for
 * it most often.
 */
final class PrintedForms {

    private PrintedForms() {
    }

    /**
     * The story the rules read: {@code printed} itself when it holds no traditional character, else the same story
     * (id, date, offsets) with title, text, sentences and reporters in their simplified reading.
     */
    static Story reading(Story printed) {
        String text = Script.simplified(printed.text());
        String title = printed.title() == null ? null : Script.simplified(printed.title());
        List<String> reporters = printed.reporters().stream().map(Script::simplified).toList();
        boolean same = text == printed.text() && title == printed.title();
        for (int i = 0; i < reporters.size() && same; i++) {
            same = reporters.get(i) == printed.reporters().get(i);
        }
        if (same) {
            return printed;
        }
        List<Sentence> sentences = printed.sentences().stream()
                .map(s -> new Sentence(s.index(), s.start(), s.end(), text.substring(s.start(), s.end()))).toList();
        return new Story(printed.id(), printed.doc(), title, printed.date(), reporters, text, sentences);
    }

    /** {@code found}, extracted from {@code reading}, with every name, title and evidence sentence as printed. */
    static Extraction restore(Extraction found, Story reading, Story printed) {
        Forms forms = new Forms(reading, printed);
        List<Person> persons = found.persons().stream().map(p -> new Person(forms.of(p.name()),
                p.titles().stream().map(forms::of).toList(), forms.evidence(p.mentions()))).toList();
        List<Company> companies = found.companies().stream().map(c -> new Company(forms.of(c.name()),
                c.aliases().stream().map(forms::of).toList(), forms.evidence(c.mentions()))).toList();
        List<Organization> organizations = found.organizations().stream()
                .map(o -> new Organization(forms.of(o.name()), forms.evidence(o.mentions()))).toList();
        List<Project> projects = found.projects().stream().map(p -> new Project(forms.of(p.name()),
                p.investmentYuan(), p.status(), forms.evidence(p.mentions()))).toList();
        List<Relation> relations = found.relations().stream().map(r -> new Relation(r.type(), forms.of(r.from()),
                r.fromKind(), forms.of(r.to()), r.toKind(), forms.of(r.title()), forms.evidence(r.evidence()))).toList();
        return new Extraction(printed, persons, companies, organizations, projects, relations);
    }

    /** Simplified strings of one story back to the printed ones; one answer per string, so keys stay keys. */
    private static final class Forms {
        private final List<String[]> pairs = new ArrayList<>();
        private final Map<Character, Character> printedChar = new HashMap<>();
        private final Map<String, String> memo = new HashMap<>();

        Forms(Story reading, Story printed) {
            pairs.add(new String[]{reading.text(), printed.text()});
            if (printed.title() != null) {
                pairs.add(new String[]{reading.title(), printed.title()});
            }
            for (int i = 0; i < printed.reporters().size(); i++) {
                memo.put(reading.reporters().get(i), printed.reporters().get(i));
            }
            Map<Character, Map<Character, Integer>> counts = new HashMap<>();
            for (String[] pair : pairs) {
                for (int i = 0; i < pair[0].length(); i++) {
                    char r = pair[0].charAt(i);
                    char p = pair[1].charAt(i);
                    if (r != p) {
                        counts.computeIfAbsent(r, k -> new HashMap<>()).merge(p, 1, Integer::sum);
                    }
                }
            }
            // The most frequent printed form; on a tie the lowest code point, so the answer never depends on map order.
            java.util.Comparator<Map.Entry<Character, Integer>> byCount = Map.Entry.comparingByValue();
            java.util.Comparator<Map.Entry<Character, Integer>> order = byCount
                    .thenComparing(Map.Entry::getKey, java.util.Comparator.reverseOrder());
            counts.forEach((r, ps) -> printedChar.put(r, ps.entrySet().stream().max(order).orElseThrow().getKey()));
        }

        String of(String simplified) {
            if (simplified == null || simplified.isEmpty()) {
                return simplified;
            }
            return memo.computeIfAbsent(simplified, this::find);
        }

        private String find(String s) {
            for (String[] pair : pairs) {
                int at = pair[0].indexOf(s);
                if (at >= 0) {
                    return pair[1].substring(at, at + s.length());
                }
            }
            char[] out = s.toCharArray();
            for (int i = 0; i < out.length; i++) {
                out[i] = printedChar.getOrDefault(out[i], out[i]);
            }
            return new String(out);
        }

        List<Evidence> evidence(List<Evidence> list) {
            return list.stream().map(this::evidence).toList();
        }

        Evidence evidence(Evidence e) {
            return e == null ? null
                    : new Evidence(e.storyId(), e.sentence(), e.start(), e.end(), of(e.text()), e.rule());
        }
    }
}
