package guanxi.bench;

import guanxi.bench.World.County;
import guanxi.bench.World.Firm;
import guanxi.bench.World.Person;
import guanxi.bench.World.Venture;
import guanxi.model.Lexicon;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a {@link StoryTemplate} with members of the {@link World} cast: reads the templates and word lists
 * once, then turns (county, date, random source) into a clean {@link StoryDraft}. Layout faults are added
 * later by {@link PagePrinter}; the only noise added here is in the printed names (OCR's 口 placeholder).
 */
final class StoryWriter {

    /** Chance that a name in a printed list has one character misread as 口, as in 王口恒. */
    private static final double OCR_PLACEHOLDER = 0.03;
    private static final double NO_BYLINE = 0.10;
    private static final double SECTION_LINE = 0.05;
    private static final double SUB_HEADLINE = 0.35;
    private static final double CLOSING = 0.5;
    private static final Pattern SLOT = Pattern.compile("\\{([^{}]+)}");

    private final World world;
    private final List<StoryTemplate> templates = StoryTemplate.loadAll();
    private final int totalWeight = templates.stream().mapToInt(StoryTemplate::weight).sum();
    private final Lexicon fillers = Lexicon.load("bench/fillers.txt");
    private final Lexicon topics = Lexicon.load("bench/topics.txt");
    private final Lexicon meetings = Lexicon.load("bench/meetings.txt");
    private final Lexicon places = Lexicon.load("bench/places.txt");
    private final Lexicon departments = Lexicon.load("bench/departments.txt");
    private final Lexicon sections = Lexicon.load("bench/sections.txt");

    StoryWriter(World world) {
        this.world = world;
    }

    /** A story of a randomly drawn kind, set in county {@code c} on {@code date}. */
    StoryDraft write(County c, LocalDate date, SplittableRandom rnd) {
        StoryTemplate t = pickTemplate(rnd);
        Story s = new Story(c, date, rnd);
        for (Map.Entry<String, String> v : t.vars().entrySet()) {
            s.bind(v.getKey(), v.getValue());
        }
        String headline = s.fill(pick(t.headlines(), rnd));
        String sub = !t.subs().isEmpty() && Slots.chance(rnd, SUB_HEADLINE) ? s.fill(pick(t.subs(), rnd)) : null;
        String section = Slots.chance(rnd, SECTION_LINE) ? sections.pick(rnd) : null;

        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(s.fill(pick(t.leads(), rnd)));
        int wanted = Math.min(t.paras().size(), t.minParas() + rnd.nextInt(t.maxParas() - t.minParas() + 1));
        TreeSet<Integer> chosen = new TreeSet<>();
        while (chosen.size() < wanted) {
            chosen.add(rnd.nextInt(t.paras().size()));
        }
        for (int i : chosen) {
            paragraphs.add(s.fill(t.paras().get(i)));
        }
        if (!t.closes().isEmpty() && Slots.chance(rnd, CLOSING)) {
            paragraphs.add(s.fill(pick(t.closes(), rnd)));
        }
        return new StoryDraft(section, headline, sub, paragraphs, byline(c, rnd), paragraphs.getFirst().startsWith(StoryDraft.TAG));
    }

    private List<String> byline(County c, SplittableRandom rnd) {
        if (Slots.chance(rnd, NO_BYLINE)) {
            return List.of();
        }
        int n = rnd.nextInt(10) < 6 ? 1 : rnd.nextInt(10) < 6 ? 2 : 3;
        Set<String> names = new LinkedHashSet<>();
        while (names.size() < n) {
            names.add(world.reporter(c, rnd.nextInt(World.REPORTERS_PER_COUNTY)));
        }
        return List.copyOf(names);
    }

    private StoryTemplate pickTemplate(SplittableRandom rnd) {
        int r = rnd.nextInt(totalWeight);
        for (StoryTemplate t : templates) {
            r -= t.weight();
            if (r < 0) {
                return t;
            }
        }
        throw new IllegalStateException("unreachable: weights sum to " + totalWeight);
    }

    private static String pick(List<String> options, SplittableRandom rnd) {
        return options.get(rnd.nextInt(options.size()));
    }

    /** The bindings and draws of one story while it is being written. */
    private final class Story {
        private final County county;
        private final LocalDate date;
        private final SplittableRandom rnd;
        private final Map<String, Object> values = new HashMap<>();
        private final Set<Integer> usedSlots = new HashSet<>();
        private final Set<String> usedNames = new HashSet<>();

        Story(County county, LocalDate date, SplittableRandom rnd) {
            this.county = county;
            this.date = date;
            this.rnd = rnd;
        }

        void bind(String var, String kind) {
            Object value = switch (kindName(kind)) {
                case "guest" -> distinctGuest();
                case "head" -> official(freeSlot(0, 2));
                case "local" -> official(freeSlot(2, World.ROSTER));
                case "company" -> world.company(rnd);
                case "exec" -> world.executive((Firm) values.get(kindArgument(kind)));
                case "project" -> world.project((Firm) values.get(kindArgument(kind)), rnd);
                case "facility" -> world.facility(county, rnd);
                case "topic" -> topics.pick(rnd);
                case "meeting" -> meetings.pick(rnd);
                case "place" -> places.pick(rnd);
                case "number" -> Integer.toString(Slots.draw(kindArgument(kind), rnd));
                default -> throw new IllegalStateException("bench/stories.txt: unknown var kind " + kind);
            };
            if (value instanceof Person p) {
                usedNames.add(p.name());
            }
            values.put(var, value);
        }

        String fill(String template) {
            Matcher m = SLOT.matcher(template);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(out, Matcher.quoteReplacement(slot(m.group(1))));
            }
            m.appendTail(out);
            return out.toString();
        }

        private String slot(String slot) {
            int colon = slot.indexOf(':');
            if (colon >= 0) {
                return list(slot.substring(0, colon), slot.substring(colon + 1));
            }
            return switch (slot) {
                case "date" -> date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
                case "year" -> Integer.toString(date.getYear());
                case "county" -> county.name();
                case "amount" -> World.amount(rnd);
                default -> attribute(slot);
            };
        }

        private String list(String what, String range) {
            int n = Slots.draw(range, rnd);
            return switch (what) {
                case "n" -> Integer.toString(n);
                case "names" -> String.join("、", officials(n, 2).stream().map(p -> misread(p.name())).toList());
                case "officials" -> String.join("，", officials(n, 0).stream().map(p -> p.title() + misread(p.name())).toList());
                case "companies" -> andList(distinct(n, () -> world.company(rnd).name()));
                case "depts" -> String.join("、", distinct(n, () -> departments.pick(rnd)));
                case "fillers" -> String.join("", distinct(n, () -> fillers.pick(rnd)));
                default -> throw new IllegalStateException("bench/stories.txt: unknown list slot " + what);
            };
        }

        private String attribute(String slot) {
            int dot = slot.indexOf('.');
            String var = dot < 0 ? slot : slot.substring(0, dot);
            String attr = dot < 0 ? "" : slot.substring(dot + 1);
            Object v = values.get(var);
            String out = switch (v) {
                case Person p when attr.isEmpty() -> p.name();
                case Person p when attr.equals("full") -> p.full();
                case Person p when attr.equals("title") -> p.title();
                case Firm f when attr.isEmpty() -> f.name();
                case Firm f when attr.equals("short") -> f.shortName();
                case Firm f when attr.equals("group") -> f.group();
                case Firm f when attr.equals("product") -> f.product();
                case Venture p when attr.isEmpty() -> p.name();
                case Venture p when attr.equals("amount") -> p.amount();
                case String s when attr.isEmpty() -> s;
                case null, default -> null;
            };
            if (out == null) {
                throw new IllegalStateException("bench/stories.txt: cannot fill {" + slot + "}");
            }
            return out;
        }

        /** Distinct roster members from slot {@code from} up, not already named by a var, in roster order. */
        private List<Person> officials(int n, int from) {
            TreeSet<Integer> slots = new TreeSet<>();
            int available = World.ROSTER - from - usedSlots.size();
            while (slots.size() < Math.min(n, available)) {
                int slot = from + rnd.nextInt(World.ROSTER - from);
                if (!usedSlots.contains(slot)) {
                    slots.add(slot);
                }
            }
            return slots.stream().map(slot -> world.official(county, slot)).toList();
        }

        private List<String> distinct(int n, Supplier<String> draw) {
            Set<String> out = new LinkedHashSet<>();
            for (int tries = 0; out.size() < n && tries < 20 * n; tries++) {
                out.add(draw.get());
            }
            return List.copyOf(out);
        }

        private Person distinctGuest() {
            Person p = world.guest(rnd);
            while (usedNames.contains(p.name())) {
                p = world.guest(rnd);
            }
            return p;
        }

        private int freeSlot(int from, int to) {
            for (int tries = 0; tries < 50; tries++) {
                int slot = from + rnd.nextInt(to - from);
                if (usedSlots.add(slot)) {
                    return slot;
                }
            }
            return freeSlot(2, World.ROSTER);
        }

        private Person official(int slot) {
            return world.official(county, slot);
        }

        private String misread(String name) {
            if (name.length() < 2 || !Slots.chance(rnd, OCR_PLACEHOLDER)) {
                return name;
            }
            int i = 1 + rnd.nextInt(name.length() - 1);
            return name.substring(0, i) + "口" + name.substring(i + 1);
        }
    }

    private static String kindName(String kind) {
        int paren = kind.indexOf('(');
        return paren < 0 ? kind : kind.substring(0, paren);
    }

    private static String kindArgument(String kind) {
        return kind.substring(kind.indexOf('(') + 1, kind.length() - 1);
    }

    /** A、B和C, as the papers join company lists. */
    private static String andList(List<String> items) {
        if (items.size() < 2) {
            return String.join("", items);
        }
        return String.join("、", items.subList(0, items.size() - 1)) + "和" + items.getLast();
    }
}
