package guanxi.extract;

import guanxi.nlp.Token;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the people named in one sentence and the titles printed before them.
 * <p>
 * Reads a {@link Sent}; produces {@link Mention}s. A person is only created where a pattern supports it:
 * a title phrase right before the name ({@code title-name}), a name list sharing that title
 * ({@code title-shared-list}), a group label before a list ({@code group-label-list}), a bare list of two or
 * more names closed by 等/参加/陪同… ({@code name-list}), a name followed by a title ({@code name-title}), or a
 * credit line ({@code credit}). A word HanLP tags as a name with none of these around it is ignored.
 */
final class PersonFinder {

    /** A person named in a sentence; offsets are within the sentence; {@code chainStart} is where the titles begin. */
    record Mention(String name, int start, int end, int chainStart, List<String> titles, String rule, Sent sent) {
    }

    /** Single characters a walk over an organisation name never swallows (赴上海, 在县委, 由市…). */
    private static final String WALK_GLUE_BLOCK = "赴到在由与和及对向等的了为是将把被从让请来去往经和并又也都就";
    private static final String BOUNDARY = "，。、；：！？…“”‘’《》—·,.;:!?\"'（）()[]【】 \t\n";
    /** Characters that never end a name (a name is followed by them: 王戈在, 解芳与, 郭晓伟等). */
    private static final String NON_NAME_END = "等的在与和及了是为对向就同其该这那们个年月号率来到赴总";
    /** Characters that never start a name. */
    private static final String NON_NAME_START = "等的在与和及了是为对就其该这那们个年月日号";
    /** Last characters of organisation and place words HanLP sometimes tags as names (卫计委, 花山区). */
    private static final String NOT_A_NAME_END = "委局办厅部处会司所区县市省镇乡村厂院校队组";

    private static final java.util.regex.Pattern LEADING_DATE =
            java.util.regex.Pattern.compile("^(?:[0-9０-９]+[年月日号]|[上下]午|至)+");

    private final Lexicon lex;

    PersonFinder(Lexicon lex) {
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
            Token spaced = st.tokenAt(p + 1);
            if (st.at(p) == ' ' && spaced != null && spaced.start() == p + 1 && spaced.isPersonName()
                    && !lex.creditLabels.contains(st.s.substring(e - wordLen, e))) {
                // 副县长 王强: a space the typesetter left between a title and its name (not in a byline: 记者 王五).
                p++;
            }
            // A title glued to the next word by HanLP (县长唐杰带领…) only counts before a clear name.
            boolean aligned = st.tokenEndsAt(e);
            int len = nameAt(st, p, !aligned);
            if (len < 0 || !aligned && !surnameOk(st, p)) {
                continue;
            }
            int wordStart = e - wordLen;
            int phraseStart = walkLeftOrg(st, wordStart, floor);
            List<String> titles = new ArrayList<>();
            int chainStart = phraseStart;
            if (title) {
                titles.add(cleanTitle(st.raw.substring(phraseStart, p)));
                chainStart = extendChain(st, phraseStart, floor, titleLen, titles);
            }
            String rule = title ? "title-name" : "group-label-list";
            Mention m = new Mention(st.s.substring(p, p + len), p, p + len, chainStart, List.copyOf(titles), rule, st);
            out.add(m);
            floor = sharedList(st, m, out);
        }
        bareLists(st, out);
        namesBeforeTitles(st, out);
        namesInRoleContext(st, out);
        credits(st, out);
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    /** After "TITLE A", the names "、B、C" share A's titles (政府副县长张瑞轩、王大凤). Returns the end of the list. */
    private int sharedList(Sent st, Mention first, List<Mention> out) {
        int q = first.end();
        while (st.at(q) == '、') {
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
            if (c == '，' && ps > 0 && BOUNDARY.indexOf(st.at(ps - 1)) < 0) {
                break;
            }
            titles.add(0, prev);
            k = ps;
        }
        return k;
    }

    /** Drops a date glued to the front of a title by the segmenter (18日玉溪市政协副书记). */
    private static String cleanTitle(String t) {
        return LEADING_DATE.matcher(t.strip()).replaceFirst("");
    }

    /** 赵奇玲、周春涌、唐火祯、赵国平等…: two or more names in a row, closed by a list end. */
    private void bareLists(Sent st, List<Mention> out) {
        for (int p = 0; p < st.length(); p++) {
            if (p > 0 && BOUNDARY.indexOf(st.at(p - 1)) < 0 || covered(out, p)) {
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

    /** 邱善勤主任, 俞峰院长: a HanLP name right before a title word is a person (the title after is not recorded). */
    private void namesBeforeTitles(Sent st, List<Mention> out) {
        boolean[] taken = coverage(st, out);
        for (Token t : st.tokens) {
            int n = t.word().length();
            if (!t.isPersonName() || n < 2 || n > 3 || t.start() < taken.length && taken[t.start()] || !surnameOk(st, t.start())) {
                continue;
            }
            if (titleStartsAt(st, t.end()) == 0 || !nameChars(st, t.start(), n)) {
                continue;
            }
            Token before = st.tokenAt(t.start() - 1);
            int start = t.start();
            if (n == 2 && before != null && before.word().length() == 1 && surnameOk(st, before.start())
                    && !orgLike(before) && nameChars(st, before.start(), 3)) {
                start = before.start();
            } else if (before != null && BOUNDARY.indexOf(st.at(t.start() - 1)) < 0 && !orgLike(before)) {
                continue;
            }
            out.add(new Mention(st.s.substring(start, t.end()), start, t.end(), start, List.of(), "name-title", st));
            Arrays.fill(taken, start, t.end(), true);
        }
    }

    /** 周建华一行, 在李建国的陪同下: a HanLP name followed by a word only people take is a person (no title). */
    private void namesInRoleContext(Sent st, List<Mention> out) {
        boolean[] taken = coverage(st, out);
        for (Token t : st.tokens) {
            int n = t.word().length();
            if (!t.isPersonName() || n < 2 || n > 3 || t.start() < taken.length && taken[t.start()] || !surnameOk(st, t.start())
                    || !nameChars(st, t.start(), n)) {
                continue;
            }
            char before = st.at(t.start() - 1);
            boolean opens = t.start() == 0 || BOUNDARY.indexOf(before) >= 0 || "在由与和及".indexOf(before) >= 0;
            if (opens && lex.nameContexts.stream().anyMatch(w -> st.startsWith(w, t.end()))) {
                out.add(new Mention(t.word(), t.start(), t.end(), t.start(), List.of(), "name-role-context", st));
                Arrays.fill(taken, t.start(), t.end(), true);
            }
        }
    }

    /** （作者：周道来 李庆红） （编辑：保超燕）: names after a credit label. */
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
            if (nameChars(st, q, len) && surnameOk(st, q) && BOUNDARY.indexOf(st.at(q + len)) >= 0
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
        Token t = st.tokenAt(p);
        boolean nr = t != null && t.start() == p && t.isPersonName() && t.word().length() >= 2 && t.word().length() <= 4;
        if (nr && nameChars(st, p, t.word().length()) && followedByBoundary(st, p + t.word().length())) {
            return t.word().length();
        }
        if (!surnameOk(st, p)) {
            return nr && !strict && nameChars(st, p, t.word().length()) ? t.word().length() : -1;
        }
        for (boolean aligned : new boolean[]{true, false}) {
            for (int len = 3; len >= 2; len--) {
                if (nameChars(st, p, len) && (!aligned || st.tokenEndsAt(p + len))
                        && followedByBoundary(st, p + len) && !badSingleToken(st, p, len)
                        && !containsTitle(st.s, p, p + len)) {
                    return len;
                }
            }
        }
        return nr && !strict && nameChars(st, p, t.word().length()) ? t.word().length() : -1;
    }

    private boolean badSingleToken(Sent st, int p, int len) {
        Token t = st.tokenAt(p);
        if (t == null || t.start() != p || t.end() != p + len) {
            return false;
        }
        String tag = t.tag();
        return !tag.startsWith("nr") && !tag.startsWith("a") && !tag.startsWith("nz") && !tag.startsWith("ns")
                && !tag.equals("n") && !tag.equals("x") && !tag.startsWith("ng");
    }

    private boolean followedByBoundary(Sent st, int i) {
        if (i >= st.length()) {
            return true;
        }
        if (BOUNDARY.indexOf(st.at(i)) >= 0) {
            return true;
        }
        return lex.postName.longestLengthAt(st.s, i) > 0 || titleStartsAt(st, i) > 0;
    }

    private boolean listEnd(Sent st, int i) {
        return followedByBoundary(st, i);
    }

    boolean surnameOk(Sent st, int p) {
        return lex.surnames.get(st.at(p)) || lex.doubleSurnames.longestLengthAt(st.s, p) > 0;
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
        return NON_NAME_START.indexOf(st.at(p)) < 0 && NON_NAME_END.indexOf(last) < 0
                && NOT_A_NAME_END.indexOf(last) < 0 && "、".indexOf(last) < 0;
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

    /** 局长（经理）陈卫东: a parenthetical right after a title belongs to it. */
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
     * Walks left from {@code i} over the organisation part of a title (县委, 生态环境部生态环境执法局, 厦航): whole
     * tokens of noun-like classes and brackets; stops at punctuation, verbs, prepositions, conjunctions, names and the
     * words of {@code org-stop.txt}; never crosses {@code floor}.
     */
    int walkLeftOrg(Sent st, int i, int floor) {
        return walkLeftOrg(st, i, floor, false);
    }

    /**
     * As {@link #walkLeftOrg(Sent, int, int)}; for a company name ({@code company}) a name-like word right before the
     * suffix is a brand (宝鸿公司), and 企业/公司 end the walk (…上市公司裕华能源集团有限公司 is 裕华能源集团有限公司).
     */
    int walkLeftOrg(Sent st, int i, int floor, boolean company) {
        int k = i;
        while (k > floor) {
            char c = st.at(k - 1);
            int close = st.s.indexOf('）', k);
            if (c == '（' && (close < 0 || close >= i)) {
                // An opening bracket with no closing one inside the name: 本报讯（记者刘健） starts after it.
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
            if (k == i && t.end() > i && t.start() >= floor && BOUNDARY.indexOf(st.at(t.start())) < 0) {
                // The title word starts inside a word (镇党委书记): the rest of that word is organisation.
                k = t.start();
                continue;
            }
            if (EntityRules.GLUED_FUNCTION.indexOf(t.word().charAt(0)) >= 0 && t.word().length() > 1 && orgLike(t)) {
                k = Math.max(floor, t.start() + 1);
                break;
            }
            if (t.word().equals("兼") && k - 1 > floor && wordEndsBefore(st, k - 1)) {
                k = t.start();
                continue;
            }
            if (company && t.end() <= i && (t.word().endsWith("公司") || t.word().endsWith("企业"))) {
                break;
            }
            boolean placeLikeName = t.isPersonName() && (k != i || company);
            boolean orgNamedLikePerson = t.isPersonName() && NOT_A_NAME_END.indexOf(t.word().charAt(t.word().length() - 1)) >= 0;
            boolean glue = t.word().length() == 1 && WALK_GLUE_BLOCK.indexOf(t.word().charAt(0)) < 0
                    && !t.tag().startsWith("w") && !t.tag().startsWith("p") && !t.tag().startsWith("c")
                    && !t.tag().startsWith("u") && !t.tag().startsWith("nr") && !t.tag().equals("t")
                    && !t.tag().equals("f");
            if (!(orgLike(t) || placeLikeName || orgNamedLikePerson || glue || t.tag().equals("m") || t.tag().equals("a") || t.tag().equals("an"))
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
