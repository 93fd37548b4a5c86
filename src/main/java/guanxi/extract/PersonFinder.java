package guanxi.extract;

import guanxi.nlp.Script;
import guanxi.nlp.Token;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the people named in one sentence and the titles printed before them (or right after them).
 * <p>
 * Reads a {@link Sent}; produces {@link Mention}s. A person is only created where a pattern supports it:
 * a title phrase right before the name ({@code title-name}; a body's 负责人 named alone counts as one), a name list
 * sharing that title ({@code title-shared-list}), a group label before a list ({@code group-label-list}), a bare list
 * of two or more names closed by 等/参加/陪同… ({@code name-list}), a name followed by a title, which is then his
 * with the organisation printed before the name ({@code name-title}), a word only people take after a name
 * ({@code name-role-context}), or a credit line ({@code credit}). A word HanLP tags as a name with none of these
 * around it is ignored.
 * <p>
 * Names are bounded by structure: punctuation, titles and the words that follow names; a name may hold a middle dot
 * (also as misread by OCR), a compound surname, spaces padding it to three characters, or end in a character that
 * is also a function word when the segmenter keeps it inside the name. The front of a title (区委副 before 书记)
 * and a surname with a title (王主任) are never names.
 */
final class PersonFinder {

    /** A person named in a sentence; offsets are within the sentence; {@code chainStart} is where the titles begin. */
    record Mention(String name, int start, int end, int chainStart, List<String> titles, String rule, Sent sent) {
        Mention {
            // A name padded with spaces to the width of three (王  五) is still 王五.
            name = name.indexOf(' ') < 0 && name.indexOf('\u3000') < 0 ? name : name.replace(" ", "").replace("\u3000", "");
        }
    }

    /** Prepositions the segmenter glues to the body after them (以省统计局, 由市政府). */
    private static final String GLUED_PREPOSITION = "以由被为据经";
    /** First characters of the level a body's name opens with (省, 市, 县 … 国, 中, 全). */
    private static final String ADMIN_LEVEL = "省市县区州盟旗乡镇村国中全";
    /** 驻, "resident in", which opens the second half of an office's name (驻京办事处, 驻村工作队). */
    private static final char RESIDENT = '驻';
    /** 赴, "set out for": a verb the segmenter glues to the organisation gone to, never a part of a name. */
    private static final char SET_OUT = '赴';
    /** Single characters a walk over an organisation name never swallows (赴上海, 在县委, 由市…). */
    private static final String WALK_GLUE_BLOCK = "赴到在由与和同及对向等的了为是系将把被从让请来去往经和并又也都就受应邀随陪派给替使有访";
    private static final CharSet WALK_GLUE_BLOCK_CHARS = CharSet.of(WALK_GLUE_BLOCK);
    private static final String BOUNDARY = "，。、；：！？…“”‘’《》—·,.;:!?\"'（）()[]【】 \t\n";
    private static final CharSet BOUNDARY_CHARS = CharSet.of(BOUNDARY);
    /** Characters that never end a name (a name is followed by them: 王五在, 李六与, 赵七等). */
    private static final String NON_NAME_END = "等的在与和及了是为对向就同其该这那们个年月号率来到赴总";
    private static final CharSet NON_NAME_END_CHARS = CharSet.of(NON_NAME_END);
    /**
     * Of {@link #NON_NAME_END}, the characters that end given names as often as they join clauses (苏和, 大为, 福来,
     * 松年, 秋月, 大同): a name ends in one only where the text after it settles it (punctuation, or a verb people take).
     */
    private static final CharSet GIVEN_NAME_FUNCTION_ENDS = CharSet.of("和为同来年月");
    /** Characters that never start a name. */
    private static final String NON_NAME_START = "等的在与和及了是为对就其该这那们个年月日号";
    private static final CharSet NON_NAME_START_CHARS = CharSet.of(NON_NAME_START);
    /** Last characters of organisation and place words HanLP sometimes tags as names (卫健委, 东城区). */
    private static final String NOT_A_NAME_END = "委局办厅部处会司所区县市省镇乡村厂院校队组";
    private static final CharSet NOT_A_NAME_END_CHARS = CharSet.of(NOT_A_NAME_END);

    /** Rule name of a mention whose title is printed right after the name (王五院长). */
    static final String TITLE_AFTER_NAME = "name-title";

    private static final java.util.regex.Pattern LEADING_DATE =
            java.util.regex.Pattern.compile("^(?:[0-9０-９]+[年月日号]|[上下]午|至)+");

    /** The kinds of locality a direction word names when printed right before one (城西街道, 河东社区, 江北镇). */
    private static final List<String> LOCALITY_AFTER_DIRECTION = List.of("街道", "社区", "镇", "乡", "片区", "新区", "村");

    private final RuleWords lex;

    PersonFinder(RuleWords lex) {
        this.lex = lex;
    }

    List<Mention> find(Sent st) {
        List<Mention> out = new ArrayList<>();
        int[] titleLen = wordEnds(st, lex.titleIndex, false);
        int[] labelLen = wordEnds(st, lex.groupLabelIndex, true);
        int floor = 0;
        for (int e = 1; e <= st.length(); e++) {
            if (e < floor) {
                continue;
            }
            boolean title = titleLen[e] > 0;
            boolean label = !title && labelLen[e] > 0;
            if (!title && !label) {
                continue;
            }
            int p = skipParenthetical(st, e);
            int wordLen = title ? titleLen[e] : labelLen[e];
            if (title && lex.titleIndex.longestLengthAt(st.s, e - wordLen) > wordLen) {
                // 董事长孙立群: the longer title (董事长) ends later and names the person; 董事 before 长孙立群 (a
                // compound surname) does not.
                continue;
            }
            Token spaced = st.tokenAt(p + 1);
            if (st.at(p) == ' ' && (spaced != null && spaced.start() == p + 1 && spaced.isPersonName()
                    || surnameOk(st, p + 1) && titleStartsAt(st, p + 1) == 0 && nameAt(st, p + 1, true) > 0)
                    && !lex.creditLabels.contains(st.s.substring(e - wordLen, e))) {
                // 副县长 王强: a space the typesetter left between a title and its name (not in a byline: 记者 王五).
                p++;
            }
            // A title glued to the next word by HanLP (县长王五带领…) only counts before a clear name.
            boolean aligned = st.tokenEndsAt(e);
            int len = nameAt(st, p, !aligned);
            if (len < 0 || !aligned && !surnameOk(st, p)) {
                continue;
            }
            int wordStart = e - wordLen;
            int phraseStart = walkLeftOrg(st, wordStart, floor);
            List<String> titles = new ArrayList<>();
            int chainStart = phraseStart;
            // The organisation a post label closes (运营中心负责人), or 某有限公司的 right before a bare label.
            String owner = phraseStart < wordStart ? st.s.substring(phraseStart, wordStart) : "";
            boolean post = !title && st.at(p + len) != '、' && lex.postLabels.contains(st.s.substring(wordStart, e))
                    && (!owner.isEmpty() && (endsWithAny(owner, lex.orgHeads) || lex.endsWithCompanySuffix(owner)
                            || owner.length() >= 4 && endsWithAny(owner, lex.companyIndustryWords))
                    || phraseStart == wordStart && st.at(wordStart - 1) == '的'
                    && lex.companySuffixEndsAt(st.s, wordStart - 1));
            if (title || post) {
                // 运营中心负责人王五: a body's person in charge, named alone, holds a post; 企业负责人王五、李六 is a group.
                // So does a company's, printed with 的 between (某有限公司的负责人王五).
                titles.add(cleanTitle(st.raw.substring(phraseStart, p)));
                chainStart = extendChain(st, phraseStart, floor, titleLen, titles);
            }
            String rule = title || post ? "title-name" : "group-label-list";
            Mention m = new Mention(st.s.substring(p, p + len), p, p + len, chainStart, List.copyOf(titles), rule, st);
            out.add(m);
            floor = sharedList(st, m, out);
        }
        bareLists(st, out);
        dottedNamesBeforeTitles(st, out);
        namesBeforeTitles(st, out);
        namesBeforeBracketedTitles(st, out, titleLen);
        namesInRoleContext(st, out);
        credits(st, out);
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    /** After "TITLE A", the names "、B、C" share A's titles (副县长王五、李六). Returns the end of the list. */
    private int sharedList(Sent st, Mention first, List<Mention> out) {
        int q = first.end();
        // 县领导 王五 李六 赵七 出席: names a typesetter separated by spaces form a list like names separated by 、.
        boolean spaced = first.start() > 0 && st.at(first.start() - 1) == ' ';
        while (st.at(q) == '、' || spaced && st.at(q) == ' ') {
            int len = nameAt(st, q + 1, true);
            if (len < 0 || containsTitle(st.s, q + 1, q + 1 + len)) {
                break;
            }
            String rule = first.titles().isEmpty() ? first.rule() : "title-shared-list";
            out.add(new Mention(st.s.substring(q + 1, q + 1 + len), q + 1, q + 1 + len, q + 1, first.titles(), rule, st));
            q = q + 1 + len;
        }
        return q;
    }

    /** Extends a title chain leftwards over 、 (and a space or comma between whole titles): 县委副书记、县长. */
    private int extendChain(Sent st, int start, int floor, int[] titleLen, List<String> titles) {
        int k = start;
        while (k - 1 > floor) {
            char c = st.at(k - 1);
            if (c != '、' && c != ' ' && c != '，') {
                break;
            }
            int j = k - 1;
            int tl = titleLen[j];
            if (tl == 0 && c != '、') {
                break;
            }
            int ps = walkLeftOrg(st, j - tl, floor);
            if (ps >= j - tl && tl == 0 || ps >= j) {
                break;
            }
            Token beforePrev = st.tokenAt(ps - 1);
            if (beforePrev != null && beforePrev.isPersonName() && beforePrev.end() == ps) {
                break;
            }
            String prev = cleanTitle(st.raw.substring(ps, j));
            if (tl == 0 && !endsWithAny(prev, lex.orgHeads)) {
                break;
            }
            if (c == '，' && ps > 0 && !BOUNDARY_CHARS.contains(st.at(ps - 1))) {
                break;
            }
            titles.add(0, prev);
            k = ps;
        }
        return k;
    }

    /** Drops a date glued to the front of a title by the segmenter (9日某市政协副主席). */
    private static String cleanTitle(String t) {
        return LEADING_DATE.matcher(t.strip()).replaceFirst("");
    }

    /** 王五、李六、赵七等…: two or more names in a row, closed by a list end. */
    private void bareLists(Sent st, List<Mention> out) {
        for (int p = 0; p < st.length(); p++) {
            if (p > 0 && !BOUNDARY_CHARS.contains(st.at(p - 1)) || covered(out, p)) {
                continue;
            }
            List<int[]> items = new ArrayList<>();
            int q = p;
            while (true) {
                int len = nameAt(st, q, true);
                if (len < 0 || containsTitle(st.s, q, q + len)) {
                    break;
                }
                items.add(new int[]{q, q + len});
                q += len;
                if (st.at(q) != '、') {
                    break;
                }
                q++;
            }
            if (items.size() < 2 || !listEnd(st, items.get(items.size() - 1)[1])) {
                continue;
            }
            // Every item must look like a name: tagged by HanLP, or three characters; and a rhetorical parallel
            // (向党、向国家) is no list of people.
            boolean names = items.stream().allMatch(it -> isNameToken(st, it[0], it[1]) || it[1] - it[0] == 3);
            boolean parallel = items.stream().map(it -> st.at(it[0])).distinct().count() == 1;
            if (!names || parallel) {
                continue;
            }
            for (int[] it : items) {
                out.add(new Mention(st.s.substring(it[0], it[1]), it[0], it[1], it[0], List.of(), "name-list", st));
            }
            p = q;
        }
    }

    /**
     * 王五主任, 李六院长: a HanLP name right before a title word is a person, and that title is his; an organisation
     * printed right before the name joins the title (研究中心王五主任 → 研究中心主任).
     */
    private void namesBeforeTitles(Sent st, List<Mention> out) {
        boolean[] taken = coverage(st, out);
        for (Token token : st.tokens) {
            Token t = token.isPersonName() ? token : splitName(st, token);
            if (t == token && titleStartsAt(st, t.end()) == 0) {
                // 宋丽/nr 萍/nz 县长: the segmenter cut a three-character name after its second character.
                Token longer = splitName(st, token);
                t = longer != null ? longer : t;
            }
            if (t == null) {
                continue;
            }
            int n = t.word().length();
            // 阿依古丽·买买提副县长: a transliterated name with a middle dot opens with no surname and may be long.
            boolean dotted = n > 2 && t.isPersonName() && dottedNameAt(st, t.start()) == n;
            if (!t.isPersonName() || n < 2 || n > 4 && !dotted || t.start() < taken.length && taken[t.start()]
                    || !dotted && !surnameOk(st, t.start())) {
                continue;
            }
            int titleLength = titleStartsAt(st, t.end());
            if (titleLength == 0 || !dotted && !plausible(st, t.start(), n) || !st.tokenEndsAt(t.end() + titleLength)
                    && !followedByBoundary(st, t.end() + titleLength)) {
                continue;
            }
            Token before = st.tokenAt(t.start() - 1);
            int start = t.start();
            if (n == 2 && before != null && before.word().length() == 1 && surnameOk(st, before.start())
                    && !orgLike(before) && plausible(st, before.start(), 3) && !functionWordInClause(st, before)) {
                start = before.start();
            } else if (before != null && !BOUNDARY_CHARS.contains(st.at(t.start() - 1)) && !orgLike(before)
                    && !functionWordInClause(st, before) && !(n == 3 && functionWord(before))) {
                // A preposition or conjunction (由, 与, 和) before the name ends the words before it, as punctuation does.
                continue;
            }
            int orgStart = before != null && start == t.start() && orgLike(before) ? walkLeftOrg(st, start, floorBefore(out, start)) : start;
            String org = st.s.substring(orgStart, start);
            if (org.isEmpty() || !endsWithAny(org, lex.orgHeads) && lex.companySuffixes.keySet().stream().noneMatch(org::endsWith)
                    && (NOT_A_NAME_END + "室科站").indexOf(org.charAt(org.length() - 1)) < 0) {
                // Only an organisation's name joins the title; other words before the name (…的发展历史) do not.
                orgStart = start;
            }
            String title = cleanTitle(st.raw.substring(orgStart, start) + st.raw.substring(t.end(), t.end() + titleLength));
            out.add(new Mention(st.s.substring(start, t.end()), start, t.end(), orgStart, List.of(title), TITLE_AFTER_NAME, st));
            Arrays.fill(taken, start, t.end(), true);
        }
    }

    /**
     * 会议由罗杰副县长主持: a preposition or conjunction the segmenter reads as such inside a clause is that word, not a
     * surname of the name after it (由, 于 and 和 are surnames too, but then they open the clause).
     */
    private static boolean functionWordInClause(Sent st, Token before) {
        return functionWord(before) && before.start() > 0 && !BOUNDARY_CHARS.contains(st.at(before.start() - 1));
    }

    /**
     * A one-character preposition or conjunction (与, 由, 同). Before a three-character name, even at a clause's start
     * (，与刘建国董事长), it is that word: a name has no fourth character to give it.
     */
    private static boolean functionWord(Token before) {
        String tag = before.tag();
        return before.word().length() == 1 && (tag.startsWith("p") || tag.startsWith("c"));
    }

    /**
     * 钟伟（恒远科技有限公司董事长）, 王五（县委副书记、县长）: a HanLP name followed by brackets that hold nothing but a
     * title chain (an organisation part and a title word closing right at the bracket) is a person with those titles.
     * Brackets holding anything else (（右二）, （化名）, （县长王强的秘书）) give no title and no person here.
     */
    private void namesBeforeBracketedTitles(Sent st, List<Mention> out, int[] titleLen) {
        boolean[] taken = coverage(st, out);
        for (Token t : st.tokens) {
            int n = t.word().length();
            int open = t.end();
            if (!t.isPersonName() || n < 2 || n > 4 || st.at(open) != '（' || taken[t.start()]
                    || !surnameOk(st, t.start()) || !plausible(st, t.start(), n)) {
                continue;
            }
            int close = st.s.indexOf('）', open);
            if (close < 0 || close - open > 40 || close - open < 3 || titleLen[close] == 0
                    || !noClauseEnd(st, open + 1, close) || st.s.substring(open + 1, close).contains("（")) {
                continue;
            }
            int titleStart = close - titleLen[close];
            int phraseStart = walkLeftOrg(st, titleStart, open + 1);
            List<String> titles = new ArrayList<>();
            titles.add(cleanTitle(st.raw.substring(phraseStart, close)));
            int chainStart = extendChain(st, phraseStart, open, titleLen, titles);
            if (chainStart != open + 1) {
                continue;
            }
            out.add(new Mention(t.word(), t.start(), t.end(), t.start(), List.copyOf(titles), "name-bracketed-title", st));
            Arrays.fill(taken, t.start(), t.end(), true);
        }
    }

    /**
     * 热依拉·阿布都副县长: a name with a middle dot printed before its title, which the segmenter cuts anywhere (热/a 依拉/nr
     * ·/w 阿布都/nrf). The name runs from a boundary (sentence start, punctuation) over one to six characters, the dot,
     * and two to eight more (possibly a second dot and part) to the first place a title word starts.
     */
    private void dottedNamesBeforeTitles(Sent st, List<Mention> out) {
        for (int d = 1; d < st.length(); d++) {
            if (!Script.nameDot(st.at(d)) || !isHan(st.at(d - 1)) || covered(out, d)) {
                continue;
            }
            int start = d;
            while (start > 0 && d - start < 6 && isHan(st.at(start - 1))) {
                start--;
            }
            if (start > 0 && !BOUNDARY_CHARS.contains(st.at(start - 1)) || NON_NAME_START_CHARS.contains(st.at(start))
                    || titleStartsAt(st, start) > 0 || containsTitle(st.s, start, d)) {
                continue;
            }
            int end = -1;
            int part = d + 1;
            for (int k = part; k < st.length() && k - part <= 8; k++) {
                char c = st.at(k);
                if (Script.nameDot(c) && k - part >= 1) {
                    part = k + 1;
                    continue;
                }
                if (!isHan(c)) {
                    break;
                }
                if (k - part >= 2 && titleStartsAt(st, k) > 0) {
                    end = k;
                    break;
                }
            }
            if (end < 0) {
                continue;
            }
            int titleLength = titleStartsAt(st, end);
            String title = cleanTitle(st.raw.substring(end, end + titleLength));
            out.add(new Mention(st.s.substring(start, end), start, end, start, List.of(title), TITLE_AFTER_NAME, st));
            d = end;
        }
    }

    /**
     * A name the segmenter split before a title printed after it (滕/nz 玉龙/nr 书记, 魏国/nz 华/b 副县长): a surname
     * token of one character, or a two-character proper-noun token, with the tokens after it making two or three
     * characters and ending right where a title word starts; null when there is none. No title may start at or inside
     * the name (常务 before 副县长 is part of the title).
     */
    private Token splitName(Sent st, Token first) {
        int p = first.start();
        String tag = first.tag();
        // The tag tests first: they turn most tokens away without a surname look-up.
        // A surname the segmenter reads as a pronoun (何/ry, 谁) splits off the same way before a given name.
        boolean surnameToken = first.word().length() == 1
                && (tag.startsWith("n") || tag.equals("x") || tag.startsWith("ng") || tag.startsWith("r")) && surnameOk(st, p);
        boolean properPair = first.word().length() == 2 && (tag.equals("nz") || tag.startsWith("nr")) && surnameOk(st, p);
        if (!surnameToken && !properPair || titleStartsAt(st, p) > 0) {
            return null;
        }
        for (int len = 3; len >= 2; len--) {
            int end = p + len;
            if (end <= first.end() || !st.tokenEndsAt(end) || titleStartsAt(st, end) == 0 || !st.tokenStartsAt(end)
                    || !plausible(st, p, len)) {
                continue;
            }
            if (!givenNameTokens(st, first.end(), end)) {
                continue;
            }
            return new Token(st.s.substring(p, end), "nr", p, end);
        }
        return null;
    }

    /**
     * True when the tokens in {@code [from, to)} read as a given name: tagged as name parts, morphemes, distinguishing
     * words, adjectives or unknown; a plain noun (商圈/网) or a verb is the rest of some other word.
     */
    private static boolean givenNameTokens(Sent st, int from, int to) {
        for (int i = from; i < to; ) {
            Token t = st.tokenAt(i);
            String tag = t.tag();
            if (!(tag.startsWith("nr") || tag.equals("nz") || tag.equals("ng") || tag.equals("b") || tag.equals("x")
                    || tag.equals("a") || tag.equals("ag") || tag.equals("z"))) {
                return false;
            }
            i = t.end();
        }
        return true;
    }

    /** The end of the last mention before {@code i} (or a title printed after it), so an organisation walk stops there. */
    private int floorBefore(List<Mention> out, int i) {
        int floor = 0;
        for (Mention m : out) {
            if (m.end() <= i) {
                floor = Math.max(floor, m.end() + titleStartsAt(m.sent(), m.end()));
            }
        }
        return Math.min(floor, i);
    }

    /** 王五一行, 在李六的陪同下: a HanLP name followed by a word only people take is a person (no title). */
    private void namesInRoleContext(Sent st, List<Mention> out) {
        boolean[] taken = coverage(st, out);
        for (Token t : st.tokens) {
            int n = t.word().length();
            if (!t.isPersonName() || n < 2 || n > 3 || t.start() < taken.length && taken[t.start()] || !surnameOk(st, t.start())
                    || !plausible(st, t.start(), n) && !(n == 3 && taggedNameEndingInFunctionChar(st, t))) {
                continue;
            }
            char before = st.at(t.start() - 1);
            boolean opens = t.start() == 0 || BOUNDARY_CHARS.contains(before) || "在由与和及".indexOf(before) >= 0;
            if (opens && lex.nameContexts.stream().anyMatch(w -> st.startsWith(w, t.end()))) {
                out.add(new Mention(t.word(), t.start(), t.end(), t.start(), List.of(), "name-role-context", st));
                Arrays.fill(taken, t.start(), t.end(), true);
            }
        }
    }

    /** （作者：王五 李六） （编辑：赵七）: names after a credit label. */
    private void credits(Sent st, List<Mention> out) {
        if (st.s.indexOf('：') < 0) {
            return;
        }
        for (String label : lex.creditLabels) {
            for (int i = st.s.indexOf(label + "："); i >= 0; i = st.s.indexOf(label + "：", i + 1)) {
                int q = i + label.length() + 1;
                while (true) {
                    while (st.at(q) == ' ' || st.at(q) == '、') {
                        q++;
                    }
                    int len = creditName(st, q);
                    if (len < 0) {
                        break;
                    }
                    if (!covered(out, q)) {
                        out.add(new Mention(st.s.substring(q, q + len), q, q + len, q, List.of(), "credit", st));
                    }
                    q += len;
                }
            }
        }
    }

    private int creditName(Sent st, int q) {
        for (int len = 3; len >= 2; len--) {
            if (nameChars(st, q, len) && surnameOk(st, q) && BOUNDARY_CHARS.contains(st.at(q + len))
                    || nameChars(st, q, len) && surnameOk(st, q) && q + len == st.length()) {
                return len;
            }
        }
        return -1;
    }

    /**
     * Length of the name starting at {@code p}, or -1. A name is 2–3 characters (4 when HanLP says so), starts with a
     * surname or is tagged as a name by HanLP, and is followed by punctuation, a title, or a word that typically follows
     * a name (等, 陪同, 主持…); candidates that end where a HanLP word ends are preferred.
     */
    int nameAt(Sent st, int p, boolean strict) {
        if (p >= st.length()) {
            return -1;
        }
        int dotted = dottedNameAt(st, p);
        if (dotted > 0) {
            return dotted;
        }
        int padded = paddedNameAt(st, p);
        if (padded > 0) {
            return padded;
        }
        Token t = st.tokenAt(p);
        boolean nr = t != null && t.start() == p && t.isPersonName() && t.word().length() >= 2 && t.word().length() <= 4;
        if (nr && plausible(st, p, t.word().length()) && followedByBoundary(st, p + t.word().length())) {
            return t.word().length();
        }
        if (nr && t.word().length() == 3 && taggedNameEndingInFunctionChar(st, t)) {
            return 3;
        }
        if (nr && t.word().length() == 2 && GIVEN_NAME_FUNCTION_ENDS.contains(st.at(p + 1)) && surnameOk(st, p)
                && nameChars(st, p, 1) && (p + 2 == st.length() || "，、。；：".indexOf(st.at(p + 2)) >= 0)) {
            // 副旗长苏和、: a two-character name the segmenter read whole, its last character a function word elsewhere.
            return 2;
        }
        if (nr && t.word().length() == 2 && p + 3 <= st.length() && plausible(st, p, 3) && st.tokenEndsAt(p + 3)
                && st.tokenAt(p + 2).word().length() == 1 && followedByBoundary(st, p + 3)
                && !followedByBoundary(st, p + 2)) {
            // 王芳/nr 菲/x: the segmenter split off the last character of a name it did not know whole.
            return 3;
        }
        if (!surnameOk(st, p)) {
            if (nr && !strict && t.word().length() == 2 && transliteratedFourAt(st, p)) {
                // 县长扎西/nrf 次/qv 仁/ag 出席: a transliterated name of two two-character parts, no Han surname.
                return 4;
            }
            if (nr && !strict && plausible(st, p, t.word().length())) {
                return t.word().length();
            }
            return !strict && rareSurnameName(st, p) ? 3 : -1;
        }
        // A compound surname (欧阳, 司马) takes one or two given-name characters after it.
        boolean compound = lex.doubleSurnames.longestLengthAt(st.s, p) == 2;
        if (!compound && p + 3 <= st.length() && NON_NAME_END_CHARS.contains(st.at(p + 2)) && st.at(p + 2) != '等'
                && st.at(p + 2) != '的' && !st.tokenStartsAt(p + 2) && st.tokenEndsAt(p + 3) && nameChars(st, p, 2)
                && !containsTitle(st.s, p, p + 3) && (p + 3 == st.length() || "，、。；".indexOf(st.at(p + 3)) >= 0
                || peopleWordAfterThree(st, p))) {
            // 钱大为一行 (钱/大为): a name ending in a function character that the segmenter kept inside a word, with
            // punctuation or a word only people take after it.
            return 3;
        }
        int longest = compound ? 4 : 3;
        int shortest = compound ? 3 : 2;
        for (boolean aligned : new boolean[]{true, false}) {
            for (int len = longest; len >= shortest; len--) {
                if (!aligned && p + len < st.length() && GIVEN_NAME_FUNCTION_ENDS.contains(st.at(p + len))
                        && !st.tokenStartsAt(p + len) && st.tokenEndsAt(p + len + 1)
                        && st.tokenAt(p + len).word().length() == 2 && (verbAfterName(st, p + len + 1)
                        || p + len + 1 < st.length() && BOUNDARY_CHARS.contains(st.at(p + len + 1)))) {
                    // 聂/大为/到: the character after a shorter reading makes a word with the name's last (大为) and a
                    // verb follows: it ends the name, it is no particle after it (魏国/华为/获奖企业颁奖: 为 opens
                    // what the verb is done for).
                    continue;
                }
                if (plausible(st, p, len) && (!aligned || st.tokenEndsAt(p + len))
                        && followedByBoundary(st, p + len) && !badSingleToken(st, p, len, strict)) {
                    return len;
                }
            }
        }
        return nr && !strict && plausible(st, p, t.word().length()) ? t.word().length() : -1;
    }

    /**
     * True when a name HanLP read as two characters at {@code p} (no Han surname) runs on over two more name
     * characters to punctuation, a title or a word that follows names, and nothing of that kind stands after its first
     * two: the two-part transliterated names of Tibetan and other minority officials (扎西次仁-like), which the
     * segmenter cuts after the first part.
     */
    private boolean transliteratedFourAt(Sent st, int p) {
        return p + 4 <= st.length() && !followedByBoundary(st, p + 2) && nameChars(st, p, 4) && plausible(st, p, 4)
                && followedByBoundary(st, p + 4);
    }

    /**
     * Right after a title, a three-character name whose surname the list does not hold (兰/ng 叶子/n): a single-character
     * token and a two-character noun or name token, followed by 、 or ， (the next item of a list of officials).
     */
    private boolean rareSurnameName(Sent st, int p) {
        Token first = st.tokenAt(p);
        Token rest = st.tokenAt(p + 1);
        if (first == null || rest == null || first.start() != p || first.end() != p + 1 || rest.start() != p + 1
                || rest.end() != p + 3 || !plausible(st, p, 3) || "、，".indexOf(st.at(p + 3)) < 0) {
            return false;
        }
        String a = first.tag();
        String b = rest.tag();
        return (a.startsWith("n") || a.equals("x") || a.equals("b")) && !a.equals("nt") && !a.equals("ns")
                && (b.equals("n") || b.startsWith("nr") || b.equals("nz") || b.equals("ng") || b.equals("x"));
    }

    /**
     * 钱大为一行 (钱大为/nr): HanLP reads a three-character name whose last character is also a function word (为, 和, 等); it is a
     * name when a title, punctuation or a word that follows names comes right after it and the first two characters
     * would not make a name on their own.
     */
    private boolean taggedNameEndingInFunctionChar(Sent st, Token t) {
        int p = t.start();
        return surnameOk(st, p) && nameChars(st, p, 2) && NON_NAME_END_CHARS.contains(st.at(p + 2))
                && st.at(p + 2) != '等' && st.at(p + 2) != '的' && !containsTitle(st.s, p, p + 3)
                && (BOUNDARY_CHARS.contains(st.at(p + 3)) || p + 3 == st.length() || titleStartsAt(st, p + 3) > 0
                || peopleWordAfterThree(st, p));
    }

    /**
     * After three characters at {@code p} that end in a function character, a word only people take (一行, 陪同: see
     * name-contexts.txt), or, when that character also ends given names (大为, 松年), a verb people take: the three are
     * a name.
     */
    private boolean peopleWordAfterThree(Sent st, int p) {
        return lex.nameContexts.stream().anyMatch(w -> st.startsWith(w, p + 3))
                || GIVEN_NAME_FUNCTION_ENDS.contains(st.at(p + 2)) && verbAfterName(st, p + 3);
    }

    /**
     * True when a verb people take as subjects starts at {@code i}: a word that follows names of two characters or
     * more (陪同, 出席, 调研) or one of the one-character verbs of going (到, 赴, 率), never a particle or conjunction;
     * and the character before it makes no such word with it (钱立来到 is 钱立 who came, 来到, not 钱立来 at 到).
     */
    private boolean verbAfterName(Sent st, int i) {
        return i < st.length() && (lex.postName.longestLengthAt(st.s, i) >= 2 || "到赴率".indexOf(st.at(i)) >= 0)
                && lex.postName.longestLengthAt(st.s, i - 1) < 2;
    }

    /**
     * Length of a two-character name padded to the width of three with spaces (王  五, as typesetters print short
     * names in lists and bylines) at {@code p}, or -1: a surname, one or two spaces, one name character, then
     * punctuation, a title or a word that follows names.
     */
    private int paddedNameAt(Sent st, int p) {
        int q = p + 1;
        while (q < st.length() && q - p <= 2 && (st.at(q) == ' ' || st.at(q) == '\u3000')) {
            q++;
        }
        if (q == p + 1 || q - p > 3 || !surnameOk(st, p) || !nameChars(st, p, 1) || q >= st.length()
                || !isHan(st.at(q)) || NON_NAME_END_CHARS.contains(st.at(q)) || NOT_A_NAME_END_CHARS.contains(st.at(q))) {
            return -1;
        }
        int end = q + 1;
        return end == st.length() || BOUNDARY_CHARS.contains(st.at(end)) && st.at(end) != ' '
                || lex.postName.longestLengthAt(st.s, end) > 0 || titleStartsAt(st, end) > 0 ? end - p : -1;
    }


    /**
     * Length of a name written with a middle dot at {@code p} (one to six characters, a dot, then two to eight, possibly
     * a second dot and part), ended by punctuation, a title or a word that follows names; -1 when none. The shortest
     * such reading wins, so the verb after the name (出席, 陪同) is never swallowed.
     */
    int dottedNameAt(Sent st, int p) {
        int i = p;
        while (i < st.length() && i - p < 6 && isHan(st.at(i))) {
            i++;
        }
        if (i == p || !Script.nameDot(st.at(i)) || NON_NAME_START_CHARS.contains(st.at(p))) {
            return -1;
        }
        for (int part = 0; part < 2; part++) {
            int from = i + 1;
            int k = from;
            while (k < st.length() && k - from < 8 && isHan(st.at(k)) && !Script.nameDot(st.at(k))) {
                k++;
                if (k - from >= 2 && !Script.nameDot(st.at(k)) && followedByBoundary(st, k)
                        && !NON_NAME_END_CHARS.contains(st.at(k - 1))) {
                    return k - p;
                }
            }
            if (!Script.nameDot(st.at(k)) || k - from < 1) {
                return -1;
            }
            i = k;
        }
        return -1;
    }

    private static boolean isHan(char c) {
        return c >= '\u4e00' && c <= '\u9fff' && c != '丶' || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN && c != '丶';
    }

    /**
     * Name characters that hold no title: no title word inside ({@link #containsTitle}) and none starting inside and
     * running on past the end, so the fragment of a list of titles (区委副 before 书记, 王副 before 县长) is no name.
     */
    private boolean plausible(Sent st, int p, int len) {
        if (!nameChars(st, p, len) || containsTitle(st.s, p, p + len)) {
            return false;
        }
        for (int i = p + 1; i < p + len; i++) {
            if (lex.titleIndex.longestLengthAt(st.s, i) > p + len - i && lex.titleIndex.longestLengthAt(st.s, i) >= 2) {
                return false;
            }
        }
        return true;
    }

    private boolean badSingleToken(Sent st, int p, int len, boolean strict) {
        Token t = st.tokenAt(p);
        if (t == null || t.start() != p || t.end() != p + len) {
            return false;
        }
        String tag = t.tag();
        if (len >= 2 && !tag.startsWith("nr") && lex.postName.longestLengthAt(st.s, p) == len) {
            // 负责人云端签约, 董事长线上签约: a word of manner that stands between a subject and its verb is no name.
            return true;
        }
        // Right after a title (not strict) a name HanLP reads as a common word (黎明/t, 常青/z, 万能/b) is still a name;
        // adverbs and verbs (全程陪同, 亲自主持) are not.
        // Right after a title, a three-character name the segmenter took for a body (王立军/nt) is still a name: the
        // caller has checked that it does not end like a body (局, 委, 区 …).
        boolean commonWordName = !strict && (tag.equals("b") || tag.equals("t") || tag.equals("z")
                || tag.equals("nt") && len == 3);
        // A two-character name the segmenter reads as a verb (县长雷鸣/vi 指出, 副县长张扬/vi 出席) is a name right after a
        // title when it is not itself a word that follows names (强调, 查看, 出席), which a title often precedes.
        boolean verbName = !strict && len == 2 && (tag.equals("v") || tag.equals("vi"))
                && lex.postName.longestLengthAt(st.s, p) < 2 && lex.triggerWords.at(st.s, p).isEmpty();
        return !tag.startsWith("nr") && !(tag.startsWith("a") && !tag.equals("ad")) && !tag.startsWith("nz") && !tag.startsWith("ns")
                && !tag.equals("n") && !tag.equals("x") && !tag.startsWith("ng") && !commonWordName && !verbName;
    }

    private boolean followedByBoundary(Sent st, int i) {
        if (i >= st.length()) {
            return true;
        }
        if (BOUNDARY_CHARS.contains(st.at(i))) {
            return true;
        }
        return lex.postName.longestLengthAt(st.s, i) > 0 || titleStartsAt(st, i) > 0;
    }

    private boolean listEnd(Sent st, int i) {
        return followedByBoundary(st, i);
    }

    boolean surnameOk(Sent st, int p) {
        return lex.surnames.get(st.at(p)) || lex.doubleSurnames.longestLengthAt(st.s, p) > 0 || ocrPlaceholder(st, p);
    }

    /**
     * An unreadable surname printed as the OCR placeholder: □, or 口 standing as a word of its own (口/n 建国), never
     * the first character of a word (口头, 口岸).
     */
    private static boolean ocrPlaceholder(Sent st, int p) {
        char c = st.at(p);
        if (c == '□') {
            return true;
        }
        Token t = c == '口' ? st.tokenAt(p) : null;
        return t != null && t.start() == p && t.end() == p + 1;
    }

    private static boolean nameChars(Sent st, int p, int len) {
        if (p + len > st.length()) {
            return false;
        }
        for (int i = p; i < p + len; i++) {
            char c = st.at(i);
            // The common Han block first: the script look-up is a binary search, and nearly every character is Han.
            boolean han = c >= '\u4e00' && c <= '\u9fff' || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
            if (!(han || c == '□')) {
                return false;
            }
        }
        char last = st.at(p + len - 1);
        return !NON_NAME_START_CHARS.contains(st.at(p)) && !NON_NAME_END_CHARS.contains(last)
                && !NOT_A_NAME_END_CHARS.contains(last) && "、".indexOf(last) < 0;
    }

    private static boolean isNameToken(Sent st, int start, int end) {
        Token t = st.tokenAt(start);
        return t != null && t.isPersonName() && t.start() == start;
    }

    /** True when a title or group label of two or more characters lies within {@code s[from, to)}. */
    private boolean containsTitle(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (lex.titleIndex.hasWordAt(s, i, to, 2) || lex.groupLabelIndex.hasWordAt(s, i, to, 2)) {
                return true;
            }
        }
        return false;
    }

    /** Length of the longest title word starting at {@code i}, or 0. */
    int titleStartsAt(Sent st, int i) {
        int length = lex.titleIndex.longestLengthAt(st.s, i);
        return length < 2 ? 0 : length;
    }

    /** For each end offset, the length of the longest word of {@code words} ending there (at a token end), else 0. */
    static int[] wordEnds(Sent st, WordIndex words, boolean aligned) {
        int[] out = new int[st.length() + 1];
        for (int e = 1; e <= st.length(); e++) {
            if (!aligned || st.tokenEndsAt(e)) {
                int len = words.longestEndingAt(st.s, e);
                out[e] = len >= 2 ? len : 0;
            }
        }
        return out;
    }

    /** 局长（经理）王五: a parenthetical right after a title belongs to it. */
    private static int skipParenthetical(Sent st, int e) {
        if (st.at(e) == '（') {
            int close = st.s.indexOf('）', e);
            if (close > e && close - e <= 8) {
                return close + 1;
            }
        }
        return e;
    }

    /**
     * Walks left from {@code i} over the organisation part of a title (县委, 某部某司某处, 某航): whole
     * tokens of noun-like classes and brackets; stops at punctuation, verbs, prepositions, conjunctions, names and the
     * words of {@code org-stop.txt}; never crosses {@code floor}.
     */
    int walkLeftOrg(Sent st, int i, int floor) {
        return walkLeftOrg(st, i, floor, false);
    }

    /**
     * As {@link #walkLeftOrg(Sent, int, int)}; for a company name ({@code company}) a name-like word right before the
     * suffix is a brand (某鸿公司), and 企业/公司 end the walk (…上市公司甲乙能源集团有限公司 is 甲乙能源集团有限公司).
     */
    int walkLeftOrg(Sent st, int i, int floor, boolean company) {
        int k = i;
        while (k > floor) {
            char c = st.at(k - 1);
            int close = st.s.indexOf('）', k);
            if (c == '（' && (close < 0 || close >= i)) {
                // An opening bracket with no closing one inside the name: 本报讯（记者王五） starts after it.
                break;
            }
            if (c == '（' || c == '）') {
                k--;
                continue;
            }
            Token t = st.tokenAt(k - 1);
            if (t == null) {
                break;
            }
            int clauseVerb = company ? gluedClauseVerb(st, t) : 0;
            if (clauseVerb > 0) {
                // 考察远帆集团/nt, 会见禾光能源公司/nt: the segmenter glued the clause's verb to the firm's name; the
                // verb (and the person before it) is no part of the name.
                k = Math.max(floor, t.start() + clauseVerb);
                break;
            }
            int setOut = t.word().lastIndexOf(SET_OUT);
            if (setOut >= 0 && orgLike(t) && t.word().length() - setOut > 4) {
                // 王强赴远帆电子有限公司/nt: the verb of going (and the goer before it) is no part of the firm gone to.
                k = Math.max(floor, t.start() + setOut + 1);
                break;
            }
            if (k == i && t.end() > i && t.start() >= floor && !BOUNDARY_CHARS.contains(st.at(t.start()))) {
                // The title word starts inside a word (镇党委书记): the rest of that word is organisation.
                k = t.start();
                continue;
            }
            int de = company ? -1 : charWithin(st, t, '的');
            if (de > t.start() && de >= floor) {
                // 调研的县发改局/nt 局长: the segmenter glued the clause before 的 to the body; the body starts after 的.
                k = de + 1;
                break;
            }
            int together = company ? -1 : nameThenWith(st, t);
            if (together >= 0) {
                // 市长王五同远帆集团/nt 董事长: the segmenter glued the previous title's name and 同 to this body.
                k = Math.max(floor, together + 1);
                break;
            }
            if (EntityRules.GLUED_FUNCTION.indexOf(t.word().charAt(0)) >= 0 && t.word().length() > 1 && orgLike(t)) {
                k = Math.max(floor, t.start() + 1);
                break;
            }
            if (t.word().length() == 2 && GLUED_PREPOSITION.indexOf(t.word().charAt(0)) >= 0 && !orgLike(t)
                    && ADMIN_LEVEL.indexOf(t.word().charAt(1)) >= 0 && k < i) {
                // 由省/v 农业农村厅: a preposition glued to the level the body's name opens with starts the phrase.
                k = Math.max(floor, t.start() + 1);
                break;
            }
            if (t.word().length() > 2 && GLUED_PREPOSITION.indexOf(t.word().charAt(0)) >= 0
                    && ADMIN_LEVEL.indexOf(t.word().charAt(1)) >= 0 && orgLike(t)) {
                // 以省统计局 read as one word: the preposition opens the phrase, the body starts at the level after it.
                k = Math.max(floor, t.start() + 1);
                break;
            }
            int verb = leadingRoleVerb(st, t);
            if (verb > 0 && orgLike(t)) {
                // 带领县发改局 read as one word: the leader's verb is no part of the organisation after it.
                k = Math.max(floor, t.start() + verb);
                break;
            }
            if (k < i && t.word().length() == 2 && t.word().charAt(0) == RESIDENT && t.tag().startsWith("v")
                    && orgLikeAt(st, k)) {
                // 石门县驻京/v 联络处: "resident in" and its place are part of the office's name (驻京办事处, 驻沪联络处).
                k = t.start();
                continue;
            }
            if (k < i && t.word().equals("外") && t.start() > floor && st.at(t.start() - 1) == '在' && orgLikeAt(st, k)) {
                // 某县在/p 外/f 人员深圳联络站: 在外 ("away from home") describes the people the body serves; it is
                // part of the body's name, not a preposition ending it.
                k = t.start() - 1;
                continue;
            }
            int place = placeAcross(st, t, k);
            if (place >= floor) {
                // 山/东魏/桥…集团: the segmenter joined a province's last character to the name's first one, so the
                // token before the name reads as no organisation word; the province opens the name all the same.
                k = place;
                continue;
            }
            int region = provinceRegionStart(st, t, k, i);
            if (region >= floor) {
                // 湘/中/ 新能源 总经理, 黔/东/ 新材料有限公司: a province's short name and a direction, read apart by the
                // segmenter, name a region that opens the firm's name.
                k = region;
                continue;
            }
            boolean direction = t.tag().equals("f") || t.tag().equals("s") || t.tag().equals("d")
                    && (st.s.startsWith("街道", t.end()) || st.s.startsWith("社区", t.end()));
            if (direction && t.word().length() == 2 && LOCALITY_AFTER_DIRECTION.stream()
                    .anyMatch(w -> st.s.startsWith(w, t.end()))) {
                // 城西/d 街道办事处主任, 江北/s 镇党委书记: a direction or place word (the segmenter reads 城西 as an adverb
                // too) naming a town, community or street office opens its name.
                k = t.start();
                continue;
            }
            Token prev = t.start() > floor ? st.tokenAt(t.start() - 1) : null;
            if (company && k < i && t.tag().equals("t") && t.word().length() == 2 && prev != null
                    && prev.end() == t.start() && prev.tag().startsWith("ns")) {
                // 浙江/ns 天顺/t 智能科技有限公司: a trade name the segmenter read as a time word, after the place the
                // name opens with, is part of the name.
                k = t.start();
                continue;
            }
            if (t.word().equals("兼") && k - 1 > floor && wordEndsBefore(st, k - 1)) {
                k = t.start();
                continue;
            }
            if (company && t.end() <= i && lex.visitVerbs.contains(t.word())) {
                // 率队/nt 调研/vn 远帆/nr 控股集团有限公司: the visit's verb, a word of its own, ends the firm's name.
                break;
            }
            if (company && t.end() <= i && (t.word().endsWith("公司") || t.word().endsWith("企业"))) {
                break;
            }
            if (!company && k < i) {
                int inner = innerOrgStep(st, k, i, floor);
                if (inner < k) {
                    k = inner;
                    continue;
                }
            }
            // 。青禾/nr 董事长 李六: a name-like word standing alone before an enterprise post and a name is a brand
            // (when more precedes it, the brand's full name is unknown and the word is left out).
            boolean brandBeforePost = k == i && t.isPersonName() && t.word().length() == 2 && corporatePostAt(st, i)
                    && (t.start() == 0 || BOUNDARY_CHARS.contains(st.at(t.start() - 1)));
            boolean placeLikeName = t.isPersonName() && (k != i || company || brandBeforePost);
            boolean orgNamedLikePerson = t.isPersonName() && NOT_A_NAME_END_CHARS.contains(t.word().charAt(t.word().length() - 1));
            boolean glue = t.word().length() == 1 && !WALK_GLUE_BLOCK_CHARS.contains(t.word().charAt(0))
                    && !t.tag().startsWith("w") && !t.tag().startsWith("p") && !t.tag().startsWith("c")
                    && !t.tag().startsWith("u") && !t.tag().startsWith("nr") && !t.tag().equals("t")
                    && (!t.tag().equals("f") || k < i && (t.start() == 0 || BOUNDARY_CHARS.contains(st.at(t.start() - 1))));
            if (!(orgLike(t) || placeLikeName || orgNamedLikePerson || glue || t.tag().equals("m") || t.tag().equals("mq") && t.word().startsWith("第") || t.tag().equals("a") || t.tag().equals("an"))
                    || lex.orgStop.contains(t.word())) {
                break;
            }
            k = Math.max(floor, t.start());
        }
        while (k < i && st.at(k) == ' ') {
            k++;
        }
        return k;
    }

    /**
     * Start of a region (湘中, 陇东) that ends at {@code k}, the direction token {@code t} one character after a province's
     * one-character short name, itself a word of its own; -1 when there is none. Only with organisation words after it.
     */
    private int provinceRegionStart(Sent st, Token t, int k, int i) {
        if (k >= i || t.end() != k || t.word().length() != 1 || !lex.provinceDirections.contains(t.word())
                || t.start() < 1 || !lex.provinceShortNames.contains(st.s.substring(t.start() - 1, t.start()))) {
            return -1;
        }
        Token before = st.tokenAt(t.start() - 1);
        return before != null && before.start() == t.start() - 1 && before.end() == t.start() ? t.start() - 1 : -1;
    }

    /** True when the token at {@code k} starts there and reads as an organisation word (联络处/nis). */
    private static boolean orgLikeAt(Sent st, int k) {
        Token t = st.tokenAt(k);
        return t != null && t.start() == k && orgLike(t);
    }

    /**
     * Start of a place name (a province, from the places lexicon) that begins where a word begins and ends strictly
     * inside token {@code t}, the token that ends at {@code k}; -1 when there is none. Such a token is the segmenter's
     * misreading of the place's last character and the next one as a word, which only happens across a boundary.
     */
    private int placeAcross(Sent st, Token t, int k) {
        if (t.end() != k || t.word().length() < 2) {
            return -1;
        }
        for (String p : lex.places) {
            for (int end = t.start() + 1; end < t.end(); end++) {
                int q = end - p.length();
                if (q >= 0 && q < t.start() && st.s.startsWith(p, q) && st.tokenStartsAt(q)) {
                    return q;
                }
            }
        }
        return -1;
    }

    /**
     * Offset of a 同 (with) inside token {@code t} that follows a title and a two- or three-character name (县长王五同…,
     * the name possibly a token of its own), or -1.
     */
    private int nameThenWith(Sent st, Token t) {
        int q = charWithin(st, t, '同');
        if (q < 0) {
            return -1;
        }
        for (int len = 2; len <= 3; len++) {
            int b = q - len;
            if (b >= 0 && surnameOk(st, b) && nameChars(st, b, len) && wordEndsBefore(st, b)) {
                return q;
            }
        }
        return -1;
    }

    /** Last offset of {@code c} strictly inside token {@code t} (neither its first nor its last character), or -1. */
    private static int charWithin(Sent st, Token t, char c) {
        for (int i = t.end() - 2; i > t.start(); i--) {
            if (st.at(i) == c) {
                return i;
            }
        }
        return -1;
    }

    /** True when an enterprise post (董事长, 总经理 …) starts at {@code i}. */
    private boolean corporatePostAt(Sent st, int i) {
        String w = lex.titleIndex.longestAt(st.s, i);
        return w != null && lex.corporateTitles.stream().anyMatch(w::endsWith);
    }

    /**
     * Offset, from the start of an organisation-like token {@code t}, of the end of a clause verb of two or more
     * characters (a trigger such as 会见 or 出席, or a visit verb such as 考察, 走进) that the segmenter glued into the
     * token before at least three characters of name; 0 when there is none.
     */
    private int gluedClauseVerb(Sent st, Token t) {
        if (!orgLike(t) || t.word().length() < 5) {
            return 0;
        }
        // The last such verb wins: 李海考察远帆集团/nt holds the person's name before the verb too.
        for (int p = t.end() - 5; p >= t.start(); p--) {
            int best = 0;
            for (String w : lex.triggerWords.at(st.s, p)) {
                best = Math.max(best, w.length());
            }
            for (String w : lex.visitVerbIndex.at(st.s, p)) {
                best = Math.max(best, w.length());
            }
            if (best >= 2 && t.end() - (p + best) >= 3) {
                return p - t.start() + best;
            }
        }
        return 0;
    }

    /** Length of a leading or accompanying verb (带领, 陪同) the segmenter glued to the front of token {@code t}, or 0. */
    private int leadingRoleVerb(Sent st, Token t) {
        for (String w : lex.triggerWords.at(st.s, t.start())) {
            // A one-character verb (率) only before the level a body's name opens with (率省厅…, 率市直…).
            boolean clear = w.length() >= 2 || ADMIN_LEVEL.indexOf(st.at(t.start() + w.length())) >= 0;
            if (clear && w.length() < t.word().length() && lex.triggers.get(w).stream()
                    .anyMatch(c -> c.equals("LEAD") || c.equals("ACCOMPANY"))) {
                return w.length();
            }
        }
        return 0;
    }

    /**
     * One step left over what an organisation's own name may hold between nouns, once part of it is read: a quoted
     * name (省委“某某”工作组), 和/与 joining two nouns (发展和改革委员会, 交通与物流办), and a verb between nouns
     * (材料促进中心). Not when the next part starts a new body (…和市民政局), follows a title (书记和县长) or
     * is a word that follows names (陪同, 考察), nor before a bare two-character head. Returns {@code k} when no
     * such step applies.
     */
    private int innerOrgStep(Sent st, int k, int titleStart, int floor) {
        char c = st.at(k - 1);
        if (c == '”' || c == '’') {
            int open = st.s.lastIndexOf(c == '”' ? '“' : '‘', k - 1);
            if (open > floor && k - open <= 24 && noClauseEnd(st, open, k)) {
                return open;
            }
            return k;
        }
        Token t = st.tokenAt(k - 1);
        Token left = t == null ? null : st.tokenAt(t.start() - 1);
        boolean level = "省市县区乡镇村州".indexOf(st.at(k)) >= 0;
        // 第三/m 巡视/v 组组/q 长: an ordinal before the verb, and the word the title starts inside (组组 before 组长),
        // belong to the body's name too.
        boolean ordinal = left != null && left.tag().startsWith("m");
        Token next = st.tokenAt(k);
        boolean straddles = next != null && next.end() > titleStart;
        if (t == null || left == null || left.start() < floor || !orgLike(left) && !ordinal
                || wordEndsBefore(st, t.start()) || !orgLike(next) && !straddles) {
            return k;
        }
        // A bare two-character head after 与 (…细节与公司董事长) is a whole organisation of its own.
        boolean conjunction = !level && (t.word().equals("和") || t.word().equals("与")) && titleStart - k >= 3;
        // 工业集中区: a level character standing alone after the verb is the head of this name (区), not a new body.
        boolean innerVerb = t.word().length() == 2 && t.tag().startsWith("v") && (left.word().length() >= 2 || ordinal)
                && (!level || st.tokenAt(k).word().length() == 1)
                && lex.postName.longestLengthAt(st.s, t.start()) == 0 && lex.triggerWords.at(st.s, t.start()).isEmpty()
                && !lex.orgStop.contains(t.word());
        return conjunction || innerVerb ? t.start() : k;
    }

    private static boolean noClauseEnd(Sent st, int from, int to) {
        for (int i = from; i < to; i++) {
            if ("，。；：！？".indexOf(st.at(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    private boolean wordEndsBefore(Sent st, int i) {
        for (int len = 2; len <= lex.maxTitle && len <= i; len++) {
            if (lex.titles.contains(st.s.substring(i - len, i))) {
                return true;
            }
        }
        return false;
    }

    static boolean orgLike(Token t) {
        String tag = t.tag();
        if (tag.startsWith("nr")) {
            return false;
        }
        return tag.startsWith("n") || tag.equals("j") || tag.equals("b") || tag.startsWith("g") || tag.equals("h")
                || tag.equals("k") || tag.equals("x") || tag.equals("vn") || tag.equals("vg") || tag.equals("ag");
    }

    private static boolean endsWithAny(String s, List<String> ends) {
        for (String e : ends) {
            if (s.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    /**
     * For each character, whether a mention covers it: the name rules ask this of every HanLP name, and a sentence
     * listing dozens of attendees would otherwise rescan them all each time.
     */
    private static boolean[] coverage(Sent st, List<Mention> out) {
        boolean[] taken = new boolean[st.length()];
        for (Mention m : out) {
            Arrays.fill(taken, m.start(), m.end(), true);
        }
        return taken;
    }

    private static boolean covered(List<Mention> out, int p) {
        for (Mention m : out) {
            if (p >= m.start() && p < m.end()) {
                return true;
            }
        }
        return false;
    }
}
