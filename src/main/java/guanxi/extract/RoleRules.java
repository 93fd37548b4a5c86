package guanxi.extract;

import guanxi.extract.PersonFinder.Mention;
import guanxi.model.EntityKind;
import guanxi.model.Evidence;
import guanxi.model.RelationType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The relations between people and the story's own event: LED, PRESIDED, ATTENDED, ACCOMPANIED and MET.
 * <p>
 * Reads the person mentions of each sentence, groups names printed in a row (only 、，及和与 between one
 * person's titles and the next), and looks at the words right after a group: 带队/带领/率领/一行 (the first is the
 * leader, the rest attend), 主持, 参加/出席/列席, 陪同 (to the leader of the story's visit), 会见/座谈/交流/接待
 * (with the other side or the leader). When nobody is said to lead but others accompany or join, the person whose
 * 考察/调研/视察 they join leads.
 * <p>
 * A list may hold titles printed after names and items that name no one (县发改局负责人); people named after the
 * leader's 带领/率 and later subjects of the visit's verbs go with him; lists right after 出席…的还有 or 陪同…的有
 * attend or accompany; witnesses, speakers and signing representatives attend; hosts who welcome or brief the
 * visitors meet their leader; the two sides of talks meet each other. The paper's own reporter takes no role.
 */
final class RoleRules {

    private static final Pattern SEPARATOR = Pattern.compile("^(?:[、，,\\s]|及|和|以及|与|同志|同)*$");
    private static final Pattern TAIL_LEAD_IN = Pattern.compile("^(?:同志|等人|等)?[，,]?");
    /** 出席会议的还有：…, 参加活动的领导有…: everyone listed after such a lead-in attended. */
    private static final Pattern ATTEND_PREFIX = Pattern.compile(
            "(?:出席|参加|列席)[^。；]{0,16}?(?:的|领导|嘉宾|人员|同志)(?:领导|嘉宾|人员|同志)?(?:还)?有[：:]?");
    /** 陪同调研的有：…: everyone listed after it accompanied the visit's leader. */
    private static final Pattern ACCOMPANY_PREFIX =
            Pattern.compile("陪同[^。；，]{0,8}?(?:的|领导|人员)(?:领导|人员)?(?:还)?有[：:]?");
    /** 陪同调研的县发改局局长王五…: the people named right after it accompanied the visit's leader. */
    private static final Pattern ACCOMPANYING = Pattern.compile("陪同[^，。；：、]{0,6}?的");
    /** 与来访的…, 与前来考察的…: 与 and a clause describing the visitors named after it keep both sides in one group. */
    private static final Pattern VISITORS_AFTER_WITH =
            Pattern.compile("^与(?:来访|到访|前来[^，。；、]{1,6}|来[^，。；、]{1,6})的$");
    private static final Pattern MEETING_FLOOR = Pattern.compile("^(?:会上|会议上|座谈会上|会议期间|会后)");
    private static final String CLAUSE_END = "，。；！？";
    /** 王五、李六等向赵区长一行介绍…: hosts briefing the visitors. */
    private static final Pattern BRIEFING = Pattern.compile("^等?向[^，。；]{1,8}一行(?:详细)?(?:介绍|汇报)");
    /** 王五向考察团详细介绍…: a host briefing a visiting delegation (团, 组) by its collective name takes part. */
    private static final Pattern BRIEFING_DELEGATION =
            Pattern.compile("^等?向[^，。；、]{0,8}?[团组](?:一行)?(?:详细|全面|简要)?(?:介绍|汇报)");
    /** 还详细介绍了…: a briefing with no addressee named (向…介绍 is read by the two patterns above). */
    private static final Pattern BRIEFS = Pattern.compile("^(?:等)?(?:还|也|又|详细|重点|简要|全面|首先|随后|就)*地?(?:介绍|汇报)");
    /** 王五对考察团一行表示热烈欢迎: a host welcoming the visitors meets their leader. */
    private static final Pattern WELCOME = Pattern.compile("^等?(?:对|向)[^，。；]{1,12}?表示(?:热烈|诚挚|衷心)?的?欢迎");
    private static final Pattern VISIT_WORDS = Pattern.compile("考察|调研|视察|检查|督导|活动|观摩|察看|查看|走访|参观|深入");
    /** Verbs of meeting someone, printed between the two sides (A会见B, A拜会了B, A接见B). */
    private static final Pattern MEETING_BETWEEN = Pattern.compile("会见|会谈|会晤|接见|拜会|拜访");
    /** 在县宾馆(亲切)会见了: the place of the meeting, then its verb, between the two sides and nothing else. */
    private static final Pattern PLACE_THEN_MEETING = Pattern.compile(
            "在[^，。；、]{2,16}?(?:亲切|热情)?(?:会见|会晤|接见|拜会)了?");
    /** What may stand between a group and its leader's trigger (等领导一行, 同志带领). */
    private static final Pattern LEAD_FILLER = Pattern.compile("(?:等|领导|专家|同志|人|，|的)*(?:分别)?");

    private final RuleWords lex;

    RoleRules(RuleWords lex) {
        this.lex = lex;
    }

    /** A run of people printed together, with the trigger classes found right after it. */
    record Group(List<Mention> members, List<String> triggers, int tailStart, List<Integer> triggerAt) {
        Mention first() {
            return members.get(0);
        }
    }

    /** Pending relation whose target is the story's leader, known only after all sentences are read. */
    private record ToLeader(RelationType type, Mention from, Evidence ev, Going going) {
        ToLeader(RelationType type, Mention from, Evidence ev) {
            this(type, from, ev, Going.NO);
        }
    }

    /**
     * How a group goes with the visit: 随同 (ALONG), 一同 before the visit's verb (TOGETHER), speaking at talks with the
     * leader (TALKS), or neither.
     */
    private enum Going { NO, ALONG, TOGETHER, TALKS }

    /** Adds the role relations of one story and returns the leader of its visit, or null. */
    String apply(StoryFacts facts, List<Sent> order, Map<Sent, List<Mention>> mentions) {
        java.util.Set<String> reporters = java.util.Set.copyOf(facts.story.reporters());
        Map<String, List<String>> titled = new java.util.HashMap<>();
        mentions.values().forEach(list -> list.forEach(m -> titled.computeIfAbsent(m.name(), k -> new ArrayList<>())
                .addAll(m.titles())));
        List<ToLeader> pending = new ArrayList<>();
        List<Mention[]> sides = new ArrayList<>();
        String leader = null;
        Group implicit = null;
        boolean implicitVisits = false;
        boolean joined = false;
        // The leader set out of the county (率队赴…): who goes along (随同) is a member of his delegation.
        boolean tripOut = false;
        for (Sent st : order) {
            List<Mention> ms = mentions.getOrDefault(st, List.of()).stream()
                    .filter(m -> !reporters.contains(m.name()) && !press(m)).toList();
            if (ms.isEmpty()) {
                continue;
            }
            List<Group> groups = groups(st, ms);
            boolean floor = MEETING_FLOOR.matcher(st.s).lookingAt();
            Matcher prefix = ATTEND_PREFIX.matcher(st.s.contains("出席") || st.s.contains("参加") || st.s.contains("列席")
                    ? st.s : "");
            int attendFrom = prefix.find() ? prefix.end() : Integer.MAX_VALUE;
            Matcher accompanyPrefix = ACCOMPANY_PREFIX.matcher(st.s.contains("陪同") ? st.s : "");
            int accompanyFrom = accompanyPrefix.find() ? accompanyPrefix.end() : Integer.MAX_VALUE;
            boolean delegation = false;
            java.util.Set<Integer> accompanyingEnds = new java.util.HashSet<>();
            if (st.s.contains("陪同")) {
                Matcher acc = ACCOMPANYING.matcher(st.s);
                while (acc.find()) {
                    accompanyingEnds.add(acc.end());
                }
            }
            for (int gi = 0; gi < groups.size(); gi++) {
                Group g = groups.get(gi);
                List<String> tr = g.triggers();
                Evidence ev = ev(facts, st, g, "group");
                if (accompanyingEnds.contains(g.first().chainStart())) {
                    g.members().forEach(m -> pending.add(new ToLeader(RelationType.ACCOMPANIED, m,
                            ev(facts, st, g, "accompanying-before"))));
                    joined = true;
                    continue;
                }
                // The list stands right after its lead-in (出席会议的还有：甲，乙); later names are not on it.
                if (g.first().chainStart() >= attendFrom && g.first().chainStart() <= attendFrom + 2) {
                    g.members().forEach(m -> facts.relate(RelationType.ATTENDED, m.name(), EntityKind.PERSON,
                            null, null, null, ev(facts, st, g, "attend-list-after")));
                }
                if (g.first().chainStart() >= accompanyFrom && g.first().chainStart() <= accompanyFrom + 2) {
                    g.members().forEach(m -> pending.add(new ToLeader(RelationType.ACCOMPANIED, m,
                            ev(facts, st, g, "accompany-list-after"))));
                    joined = true;
                    continue;
                }
                // …一行来到X公司调研，公司董事长Y介绍了…: in the visit's own sentence too, unless the leader is a firm's
                // head himself (then his staff brief for him).
                boolean hostsOfVisit = !delegation || leader != null && !containsName(g, leader)
                        && !corporate(titled.getOrDefault(leader, List.of()));
                if (tr.isEmpty() && hostsOfVisit && g.members().stream().allMatch(m -> corporate(m, titled))
                        && BRIEFS.matcher(st.s.substring(g.tailStart(), clauseEnd(st, g.tailStart()))).lookingAt()) {
                    // 恒信集团总经理王五详细介绍了…: the visited company's people brief the visitors, they meet them.
                    g.members().forEach(m -> pending.add(new ToLeader(RelationType.MET, m,
                            ev(facts, st, g, "company-briefing"))));
                    continue;
                }
                boolean visitsOnly = !tr.isEmpty() && tr.stream().allMatch(c -> c.equals("VISIT"));
                if (visitsOnly && !delegation && leader != null && !containsName(g, leader) && st.index != Sent.HEADLINE) {
                    // 王五带队调研…。李六、赵七深入车间察看…: later subjects of the visit's verbs go along with its leader.
                    g.members().forEach(m -> facts.relate(RelationType.ATTENDED, m.name(), EntityKind.PERSON, null, null,
                            null, ev(facts, st, g, "visit-co-subject")));
                    continue;
                }
                // 王五带领李六、赵七等到我县调研: the people listed after the leader's 带领/率 go with him.
                boolean travels = delegation && visitsOnly;
                if (tr.isEmpty() || travels) {
                    if (delegation || floor) {
                        String rule = delegation ? "delegation-member" : "meeting-floor";
                        g.members().forEach(m -> facts.relate(RelationType.ATTENDED, m.name(), EntityKind.PERSON,
                                null, null, null, ev(facts, st, g, rule)));
                    } else if (implicit == null && st.index != Sent.HEADLINE && !hasRole(facts, g.first())) {
                        implicit = g;
                    }
                    continue;
                }
                int hostSplit = tr.contains("MEET") && tr.contains("LEAD") ? sideSplit(st, g) : 0;
                List<Mention> hosts = g.members().subList(0, hostSplit);
                List<Mention> guests = g.members().subList(hostSplit, g.members().size());
                if (hostSplit > 0 && (leader == null || !containsName(hosts, leader) && containsName(guests, leader))) {
                    // 王五、李六与赵七一行座谈: 一行 marks the visitors after 与 (their first named leads them), and the
                    // hosts before 与 met their leader.
                    String guest = leader != null ? leader : guests.get(0).name();
                    if (leader == null) {
                        leader = guest;
                        facts.relate(RelationType.LED, guest, EntityKind.PERSON, null, null, null,
                                ev(facts, st, g, "lead-trigger"));
                    }
                    for (Mention m : guests) {
                        if (!m.name().equals(guest)) {
                            facts.relate(RelationType.ATTENDED, m.name(), EntityKind.PERSON, null, null, null,
                                    ev(facts, st, g, "delegation-member"));
                        }
                    }
                    for (Mention m : hosts) {
                        facts.relate(RelationType.MET, m.name(), EntityKind.PERSON, guest, EntityKind.PERSON, null,
                                ev(facts, st, g, "meet-visitors"));
                    }
                    delegation = true;
                    continue;
                }
                if (tr.contains("LEAD") && leader != null && !containsName(g, leader)) {
                    g.members().forEach(m -> facts.relate(RelationType.ATTENDED, m.name(), EntityKind.PERSON, null, null,
                            null, ev(facts, st, g, "delegation-member")));
                    delegation = true;
                } else if (tr.contains("LEAD")) {
                    Mention head = g.first();
                    for (Mention m : g.members()) {
                        if (leader != null && m.name().equals(leader)) {
                            head = m;
                        }
                    }
                    facts.relate(RelationType.LED, head.name(), EntityKind.PERSON, null, null, null,
                            ev(facts, st, g, "lead-trigger"));
                    if (leader == null) {
                        leader = head.name();
                        tripOut = clauseHasAny(st, g.tailStart(), lex.tripOutWords);
                    }
                    // 甲、乙分别带队: each leads an inspection of his own.
                    boolean each = st.s.substring(g.tailStart(), clauseEnd(st, g.tailStart())).startsWith("分别");
                    for (Mention m : g.members()) {
                        if (m == head) {
                            continue;
                        }
                        if (each) {
                            facts.relate(RelationType.LED, m.name(), EntityKind.PERSON, null, null, null,
                                    ev(facts, st, g, "lead-each"));
                        } else if (head.name().equals(leader) && corporate(m, titled) && !corporate(head, titled)) {
                            // 某科技CEO王五和李六副区长…一行: the host walks with the visitor, he does not join the visit.
                            facts.relate(RelationType.MET, m.name(), EntityKind.PERSON, leader, EntityKind.PERSON, null,
                                    ev(facts, st, g, "host-with-leader"));
                        } else {
                            facts.relate(RelationType.ATTENDED, m.name(), EntityKind.PERSON, null, null, null,
                                    ev(facts, st, g, "delegation-member"));
                        }
                    }
                    delegation = true;
                }
                if (tr.contains("PRESIDE")) {
                    // 副县长王五、李六分别主持会议: each chaired one; otherwise the name right before 主持 chairs.
                    boolean each = st.s.substring(g.tailStart(), clauseEnd(st, g.tailStart())).startsWith("分别");
                    List<Mention> chairs = each ? g.members() : List.of(g.members().get(g.members().size() - 1));
                    for (Mention m : chairs) {
                        facts.relate(RelationType.PRESIDED, m.name(), EntityKind.PERSON, null, null, null,
                                ev(facts, st, g, "preside-trigger"));
                    }
                }
                if (tr.contains("ATTEND")) {
                    boolean together = st.s.indexOf("共同", g.tailStart()) >= 0
                            && st.s.indexOf("共同", g.tailStart()) < g.tailStart() + 8;
                    List<Mention> who = together ? ms.stream().filter(m -> m.start() <= g.tailStart()).toList()
                            : g.members();
                    if (!together && tr.size() == 2 && tr.contains("VISIT") && goesTogether(st, g)) {
                        // 县领导王五一同检查: settled once the leader is known (his hosts accompany a visitor).
                        g.members().forEach(m -> pending.add(new ToLeader(RelationType.ATTENDED, m,
                                ev(facts, st, g, "together-trigger"), Going.TOGETHER)));
                        who = List.of();
                    }
                    String visitor = leader;
                    if (visitor != null && st.s.contains("座谈") && who.size() >= 2
                            && who.stream().anyMatch(m -> m.name().equals(visitor))) {
                        // 座谈会上，甲、乙分别讲话 with 乙 the visit's leader: the talks were between him and his hosts;
                        // settled once it is known who accompanied him.
                        who.stream().filter(m -> !m.name().equals(visitor)).forEach(m -> pending.add(
                                new ToLeader(RelationType.MET, m, ev(facts, st, g, "talks-with-leader"), Going.TALKS)));
                        who = List.of();
                    }
                    for (Mention m : who) {
                        facts.relate(RelationType.ATTENDED, m.name(), EntityKind.PERSON, null, null, null,
                                ev(facts, st, g, together ? "attend-together" : "attend-trigger"));
                    }
                    joined |= VISIT_WORDS.matcher(st.s.substring(g.tailStart(), clauseEnd(st, g.tailStart()))).find();
                    if (tr.contains("MEET")) {
                        // 甲公司董事长A、总经理B，乙公司董事长C出席并举行会谈: the two companies' people met.
                        int split = companySplit(g);
                        for (int a = 0; a < split; a++) {
                            for (int b = split; b < g.members().size(); b++) {
                                sides.add(new Mention[]{g.members().get(a), g.members().get(b)});
                            }
                        }
                    }
                }
                if (tr.contains("ACCOMPANY")) {
                    Mention target = leaderInSentence(groups, gi);
                    // 副县长王五随同: going along (not 陪同) with a leader who set out of the county is joining his delegation.
                    boolean alongOnly = clauseHasAny(st, g.tailStart(), lex.alongWords);
                    // 随同来访: people who came to the county along with the visitor are of his delegation.
                    boolean cameAlong = alongOnly && clauseHasAny(st, g.tailStart(), lex.comingWords);
                    for (Mention m : g.members()) {
                        Evidence e = ev(facts, st, g, alongOnly ? "go-along-trigger" : "accompany-trigger");
                        if (cameAlong) {
                            pending.add(new ToLeader(RelationType.ATTENDED, m, e));
                        } else if (alongOnly && (target == null || target.name().equals(leader))) {
                            // Settled once the leader and where he went are known (a trip out, a visit to the county).
                            pending.add(new ToLeader(RelationType.ACCOMPANIED, m, e, Going.ALONG));
                        } else if (target != null) {
                            facts.relate(RelationType.ACCOMPANIED, m.name(), EntityKind.PERSON, target.name(),
                                    EntityKind.PERSON, null, e);
                        } else {
                            pending.add(new ToLeader(RelationType.ACCOMPANIED, m, e));
                        }
                    }
                    joined = true;
                }
                boolean meets = tr.contains("MEET") && !tr.contains("ATTEND") && !tr.contains("ACCOMPANY")
                        && !tr.contains("LEAD") && !tr.contains("PRESIDE");
                if (meets) {
                    int split = sideSplit(st, g);
                    for (int a = 0; a < split; a++) {
                        for (int b = split; b < g.members().size(); b++) {
                            sides.add(new Mention[]{g.members().get(a), g.members().get(b)});
                        }
                    }
                    boolean between = gi + 1 < groups.size() && betweenGroups(st, g, groups.get(gi + 1));
                    for (Mention m : g.members()) {
                        Evidence e = ev(facts, st, g, between ? "meet-between" : "meet-trigger");
                        if (between) {
                            for (Mention o : groups.get(gi + 1).members()) {
                                facts.relate(RelationType.MET, m.name(), EntityKind.PERSON, o.name(), EntityKind.PERSON,
                                        null, e);
                            }
                        } else {
                            pending.add(new ToLeader(RelationType.MET, m, e));
                        }
                    }
                }
                boolean roleless = !tr.contains("LEAD") && !tr.contains("ACCOMPANY") && !tr.contains("ATTEND")
                        && !tr.contains("PRESIDE");
                if (roleless && implicit == null && st.index != Sent.HEADLINE && !hasRole(facts, g.first())) {
                    implicit = g;
                    // Coming somewhere (来到会场) is no visit of inspection; 来到…调研 is.
                    implicitVisits = tr.contains("VISIT") && !tr.contains("MEET")
                            && VISIT_WORDS.matcher(st.s.substring(g.tailStart(), clauseEnd(st, g.tailStart()))).find();
                }
            }
        }
        if (leader == null && implicit != null && (joined || implicitVisits)) {
            Mention head = implicit.first();
            leader = head.name();
            facts.relate(RelationType.LED, leader, EntityKind.PERSON, null, null, null,
                    ev(facts, head.sent(), implicit, "visit-subject"));
            if (!implicit.triggers().contains("MEET")) {
                for (Mention m : implicit.members().subList(1, implicit.members().size())) {
                    facts.relate(RelationType.ATTENDED, m.name(), EntityKind.PERSON, null, null, null,
                            ev(facts, head.sent(), implicit, "visit-group-member"));
                }
            }
        }
        for (Mention[] pair : sides) {
            // 甲与乙举行会谈 with neither the visit's leader: the two sides met each other.
            if (leader == null || !pair[0].name().equals(leader) && !pair[1].name().equals(leader)) {
                Group g = new Group(List.of(pair[0], pair[1]), List.of("MEET"), pair[1].end(), List.of());
                facts.relate(RelationType.MET, pair[0].name(), EntityKind.PERSON, pair[1].name(), EntityKind.PERSON, null,
                        ev(facts, pair[0].sent(), g, "meet-sides"));
            }
        }
        String home = leader == null ? null : homeVisited(order, leader);
        boolean visitor = home != null && !host(titled.getOrDefault(leader, List.of()), home);
        for (ToLeader p : pending) {
            boolean hosts = visitor && host(titled.getOrDefault(p.from().name(), p.from().titles()), home);
            boolean self = leader != null && p.from().name().equals(leader);
            if (p.going() == Going.TOGETHER) {
                // 一同: the visitor's hosts accompany him; anyone else goes as a member (with or without a leader).
                if (hosts && !self) {
                    facts.relate(RelationType.ACCOMPANIED, p.from().name(), EntityKind.PERSON, leader, EntityKind.PERSON,
                            null, p.ev());
                } else if (!self) {
                    facts.relate(RelationType.ATTENDED, p.from().name(), EntityKind.PERSON, null, null, null, p.ev());
                }
            } else if (p.going() == Going.ALONG && leader != null && !self && (tripOut || visitor && !hosts)) {
                // 随同 on a trip out, or the visitor's own staff with him: members of the delegation.
                facts.relate(RelationType.ATTENDED, p.from().name(), EntityKind.PERSON, null, null, null, p.ev());
            } else if (p.going() == Going.TALKS) {
                // A host who accompanied the leader met him at the talks; anyone else who spoke there attended.
                boolean host = facts.has(RelationType.ACCOMPANIED, p.from().name());
                facts.relate(host ? RelationType.MET : RelationType.ATTENDED, p.from().name(), EntityKind.PERSON,
                        host ? leader : null, host ? EntityKind.PERSON : null, null, p.ev());
            } else if (p.type() == RelationType.ATTENDED) {
                if (leader != null && !p.from().name().equals(leader)) {
                    facts.relate(RelationType.ATTENDED, p.from().name(), EntityKind.PERSON, null, null, null, p.ev());
                }
            } else if (leader != null) {
                facts.relate(p.type(), p.from().name(), EntityKind.PERSON, leader, EntityKind.PERSON, null, p.ev());
            } else if (p.type() == RelationType.ACCOMPANIED) {
                // 王五陪同活动 in a story where nobody leads a visit: he took part in the event.
                facts.relate(RelationType.ATTENDED, p.from().name(), EntityKind.PERSON, null, null, null, p.ev());
            }
        }
        return leader;
    }

    /** 记者王五 in a byline opening the story: whoever is named only as the paper's staff takes no part in the event. */
    private boolean press(Mention m) {
        return !m.titles().isEmpty() && m.titles().stream()
                .allMatch(t -> lex.creditLabels.stream().anyMatch(label -> label.length() >= 2 && t.endsWith(label)));
    }

    /** True when a title of the person (in this mention or any other of the story) is a corporate post. */
    private boolean corporate(Mention m, Map<String, List<String>> titled) {
        return corporate(titled.getOrDefault(m.name(), m.titles()));
    }

    private boolean corporate(List<String> titles) {
        for (String t : titles) {
            for (String ct : lex.corporateTitles) {
                if (t.endsWith(ct)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean containsName(Group g, String name) {
        return containsName(g.members(), name);
    }

    private static boolean containsName(List<Mention> members, String name) {
        for (Mention m : members) {
            if (m.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasRole(StoryFacts facts, Mention m) {
        return facts.has(RelationType.ATTENDED, m.name()) || facts.has(RelationType.PRESIDED, m.name())
                || facts.has(RelationType.ACCOMPANIED, m.name());
    }

    /** 一同 right before the visit's verb (一同检查), after the group: going with the visit, not 一同参加 an event. */
    private boolean goesTogether(Sent st, Group g) {
        String clause = st.s.substring(Math.min(g.tailStart(), st.length()), clauseEnd(st, g.tailStart()));
        for (String w : lex.togetherWords) {
            int at = clause.indexOf(w);
            if (at >= 0 && at <= 2 && lex.triggerWords.at(clause, at + w.length()).stream()
                    .anyMatch(v -> lex.triggers.get(v).contains("VISIT"))) {
                return true;
            }
        }
        return false;
    }

    /** The unit (县, 区 …) of the paper the leader came to (王五到我县调研), or null when he did not come to it. */
    private String homeVisited(List<Sent> order, String leader) {
        for (Sent st : order) {
            int at = st.s.indexOf(leader);
            if (at < 0) {
                continue;
            }
            for (Pattern p : lex.homeVisit) {
                Matcher m = p.matcher(st.s);
                if (m.find(at + leader.length()) && st.s.substring(at, m.start()).chars().noneMatch(c -> c == '。')) {
                    return m.group(1);
                }
            }
        }
        return null;
    }

    /** An official of the unit: a title opening with it (县人大常委会主任) or its head's (县长, 副县长, 常务副县长). */
    private static boolean host(List<String> titles, String unit) {
        for (String t : titles) {
            String n = guanxi.nlp.Segmenter.normalize(t);
            if (n.startsWith(unit) || n.endsWith(unit + "长") && n.length() <= unit.length() + 4) {
                return true;
            }
        }
        return false;
    }

    /** True when one of the words stands between {@code from} and the end of its clause. */
    private static boolean clauseHasAny(Sent st, int from, List<String> words) {
        String clause = st.s.substring(Math.min(from, st.length()), clauseEnd(st, from));
        return words.stream().anyMatch(clause::contains);
    }

    private static int clauseEnd(Sent st, int from) {
        int i = from;
        while (i < st.length() && CLAUSE_END.indexOf(st.at(i)) < 0) {
            i++;
        }
        return i;
    }

    /** In "在X的陪同下，Y…" or "Y一行在X的陪同下", the leading group of the same sentence is the one accompanied. */
    private static Mention leaderInSentence(List<Group> groups, int except) {
        for (int i = 0; i < groups.size(); i++) {
            if (i != except && groups.get(i).triggers().contains("LEAD")) {
                return groups.get(i).first();
            }
        }
        return null;
    }

    /** 会见 right between two groups: A会见B, or after the place where they met (A在县宾馆会见了B). */
    private static boolean betweenGroups(Sent st, Group a, Group b) {
        String between = st.s.substring(a.tailStart(), b.first().chainStart());
        return between.length() <= 6 && MEETING_BETWEEN.matcher(between).find()
                || PLACE_THEN_MEETING.matcher(between).matches();
    }

    List<Group> groups(Sent st, List<Mention> ms) {
        List<List<Mention>> runs = new ArrayList<>();
        List<Mention> cur = new ArrayList<>();
        for (Mention m : ms) {
            if (!cur.isEmpty()) {
                Mention prev = cur.get(cur.size() - 1);
                int from = afterPostTitle(st, prev);
                int to = Math.max(from, m.chainStart());
                String between = st.s.substring(from, to);
                if (!SEPARATOR.matcher(between).matches() && !namelessItems(st, from, to)
                        && !VISITORS_AFTER_WITH.matcher(between).matches()) {
                    runs.add(cur);
                    cur = new ArrayList<>();
                }
            }
            cur.add(m);
        }
        runs.add(cur);
        List<Group> out = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            List<Mention> run = runs.get(i);
            int tailStart = afterPostTitle(st, run.get(run.size() - 1));
            int tailEnd = i + 1 < runs.size() ? runs.get(i + 1).get(0).chainStart() : st.length();
            List<Integer> at = new ArrayList<>();
            out.add(new Group(List.copyOf(run), triggers(st, tailStart, Math.max(tailStart, tailEnd), at), tailStart, at));
        }
        return out;
    }

    /**
     * 、市人大常委会有关负责同志、 between two names: items of the same list that name no one keep the names on both
     * sides in one group. Each item holds no verb, preposition or adverb, and ends in a group label (负责人, 领导), a
     * word for a post or its holders (党委书记, 代表) or an organisation (县发改局).
     */
    private boolean namelessItems(Sent st, int from, int to) {
        if (to - from < 3 || "、，".indexOf(st.at(from)) < 0 || "、，".indexOf(st.at(to - 1)) < 0) {
            return false;
        }
        int itemStart = from + 1;
        for (int i = from + 1; i < to; i++) {
            if ("、，".indexOf(st.at(i)) < 0) {
                continue;
            }
            String item = st.s.substring(itemStart, i);
            if (item.length() < 2 || item.length() > 24) {
                return false;
            }
            int label = lex.groupLabels.stream().filter(item::endsWith).mapToInt(String::length).max().orElse(0);
            guanxi.nlp.Token last = st.tokenAt(i - 1);
            boolean postOrBody = last != null && last.start() >= itemStart
                    && (last.tag().equals("nnt") || last.tag().equals("nt") || last.tag().equals("nis"));
            if (label == 0 && !postOrBody) {
                return false;
            }
            for (int k = itemStart; k < i - label; k++) {
                guanxi.nlp.Token t = st.tokenAt(k);
                String tag = t == null ? "" : t.tag();
                if (tag.startsWith("v") && !tag.equals("vn") || tag.startsWith("p") || tag.startsWith("d")
                        || tag.startsWith("c") || tag.startsWith("u") || !lex.triggerWords.at(st.s, k).isEmpty()) {
                    return false;
                }
            }
            itemStart = i + 1;
        }
        return true;
    }

    /**
     * Index of the first member whose title names another company than the members before it (a title with no
     * organisation part belongs to the company before it), or 0 when all belong to one side or a side names no
     * company.
     */
    private int companySplit(Group g) {
        String first = null;
        for (int i = 0; i < g.members().size(); i++) {
            String org = titleOrganisation(g.members().get(i));
            if (org.isEmpty()) {
                continue;
            }
            if (first == null) {
                first = org;
            } else if (!org.equals(first) && (company(org) || company(first))) {
                return i;
            }
        }
        return 0;
    }

    /** The organisation part of a mention's first title (恒信集团董事长 → 恒信集团), or "" for a bare post. */
    private String titleOrganisation(Mention m) {
        if (m.titles().isEmpty()) {
            return "";
        }
        String t = m.titles().get(0);
        for (int i = 0; i < t.length(); i++) {
            if (lex.titleIndex.longestLengthAt(t, i) == t.length() - i) {
                return t.substring(0, i);
            }
        }
        return "";
    }

    private boolean company(String org) {
        return lex.endsWithCompanySuffix(org);
    }

    /** Index of the first member after a 与 (or 同) inside the group (the other side of talks), or 0 when there is none. */
    private int sideSplit(Sent st, Group g) {
        for (int i = 1; i < g.members().size(); i++) {
            int from = afterPostTitle(st, g.members().get(i - 1));
            int to = Math.max(from, g.members().get(i).chainStart());
            String between = st.s.substring(from, to);
            if (between.contains("与") || between.contains("同") && !between.contains("同志")) {
                return i;
            }
        }
        return 0;
    }

    /** Where a mention ends together with a title printed right after the name (王五院长、李六副院长参加). */
    private int afterPostTitle(Sent st, Mention m) {
        int length = lex.titleIndex.longestLengthAt(st.s, m.end());
        return length >= 2 ? m.end() + length : m.end();
    }

    /** Trigger classes in the first clause after a group (skipping a leading 同志， or 等，). */
    private List<String> triggers(Sent st, int from, int to, List<Integer> at) {
        int start = from;
        String honorific = lex.titleIndex.longestAt(st.s, start);
        if (honorific != null && start + honorific.length() <= to) {
            // 李六常务副区长等一行: a title printed after the name belongs to the name, not to the tail.
            start += honorific.length();
        }
        Matcher lead = TAIL_LEAD_IN.matcher(st.s.substring(start, to));
        int i = start + (lead.find() ? lead.end() : 0);
        int begin = i;
        List<String> out = new ArrayList<>();
        // A welcome names its guests (…对李四一行表示欢迎): read it to the clause end, past the guest's name.
        if (BRIEFING.matcher(st.s.substring(i, to)).find() || WELCOME.matcher(st.s.substring(i, clauseEnd(st, i))).find()) {
            out.add("MEET");
            at.add(i);
            return out;
        }
        if (BRIEFING_DELEGATION.matcher(st.s.substring(i, to)).find()) {
            out.add("ATTEND");
            at.add(i);
            return out;
        }
        while (i < to) {
            char c = st.at(i);
            if (CLAUSE_END.indexOf(c) >= 0 && !(c == '，' && st.at(i + 1) == '并')) {
                break;
            }
            String w = triggerAt(st, i, to);
            if (w != null) {
                for (String cls : lex.triggers.get(w)) {
                    // A leader's trigger follows the names at once (王五带队, 李六等一行); 赵主任一行 later on is someone else.
                    if (cls.equals("LEAD") && !LEAD_FILLER.matcher(st.s.substring(begin, i)).matches()) {
                        continue;
                    }
                    if (cls.equals("MEET") && st.at(i + w.length()) == '会' || st.startsWith("精神", i + w.length())) {
                        continue;
                    }
                    if (!out.contains(cls)) {
                        out.add(cls);
                        at.add(i);
                    }
                }
                i += w.length();
            } else {
                i++;
            }
        }
        return out;
    }

    private String triggerAt(Sent st, int i, int to) {
        for (String w : lex.triggerWords.at(st.s, i)) {
            if (i + w.length() <= to) {
                if (w.equals("率") && st.startsWith("率先", i)) {
                    continue;
                }
                return w;
            }
        }
        return null;
    }

    private static Evidence ev(StoryFacts facts, Sent st, Group g, String rule) {
        int start = g.first().chainStart();
        int end = g.tailStart();
        int clause = end;
        while (clause < st.length() && CLAUSE_END.indexOf(st.at(clause)) < 0) {
            clause++;
        }
        return facts.evidence(st, start, clause, rule);
    }
}
