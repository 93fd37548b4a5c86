package guanxi.extract;

import guanxi.model.EntityKind;
import guanxi.model.Evidence;
import guanxi.model.Organization;
import guanxi.model.Person;
import guanxi.model.Relation;
import guanxi.model.RelationType;
import guanxi.model.Story;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the rules have established about one story so far: entities with their mentions and relations with their
 * evidence. Rules add to it; {@link #persons()} and friends freeze it into model records. One per story, one thread.
 */
final class StoryFacts {

    final Story story;
    private final Map<String, Set<String>> titles = new LinkedHashMap<>();
    private final Map<String, List<Evidence>> personMentions = new LinkedHashMap<>();
    private final Map<String, List<Evidence>> orgMentions = new LinkedHashMap<>();
    private final Map<String, Relation> relations = new LinkedHashMap<>();
    /** Type and source of every relation, so {@link #has} need not scan them all (it is asked per relation). */
    private final Set<String> typeAndSource = new HashSet<>();

    StoryFacts(Story story) {
        this.story = story;
    }

    Evidence evidence(Sent st, int start, int end, String rule) {
        return new Evidence(story.id(), st.index, st.base + start, st.base + end, st.raw, rule);
    }

    void person(String name, List<String> titleList, Evidence ev) {
        Set<String> ts = titles.computeIfAbsent(name, k -> new LinkedHashSet<>());
        for (String t : titleList) {
            if (!t.isBlank()) {
                ts.add(t);
            }
        }
        if (ev != null) {
            personMentions.computeIfAbsent(name, k -> new ArrayList<>()).add(ev);
        }
    }

    /** The organisations named so far, in order of first mention. */
    Set<String> organizationNames() {
        return java.util.Collections.unmodifiableSet(orgMentions.keySet());
    }

    /** The titles recorded for a person so far, anywhere in the story (none for an unknown name). */
    Set<String> titlesOf(String name) {
        return java.util.Collections.unmodifiableSet(titles.getOrDefault(name, Set.of()));
    }

    boolean isPerson(String name) {
        return titles.containsKey(name);
    }

    void organization(String name, Evidence ev) {
        orgMentions.computeIfAbsent(name, k -> new ArrayList<>()).add(ev);
    }

    /** Records a relation once per story (the first evidence wins); a role never points at anything. */
    void relate(RelationType type, String from, EntityKind fromKind, String to, EntityKind toKind, String title,
                Evidence ev) {
        if (from == null || from.equals(to) || type.binary() && to == null || ev == null) {
            return;
        }
        String key = type + "|" + from + "|" + Objects.toString(to, "");
        if (type == RelationType.SIGNED && relations.containsKey(type + "|" + to + "|" + from)) {
            // A signing has no direction: B signed with A is A signed with B, recorded once.
            return;
        }
        relations.putIfAbsent(key, new Relation(type, from, fromKind, to, toKind, title, ev));
        typeAndSource.add(type + "|" + from);
    }

    boolean has(RelationType type, String from) {
        return typeAndSource.contains(type + "|" + from);
    }

    List<Relation> relations() {
        List<Relation> out = new ArrayList<>();
        Map<String, String> fullName = shortForms();
        Set<String> seen = new HashSet<>();
        for (Relation r0 : relations.values()) {
            Relation r = fullName.isEmpty() ? r0 : new Relation(r0.type(), fullName.getOrDefault(r0.from(), r0.from()),
                    r0.fromKind(), r0.to() == null ? null : fullName.getOrDefault(r0.to(), r0.to()), r0.toKind(),
                    r0.title(), r0.evidence());
            if (!fullName.isEmpty() && (Objects.equals(r.from(), r.to())
                    || !seen.add(r.type() + "|" + r.from() + "|" + Objects.toString(r.to(), "")))) {
                continue;
            }
            // A leader or chair is not also listed as attending.
            if (r.type() == RelationType.ATTENDED
                    && (has(RelationType.LED, r.from()) || has(RelationType.PRESIDED, r.from()))) {
                continue;
            }
            // A firm's own executive hosts a visit to it, and two people of one firm are one side of a meeting.
            if (r.type() == RelationType.VISITED
                    && relations.containsKey(RelationType.EXECUTIVE_OF + "|" + r.from() + "|" + r.to())
                    || r.type() == RelationType.MET && colleagues(r.from(), r.to())) {
                continue;
            }
            out.add(r);
        }
        return out;
    }

    /** True when the two people hold posts in one company (both EXECUTIVE_OF it). */
    private boolean colleagues(String a, String b) {
        for (Relation r : relations.values()) {
            if (r.type() == RelationType.EXECUTIVE_OF && r.from().equals(a)
                    && relations.containsKey(RelationType.EXECUTIVE_OF + "|" + b + "|" + r.to())) {
                return true;
            }
        }
        return false;
    }

    /**
     * 莆田市政府 and 莆田市人民政府, 县发改局 and 县发展和改革局, 农行滨江支行 and 中国农业银行滨江县支行 are one body: an
     * organisation's name whose characters all stand, in order, in exactly one longer organisation's name of the story
     * ending alike (the same last character and first character, or the same last two: 支行) is its abbreviation in
     * the Chinese manner (characters kept, none added), and maps to that full name, the official one. 县教育局 and
     * 县教育局教研室 end otherwise; 县财政局 holds no 市. Empty when the story names no such pair.
     */
    private Map<String, String> shortForms() {
        Set<String> names = new LinkedHashSet<>(orgMentions.keySet());
        for (Relation r : relations.values()) {
            if (r.fromKind() == EntityKind.ORGANIZATION) {
                names.add(r.from());
            }
            if (r.toKind() == EntityKind.ORGANIZATION) {
                names.add(r.to());
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String name : names) {
            List<String> fuller = names.stream().filter(full -> abbreviates(name, full)).toList();
            String fullest = fuller.stream().max(java.util.Comparator.comparingInt(String::length)).orElse(null);
            // 农发行县支行 beside 农发行青山县支行 and 中国农业发展银行青山县支行: fuller forms that are all forms of the
            // fullest one name one body.
            if (fuller.size() == 1 || fullest != null
                    && fuller.stream().allMatch(f -> f.equals(fullest) || abbreviates(f, fullest))) {
                out.put(name, fullest);
            }
        }
        return out;
    }

    /**
     * True when {@code abbreviation}'s characters stand in order in the longer {@code full}, both ending alike; or when
     * it is a bank's short name (建设银行) and the full name a branch of that bank (中国建设银行青山分行), as a headline
     * prints the bank a branch signs for.
     */
    private static boolean abbreviates(String abbreviation, String full) {
        int n = abbreviation.length();
        boolean bankOfBranch = n >= 4 && abbreviation.endsWith("银行") && (full.endsWith("分行") || full.endsWith("支行"));
        if (n < 3 || full.length() <= n) {
            return false;
        }
        boolean endsAlike = full.charAt(full.length() - 1) == abbreviation.charAt(n - 1)
                && (full.charAt(0) == abbreviation.charAt(0) || full.endsWith(abbreviation.substring(n - 2)));
        if (!bankOfBranch && !endsAlike) {
            return false;
        }
        int at = 0;
        for (int i = 0; i < n; i++) {
            at = full.indexOf(abbreviation.charAt(i), at);
            if (at < 0) {
                return false;
            }
            at++;
        }
        return true;
    }

    List<Person> persons() {
        List<Person> out = new ArrayList<>();
        titles.forEach((name, ts) -> out.add(new Person(name, List.copyOf(ts),
                personMentions.getOrDefault(name, List.of()))));
        return out;
    }

    /** Every organisation a relation names, with its mentions (or, for one only a relation names, that evidence). */
    List<Organization> organizations(List<Relation> rels) {
        Map<String, List<Evidence>> out = new LinkedHashMap<>();
        for (Relation r : rels) {
            if (r.fromKind() == EntityKind.ORGANIZATION) {
                out.computeIfAbsent(r.from(), k -> new ArrayList<>(orgMentions.getOrDefault(k, List.of(r.evidence()))));
            }
            if (r.toKind() == EntityKind.ORGANIZATION) {
                out.computeIfAbsent(r.to(), k -> new ArrayList<>(orgMentions.getOrDefault(k, List.of(r.evidence()))));
            }
        }
        List<Organization> list = new ArrayList<>();
        out.forEach((name, evs) -> list.add(new Organization(name, evs)));
        return list;
    }

    /** Renames the project ends of relations to the project's final name (a list item may have lengthened it). */
    void renameProjects(java.util.function.UnaryOperator<String> canonical) {
        relations.replaceAll((k, r) -> r.toKind() == EntityKind.PROJECT
                ? new Relation(r.type(), r.from(), r.fromKind(), canonical.apply(r.to()), r.toKind(), r.title(), r.evidence())
                : r);
    }
}
