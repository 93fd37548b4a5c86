package guanxi.bench;

import guanxi.model.Lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The cast of a generated corpus: counties with their rosters of officials and reporters, visitors from
 * above, companies with executives and projects. Every member is a pure function of the corpus seed and
 * its index, so the corpus can be written page by page without keeping the cast in memory, and the same
 * people, companies and projects recur across pages as they do in a real county paper.
 *
 * <p>Pool sizes grow with the corpus (a bigger archive covers more counties, visitors and companies).
 */
final class World {

    /** Officials per county roster: slot 0 is the party secretary, slot 1 the county head. */
    static final int ROSTER = 24;
    static final int REPORTERS_PER_COUNTY = 6;
    private static final int STORIES_PER_COUNTY = 2_000;

    private static final Lexicon SURNAMES = Lexicon.load("bench/surnames.txt");
    private static final Lexicon GIVEN = Lexicon.load("bench/given-chars.txt");
    private static final Lexicon LOCAL_TITLES = Lexicon.load("bench/local-titles.txt");
    private static final Lexicon GUEST_TITLES = Lexicon.load("bench/guest-titles.txt");
    private static final Lexicon EXEC_TITLES = Lexicon.load("bench/exec-titles.txt");
    private static final Lexicon PROVINCES = Lexicon.load("bench/provinces.txt");
    private static final Lexicon PLACES = Lexicon.load("bench/places.txt");
    private static final Lexicon HEADS = Lexicon.load("bench/company-heads.txt");
    private static final Lexicon TAILS = Lexicon.load("bench/company-tails.txt");
    private static final Lexicon INDUSTRIES = Lexicon.load("bench/industries.txt");
    private static final Lexicon SUFFIXES = Lexicon.load("bench/company-suffixes.txt");
    private static final Lexicon PRODUCTS = Lexicon.load("bench/products.txt");
    private static final Lexicon FACILITIES = Lexicon.load("bench/facilities.txt");
    private static final List<County> ALL_COUNTIES = loadCounties();

    /** Salts keep the random streams of different kinds of cast member apart. */
    private enum Stream { OFFICIAL, REPORTER, GUEST, COMPANY, EXEC, PROJECT, FACILITY }

    record County(int index, String city, String name) {
    }

    record Person(String name, String title) {
        String full() {
            return title + name;
        }
    }

    /**
     * A company. {@code name} is the registered name, {@code shortName} the brand plus industry the
     * papers use on second mention, {@code group} the brand plus 集团.
     */
    record Firm(int index, String name, String shortName, String group, String product) {
    }

    /** A project and its stated investment as printed (e.g. 22.64亿元). */
    record Venture(String name, String amount) {
    }

    private final long seed;
    private final int counties;
    private final int guests;
    private final int companies;

    World(long seed, int stories) {
        this.seed = seed;
        this.counties = Math.clamp(1 + stories / STORIES_PER_COUNTY, 1, ALL_COUNTIES.size());
        this.guests = 40 + stories / 100;
        this.companies = Math.max(64, stories / 3);
    }

    County county(SplittableRandom rnd) {
        return ALL_COUNTIES.get(rnd.nextInt(counties));
    }

    /** The official in roster slot {@code slot} of county {@code c}. */
    Person official(County c, int slot) {
        SplittableRandom rnd = stream(Stream.OFFICIAL, (long) c.index() * ROSTER + slot);
        String title = slot < 2 ? LOCAL_TITLES.get(slot) : LOCAL_TITLES.get(2 + (slot - 2) % (LOCAL_TITLES.size() - 2));
        return new Person(name(rnd), title);
    }

    String reporter(County c, int slot) {
        return name(stream(Stream.REPORTER, (long) c.index() * REPORTERS_PER_COUNTY + slot));
    }

    Person guest(SplittableRandom pick) {
        SplittableRandom rnd = stream(Stream.GUEST, pick.nextInt(guests));
        String title = GUEST_TITLES.pick(rnd)
                .replace("{city}", ALL_COUNTIES.get(rnd.nextInt(ALL_COUNTIES.size())).city())
                .replace("{province}", PROVINCES.pick(rnd));
        return new Person(name(rnd), title);
    }

    /** A company, favouring low indexes so that some companies recur often and most rarely. */
    Firm company(SplittableRandom pick) {
        double u = pick.nextDouble();
        int index = (int) (u * u * companies);
        SplittableRandom rnd = stream(Stream.COMPANY, index);
        String brand = HEADS.pick(rnd) + TAILS.pick(rnd) + (rnd.nextInt(4) == 0 ? TAILS.pick(rnd) : "");
        String industry = INDUSTRIES.pick(rnd);
        String place = PLACES.pick(rnd);
        String suffix = SUFFIXES.pick(rnd);
        String name = rnd.nextInt(7) == 0
                ? brand + industry + "（" + place + "）" + suffix
                : place + brand + industry + suffix;
        return new Firm(index, name, brand + industry, brand + "集团", PRODUCTS.pick(rnd));
    }

    Person executive(Firm f) {
        SplittableRandom rnd = stream(Stream.EXEC, f.index());
        return new Person(name(rnd), EXEC_TITLES.pick(rnd));
    }

    /** One of a company's two projects. */
    Venture project(Firm f, SplittableRandom pick) {
        SplittableRandom rnd = stream(Stream.PROJECT, 2L * f.index() + pick.nextInt(2));
        String product = rnd.nextBoolean() ? f.product() : PRODUCTS.pick(rnd);
        String name = switch (rnd.nextInt(3)) {
            case 0 -> "年产" + tonnage(rnd) + product + "项目";
            case 1 -> f.shortName() + product + "项目";
            default -> f.group().replace("集团", "") + product + "生产线项目";
        };
        return new Venture(name, amount(rnd));
    }

    Venture facility(County c, SplittableRandom pick) {
        SplittableRandom rnd = stream(Stream.FACILITY, (long) c.index() * FACILITIES.size() + pick.nextInt(FACILITIES.size()));
        return new Venture(c.name() + FACILITIES.pick(rnd) + "项目", amount(rnd));
    }

    /** An amount as printed: mostly 亿元 with up to two decimals, otherwise whole 万元. */
    static String amount(SplittableRandom rnd) {
        if (rnd.nextInt(5) < 3) {
            double yi = Math.exp(rnd.nextDouble(Math.log(0.5), Math.log(120)));
            String s = String.format("%.2f", yi).replaceAll("\\.?0+$", "");
            return s + "亿元";
        }
        return (3 + rnd.nextInt(96)) * 100 + "万元";
    }

    private static String tonnage(SplittableRandom rnd) {
        return rnd.nextBoolean() ? (1 + rnd.nextInt(50)) * 1000 + "吨" : (1 + rnd.nextInt(60)) + "万吨";
    }

    private static String name(SplittableRandom rnd) {
        String given = GIVEN.pick(rnd);
        if (rnd.nextInt(10) < 7) {
            given += GIVEN.pick(rnd);
        }
        return SURNAMES.pickSkewed(rnd) + given;
    }

    private SplittableRandom stream(Stream kind, long index) {
        return new SplittableRandom(mix(mix(seed, kind.ordinal() + 1), index));
    }

    /** SplitMix64's finaliser over two words: a well-spread seed for a sub-stream. */
    static long mix(long a, long b) {
        long z = a + 0x9E3779B97F4A7C15L * (b + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static List<County> loadCounties() {
        List<County> out = new ArrayList<>();
        for (String line : Lexicon.load("bench/counties.txt").entries()) {
            String[] cols = line.split("\t");
            for (String name : cols[1].strip().split(" +")) {
                out.add(new County(out.size(), cols[0], name));
            }
        }
        return List.copyOf(out);
    }
}
