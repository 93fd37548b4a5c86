package guanxi.page;

import guanxi.model.NoiseLine;
import guanxi.nlp.Segmenter;
import guanxi.nlp.Script;
import guanxi.nlp.Token;
import guanxi.page.PageLine.Kind;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What each line of a page looks like on its own, before any story is cut. Reads the page text;
 * produces its non-blank lines (hard wraps undone) classified as lead, headline-shaped, byline or
 * body, with bylines glued to a last sentence cut off, and the noise lines set aside with a reason.
 * Also the two continuity tests the layout repairs rely on: whether a paragraph runs on into the
 * next, and whether a paragraph plainly starts mid-sentence.
 */
final class LineShapes {
    /** How many paragraphs may be printed between a headline and its lead. */
    static final int MAX_PARAGRAPHS_BEFORE_LEAD = 3;
    private static final int MAX_HEADLINE_LENGTH = 64;
    private static final int MAX_FIRST_HEADLINE_LENGTH = 120;
    /** A first-line headline may end in ！ or ？ ("全力打好秋收攻坚战！") when it is this short. */
    private static final int MAX_EXCLAIMING_HEADLINE_LENGTH = 40;
    private static final int SPEECH_PREFIX = 10;
    private static final int MAX_CAPTION_LENGTH = 60;
    /** The usual gap separates at least one line in this many. */
    private static final int USUAL_GAP_SHARE = 4;
    private static final int ALWAYS_STRONG = 2;
    private static final java.util.regex.Pattern MONTH_DAY = java.util.regex.Pattern.compile(
            "[0-9一二三四五六七八九十]{1,3}月[0-9一二三四五六七八九十]{1,3}[日号]");
    private static final int JOINABLE_LENGTH = 30;
    /** The reason a website's publishing line is set aside. */
    static final String WEB_META = "web-meta";
    private static final String JUMP_LINE = "jump-line";
    /** A jump line that says the text below comes from another page (上接, 紧接, 接上). */
    private static final java.util.regex.Pattern CONTINUED_FROM = java.util.regex.Pattern.compile("^\\(?\\s*(上接|紧接|接上|接)");
    private static final int MAX_META_LINE = 160;
    /** A field name and its colon, not glued to Han text before it ("来源：", "作者："). */
    private static final java.util.regex.Pattern META_FIELD = java.util.regex.Pattern.compile("(?<!\\p{IsHan})(\\p{IsHan}{1,6})\\s*:");
    /** A date with its year: 2024-05-12, 2024/5/12, 2024.5.12, 2024年5月12日. */
    static final java.util.regex.Pattern FULL_DATE = java.util.regex.Pattern.compile(
            "([0-9]{4})\\s*[-/.年]\\s*([0-9]{1,2})\\s*[-/.月]\\s*([0-9]{1,2})");
    private static final int MAX_HEADLINE_COMMAS = 1;
    private static final int MAX_LONG_HEADLINE_COMMAS = 3;
    private static final int JUNCTION_CONTEXT = 6;
    /** The segmenter's tag for a title word (县长, 董事长). */
    private static final String TITLE_TAG = "nnt";
    /** Characters before a line end read to find a title there and what stands before it. */
    private static final int TITLE_CONTEXT = 12;
    /** Longest first part of a transliterated name (阿不都热合曼·…). */
    private static final int MAX_NAME_PART = 6;
    private static final int WRAP_SLACK = 2;
    private static final int MIN_WRAPPED_LINES = 5;
    private static final double WRAPPED_SHARE = 0.3;
    /** The marks a column of briefs prints before each item, and some papers before a byline (■本报记者 张三). */
    static final String BULLETS = "▲△●○◆◇■□★☆►▶•";
    /** An item's number: "1." "2、" "(3)" (matching form). */
    private static final java.util.regex.Pattern ITEM_NUMBER = java.util.regex.Pattern.compile("^([0-9]{1,2}\\s*[.、]|\\([0-9]{1,2}\\))\\s*");
    /** Characters that end a word or clause and so cannot open a sentence. */
    private static final String MID_SENTENCE_OPENERS = ",、。;:)”’》的了着及等之们";

    private final PageWords lexicon;
    private final Bylines bylines;

    LineShapes(PageWords lexicon) {
        this.lexicon = lexicon;
        this.bylines = new Bylines(lexicon);
    }

    /**
     * Whether a paragraph ends in the middle of a sentence that the next paragraph continues: it has
     * no sentence end, and it reads as a sentence in progress — long, or ending on a comma, or a short
     * line opening reported speech ("钱立新指出，各乡镇要紧扣年度目标"), or followed by a line that
     * plainly starts mid-sentence. A short phrase with a comma is a subheading or caption
     * ("守牢耕地红线，做强特色农业") and stands alone.
     */
    boolean continuesInto(PageLine paragraph, PageLine next) {
        String m = paragraph.matching();
        if (Text.isClosed(m) || next.kind() == Kind.LEAD) {
            return false;
        }
        return m.length() >= JOINABLE_LENGTH || Text.endsOpenPunctuation(m) || opensReportedSpeech(m)
                || startsMidSentence(next.matching()) || brokenInsideWord(m, next.matching());
    }

    /**
     * "…总投资3.2亿元，涵盖新工艺、新设备、新" + "能源…": a clause line whose last word runs on into the next
     * line (the segmenter finds a word across the break: 新能源, 总投资, 万元) is a sentence broken off there.
     * So is a clause line that ends on a title (副县长, or a title and a surname: 副县长张) when the next line
     * opens with a name (丽华陪同…, 买买提江·阿不都拉带领…): a title is always followed by its holder's name.
     * Asked only of clause lines: with a comma, or with a sentence ended inside them; a subheading's last word ends
     * at the line end.
     */
    private static boolean brokenInsideWord(String line, String next) {
        if (!isClause(line) || next.isEmpty()) {
            return false;
        }
        if (endsInDottedName(line) || Script.nameDot(next.charAt(0)) && Text.isHan(line.charAt(line.length() - 1))) {
            // 副主席买买提江· + 阿不都拉…, 买买提江 + ·阿不都拉…, 买买提江·阿不 + 都拉…: a transliterated name broken off;
            // such a name never ends a sentence, so the clause goes on in the next line whatever part is left there.
            return true;
        }
        if (!Text.isHan(line.charAt(line.length() - 1))) {
            return false;
        }
        String tail = line.substring(Math.max(0, line.length() - JUNCTION_CONTEXT));
        String head = next.substring(0, Math.min(next.length(), JUNCTION_CONTEXT));
        int junction = tail.length();
        List<Token> tokens = Segmenter.get().segment(tail + head);
        for (Token t : tokens) {
            if (t.start() < junction && t.end() > junction) {
                return true;
            }
        }
        String wide = line.substring(Math.max(0, line.length() - TITLE_CONTEXT));
        List<Token> around = Segmenter.get().segment(wide + head);
        return endsOnTitle(wide, around, wide.length()) && opensWithName(next, around, wide.length());
    }

    /** A comma, or a sentence end before the last character: the line is running text, not a subheading. */
    private static boolean isClause(String line) {
        if (line.indexOf(',') >= 0) {
            return true;
        }
        for (int i = 0; i < line.length() - 1; i++) {
            char c = line.charAt(i);
            if (c == '。' || c == ';' || c == '!' || c == '?') {
                return true;
            }
        }
        return false;
    }

    /**
     * The text before {@code junction} ends on a title word (tagged so), or on a title and one surname, and the title
     * follows punctuation or an organisation, place or other title (县委副书记、县长, 市政府副市长): a title after
     * a verb or an adjective (争做优秀教师) is a subheading's object, whose line ends there.
     */
    private static boolean endsOnTitle(String tail, List<Token> tokens, int junction) {
        Token before = null;
        for (Token t : tokens) {
            if (t.end() > junction) {
                break;
            }
            if (TITLE_TAG.equals(t.tag()) && before != null && holderContext(before)) {
                String rest = tail.substring(t.end(), junction);
                if (rest.isEmpty() || rest.length() <= 2 && Surnames.opens(rest + "某")
                        && rest.chars().allMatch(c -> Text.isHan((char) c))) {
                    return true;
                }
            }
            before = t;
        }
        return false;
    }

    /** Punctuation, an organisation, a place or another title: what a title stands after in running text. */
    private static boolean holderContext(Token before) {
        String tag = before.tag();
        return tag.startsWith("w") || tag.equals(TITLE_TAG) || tag.equals("nt") || tag.equals("nis")
                || tag.startsWith("ns");
    }

    /**
     * The text after {@code junction} opens with a name: a word the segmenter tags as a person's name, or a
     * transliterated name (Han characters up to the middle dot, 买买提江·…), whose own parts the segmenter misreads.
     */
    private static boolean opensWithName(String next, List<Token> tokens, int junction) {
        for (Token t : tokens) {
            if (t.start() == junction) {
                return t.tag().startsWith("nr") || dottedName(next);
            }
        }
        return dottedName(next);
    }

    /** The line ends inside or right after the first part of a dotted name: Han characters, a dot, and at most six more. */
    private static boolean endsInDottedName(String line) {
        int i = line.length();
        int after = 0;
        while (i > 0 && Text.isHan(line.charAt(i - 1)) && after <= MAX_NAME_PART) {
            i--;
            after++;
        }
        if (i == 0 || after > MAX_NAME_PART || !Script.nameDot(line.charAt(i - 1))) {
            return false;
        }
        int before = 0;
        for (int k = i - 2; k >= 0 && Text.isHan(line.charAt(k)); k--) {
            before++;
        }
        return before >= 1;
    }

    private static boolean dottedName(String next) {
        int dot = -1;
        for (int i = 0; i < next.length() && dot < 0; i++) {
            dot = Script.nameDot(next.charAt(i)) ? i : -1;
        }
        if (dot < 2 || dot > MAX_NAME_PART || dot + 1 >= next.length() || !Text.isHan(next.charAt(dot + 1))) {
            return false;
        }
        for (int i = 0; i < dot; i++) {
            if (!Text.isHan(next.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Opens with punctuation, with a word-ending character (的, 了 …), or with a one- or two-character
     * piece that closes a sentence or list item ("进。", "剂、", "力，").
     */
    static boolean startsMidSentence(String m) {
        if (m.isEmpty()) {
            return false;
        }
        if (MID_SENTENCE_OPENERS.indexOf(m.charAt(0)) >= 0) {
            return true;
        }
        for (int i = 1; i < Math.min(m.length(), 3); i++) {
            char c = m.charAt(i);
            if (c == '。' || c == '、' || c == ';' || (c == ',' && i == 1)) {
                return true;
            }
            if (!Text.isHan(c)) {
                return false;
            }
        }
        return false;
    }

    /**
     * The page's lines with their shapes, in page order; noise lines go to {@code discarded}. Each line
     * knows the blank lines above it (a noise line's gap passes to the next line).
     */
    List<PageLine> classify(String doc, String text, List<NoiseLine> discarded) {
        String[] raw = text.split("\n", -1);
        Map<Integer, String> lines = unwrap(raw);
        Map<Integer, Integer> gaps = new LinkedHashMap<>();
        // Each line's matching form and noise reason, worked out once for both passes.
        String[] matching = new String[lines.size()];
        String[] reasons = new String[lines.size()];
        Map<Integer, int[]> metaBylines = new java.util.HashMap<>();
        int pending = 0;
        int i = 0;
        for (Map.Entry<Integer, String> line : lines.entrySet()) {
            int gap = 0;
            for (int k = line.getKey() - 2; k >= 0 && raw[k].isBlank(); k--) {
                gap++;
            }
            gaps.put(line.getKey(), Math.max(gap, pending));
            matching[i] = Text.matching(line.getValue());
            reasons[i] = lexicon.noiseReason(matching[i]);
            if (reasons[i] == null && bylines.names(matching[i]).isEmpty()) {
                int[] meta = webMeta(matching[i]);
                if (meta != null && meta[0] < 0) {
                    reasons[i] = WEB_META;
                } else if (meta != null) {
                    metaBylines.put(i, meta);
                }
            }
            pending = reasons[i] != null ? Math.max(gap, pending) : 0;
            i++;
        }
        List<PageLine> out = new ArrayList<>();
        boolean continued = false;
        i = 0;
        for (Map.Entry<Integer, String> line : lines.entrySet()) {
            String t = line.getValue();
            String m = matching[i];
            int[] meta = metaBylines.get(i);
            String reason = reasons[i++];
            int gap = gaps.get(line.getKey());
            if (meta != null) {
                // The publishing data is set aside; its author field is the story's byline line.
                String rest = (t.substring(0, meta[0]) + " " + t.substring(meta[1])).strip();
                discarded.add(new NoiseLine(doc, line.getKey(), rest, WEB_META));
                out.add(new PageLine(line.getKey(), t.substring(meta[0], meta[1]).strip(), Kind.BYLINE, gap));
            } else if (reason != null) {
                discarded.add(new NoiseLine(doc, line.getKey(), t, reason));
                // "(上接第一版)": the line below opens the rest of a story begun on another page.
                continued = reason.equals(JUMP_LINE) && CONTINUED_FROM.matcher(m).find();
                continue;
            } else if (continued) {
                out.add(new PageLine(line.getKey(), t, Kind.LEAD, m, gap));
            } else {
                out.add(new PageLine(line.getKey(), t, kindOf(m, out.isEmpty()), m, gap));
            }
            continued = false;
        }
        int strong = strongGap(gaps.values().stream().skip(1).toList());
        return cutGluedBylines(markDatedOpenings(headlinesAboveLeads(unmarkBrokenClauses(markBriefItems(out))), strong), strong);
    }

    /**
     * A website's publishing line ("发布时间：2024-05-12 09:30 来源：某县融媒体中心 作者：张三", "2024-06-03 16:21
     * 来源：某镇人民政府 浏览次数：326"): two fields with a known name (web-meta-keys.txt or a byline role), or one and a full
     * date, and no sentence. Returns null when the line is none; {-1, -1} when no field names a reporter; else where the
     * byline fields (作者：…, 记者：… 通讯员：…) lie in the line, [start, end).
     */
    int[] webMeta(String m) {
        if (m.length() > MAX_META_LINE || m.chars().anyMatch(c -> c == ',' || c == ';' || Text.isTerminal((char) c))) {
            return null;
        }
        java.util.regex.Matcher f = META_FIELD.matcher(m);
        List<int[]> fields = new ArrayList<>();
        List<Boolean> byline = new ArrayList<>();
        while (f.find()) {
            String key = f.group(1);
            boolean role = lexicon.bylineRoles.contains(key);
            if (role || lexicon.webMetaKeys.contains(key)) {
                fields.add(new int[]{f.start(1), m.length()});
                byline.add(role);
                if (fields.size() > 1) {
                    fields.get(fields.size() - 2)[1] = f.start(1);
                }
            }
        }
        boolean dated = FULL_DATE.matcher(m).find();
        if (fields.size() < 2 && !(fields.size() == 1 && dated)) {
            return null;
        }
        int start = -1;
        int end = -1;
        for (int k = 0; k < fields.size(); k++) {
            if (byline.get(k) && (start < 0 || end == fields.get(k)[0])) {
                start = start < 0 ? fields.get(k)[0] : start;
                end = fields.get(k)[1];
            }
        }
        while (end > start && start >= 0 && " \t|｜/".indexOf(m.charAt(end - 1)) >= 0) {
            end--;
        }
        if (start < 0 || bylines.names(m.substring(start, end)).isEmpty()) {
            return new int[]{-1, -1};
        }
        return new int[]{start, end};
    }

    /**
     * How many blank lines make a strong break on this page: one more than the page's usual gap
     * between lines, the smallest gap that separates at least a quarter of its lines (a page with few
     * paragraphs per story has nearly as many story gaps as paragraph gaps). A page that puts one blank
     * line between paragraphs breaks stories with two or more; a page without blank lines, with one.
     * Two blank lines are always a strong break (a page of one-paragraph stories has no other gap).
     */
    static int strongGap(List<Integer> gaps) {
        Map<Integer, Integer> counts = new java.util.TreeMap<>();
        gaps.forEach(g -> counts.merge(g, 1, Integer::sum));
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            if (e.getValue() * USUAL_GAP_SHARE >= gaps.size()) {
                return Math.min(e.getKey() + 1, ALWAYS_STRONG);
            }
        }
        return 1;
    }

    /**
     * Whether a paragraph opens as a story's lead does: with its date or a day (9月3日, 15日, 昨日, 近日),
     * with a source (记者从…获悉), or with a month and day in its first sentence ("为…，9月5日，…").
     */
    boolean opensAsLead(PageLine paragraph) {
        String m = paragraph.matching();
        if (lexicon.opensWithDate(m) || lexicon.leadOpenings.stream().anyMatch(p -> p.matcher(m).find())) {
            return true;
        }
        int[] first = Sentences.spans(m).getFirst();
        return MONTH_DAY.matcher(m.substring(first[0], first[1])).find();
    }

    /** One of the marks a column of briefs prints before each item (▲, ●, ◆, ■ …). */
    static boolean isBullet(char c) {
        return BULLETS.indexOf(c) >= 0;
    }

    /** Where an item's mark ends: a bullet (▲), or a number (1. 2、 (3)); 0 when the line opens with none. */
    static int itemMarkEnd(String m) {
        if (m.isEmpty()) {
            return 0;
        }
        if (isBullet(m.charAt(0))) {
            return 1;
        }
        java.util.regex.Matcher n = ITEM_NUMBER.matcher(m);
        return n.find() ? n.end() : 0;
    }

    /**
     * An item of a column of briefs (简讯): a bullet mark (▲, ●, ◆, ■ …) or a number (1. 2、 (3)), then a paragraph with
     * a sentence in it that opens as a lead does ("▲4月8日，县市场监管局…。", "●近日，…。"). A bulleted point inside a
     * story ("●要压实…。") opens with no day or source, and a caption ("▲ 会议现场") has no sentence.
     */
    private boolean bulletedLead(String m) {
        int mark = itemMarkEnd(m);
        if (mark <= 0 || m.chars().noneMatch(c -> Text.isTerminal((char) c))) {
            return false;
        }
        String rest = m.substring(mark).strip();
        if (rest.isEmpty() || isBullet(rest.charAt(0))) {
            return false;
        }
        if (opensDated(rest)) {
            return true;
        }
        int[] first = Sentences.spans(rest).getFirst();
        return MONTH_DAY.matcher(rest.substring(first[0], first[1])).find();
    }

    /**
     * A run of two or more bulleted lines of which at least half are items of briefs ({@link #bulletedLead}): those
     * items open stories, as leads do. A run of bulleted captions or points of which one happens to open with a
     * date ("▲10月16日，…开工现场。" among "▲县长…宣布项目开工。") stays as printed.
     */
    private List<PageLine> markBriefItems(List<PageLine> lines) {
        List<PageLine> out = new ArrayList<>(lines);
        for (int i = 0; i < out.size(); ) {
            int end = i;
            while (end < out.size() && itemMarkEnd(out.get(end).matching()) > 0) {
                end++;
            }
            if (end == i) {
                i++;
                continue;
            }
            List<Integer> items = new ArrayList<>();
            for (int k = i; k < end; k++) {
                if (out.get(k).kind() == Kind.BODY && bulletedLead(out.get(k).matching())) {
                    items.add(k);
                }
            }
            if (end - i >= 2 && items.size() * 2 >= end - i) {
                items.forEach(k -> out.set(k, out.get(k).as(Kind.LEAD)));
            }
            i = end;
        }
        return out;
    }

    /** Opens with its date (9月3日，…) or another lead opening (15日起, 昨日, 记者从…获悉). */
    boolean opensDated(String m) {
        return lexicon.opensWithDate(m) || lexicon.leadOpenings.stream().anyMatch(p -> p.matcher(m).find());
    }

    /** A photo caption ("图为…", "▲…"): short, opening with a caption mark, no sentence in it. */
    boolean isCaption(PageLine line) {
        return isCaption(line.matching());
    }

    private boolean isCaption(String m) {
        // One full stop may close it (图为…现场察看。); a second sentence makes it body text.
        String inner = m.isEmpty() || !Text.isTerminal(m.charAt(m.length() - 1)) ? m : m.substring(0, m.length() - 1);
        return m.length() <= MAX_CAPTION_LENGTH && inner.chars().noneMatch(c -> Text.isTerminal((char) c))
                && lexicon.isCaption(m);
    }

    /**
     * A long headline with two or three commas ("庆…华诞，愿…昌盛，…文艺汇演") is a headline after all when
     * it stands between a finished sentence (or byline, or the page top) and a line that opens as a lead
     * (本报讯…, "9月23日，…"): a sentence broken off there would not end so.
     */
    private List<PageLine> headlinesAboveLeads(List<PageLine> lines) {
        List<PageLine> out = new ArrayList<>(lines);
        for (int i = 0; i + 1 < out.size(); i++) {
            PageLine line = out.get(i);
            String m = line.matching();
            int n = i + 1;
            while (n + 1 < out.size() && isCaption(out.get(n))) {
                n++;
            }
            PageLine next = out.get(n);
            boolean apart = i == 0 || out.get(i - 1).kind() == Kind.BYLINE || Text.isClosed(out.get(i - 1).matching());
            boolean beforeLead = next.kind() == Kind.LEAD || lexicon.opensWithDate(next.matching());
            if (line.kind() == Kind.BODY && apart && beforeLead && m.length() <= MAX_HEADLINE_LENGTH
                    && !Text.isClosed(m) && !Text.endsOpenPunctuation(m) && Text.hanCount(m) >= 3
                    && m.chars().noneMatch(c -> Text.isTerminal((char) c)) && m.chars().filter(c -> c == ',').count() <= MAX_LONG_HEADLINE_COMMAS
                    && !opensReportedSpeech(m) && !startsMidSentence(m) && !isCaption(m)) {
                out.set(i, line.as(Kind.HEADLINE));
            }
        }
        return out;
    }

    /** A headline-shaped line (not the page's first) whose last word runs on into the next line is body text. */
    private static List<PageLine> unmarkBrokenClauses(List<PageLine> lines) {
        List<PageLine> out = new ArrayList<>(lines);
        for (int i = 1; i + 1 < out.size(); i++) {
            PageLine line = out.get(i);
            if (line.kind() == Kind.HEADLINE && brokenInsideWord(line.matching(), out.get(i + 1).matching())) {
                out.set(i, line.as(Kind.BODY));
            }
        }
        return out;
    }

    /**
     * The page's non-blank lines, stripped, by 1-based line number. When the OCR hard-wrapped the
     * page (many lines filled to the same width, within {@value #WRAP_SLACK} half-width columns), a
     * full line and the line right below it are one line.
     */
    private static Map<Integer, String> unwrap(String[] raw) {
        int[] widths = new int[raw.length];
        int max = 0;
        for (int i = 0; i < raw.length; i++) {
            widths[i] = Text.displayWidth(raw[i].strip());
            max = Math.max(max, widths[i]);
        }
        int full = 0;
        int nonBlank = 0;
        for (int w : widths) {
            nonBlank += w > 0 ? 1 : 0;
            full += w > 0 && w >= max - WRAP_SLACK ? 1 : 0;
        }
        boolean wrapped = full >= MIN_WRAPPED_LINES && full >= nonBlank * WRAPPED_SHARE;
        Map<Integer, String> out = new LinkedHashMap<>();
        for (int i = 0; i < raw.length; i++) {
            String t = raw[i].strip();
            if (t.isEmpty()) {
                continue;
            }
            int number = i + 1;
            StringBuilder joined = new StringBuilder(t);
            while (wrapped && widths[i] >= max - WRAP_SLACK && i + 1 < raw.length && widths[i + 1] > 0) {
                joined.append(raw[++i].strip());
            }
            out.put(number, joined.toString());
        }
        return out;
    }

    /**
     * "9月3日上午，…" right below a headline with a headline cue, or right after a byline, opens a
     * story as a lead does; on a page whose stories open with leads, also a few paragraphs below such
     * a headline (paragraphs printed before their lead). Photo captions between the headline and the
     * dated line do not count. A headline without a cue word qualifies only right above the dated line
     * and when it stands apart from the text above it (a finished sentence, a byline or a strong gap
     * above it): a caption or subheading inside a story ("仪式现场") follows an open paragraph or
     * none. The page's first headline needs no such help.
     */
    private List<PageLine> markDatedOpenings(List<PageLine> lines, int strong) {
        boolean pageHasLeads = lines.stream().anyMatch(l -> l.kind() == Kind.LEAD);
        int reach = pageHasLeads ? MAX_PARAGRAPHS_BEFORE_LEAD + 1 : 1;
        List<PageLine> out = new ArrayList<>(lines);
        for (int i = 2; i < out.size(); i++) {
            PageLine line = out.get(i);
            if (line.kind() != Kind.BODY || !opensDated(line.matching()) || isCaption(line)) {
                continue;
            }
            int j = i - 1;
            while (j > 1 && isCaption(out.get(j))) {
                j--;
            }
            int adjacent = j;
            while (j > adjacent + 1 - reach && j > 1 && out.get(j).kind() == Kind.BODY && !isCaption(out.get(j))) {
                j--;
            }
            PageLine above = out.get(j);
            boolean cue = lexicon.headlineCueCount(above.matching()) > 0;
            boolean apart = j == adjacent && (above.gapBefore() >= strong || out.get(j - 1).kind() == Kind.BYLINE
                    || Text.isClosed(out.get(j - 1).matching()) && out.get(j - 1).kind() != Kind.HEADLINE);
            boolean belowHeadline = above.kind() == Kind.HEADLINE && (cue || apart);
            if (belowHeadline || j == i - 1 && above.kind() == Kind.BYLINE) {
                out.set(i, line.as(Kind.LEAD));
            }
        }
        return out;
    }

    private Kind kindOf(String m, boolean first) {
        if (lexicon.isLead(m)) {
            return Kind.LEAD;
        }
        if (!bylines.names(m).isEmpty()) {
            return Kind.BYLINE;
        }
        if (isCaption(m)) {
            return Kind.BODY;
        }
        if (first ? firstLineHeadlineShaped(m) : headlineShaped(m)) {
            return Kind.HEADLINE;
        }
        return Kind.BODY;
    }

    /**
     * The page's first line may be longer, carry commas ("东山区…参观12家企业，交流…") or, when short,
     * end in ！ or ？: other papers' pages open with their headline.
     */
    private boolean firstLineHeadlineShaped(String m) {
        char last = Text.lastSignificant(m);
        boolean exclaims = (last == '!' || last == '?' || last == '！' || last == '？')
                && m.length() <= MAX_EXCLAIMING_HEADLINE_LENGTH && m.indexOf('。') < 0;
        return (!Text.isClosed(m) || exclaims) && !Text.endsOpenPunctuation(m)
                && m.length() <= MAX_FIRST_HEADLINE_LENGTH
                && Text.hanCount(m) >= 2 && !opensReportedSpeech(m) && !startsMidSentence(m);
    }

    /**
     * Short, no sentence end, one comma at most; may end in one ！ or ？ ("项目建设再提速！"), or carry one between two
     * phrases in the comma's place ("你知道吗？这些政策红利正在落地").
     */
    private boolean headlineShaped(String m) {
        int lastMark = lastSignificantIndex(m);
        boolean exclaims = lastMark >= 0 && "!?".indexOf(m.charAt(lastMark)) >= 0;
        if (Text.isClosed(m) && !exclaims || Text.endsOpenPunctuation(m) || m.length() > MAX_HEADLINE_LENGTH
                || Text.hanCount(m) < 3) {
            return false;
        }
        int commas = 0;
        for (int i = 0; i < m.length(); i++) {
            char c = m.charAt(i);
            boolean innerMark = (c == '!' || c == '?') && i > 0 && i < lastMark && Text.isHan(m.charAt(i - 1))
                    && Text.isHan(m.charAt(i + 1)) && balancedQuotes(m);
            if (Text.isTerminal(c) && !(exclaims && i == lastMark) && !innerMark) {
                return false;
            }
            if (c == ',' || innerMark) {
                commas++;
            }
        }
        // Headlines inside a page carry one comma at most; "本次集中签约项目19个，总投资7.65亿元，涵盖新" is a
        // sentence broken off before a blank line. A question or call between two phrases counts as that comma
        // ("你知道吗？这些政策红利正在落地"), when no quotation is left open (a quoted question broken off is prose).
        return commas <= MAX_HEADLINE_COMMAS && !opensReportedSpeech(m);
    }

    /** As many opening as closing double quotes (“…”): no quotation runs on past the line. */
    private static boolean balancedQuotes(String m) {
        return m.chars().filter(c -> c == '“').count() == m.chars().filter(c -> c == '”').count();
    }

    private static int lastSignificantIndex(String m) {
        for (int i = m.length() - 1; i >= 0; i--) {
            if (!Character.isWhitespace(m.charAt(i)) && !Text.isCloser(m.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** "周立民强调，做好…": a sentence broken off after a few words, not a headline. */
    private boolean opensReportedSpeech(String m) {
        int comma = m.indexOf(',');
        if (comma < 0 || comma > SPEECH_PREFIX) {
            return false;
        }
        String head = m.substring(0, comma);
        return lexicon.speechVerbs.stream().anyMatch(head::endsWith);
    }

    /**
     * "会议还通报了其他工作。周敏华": the last paragraph before a story boundary (a headline, a lead or a
     * strong gap) may carry its byline;
     * so may any paragraph whose trailing names all sign a byline line elsewhere on the page (one
     * reporter writes several stories of a page), even when a stray paragraph follows it.
     */
    private List<PageLine> cutGluedBylines(List<PageLine> lines, int strong) {
        Set<String> reporters = new HashSet<>();
        lines.stream().filter(l -> l.kind() == Kind.BYLINE).forEach(l -> reporters.addAll(bylines.names(l.text())));
        List<PageLine> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            PageLine line = lines.get(i);
            boolean atBoundary = i + 1 == lines.size() || lines.get(i + 1).gapBefore() >= strong
                    || lines.get(i + 1).kind() == Kind.HEADLINE || lines.get(i + 1).kind() == Kind.LEAD;
            boolean prose = line.kind() == Kind.BODY || line.kind() == Kind.LEAD;
            int cut = prose ? bylines.gluedStart(line.text()) : -1;
            if (cut > 0 && !atBoundary && !reporters.containsAll(bylines.names(line.text().substring(cut)))) {
                cut = -1;
            }
            if (cut > 0) {
                out.add(new PageLine(line.number(), line.text().substring(0, cut).strip(), line.kind(), line.gapBefore()));
                out.add(new PageLine(line.number(), line.text().substring(cut).strip(), Kind.BYLINE));
            } else {
                out.add(line);
            }
        }
        return out;
    }
}
