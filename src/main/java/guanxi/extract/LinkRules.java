package guanxi.extract;

import guanxi.extract.Entities.CompanyGroup;
import guanxi.extract.Entities.Span;
import guanxi.extract.PersonFinder.Mention;
import guanxi.model.EntityKind;
import guanxi.model.Evidence;
import guanxi.model.RelationType;
import guanxi.nlp.Token;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Relations that involve companies, organisations and projects: EXECUTIVE_OF (a corporate title), SUBSIDIARY_OF
 * (子公司, 控股, 收购, 由Y投资设立的X, X由Y控股, a company named after its parent), INVESTS_IN (a project named after,
 * partnered, invested in or built by a company: C投资N建设P, P由A和B投资建设, 该项目由A投资建设; a company that signs
 * for a project), VISITED (the object of 来到/考察/走访/深入/参观…, the place of "在X，…" and of 到/在X调研; a short
 * form takes the full name seen before), SIGNED (A与B签约/签订/签署 between persons, companies and public bodies;
 * representatives who 代表双方签约 or 分别代表X和Y签约; 甲代表企业与所在地政府签约; the project a signing is about:
 * P由A与B签约, P签约暨…会, P合作协议签订). Cross-sentence links are resolved within the story; the evidence is the
 * sentence that states the fact (evidence holds one sentence).
 * <p>
 * Reads the person mentions, the {@link Entities} and the story's leader; writes relations into {@link StoryFacts}.
 */
final class LinkRules {

    /** The head of a people's government: 市长, 副县长, 代区长 (a title ending so; 市委书记 is not). */
    private static final Pattern GOVERNMENT_HEAD = Pattern.compile("([省市县区州旗])长$");
    /**
     * X是Y(投资设立)的(全资)子公司, X系Y全资子公司 (系, the written copula): X is Y's subsidiary; so is X为Y(的)全资子公司
     * when the clause ends there (为 also means "for": X为Y子公司提供服务 states no parent).
     */
    private static final Pattern SUBSIDIARY_IS =
            Pattern.compile("(?:是|系)(?:[^，。；]{0,30}?)(?:出资设立|投资设立|设立)?(?:的(?:全资|控股)?|全资|控股)子公司"
                    + "|为(?:[^，。；为]{0,30}?)(?:的(?:全资|控股)?|全资|控股)?子公司(?=[，。；]|$)");
    private static final Pattern SUBSIDIARY_OF_TOPIC = Pattern.compile("(?:控股子公司|全资子公司|子公司|收购)");
    private static final Pattern PROFILE = Pattern.compile("^(?:是|成立于|主营|主要|位于|始建于|创建于)");
    private static final Pattern SIGN = Pattern.compile("签约|签订|签署");
    /** After the place visited: the rest of its sentence up to an agreement signed, with no other side or witness. */
    private static final Pattern SIGNS_WHERE_VISITED = Pattern.compile(
            "[^。；与和同见]*?(?:签订|签署)了?[^，。；与和同]{0,16}(?:协议|合同|备忘录|协议书)");
    private static final Pattern PARENTHETICAL = Pattern.compile("（[^）]*）");
    /**
     * 到我县农商银行调研, 在园区服务中心视察, 到X出席会议并视察: the place someone went to (or was at) in order to survey
     * it, also when a meeting there came first; also a list of places (到县中医院、县人民医院调研).
     */
    private static final Pattern VISIT_AT =
            Pattern.compile("(?:到|赴|来|在)([^，。；到赴来在]{2,40}?)(?:进行了?|开展|(?:出席|参加)[^，。；、到赴来在并]{1,8}并)?"
                    + "(?:调研|考察|视察|检查|督导|走访|参观|查看)"
                    // 到X开展“三服务”活动, 赴X开展走访慰问活动: going to X for an activity there (在X开展… is its setting).
                    + "|(?:到|赴)([^，。；到赴来在]{2,40}?)开展[^，。；]{0,12}?活动");
    /** 总投资15亿元的, 占地300亩的: a figure of size or money that describes the named item after it. */
    private static final Pattern SCALE_DESCRIBED = Pattern.compile("[^，。；、的]*[0-9０-９][^，。；、的]*的");
    private static final Pattern BOTH_SIDES = Pattern.compile("代表双方签约|代表双方签订|代表双方签署");
    private static final Pattern PARTNER = Pattern.compile("合作|承建|投资|投建|兴建");
    /**
     * Between a company and a project it carries out, as a clause of the project: X负责实施的P, X开发的P, X代建的P,
     * X负责施工的P (the firm that carries a project out or builds it, as 承建 does).
     */
    private static final Pattern CARRIES_OUT = Pattern.compile(
            "(?:负责|具体|组织|承担)?(?:实施|施工|代建|开发|开发建设|建设运营)的");
    /** 副县长甲、公司总经理乙分别代表X和Y签约: two representatives, each for one side. */
    private static final Pattern EACH_SIDE = Pattern.compile(
            "分别代表([^，。；、和与及]{2,30}?)(?:和|与|及|、)([^，。；、和与及]{2,30}?)(?:双方)?(?:正式)?(?:签约|签订|签署|签字)");
    /** X签约暨推进会, X合作协议顺利签订, X完成签约: the project a signing is about, printed right before it. */
    private static final Pattern SIGNED_ABOUT = Pattern.compile(
            "^(?:合作|投资|框架|战略合作)?(?:协议|合同)?(?:正式|顺利|成功|完成|集中|现场)?(?:签约|签订|签署)");
    /**
     * P签约, P、Q等5个项目进行现场签约: a signing verb closing the clause of a project (or of a list it opens), only
     * the list's other items, its tally and the signing's manner between them.
     */
    private static final Pattern LIST_SIGNED = Pattern.compile(
            "^(?:、[^，。；]*?(?:项目|工程))?(?:等(?:[0-9一二三四五六七八九十]+个)?项目)?(?:进行|举行)?(?:正式|顺利|成功|完成|集中|现场)*"
                    + "(?:签约|签订|签署)");
    /** 双方就, 双方围绕 (perhaps a verb of building after it) opening the clause of the project the talks are on. */
    private static final Pattern BOTH_SIDES_ON_OPEN = Pattern.compile("双方(?:就|围绕)(?:建设|共建|推进|合作)?");
    /**
     * What stands between a person met and the project the talks are on: his delegation or the verb of the meeting,
     * the comma, then the opening of {@link #BOTH_SIDES_ON_OPEN}.
     */
    private static final Pattern BOTH_SIDES_ON = Pattern.compile(
            "(?:一行)?并?(?:进行了?|举行了?)?(?:亲切|深入)?(?:座谈|会谈|洽谈|交流)?[，,]" + BOTH_SIDES_ON_OPEN.pattern());
    /** What ends a sentence of talks after the person met: 进行了座谈。, 一行并举行会谈。, 座谈。 */
    private static final Pattern TALKS_END = Pattern.compile(
            "^(?:同志)?(?:一行)?并?(?:进行了?|举行了?)?(?:亲切|深入)?(?:座谈|会谈|洽谈|交流)[^，。；]{0,4}。?$");
    /** 由A和B(共同)投资建设: who invests in the project the clause is about. */
    private static final Pattern BUILT_BY = Pattern.compile(
            "由([^，。；由]{2,40}?)(?:共同|联合|合作)?(?:投资建设|投资兴建|出资建设|投资|出资|投建|承建|开发建设|建设)(?!设立|成立)");
    /** A sentence about the project named before: 该项目…, 据了解，该工程…, 目前，此项目…. */
    private static final Pattern PROJECT_TOPIC = Pattern.compile("(?:[^，。；]{1,4}，)?(?:该|此|这一|这个)(?:项目|工程)");
    /** 我县, 我市 …, with the adverbs a signing verb takes: the paper's own place as a side, before the verb. */
    private static final Pattern OWN_PLACE = Pattern.compile("我[省市县区州旗镇乡](?:正式|顺利|成功|现场|共同|再次)?");
    private static final Pattern LOCAL_GOVERNMENT = Pattern.compile("(?:当地|地方|属地)(?:人民)?政府");
    /** 双方将共同投资建设: the two sides of a signing go on to build or invest in what follows. */
    private static final Pattern BOTH_SIDES_BUILD = Pattern.compile(
            "双方(?:将|拟|计划)?(?:共同|联合|合作)?(?:投资建设|合作建设|共建|建设|投资|打造|开发)");
    /** What stands between a parent and its company: 旗下(的), 下属(的), 所属(的), (的)(全资|控股)子公司, 控股的. */
    private static final Pattern UNDER_PARENT =
            Pattern.compile("^(?:(?:旗下|下属|所属)(?:的)?(?:全资|控股)?(?:子公司|企业|公司|单位)?|的?(?:全资|控股)?子公司"
                    + "|(?:绝对|相对|全资)?控股的)");
    /** 华锦纺织公司隶属于远帆集团, 现隶属: the company before belongs to the one after. */
    private static final Pattern BELONGS_TO = Pattern.compile("^(?:现|现已|已)?隶属(?:于)?");
    /** 远帆集团收购(了)禾光能源公司: the company bought becomes the buyer's. */
    private static final Pattern ACQUIRED = Pattern.compile("^(?:成功|全资|整体|正式)?(?:收购|并购)(?:了)?");
    /**
     * 远帆集团于去年收购禾光能源公司, 2021年成功并购, 今年3月已收购: a word of time (and 已) between the buyer and the
     * verb of buying.
     */
    private static final Pattern ACQUIRED_LATER = Pattern.compile("^(?:于)?(?:(?:\\d{2,4}|去|今|前|上|同)年"
            + "(?:初|底|末|\\d{1,2}月(?:份)?)?|\\d{1,2}月(?:份)?|近日|日前|此前|近期)(?:已经|已)?"
            + "(?:成功|全资|整体|正式)?(?:收购|并购)(?:了)?");
    /** 远帆集团(已于6月)完成对禾光能源公司的收购: what stands between the buyer and the company bought. */
    private static final Pattern ACQUISITION_OF = Pattern.compile(
            "^(?:已|已经)?(?:于[^，。；对]{1,12}?)?(?:成功)?(?:完成|实现)?了?对");
    /** What follows the company bought in {@link #ACQUISITION_OF}: 的(全资)收购. */
    private static final Pattern ACQUISITION_OF_END = Pattern.compile("^的(?:全资|整体|控股)?(?:收购|并购)");
    /** 王五担任, 李六现任: a verb of holding a post right after a name. */
    private static final Pattern SERVES_AS = Pattern.compile("^(?:担任|现任)");
    /** 禾光能源公司(已)被远帆集团收购: what stands between the company bought and its buyer. */
    private static final Pattern ACQUIRED_BY = Pattern.compile("^(?:已|已经|于[^，。；被]{1,10})?被");
    /** What follows the parent in 由Y投资设立的X, X由Y控股. */
    private static final Pattern SET_UP_BY = Pattern.compile(
            "^(?:全资|绝对|相对)?(?:投资设立|出资设立|设立|投资控股|控股|出资成立|投资成立|出资组建|组建)(的)?");
    private static final String CLAUSE = "，。；！？";
    /** Between a project and a firm: its role there (P的投资方C, P开发商为C). */
    private static final Pattern PROJECT_ROLE = Pattern.compile(
            "的?(?:投资方|投资商|投资人|开发商|建设方|建设单位|承建方|承建商|承建单位|施工方|施工单位|运营方|运营商|业主)(?:为|是)?");
    /**
     * Between a company and its project: (计划/拟)(在X|来X)投资N元，(在X)建设 — the company invests, then builds the
     * project.
     */
    private final Pattern investsThenBuilds;
    /** A later clause whose subject is the sentence's first: 下一步将投资5亿元建设, 同时计划投资…新建. */
    private final Pattern laterClauseBuilds;
    /** A speaker's verb before the clause a company opens: 王五介绍，甲公司…; 他表示： */
    private static final Pattern SPEAKER_VERB = Pattern.compile("(?:介绍|表示|说|指出)$");

    private final RuleWords lex;

    LinkRules(RuleWords lex) {
        this.lex = lex;
        // 投资(约)(人民币)N元, with the figures Amount reads (3亿, 五千万, ３．５亿).
        String invests = "投资[约近超过逾]*(?:人民币)?" + lex.amount.figure + "+元";
        this.investsThenBuilds = Pattern.compile("(?:计划|拟|将|预计)?(?:[在来到][^，。；投]{2,12}?)?(?:计划|拟|将|预计|共|总)?"
                + invests + "，?(?:在[^，。；]{2,12}?)?(?:建设|兴建|新建|扩建|投建|打造|用于建设)");
        this.laterClauseBuilds = Pattern.compile("(?:下一步|下步|今后|未来|近期|同时|随后|还|并)(?:还)?(?:将|拟|计划)"
                + "(?:在[^，。；]{2,10}?)?" + invests + "(?:用于)?(?:建设|兴建|新建|扩建|打造)");
    }

    void apply(StoryFacts facts, Entities e, List<Sent> all, Map<Sent, List<Mention>> mentions, String leader) {
        Map<String, String> employer = executives(facts, e, all, mentions);
        subsidiaries(facts, e, all);
        investments(facts, e, all, mentions, employer, leader);
        visits(facts, e, all, mentions, leader);
        signings(facts, e, all, mentions, employer);
    }

    // ---------------------------------------------------------------- EXECUTIVE_OF

    /**
     * Person to company for every title phrase that names a company, read along the whole title chain (县政协委员、
     * 鹏达集团董事长 names the company in its second title); the posts are that title's rest and the titles after it.
     * A title that opens with the company's self-reference (公司, 集团公司) names the company of the same sentence,
     * else the one in the headline, else the story's only company. Returns each executive's company.
     */
    private Map<String, String> executives(StoryFacts facts, Entities e, List<Sent> all,
                                           Map<Sent, List<Mention>> mentions) {
        Map<String, String> employer = new LinkedHashMap<>();
        Map<String, String> printed = new LinkedHashMap<>();
        e.companyBySurface.keySet().forEach(form -> {
            if (!selfReference(form)) {
                printed.put(form, guanxi.nlp.Segmenter.normalize(form));
            }
        });
        String headlineCompany = null;
        for (Sent st : all) {
            if (st.index == Sent.HEADLINE && headlineCompany == null) {
                headlineCompany = e.spans(st).stream().filter(sp -> sp.kind() == EntityKind.COMPANY
                        && !selfReference(sp.surface())).map(Span::surface).findFirst().orElse(null);
            }
        }
        List<CompanyGroup> named = e.companies.stream().filter(g -> !selfReference(g.name)).toList();
        for (Sent st : all) {
            String previousCompany = null;
            for (Mention m : mentions.getOrDefault(st, List.of())) {
                String company = null;
                String rest = null;
                int at = 0;
                boolean self = false;
                for (; at < m.titles().size() && company == null; at++) {
                    String t = guanxi.nlp.Segmenter.normalize(m.titles().get(at));
                    for (Map.Entry<String, String> pf : printed.entrySet()) {
                        String form = pf.getKey();
                        String nf = pf.getValue();
                        if (t.startsWith(nf) && t.length() > nf.length()
                                && (company == null || form.length() > company.length())) {
                            company = form;
                            rest = t.substring(nf.length());
                        }
                    }
                    Matcher under = rest == null ? null : UNDER_PARENT.matcher(rest);
                    if (under != null && under.find() && under.end() > 0) {
                        // 远帆集团下属企业禾光能源有限公司总经理王五: the post is in the company under the group.
                        String after = rest.substring(under.end());
                        String child = null;
                        for (Map.Entry<String, String> pf : printed.entrySet()) {
                            if (after.startsWith(pf.getValue()) && after.length() > pf.getValue().length()
                                    && (child == null || pf.getKey().length() > child.length())) {
                                child = pf.getKey();
                            }
                        }
                        if (child != null) {
                            rest = after.substring(printed.get(child).length());
                            company = child;
                        }
                    }
                    if (company == null) {
                        // 青禾药业负责人王五 with 青禾药业股份有限公司 printed elsewhere: the title opens with a company's
                        // name short of its legal ending, and the rest of it is a post.
                        for (CompanyGroup g : named) {
                            String stem = guanxi.nlp.Segmenter.normalize(g.name);
                            for (boolean stripped = true; stripped; ) {
                                stripped = false;
                                for (String suffix : lex.companySuffixes.keySet()) {
                                    if (stem.endsWith(suffix) && stem.length() - suffix.length() >= 4) {
                                        stem = stem.substring(0, stem.length() - suffix.length());
                                        stripped = true;
                                        break;
                                    }
                                }
                            }
                            String post = t.startsWith(stem) ? t.substring(stem.length()) : "";
                            if (stem.length() >= 4 && stem.length() < g.name.length()
                                    && (lex.titles.contains(post) || lex.postLabels.contains(post))) {
                                company = g.name;
                                rest = post;
                            }
                        }
                    }
                    if (company == null) {
                        // 新加坡丰源国际集团中国区总裁 with 丰源国际集团 printed elsewhere: a place (a country, a city) before a
                        // company's printed form opens the title, and the rest of it is an enterprise post there.
                        for (Map.Entry<String, String> pf : printed.entrySet()) {
                            int idx = t.indexOf(pf.getValue());
                            String post = idx > 0 ? t.substring(idx + pf.getValue().length()) : "";
                            if (idx > 0 && idx <= 6 && corporate(post) && placeOnly(t.substring(0, idx))
                                    && (company == null || pf.getKey().length() > company.length())) {
                                company = pf.getKey();
                                rest = post;
                            }
                        }
                    }
                    int selfLength = company == null ? selfReferenceLength(t) : 0;
                    if (selfLength > 0 && selfLength < t.length()) {
                        company = companyInSentence(e, st, m);
                        if (company == null) {
                            company = headlineCompany;
                        }
                        if (company == null && named.size() == 1 && namedBefore(named.get(0), st, m)) {
                            company = named.get(0).name;
                        }
                        rest = t.substring(selfLength);
                        self = true;
                    } else if (company == null && at == 0 && previousCompany != null && !startsWithOrg(t)
                            && m.titles().stream().anyMatch(x -> corporate(guanxi.nlp.Segmenter.normalize(x)))) {
                        // …董事长甲，党委副书记、总经理乙: the next person's chain holds an enterprise post somewhere.
                        company = previousCompany;
                        rest = t;
                    } else if (company == null && at == 0 && corporate(t) && !startsWithOrg(t) && named.size() == 1
                            && st.index != Sent.HEADLINE && !t.endsWith("师") && !t.endsWith("顾问") && !t.endsWith("家")
                            && (m.chainStart() == 0 || "，；：".indexOf(st.at(m.chainStart() - 1)) >= 0)) {
                        // 到远望科技有限公司调研，董事长王五陪同: a bare enterprise post opening a clause right after the
                        // story's only company (earlier in the sentence, in the one before, or in the headline) is a post
                        // there. Not a 总…师 post, which institutes have too, nor the next item of someone else's list.
                        for (Evidence ev : named.get(0).mentions) {
                            int si = ev.sentence();
                            if (si == Sent.HEADLINE || si == st.index - 1
                                    || si == st.index && ev.end() <= st.base + m.chainStart()) {
                                company = named.get(0).name;
                                rest = t;
                            }
                        }
                    }
                }
                if (company == null && !m.titles().isEmpty()) {
                    // 华泰重工有限公司的董事长钟伟: a bare enterprise post (or the person in charge, 负责人) right after a
                    // company and 的 is a post there.
                    String first = guanxi.nlp.Segmenter.normalize(m.titles().get(0));
                    String owner = corporate(first) && !startsWithOrg(first) || lex.postLabels.contains(first)
                            ? companyBeforeOf(e, st, m) : null;
                    if (owner != null) {
                        company = owner;
                        rest = first;
                        at = 1;
                    }
                }
                if (company == null && !m.titles().isEmpty() && corporate(guanxi.nlp.Segmenter.normalize(m.titles().get(0)))) {
                    // 在恒信集团，研发中心总监王五…: a company post in a department of the company the sentence is set in.
                    company = placeCompany(e, st, m);
                    rest = company == null ? null : guanxi.nlp.Segmenter.normalize(m.titles().get(0));
                    at = 1;
                }
                if (company == null || rest == null || rest.isEmpty()) {
                    previousCompany = null;
                    continue;
                }
                CompanyGroup g = e.company(company);
                if (g == null) {
                    previousCompany = null;
                    continue;
                }
                int next = postsEnd(m.titles(), at, printed, g);
                List<String> posts = new ArrayList<>();
                posts.add(rest);
                posts.addAll(m.titles().subList(at, next));
                String title = String.join("、", posts);
                Evidence ev = facts.evidence(st, m.chainStart(), m.end(), "corporate-title");
                facts.relate(RelationType.EXECUTIVE_OF, m.name(), EntityKind.PERSON, g.name, EntityKind.COMPANY, title, ev);
                laterCompanyPosts(facts, e, m, next, printed, ev);
                employer.putIfAbsent(m.name(), g.name);
                previousCompany = company;
                if (self) {
                    for (Span sp : e.spans(st)) {
                        if (sp.kind() == EntityKind.COMPANY && !sp.name().equals(g.name) && sp.end() <= m.chainStart()
                                && e.company(sp.surface()) != null && !selfReference(sp.surface())) {
                            facts.relate(RelationType.EXECUTIVE_OF, m.name(), EntityKind.PERSON, sp.name(),
                                    EntityKind.COMPANY, title, ev);
                        }
                    }
                }
            }
        }
        groupLabelExecutives(facts, e, all, mentions, printed, employer);
        servesAs(facts, e, all, mentions, employer);
        return employer;
    }

    /**
     * True when company {@code c} opens its sentence (or the clause after a speaker's 介绍，/表示，) and {@code p} is
     * built in a later clause of that sentence that opens with an adverb of sequence and reads 将投资…建设P (see
     * {@link #laterClauseBuilds}), with no company opening a clause between them.
     */
    private boolean subjectOfLaterClause(Sent st, List<Span> spans, Span c, Span p) {
        boolean opens = c.start() == 0 || "，：".indexOf(st.at(c.start() - 1)) >= 0 && c.start() >= 2
                && SPEAKER_VERB.matcher(st.s.substring(0, c.start() - 1)).find();
        int clause = st.s.lastIndexOf('，', p.start());
        if (!opens || clause <= c.end() || st.s.substring(c.end(), clause).contains("。")) {
            return false;
        }
        // The verb of building may open the project's own name (扩建…项目), as for investsThenBuilds.
        String later = st.s.substring(clause + 1, p.start());
        String verb = p.surface().length() > 4 ? p.surface().substring(0, 2) : "";
        if (!laterClauseBuilds.matcher(later).matches() && !laterClauseBuilds.matcher(later + verb).matches()) {
            return false;
        }
        return spans.stream().noneMatch(o -> o.kind() == EntityKind.COMPANY && o.start() > c.end() && o.start() < clause
                && "，；".indexOf(st.at(o.start() - 1)) >= 0);
    }

    /**
     * The printed company form a title opens with (the longest), when it names a company other than {@code g} (any,
     * when null) and a post follows it; else null. {@code printed} holds no self-reference (公司, 集团).
     */
    private static String companyOpening(String title, Map<String, String> printed, CompanyGroup g) {
        String t = guanxi.nlp.Segmenter.normalize(title);
        String best = null;
        for (Map.Entry<String, String> pf : printed.entrySet()) {
            String nf = pf.getValue();
            boolean other = g == null || !g.name.equals(pf.getKey()) && !g.aliases.contains(pf.getKey());
            if (t.startsWith(nf) && t.length() > nf.length() && other && (best == null || nf.length() > printed.get(best).length())) {
                best = pf.getKey();
            }
        }
        return best;
    }

    /**
     * Where the posts held in company {@code g} end in a chain of titles read from {@code from}: at the first title
     * that opens with another company's name (远帆集团副总经理、禾光能源有限公司总经理), or the chain's end.
     */
    private static int postsEnd(List<String> titles, int from, Map<String, String> printed, CompanyGroup g) {
        int end = from;
        while (end < titles.size() && companyOpening(titles.get(end), printed, g) == null) {
            end++;
        }
        return end;
    }

    /**
     * 远帆集团副总经理、禾光能源有限公司总经理王五: a later title of the chain that opens with another company's name
     * is a post in that company (with the titles after it, up to the next one naming a company), not one more post in
     * the company the chain named first.
     */
    private void laterCompanyPosts(StoryFacts facts, Entities e, Mention m, int from, Map<String, String> printed,
                                   Evidence ev) {
        List<String> titles = m.titles();
        int at = from;
        while (at < titles.size()) {
            String form = companyOpening(titles.get(at), printed, null);
            CompanyGroup first = form == null ? null : e.company(form);
            int next = first == null ? titles.size() : postsEnd(titles, at + 1, printed, first);
            if (first != null) {
                List<String> posts = new ArrayList<>();
                posts.add(guanxi.nlp.Segmenter.normalize(titles.get(at)).substring(printed.get(form).length()));
                posts.addAll(titles.subList(at + 1, next));
                facts.relate(RelationType.EXECUTIVE_OF, m.name(), EntityKind.PERSON, first.name, EntityKind.COMPANY,
                        String.join("、", posts), ev);
            }
            at = next;
        }
    }

    /**
     * 王五担任远帆集团董事长, 李六现任禾光能源有限公司总经理: a person named right before a verb of holding a post (担任,
     * 现任; not 曾任, a former one), and a company right after it followed by an enterprise post ending the clause, holds
     * that post in the company.
     */
    private void servesAs(StoryFacts facts, Entities e, List<Sent> all, Map<Sent, List<Mention>> mentions,
                          Map<String, String> employer) {
        for (Sent st : all) {
            if (!st.s.contains("担任") && !st.s.contains("现任")) {
                continue;
            }
            for (Mention m : mentions.getOrDefault(st, List.of())) {
                Matcher v = SERVES_AS.matcher(st.s.substring(m.end()));
                if (!v.find()) {
                    continue;
                }
                int at = m.end() + v.end();
                for (Span sp : e.spans(st)) {
                    if (sp.kind() != EntityKind.COMPANY || sp.start() != at || selfReference(sp.surface())) {
                        continue;
                    }
                    int end = sp.end();
                    while (end < st.length() && "，。；、！？".indexOf(st.at(end)) < 0) {
                        end++;
                    }
                    String post = guanxi.nlp.Segmenter.normalize(st.s.substring(sp.end(), end));
                    CompanyGroup g = e.company(sp.surface());
                    if (g != null && !post.isEmpty() && post.length() <= 8 && lex.corporateTitles.contains(post)) {
                        facts.relate(RelationType.EXECUTIVE_OF, m.name(), EntityKind.PERSON, g.name, EntityKind.COMPANY,
                                post, facts.evidence(st, m.start(), end, "serves-as"));
                        employer.putIfAbsent(m.name(), g.name);
                    }
                }
            }
        }
    }

    /**
     * 恒信集团领导王五、李六: the people a company's group label (领导, 负责人) lists hold that post in the company; the label
     * is the title. Only a company printed by name counts, not a self-reference.
     */
    private void groupLabelExecutives(StoryFacts facts, Entities e, List<Sent> all, Map<Sent, List<Mention>> mentions,
                                      Map<String, String> printed, Map<String, String> employer) {
        for (Sent st : all) {
            String listCompany = null;
            String listLabel = null;
            int listEnd = -1;
            for (Mention m : mentions.getOrDefault(st, List.of())) {
                if (!"group-label-list".equals(m.rule())) {
                    listCompany = null;
                    continue;
                }
                if (m.chainStart() < m.start()) {
                    String phrase = guanxi.nlp.Segmenter.normalize(st.s.substring(m.chainStart(), m.start())).strip();
                    listLabel = lex.groupLabels.stream().filter(phrase::endsWith)
                            .max(java.util.Comparator.comparingInt(String::length)).orElse(null);
                    listCompany = null;
                    if (listLabel != null) {
                        String org = phrase.substring(0, phrase.length() - listLabel.length());
                        for (Map.Entry<String, String> pf : printed.entrySet()) {
                            if (org.equals(pf.getValue())) {
                                listCompany = pf.getKey();
                            }
                        }
                    }
                } else if (listCompany != null && !st.s.substring(listEnd, m.start()).equals("、")) {
                    listCompany = null;
                }
                listEnd = m.end();
                CompanyGroup g = listCompany == null ? null : e.company(listCompany);
                if (g != null) {
                    facts.relate(RelationType.EXECUTIVE_OF, m.name(), EntityKind.PERSON, g.name, EntityKind.COMPANY,
                            listLabel, facts.evidence(st, m.chainStart(), m.end(), "company-group-label"));
                    employer.putIfAbsent(m.name(), g.name);
                }
            }
        }
    }

    /** The company of a sentence opening 在X， (the place it is set in), when the mention comes after that frame. */
    private String placeCompany(Entities e, Sent st, Mention m) {
        if (!st.s.startsWith("在")) {
            return null;
        }
        for (Span sp : e.spans(st)) {
            if (sp.kind() == EntityKind.COMPANY && sp.start() == 1 && st.at(sp.end()) == '，' && sp.end() < m.chainStart()
                    && !selfReference(sp.surface())) {
                return sp.surface();
            }
        }
        return null;
    }

    /**
     * True when the company is printed before the mention (in the headline, an earlier sentence or earlier in the
     * same one): a self-reference points back to the story's company, not to one visited later.
     */
    private static boolean namedBefore(CompanyGroup g, Sent st, Mention m) {
        for (Evidence ev : g.mentions) {
            int at = ev.sentence();
            if (at == Sent.HEADLINE || st.index != Sent.HEADLINE && at < st.index
                    || at == st.index && ev.end() <= st.base + m.chainStart()) {
                return true;
            }
        }
        return false;
    }

    /**
     * True for a company word that names no company by itself: only enterprise endings (公司, 集团公司, 总公司), also
     * after a demonstrative (该公司, 本集团), which points back to the company named before.
     */
    private boolean selfReference(String form) {
        String rest = form.length() > 1 && "该本".indexOf(form.charAt(0)) >= 0 ? form.substring(1) : form;
        boolean stripped = true;
        while (!rest.isEmpty() && stripped) {
            stripped = false;
            for (String suffix : lex.companySuffixes.keySet()) {
                if (rest.endsWith(suffix)) {
                    rest = rest.substring(0, rest.length() - suffix.length());
                    stripped = true;
                    break;
                }
            }
        }
        return rest.isEmpty();
    }

    /** Length of the self-reference a title opens with (集团公司董事长 → 4), or 0. */
    private int selfReferenceLength(String title) {
        for (int len = Math.min(title.length() - 1, 6); len >= 2; len--) {
            if (selfReference(title.substring(0, len))) {
                return len;
            }
        }
        return 0;
    }

    /**
     * True when a person's title is a post in one of the places a sentence opens with: a bare enterprise post (董事长),
     * one opening with the firm's self-reference (公司董事长) or one naming the place (华锦纺织有限公司总经理).
     */
    private boolean placeStaff(Mention m, List<Span> place) {
        for (String t : m.titles()) {
            if (!corporate(t)) {
                continue;
            }
            if (lex.corporateTitles.contains(t) || selfReferenceLength(t) > 0
                    || place.stream().anyMatch(sp -> t.startsWith(sp.surface()) || t.startsWith(sp.name()))) {
                return true;
            }
        }
        return false;
    }

    private boolean corporate(String title) {
        for (String ct : lex.corporateTitles) {
            if (title.endsWith(ct)) {
                return true;
            }
        }
        return false;
    }

    private boolean startsWithOrg(String title) {
        for (String ct : lex.corporateTitles) {
            if (title.endsWith(ct)) {
                return title.length() > ct.length() + 2;
            }
        }
        return false;
    }

    /** The company printed by name right before 的 and the title chain of {@code m} (某某公司的董事长王五), or null. */
    private String companyBeforeOf(Entities e, Sent st, Mention m) {
        int de = m.chainStart() - 1;
        if (de < 1 || st.at(de) != '的') {
            return null;
        }
        for (Span sp : e.spans(st)) {
            if (sp.kind() == EntityKind.COMPANY && sp.end() == de && e.company(sp.surface()) != null
                    && !selfReference(sp.surface())) {
                return sp.surface();
            }
        }
        return null;
    }

    /** "公司董事长X": the company named in the same sentence, nearest before the title. */
    private String companyInSentence(Entities e, Sent st, Mention m) {
        String best = null;
        for (Span sp : e.spans(st)) {
            if (sp.kind() == EntityKind.COMPANY && sp.end() <= m.chainStart() && !selfReference(sp.surface())) {
                best = sp.surface();
            }
        }
        return best;
    }

    // ---------------------------------------------------------------- SUBSIDIARY_OF

    private void subsidiaries(StoryFacts facts, Entities e, List<Sent> all) {
        for (CompanyGroup child : e.companies) {
            for (CompanyGroup parent : e.companies) {
                if (child == parent) {
                    continue;
                }
                for (String form : forms(parent)) {
                    // 远帆集团第一工程公司 is a company of the group; 远帆集团青禾卷烟厂 is one of its plants, no company.
                    if (form.length() >= 3 && child.name.startsWith(form) && child.name.length() > form.length() + 1
                            && hasSuffix(form) && child.name.endsWith("公司")) {
                        Evidence ev = child.mentions.isEmpty() ? null : child.mentions.get(0);
                        facts.relate(RelationType.SUBSIDIARY_OF, child.name, EntityKind.COMPANY, parent.name,
                                EntityKind.COMPANY, null, withRule(ev, "subsidiary-name"));
                    }
                }
            }
        }
        // A company the story calls a 子公司 of a named parent has that parent; 旗下 elsewhere adds no second one.
        java.util.Set<String> stated = new java.util.HashSet<>();
        for (Sent st : all) {
            Matcher is = SUBSIDIARY_IS.matcher(st.s.contains("子公司") ? st.s : "");
            while (is.find()) {
                List<Span> cs = e.spans(st).stream().filter(s -> s.kind() == EntityKind.COMPANY).toList();
                Span child = last(cs, is.start());
                if (child != null && firstIn(cs, is.start(), is.end()) != null) {
                    stated.add(child.name());
                }
            }
        }
        String topic = null;
        for (Sent st : all) {
            List<Span> cs = e.spans(st).stream().filter(s -> s.kind() == EntityKind.COMPANY).toList();
            if (!cs.isEmpty() && cs.get(0).start() <= 1) {
                topic = cs.get(0).name();
            }
            // Both patterns need 子公司 (or 收购); the plain search spares most sentences the regex.
            boolean subsidiaryWord = st.s.contains("子公司");
            Matcher is = SUBSIDIARY_IS.matcher(subsidiaryWord ? st.s : "");
            while (is.find()) {
                Span child = last(cs, is.start());
                Span parent = firstIn(cs, is.start(), is.end());
                if (child != null && parent != null) {
                    facts.relate(RelationType.SUBSIDIARY_OF, child.name(), EntityKind.COMPANY, parent.name(),
                            EntityKind.COMPANY, null, facts.evidence(st, child.start(), is.end(), "subsidiary-is"));
                }
            }
            setUpBy(facts, st, cs);
            underParent(facts, st, cs, stated);
            acquired(facts, st, cs);
            acquisitionOf(facts, st, cs);
            acquiredBy(facts, st, cs);
            belongsTo(facts, st, cs);
            Matcher of = SUBSIDIARY_OF_TOPIC.matcher(subsidiaryWord || st.s.contains("收购") ? st.s : "");
            while (of.find()) {
                Span child = firstIn(cs, of.end(), of.end());
                String parent = cs.stream().filter(s -> s.end() <= of.start()).map(Span::name).findFirst().orElse(topic);
                if (child != null && parent != null && !of.group().equals("收购")) {
                    facts.relate(RelationType.SUBSIDIARY_OF, child.name(), EntityKind.COMPANY, parent,
                            EntityKind.COMPANY, null, facts.evidence(st, of.start(), child.end(), "subsidiary-of"));
                }
            }
        }
    }

    /** 由远帆集团投资设立的青禾新能源公司; 青禾新能源公司由远帆集团控股: the company after 的, else before 由. */
    private static void setUpBy(StoryFacts facts, Sent st, List<Span> cs) {
        if (st.s.indexOf('由') < 0 || cs.size() < 2) {
            return;
        }
        for (Span parent : cs) {
            Matcher m = SET_UP_BY.matcher(st.s.substring(parent.end()));
            if (st.at(parent.start() - 1) != '由' || !m.find()) {
                continue;
            }
            int after = parent.end() + m.end();
            Span child = null;
            if (m.group(1) != null) {
                for (Span c : cs) {
                    if (child == null && c.start() >= after && c.start() - after <= 12
                            && noClauseEnd(st.s.substring(after, c.start()))) {
                        child = c;
                    }
                }
            } else {
                Span before = last(cs, parent.start() - 1);
                if (before != null && parent.start() - 1 - before.end() <= 4
                        && noClauseEnd(st.s.substring(before.end(), parent.start()))) {
                    child = before;
                }
            }
            if (child != null && !parent.name().equals(child.name())) {
                facts.relate(RelationType.SUBSIDIARY_OF, child.name(), EntityKind.COMPANY, parent.name(),
                        EntityKind.COMPANY, null, facts.evidence(st, Math.min(child.start(), parent.start()),
                                Math.max(child.end(), after), "subsidiary-set-up-by"));
            }
        }
    }

    /**
     * 远帆集团旗下的禾光能源公司, 远帆集团下属禾光能源公司, 远帆集团控股的禾光能源公司: the company after 旗下/下属/所属
     * (or after 控股的, held by the one before) belongs to the one before.
     */
    private static void underParent(StoryFacts facts, Sent st, List<Span> cs, java.util.Set<String> stated) {
        if (st.s.indexOf("旗下") >= 0 || st.s.indexOf("下属") >= 0 || st.s.indexOf("所属") >= 0
                || st.s.indexOf("控股的") >= 0) {
            joined(facts, st, cs, "", UNDER_PARENT, false, "subsidiary-under",
                    (parent, child) -> !stated.contains(child.name()));
        }
    }

    /** 远帆集团收购了禾光能源公司: the company named right after the verb of buying is a subsidiary of the buyer. */
    private static void acquired(StoryFacts facts, Sent st, List<Span> cs) {
        joined(facts, st, cs, "购", ACQUIRED, false, "subsidiary-acquired", (first, second) -> true);
        joined(facts, st, cs, "购", ACQUIRED_LATER, false, "subsidiary-acquired", (first, second) -> true);
    }

    /**
     * 远帆集团已完成对禾光能源有限公司的收购: the company after 对 whose 收购 (or 并购) the buyer completed is its
     * subsidiary.
     */
    private static void acquisitionOf(StoryFacts facts, Sent st, List<Span> cs) {
        if (st.s.contains("收购") || st.s.contains("并购")) {
            joined(facts, st, cs, "对", ACQUISITION_OF, false, "subsidiary-acquisition-of",
                    (parent, child) -> ACQUISITION_OF_END.matcher(st.s.substring(child.end())).find());
        }
    }

    /**
     * 华锦纺织有限公司被青石投资集团收购: the company right before 被 was bought by the one right after it, when the clause's
     * verb of buying follows that one.
     */
    private static void acquiredBy(StoryFacts facts, Sent st, List<Span> cs) {
        joined(facts, st, cs, "被", ACQUIRED_BY, true, "subsidiary-acquired-by",
                (child, parent) -> ACQUIRED.matcher(st.s.substring(parent.end())).find());
    }

    /** 华锦纺织有限公司隶属于恒远控股集团: the company right before 隶属(于) belongs to the one right after it. */
    private static void belongsTo(StoryFacts facts, Sent st, List<Span> cs) {
        joined(facts, st, cs, "隶属", BELONGS_TO, true, "subsidiary-belongs", (first, second) -> true);
    }

    /**
     * Two companies joined by a verb of ownership that follows the first ({@code verb}, matched right after it; the
     * sentence must hold {@code marker}) with the second right after the verb, when {@code also} holds of the two (in
     * their order in the sentence): the child is the first company ({@code firstIsChild}) or the second. The
     * evidence spans both.
     */
    private static void joined(StoryFacts facts, Sent st, List<Span> cs, String marker, Pattern verb,
                               boolean firstIsChild, String rule, java.util.function.BiPredicate<Span, Span> also) {
        if (cs.size() < 2 || st.s.indexOf(marker) < 0) {
            return;
        }
        for (Span first : cs) {
            Matcher m = verb.matcher(st.s.substring(first.end()));
            if (!m.find()) {
                continue;
            }
            int after = first.end() + m.end();
            for (Span second : cs) {
                if (second.start() == after && !second.name().equals(first.name()) && also.test(first, second)) {
                    Span child = firstIsChild ? first : second;
                    Span parent = firstIsChild ? second : first;
                    facts.relate(RelationType.SUBSIDIARY_OF, child.name(), EntityKind.COMPANY, parent.name(),
                            EntityKind.COMPANY, null, facts.evidence(st, first.start(), second.end(), rule));
                }
            }
        }
    }

    private boolean hasSuffix(String s) {
        return lex.endsWithCompanySuffix(s);
    }

    // ---------------------------------------------------------------- INVESTS_IN

    private void investments(StoryFacts facts, Entities e, List<Sent> all, Map<Sent, List<Mention>> mentions,
                             Map<String, String> employer, String leader) {
        String visitingFirm = leader == null ? null : employer.get(leader);
        Span previous = null;
        for (Sent st : all) {
            builtBy(facts, e, st, previous);
            for (Span sp : e.spans(st)) {
                if (sp.kind() == EntityKind.PROJECT && st.index != Sent.HEADLINE) {
                    previous = sp;
                }
            }
        }
        for (Sent st : all) {
            List<Span> sp = e.spans(st);
            for (Span p : sp) {
                if (p.kind() != EntityKind.PROJECT) {
                    continue;
                }
                for (CompanyGroup g : e.companies) {
                    for (String form : forms(g)) {
                        if (form.length() >= 2 && p.surface().contains(form) && !namesAnArea(p.surface(), form)) {
                            facts.relate(RelationType.INVESTS_IN, g.name, EntityKind.COMPANY, p.name(),
                                    EntityKind.PROJECT, null, facts.evidence(st, p.start(), p.end(), "project-of-company"));
                        }
                    }
                }
                for (Span c : sp) {
                    if (c.kind() != EntityKind.COMPANY || c.end() > p.start()) {
                        continue;
                    }
                    String between = st.s.substring(c.end(), p.start());
                    String verb = p.surface().length() > 4 ? p.surface().substring(0, 2) : "";
                    if (investsThenBuilds.matcher(between).matches()
                            || investsThenBuilds.matcher(between + verb).matches()) {
                        // 远川食品有限公司计划投资3亿元，在青石县建设P: the company's investment builds P.
                        facts.relate(RelationType.INVESTS_IN, c.name(), EntityKind.COMPANY, p.name(), EntityKind.PROJECT,
                                null, facts.evidence(st, c.start(), p.end(), "company-invests-to-build"));
                    } else if (subjectOfLaterClause(st, sp, c, p)) {
                        // 甲公司已完成…，下一步将投资5亿元建设P: the firm that opens the sentence is the subject of
                        // its later clause, which names no subject of its own.
                        facts.relate(RelationType.INVESTS_IN, c.name(), EntityKind.COMPANY, p.name(),
                                EntityKind.PROJECT, null, facts.evidence(st, c.start(), p.end(),
                                        "company-invests-later-clause"));
                    }
                    // 与远帆集团合作…的滨江新城项目; 禾光能源有限公司年产…项目 (the company names the project); 该集团
                    // 物流园二期工程 (the company pointed back to opens the project's name).
                    boolean partner = PARTNER.matcher(between).find() || CARRIES_OUT.matcher(between).matches()
                            || p.surface().endsWith("项目")
                            && !between.contains("与") && !between.contains("和") && !between.contains("的")
                            || between.isEmpty() && c.rule().equals("company-reference");
                    if (between.length() <= 24 && partner && noClauseEnd(between) && !between.contains("、")) {
                        facts.relate(RelationType.INVESTS_IN, c.name(), EntityKind.COMPANY, p.name(), EntityKind.PROJECT,
                                null, facts.evidence(st, c.start(), p.end(), "company-partners-project"));
                    }
                }
                for (Span c : sp) {
                    if (c.kind() == EntityKind.COMPANY && c.start() >= p.end() && c.start() - p.end() <= 8
                            && PROJECT_ROLE.matcher(st.s.substring(p.end(), c.start())).matches()) {
                        // P的投资方C, P的开发商为C: the firm in that role invests in or builds P.
                        facts.relate(RelationType.INVESTS_IN, c.name(), EntityKind.COMPANY, p.name(), EntityKind.PROJECT,
                                null, facts.evidence(st, p.start(), c.end(), "project-role"));
                    }
                }
                if (visitingFirm != null && st.index != Sent.HEADLINE && talksOfTheStorysSides(st, sp, p, mentions)) {
                    // X公司副总经理Y一行来我县考察。…双方就P进行了交流: the firm whose head leads the visit is one side.
                    facts.relate(RelationType.INVESTS_IN, visitingFirm, EntityKind.COMPANY, p.name(), EntityKind.PROJECT,
                            null, facts.evidence(st, p.start(), p.end(), "talks-of-visiting-firm"));
                }
                for (Mention m : mentions.getOrDefault(st, List.of())) {
                    String company = employer.get(m.name());
                    if (company != null && p.end() <= m.chainStart() && meets(st, m)) {
                        facts.relate(RelationType.INVESTS_IN, company, EntityKind.COMPANY, p.name(), EntityKind.PROJECT,
                                null, facts.evidence(st, p.start(), m.end(), "project-talks"));
                    }
                    if (company != null && m.end() <= p.start()
                            && BOTH_SIDES_ON.matcher(st.s.substring(m.end(), p.start())).matches()) {
                        // 会见了X公司总经理Y(一行)，双方就P达成合作意向: after meeting Y, the talks are on Y's firm's P.
                        facts.relate(RelationType.INVESTS_IN, company, EntityKind.COMPANY, p.name(), EntityKind.PROJECT,
                                null, facts.evidence(st, m.start(), p.end(), "talks-after-meeting"));
                    }
                }
                String partner = partnerOfTalksBefore(all, st, p, mentions, employer);
                if (partner != null) {
                    // …与X公司总裁Y进行了座谈。双方就(在我县建设)P…: the talks of the sentence before are on Y's firm's P.
                    facts.relate(RelationType.INVESTS_IN, partner, EntityKind.COMPANY, p.name(), EntityKind.PROJECT,
                            null, facts.evidence(st, p.start(), p.end(), "talks-in-sentence-before"));
                }
            }
        }
    }

    /**
     * P由A和B投资建设; 该项目由A投资建设 (P named in an earlier sentence): every company listed after 由 invests in the
     * project the clause is about. The evidence is the sentence that names the investors.
     */
    private static void builtBy(StoryFacts facts, Entities e, Sent st, Span previous) {
        if (st.s.indexOf('由') < 0) {
            return;
        }
        Matcher m = BUILT_BY.matcher(st.s);
        while (m.find()) {
            Span project = null;
            for (Span sp : e.spans(st)) {
                if (sp.kind() == EntityKind.PROJECT && sp.end() <= m.start() && m.start() - sp.end() <= 8
                        && noClauseEnd(st.s.substring(sp.end(), m.start()))) {
                    project = sp;
                }
            }
            if (project == null) {
                // 滨江冷链物流园项目占地300亩，总投资6亿元，由远川食品有限公司负责建设: the sentence's topic, the one
                // project named before 由 with no company between.
                List<Span> before = e.spans(st).stream().filter(sp -> sp.end() <= m.start()).toList();
                List<Span> ps = before.stream().filter(sp -> sp.kind() == EntityKind.PROJECT).toList();
                boolean companyBetween = !ps.isEmpty() && before.stream().anyMatch(sp ->
                        sp.kind() == EntityKind.COMPANY && sp.start() >= ps.get(0).end());
                if (ps.size() == 1 && !companyBetween && st.s.substring(ps.get(0).end(), m.start()).indexOf('；') < 0) {
                    project = ps.get(0);
                }
            }
            String lead = st.s.substring(Math.max(0, m.start() - 6), m.start());
            if (project == null && previous != null && lead.matches(".*(?:该|此|这一|这个)?(?:项目|工程)(?:将|拟|计划|主要)?$")) {
                project = previous;
            }
            if (project == null && previous != null && PROJECT_TOPIC.matcher(st.s).lookingAt()
                    && e.spans(st).stream().noneMatch(sp -> sp.end() <= m.start()
                            && (sp.kind() == EntityKind.PROJECT || sp.kind() == EntityKind.COMPANY))) {
                // 该项目总投资18亿元，由X承建: the sentence opens on the project named before, its figures come
                // first and its builder after them.
                project = previous;
            }
            int lastCompanyEnd = e.spans(st).stream().filter(c -> c.kind() == EntityKind.COMPANY
                    && c.start() >= m.start(1) && c.end() <= m.end(1)).mapToInt(Span::end).max().orElse(m.start(1));
            if (project == null || m.end(1) - lastCompanyEnd > 4) {
                // 由甲公司通过招标确定投资商: the companies after 由 do the verb's act only when little else follows.
                continue;
            }
            for (Span c : e.spans(st)) {
                if (c.kind() == EntityKind.COMPANY && c.start() >= m.start(1) && c.end() <= m.end(1)) {
                    facts.relate(RelationType.INVESTS_IN, c.name(), EntityKind.COMPANY, project.name(),
                            EntityKind.PROJECT, null, facts.evidence(st, c.start(), m.end(), "project-built-by"));
                }
            }
        }
    }

    /**
     * True when every place the project's name prints the company's {@code form} goes on with an area named after the
     * firm (石门化肥总厂棚户区改造项目, 青禾纺织有限公司周边道路项目; company-named-areas.txt): the project renews that area
     * and the firm only lends it the name.
     */
    private boolean namesAnArea(String project, String form) {
        for (int at = project.indexOf(form); at >= 0; at = project.indexOf(form, at + 1)) {
            int after = at + form.length();
            if (lex.companyNamedAreas.stream().noneMatch(w -> project.startsWith(w, after))) {
                return false;
            }
        }
        return true;
    }

    /**
     * 双方就P…, its clause opening the sentence or after a short opener (座谈会上，双方围绕P…), with no person or firm
     * named before P in the sentence: the two sides are the story's own (the visitors and the hosts).
     */
    private static boolean talksOfTheStorysSides(Sent st, List<Span> spans, Span p, Map<Sent, List<Mention>> mentions) {
        int clause = Math.max(st.s.lastIndexOf('，', p.start() - 1), st.s.lastIndexOf(',', p.start() - 1)) + 1;
        return clause <= 8 && BOTH_SIDES_ON_OPEN.matcher(st.s.substring(clause, p.start())).matches()
                && spans.stream().noneMatch(c -> c.kind() == EntityKind.COMPANY && c.start() < p.start())
                && mentions.getOrDefault(st, List.of()).stream().noneMatch(m -> m.start() < p.start());
    }

    /**
     * The employer of the person whose talks end the sentence right before {@code st}, when {@code st} opens with
     * 双方就/双方围绕 and names the project {@code p} within eight characters, in the same clause; null otherwise.
     */
    private static String partnerOfTalksBefore(List<Sent> all, Sent st, Span p, Map<Sent, List<Mention>> mentions,
                                               Map<String, String> employer) {
        Matcher open = BOTH_SIDES_ON_OPEN.matcher(st.s);
        if (st.index <= 0 || !open.lookingAt() || p.start() < open.end() || p.start() - open.end() > 8
                || !noClauseEnd(st.s.substring(open.end(), p.start()))) {
            return null;
        }
        Sent before = all.stream().filter(x -> x.index == st.index - 1).findFirst().orElse(null);
        List<Mention> ms = before == null ? List.of() : mentions.getOrDefault(before, List.of());
        if (ms.isEmpty()) {
            return null;
        }
        Mention last = ms.get(ms.size() - 1);
        String company = employer.get(last.name());
        return company != null && TALKS_END.matcher(before.s.substring(last.end())).matches() ? company : null;
    }

    private boolean meets(Sent st, Mention m) {
        String after = st.s.substring(m.end(), Math.min(st.length(), m.end() + 8));
        return after.contains("座谈") || after.contains("洽谈") || after.contains("会谈") || after.contains("签约");
    }

    // ---------------------------------------------------------------- VISITED

    private void visits(StoryFacts facts, Entities e, List<Sent> all, Map<Sent, List<Mention>> mentions,
                        String leader) {
        List<String> seen = new ArrayList<>();
        for (Sent st : all) {
            List<Mention> ms = mentions.getOrDefault(st, List.of());
            List<Span> spans = e.spans(st);
            for (int i = 0; i < st.length(); i++) {
                String verb = visitVerbAt(st, i, ms, spans);
                if (verb != null) {
                    String who = leader != null ? leader : subject(ms, i, null);
                    if (who == null) {
                        continue;
                    }
                    int from = i + verb.length();
                    if (st.at(from) == '的') {
                        // 来我县考察的深圳市…公司: a relative clause describing a visitor, not a visit.
                        i += verb.length() - 1;
                        continue;
                    }
                    if (st.at(from) == '了') {
                        from++;
                    }
                    int described = describingClauseEnd(st, from);
                    List<Span> targets = described > 0 ? listOfEntities(e, st, described) : List.of();
                    if (targets.isEmpty()) {
                        // 参观了X公司新研制的机器人: no place named after the clause; what it opens with was seen.
                        targets = listOfEntities(e, st, from);
                    }
                    for (Span target : targets) {
                        visited(facts, who, target, "visit-object", seen);
                    }
                    if (targets.size() == 1) {
                        signsWhereVisited(facts, st, who, targets.get(0));
                        plantOfTheFirmVisited(facts, e, st, targets.get(0));
                    }
                    i += verb.length() - 1;
                }
            }
            Matcher at = VISIT_AT.matcher(st.s.contains("调研") || st.s.contains("考察") || st.s.contains("视察")
                    || st.s.contains("检查") || st.s.contains("督导") || st.s.contains("走访") || st.s.contains("活动")
                    ? st.s : "");
            while (at.find()) {
                String who = leader != null ? leader : subject(ms, at.start(), null);
                int place = at.start(1) >= 0 ? 1 : 2;
                for (Span target : listOfEntities(e, st, at.start(place))) {
                    if (target.end() <= at.end(place)) {
                        visited(facts, who, target, "visit-place-purpose", seen);
                    }
                }
            }
            Matcher inspected = EntityRules.INSPECTED_LIST.matcher(st.s.contains("进行") ? st.s : "");
            while (inspected.find() && leader != null) {
                for (Span target : listOfEntities(e, st, inspected.start() + 1)) {
                    visited(facts, leader, target, "visit-inspected", seen);
                }
            }
            // 在远帆科技有限公司及禾光能源有限公司，王立平与…: the place a sentence opens with.
            if (st.s.startsWith("在")) {
                List<Span> place = listOfEntities(e, st, 1);
                if (!place.isEmpty()) {
                    int comma = st.s.indexOf('，', place.get(place.size() - 1).end());
                    String who = comma < 0 ? leader : subject(ms.stream().filter(m -> m.start() > comma).toList(),
                            st.length(), leader);
                    if (comma >= 0 && comma - place.get(place.size() - 1).end() <= 6) {
                        // 在X公司，公司董事长Y介绍…: the place's own staff host the visit; the visitor is the next
                        // person, else the story's leader.
                        String w = ms.stream().filter(m -> m.start() > comma && !placeStaff(m, place))
                                .map(Mention::name).findFirst().orElse(leader);
                        for (Span target : place) {
                            visited(facts, w, target, "visit-place", seen);
                        }
                        if (place.size() == 1) {
                            plantOfTheFirmVisited(facts, e, st, place.get(0));
                        }
                    } else if (who != null) {
                        continue;
                    }
                }
            }
            // A company profile paragraph in a visit story: the leader visited it (远帆刀具有限公司是…).
            if (leader != null && st.index != Sent.HEADLINE) {
                for (Span sp : e.spans(st)) {
                    if (sp.kind() == EntityKind.COMPANY && sp.start() == 0 && hasSuffix(sp.surface())
                            && e.company(sp.surface()) != null
                            && PROFILE.matcher(st.s.substring(sp.end())).find() && legalName(sp.surface())) {
                        visited(facts, leader, sp, "visit-profile", seen);
                    }
                }
            }
        }
    }

    /**
     * Where the place visited starts when a clause describing it stands between the verb and its name (来到X投资建设的P,
     * 深入位于…的P, 来到今年新落户的P): just after the clause's 的, when the clause holds a verb and no clause
     * punctuation; else -1. Without a verb (X公司的车间) the 的 only marks what belongs to X.
     */
    private int describingClauseEnd(Sent st, int from) {
        boolean verb = false;
        for (int k = from; k < st.length() && k - from <= 40; k++) {
            char c = st.at(k);
            if ("，。；：！？、".indexOf(c) >= 0 || !lex.visitVerbIndex.at(st.s, k).isEmpty()) {
                // A clause that is itself a visit (赴我县考察的X公司董事长) describes a visitor, not a place.
                return -1;
            }
            Token t = st.tokenAt(k);
            if (t == null || t.start() != k) {
                continue;
            }
            // The segmenter may glue 的 to the name after it (的北岭光伏电站/nt); 的确, 的话 are words of their own.
            if (c == '的' && (t.word().length() == 1 || t.tag().startsWith("n"))) {
                return verb && k > from && k + 1 < st.length() ? k + 1 : -1;
            }
            verb |= t.tag().startsWith("v") && !t.tag().equals("vshi") && !t.tag().equals("vyou");
        }
        return -1;
    }

    /** The longest visit verb at {@code i} that starts a word (or directly follows a name: 雷勇来…). */
    private String visitVerbAt(Sent st, int i, List<Mention> ms, List<Span> spans) {
        List<String> verbs = lex.visitVerbIndex.at(st.s, i);
        if (verbs.isEmpty()) {
            return null;
        }
        boolean afterName = ms.stream().anyMatch(m -> m.end() == i);
        Token t = st.tokenAt(i);
        for (String verb : verbs) {
            // The verb must be a word of its own: 调研员, 考察组 are not visits; but 带队考察X公司, read as one word by
            // the segmenter, is, the verb ending right where a firm's, body's or project's name begins.
            boolean word = t != null && t.start() == i && t.end() <= i + verb.length();
            boolean opensName = spans.stream().anyMatch(sp -> sp.start() == i + verb.length());
            if (word || afterName || opensName || verb.endsWith("了")) {
                return verb;
            }
        }
        return null;
    }

    private boolean legalName(String s) {
        for (Map.Entry<String, Boolean> suf : lex.companySuffixes.entrySet()) {
            if (s.endsWith(suf.getKey())) {
                return suf.getValue();
            }
        }
        return false;
    }

    /**
     * Records a visit. An organisation printed short after its full name (锦江新城孵化园 after 高新区锦江新城孵化园) takes
     * the longer name seen before in the story ({@code seen}, in order of the visits).
     */
    private void visited(StoryFacts facts, String who, Span target, String rule, List<String> seen) {
        if (who == null) {
            return;
        }
        if (target.kind() != EntityKind.COMPANY) {
            String full = null;
            for (String n : seen) {
                if (n.length() > target.name().length() && n.endsWith(target.name()) && target.name().length() >= 4) {
                    full = n;
                }
            }
            if (full != null) {
                target = new Span(target.kind(), full, target.surface(), target.sent(), target.start(), target.end(),
                        target.rule());
            } else {
                seen.add(target.name());
            }
        }
        if (target.kind() == EntityKind.ORGANIZATION) {
            facts.organization(target.name(), facts.evidence(target.sent(), target.start(), target.end(), rule));
        }
        facts.relate(RelationType.VISITED, who, EntityKind.PERSON, target.name(), target.kind(), null,
                facts.evidence(target.sent(), target.start(), target.end(), rule));
    }

    /**
     * 来到X，就…进行对接，并签订…协议: the visitor signs with the one place visited when the same sentence goes on to an
     * agreement signed with no other side named before the verb (与, 和, 同) and nobody else's signing witnessed (见证).
     */
    private static void signsWhereVisited(StoryFacts facts, Sent st, String who, Span place) {
        Matcher m = SIGNS_WHERE_VISITED.matcher(st.s);
        m.region(place.end(), st.length());
        if (m.lookingAt()) {
            facts.relate(RelationType.SIGNED, who, EntityKind.PERSON, place.name(), place.kind(), null,
                    facts.evidence(st, place.start(), m.end(), "sign-where-visited"));
        }
    }

    /**
     * 在X公司，…查看了年产60万吨…生产线; 来到X公司，察看了年产…项目建设现场: a project of an annual output or of a firm's
     * plant (company-plant-heads.txt) seen in the sentence where the firm alone was visited, in its clauses after the
     * firm's and with no other firm named there, is the firm's own. A public project asked about there
     * (城南污水处理厂扩建项目) is not.
     */
    private void plantOfTheFirmVisited(StoryFacts facts, Entities e, Sent st, Span firm) {
        int comma = st.s.indexOf('，', firm.end());
        if (firm.kind() != EntityKind.COMPANY || comma < 0 || comma - firm.end() > 6) {
            return;
        }
        if (e.spans(st).stream().anyMatch(c -> c.kind() == EntityKind.COMPANY && c.start() > comma)
                || st.s.indexOf('；', comma) >= 0) {
            // Another firm named later in the sentence may own what is seen.
            return;
        }
        for (Span p : e.spans(st)) {
            String name = p.name().endsWith("项目") ? p.name().substring(0, p.name().length() - 2) : p.name();
            if (p.kind() == EntityKind.PROJECT && p.start() > comma
                    && (name.startsWith("年产") || EntityRules.endsWithAny(name, lex.companyPlantHeads))) {
                facts.relate(RelationType.INVESTS_IN, firm.name(), EntityKind.COMPANY, p.name(), EntityKind.PROJECT,
                        null, facts.evidence(st, firm.start(), p.end(), "plant-of-firm-visited"));
            }
        }
    }

    /** The nearest person before {@code i} in the sentence, else the story's leader. */
    private static String subject(List<Mention> ms, int i, String leader) {
        String who = null;
        for (Mention m : ms) {
            String after = m.sent().s.substring(m.end(), Math.min(m.sent().length(), m.end() + 8));
            if (m.end() <= i && !after.contains("陪同")) {
                who = m.name();
            }
        }
        return who != null ? who : leader;
    }

    /**
     * The entities listed from {@code from}: items separated by 、/及/和/与 up to the end of the clause or an item end
     * word (等, 进行, 现场 …); each item counts by the last entity inside it, or as an organisation when it ends with an
     * organisation head.
     */
    private List<Span> listOfEntities(Entities e, Sent st, int from) {
        List<Span> out = new ArrayList<>();
        int i = from;
        while (i < st.length()) {
            int end = itemEnd(st, i);
            if (end <= i) {
                break;
            }
            for (Span sp : e.spans(st)) {
                if (sp.kind() == EntityKind.PROJECT && sp.start() >= i && sp.start() < end && sp.end() > end
                        && isItemSeparator(st, end) && st.at(end) != '、') {
                    // 托养服务及综合服务建设项目: a project whose name holds 及/和 is one item, not two.
                    end = sp.end();
                }
            }
            Span best = null;
            List<Span> inItem = new ArrayList<>();
            for (Span sp : e.spans(st)) {
                if (sp.start() >= i && sp.end() <= end) {
                    inItem.add(sp);
                    if (best == null || sp.end() > best.end() || sp.end() == best.end() && sp.start() < best.start()) {
                        best = sp;
                    }
                }
            }
            for (Span sp : inItem) {
                boolean joined = sp != best && sp.end() < end && "和及与".indexOf(st.at(sp.end())) >= 0
                        && inItem.stream().anyMatch(o -> o.start() == sp.end() + 1);
                boolean first = sp.start() - i <= 2;
                if (joined && first) {
                    out.add(sp);
                }
            }
            if (best != null && best.start() - i > 2 && !coveredBefore(inItem, best, i)
                    && !SCALE_DESCRIBED.matcher(st.s.substring(i, best.start())).matches()) {
                best = null;
            }
            Span unit = best != null && best.kind() == EntityKind.COMPANY ? unitOf(st, best, end) : null;
            if (unit != null) {
                // 远帆药业…重点实验室, 禾光能源公司的储运二部: the firm and its own unit are both visited.
                out.add(best);
                best = unit;
            }
            if (best == null) {
                String item = st.s.substring(i, end);
                String head = lex.orgHeads.stream().filter(item::endsWith).findFirst()
                        .orElse(lex.projectFacilityHeads.stream().filter(item::endsWith).findFirst().orElse(""));
                int os = orgStart(st, i, end - head.length());
                int walked = os;
                int and = Math.max(st.s.lastIndexOf('和', end - 1), st.s.lastIndexOf('及', end - 1));
                if (and >= os && and < end - head.length() && (EntityRules.ADMIN_LEVELS.indexOf(st.at(and - 1)) >= 0
                        || EntityRules.ADMIN_LEVELS.indexOf(st.at(and + 1)) >= 0)) {
                    // 青禾镇和县自然资源局: the segmenter glued two places; the organisation is the part after 和. A 和
                    // with no place ending or opening at it is the name's own (人力资源和社会保障局).
                    os = and + 1;
                }
                int glued = os - 1;
                if (!head.isEmpty() && glued > i + 3 && "和及".indexOf(st.at(glued)) >= 0 && end - os >= 4) {
                    // 县第一中学和县文化馆, glued by the segmenter at 和: the part before is a body of its own when it
                    // too ends with a body's head and is named from the item's start.
                    String first = st.s.substring(i, glued);
                    String firstHead = lex.orgHeads.stream().filter(first::endsWith).findFirst().orElse(null);
                    if (firstHead != null && orgStart(st, i, glued - firstHead.length()) - i <= 2) {
                        out.add(new Span(EntityKind.ORGANIZATION, st.raw.substring(i, glued).strip(), first, st, i,
                                glued, "org-item"));
                        walked = i;
                    }
                }
                // As for a named entity, words before the name in its item (公司年产5万吨…生产线: the company's own
                // line, described) mean the item is no name of a place visited.
                // 工业园区, 企业园区: a kind word before the head names no place (县博物馆: a one-character place does).
                String kind = st.s.substring(os, end - head.length());
                boolean kindOnly = kind.length() >= 2 && lex.projectGeneric.contains(kind) || zoneKindOnly(kind)
                        || firmsOwnUnit(st.s.substring(os, end));
                // 县妇联, 县医院: a level and a two-character head name a body in three characters.
                boolean levelAndHead = end - os == 3 && head.length() == 2 && EntityRules.ADMIN_LEVELS.indexOf(st.at(os)) >= 0;
                if (!head.isEmpty() && (end - os >= 4 || levelAndHead) && walked - i <= 2 && !kindOnly) {
                    best = new Span(EntityKind.ORGANIZATION, st.raw.substring(os, end).strip(), st.s.substring(os, end),
                            st, os, end, "org-item");
                } else if (out.isEmpty() && i > from + 2) {
                    break;
                }
            }
            int site = best != null && end < st.length() ? lex.siteWords.longestLengthAt(st.s, end) : 0;
            if (site > 0 && end + site < st.length() && isItemSeparator(st, end + site)) {
                // 甲项目现场、乙工程工地: the site word closes this item; the list goes on after it.
                end += site;
            }
            if (best != null) {
                out.add(best);
            } else if (out.isEmpty() && !isItemSeparator(st, end)) {
                break;
            }
            if (end >= st.length() || !isItemSeparator(st, end)) {
                break;
            }
            i = end + 1;
        }
        return out;
    }

    /**
     * The firm's own unit that an item names after the firm: the rest of the item after 的 (公司的储运二部), or the whole
     * item when the firm's name opens a unit's name (远帆药业天然药物重点实验室); null when the item ends in no
     * organisation head or the rest is too short to name a unit.
     */
    private Span unitOf(Sent st, Span company, int end) {
        int from = st.at(company.end()) == '的' ? company.end() + 1 : company.start();
        if (end - company.end() < 3 || from >= end) {
            return null;
        }
        String text = st.s.substring(from, end);
        String rest = st.s.substring(company.end(), end);
        // Glued to the firm's name only a research unit is the firm's own (远帆药业…实验室); a mall or a division
        // printed so is the firm itself under another name.
        boolean head = from == company.start() ? EntityRules.endsWithAny(text, lex.companyUnitHeads)
                : EntityRules.endsWithAny(text, lex.orgHeads);
        if (!head || lex.titleIndex.occursIn(rest)
                || EntityRules.endsWithAny(rest, lex.projectHeads) || rest.length() - 1 < 2) {
            return null;
        }
        return new Span(EntityKind.ORGANIZATION, st.raw.substring(from, end).strip(), text, st, from, end, "org-unit");
    }

    /** True when the words before {@code best} in its item are another entity plus a few words (浙江远帆集团承建的…). */
    private static boolean coveredBefore(List<Span> inItem, Span best, int itemStart) {
        for (Span sp : inItem) {
            if (sp != best && sp.start() - itemStart <= 2 && best.start() - sp.end() <= 4) {
                return true;
            }
        }
        return false;
    }

    /** Where an organisation name ending at {@code end} starts, not before {@code floor} (镇和县自然资源局 → 县自然资源局). */
    private int orgStart(Sent st, int floor, int end) {
        int k = end;
        while (k > floor) {
            Token t = st.tokenAt(k - 1);
            if (t == null || st.at(k - 1) == ' ') {
                break;
            }
            if (EntityRules.GLUED_FUNCTION.indexOf(t.word().charAt(0)) >= 0 && t.word().length() > 1) {
                k = Math.max(floor, t.start() + 1);
                break;
            }
            if (placePairDash(st, t, floor)) {
                // 鹿川—丹溪协作产业园: one dash between two places names the pair a park or a programme joins.
                k = t.start();
                continue;
            }
            if (lex.orgStop.contains(t.word()) || t.tag().startsWith("w") || t.tag().startsWith("p")
                    || t.tag().startsWith("c") && !t.word().equals("与") || t.tag().startsWith("u") || t.tag().startsWith("v") && !t.tag().equals("vn")
                    && t.word().length() > 1) {
                break;
            }
            k = Math.max(floor, t.start());
        }
        return k;
    }

    /**
     * A single dash (—, －) inside the walk's floor with a Chinese character right before and right after it (the two
     * places of a pair, often short forms no dictionary tags as places); a doubled dash (——) sets off a clause.
     */
    private static boolean placePairDash(Sent st, Token t, int floor) {
        if (!t.word().equals("—") && !t.word().equals("－") || t.start() <= floor || t.end() >= st.length()) {
            return false;
        }
        return han(st.at(t.start() - 1)) && han(st.at(t.end()));
    }

    private static boolean han(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private int itemEnd(Sent st, int i) {
        int depth = 0;
        for (int k = i; k < st.length(); k++) {
            char c = st.at(k);
            if (c == '（') {
                depth++;
            } else if (c == '）') {
                depth--;
            }
            if (depth > 0) {
                continue;
            }
            if (CLAUSE.indexOf(c) >= 0 || c == '：' || isItemSeparator(st, k) && k > i + 1) {
                return k;
            }
            int endWord = k > i ? lex.itemEnds.longestLengthAt(st.s, k) : 0;
            Token word = endWord > 0 ? st.tokenAt(k) : null;
            if (endWord > 0 && (word == null || word.start() != k || word.end() <= k + endWord)) {
                // 检查 ends an item (…现场检查), not when it only opens a longer word of the name (护林检查站).
                return k;
            }
        }
        return st.length();
    }

    private boolean isItemSeparator(Sent st, int k) {
        char c = st.at(k);
        if (c == '、') {
            return true;
        }
        if (c == '及' || c == '和') {
            Token t = st.tokenAt(k);
            if (t != null && t.word().length() == 1) {
                return true;
            }
            // 和 the segmenter glued into a longer word (产业园和黔南 → 园和黔南, 有限公司和县人民医院 → 和县, even
            // 软件有限公司和县中医院 as one word) still separates two items when a firm's or body's name ends before it.
            String before = st.s.substring(0, k);
            boolean glued = t != null && t.end() > k + 1;
            return glued && (lex.orgHeads.stream().anyMatch(h -> h.length() >= 2 && before.endsWith(h))
                    || lex.projectFacilityHeads.stream().anyMatch(h -> h.length() >= 2 && before.endsWith(h))
                    || lex.endsWithCompanySuffix(before));
        }
        return false;
    }

    // ---------------------------------------------------------------- SIGNED

    private void signings(StoryFacts facts, Entities e, List<Sent> all, Map<Sent, List<Mention>> mentions,
                          Map<String, String> employer) {
        List<Span> aboutProjects = new ArrayList<>();
        List<String> signers = new ArrayList<>();
        java.util.Set<String> direct = new java.util.HashSet<>();
        for (Sent st : all) {
            if (st.s.indexOf('签') >= 0) {
                for (Span p : e.spans(st)) {
                    if (p.kind() == EntityKind.PROJECT && SIGNED_ABOUT.matcher(st.s.substring(p.end())).find()) {
                        aboutProjects.add(p);
                    }
                    if (p.kind() == EntityKind.PROJECT && LIST_SIGNED.matcher(clauseFrom(st, p.end())).find()) {
                        ownProjectSigned(facts, e, st, p);
                    }
                    if (p.kind() == EntityKind.PROJECT && st.s.startsWith("由", p.end())
                            && SIGN.matcher(clauseFrom(st, p.end())).find()) {
                        // P由A与B签约: the companies of that clause sign for P.
                        List<String> inClause = new ArrayList<>();
                        int clauseEnd = p.end() + clauseFrom(st, p.end()).length();
                        for (Span c : e.spans(st)) {
                            if (c.kind() == EntityKind.COMPANY && c.start() > p.end() && c.end() <= clauseEnd) {
                                inClause.add(c.name());
                            }
                        }
                        signedAbout(facts, List.of(p), inClause);
                    }
                }
            }
        }
        // Only a story with a signing needs its own places (for 我县与…签约).
        Map<Character, String> ownPlaces = all.stream().anyMatch(st -> st.s.indexOf('签') >= 0) ? ownPlaces(all) : Map.of();
        for (Sent st : all) {
            // Every signing verb starts with 签: most sentences have none and skip the regex.
            if (st.s.indexOf('签') < 0 || !SIGN.matcher(st.s).find()) {
                continue;
            }
            List<Mention> ms = mentions.getOrDefault(st, List.of());
            Matcher both = BOTH_SIDES.matcher(st.s);
            if (both.find()) {
                representatives(facts, e, st, ms, employer, both.start(), signers);
            }
            Matcher each = EACH_SIDE.matcher(st.s);
            if (each.find()) {
                eachSide(facts, e, st, ms, each);
            }
            int listedUntil = -1;
            for (int at : conjunctions(st)) {
                Matcher verb = SIGN.matcher(st.s);
                if (!verb.find(at)) {
                    break;
                }
                if (at < listedUntil) {
                    // 甲分别与A和B签约: the 和 inside the others listed after 与 joins no two sides.
                    continue;
                }
                boolean and = st.at(at) == '和';
                // 分别代表X和Y签约 is read by the representatives' rule.
                if (and && (!noClauseEnd(st.s.substring(at, verb.start())) || !st.tokenStartsAt(at)
                        || st.s.lastIndexOf("代表", at) >= 0 && noClauseEnd(st.s.substring(st.s.lastIndexOf("代表", at), at))
                        || st.tokenAt(at).word().length() != 1)) {
                    continue;
                }
                int before = at;
                if (at >= 2 && st.s.startsWith("分别", at - 2)) {
                    // 副县长甲分别与A、B签约: one side signs with each of the listed others.
                    before = at - 2;
                }
                if (st.at(before - 1) == '）') {
                    int open = st.s.lastIndexOf('（', before - 1);
                    before = open > 0 ? open : before;
                }
                String named = partyBefore(e, st, ms, before);
                Mention official = named == null || facts.isPerson(named) ? null : officialFor(st, ms, before);
                if (official != null) {
                    // 县长甲代表县人民政府与…: the body after 代表 is the side (the segmenter may glue the official to it).
                    named = st.raw.substring(official.end() + 2, before);
                }
                if (named == null) {
                    named = placeBefore(st, before, ownPlaces);
                }
                if (and && (named == null || facts.isPerson(named))) {
                    // 甲和乙签订: only bodies and firms joined by 和 are the two sides; persons so joined may witness.
                    continue;
                }
                Span represented = named == null ? represented(e, st, ms, employer, before) : null;
                String from = represented != null ? represented.name() : named;
                int repEnd = before;
                int listFrom = at + 1;
                int colon = st.s.indexOf('：', listFrom);
                if (colon > 0 && colon < verb.start() && colon - listFrom <= 8) {
                    listFrom = colon + 1;
                }
                List<Span> parties = listOfEntities(e, st, listFrom);
                if (parties.isEmpty()) {
                    parties = placeAfter(st, listFrom, verb.start(), ownPlaces);
                }
                boolean ownPlace = parties.isEmpty() && OWN_PLACE.matcher(st.s).region(listFrom, verb.start()).matches();
                if (ownPlace) {
                    // X公司与我县签订P项目合同, the county named nowhere in the story: the firm still signs for P and
                    // invests in it.
                    firmSignsForProject(facts, e, st, before, null, verb.end(), direct);
                }
                if (parties.isEmpty() && !ownPlace) {
                    parties = orgAfter(st, listFrom, verb.start());
                }
                parties = parties.stream().map(p -> localGovernment(all, p)).map(p -> projectsOpener(e, p)).toList();
                if (!parties.isEmpty()) {
                    listedUntil = parties.get(parties.size() - 1).end();
                }
                for (Span p : parties) {
                    if (p.kind() == EntityKind.COMPANY) {
                        if (signedProjects(facts, e, st, p, verb.end())) {
                            direct.add(p.name());
                        }
                    }
                }
                if (represented != null && !parties.isEmpty()) {
                    // 甲代表公司与…签订: 甲 signs too, and the company signs for the project after the verb.
                    if (signedProjects(facts, e, st, represented, verb.end())) {
                        direct.add(represented.name());
                    }
                    signers.add(represented.name());
                    Mention rep = ms.stream().filter(m -> st.s.startsWith("代表", m.end()) && m.end() < repEnd)
                            .reduce((a, b) -> b).orElse(null);
                    for (Span p : parties) {
                        if (rep != null) {
                            facts.relate(RelationType.SIGNED, rep.name(), EntityKind.PERSON, p.name(), p.kind(), null,
                                    facts.evidence(st, rep.start(), Math.min(st.length(), verb.end()), "sign-for"));
                        }
                    }
                }
                if (from == null || parties.isEmpty()) {
                    continue;
                }
                String rest = PARENTHETICAL.matcher(st.s.substring(
                        Math.min(parties.get(parties.size() - 1).end(), verb.start()), verb.start())).replaceAll("");
                if (rest.length() > 16 || rest.contains("出席") || rest.contains("参加")) {
                    continue;
                }
                EntityKind fromKind = facts.isPerson(from) ? EntityKind.PERSON
                        : e.companyBySurface.values().stream().anyMatch(g -> g.name.equals(from)) ? EntityKind.COMPANY
                        : EntityKind.ORGANIZATION;
                if (fromKind == EntityKind.COMPANY) {
                    signers.add(from);
                }
                int fromAt = st.s.lastIndexOf(from, before);
                if (fromKind == EntityKind.ORGANIZATION && fromAt >= 0) {
                    // The body before 与 is a party as the one after it is: a later 县长甲与乙代表双方签约 signs for it.
                    facts.organization(from, facts.evidence(st, fromAt, fromAt + from.length(), "sign-party"));
                }
                if (fromKind == EntityKind.COMPANY && parties.stream().noneMatch(p -> p.kind() == EntityKind.COMPANY)) {
                    // 甲公司与县人民政府签订P项目投资协议: with a body on the other side, the firm signs for the project
                    // named right after the verb, as a firm named after 与 does.
                    firmSignsForProject(facts, e, st, before, from, verb.end(), direct);
                }
                for (Span p : parties) {
                    if (p.kind() == EntityKind.COMPANY) {
                        signers.add(p.name());
                    }
                    if (p.kind() == EntityKind.ORGANIZATION) {
                        facts.organization(p.name(), facts.evidence(st, p.start(), p.end(), "sign-party"));
                    }
                    if (official != null) {
                        facts.relate(RelationType.SIGNED, official.name(), EntityKind.PERSON, p.name(), p.kind(), null,
                                facts.evidence(st, official.start(), Math.min(st.length(), verb.end()), "sign-for-body"));
                    }
                    facts.relate(RelationType.SIGNED, from, fromKind, p.name(), p.kind(), null,
                            facts.evidence(st, p.start(), Math.min(st.length(), verb.end()), "sign-with"));
                }
            }
        }
        bothSidesBuild(facts, e, all, signers);
        if (aboutProjects.stream().map(Span::name).distinct().count() == 1) {
            // A story about one signed project: its signing companies sign for it. Several (集中签约) stay unlinked.
            // A company that signs for a project it names is not taken to sign for the story's other one.
            signedAbout(facts, aboutProjects.subList(0, 1), signers.stream().filter(c -> !direct.contains(c)).toList());
        }
    }

    /**
     * 甲与X公司P项目投资协议签约: the side after 与 is the company that opens the project's name (it signs for its own
     * project, see {@link #ownProjectSigned}); any other party stays as it is.
     */
    private static Span projectsOpener(Entities e, Span p) {
        if (p.kind() != EntityKind.PROJECT) {
            return p;
        }
        for (CompanyGroup g : e.companies) {
            String form = openingForm(g, p);
            if (form != null) {
                return new Span(EntityKind.COMPANY, g.name, form, p.sent(), p.start(), p.start() + form.length(),
                        "project-opener");
            }
        }
        return p;
    }

    /** 经济, 高新技术产业: words before a zone's head that only say its kind (zone-kinds.txt), so the zone has no name. */
    /**
     * 企业展厅, 智能生产线, 生产车间, 企业研发中心: a firm's room or plant (firm-rooms.txt) or its research unit
     * (company-unit-heads.txt) named only by common words is the firm's own, passed through on its visit; 青禾县展览馆,
     * 红旗渠展厅 or 省农科院研究中心 name a place of their own.
     */
    private boolean firmsOwnUnit(String item) {
        return java.util.stream.Stream.concat(lex.firmRooms.stream(), lex.companyUnitHeads.stream())
                .filter(item::endsWith).findFirst()
                .map(unit -> item.length() == unit.length()
                        || EntityRules.commonWordsOnly(item.substring(0, item.length() - unit.length())))
                .orElse(false);
    }

    private boolean zoneKindOnly(String kind) {
        String rest = kind;
        while (!rest.isEmpty()) {
            String longest = null;
            for (String k : lex.zoneKinds) {
                if (rest.startsWith(k) && (longest == null || k.length() > longest.length())) {
                    longest = k;
                }
            }
            if (longest == null) {
                return false;
            }
            rest = rest.substring(longest.length());
        }
        return !kind.isEmpty();
    }

    /** The form of the company that opens the project's printed name (X有限公司P项目), or null. */
    private static String openingForm(CompanyGroup g, Span project) {
        return forms(g).stream().filter(form -> form.length() >= 2 && project.surface().startsWith(form)
                && project.surface().length() > form.length()).findFirst().orElse(null);
    }

    /**
     * 远川新材料有限公司年产3万吨铝型材项目正式签约: a signed project whose name the company opens is signed by it, however
     * many projects the signing has (each names its own company).
     */
    private static void ownProjectSigned(StoryFacts facts, Entities e, Sent st, Span p) {
        for (CompanyGroup g : e.companies) {
            if (openingForm(g, p) != null) {
                facts.relate(RelationType.SIGNED, g.name, EntityKind.COMPANY, p.name(), EntityKind.PROJECT, null,
                        facts.evidence(st, p.start(), p.end(), "own-project-signed"));
            }
        }
    }

    /**
     * 云帆集团与县政府签约 in a story whose project is signed (X项目签约暨推进会, X项目完成签约, X项目由A与B签约): each
     * company that signs in the story signs for that project and invests in it. The evidence is the project's sentence.
     */
    private static void signedAbout(StoryFacts facts, List<Span> projects, List<String> signers) {
        for (Span p : projects) {
            for (String c : signers) {
                Evidence ev = facts.evidence(p.sent(), p.start(), p.end(), "sign-about-project");
                facts.relate(RelationType.SIGNED, c, EntityKind.COMPANY, p.name(), EntityKind.PROJECT, null, ev);
                facts.relate(RelationType.INVESTS_IN, c, EntityKind.COMPANY, p.name(), EntityKind.PROJECT, null, ev);
            }
        }
    }

    /**
     * 根据协议，双方将共同建设P: after a signing, "both sides" are the signing companies; each invests in P. The
     * evidence is the sentence that names P.
     */
    private static void bothSidesBuild(StoryFacts facts, Entities e, List<Sent> all, List<String> signers) {
        if (signers.isEmpty()) {
            return;
        }
        for (Sent st : all) {
            Matcher m = BOTH_SIDES_BUILD.matcher(st.s.indexOf("双方") >= 0 ? st.s : "");
            while (m.find()) {
                for (Span p : e.spans(st)) {
                    if (p.kind() == EntityKind.PROJECT && p.start() >= m.end() && p.start() - m.end() <= 2) {
                        for (String c : signers) {
                            facts.relate(RelationType.INVESTS_IN, c, EntityKind.COMPANY, p.name(), EntityKind.PROJECT,
                                    null, facts.evidence(st, m.start(), p.end(), "both-sides-build"));
                        }
                    }
                }
            }
        }
    }

    /** 甲、乙分别代表X和Y签约: 甲 signs with Y, 乙 with X, and X with Y (X, Y companies or bodies). */
    private void eachSide(StoryFacts facts, Entities e, Sent st, List<Mention> ms, Matcher m) {
        List<Mention> reps = ms.stream().filter(x -> x.end() <= m.start()).toList();
        Span x = sidePart(e, st, m.start(1), m.end(1));
        Span y = sidePart(e, st, m.start(2), m.end(2));
        if (x == null || y == null) {
            return;
        }
        Evidence ev = facts.evidence(st, reps.isEmpty() ? m.start() : reps.get(Math.max(0, reps.size() - 2)).chainStart(),
                m.end(), "sign-each-side");
        for (Span side : List.of(x, y)) {
            if (side.kind() == EntityKind.ORGANIZATION) {
                facts.organization(side.name(), facts.evidence(st, side.start(), side.end(), "sign-party"));
            }
        }
        facts.relate(RelationType.SIGNED, x.name(), x.kind(), y.name(), y.kind(), null, ev);
        if (reps.size() >= 2) {
            Mention a = reps.get(reps.size() - 2);
            Mention b = reps.get(reps.size() - 1);
            facts.relate(RelationType.SIGNED, a.name(), EntityKind.PERSON, y.name(), y.kind(), null, ev);
            facts.relate(RelationType.SIGNED, b.name(), EntityKind.PERSON, x.name(), x.kind(), null, ev);
        }
    }

    /** A side of a signing: the company named there, else a body whose name ends in an organisation head. */
    private Span sidePart(Entities e, Sent st, int start, int end) {
        for (Span sp : e.spans(st)) {
            if (sp.kind() == EntityKind.COMPANY && sp.start() >= start && sp.end() <= end) {
                return sp;
            }
        }
        String text = st.s.substring(start, end);
        if (end - start >= 3 && EntityRules.endsWithAny(text, lex.orgHeads) && !lex.titleIndex.occursIn(text)) {
            return new Span(EntityKind.ORGANIZATION, st.raw.substring(start, end), text, st, start, end, "org-name");
        }
        return null;
    }

    /**
     * The firm named right before 与 (ending at {@code end}; named {@code name} when that is given) signs for the project
     * printed right after the signing verb and invests in it ({@link #signedProjects}); {@code direct} records it.
     */
    private void firmSignsForProject(StoryFacts facts, Entities e, Sent st, int end, String name, int verbEnd,
                                     java.util.Set<String> direct) {
        e.spans(st).stream().filter(sp -> sp.kind() == EntityKind.COMPANY && sp.end() == end
                        && (name == null || sp.name().equals(name))).findFirst()
                .filter(firm -> signedProjects(facts, e, st, firm, verbEnd))
                .ifPresent(firm -> direct.add(firm.name()));
    }

    /** 与远帆集团正式签订万亩…种植项目合作协议: the company signs for the project, and invests in it. */
    private boolean signedProjects(StoryFacts facts, Entities e, Sent st, Span company, int after) {
        boolean any = false;
        for (Span p : e.spans(st)) {
            if (p.kind() == EntityKind.PROJECT && p.start() >= after && p.start() - after <= 4) {
                Evidence ev = facts.evidence(st, company.start(), p.end(), "sign-project");
                facts.relate(RelationType.SIGNED, company.name(), EntityKind.COMPANY, p.name(), EntityKind.PROJECT,
                        null, ev);
                facts.relate(RelationType.INVESTS_IN, company.name(), EntityKind.COMPANY, p.name(), EntityKind.PROJECT,
                        null, ev);
                any = true;
            }
        }
        return any;
    }

    /**
     * 甲代表公司与…: the company a person signs for, right before 与 — a company named there, or 公司/集团/企业 meaning
     * the person's employer. Returned as a span over the words after 代表.
     */
    private static Span represented(Entities e, Sent st, List<Mention> ms, Map<String, String> employer, int before) {
        for (Mention m : ms) {
            int from = m.end() + 2;
            if (!st.s.startsWith("代表", m.end()) || from >= before) {
                continue;
            }
            String what = st.s.substring(from, before);
            for (Span sp : e.spans(st)) {
                if (sp.kind() == EntityKind.COMPANY && sp.start() == from && sp.end() == before) {
                    return sp;
                }
            }
            if (what.matches("(?:本|该|我)?(?:公司|集团|企业)") && employer.containsKey(m.name())) {
                return new Span(EntityKind.COMPANY, employer.get(m.name()), what, st, from, before, "company-self");
            }
        }
        return null;
    }

    /**
     * 与当地政府签订: the local government is the one the story names (胶东市人民政府 style, the first such name in the
     * story); left as printed when the story names none.
     */
    private Span localGovernment(List<Sent> all, Span party) {
        if (!LOCAL_GOVERNMENT.matcher(party.name()).matches()) {
            return party;
        }
        for (Sent st : all) {
            for (int i = st.s.indexOf("人民政府"); i >= 0; i = st.s.indexOf("人民政府", i + 1)) {
                List<Span> named = orgBefore(st, i + 4);
                if (!named.isEmpty() && !LOCAL_GOVERNMENT.matcher(named.get(0).name()).matches()
                        && "省市县区州旗".indexOf(st.at(i - 1)) >= 0) {
                    return new Span(EntityKind.ORGANIZATION, named.get(0).name(), party.surface(), party.sent(),
                            party.start(), party.end(), "org-local-government");
                }
            }
        }
        return party;
    }

    /**
     * 副县长甲代表县人民政府与…: the official named right before 代表, when what follows 代表 up to 与 is a body's name of
     * three characters or more (org-heads.txt); null otherwise.
     */
    private Mention officialFor(Sent st, List<Mention> ms, int before) {
        for (Mention m : ms) {
            int from = m.end() + 2;
            if (st.s.startsWith("代表", m.end()) && before - from >= 3
                    && noClauseEnd(st.s.substring(from, before)) && !orgBefore(st, before).isEmpty()
                    && orgBefore(st, before).get(0).start() <= from) {
                return m;
            }
        }
        return null;
    }

    /** The party right before 与: a person, a company, or an organisation name. */
    private String partyBefore(Entities e, Sent st, List<Mention> ms, int at) {
        for (Mention m : ms) {
            if (m.end() == at || m.end() == at - 2 && st.s.startsWith("同志", m.end())) {
                return m.name();
            }
        }
        for (Span sp : e.spans(st)) {
            if (sp.end() == at && sp.kind() == EntityKind.COMPANY) {
                return sp.name();
            }
        }
        List<Span> org = orgBefore(st, at);
        if (!org.isEmpty()) {
            return org.get(0).name();
        }
        return null;
    }

    /** Positions of 与 and 和 in the sentence, in order: the conjunctions that may join two sides of a signing. */
    private static List<Integer> conjunctions(Sent st) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < st.length(); i++) {
            if (st.at(i) == '与' || st.at(i) == '和') {
                out.add(i);
            }
        }
        return out;
    }

    /**
     * The places the story is about, by level (县, 市, 区 …): the first place word of each level printed in the
     * headline, else in the body. 我县 and 我市 refer to them.
     */
    private Map<Character, String> ownPlaces(List<Sent> all) {
        Map<Character, String> out = new java.util.HashMap<>();
        List<Sent> order = new ArrayList<>();
        all.stream().filter(st -> st.index == Sent.HEADLINE).forEach(order::add);
        all.stream().filter(st -> st.index != Sent.HEADLINE).forEach(order::add);
        for (Sent st : order) {
            for (Token t : st.tokens) {
                int start = placeStart(st, t.end());
                if (start >= 0 && t.end() - start >= 3) {
                    out.putIfAbsent(st.at(t.end() - 1), st.raw.substring(start, t.end()));
                }
            }
            for (String province : lex.places) {
                // 内蒙古化德县… glued into one word: the place after a province's name, two or three characters long.
                for (int i = st.s.indexOf(province); i >= 0; i = st.s.indexOf(province, i + 1)) {
                    int from = i + province.length();
                    for (int len = 3; len <= 4 && from + len <= st.length(); len++) {
                        char level = st.at(from + len - 1);
                        if ("县市区旗".indexOf(level) >= 0 && EntityRules.ADMIN_LEVELS.indexOf(st.at(from)) < 0) {
                            out.putIfAbsent(level, st.raw.substring(from, from + len));
                            break;
                        }
                    }
                }
            }
        }
        return out;
    }

    /**
     * Where a place word of an administrative level that ends at {@code end} starts (化德县 read as one place word, or
     * 青石 + 县 read apart), or -1: the name is two to four characters and opens at a clause start or after a function
     * word, a verb or a time.
     */
    private static int placeStart(Sent st, int end) {
        Token t = st.tokenAt(end - 1);
        if (t == null || t.end() != end || EntityRules.ADMIN_LEVELS.indexOf(st.at(end - 1)) < 0) {
            return -1;
        }
        int start;
        if (t.tag().startsWith("ns") && t.word().length() >= 2) {
            start = t.start();
        } else if (t.word().length() == 1) {
            Token name = st.tokenAt(t.start() - 1);
            if (name == null || name.word().length() < 2 || name.word().length() > 3 || !(name.tag().startsWith("ns")
                    || name.tag().equals("n") || name.tag().equals("nz") || name.tag().startsWith("nr"))) {
                return -1;
            }
            start = name.start();
        } else {
            return -1;
        }
        Token b = st.tokenAt(start - 1);
        boolean boundary = start == 0 || b == null || b.tag().startsWith("w") || b.tag().startsWith("p")
                || b.tag().startsWith("t") || b.tag().startsWith("u") || b.tag().startsWith("c")
                || b.tag().startsWith("v") && !b.tag().equals("vn");
        return boundary && end - start <= 5 ? start : -1;
    }

    /**
     * A place as a side of a signing (化德县与…签订, 我县与…签约): a place word right before the conjunction, or the
     * sentence's own subject 我县/我市 (at a clause start before it), resolved to the story's place of that level.
     */
    private static String placeBefore(Sent st, int at, Map<Character, String> ownPlaces) {
        int place = placeStart(st, at);
        if (place >= 0) {
            return st.raw.substring(place, at);
        }
        for (int i = st.s.indexOf('我'); i >= 0 && i < at; i = st.s.indexOf('我', i + 1)) {
            char level = i + 1 < st.length() ? st.at(i + 1) : ' ';
            boolean clauseStart = i == 0 || CLAUSE.indexOf(st.at(i - 1)) >= 0 || st.at(i - 1) == '：';
            // 我县与…签约, or 我县举行签约仪式，与…签订 (the subject carried over a comma to a clause opening on 与).
            boolean subject = noClauseEnd(st.s.substring(i, at)) || st.at(at - 1) == '，';
            if (clauseStart && subject && ownPlaces.containsKey(level)) {
                return ownPlaces.get(level);
            }
        }
        return null;
    }

    /**
     * 与青石县签署…, 与我县签约: a place right after the conjunction, with only adverbs (正式, 顺利 …) before the signing
     * verb at {@code verb}, is the other side.
     */
    private static List<Span> placeAfter(Sent st, int from, int verb, Map<Character, String> ownPlaces) {
        for (int end = from + 2; end <= verb && end - from <= 6; end++) {
            String gap = st.s.substring(end, verb);
            boolean adverbs = gap.isEmpty() || gap.matches("(?:正式|顺利|成功|现场|共同|再次|就[^，。；]{0,20}?)");
            if (!adverbs) {
                continue;
            }
            if (placeStart(st, end) == from) {
                return List.of(new Span(EntityKind.ORGANIZATION, st.raw.substring(from, end), st.s.substring(from, end),
                        st, from, end, "place-party"));
            }
            String own = end - from == 2 && st.at(from) == '我' ? ownPlaces.get(st.at(from + 1)) : null;
            if (own != null) {
                return List.of(new Span(EntityKind.ORGANIZATION, own, st.s.substring(from, end), st, from, end,
                        "place-party"));
            }
        }
        return List.of();
    }

    private List<Span> orgBefore(Sent st, int at) {
        for (String head : lex.orgHeads) {
            if (at >= head.length() && st.s.startsWith(head, at - head.length())) {
                int start = walkOrg(st, at - head.length());
                if (at - start >= 3) {
                    return List.of(new Span(EntityKind.ORGANIZATION, st.raw.substring(start, at), st.s.substring(start, at),
                            st, start, at, "org-name"));
                }
            }
        }
        return List.of();
    }

    private List<Span> orgAfter(Sent st, int from, int limit) {
        int k = from;
        while (k < limit && CLAUSE.indexOf(st.at(k)) < 0) {
            k++;
            for (String head : lex.orgHeads) {
                Token last = st.tokenAt(k - 1);
                // 签署 ends in 署 but is the verb: a head must end a noun.
                boolean verbEnd = last != null && last.tag().startsWith("v") && !last.tag().equals("vn");
                if (st.s.startsWith(head, k - head.length()) && k - from >= 4 && !verbEnd
                        && (k == st.length() || !Character.isLetterOrDigit(st.at(k)) || !orgContinues(st, k))) {
                    int end = longerOrgEnd(st, from, k);
                    return List.of(new Span(EntityKind.ORGANIZATION, st.raw.substring(from, end), st.s.substring(from, end),
                            st, from, end, "org-name"));
                }
            }
        }
        return List.of();
    }

    /**
     * 中国农业发展银行黎平县支行: after a body's head, whole noun-like words (a place, 支行) that end in a head of two or more
     * characters within ten more characters extend the name to it (a branch named after its bank); {@code k} otherwise.
     */
    private int longerOrgEnd(Sent st, int from, int k) {
        int best = k;
        int j = k;
        while (j < st.length() && j - k <= 10 && CLAUSE.indexOf(st.at(j)) < 0) {
            Token t = st.tokenAt(j);
            // A place read as a person's name (青禾/nr 分行) is a word of the name too: only a head may end it.
            if (t == null || t.start() != j || !PersonFinder.orgLike(t) && !t.tag().startsWith("ns") && !t.isPersonName()) {
                break;
            }
            j = t.end();
            String sofar = st.s.substring(from, j);
            if (lex.orgHeads.stream().anyMatch(h -> h.length() >= 2 && sofar.endsWith(h))) {
                best = j;
            }
        }
        return best;
    }

    private boolean orgContinues(Sent st, int k) {
        Token t = st.tokenAt(k);
        return t != null && t.start() < k;
    }

    private int walkOrg(Sent st, int i) {
        int k = i;
        while (k > 0) {
            Token t = st.tokenAt(k - 1);
            if (t == null || !PersonFinder.orgLike(t) || lex.orgStop.contains(t.word())) {
                break;
            }
            k = t.start();
        }
        return k;
    }

    /** True when the segmenter reads all of {@code s} as place names (新加坡/ns, 香港/ns). */
    private static boolean placeOnly(String s) {
        List<Token> ts = guanxi.nlp.Segmenter.get().segment(s);
        return !ts.isEmpty() && ts.stream().allMatch(x -> x.tag().startsWith("ns"));
    }

    /** 局长甲与某环保有限公司董事长乙代表双方签约: each signs with the other's employer. */
    private void representatives(StoryFacts facts, Entities e, Sent st, List<Mention> ms, Map<String, String> employer,
                                 int at, List<String> signers) {
        List<Mention> reps = ms.stream().filter(m -> m.end() <= at).toList();
        if (reps.size() < 2) {
            return;
        }
        Mention a = reps.get(reps.size() - 2);
        Mention b = reps.get(reps.size() - 1);
        String orgA = party(facts, e, a, employer);
        String orgB = party(facts, e, b, employer);
        Evidence ev = facts.evidence(st, a.chainStart(), Math.min(st.length(), at + 6), "sign-representatives");
        if (orgB != null) {
            facts.relate(RelationType.SIGNED, a.name(), EntityKind.PERSON, orgB, kind(e, orgB), null, ev);
        }
        if (orgA != null) {
            facts.relate(RelationType.SIGNED, b.name(), EntityKind.PERSON, orgA, kind(e, orgA), null, ev);
        }
        if (orgA != null && orgB != null) {
            facts.relate(RelationType.SIGNED, orgA, kind(e, orgA), orgB, kind(e, orgB), null, ev);
        }
        for (String org : new String[]{orgA, orgB}) {
            if (org != null && kind(e, org) == EntityKind.COMPANY) {
                signers.add(org);
            }
        }
    }

    /**
     * The body or firm a representative signs for: his employer, else the government he heads, else the body his title
     * opens with. His titles are those printed anywhere in the story (县长甲与乙代表双方签约 after 学院院长乙 出席).
     */
    private String party(StoryFacts facts, Entities e, Mention m, Map<String, String> employer) {
        if (employer.containsKey(m.name())) {
            return employer.get(m.name());
        }
        List<String> titles = new ArrayList<>(m.titles());
        facts.titlesOf(m.name()).stream().filter(t -> !titles.contains(t)).forEach(titles::add);
        for (String t : titles) {
            String government = governmentHeaded(facts, t);
            if (government != null) {
                return government;
            }
        }
        for (String t : titles) {
            for (String ct : lex.titles) {
                if (t.endsWith(ct) && t.length() > ct.length()) {
                    String org = t.substring(0, t.length() - ct.length());
                    if (EntityRules.endsWithAny(org, lex.orgHeads) && !org.endsWith("委") && org.length() >= 3) {
                        facts.organization(org, facts.evidence(m.sent(), m.chainStart(), m.end(), "title-organisation"));
                        return org;
                    }
                }
            }
        }
        return null;
    }

    /**
     * A mayor or county head (市长, 副县长, 代区长) signs for the people's government of that level: the one the story
     * has named as a party (苏州市人民政府), when it has named exactly one.
     */
    private static String governmentHeaded(StoryFacts facts, String title) {
        Matcher m = GOVERNMENT_HEAD.matcher(title);
        if (!m.find()) {
            return null;
        }
        String level = m.group(1) + "人民政府";
        List<String> named = facts.organizationNames().stream().filter(o -> o.endsWith(level)).toList();
        return named.size() == 1 ? named.get(0) : null;
    }

    private static EntityKind kind(Entities e, String name) {
        return e.companies.stream().anyMatch(g -> g.name.equals(name)) ? EntityKind.COMPANY : EntityKind.ORGANIZATION;
    }

    // ---------------------------------------------------------------- helpers

    private static List<String> forms(CompanyGroup g) {
        List<String> out = new ArrayList<>();
        out.add(g.name);
        out.addAll(g.aliases);
        return out;
    }

    /** The text from {@code i} to the end of its clause. */
    private static String clauseFrom(Sent st, int i) {
        int k = i;
        while (k < st.length() && CLAUSE.indexOf(st.at(k)) < 0) {
            k++;
        }
        return st.s.substring(i, k);
    }

    private static boolean noClauseEnd(String s) {
        for (char c : s.toCharArray()) {
            if (CLAUSE.indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static Span last(List<Span> spans, int before) {
        Span out = null;
        for (Span s : spans) {
            if (s.end() <= before) {
                out = s;
            }
        }
        return out;
    }

    private static Span firstIn(List<Span> spans, int from, int to) {
        for (Span s : spans) {
            if (s.start() >= from && s.start() <= to) {
                return s;
            }
        }
        return null;
    }

    private static Evidence withRule(Evidence ev, String rule) {
        return ev == null ? null : new Evidence(ev.storyId(), ev.sentence(), ev.start(), ev.end(), ev.text(), rule);
    }
}
