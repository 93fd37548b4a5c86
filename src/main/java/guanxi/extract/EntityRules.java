package guanxi.extract;

import guanxi.extract.Entities.CompanyGroup;
import guanxi.extract.Entities.ProjectInfo;
import guanxi.extract.Entities.Span;
import guanxi.extract.PersonFinder.Mention;
import guanxi.model.EntityKind;
import guanxi.nlp.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the companies and projects of one story.
 * <p>
 * Companies: names ending in a company suffix (有限公司, 集团, 公司 …, walked left over organisation-like words; a
 * legal name runs on to the clause's own words), short trade names in lists closed by 等企业 / 3家企业, on either
 * side of 与 before a signing verb, among the investors after 由, or called on by an official, a place + name part +
 * industry word (company-industry-words.txt), the organisation part of a corporate title (远航董事长), and
 * 以下简称 forms; 该公司 stands for the company named last. Forms of one company are merged (a short form that
 * opens a longer one, ignoring a leading province) and the longest is its name.
 * <p>
 * Projects, bounded by structure (punctuation, a governing verb, 的, prepositions, an amount, an earlier 项目):
 * names ending in 项目/工程 that are more than generic words, names ending in a facility noun
 * (project-facility-heads.txt) in a clause of building or investing, items of project lists (分别是：A、B…;
 * A、B等项目), objects of 建成了/开工了/完成了, and the place of a 建设现场. Investments (总投资/概算总投资/投资 …,
 * hedged by 约/近/超过, N 亿/万 元, 多/余) go to the project they follow or introduce (投资N建设P, 总投资N的P), or,
 * stated by reference (该项目总投资…), to the project named last before.
 */
final class EntityRules {

    /** The segmenter's tags of common words: nouns, verbal and adjectival nouns, verbs, adjectives, 公司-like nouns. */
    private static final Set<String> COMMON_WORD_TAGS = Set.of("n", "vn", "v", "vg", "vi", "an", "a", "nis");
    /**
     * Levels of administration (青石县, 滨江市, 龙湾区 …): printed as a word of their own (县, 省 …) they name a place or a
     * body (县…展馆); LinkRules reads them at the end of place words.
     */
    static final String ADMIN_LEVELS = "省市县区州旗镇乡";
    private static final Pattern ABBREV = Pattern.compile("（以下简称[“\"]?([^”\"）]{1,12})[”\"]?）");
    /** After a company's amount, what it builds: (，)(在 a place)建设/兴建/新建/打造/用于建设. */
    private static final Pattern THEN_BUILDS =
            Pattern.compile("，?(?:在[^，。；]{2,12}?)?(?:建设|兴建|新建|扩建|投建|打造|用于建设|用于)");
    /** 二期, 一期工程, 三期项目: a phase and nothing more. */
    private static final Pattern PHASE = Pattern.compile("[一二三四五六七八九十]期(?:工程|项目)?");
    /** 项目分别是：A、B…; 开工项目有：A、B…; 项目包括：A、B… (a list lead other than 分别是 needs 项目/工程 before it). */
    private static final Pattern PROJECT_LIST = Pattern.compile("(分别是|分别为|包括|主要有|有)[：:]");
    private static final Pattern PROJECT_TAIL_LIST = Pattern.compile("等[^，。、；]{0,8}?项目");
    private static final Pattern COMPANY_LIST_END =
            Pattern.compile("(?:等|[0-9一二三四五六七八九十]+家)(?:[^，。、；等]{0,8}?)(?:企业|公司|单位)");
    /** 在X建设现场, 来到X施工现场, 调研了…、X建设现场: the place where building goes on is a project being built. */
    private static final Pattern SITE = Pattern.compile("(?:^|[在、，：了])([^，。、；在了]{2,20}?)(?:建设|施工)现场");
    /**
     * The object of a call: 莅临X, 到访X, 来访X, 走访X (up to a clause end or 进行/考察/调研), 赴X调研/考察, or 观摩X (up to
     * a clause end, a headline's dot or 的: 观摩X的产品).
     */
    private static final Pattern CALLED_ON = Pattern.compile(
            "(?:莅临|到访|来访|走访了?)([^，。；、：！？\\s]{2,8}?)(?=[，。；！？]|进行|考察|调研|参观|视察|$)"
                    + "|(?:赴|到)([^，。；、：！？\\s]{2,8}?)(?=(?:进行了?|开展)?(?:调研|考察))"
                    + "|观摩了?([^，。；、：！？\\s•·的]{2,8}?)(?=[，。；！？•·的]|$)");
    /**
     * A short name that opens a clause and is described as an enterprise (X是…合资企业, X是一家…公司) or given a
     * history (X自成立以来): the subject of a company profile.
     */
    private static final Pattern SELF_DESCRIBED = Pattern.compile(
            "(?:^|[，。；：])([^，。；：、是的自]{2,8}?)(?:(是)(?:一家|一个)?[^，。；]{0,30}?(?:企业|公司)(?=[，。；]|$)"
                    + "|自(?:创始|成立|创立|创建|组建)以来)");
    /** 对茶叶加工项目、茶旅小镇建设项目进行了考察: what was inspected. */
    static final Pattern INSPECTED_LIST = Pattern.compile("对([^，。；对]{4,60}?)进行了?(?:实地)?(?:考察|调研|视察|检查|督导)");
    /** 4大项目, 39个重点项目: a count of projects, not a project. */
    private static final Pattern AGGREGATE = Pattern.compile("[0-9一二三四五六七八九十]+[大个项批]\\S{0,4}项目$");
    /** Between a project and an amount: 共11项 or 等 make the amount a total of many projects. */
    private static final Pattern AGGREGATE_GAP = Pattern.compile("[。共等]|[0-9一二三四五六七八九十两]+[大个项批家]");
    /** Words that never stand inside a company's name, only in the clause around it (领导, 我们…). */
    private static final Pattern NOT_A_NAME_PART = Pattern.compile(".*(?:的|对|领导|我们).*");
    /** 3家, 两个: a count before the suffix (3家企业) rather than a name. */
    private static final Pattern COUNTED = Pattern.compile("^[0-9一二三四五六七八九十两]+[家个大批所类项].*");
    /** 研发、制造两大科技公司: a count after the items of a list (两大, 三家) makes the phrase a tally of firms, no name. */
    private static final Pattern COUNT_AFTER_ITEMS = Pattern.compile("[两三四五六七八九十几][大家个]");

    /** Two sides of a signing: (A)与(B)(正式…)签约/签订/签署, each side a few characters bounded by the clause or 由. */
    private static final Pattern SIGNING_SIDES = Pattern.compile(
            "(?:^|[，。；：、由])([^，。；：、与和由的]{2,8})与([^，。；：、与和的]{2,8}?)"
                    + "(?:正式|顺利|成功|现场|共同|再次)?(?:签约|签订|签署)");
    /** The sides of a signing, or the investors of 由A和B(共同)投资建设. */
    private static final Pattern SIDES = Pattern.compile(SIGNING_SIDES.pattern()
            + "|由([^，。；：、与和由的]{2,8}?)[和与、]([^，。；：、与和由的]{2,8}?)(?:共同|联合)?(?:投资建设|投资兴建|出资建设|投资|出资)");
    /** 首批项目, 第二批工程: a batch count right before the head. */
    private static final Pattern BATCH = Pattern.compile("(?:首|第[0-9一二三四五六七八九十]+|新一|一)批(?:重点|重大)?(?:项目|工程)$");
    /** Category nouns that end a description before a company's name in an apposition (物流平台A, 龙头企业B). */
    private static final List<String> CATEGORY_NOUNS = List.of("企业", "公司", "平台", "厂商", "品牌");
    private static final List<String> COMPANY_REFERENCES = List.of("该公司", "该集团", "该企业");
    /**
     * A speaker's own firm called bare (刘平介绍，公司将…; 邓立说，集团拟…): the word opens the clause after a verb of
     * saying and is the subject of an act (将, 拟, 计划 …), not a firm in general (企业要…).
     */
    private static final Pattern SPEAKERS_COMPANY = Pattern.compile(
            "(?:介绍|表示|说|称)[，,：:](公司|集团)(?=将|拟|计划|准备|决定|已|正|目前|今年|明年|预计|总投资|投资)");
    /** Between an amount and the project it builds in the next clause: 投资12亿元，(用于)建设P. */
    private static final Pattern BUILDS_NEXT = Pattern.compile("[，,](?:用于|主要|计划|将|拟)?(?:建设|新建|兴建|扩建|打造|实施)");
    /** A clause about a project already named or pointed back to (该项目总投资…, 项目总投资…, 此工程…). */
    private static final Pattern PROJECT_REFERENCE = Pattern.compile("项目|工程");
    private static final String GENERIC_COMPANY_START = "该我本子各全两分总此这";
    /** What stands before the 子 of 子公司: a stake (控股, 全资, 参股), a possessive (其, 的), a rank (二级) or 下属. */
    private static final String SUBSIDIARY_BEFORE = "股资的其各属下级家个";
    private static final String LIST_SEPARATORS = "、";
    /** Characters of a bracket note that is no part of a project's name: a caption, an amount, a date, a source. */
    private static final String NOT_A_NOTE = "图摄元年月日见";
    private static final String CLAUSE = "，。；：！？";
    /** Words of belonging between a parent and its company (远帆集团旗下禾光能源公司). */
    private static final List<String> UNDER_A_PARENT = List.of("旗下", "下属", "所属");
    /** Words that refer back to a thing just named (该基地, 此项目, 这个园区). */
    private static final List<String> REFERENCES = List.of("该", "此", "这一", "这个", "这座", "这条");
    /** Function words HanLP sometimes glues to the first word of a name (的县, 和磨里镇). */
    static final String GLUED_FUNCTION = "的和及与在对";
    private static final String PROJECT_GLUE_BLOCK = "的了在由与和及对向等是将把被从让为到赴来抓盯推助谋招促保";

    private final RuleWords lex;
    private final PersonFinder persons;
    /**
     * (investment word)(约|达…)(人民币)(figure)元, built from investment-words.txt, money-hedges.txt and the figures
     * {@link Amount} reads (3亿, 3.5亿, 五千万, ３．５亿).
     */
    private final Pattern money;
    /** An amount of money (3亿元, 约1.2亿元): after an industry word it makes that word a verb (投资3亿元). */
    private final Pattern amountAfter;

    EntityRules(RuleWords lex, PersonFinder persons) {
        this.lex = lex;
        this.persons = persons;
        // 完成投资 and 年度计划投资 report spending, not a project's size.
        this.money = Pattern.compile("(?<![完成年度])(" + String.join("|", lex.investmentWords)
                + ")(?:为|是)?(?:" + String.join("|", lex.moneyHedges) + ")?(?:人民币)?(" + lex.amount.figure + "+)元");
        this.amountAfter = Pattern.compile("[约近超过逾达]*(?:人民币)?" + lex.amount.figure + "+元");
    }

    /** Recognises the story's companies and projects and indexes where each is named. */
    Entities find(List<Sent> all, Map<Sent, List<Mention>> mentions, StoryFacts facts) {
        Entities e = new Entities();
        Map<String, Boolean> surfaces = new LinkedHashMap<>();
        Map<String, String> abbreviations = new LinkedHashMap<>();
        for (Sent st : all) {
            suffixCompanies(st, surfaces);
            listCompanies(st, mentions.getOrDefault(st, List.of()), surfaces);
            visitedTradeNames(st, surfaces);
            roleNamedCompanies(st, mentions.getOrDefault(st, List.of()), surfaces);
            visitedSiblings(st, mentions.getOrDefault(st, List.of()), surfaces);
            industryOpeners(st, surfaces);
            selfDescribed(st, mentions.getOrDefault(st, List.of()), surfaces);
        }
        for (Sent st : all) {
            signingParties(st, mentions.getOrDefault(st, List.of()), surfaces);
        }
        for (Sent st : all) {
            for (Mention m : mentions.getOrDefault(st, List.of())) {
                for (String t : m.titles()) {
                    titleCompany(t, surfaces);
                }
            }
            Matcher a = ABBREV.matcher(st.s);
            while (a.find()) {
                for (String s : surfaces.keySet()) {
                    if (st.s.startsWith(s, a.start() - s.length())) {
                        abbreviations.put(a.group(1), s);
                    }
                }
            }
        }
        dropGluedForms(surfaces, abbreviations);
        group(e, surfaces, abbreviations);
        stemAliases(e, all);
        List<String> forms = new ArrayList<>(e.companyBySurface.keySet());
        forms.sort(Comparator.comparingInt(String::length).reversed());
        List<String> printed = forms.stream().map(guanxi.nlp.Segmenter::normalize).toList();
        for (Sent st : all) {
            companySpans(e, st, forms, printed, facts);
        }
        dropFormsPrintedOnlyInside(e);
        companyReferences(e, all);
        // The headline too: a project is often named in full only there (…项目合作协议签订).
        for (Sent st : all) {
            projects(e, st, facts);
        }
        mergeNameOpeners(e);
        dropCaptionOnlyProjects(e, all);
        Span previous = null;
        for (Sent st : all) {
            if (!caption(st)) {
                investments(e, st, previous);
            }
            for (Span sp : e.spans(st)) {
                if (sp.kind() == EntityKind.PROJECT && st.index != Sent.HEADLINE) {
                    previous = sp;
                }
            }
        }
        return e;
    }

    // ---------------------------------------------------------------- companies

    /**
     * One-character prepositions that introduce a company's name after a verb (完成对…, 已被…); not 向 or 从, which open
     * firms' and places' names (向阳, 从江).
     */
    private static final String PREPOSITIONS_BEFORE_NAME = "对把被";

    private void suffixCompanies(Sent st, Map<String, Boolean> out) {
        boolean[] taken = new boolean[st.length()];
        for (Map.Entry<String, Boolean> suf : lex.companySuffixes.entrySet()) {
            String w = suf.getKey();
            for (int i = st.s.indexOf(w); i >= 0; i = st.s.indexOf(w, i + 1)) {
                if (taken[i] || taken[i + w.length() - 1]) {
                    continue;
                }
                java.util.Arrays.fill(taken, i, i + w.length(), true);
                int start = extendOverStemWord(st, persons.walkLeftOrg(st, i, 0, true), i);
                for (int de = st.s.lastIndexOf('的', i - 1); de >= start && de + 2 < i; de = -1) {
                    // 引进/v 的白河科技有限公司/nt, 合作的石门建材有限公司/nt: the segmenter glued the clause's 的 (and the
                    // words before it) to the name, which starts after it; 的士 (taxi) is a trade's word, not the particle.
                    if (st.at(de + 1) != '士') {
                        start = de + 1;
                    }
                }
                if ("为系是".indexOf(st.at(start)) >= 0 && start + 2 < i && lex.companySuffixEndsAt(st.s, start)) {
                    // 远川食品有限公司为恒远集团/nt 全资子公司: the copula between two companies glued to the second.
                    start++;
                }
                if (suf.getValue()) {
                    start = extendLegalName(st, start);
                }
                int and = Math.max(st.s.lastIndexOf('和', i - 1), Math.max(st.s.lastIndexOf('与', i - 1),
                        st.s.lastIndexOf('及', i - 1)));
                if (and >= start && i - and > 3) {
                    // 青禾县和远帆集团: a place glued to the name by the segmenter ends at 和.
                    start = and + 1;
                }
                int inner = st.s.lastIndexOf("公司", i - 1);
                // 某某股份有限公司湖南分公司: a branch's name holds its parent's; an apposition (子公司X) does not.
                boolean branch = st.at(i - 1) == '分' && w.equals("公司");
                if (branch && inner >= 0 && inner + 2 == start) {
                    // The walk stopped at the parent's name: the branch's name runs over it.
                    for (String parent : out.keySet()) {
                        if (parent.length() >= 4 && st.raw.startsWith(parent, start - parent.length())) {
                            start -= parent.length();
                            break;
                        }
                    }
                }
                if (inner >= start && inner + 2 < i && !branch) {
                    // 的子公司禾光能源有限公司: a company word before the name is the apposition's, not the name's.
                    start = inner + 2;
                }
                int group = st.s.lastIndexOf("集团", i - 1);
                if (group >= start && group + 2 < i && clauseWordAfter(st, group + 2)) {
                    // 远帆集团向禾光能源有限公司…, 远帆集团成功并购禾光…: another company, then the clause's own words.
                    start = group + 2;
                    while (start < i) {
                        Token t = st.tokenAt(start);
                        if (PROJECT_GLUE_BLOCK.indexOf(st.at(start)) >= 0) {
                            start++;
                        } else if (t != null && t.start() == start && t.end() < i && !t.tag().startsWith("n")) {
                            start = t.end();
                        } else {
                            break;
                        }
                    }
                }
                for (String under : UNDER_A_PARENT) {
                    int u = st.s.lastIndexOf(under, i - 1);
                    if (u > start && u + under.length() + 2 <= i) {
                        // 远帆集团所属禾光能源有限公司: the parent and the word of belonging are no part of the name.
                        start = u + under.length();
                        if (st.at(start) == '的') {
                            start++;
                        }
                    }
                }
                for (String role : lex.companyRoleNouns) {
                    int r = st.s.lastIndexOf(role, i - 1);
                    if (r >= 0 && r + role.length() > start && r + role.length() + 2 <= i) {
                        // 投资方华岭电子有限公司 read as one name: the role noun describes the firm (开发商为…: and the
                        // copula after it is the clause's).
                        start = r + role.length();
                        if (st.at(start) == '为' || st.at(start) == '是') {
                            start++;
                        }
                    }
                }
                Token verbBefore = start > 0 ? st.tokenAt(start - 1) : null;
                if (PREPOSITIONS_BEFORE_NAME.indexOf(st.at(start)) >= 0 && start + 4 < i && verbBefore != null
                        && (verbBefore.tag().startsWith("v") || verbBefore.tag().startsWith("d"))) {
                    // 完成对青禾化工有限公司的收购, the segmenter gluing 对 to the name: after a verb, the preposition
                    // introduces the name and is no part of it.
                    start++;
                }
                String prefix = st.s.substring(start, i);
                String name = st.raw.substring(start, i + w.length());
                if (validCompanyPrefix(prefix, suf.getValue()) && balanced(name)) {
                    out.merge(name, suf.getValue(), Boolean::logicalOr);
                }
            }
        }
    }

    /** True when a function word, an adverb or a verb follows a group's name at {@code k}: the clause goes on there. */
    private static boolean clauseWordAfter(Sent st, int k) {
        if (PROJECT_GLUE_BLOCK.indexOf(st.at(k)) >= 0) {
            return true;
        }
        Token t = st.tokenAt(k);
        if (t == null || t.start() != k) {
            return false;
        }
        String tag = t.tag();
        Token next = st.tokenAt(t.end());
        // 成功并购: an adjective is the clause's only before a verb.
        boolean adjectiveOfVerb = tag.equals("a") && next != null && next.tag().startsWith("v");
        return tag.startsWith("d") || tag.startsWith("p") || tag.startsWith("v") && !tag.equals("vn")
                || tag.equals("ad") || adjectiveOfVerb;
    }

    /** The enterprise word (控股, 建设 …) that ends {@code prefix} after at least two characters of name, or null. */
    private String stemWord(String prefix) {
        for (String w : lex.companyStemWords) {
            if (prefix.endsWith(w) && prefix.length() - w.length() >= 2
                    && GENERIC_COMPANY_START.indexOf(prefix.charAt(0)) < 0 && !prefix.endsWith("子" + w)) {
                return w;
            }
        }
        return null;
    }

    /**
     * The walk over organisation-like words stops at an enterprise word the segmenter tagged as a verb (建设, 投资):
     * when a name-like word stands before it, the name goes on (江海建设有限公司).
     */
    private int extendOverStemWord(Sent st, int start, int suffixAt) {
        for (String w : lex.companyStemWords) {
            int at = start - w.length();
            if (at >= 1 && st.s.startsWith(w, at) && (start == suffixAt || start < suffixAt)) {
                int k = persons.walkLeftOrg(st, at, 0, true);
                if (k < at && at - k >= 2) {
                    return k;
                }
            }
        }
        return start;
    }

    /**
     * A full legal name (…有限公司) runs left to the clause's own words: punctuation, a verb (also a visit verb the
     * segmenter tags as an adverb: 深入/ad), a function word, a pronoun or a category noun (企业, 平台) before an
     * apposition. Words the organisation walk stops at inside such
     * a name (a word read as a person's name, 世纪, 中) are part of it: 湖南照云世纪博远科技有限公司.
     */
    private int extendLegalName(Sent st, int start) {
        int k = start;
        while (k > 0) {
            Token t = st.tokenAt(k - 1);
            if (t == null || t.start() < 0) {
                break;
            }
            String w = t.word();
            String tag = t.tag();
            boolean function = tag.startsWith("w") || tag.startsWith("u") || tag.startsWith("p") || tag.startsWith("c")
                    || tag.startsWith("d") || tag.equals("ad") || tag.startsWith("r") || tag.startsWith("y") || tag.startsWith("e")
                    || tag.startsWith("o") || tag.startsWith("v") && !tag.equals("vn")
                    || tag.startsWith("f") && !w.equals("中") || tag.equals("t") || tag.startsWith("m") && k == start
                    || w.length() == 1 && PROJECT_GLUE_BLOCK.indexOf(w.charAt(0)) >= 0;
            if (function || lex.orgStop.contains(w) || lex.visitVerbs.contains(w) || endsWithAny(w, lex.companyRoleNouns)
                    || w.endsWith("企业") || w.endsWith("公司") || w.endsWith("平台")
                    || w.endsWith("集团") || lex.titleIndex.occursIn(w) || lex.orgHeads.stream().anyMatch(w::endsWith)) {
                break;
            }
            k = t.start();
        }
        // Only words the walk refused: a name is not lengthened over a clause of its own.
        return k < start && start - k <= 6 ? k : start;
    }

    private static boolean balanced(String s) {
        String n = guanxi.nlp.Segmenter.normalize(s);
        return n.chars().filter(c -> c == '（').count() == n.chars().filter(c -> c == '）').count();
    }

    private boolean validCompanyPrefix(String prefix, boolean legal) {
        // 控股 inside a name is the parent's stake (A控股B公司) unless it ends the name's stem (远帆控股集团).
        String stemWord = stemWord(prefix);
        String inner = stemWord == null ? prefix : prefix.substring(0, prefix.length() - stemWord.length());
        if (prefix.length() < 2 || GENERIC_COMPANY_START.indexOf(prefix.charAt(0)) >= 0 || subsidiaryWord(prefix)
                || inner.contains("控股") || prefix.contains("全资") || prefix.endsWith("上市")
                || NOT_A_NAME_PART.matcher(prefix).matches()) {
            return false;
        }
        if (!legal && (COUNTED.matcher(prefix).matches() || COUNT_AFTER_ITEMS.matcher(prefix).find()
                || lex.evaluative.stream().anyMatch(prefix::contains))) {
            return false;
        }
        for (String g : lex.companyGeneric) {
            // 分 and 总 after a name of their own (远帆集团青禾分公司) make a branch's or head office's name.
            boolean named = g.length() == 1 && "分总".contains(g) && prefix.length() - 1 >= 3;
            if (prefix.endsWith(g) && !legal && stemWord == null && !named) {
                return false;
            }
        }
        return !subsidiaryWord(prefix) && !lex.projectGeneric.contains(prefix);
    }

    /**
     * True when the words before a company suffix end in the 子 of 子公司 (控股子公司, 其子公司, 下属子公司), not in a word
     * of the name that ends in 子 (华岭电子有限公司, 金种子集团).
     */
    private static boolean subsidiaryWord(String prefix) {
        return prefix.endsWith("子") && (prefix.length() == 1
                || SUBSIDIARY_BEFORE.indexOf(prefix.charAt(prefix.length() - 2)) >= 0);
    }

    /** 远帆科技、禾光能源、华拓数据等企业; 远帆科技、禾光能源、华拓数据3家企业. */
    private void listCompanies(Sent st, List<Mention> ms, Map<String, Boolean> out) {
        // A list end is 等 or a count's 家 right before 企业 or 公司; most sentences have neither pair.
        if (st.s.indexOf('等') < 0 && st.s.indexOf('家') < 0
                || !st.s.contains("企业") && !st.s.contains("公司") && !st.s.contains("单位")) {
            return;
        }
        Matcher m = COMPANY_LIST_END.matcher(st.s);
        while (m.find()) {
            boolean verbInGap = false;
            for (int k = m.start() + 1; k < m.end() - 2; k++) {
                Token t = st.tokenAt(k);
                verbInGap |= t != null && t.tag().startsWith("v") && !t.tag().equals("vn");
            }
            int gapStart = m.group().charAt(0) == '等' ? m.start() + 1 : m.start() + m.group().indexOf('家') + 1;
            String gap = st.s.substring(gapStart, m.end() - 2).replaceFirst("^[0-9一二三四五六七八九十两]+家", "");
            gap = gap.endsWith("的") ? gap.substring(0, gap.length() - 1) : gap;
            if (verbInGap && !lex.companyListWords.contains(gap)) {
                // 甲、乙等参观了企业: the words after 等 are a clause, not a description of the list (等入驻企业 is).
                continue;
            }
            List<int[]> items = new ArrayList<>(listBefore(st, m.start(), 1, false));
            int clause = clauseStart(st, m.start());
            // 甲平台A；乙企业B；…C等企业: items set apart by semicolons, each a description and then the name.
            boolean semicolons = clause > 0 && st.at(clause - 1) == '；';
            if (semicolons && st.s.substring(clause, m.start()).indexOf('、') < 0) {
                items = new ArrayList<>(List.<int[]>of(new int[]{clause, m.start()}));
            }
            for (int end = clause - 1; semicolons && end > 0 && st.at(end) == '；'; ) {
                int start = clauseStart(st, end);
                while (start > 0 && st.at(start - 1) == '，') {
                    start = clauseStart(st, start - 1);
                }
                int comma = st.s.indexOf('，', start);
                items.add(0, new int[]{start, comma >= 0 && comma < end ? comma : end});
                end = start - 1;
            }
            if (items.size() < 2) {
                continue;
            }
            if (m.group().endsWith("单位") && items.stream().noneMatch(it -> endsWithAny(
                    st.s.substring(it[0], it[1]), List.of("公司", "集团")))) {
                // 甲局、乙局等单位: units are firms only in a list that holds a company.
                continue;
            }
            for (int[] item : items) {
                int from = semicolons ? afterDescription(st, item[0], item[1]) : item[0];
                String name = st.raw.substring(from, item[1]).strip();
                int from0 = from;
                boolean person = ms.stream().anyMatch(x -> x.start() < item[1] && x.end() > from0);
                if (name.length() >= 2 && name.length() <= 16 && !endsWithAny(name, lex.orgHeads)
                        && !lex.titleIndex.occursIn(name) && !name.contains("的") && !person
                        && !endsWithAny(name, lex.projectHeads) && !endsWithAny(name, lex.projectFacilityHeads)
                        && !endsWithAny(name, lex.buildingNouns)
                        // 物流、能源三家公司: an item that is only a trade's word names a line of business, no firm.
                        && !lex.companyIndustryWords.contains(name) && !lex.companyGeneric.contains(name)) {
                    out.putIfAbsent(name, false);
                }
            }
        }
    }

    /** 国内最大的物流平台A, 全国百强企业B: where the name starts after a description that ends in a category noun. */
    private static int afterDescription(Sent st, int start, int end) {
        int from = start;
        for (String noun : CATEGORY_NOUNS) {
            int at = st.s.lastIndexOf(noun, end - 1);
            if (at >= start && at + noun.length() <= end - 2) {
                from = Math.max(from, at + noun.length());
            }
        }
        return from;
    }

    /**
     * 投资方为禾光, 承建方是远帆智联: the name a firm's role noun (company-role-nouns.txt) is said to be, running to the
     * end of the clause, is a company even when it is a bare brand; it must read as a trade name (no place, body,
     * category or person) and be no generic word.
     */
    private void roleNamedCompanies(Sent st, List<Mention> ms, Map<String, Boolean> out) {
        if (st.s.indexOf('为') < 0 && st.s.indexOf('是') < 0) {
            return;
        }
        for (String role : lex.companyRoleNouns) {
            for (int r = st.s.indexOf(role); r >= 0; r = st.s.indexOf(role, r + 1)) {
                int start = r + role.length() + 1;
                if (start >= st.length() || st.at(start - 1) != '为' && st.at(start - 1) != '是') {
                    continue;
                }
                int end = start;
                while (end < st.length() && end - start <= 8 && "，。；、（：".indexOf(st.at(end)) < 0) {
                    end++;
                }
                int s0 = start;
                int e0 = end;
                boolean person = ms.stream().anyMatch(m -> m.start() < e0 && m.end() > s0);
                String name = st.raw.substring(start, end).strip();
                Token first = st.tokenAt(start);
                // 方是远/nr 帆/n 智联/nz: the segmenter glued the copula to the name's start; at least two characters
                // of name-like words must follow the glued word (方为王/nr 力/n is a person's name).
                boolean glued = first != null && first.start() < start && end - first.end() >= 2
                        && (first.tag().startsWith("nr") || first.tag().equals("nz"))
                        && tradeNameText(name) && transliteratedTail(st, first.end(), end);
                // 合作方为王力: a name the segmenter reads as a person's, whole, is a person's.
                boolean personReading = first != null && first.start() == start && first.end() == end
                        && first.tag().startsWith("nr");
                if (end < st.length() && "，。；、".indexOf(st.at(end)) >= 0 && !person && !personReading
                        && !lex.companyGeneric.contains(name) && (glued || tradeName(st, start, end))) {
                    out.putIfAbsent(name, false);
                }
            }
        }
    }

    /**
     * 莅临禾光网, 到访远帆智联, 赴禾光网调研: a short name that an official calls on, made only of name-like words (no
     * place, no verb, no organisation head), is a company's trade name.
     */
    private void visitedTradeNames(Sent st, Map<String, Boolean> out) {
        // What CALLED_ON needs: 莅临/到访/来访/走访/观摩, or 赴/到 with 调研/考察 after it.
        boolean callWord = st.s.contains("莅临") || st.s.contains("到访") || st.s.contains("来访") || st.s.contains("走访")
                || st.s.contains("观摩");
        boolean goesToSurvey = (st.s.indexOf('赴') >= 0 || st.s.indexOf('到') >= 0)
                && (st.s.contains("调研") || st.s.contains("考察"));
        if (!callWord && !goesToSurvey) {
            return;
        }
        Matcher m = CALLED_ON.matcher(st.s);
        while (m.find()) {
            int g = m.group(1) != null ? 1 : m.group(2) != null ? 2 : 3;
            int start = m.start(g);
            int end = m.end(g);
            if (tradeName(st, start, end)) {
                out.putIfAbsent(st.raw.substring(start, end), false);
            }
        }
    }

    /**
     * 深入江北炼化、远洋公司生产一线: in a list of places visited, an item beside a company (a name with a company
     * suffix) that is made of name-like words only is a company's short name too.
     */
    private void visitedSiblings(Sent st, List<Mention> ms, Map<String, Boolean> out) {
        if (st.s.indexOf('、') < 0 || out.keySet().stream().noneMatch(k -> hasCompanySuffix(k)
                && st.s.contains(guanxi.nlp.Segmenter.normalize(k)))) {
            return;
        }
        for (int i = 0; i < st.length(); i++) {
            List<String> verbs = lex.visitVerbIndex.at(st.s, i);
            if (verbs.isEmpty() || !st.tokenStartsAt(i)) {
                continue;
            }
            int from = i + verbs.get(0).length();
            if (st.at(from) == '了') {
                from++;
            }
            List<int[]> items = listAfter(st, from);
            if (items.size() < 2) {
                continue;
            }
            boolean company = false;
            for (int[] it : items) {
                String item = st.s.substring(it[0], it[1]);
                company |= out.keySet().stream().anyMatch(k -> hasCompanySuffix(k) && item.startsWith(
                        guanxi.nlp.Segmenter.normalize(k)));
            }
            for (int[] it : company ? items : List.<int[]>of()) {
                String item = st.s.substring(it[0], it[1]);
                boolean person = ms.stream().anyMatch(x -> x.start() < it[1] && x.end() > it[0]);
                boolean known = out.keySet().stream().anyMatch(k -> item.startsWith(guanxi.nlp.Segmenter.normalize(k)));
                boolean place = endsWithAny(item, lex.projectFacilityHeads) || endsWithAny(item, lex.buildingNouns);
                if (!person && !known && !place && it[1] - it[0] <= 6 && tradeName(st, it[0], it[1])) {
                    out.putIfAbsent(st.raw.substring(it[0], it[1]), false);
                }
            }
        }
    }

    /**
     * 星禾食品深加工项目, 远山新材年产2万吨…, 博越药业…研究中心: a brand (a proper-name word, no place) and an industry word
     * (company-industry-words.txt) that open a project's name, a plant's output or a firm's own lab are a company's
     * short name.
     */
    private void industryOpeners(Sent st, Map<String, Boolean> out) {
        for (int end = 3; end <= st.length(); end++) {
            int len = lex.companyIndustryIndex.longestEndingAt(st.s, end);
            int i = end - len;
            if (len == 0 || !st.tokenEndsAt(end) || i < 2 || amountAfter.matcher(st.s).region(end, st.length()).lookingAt()) {
                // 在经开区投资3亿元新建…: an industry word that an amount of money follows is the verb (投资), no name.
                continue;
            }
            int own = opensOwnThing(st, end);
            // A firm's own lab is a strong cue: a common noun may be the brand there (青峦药业…重点实验室).
            int start = own == 0 ? visitedBrand(st, i, end) : brandStart(st, i, own == OWN_UNIT);
            if (start < 0) {
                continue;
            }
            String name = st.raw.substring(start, end);
            if (!lex.projectGeneric.contains(st.s.substring(start, i)) && !lex.titleIndex.occursIn(name)
                    && out.keySet().stream().noneMatch(k -> k.contains(name))) {
                out.putIfAbsent(name, false);
            }
        }
    }

    /**
     * Where the brand before an industry word at {@code i} starts: two to four characters of words the segmenter reads
     * as a proper name (a name, a brand, an organisation or an unknown word; no place), opening at the clause start or
     * after a function word or a verb; -1 when there is none.
     */
    private int brandStart(Sent st, int i, boolean common) {
        Token t = st.tokenAt(i);
        int k = i;
        boolean proper = false;
        Token one = st.tokenAt(i - 1);
        if (common && one != null && one.end() == i && one.word().length() == 2 && one.tag().equals("n")
                && !lex.projectGeneric.contains(one.word())) {
            // A two-character common noun alone before the industry word.
            t = null;
            k = one.start();
            proper = true;
        }
        if (proper) {
            // taken above
        } else if (t != null && t.start() < i) {
            // 华拓电子 read as one organisation word.
            k = t.start();
            proper = t.tag().startsWith("nt") || t.tag().equals("nz");
        } else {
            while (k > 0 && i - k < 4) {
                Token b = st.tokenAt(k - 1);
                if (b == null || b.start() < 0) {
                    break;
                }
                String tag = b.tag();
                boolean nameLike = tag.startsWith("nr") || tag.equals("nz") || tag.startsWith("nt") || tag.equals("j")
                        || tag.equals("x") || tag.equals("ng") || tag.equals("b") || tag.equals("a") && b.word().length() == 1;
                if (!nameLike || i - b.start() > 4) {
                    break;
                }
                proper |= tag.startsWith("nr") || tag.equals("nz") || tag.startsWith("nt") || tag.equals("j")
                        || tag.equals("x");
                k = b.start();
            }
        }
        if (!proper || i - k < 2 || i - k > 4) {
            return -1;
        }
        Token before = st.tokenAt(k - 1);
        if (k == 0 || before == null) {
            return k;
        }
        String tag = before.tag();
        // 之 in a name (浩之…) is no boundary; 的, 了 and the like are.
        boolean boundary = tag.startsWith("w") || tag.startsWith("u") && !tag.equals("uzhi") || tag.startsWith("p")
                || tag.startsWith("c") || tag.startsWith("v") && !tag.equals("vn") || tag.startsWith("d")
                || tag.equals("t")
                // 深入/ad, 调研/vn: a visit verb the segmenter tags otherwise still ends the words before the brand.
                || lex.visitVerbs.contains(before.word());
        return boundary ? k : -1;
    }

    /**
     * 深入金穗米业、宏兴牧业, 在宏兴牧业调研: a brand and an industry word standing whole as what a visit verb (or 在)
     * governs (在 only with a visit verb right after the item), or as the next item of such a list, are a company's
     * short name; the item ends at the clause, at the list's joints or at a visit verb. Returns the brand's start, or -1.
     */
    private int visitedBrand(Sent st, int i, int end) {
        boolean surveyAfter = st.tokenStartsAt(end) && !lex.visitVerbIndex.at(st.s, end).isEmpty();
        boolean closed = end == st.length() || ITEM_END.indexOf(st.at(end)) >= 0 || surveyAfter;
        int k = closed ? brandStart(st, i, false) : -1;
        if (k <= 0) {
            return -1;
        }
        int v = st.at(k - 1) == '了' ? k - 1 : k;
        for (String verb : lex.visitVerbs) {
            if (v >= verb.length() && st.s.startsWith(verb, v - verb.length()) && st.tokenEndsAt(v)) {
                return k;
            }
        }
        if (st.at(k - 1) == '在' && surveyAfter) {
            return k;
        }
        if (LIST_JOINT.indexOf(st.at(k - 1)) >= 0) {
            // The next item of a list: the list must hang on a visit verb earlier in the clause.
            int clause = k - 1;
            while (clause > 0 && CLAUSE.indexOf(st.s.charAt(clause - 1)) < 0) {
                clause--;
            }
            for (int p = clause; p < k - 1; p++) {
                if (!lex.visitVerbIndex.at(st.s, p).isEmpty() && st.tokenStartsAt(p)) {
                    return k;
                }
            }
        }
        return -1;
    }

    /** What may follow a visited item: the clause's or the list's punctuation, a conjunction, 等. */
    private static final String ITEM_END = "，。；、和与及等";
    private static final String LIST_JOINT = "、和与及";


    private static final int OWN_PROJECT = 1;
    private static final int OWN_UNIT = 2;

    /**
     * After a company's short name: a plant's output or building (年产, 新建 …) or, within the clause, its project
     * ({@value #OWN_PROJECT}), or its own lab ({@value #OWN_UNIT}); 0 for none.
     */
    private int opensOwnThing(Sent st, int end) {
        for (String w : lex.companyOpenerWords) {
            if (st.s.startsWith(w, end)) {
                return OWN_PROJECT;
            }
        }
        int k = end;
        while (k < st.length() && k - end <= 24 && CLAUSE.indexOf(st.at(k)) < 0 && st.at(k) != '、'
                && st.at(k) != '的') {
            k++;
            if (k == end + 1 && lex.projectFacilityHeads.stream().anyMatch(h -> st.s.startsWith(h, end))) {
                // 石桥光伏电站项目: the industry word describes the facility, the word before it is its place.
                return 0;
            }
            if (st.tokenEndsAt(k) && k - end >= 3 && (endsBefore(st, k, lex.projectHeads)
                    || endsBefore(st, k, lex.companyPlantHeads))) {
                return OWN_PROJECT;
            }
            if (st.tokenEndsAt(k) && k - end >= 3 && endsBefore(st, k, lex.companyUnitHeads)) {
                return OWN_UNIT;
            }
        }
        return 0;
    }

    /** 星禾科技是一家…企业, 星禾科技自成立以来: a short name described as an enterprise is a company's. */
    private void selfDescribed(Sent st, List<Mention> ms, Map<String, Boolean> out) {
        if (!st.s.contains("以来") && !st.s.contains("企业") && !st.s.contains("公司")) {
            return;
        }
        Matcher m = SELF_DESCRIBED.matcher(st.s);
        while (m.find()) {
            int start = m.start(1);
            int end = m.end(1);
            String name = st.s.substring(start, end);
            boolean known = out.keySet().stream().anyMatch(k -> k.contains(name) || name.contains(k));
            boolean copula = m.group(2) != null;
            boolean oneFirm = copula && st.s.startsWith("一家", m.end(2));
            // 关键是服务好企业: a lone common noun says what matters; only 是一家… makes it a firm.
            boolean loneNoun = copula && !oneFirm && commonNounOnly(st, start, end);
            boolean nameLike = !loneNoun && (tradeName(st, start, end) && !personOnly(st, start, end)
                    || copula && describedAsFirm(st, start, end, ms, oneFirm));
            if (!known && !lex.titleIndex.occursIn(name) && nameLike) {
                out.putIfAbsent(st.raw.substring(start, end), false);
            }
        }
    }

    /**
     * 博瑞德是一家…企业, 恒达新材是…重点企业: the clause calls its subject an enterprise, so the subject is a firm's
     * name even when the segmenter reads a brand's characters as a person's name (华新达/nr) or as single adjectives and
     * verbs (恒/ag 达/v 新/a 材/ng). Still no name: a pronoun, a time, a place alone, a function word, an adverb, a word
     * of two or more characters read as a verb (a clause, not a name), a person named as such in the story, or a word
     * that reads as a Han person's name (surname first, three characters at most) unless the firm's measure word
     * follows (是一家…).
     */
    private boolean describedAsFirm(Sent st, int start, int end, List<Mention> ms, boolean oneFirm) {
        List<Token> within = st.tokensWithin(start, end);
        if (within == null || within.isEmpty() || !tradeNameText(st.s.substring(start, end))
                || ms.stream().anyMatch(x -> x.end() > start && x.chainStart() < end)) {
            return false;
        }
        Token only = within.size() == 1 ? within.get(0) : null;
        if (only != null && only.tag().startsWith("ns")) {
            return false;
        }
        if (only != null && only.tag().startsWith("nr") && only.word().length() <= 3 && persons.surnameOk(st, start)
                && !oneFirm) {
            // 王立平是…企业 reads as a person's name: only the firm's measure word (是一家…) makes it a firm's.
            return false;
        }
        for (Token t : within) {
            String tag = t.tag();
            boolean clauseWord = tag.startsWith("r") || tag.startsWith("t") || tag.startsWith("p") || tag.startsWith("c")
                    || tag.startsWith("u") || tag.startsWith("d") || tag.startsWith("w") || tag.startsWith("q")
                    || tag.startsWith("v") && !tag.equals("vn") && t.word().length() > 1;
            if (clauseWord || lex.orgStop.contains(t.word())) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the words are one common noun and nothing more: 关键是服务好企业, 目标是培育龙头企业 say what matters,
     * and name no firm, unless the firm's measure word follows (是一家…企业).
     */
    private static boolean commonNounOnly(Sent st, int start, int end) {
        Token t = st.tokenAt(start);
        return t != null && t.start() == start && t.end() == end && t.tag().equals("n");
    }

    /** True when the words are one person's name and nothing more (王立平是…). */
    private static boolean personOnly(Sent st, int start, int end) {
        Token t = st.tokenAt(start);
        return t != null && t.start() == start && t.end() == end && t.tag().startsWith("nr");
    }

    /**
     * 远帆重工与鹭岛航空签订…, 华拓科技与滨海新区管委会签约: the two sides of 与 before a signing verb are parties;
     * a side made only of name-like words (no place alone, no person, no title, no body's head) is a company's
     * short name. Each side is bounded by the clause start (or 由), 与 and the verb with its adverbs.
     */
    private void signingParties(Sent st, List<Mention> ms, Map<String, Boolean> out) {
        if (st.s.indexOf('签') < 0 && st.s.indexOf('由') < 0) {
            return;
        }
        Matcher m = SIGNING_SIDES.matcher(st.s);
        if (st.s.indexOf('由') >= 0) {
            m = SIDES.matcher(st.s);
        }
        while (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.group(g) == null) {
                    continue;
                }
                int start = m.start(g);
                int end = m.end(g);
                String name = st.s.substring(start, end);
                boolean person = ms.stream().anyMatch(x -> x.end() > start && x.chainStart() < end);
                boolean known = out.keySet().stream().anyMatch(k -> k.contains(name) || name.contains(k));
                if (!person && !known && !lex.titleIndex.occursIn(name) && tradeName(st, start, end)) {
                    out.putIfAbsent(st.raw.substring(start, end), false);
                }
            }
        }
    }

    private boolean tradeName(Sent st, int start, int end) {
        String name = st.s.substring(start, end);
        if (placeAndIndustry(st, start, end)) {
            return true;
        }
        if (!tradeNameText(name)) {
            return false;
        }
        return nameLikeTokens(st, start, end);
    }

    /** The words a trade name may not be or end in: a body's head, a category, a level word, a pronoun, a place. */
    private boolean tradeNameText(String name) {
        return !(name.length() < 2 || name.length() > 8 || endsWithAny(name, lex.orgHeads) || lex.orgStop.contains(name)
                || endsWithAny(name, CATEGORY_NOUNS)
                // 县里, 市内: a level word and a locative refer to a government, never to a firm.
                || name.length() == 2 && "县市区镇乡省州".indexOf(name.charAt(0)) >= 0
                || "我本该贵其此".indexOf(name.charAt(0)) >= 0
                || "县市区镇乡村州省国".indexOf(name.charAt(name.length() - 1)) >= 0);
    }

    /**
     * True when the words from {@code start} to {@code end} read as the rest of a name: nouns, names and the parts of
     * a transliteration (巴斯/nsf 夫/ng), but no plain place, verb or function word.
     */
    private boolean transliteratedTail(Sent st, int start, int end) {
        List<Token> within = st.tokensWithin(start, end);
        if (within == null || within.isEmpty()) {
            return false;
        }
        for (Token t : within) {
            String tag = t.tag();
            boolean part = tag.equals("nsf") || tag.equals("ng") || tag.equals("nz") || tag.equals("n")
                    || tag.startsWith("nr") || tag.equals("x") || tag.equals("nx");
            if (!part || lex.orgStop.contains(t.word())) {
                return false;
            }
        }
        return true;
    }

    /** True when the words from {@code start} to {@code end} are all name-like (no place, verb or function word). */
    private boolean nameLikeTokens(Sent st, int start, int end) {
        List<Token> within = st.tokensWithin(start, end);
        if (within == null) {
            return false;
        }
        for (Token t : within) {
            String tag = t.tag();
            // A place word (东方, 南方) may open a trade name when more of the name follows it.
            boolean nameLike = tag.equals("nz") || tag.startsWith("nt") || tag.equals("n") || tag.equals("j")
                    || tag.equals("x") || tag.equals("nx") || tag.startsWith("nr") || tag.equals("m")
                    || tag.equals("s") && t.start() == start && t.end() < end;
            if (!nameLike || tag.startsWith("ns") || lex.orgStop.contains(t.word())) {
                return false;
            }
        }
        return true;
    }

    /**
     * 中国石化, 萍安钢铁: a place, a name part and an industry word (company-industry-words.txt) make a short company
     * name even though a place alone does not; every word is name-like and no word is a body's head.
     */
    private boolean placeAndIndustry(Sent st, int start, int end) {
        String name = st.s.substring(start, end);
        String industry = lex.companyIndustryWords.stream().filter(name::endsWith).findFirst().orElse(null);
        if (industry == null || name.length() - industry.length() < 2 || name.length() > 8
                || endsWithAny(name, lex.orgHeads) || lex.titleIndex.occursIn(name)) {
            return false;
        }
        boolean place = false;
        List<Token> within = st.tokensWithin(start, end);
        if (within == null) {
            return false;
        }
        for (Token t : within) {
            String tag = t.tag();
            place |= tag.startsWith("ns") && t.start() == start;
            boolean nameLike = tag.startsWith("n") && !tag.startsWith("nr") || tag.equals("j") || tag.equals("x")
                    || tag.equals("ag") || tag.equals("a") || tag.equals("b") || tag.equals("m") || tag.equals("vn");
            if (!nameLike || lex.orgStop.contains(t.word())) {
                return false;
            }
        }
        return place || st.tokenStartsAt(start) && st.tokenAt(start).tag().equals("nz");
    }

    /** 远航董事长, 88智造CEO: the organisation part of a corporate title names a company. */
    private void titleCompany(String title, Map<String, Boolean> out) {
        for (String ct : lex.corporateTitles) {
            if (title.endsWith(ct) && title.length() > ct.length() + 1) {
                String org = title.substring(0, title.length() - ct.length());
                for (String region : lex.companyRegions) {
                    if (org.endsWith(region) && org.length() > region.length() + 1) {
                        // 某某中国区总裁: the region is the post's part of the firm; the firm is what stands before it.
                        org = org.substring(0, org.length() - region.length());
                        break;
                    }
                }
                if (org.matches("(?:集团|总|母|子|分)?公司|集团") || endsWithAny(org, lex.orgHeads)
                        || org.endsWith("副") || org.endsWith("执行") || org.endsWith("常务")
                        || out.keySet().stream().anyMatch(org::contains) || org.endsWith("党委")
                        || lex.corporateLinePosts.contains(ct) && commonWordsOnly(org)) {
                    return;
                }
                out.putIfAbsent(org, false);
                return;
            }
        }
    }

    /**
     * A part of a name made only of common words (nouns, verbal and adjectival nouns, verbs, adjectives, institution
     * nouns such as 公司), with no level of administration as a word of its own. Before a post heading a line of work
     * (市场总监, 人力资源总监) it is that line inside a firm, not a firm; before a firm's room or plant (企业展厅,
     * 智能生产线, 生产车间) it is the firm's own, not a place visited. A trade or place name has a word of its own
     * (华泰/nt, 红旗渠/ns) or a level (县/n 规划展馆; 市场 is no level). Before a post of the whole firm (南航/n 董事长) a
     * common word is the firm's short name, so callers ask only before those heads.
     */
    static boolean commonWordsOnly(String part) {
        if (part.isEmpty()) {
            return false;
        }
        for (Token t : guanxi.nlp.Segmenter.get().segment(part)) {
            boolean level = t.word().length() == 1 && ADMIN_LEVELS.contains(t.word());
            if (level || !COMMON_WORD_TAGS.contains(t.tag())) {
                return false;
            }
        }
        return true;
    }

    /** 远帆智联 for 远帆智联集团: a group's name printed bare elsewhere in the story is one of its forms. */
    private void stemAliases(Entities e, List<Sent> all) {
        for (CompanyGroup g : new ArrayList<>(e.companies)) {
            List<String> forms = new ArrayList<>(g.aliases);
            forms.add(g.name);
            for (String f : forms) {
                if (!f.endsWith("集团") || f.length() < 4) {
                    continue;
                }
                String stem = f.substring(0, f.length() - 2);
                if (e.companyBySurface.containsKey(stem)) {
                    continue;
                }
                for (Sent st : all) {
                    int i = st.s.indexOf(stem);
                    if (i >= 0 && !st.s.startsWith("集团", i + stem.length()) && !st.s.startsWith("公司", i + stem.length())
                            && e.companyBySurface.keySet().stream().noneMatch(o -> o.length() > stem.length()
                            && st.s.indexOf(o) >= 0 && st.s.indexOf(o) <= i && st.s.indexOf(o) + o.length() > i)) {
                        g.aliases.add(stem);
                        e.companyBySurface.put(stem, g);
                        break;
                    }
                }
            }
        }
    }

    /**
     * A non-legal form that ends with a shorter known form is that form with words glued before it; a province before
     * it (浙江华拓集团 beside 华拓集团) is the company's own longer name, not glue.
     */
    private void dropGluedForms(Map<String, Boolean> surfaces, Map<String, String> abbreviations) {
        List<String> known = new ArrayList<>(surfaces.keySet());
        known.addAll(abbreviations.keySet());
        surfaces.keySet().removeIf(s -> !surfaces.get(s)
                && known.stream().anyMatch(k -> k.length() >= 3 && k.length() < s.length() && s.endsWith(k)
                && !lex.places.contains(s.substring(0, s.length() - k.length()))));
    }

    /** Merges the forms of each company; the longest form is its name. */
    private void group(Entities e, Map<String, Boolean> surfaces, Map<String, String> abbreviations) {
        List<String> sorted = new ArrayList<>(surfaces.keySet());
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        for (String s : sorted) {
            CompanyGroup g = null;
            for (CompanyGroup c : e.companies) {
                if (sameCompany(s, surfaces.get(s), c.name, surfaces)) {
                    g = c;
                    break;
                }
            }
            if (g == null) {
                g = new CompanyGroup(s);
                e.companies.add(g);
            } else {
                g.aliases.add(s);
            }
            e.companyBySurface.put(s, g);
        }
        abbreviations.forEach((alias, full) -> {
            CompanyGroup g = e.companyBySurface.get(full);
            CompanyGroup own = e.companyBySurface.get(alias);
            if (g != null && own != g) {
                if (own != null && own.name.equals(alias) && own.aliases.isEmpty()) {
                    e.companies.remove(own);
                }
                g.aliases.add(alias);
                e.companyBySurface.put(alias, g);
            }
        });
    }

    private boolean sameCompany(String shorter, boolean shortLegal, String longer, Map<String, Boolean> surfaces) {
        if (shortLegal && longer.endsWith(shorter)) {
            // 精工有限公司 inside 湖北远通精工有限公司: the segmenter cut the name short.
            return true;
        }
        if (shortLegal && Boolean.TRUE.equals(surfaces.get(longer))) {
            // Two legal names are one company printed short and long (远帆节能玻璃有限公司 and 远帆节能玻璃幕墙
            // 有限责任公司) only when one stem strictly opens the other; equal stems with different endings differ
            // (华拓数据集团有限公司, 华拓数据股份有限公司).
            String a = companyKey(shorter);
            String b = companyKey(longer);
            return a.length() >= 4 && b.length() > a.length() && b.startsWith(a);
        }
        if (longer.startsWith(shorter) && hasCompanySuffix(shorter)) {
            // 远帆控股集团 and 远帆控股集团有限公司 are one; 远帆集团 and 远帆集团青禾分公司 are two.
            return lex.companySuffixes.containsKey(longer.substring(shorter.length()));
        }
        String unplaced = withoutProvince(shorter);
        if (unplaced.length() < shorter.length() && longer.startsWith(unplaced) && hasCompanySuffix(unplaced)) {
            // 浙江远帆集团 and 远帆集团第三工程公司 are two, as 远帆集团 and the subsidiary are.
            return lex.companySuffixes.containsKey(longer.substring(unplaced.length()));
        }
        String a = companyKey(shorter);
        String b = companyKey(longer);
        return a.length() >= 2 && b.startsWith(a);
    }

    private boolean hasCompanySuffix(String s) {
        return lex.endsWithCompanySuffix(s);
    }

    /** The name without a leading province (浙江远帆集团 → 远帆集团) when a name of two characters or more is left. */
    private String withoutProvince(String s) {
        for (String p : lex.places) {
            if (s.startsWith(p) && s.length() > p.length() + 1) {
                return s.substring(p.length());
            }
        }
        return s;
    }

    /** The name without its company ending and leading province, for comparing forms (浙江远帆集团 ~ 远帆集团). */
    private String companyKey(String s) {
        for (String suf : lex.companySuffixes.keySet()) {
            if (s.endsWith(suf) && s.length() > suf.length()) {
                s = s.substring(0, s.length() - suf.length());
                break;
            }
        }
        return withoutProvince(s);
    }

    /**
     * A company whose every form is printed only inside a longer company's name (远帆建工集团 in 远帆建工集团第二工程
     * 有限公司 承建…) is part of that name, not a firm the story names: the parent a subsidiary's name opens with is
     * a company of the story only when it is printed on its own too.
     */
    private static void dropFormsPrintedOnlyInside(Entities e) {
        e.companies.removeIf(g -> {
            boolean inside = g.mentions.isEmpty() && e.companies.stream()
                    .anyMatch(o -> o != g && !o.mentions.isEmpty() && o.name.contains(g.name));
            if (inside) {
                e.companyBySurface.values().removeIf(v -> v == g);
            }
            return inside;
        });
    }

    /** Spans of the company forms (longest first) in one sentence; {@code printed} are the forms normalised. */
    private void companySpans(Entities e, Sent st, List<String> forms, List<String> printed, StoryFacts facts) {
        for (int k = 0; k < forms.size(); k++) {
            String f = forms.get(k);
            String nf = printed.get(k);
            for (int i = st.s.indexOf(nf); i >= 0; i = st.s.indexOf(nf, i + 1)) {
                CompanyGroup g = e.companyBySurface.get(f);
                Span sp = new Span(EntityKind.COMPANY, g.name, f, st, i, i + f.length(), "company");
                int before = e.spans(st).size();
                e.add(sp);
                if (e.spans(st).size() > before) {
                    g.mentions.add(facts.evidence(st, i, i + f.length(), "company-name"));
                }
            }
        }
    }

    /**
     * 该公司, 该集团, 该企业, and a speaker's bare 公司 ({@link #SPEAKERS_COMPANY}): a span for the company last named
     * in the sentences before (the headline, printed apart, names none for the body), so that the rules read
     * "该公司投资…" as that company's act.
     */
    private static void companyReferences(Entities e, List<Sent> all) {
        String last = null;
        for (Sent st : all) {
            if (st.index == Sent.HEADLINE) {
                continue;
            }
            List<Span> named = e.spans(st).stream().filter(sp -> sp.kind() == EntityKind.COMPANY).toList();
            for (String ref : COMPANY_REFERENCES) {
                for (int i = st.s.indexOf(ref); i >= 0; i = st.s.indexOf(ref, i + 1)) {
                    // The company named last before the reference: earlier in its sentence, else before it.
                    String target = last;
                    boolean glued = false;
                    for (Span sp : named) {
                        if (sp.end() <= i) {
                            target = sp.name();
                            glued = i - sp.end() <= 2;
                        }
                    }
                    if (target != null && !glued) {
                        e.add(new Span(EntityKind.COMPANY, target, ref, st, i, i + ref.length(), "company-reference"));
                    }
                }
            }
            // Only a sentence where 公司 or 集团 opens a clause can hold one: most are spared the pattern.
            Matcher said = SPEAKERS_COMPANY.matcher(opensClauseWithFirm(st.s) ? st.s : "");
            while (said.find()) {
                // 刘平介绍，公司计划投资…: the company named last before, as for 该公司.
                String target = last;
                for (Span sp : named) {
                    if (sp.end() <= said.start(1)) {
                        target = sp.name();
                    }
                }
                if (target != null) {
                    e.add(new Span(EntityKind.COMPANY, target, said.group(1), st, said.start(1), said.end(1),
                            "company-reference"));
                }
            }
            for (Span sp : named) {
                last = sp.name();
            }
        }
    }

    /** True when 公司 or 集团 follows a comma or a colon somewhere in {@code s}. */
    private static boolean opensClauseWithFirm(String s) {
        for (int i = 0; i < s.length() - 2; i++) {
            char c = s.charAt(i);
            boolean punctuation = c == '，' || c == '：' || c == ',' || c == ':';
            if (punctuation && (s.startsWith("公司", i + 1) || s.startsWith("集团", i + 1))) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- projects

    private void projects(Entities e, Sent st, StoryFacts facts) {
        boolean lists = st.s.indexOf('：') >= 0 || st.s.indexOf(':') >= 0;
        boolean projectWord = st.s.contains("项目");
        boolean inspected = st.s.contains("进行");
        boolean site = st.s.contains("建设现场") || st.s.contains("施工现场");
        Matcher list = PROJECT_LIST.matcher(lists ? st.s : "");
        while (list.find()) {
            String lead = clause(st, list.start());
            if (!list.group(1).startsWith("分别") && !lead.contains("项目") && !lead.contains("工程")) {
                continue;
            }
            String status = status(st.s.substring(0, list.start()));
            for (int[] it : listAfter(st, list.end())) {
                addProject(e, st, it[0], it[1], status, "project-list", facts);
            }
        }
        Matcher tail = PROJECT_TAIL_LIST.matcher(projectWord && st.s.indexOf('等') >= 0 ? st.s : "");
        while (tail.find()) {
            String status = status(tail.group());
            int end = tail.start();
            // A、B工程，C等项目: the list may run on across a comma after an item that is plainly a project.
            while (end > 0) {
                for (int[] it : listBefore(st, end, 1, true)) {
                    addProject(e, st, it[0], it[1], status, "project-list", facts);
                }
                int comma = clauseStart(st, end) - 1;
                if (comma <= 0 || st.at(comma) != '，' || !endsWithAny(st.s.substring(0, comma), lex.projectHeads)) {
                    break;
                }
                end = comma;
            }
        }
        for (String[] po : lex.projectObjects) {
            for (int i = st.s.indexOf(po[1]); i >= 0; i = st.s.indexOf(po[1], i + 1)) {
                int from = i + po[1].length();
                int to = from;
                while (to < st.length() && CLAUSE.indexOf(st.at(to)) < 0 && st.at(to) != '、') {
                    to++;
                }
                String obj = st.s.substring(from, to);
                if (endsWithAny(obj, lex.projectObjectHeads) && obj.length() >= 4) {
                    addProject(e, st, from, to, po[0].equals("-") ? null : po[0], "project-object", facts);
                }
            }
        }
        Matcher inspectedList = INSPECTED_LIST.matcher(inspected ? st.s : "");
        while (inspectedList.find()) {
            for (int[] it : listAfter(st, inspectedList.start() + 1)) {
                int end = Math.min(it[1], inspectedList.end(1));
                if (end - it[0] >= 4 && endsWithAny(st.s.substring(it[0], end), lex.projectHeads)) {
                    addProject(e, st, it[0], end, null, "project-inspected", facts);
                }
            }
        }
        Matcher sites = SITE.matcher(site ? st.s : "");
        while (sites.find()) {
            String projectHead = lex.projectHeads.stream().filter(h -> st.s.startsWith(h, sites.end(1) - h.length()))
                    .findFirst().orElse(null);
            // P项目建设现场: a project's own name, walked as from its head (an annual output included); a facility's
            // site (X物流园建设现场) is walked as a place's name.
            int start = projectHead != null ? walkLeftProject(st, sites.end(1) - projectHead.length())
                    : persons.walkLeftOrg(st, sites.end(1), 0);
            String core = st.s.substring(Math.max(start, sites.start(1)), sites.end(1));
            for (String head : lex.projectFacilityHeads) {
                if (core.endsWith(head)) {
                    core = core.substring(0, core.length() - head.length());
                    break;
                }
            }
            // 工业园区建设现场: a kind of place, no name.
            boolean kindOnly = core.isEmpty() || lex.projectGeneric.contains(core);
            if (start < sites.end(1) && start >= sites.start(1) && !kindOnly && !generic(st, start, sites.end(1))) {
                addProject(e, st, start, sites.end(1), "building", "project-site", facts);
            }
        }
        for (String head : lex.projectHeads) {
            for (int i = st.s.indexOf(head); i >= 0; i = st.s.indexOf(head, i + 1)) {
                int end = i + head.length();
                if (!st.tokenEndsAt(end) && CLAUSE.indexOf(st.at(end)) < 0) {
                    continue;
                }
                int open = st.s.lastIndexOf('“', i);
                boolean quoted = open >= 0 && st.at(end) == '”' && st.s.indexOf('”', open) == end
                        && end - open <= 40;
                if (head.equals("工程") && continuesToProject(st, end)) {
                    // X工程PPP项目: one name, found whole from its 项目.
                    continue;
                }
                int start = quoted ? open + 1 : walkLeftProject(st, i);
                Token first = st.tokenAt(start);
                Token second = first == null ? null : st.tokenAt(first.end());
                if (!quoted && first != null && first.start() == start && lex.leadingBuildVerbs.contains(first.word())
                        && i - first.end() >= 4 && opensNameAfterVerb(second)) {
                    // 批准建设X项目: the verb that governs the name opens the walked words, not the name.
                    start = first.end();
                }
                if (!quoted && start > 0 && lex.projectPlaceWords.contains(String.valueOf(st.at(start - 1)))) {
                    // 在青石县建设X项目: the place where it is built, then the verb, then the name.
                    start = afterPlaceAndVerb(st, start, i);
                }
                int inner = st.s.lastIndexOf("项目", i - 1);
                if (!quoted && inner >= start && inner + 2 < i) {
                    // 重点项目X工程: the words up to an earlier 项目 are another phrase.
                    start = inner + 2;
                }
                if (start < i && !AGGREGATE.matcher(st.s.substring(start, end)).find() && !generic(st, start, i)
                        && !programme(st, start)) {
                    addProject(e, st, start, noteEnd(st, end), status(clause(st, start)), "project-name", facts);
                }
            }
        }
        facilityProjects(e, st, facts);
    }

    /**
     * 年产5万吨纸浆生产线, 滨江物流园: a name ending in a facility noun is a project when its clause speaks of building,
     * investing or signing (else it is a place or a body, left to the organisation rules). The name is walked left
     * like a project's; one that runs on into 项目/工程 was found whole by the project heads.
     */
    private void facilityProjects(Entities e, Sent st, StoryFacts facts) {
        // Most sentences speak of no building or investing at all: they are spared the scan for heads.
        if (lex.projectContext.stream().noneMatch(w -> st.s.contains(w[1]))) {
            return;
        }
        for (String head : lex.projectFacilityHeads) {
            for (int i = st.s.indexOf(head); i >= 0; i = st.s.indexOf(head, i + 1)) {
                int end = i + head.length();
                if (!st.tokenEndsAt(end) && CLAUSE.indexOf(st.at(end)) < 0 || i == 0) {
                    continue;
                }
                boolean covered = false;
                for (Span sp : e.spans(st)) {
                    covered |= sp.start() < end && sp.end() > i;
                }
                String clause = clause(st, i) + referringClause(st, i);
                // A head that also ends bodies' names (研究中心, 人民医院) needs a clause of building, not of signing;
                // one followed by a title (运营中心主任) is a body with staff.
                boolean bodyHead = endsBefore(st, end, lex.orgHeads);
                if (covered || endsBefore(st, i, lex.projectFacilityHeads) || namesABodyAfter(st, end)
                        || lex.projectContext.stream().noneMatch(w -> clause.contains(w[1])
                        && (!bodyHead || w[0].equals("BUILD")))
                        || lex.titleIndex.longestLengthAt(st.s, end) > 0) {
                    continue;
                }
                // 北岭风电场: engineering works take the name of the place they stand in.
                boolean works = lex.projectWorksHeads.contains(head);
                int walked = walkLeftProject(st, i);
                int start = afterGluedLeadingVerb(st, afterGoverningVerb(st, skipLeadingVerbs(st, walked, i), i), i);
                if (placeOfSomethingElse(st, start) || servedBy(st, start, end)) {
                    // 在滨江物流园举行…, 位于青禾工业园的…: the facility is where something else happens or stands;
                    // 为滨江产业园建设提供保障: it is what a service is for.
                    continue;
                }
                if (start < i && partOfProjectBefore(e, st, start) && commonWordsOnly(st.s.substring(start, i))) {
                    // P项目总投资…，主要建设养老公寓、康复医院…: after a project named in the sentence (or 该项目), a
                    // facility named only by common words is a part of what it builds, not a project of its own.
                    continue;
                }
                if (start > walked && st.at(walked - 1) == '“' || lex.evaluative.stream()
                        .anyMatch(st.s.substring(start, i)::contains)) {
                    // “建设一流…园区”: a slogan of what is to be built; 国内领先的…基地: a description.
                    continue;
                }
                if (start < i && end - start >= 4 && !AGGREGATE.matcher(st.s.substring(start, end)).find()
                        && balanced(st.s.substring(start, end))
                        && !generic(st, start, i, i - start >= 4 || works ? 1 : 2)
                        && (!startsWithPlaceOnly(st, start, i) || works)) {
                    addProject(e, st, start, phaseEnd(st, end), status(clause), "project-facility", facts);
                }
            }
        }
    }

    /** True when a project is named (or pointed back to: 该项目, 此工程) in the sentence before {@code at}. */
    private static boolean partOfProjectBefore(Entities e, Sent st, int at) {
        return e.spans(st).stream().anyMatch(sp -> sp.kind() == EntityKind.PROJECT && sp.end() <= at)
                || REFERENCES.stream().anyMatch(r -> {
                    int k = st.s.lastIndexOf(r, at);
                    return k >= 0 && (st.s.startsWith("项目", k + r.length()) || st.s.startsWith("工程", k + r.length()));
                });
    }

    /**
     * 滨江新城建设指挥部, 龙湾物流园管委会: the facility only qualifies a body named right after it (a verb of building or
     * managing may come between).
     */
    private boolean namesABodyAfter(Sent st, int end) {
        int k = end;
        for (String w : List.of("建设", "管理", "服务", "运营", "开发", "发展")) {
            if (st.s.startsWith(w, k)) {
                k += w.length();
                break;
            }
        }
        for (String head : lex.orgHeads) {
            if (head.length() >= 2 && st.s.startsWith(head, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a word of place (project-place-words.txt: 在, 位于, 落户 …) ends right before {@code start}: the
     * facility named after it is the setting of another act or project, not itself the thing built.
     */
    private boolean placeOfSomethingElse(Sent st, int start) {
        Token before = st.tokenAt(start - 1);
        if (before == null) {
            return false;
        }
        if (lex.projectPlaceWords.contains(before.word())) {
            return true;
        }
        // 位于 and 落户 are sometimes glued to the next word, or followed by 于.
        Token first = st.tokenAt(start);
        return first != null && first.start() < start && lex.projectPlaceWords.contains(
                st.s.substring(first.start(), start));
    }

    /**
     * True when a verb of undertaking or being selected (project-programme-verbs.txt: 承担, 入选) stands in the clause
     * before {@code start}: 承担了省级技术创新项目 names a programme's task a firm holds, not an asset being built.
     */
    private boolean programme(Sent st, int start) {
        String before = st.s.substring(clauseStart(st, start), start);
        return lex.projectProgrammeVerbs.stream().anyMatch(before::contains);
    }

    /**
     * True when 为 stands right before {@code start} and a verb of serving (project-benefit-verbs.txt: 提供, 创造 …)
     * follows the facility within its clause: 为X产业园和新区建设提供便利 names X as what is served, not as built.
     */
    private boolean servedBy(Sent st, int start, int end) {
        if (start == 0 || st.at(start - 1) != '为') {
            return false;
        }
        int b = end;
        while (b < st.length() && CLAUSE.indexOf(st.at(b)) < 0) {
            b++;
        }
        String rest = st.s.substring(end, b);
        return lex.projectBenefitVerbs.stream().anyMatch(rest::contains);
    }

    /** True for a photo caption printed inside the story (▲…, 图为…): see caption-marks.txt. */
    private boolean caption(Sent st) {
        String t = st.s.strip();
        for (String mark : lex.captionMarks) {
            if (t.startsWith(mark)) {
                return true;
            }
        }
        return false;
    }

    /** A project named only in photo captions is the picture's subject, not a fact the story states: dropped. */
    private void dropCaptionOnlyProjects(Entities e, List<Sent> all) {
        java.util.Set<Sent> captions = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Sent st : all) {
            if (caption(st)) {
                captions.add(st);
            }
        }
        if (captions.isEmpty()) {
            return;
        }
        java.util.Set<String> named = new java.util.HashSet<>();
        for (Sent st : all) {
            if (!captions.contains(st)) {
                e.spans(st).stream().filter(sp -> sp.kind() == EntityKind.PROJECT).forEach(sp -> named.add(sp.name()));
            }
        }
        for (ProjectInfo p : List.copyOf(e.projects.values())) {
            if (!named.contains(p.name)) {
                e.projects.remove(p.name);
                for (Sent st : captions) {
                    List<Span> spans = e.spans.get(st);
                    if (spans != null) {
                        spans.removeIf(sp -> sp.kind() == EntityKind.PROJECT && sp.name().equals(p.name));
                    }
                }
            }
        }
    }

    /**
     * 青禾净水厂 and 青禾净水厂管网配套工程 in one story: a facility that opens the name of another project of the
     * story is that project's subject, not a project of its own; its mentions go to the first such project. So does a
     * project only the headline names (华岭电子显示屏项目开工 over a body's 华岭电子显示屏生产基地项目): the headline
     * prints the body's project short.
     */
    private static void mergeNameOpeners(Entities e) {
        for (ProjectInfo p : List.copyOf(e.projects.values())) {
            boolean facility = p.mentions.stream().anyMatch(m -> "project-facility".equals(m.rule()));
            boolean headlineOnly = p.mentions.stream().allMatch(m -> m.sentence() == Sent.HEADLINE);
            String key = ProjectNames.key(p.name);
            if (!facility && !headlineOnly || key.length() < 4) {
                continue;
            }
            // 滨江物流园 and 滨江物流园二期 are two stages, not one name printed short.
            ProjectInfo whole = e.projects.values().stream()
                    .filter(o -> o != p && ProjectNames.key(o.name).length() > key.length() + 1
                            && o.name.startsWith(key) && !PHASE.matcher(o.name.substring(key.length())).matches())
                    .findFirst().orElse(null);
            if (whole == null) {
                continue;
            }
            e.projects.remove(p.name);
            whole.mentions.addAll(p.mentions);
            if (whole.investment == null) {
                whole.investment = p.investment;
            }
            if (whole.status == null) {
                whole.status = p.status;
            }
            for (List<Span> spans : e.spans.values()) {
                spans.replaceAll(sp -> sp.kind() == EntityKind.PROJECT && sp.name().equals(p.name)
                        ? new Span(sp.kind(), whole.name, sp.surface(), sp.sent(), sp.start(), sp.end(), sp.rule()) : sp);
            }
        }
    }

    /** 未来建设滨江物流园 read as one word: a governing verb inside the walked words ends what precedes the name. */
    private int afterGoverningVerb(Sent st, int start, int head) {
        int k = start;
        for (String v : lex.projectClauseVerbs) {
            int at = st.s.lastIndexOf(v, head - 1);
            if (at >= start && head - (at + v.length()) >= 2) {
                k = Math.max(k, at + v.length());
            }
        }
        int b = st.s.lastIndexOf("建设", head - 1);
        if (b >= start && head - (b + 2) >= 2) {
            k = Math.max(k, b + 2);
        }
        return k;
    }

    /**
     * X建设项目（二期）, X改造项目（滨河路、滨江路）, X综合项目（某某国际）: a short note in brackets right after the head
     * is part of the name (its phase, its roads, its trade name). A note that abbreviates (以下简称), captions (图),
     * states an amount or a date, or tells the project's state (在建) is not. Returns the end of the name.
     */
    private int noteEnd(Sent st, int end) {
        if (end >= st.length() || st.at(end) != '（') {
            return end;
        }
        int close = st.s.indexOf('）', end);
        if (close <= end + 1 || close - end > 13) {
            return end;
        }
        for (int k = end + 1; k < close; k++) {
            char c = st.at(k);
            if (CLAUSE.indexOf(c) >= 0 || c == '（' || Character.isDigit(c) || NOT_A_NOTE.indexOf(c) >= 0) {
                return end;
            }
        }
        // （在建局部）, （已竣工）: a note of the project's state, as a photo caption gives it.
        boolean state = status(st.s.substring(end + 1, close)) != null;
        return state || st.s.startsWith("简称", end + 1) || st.s.startsWith("以下", end + 1) ? end : close + 1;
    }

    /**
     * 新建东关智慧停车场/nt: a leading verb of building the segmenter glued to the name after it governs the name and is
     * no part of it; the name starts after the verb when two or more characters are left before the head at {@code head}.
     */
    private int afterGluedLeadingVerb(Sent st, int start, int head) {
        Token t = st.tokenAt(start);
        if (t == null || t.start() != start) {
            return start;
        }
        for (String verb : lex.leadingBuildVerbs) {
            if (t.word().length() > verb.length() && t.word().startsWith(verb) && head - start - verb.length() >= 2) {
                return start + verb.length();
            }
        }
        return start;
    }

    /**
     * 在青石县建设X项目 walked as one name: a verb of building (建设, 兴建 …) standing as a word of its own after the place
     * that opens the walked words ends the place; the name starts after it. Returns the start of the name.
     */
    private int afterPlaceAndVerb(Sent st, int start, int head) {
        for (Token t : st.tokens) {
            if (t.start() > start && t.end() <= head - 4 && lex.leadingBuildVerbs.contains(t.word())) {
                return opensNameAfterVerb(st.tokenAt(t.end())) ? t.end() : start;
            }
        }
        return start;
    }

    /**
     * True when the word after a leading verb of building opens the project's name: a word of two or more characters,
     * or the time or number word of an annual output (建设年产5万吨…项目); a one-character noun joins the verb instead
     * (建设路 is a road).
     */
    private static boolean opensNameAfterVerb(Token next) {
        return next != null && (next.word().length() >= 2 || !next.tag().startsWith("n"));
    }

    /** 滨江物流园二期: a phase printed right after a facility noun belongs to its name. Returns the end of the name. */
    private static int phaseEnd(Sent st, int end) {
        if (end + 2 <= st.length() && st.at(end + 1) == '期' && "一二三四五六七八九十".indexOf(st.at(end)) >= 0) {
            return end + 2;
        }
        return end;
    }

    /** True when only a Latin label or a phase (PPP, 一期) stands between {@code end} and a following 项目. */
    private static boolean continuesToProject(Sent st, int end) {
        int k = end;
        while (k < st.length() && k - end <= 8 && (st.at(k) < 128 && Character.isLetterOrDigit(st.at(k))
                || "（）一二三四期ＰＰＰ".indexOf(st.at(k)) >= 0)) {
            k++;
        }
        return k > end && st.startsWith("项目", k);
    }

    /** 建设滨江物流园, 主要建设标准厂房: the clause's own verb (and what leads to it) opens the walked words. */
    private int skipLeadingVerbs(Sent st, int start, int end) {
        int k = start;
        for (int n = 0; n < 2 && k < end; n++) {
            Token t = st.tokenAt(k);
            if (t == null || t.end() > end) {
                break;
            }
            Token next = st.tokenAt(t.end());
            // HanLP tags 建设 and 新建 as nouns of action (vn) as often as verbs.
            boolean verb = t.tag().startsWith("v") && (!t.tag().equals("vn") || lex.projectVerbs.contains(t.word()))
                    && !outputRate(t, next);
            boolean leadsToVerb = next != null && next.tag().startsWith("v") && lex.projectVerbs.contains(next.word())
                    && !t.tag().startsWith("n");
            if (verb) {
                return t.end();
            }
            if (!leadsToVerb) {
                break;
            }
            k = t.end();
        }
        return start;
    }

    /**
     * 年产60万吨…, 日处理500吨…: a verb of output per year or per day before its figure opens the facility's name; it
     * states the size of what is built, not the act of building it.
     */
    private static boolean outputRate(Token verb, Token next) {
        char first = verb.word().charAt(0);
        return (first == '年' || first == '日') && verb.word().length() >= 2 && next != null && next.tag().equals("m");
    }

    /**
     * 城西 片区, 城东 新区: a two-character word ending in a direction (province-short-names.txt) followed at once by a
     * word of two or more characters ending in 区, a part of town named by its direction. Callers say which tags count.
     */
    private boolean directionDistrict(Sent st, Token t) {
        Token next = st.tokenAt(t.end());
        return t.word().length() == 2 && lex.provinceDirections.contains(t.word().substring(1)) && next != null
                && next.start() == t.end() && next.word().length() >= 2 && next.word().endsWith("区");
    }

    /** True when one of {@code words} ends right at {@code end} (no copy of the text before it). */
    private static boolean endsBefore(Sent st, int end, List<String> words) {
        for (String w : words) {
            if (end >= w.length() && st.s.startsWith(w, end - w.length())) {
                return true;
            }
        }
        return false;
    }

    /** 县工业园, 省人民医院: a place (or a place plus 人民) before the facility noun names a body, not a project. */
    private static boolean startsWithPlaceOnly(Sent st, int start, int end) {
        for (Token t : st.tokens) {
            if (t.end() <= start || t.start() >= end) {
                continue;
            }
            if (!t.tag().startsWith("ns") && !t.word().equals("人民") && "省市县区镇乡村".indexOf(t.word().charAt(0)) < 0) {
                return false;
            }
        }
        return true;
    }

    private void addProject(Entities e, Sent st, int start, int end, String status, String rule, StoryFacts facts) {
        String name = st.raw.substring(start, end).strip();
        name = name.replaceAll("[“”\"]", "");
        Matcher batch = BATCH.matcher(name);
        if (batch.find() && batch.start() >= 4) {
            // 滨江新城首批项目: the batch is of the project's parts, the project is what comes before it.
            name = name.substring(0, batch.start());
            end = start + st.raw.substring(start, end).strip().indexOf(name) + name.length();
        }
        if (name.endsWith("项目工程")) {
            name = name.substring(0, name.length() - 2);
        }
        if (name.length() < 3 || e.companyBySurface.containsKey(name) || name.matches(".*[，。；].*")) {
            return;
        }
        for (Span sp : e.spans(st)) {
            if (sp.kind() == EntityKind.PROJECT && sp.start() <= start && sp.end() >= end
                    && sp.end() - sp.start() > end - start) {
                // The tail of a name another rule found whole (an item of a list): no project of its own.
                return;
            }
        }
        ProjectInfo p = e.project(name);
        if (p == null) {
            p = new ProjectInfo(name);
            e.projects.put(name, p);
        } else if (name.length() > p.name.length()
                && (!rule.equals("project-name") || ProjectNames.noteNames(p.name, name)
                || ProjectNames.capacityDropped(p.name, name))) {
            e.projects.remove(p.name);
            p.name = name;
            e.projects.put(name, p);
        }
        if (p.status == null) {
            p.status = status;
        }
        p.mentions.add(facts.evidence(st, start, end, rule));
        e.add(new Span(EntityKind.PROJECT, p.name, name, st, start, end, rule));
    }

    /** Walks left from a project head over the words of its name; other verbs, 的, punctuation end it. */
    private int walkLeftProject(Sent st, int i) {
        int k = i;
        while (k > 0) {
            char c = st.at(k - 1);
            if (c == '（' || c == '）' || c == '-') {
                k--;
                continue;
            }
            Token t = st.tokenAt(k - 1);
            // 重点项目X工程: a 项目 already passed closes the words before it (a generic phrase or another name);
            // an amount (5亿元) is the clause's, not the name's.
            if (t == null || lex.orgStop.contains(t.word()) || lex.visitVerbs.contains(t.word())
                    || k < i && t.word().endsWith("项目") || t.word().endsWith("元")) {
                break;
            }
            if (lex.projectClauseVerbs.contains(t.word())) {
                // Before the glued function word below: 对接 is a verb, not 对 glued to a name.
                break;
            }
            if (GLUED_FUNCTION.indexOf(t.word().charAt(0)) >= 0 && t.word().length() > 1) {
                // The segmenter glued a function word to the name (的县医院): the name starts after it.
                k = t.start() + 1;
                break;
            }
            String tag = t.tag();
            if (tag.equals("nnt") || tag.startsWith("nr") && t.word().length() >= 3 && t.word().endsWith("为")) {
                // 副县长/nnt 钱立为/nr 滨江冷链物流园项目揭牌: a title, or a name glued to 为 ("for"), is the clause's
                // subject; the project's name starts after it.
                k = tag.equals("nnt") ? k : t.end();
                break;
            }
            if (resultComplement(st, t)) {
                // 规划建设好/a X项目, 服务好X项目: 好 completing the verb before it ends the clause's words; the name
                // starts after it.
                break;
            }
            if ((tag.equals("d") || tag.equals("s") || tag.equals("f")) && k < i && directionDistrict(st, t)) {
                // 城西/d 片区…项目, 城东/s 新区…: the part of town named by its direction opens the project's name.
                k = t.start();
                continue;
            }
            boolean single = t.word().length() == 1 && PROJECT_GLUE_BLOCK.indexOf(t.word().charAt(0)) < 0;
            boolean verb = tag.startsWith("v") && !tag.equals("vn") && !lex.projectVerbs.contains(t.word()) && !single
                    && !verbInsideName(st, t);
            boolean stop = tag.startsWith("w") || tag.startsWith("p") || tag.startsWith("c") || tag.startsWith("u")
                    || tag.startsWith("d") || tag.equals("ad") || tag.startsWith("r") || tag.equals("t")
                    || tag.equals("f") && !single
                    || tag.startsWith("y") || tag.startsWith("e");
            if (stop && k < i && joinsTwoParts(st, t, k)) {
                // 数控机床及精密模具生产项目: 及/和 joins two products or works inside one name.
                k = t.start();
                continue;
            }
            if (verb && !stop) {
                int after = companyBeforeProduct(st, t, i);
                if (after >= 0) {
                    k = after;
                    continue;
                }
            }
            if (verb || stop) {
                break;
            }
            k = t.start();
        }
        for (String ref : COMPANY_REFERENCES) {
            // 该/r 公司/n: the walk stopped at the demonstrative; the company word it took points back, it names nothing.
            if (k >= 1 && st.s.startsWith(ref, k - 1) && k - 1 + ref.length() < i) {
                return k - 1 + ref.length();
            }
        }
        return k;
    }

    /** True when {@code t} is 好 or 实 standing alone right after a verb, the complement of its result (建设好, 落实). */
    private static boolean resultComplement(Sent st, Token t) {
        Token before = st.tokenAt(t.start() - 1);
        return (t.word().equals("好") || t.word().equals("实")) && before != null && before.end() == t.start()
                && before.tag().startsWith("v");
    }

    /**
     * 恒远服装有限公司缝制成衣生产线项目, 某某有限公司压铸成型车间项目: a project of the company's own plant (its name holds
     * a plant word of company-plant-heads.txt: 生产线, 车间, 厂房 …) named after the company, whose product words the
     * segmenter reads as verbs (缝制/v, 压/v 铸成/v). When the walk meets such a verb, and the verbs and words from there
     * back to the end of a company's name (its legal ending: 有限公司, 集团) are a few characters with no punctuation,
     * function word or verb that governs a project (投资, 承建, 实施, 考察), they are the product's name and the company
     * opens the project's. A project with no plant word (某集团决定筹建某某物流项目) keeps its verbs out. Returns where
     * those words start (right after the company), else -1.
     */
    private int companyBeforeProduct(Sent st, Token verb, int head) {
        String product = st.s.substring(verb.end(), Math.max(verb.end(), head));
        if (!productWord(verb) || lex.companyPlantHeads.stream().noneMatch(product::contains)) {
            return -1;
        }
        for (int j = verb.start(), steps = 0; j > 0 && verb.end() - j <= 6 && steps < 4; steps++) {
            Token t = st.tokenAt(j - 1);
            if (t == null) {
                return -1;
            }
            int at = j;
            if ((t.tag().equals("nt") || t.tag().equals("nis")) && "该本我贵".indexOf(t.word().charAt(0)) < 0
                    && lex.companySuffixes.keySet().stream().anyMatch(w -> w.length() >= 2 && st.s.startsWith(w, at - w.length()))) {
                return j;
            }
            if (!productWord(t)) {
                return -1;
            }
            j = t.start();
        }
        return -1;
    }

    /** A word that may stand in a product's name: a noun, measure or verb, but not a copula or a verb governing a project. */
    private boolean productWord(Token t) {
        String tag = t.tag();
        return (tag.startsWith("v") || tag.startsWith("n") || tag.equals("q") || tag.equals("k") || tag.equals("b"))
                && !tag.equals("vshi") && !tag.equals("vyou") && PROJECT_GLUE_BLOCK.indexOf(t.word().charAt(0)) < 0
                && !lex.projectClauseVerbs.contains(t.word()) && !lex.projectProgrammeVerbs.contains(t.word())
                && !lex.visitVerbs.contains(t.word()) && !lex.orgStop.contains(t.word());
    }

    /**
     * True when the conjunction {@code c} (及 or 和) joins two nouns inside one project's name: the noun before it is no
     * complete project, facility, firm, body, person, place or title of its own, and no place opens the part after it
     * (青石水库除险加固工程和龙湾大桥项目, 县政府和嘉成精工…项目 stay apart).
     */
    private boolean joinsTwoParts(Sent st, Token c, int after) {
        if (!c.tag().startsWith("c") || !(c.word().equals("及") || c.word().equals("和"))) {
            return false;
        }
        Token before = st.tokenAt(c.start() - 1);
        Token first = st.tokenAt(after);
        if (before == null || first == null || !nominal(before) || before.tag().startsWith("nr")
                || before.tag().startsWith("ns") || before.tag().startsWith("nt") || first.tag().startsWith("ns")
                || first.tag().startsWith("nr") || first.tag().startsWith("nt")) {
            return false;
        }
        int at = c.start();
        return !endsBefore(st, at, lex.projectHeads) && !endsBefore(st, at, lex.projectFacilityHeads)
                && !endsBefore(st, at, lex.orgHeads) && !endsBefore(st, at, lex.buildingNouns)
                && lex.companySuffixes.keySet().stream().noneMatch(w -> st.s.startsWith(w, at - w.length()))
                && lex.titleIndex.longestLengthAt(st.s, before.start()) == 0
                && !lex.projectGeneric.contains(before.word());
    }

    /**
     * A verb between two nouns belongs to the name (智能仓储配送中心, 冷链物流分拣基地): the noun before it is a modifier,
     * not the subject, unless the verb is one that governs projects or the noun is a person.
     */
    private boolean verbInsideName(Sent st, Token verb) {
        if (lex.projectClauseVerbs.contains(verb.word()) || lex.visitVerbs.contains(verb.word())) {
            return false;
        }
        Token before = st.tokenAt(verb.start() - 1);
        Token after = st.tokenAt(verb.end());
        if (before != null && after != null && before.tag().startsWith("q") && nominal(after)) {
            // 年产300万台显示模组: after a measure the verb opens the product's name.
            return true;
        }
        return before != null && after != null && nominal(before) && !before.tag().startsWith("nr")
                && !before.tag().startsWith("nt") && (nominal(after) || after.tag().startsWith("v"));
    }

    private static boolean nominal(Token t) {
        String tag = t.tag();
        return tag.startsWith("n") || tag.equals("vn") || tag.equals("b") || tag.equals("j") || tag.equals("x")
                || tag.equals("gi") || tag.equals("gm");
    }

    /**
     * True when the words before 项目 do not name a project: generic words only (重点项目, 39个重点项目, 2023年项目), or a
     * single common noun. A name needs a proper noun (place, organisation, brand), a quantity (8所, 年产6000吨), or two
     * content words.
     */
    private boolean generic(Sent st, int start, int end) {
        return generic(st, start, end, 2);
    }

    /**
     * As {@link #generic(Sent, int, int)} with the number of content words a name needs: a facility noun is itself
     * specific (科技创新产业园), so one content word before it suffices.
     */
    private boolean generic(Sent st, int start, int end, int minContent) {
        String words = st.s.substring(start, end);
        if (words.contains("亿元") || words.contains("以上")) {
            return true;
        }
        int content = 0;
        boolean proper = false;
        boolean quantity = false;
        int processes = 0;
        Token prev = null;
        for (Token whole : st.tokens) {
            if (whole.end() <= start || whole.start() >= end) {
                continue;
            }
            Token t = whole.start() >= start && whole.end() <= end ? whole
                    : new Token(st.s.substring(Math.max(start, whole.start()), Math.min(end, whole.end())), whole.tag(),
                    Math.max(start, whole.start()), Math.min(end, whole.end()));
            String tag = t.tag();
            if (prev != null && prev.tag().equals("m") && tag.startsWith("q") && !tag.equals("qt")) {
                quantity = true;
            }
            prev = t;
            if (lex.projectVerbs.contains(t.word())) {
                processes++;
                continue;
            }
            if (lex.projectGeneric.contains(t.word()) || tag.equals("m") || tag.startsWith("q") || tag.equals("t")) {
                continue;
            }
            // 产业园 alone is a kind of facility, whatever tag the segmenter gives it, not a proper name.
            // 龙湾大桥 read as one place word: a place that ends in a facility noun names that facility.
            if (tag.startsWith("ns") && t.word().length() > 2 && endsWithAny(t.word(), lex.projectFacilityHeads)) {
                proper = true;
            }
            if ((tag.startsWith("nt") || tag.equals("nz") || tag.equals("nis")
                    || tag.equals("j") || tag.equals("nx")) && !lex.projectFacilityHeads.contains(t.word())) {
                proper = true;
            }
            // 城东/s 片区: a part of town named by its direction and a 区 word (the segmenter reads it as a place word,
            // s) is a place; the direction alone before a trade (城南道路照明工程) names none.
            if (tag.equals("s") && directionDistrict(st, t)) {
                proper = true;
            }
            // 智能终端, 数字经济: the segmenter's compound nouns (gi, gm) are content words too.
            if (tag.startsWith("n") || tag.equals("b") || tag.startsWith("a") || tag.equals("vn") || tag.equals("x")
                    || tag.equals("gi") || tag.equals("gm")) {
                content++;
            }
        }
        // 垃圾焚烧发电: a noun with a chain of two or more process words is as specific as two nouns.
        return !(proper || content >= minContent || (quantity || processes >= 2) && content >= 1);
    }

    private String status(String context) {
        for (String[] sw : lex.statusWords) {
            if (context.contains(sw[1])) {
                return sw[0];
            }
        }
        return null;
    }

    /**
     * Gives each amount (总投资/投资/概算总投资 … N 亿/万 元) to its project: the project it follows in the sentence, the
     * one right after it (投资5亿元建设P, 总投资3亿元的P), or, when the sentence opens on the project by reference
     * (该项目总投资…, 项目总投资…) and names none, the last project named in the sentences before.
     */
    private void investments(Entities e, Sent st, Span previous) {
        if (st.s.indexOf('元') < 0) {
            return;
        }
        Matcher m = money.matcher(st.s);
        while (m.find()) {
            java.util.OptionalLong read = lex.amount.yuan(m.group(2));
            if (read.isEmpty()) {
                continue;
            }
            long yuan = read.getAsLong();
            Span target = null;
            Span after = null;
            for (Span sp : e.spans(st)) {
                if (sp.kind() != EntityKind.PROJECT) {
                    continue;
                }
                if (sp.end() <= m.start() && (target == null || sp.start() > target.start())
                        && !AGGREGATE_GAP.matcher(st.s.substring(sp.end(), m.start())).find()) {
                    target = sp;
                }
                if (after == null && sp.start() >= m.end() && (sp.start() - m.end() <= 6
                        && noClauseEnd(st.s.substring(m.end(), sp.start()))
                        || BUILDS_NEXT.matcher(st.s.substring(m.end(), sp.start())).matches()
                        && !PROJECT_REFERENCE.matcher(st.s.substring(clauseStart(st, m.start()), m.start())).find())) {
                    // 投资5亿元建设P; 投资12亿元，建设P (the clause after the amount names what it builds, unless the
                    // amount's own clause is about a project already: 该项目总投资20亿元，主要建设…).
                    after = sp;
                }
            }
            if (after != null && (st.at(m.end()) == '的' || target == null
                    || CLAUSE.indexOf(st.s.charAt(Math.max(0, m.start() - 1))) < 0 && clauseStart(st, m.start())
                    > target.end())) {
                // 总投资3亿元的P; 投资5亿元建设P (the amount opens the clause that names P).
                target = after;
            }
            if (target == null && after == null) {
                after = builtAfterCompanyInvests(e, st, m.start(), m.end());
                target = after;
            }
            if (target != null && target != after && lastOfList(e, st, target)) {
                // A、B和C，总投资35亿元: an amount after a list of projects is their total, no one project's.
                target = null;
            }
            boolean ownProjects = e.spans(st).stream().anyMatch(sp -> sp.kind() == EntityKind.PROJECT
                    && sp.start() < m.start());
            boolean facilityRef = facilityReference(st.s.substring(clauseStart(st, m.start()), m.start()));
            if (target == null && facilityRef) {
                // X基地，该基地总投资…: the facility named last in the sentence, else before it.
                Span last = null;
                for (Span sp : e.spans(st)) {
                    if (sp.kind() == EntityKind.PROJECT && sp.end() <= m.start()) {
                        last = sp;
                    }
                }
                target = last != null ? last : previous;
            }
            if (target == null && previous != null && !ownProjects && byReference(st, m.start())) {
                target = previous;
            }
            if (target != null) {
                ProjectInfo p = e.project(target.name());
                if (p != null && p.investment == null) {
                    p.investment = yuan;
                }
            }
        }
    }

    /**
     * 远川食品有限公司计划投资3亿元，在青石县建设P: an amount a company invests, followed in the next clause by what it
     * builds. The amount is P's when a company is the subject right before the investment word and the next clause
     * builds P; null otherwise.
     */
    private Span builtAfterCompanyInvests(Entities e, Sent st, int moneyStart, int moneyEnd) {
        Span company = null;
        for (Span sp : e.spans(st)) {
            if (sp.kind() == EntityKind.COMPANY && sp.end() <= moneyStart && moneyStart - sp.end() <= 3) {
                company = sp;
            }
        }
        if (company == null) {
            return null;
        }
        for (Span sp : e.spans(st)) {
            if (sp.kind() != EntityKind.PROJECT || sp.start() < moneyEnd || sp.start() - moneyEnd > 30) {
                continue;
            }
            // 新建X项目: the verb may open the project's own name.
            String verb = sp.surface().length() > 4 ? sp.surface().substring(0, 2) : "";
            String between = st.s.substring(moneyEnd, sp.start());
            boolean builds = THEN_BUILDS.matcher(between).matches()
                    || THEN_BUILDS.matcher(between + verb).matches();
            return builds ? sp : null;
        }
        return null;
    }

    /** True when {@code p} ends a list of projects: another project stands right before it, joined by 、/和/及. */
    private static boolean lastOfList(Entities e, Sent st, Span p) {
        for (Span o : e.spans(st)) {
            if (o.kind() == EntityKind.PROJECT && o != p && o.end() <= p.start()) {
                String gap = st.s.substring(o.end(), p.start());
                if (gap.equals("、") || gap.equals("和") || gap.equals("及") || gap.equals("以及") || gap.equals("与")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** 该项目总投资…, 项目计划总投资…, 工程总投资…: the clause before the amount refers back to a project. */
    /**
     * X生产基地，该基地总投资5亿元: the clause right after the one of the head at {@code i}, when it opens by referring
     * back to the same head (该基地, 这个园区); else empty.
     */
    private String referringClause(Sent st, int i) {
        int k = i;
        while (k < st.length() && CLAUSE.indexOf(st.at(k)) < 0) {
            k++;
        }
        if (k >= st.length() - 1) {
            return "";
        }
        for (String ref : REFERENCES) {
            // 该基地 after a 基地, 该园区 after an 物流园: any facility or project word refers back.
            int at = k + 1 + ref.length();
            if (st.s.startsWith(ref, k + 1) && (lex.projectFacilityHeads.stream().anyMatch(h -> st.s.startsWith(h, at))
                    || lex.projectHeads.stream().anyMatch(h -> st.s.startsWith(h, at)))) {
                return clause(st, k + 1);
            }
        }
        return "";
    }

    /** 该基地总投资…, 这个园区计划投资…: an amount whose clause opens on a reference to a facility. */
    private boolean facilityReference(String before) {
        for (String ref : REFERENCES) {
            if (before.startsWith(ref) && before.length() <= ref.length() + 8) {
                String rest = before.substring(ref.length());
                return lex.projectFacilityHeads.stream().anyMatch(rest::startsWith)
                        || lex.orgHeads.stream().anyMatch(rest::startsWith);
            }
        }
        return false;
    }

    private static boolean byReference(Sent st, int moneyAt) {
        String before = st.s.substring(clauseStart(st, moneyAt), moneyAt);
        return before.isEmpty() && st.s.substring(0, moneyAt).matches(".*(?:该|此|这一|这个)(?:项目|工程).*")
                || before.matches("(?:该|此|这一|这个|整个)?(?:项目|工程)(?:的|共|计划|预计|一期|二期)?")
                || before.matches("(?:该|此|这一|这个|整个)(?:项目|工程).{0,6}")
                // 该项目由远帆公司投资3亿元建设: the builder named with 由 between the reference and its amount.
                || before.matches("(?:该|此|这一|这个|整个)(?:项目|工程)(?:将|拟)?由[^，。；由]{2,30}?(?:计划|拟|共|累计)?");
    }

    private static boolean noClauseEnd(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (CLAUSE.indexOf(s.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- lists

    /** Items of the 、-list that ends at {@code end} (the last item may follow 和/及); the first is walked left. */
    private List<int[]> listBefore(Sent st, int end, int minItems, boolean projectItems) {
        int start = clauseStart(st, end);
        List<int[]> items = new ArrayList<>();
        int itemEnd = end;
        int depth = 0;
        for (int i = end - 1; i >= start; i--) {
            char c = st.at(i);
            if (c == '）') {
                depth++;
            } else if (c == '（') {
                depth--;
            } else if (depth == 0 && LIST_SEPARATORS.indexOf(c) >= 0) {
                items.add(0, new int[]{i + 1, itemEnd});
                itemEnd = i;
            }
        }
        int first = projectItems ? walkLeftProject(st, itemEnd) : persons.walkLeftOrg(st, itemEnd, start);
        items.add(0, new int[]{Math.max(start, first), itemEnd});
        if (items.size() < minItems) {
            return List.of();
        }
        splitLastOnAnd(st, items);
        return items.stream().filter(it -> it[1] - it[0] >= 2).toList();
    }

    /** Items of the 、-list that starts at {@code start} and runs to the end of the sentence (…和Z。). */
    private List<int[]> listAfter(Sent st, int start) {
        List<int[]> items = new ArrayList<>();
        int itemStart = start;
        int depth = 0;
        for (int i = start; i <= st.length(); i++) {
            char c = st.at(i);
            if (c == '（') {
                depth++;
            } else if (c == '）') {
                depth--;
            } else if (i == st.length() || depth == 0 && (c == '、' || CLAUSE.indexOf(c) >= 0 || c == '进')) {
                items.add(new int[]{itemStart, i});
                itemStart = i + 1;
                if (i == st.length() || c != '、') {
                    break;
                }
            }
        }
        splitLastOnAnd(st, items);
        return items.stream().filter(it -> it[1] - it[0] >= 2).toList();
    }

    private static void splitLastOnAnd(Sent st, List<int[]> items) {
        int[] last = items.get(items.size() - 1);
        String text = st.s.substring(last[0], last[1]);
        for (String and : new String[]{"和", "及"}) {
            int k = text.lastIndexOf(and);
            if (k >= 2 && text.length() - k > 2) {
                items.set(items.size() - 1, new int[]{last[0], last[0] + k});
                items.add(new int[]{last[0] + k + 1, last[1]});
                return;
            }
        }
    }

    private static int clauseStart(Sent st, int i) {
        int k = i;
        while (k > 0 && CLAUSE.indexOf(st.at(k - 1)) < 0) {
            k--;
        }
        return k;
    }

    private static String clause(Sent st, int i) {
        int a = clauseStart(st, i);
        int b = i;
        while (b < st.length() && CLAUSE.indexOf(st.at(b)) < 0) {
            b++;
        }
        return st.s.substring(a, b);
    }

    static boolean endsWithAny(String s, List<String> ends) {
        for (String e : ends) {
            if (s.endsWith(e)) {
                return true;
            }
        }
        return false;
    }
}
