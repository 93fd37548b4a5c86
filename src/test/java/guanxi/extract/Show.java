package guanxi.extract;

import guanxi.model.Extraction;
import guanxi.model.Person;
import guanxi.model.Relation;

import java.util.List;
import java.util.stream.Collectors;

/** Compact one-line renderings of extraction results, so tests can state exact expected output. */
final class Show {

    private Show() {
    }

    /** "name[title1|title2]" per person, in order of appearance. */
    static List<String> persons(Extraction x) {
        return x.persons().stream().map(p -> p.name() + "[" + String.join("|", p.titles()) + "]").toList();
    }

    /** "TYPE from" or "TYPE from->to" or "TYPE from->to (title)" per relation, in the order found. */
    static List<String> relations(Extraction x) {
        return x.relations().stream().map(Show::relation).toList();
    }

    static String relation(Relation r) {
        return r.type() + " " + r.from() + (r.to() == null ? "" : "->" + r.to())
                + (r.title() == null ? "" : " (" + r.title() + ")");
    }

    static List<String> companies(Extraction x) {
        return x.companies().stream().map(c -> c.name() + (c.aliases().isEmpty() ? "" : "="
                + String.join("|", c.aliases()))).toList();
    }

    static List<String> projects(Extraction x) {
        return x.projects().stream().map(p -> p.name() + " " + p.investmentYuan() + " " + p.status()).toList();
    }

    static String all(Extraction x) {
        return persons(x) + "\n" + companies(x) + "\n" + projects(x) + "\n"
                + relations(x).stream().collect(Collectors.joining("\n"));
    }

    static Person person(Extraction x, String name) {
        return x.persons().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }
}
