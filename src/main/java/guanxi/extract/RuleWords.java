package guanxi.extract;

import guanxi.model.Lexicon;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word lists the extraction rules read, loaded once from {@code src/main/resources/extract/*.txt}, each a
 * {@link Lexicon}, in the views the rules ask for (sets, longest first, word indexes, class-to-word pairs). One entry
 * per line; {@code #} starts a comment; two-column files map a class to a word.
 */
final class RuleWords {

    static final RuleWords DEFAULT = new RuleWords();

    final Set<String> titles = words("titles.txt");
    final int maxTitle = maxLen(titles);
    final WordIndex titleIndex = new WordIndex(titles);
    final Set<String> groupLabels = words("group-labels.txt");
    final WordIndex groupLabelIndex = new WordIndex(groupLabels);
    /** Group labels that are a post when one person follows them (中心负责人王五). */
    final Set<String> postLabels = words("post-labels.txt");
    final WordIndex postName = new WordIndex(words("post-name.txt"));
    final Set<String> creditLabels = words("credit-labels.txt");
    final List<String> nameContexts = byLength("name-contexts.txt");
    /** Corporate titles, longest first (执行副总裁 before 总裁). */
    final List<String> corporateTitles = byLength("corporate-titles.txt");
    /** Corporate posts heading a line of work inside a firm (总监): common words before them are no firm. */
    final Set<String> corporateLinePosts = words("corporate-line-posts.txt");
    /** Sales regions of multinational firms (中国区, 亚太区): in a title they belong to the post, not the firm. */
    final List<String> companyRegions = byLength("company-regions.txt");
    final List<String> orgHeads = byLength("org-heads.txt");
    final Set<String> orgStop = words("org-stop.txt");
    final Set<String> companyGeneric = words("company-generic.txt");
    /** Enterprise words (控股, 投资, 建设 …) that end a name's stem before its suffix when a name precedes them. */
    final List<String> companyStemWords = byLength("company-stem-words.txt");
    /** Industry words that end a company's short name (科技, 钢铁, 石化 …), longest first. */
    final List<String> companyIndustryWords = byLength("company-industry-words.txt");
    final WordIndex companyIndustryIndex = new WordIndex(companyIndustryWords);
    /** What may stand between 等 and 企业 closing a list of companies (等入驻企业, 等签约企业). */
    final Set<String> companyListWords = words("company-list-words.txt");
    /** Buildings (大厦, 大楼 …): an item of a list of firms that names one is a place, not a firm. */
    final List<String> buildingNouns = byLength("company-building-nouns.txt");
    /** What a company's short name opens (年产, 新建 …): its plant's output, its building, its investing. */
    final List<String> companyOpenerWords = byLength("company-opener-words.txt");
    /** A firm's role in a deal (投资方, 开发商 …): before a company's name it describes the firm. */
    final List<String> companyRoleNouns = byLength("company-role-nouns.txt");
    /** Marks that open a photo caption inside a story (▲, 图为 …). */
    final List<String> captionMarks = byLength("caption-marks.txt");
    /** A firm's own plant (生产基地, 生产线 …): a brand and industry word before one is the firm. */
    final List<String> companyPlantHeads = byLength("company-plant-heads.txt");
    /** A firm's rooms and plant a visit passes through (展厅, 生产线, 车间 …): named by common words, the firm's own. */
    final List<String> firmRooms = byLength("firm-rooms.txt");
    /** A firm's own research and service units (实验室, 研发中心 …): a brand and industry word before one is the firm. */
    final List<String> companyUnitHeads = byLength("company-unit-heads.txt");
    /** Words of rank and reputation (一流, 领先 …) that make a phrase a description rather than a name. */
    final List<String> evaluative = byLength("company-evaluative.txt");
    /** Verbs of building that open a construction clause (建设, 新建 …): first before a name, they govern it. */
    final Set<String> leadingBuildVerbs = words("leading-build-verbs.txt");
    final List<String> projectHeads = byLength("project-heads.txt");
    final Set<String> projectGeneric = words("project-generic.txt");
    final Set<String> zoneKinds = words("zone-kinds.txt");
    /** Facility nouns that end a project name in a clause of building or investing (see projectContext). */
    final List<String> projectFacilityHeads = byLength("project-facility-heads.txt");
    /** Of the facility nouns, the engineering works a place's name alone may name (北岭风电场, 城西客运站). */
    final Set<String> projectWorksHeads = words("project-works-heads.txt");
    /** Words of place (在, 位于, 落户 …) after which a facility noun names a setting, not a project. */
    final Set<String> projectPlaceWords = words("project-place-words.txt");
    /** Verbs of undertaking or being selected (承担, 入选): the projects they govern are programmes, not assets. */
    final List<String> projectProgrammeVerbs = byLength("project-programme-verbs.txt");
    /** Areas named after a firm (某厂棚户区, 某公司周边): a project of one renews the area, the firm does not invest. */
    final List<String> companyNamedAreas = byLength("company-named-areas.txt");
    /** Verbs of serving (提供, 创造 …): 为X…V makes X the beneficiary of a service, not a project. */
    final List<String> projectBenefitVerbs = byLength("project-benefit-verbs.txt");
    /** Words of building (BUILD) or of investing and signing (DEAL) that make a facility noun a project's head. */
    final List<String[]> projectContext = pairs("project-context.txt");
    /** Verbs that govern a project (推进, 考察 …) and so end its name when walking left. */
    final Set<String> projectClauseVerbs = words("project-clause-verbs.txt");
    /** Words that introduce an investment (总投资, 计划投资 …), longest first. */
    final List<String> investmentWords = byLength("investment-words.txt");
    /** Company endings, longest first; the value says whether the ending marks a full legal name. */
    final Map<String, Boolean> companySuffixes = legal(pairs("company-suffixes.txt"));

    /** True when {@code s} ends with a company ending ({@link #companySuffixes}: 有限公司, 集团 …). */
    boolean endsWithCompanySuffix(String s) {
        return companySuffixes.keySet().stream().anyMatch(s::endsWith);
    }

    /** True when a company ending ({@link #companySuffixes}) ends at offset {@code end} of {@code s}. */
    boolean companySuffixEndsAt(String s, int end) {
        return companySuffixes.keySet().stream().anyMatch(x -> s.startsWith(x, end - x.length()));
    }
    /** Trigger word to trigger class (LEAD, PRESIDE, ATTEND, ACCOMPANY, MEET, VISIT, SIGN), longest first. */
    final Map<String, List<String>> triggers = multi(pairs("triggers.txt"));
    /** Going along with a visit (ALONG: 随同) and setting out of the county (OUT: 赴), see going-along.txt. */
    final List<String> alongWords = ofClass(pairs("going-along.txt"), "ALONG");
    final List<String> tripOutWords = ofClass(pairs("going-along.txt"), "OUT");
    final List<String> togetherWords = ofClass(pairs("going-along.txt"), "TOGETHER");
    final List<String> comingWords = ofClass(pairs("going-along.txt"), "COMING");
    /** A visitor coming to the paper's own unit (到我县): group 1 is the unit, see home-visit.txt. */
    final List<java.util.regex.Pattern> homeVisit = list("home-visit.txt").set().stream()
            .map(java.util.regex.Pattern::compile).toList();
    /** Provinces' one-character short names (湘, 陇 …) and the directions after one (湘中), see province-short-names.txt. */
    final Set<String> provinceShortNames = Set.copyOf(ofClass(pairs("province-short-names.txt"), "PROVINCE"));
    final Set<String> provinceDirections = Set.copyOf(ofClass(pairs("province-short-names.txt"), "DIRECTION"));
    final WordIndex triggerWords = new WordIndex(triggers.keySet());
    /** Status words in priority order (file order). */
    final List<String[]> statusWords = pairs("status.txt");
    /** Reads the figures of amounts, Arabic or Chinese (3.5亿, 五千万), see numerals.txt. */
    final Amount amount = new Amount(money(pairs("numerals.txt")));
    /** Hedges between an investment word and its amount (约, 近, 超过 …), longest first. */
    final List<String> moneyHedges = byLength("money-hedges.txt");
    final Set<String> projectVerbs = words("project-verbs.txt");
    /** Verb before a project object and the status it gives ("-" for none). */
    final List<String[]> projectObjects = pairs("project-objects.txt");
    final List<String> projectObjectHeads = byLength("project-object-heads.txt");
    final List<String> visitVerbs = byLength("visit-verbs.txt");
    final WordIndex visitVerbIndex = new WordIndex(visitVerbs);
    final WordIndex itemEnds = new WordIndex(words("item-ends.txt"));
    /** Site words after a visited item (…现场、…工地、), see site-words.txt. */
    final WordIndex siteWords = new WordIndex(words("site-words.txt"));
    final List<String> places = byLength("places.txt");
    /** One-character surnames, as bits: asked at nearly every character, where a boxed set look-up would allocate. */
    final BitSet surnames = new BitSet(Character.MAX_VALUE + 1);
    final WordIndex doubleSurnames;

    private RuleWords() {
        // The one surname list, shared with the byline reader.
        guanxi.page.Surnames.single().forEach(w -> w.chars().forEach(surnames::set));
        doubleSurnames = new WordIndex(guanxi.page.Surnames.compound());
    }

    private static Lexicon list(String file) {
        return Lexicon.load("extract/" + file);
    }

    private static Set<String> words(String file) {
        return list(file).set();
    }

    private static List<String[]> pairs(String file) {
        return list(file).pairs("\\s+");
    }

    /** A list, each entry once, longest first. */
    private static List<String> byLength(String file) {
        return list(file).longestFirst();
    }

    private static List<String> ofClass(List<String[]> ps, String cls) {
        return ps.stream().filter(p -> p[0].equals(cls)).map(p -> p[1]).toList();
    }

    private static int maxLen(Set<String> ws) {
        return ws.stream().mapToInt(String::length).max().orElse(0);
    }

    private static Map<String, Boolean> legal(List<String[]> ps) {
        Map<String, Boolean> m = new LinkedHashMap<>();
        ps.stream().sorted(Comparator.comparingInt((String[] p) -> p[1].length()).reversed())
                .forEach(p -> m.put(p[1], p[0].equals("LEGAL")));
        return m;
    }

    private static Map<String, List<String>> multi(List<String[]> ps) {
        Map<String, List<String>> m = new HashMap<>();
        for (String[] p : ps) {
            m.computeIfAbsent(p[1], k -> new ArrayList<>()).add(p[0]);
        }
        return m;
    }

    private static Map<String, Long> money(List<String[]> ps) {
        Map<String, Long> m = new LinkedHashMap<>();
        ps.stream().sorted(Comparator.comparingInt((String[] p) -> p[0].length()).reversed())
                .forEach(p -> m.put(p[0], Long.parseLong(p[1])));
        return m;
    }
}
