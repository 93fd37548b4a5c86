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
    /** Where the comma after a day stands at the latest (2025年10月11日上午，): the day and its part of the day. */
    private static final int DATED_CLAUSE_COMMA = 14;
    private static final int MAX_CAPTION_LENGTH = 60;
    /** The usual gap separates at least one line in this many. */
    private static final int USUAL_GAP_SHARE = 4;
    private static final int ALWAYS_STRONG = 2;
    private static final java.util.regex.Pattern MONTH_DAY = java.util.regex.Pattern.compile(
            "[0-9一二三四五六七八九十]{1,3}月[0-9一二三四五六七八九十]{1,3}[日号]");
    private static final int JOINABLE_LENGTH = 30;
    /**
     * A story hard-wrapped in a narrow column: the narrowest width read as one, and how much shorter than its widest
     * line a wrapped line may be (half-width columns: a figure or a space makes a full line a little shorter).
     */
    private static final int MIN_WRAP_WIDTH = 24;
    private static final int STORY_WRAP_SLACK = 6;
    /** The reason a website's publishing line is set aside. */
    static final String WEB_META = "web-meta";
    /** The reason a website's list of links to other stories (相关新闻 and the titles below it) is set aside. */
    private static final String WEB_LINKS = "web-links";
    private static final String REPEATED_LINE = "repeated-line";
    private static final String JUMP_LINE = "jump-line";
    /** The black brackets around a brief's headline printed at the head of its lead's line (【…】9月22日，…). */
    static final String HEADLINE_BRACKETS = "headline-brackets";
    /** A jump line that says the text below comes from another page (上接, 紧接, 接上). */
    private static final java.util.regex.Pattern CONTINUED_FROM = java.util.regex.Pattern.compile("^\\(?\\s*(上接|紧接|接上|接)");
    private static final int MAX_META_LINE = 160;
    /** A field name and its colon, not glued to Han text before it ("来源：", "作者："). */
    private static final java.util.regex.Pattern META_FIELD = java.util.regex.Pattern.compile("(?<!\\p{IsHan})(\\p{IsHan}{1,6})\\s*:");
    /** A date with its year: 2024-05-12, 2024/5/12, 2024.5.12, 2024年5月12日. */
    static final java.util.regex.Pattern FULL_DATE = java.util.regex.Pattern.compile(
            "([0-9]{4})\\s*[-/.年]\\s*([0-9]{1,2})\\s*[-/.月]\\s*([0-9]{1,2})");
    private static final int MAX_HEADLINE_COMMAS = 1;
    /** A wide space inside a printed line: an ideographic space, two spaces or more, or one space before a date. */
    private static final java.util.regex.Pattern INLINE_GAP = java.util.regex.Pattern.compile(
            "[\\s\u3000]*\u3000[\\s\u3000]*|\\s{2,}|(?<=\\p{IsHan})\\s(?=[0-9])");
    private static final int MIN_INLINE_HEADLINE = 4;
    private static final int MAX_INLINE_HEADLINE = 30;
    /** Longest speaker's label before the colon of an interview's turn (记者, 韦春兰, 主持人). */
    private static final int MAX_SPEAKER_LABEL = 6;
    /** Han characters a colon-ended line without a comma needs to be a sentence announcing a list, not a label. */
    private static final int MIN_LIST_INTRO = 8;
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
     * Whether a story's text runs on from one paragraph line into the next without a line end: where a sentence broke
     * across them ({@link #continuesInto}), or where a narrow column was hard-wrapped — a clause line without sentence
     * end, right above the next with no blank line, about as wide as its story's column ({@code width}, from
     * {@link #wrapWidth}; 0 when the story was not wrapped), however short. Never where the junction would glue two
     * figures or Latin words into one ("…冷链物流中心 6.8" + "3 县第三中学…": rows of a table).
     */
    boolean runsOnInText(PageLine paragraph, PageLine next, int width) {
        String m = paragraph.matching().strip();
        String n = next.matching().strip();
        if (m.isEmpty() || n.isEmpty() || asciiWord(m.charAt(m.length() - 1)) && asciiWord(n.charAt(0))) {
            return false;
        }
        if (continuesInto(paragraph, next)) {
            return true;
        }
        boolean wrapped = width > 0 && Text.displayWidth(paragraph.text().strip()) >= width - STORY_WRAP_SLACK
                && next.gapBefore() == 0;
        return wrapped && !Text.isClosed(m) && next.kind() != Kind.LEAD && next.kind() != Kind.HEADLINE && isClause(m);
    }

    /**
     * The width (half-width columns) of the narrow column a story was hard-wrapped to, or 0 when it was not: two or
     * more of its lines without sentence end fill that width, its widest line's, to within a few columns. One such
     * line alone is a subheading or a long phrase, not a wrap.
     */
    static int wrapWidth(List<PageLine> paragraphs) {
        int width = paragraphs.stream().mapToInt(p -> Text.displayWidth(p.text().strip())).max().orElse(0);
        long full = paragraphs.stream().filter(p -> !Text.isClosed(p.matching())
                && Text.displayWidth(p.text().strip()) >= width - STORY_WRAP_SLACK).count();
        return width >= MIN_WRAP_WIDTH && full >= 2 ? width : 0;
    }

    private static boolean asciiWord(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
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
        List<String> values = new ArrayList<>(lines.values());
        boolean[] field = new boolean[values.size()];
        for (int k = 0; k < field.length; k++) {
            field[k] = singleField(Text.matching(values.get(k)));
        }
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
            if ("section-label".equals(reasons[i]) && !bylines.names(matching[i]).isEmpty() && namesARole(matching[i])) {
                // 【记者 岑晓梅】: names and roles in black brackets are a byline, not a column tag.
                reasons[i] = null;
            }
            boolean phrase = matching[i].chars().noneMatch(c -> Text.isTerminal((char) c)) && matching[i].length() <= MAX_CAPTION_LENGTH;
            if (reasons[i] == null && i > 0 && phrase && (WEB_LINKS.equals(reasons[i - 1]) && gap == 0)) {
                // Below "相关新闻": the titles of the linked stories, one a line, as long as no sentence comes.
                reasons[i] = WEB_LINKS;
            } else if (reasons[i] == null && i > 0 && phrase && matching[i].strip().equals(matching[i - 1].strip())) {
                // A headline printed twice in a row (a website's page title above its own headline, an OCR repeat).
                reasons[i] = REPEATED_LINE;
            }
            if (reasons[i] == null && field[i] && (i > 0 && field[i - 1] || i + 1 < field.length && field[i + 1])) {
                // 索引号：… / 发布机构：… / 发文日期：…: a site's publishing data printed one field a line.
                reasons[i] = WEB_META;
            }
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
        Set<String> voices = dialogueLabels(matching);
        List<PageLine> out = new ArrayList<>();
        boolean continued = false;
        i = 0;
        for (Map.Entry<Integer, String> line : lines.entrySet()) {
            String t = line.getValue();
            String m = matching[i];
            int[] meta = metaBylines.get(i);
            String reason = reasons[i++];
            int gap = gaps.get(line.getKey());
            int jump = reason == null && meta == null ? gluedJumpStart(m) : -1;
            if (jump > 0) {
                // "…用工等难题。（下转第2版）": the jump mark set at the end of the paragraph it interrupts.
                discarded.add(new NoiseLine(doc, line.getKey(), t.substring(jump).strip(), JUMP_LINE));
                t = t.substring(0, jump).strip();
                m = Text.matching(t);
            }
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
            } else if (bracketedHeadlineEnd(m) > 0
                    && (out.isEmpty() || gap > 0 || out.getLast().kind() != Kind.HEADLINE)) {
                // "【县领导督导防汛工作】9月22日，…": a brief's headline in black brackets at the head of its lead's line; the
                // brackets are set aside, the headline is what they hold.
                int close = bracketedHeadlineEnd(m);
                discarded.add(new NoiseLine(doc, line.getKey(), t.substring(0, 1) + t.substring(close, close + 1),
                        HEADLINE_BRACKETS));
                out.add(new PageLine(line.getKey(), t.substring(1, close).strip(), Kind.HEADLINE, gap));
                out.add(new PageLine(line.getKey(), t.substring(close + 1).strip(), Kind.LEAD, 0));
            } else if (inlineHeadlineEnd(t, m) > 0) {
                // "县总工会慰问一线职工　6月4日，县总工会…。": a brief's headline printed at the head of its lead's line.
                int cut = inlineHeadlineEnd(t, m);
                out.add(new PageLine(line.getKey(), t.substring(0, cut).strip(), Kind.HEADLINE, gap));
                out.add(new PageLine(line.getKey(), t.substring(cut).strip(), Kind.LEAD, 0));
            } else {
                Kind kind = kindOf(m, out.isEmpty());
                // "记者：下一步还有什么打算？": a turn of an interview, however short, is text, never a headline.
                out.add(new PageLine(line.getKey(), t, kind == Kind.HEADLINE && isTurn(m, voices) ? Kind.BODY : kind, m, gap));
            }
            continued = false;
        }
        int strong = strongGap(gaps.values().stream().skip(1).toList());
        List<PageLine> briefs = markBriefItems(headlineTails(out));
        List<PageLine> shaped = headlinesAboveLeads(unmarkBrokenClauses(dashedKickers(briefs)));
        return cutGluedBylines(markDatedOpenings(shaped, strong), strong);
    }

    /**
     * "青溪县电商直播基地" / "揭牌运营" / "本报讯（记者 某某）…": a line that reads as bare names (揭 is a surname) between
     * a headline and a lead that credits its own reporters is the headline's second line, since a story prints its
     * credit once. A line of names with a role word, or naming the lead's own reporters again, stays a byline.
     */
    private List<PageLine> headlineTails(List<PageLine> lines) {
        List<PageLine> out = new ArrayList<>(lines);
        for (int i = 1; i + 1 < out.size(); i++) {
            PageLine line = out.get(i);
            PageLine lead = out.get(i + 1);
            if (line.kind() != Kind.BYLINE || out.get(i - 1).kind() != Kind.HEADLINE || line.gapBefore() > 0
                    || lead.kind() != Kind.LEAD || lead.gapBefore() > 0 || namesARole(line.matching())) {
                continue;
            }
            List<String> credited = bylines.leadCredit(lead.text());
            if (!credited.isEmpty() && bylines.names(line.text()).stream().noneMatch(credited::contains)) {
                out.set(i, line.as(Kind.HEADLINE));
            }
        }
        return out;
    }

    /**
     * Where a jump mark glued after the paragraph's last sentence starts ("…难题。（下转第2版）"), or -1: the bracketed
     * tail after a sentence end is, on its own, a jump line (noise-patterns.txt).
     */
    private int gluedJumpStart(String m) {
        int open = m.lastIndexOf('(');
        if (open <= 0 || !m.strip().endsWith(")")) {
            return -1;
        }
        int end = open;
        while (end > 0 && Character.isWhitespace(m.charAt(end - 1))) {
            end--;
        }
        boolean afterSentence = end > 0 && (Text.isTerminal(m.charAt(end - 1)) || Text.isCloser(m.charAt(end - 1)));
        return afterSentence && JUMP_LINE.equals(lexicon.noiseReason(m.substring(open).strip())) ? end : -1;
    }

    /** A byline's role word of two or more characters (记者, 通讯员) in the line. */
    private boolean namesARole(String m) {
        return lexicon.bylineRoles.stream().anyMatch(r -> r.length() > 1 && m.contains(r));
    }

    /** One field of a site's publishing data alone on its line ("发布机构：某县农业农村局"), no reporter's field, no sentence. */
    private boolean singleField(String m) {
        if (m.length() > MAX_META_LINE || m.chars().anyMatch(c -> c == ',' || c == ';' || Text.isTerminal((char) c))) {
            return false;
        }
        java.util.regex.Matcher f = META_FIELD.matcher(m.strip());
        if (!f.find() || f.start() != 0 || !lexicon.webMetaKeys.contains(f.group(1)) || lexicon.bylineRoles.contains(f.group(1))) {
            return false;
        }
        while (f.find()) {
            if (lexicon.webMetaKeys.contains(f.group(1)) || lexicon.bylineRoles.contains(f.group(1))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The speakers of an interview or dialogue printed on the page ("记者：…？" / "韦春兰：…。", "问：" / "答："): labels
     * that open two or more lines each, when two such labels take turns. One label repeated alone (two headlines
     * "石桥镇：…") is no dialogue.
     */
    private static Set<String> dialogueLabels(String[] matching) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String m : matching) {
            String label = label(m);
            if (label != null) {
                counts.merge(label, 1, Integer::sum);
            }
        }
        Set<String> voices = new HashSet<>();
        counts.forEach((label, n) -> {
            if (n >= 2) {
                voices.add(label);
            }
        });
        return voices.size() >= 2 ? voices : Set.of();
    }

    /**
     * Where the black brackets close around a brief's headline at the head of its lead's line ("【县领导督导防汛工作】
     * 9月22日，…"), or -1: Han characters only (quotes allowed), at least a headline's length, the rest opening with
     * its date or a lead marker and holding a sentence. A media centre's marker in brackets (【某某融媒讯】) is a lead,
     * names in them (【记者某某】) a byline.
     */
    int bracketedHeadlineEnd(String m) {
        if (m.isEmpty() || m.charAt(0) != '【') {
            return -1;
        }
        int close = m.indexOf('】');
        if (close < 0 || close > MAX_INLINE_HEADLINE + 1) {
            return -1;
        }
        String head = m.substring(1, close);
        String rest = m.substring(close + 1).strip();
        int han = Text.hanCount(head);
        boolean plain = head.chars().allMatch(c -> Text.isHan((char) c) || "“”‘’\"".indexOf(c) >= 0);
        boolean prose = rest.chars().anyMatch(c -> Text.isTerminal((char) c));
        return plain && han >= MIN_INLINE_HEADLINE && prose && !lexicon.isLead(m) && bylines.names(head).isEmpty()
                && (lexicon.opensWithDate(rest) || lexicon.isLead(rest)) ? close : -1;
    }

    /**
     * Where the text of a line opens after a headline printed at its head, set off by a wide space: "县总工会慰问一线职工
     * （ideographic or two spaces） 6月4日，县总工会…。". The head is Han characters only (quotes allowed), a headline's
     * length; the rest opens with its date or a lead marker and has a sentence in it. 0 when the line is none such.
     */
    int inlineHeadlineEnd(String printed, String m) {
        // The printed text tells an ideographic space, which the matching form folds to a plain one; offsets are the same.
        if (printed.chars().noneMatch(Character::isWhitespace)) {
            // Most lines hold no space at all: no gap, and no pattern to run over them.
            return 0;
        }
        java.util.regex.Matcher gap = INLINE_GAP.matcher(printed);
        if (!gap.find() || lexicon.isLead(m)) {
            return 0;
        }
        String head = m.substring(0, gap.start());
        String rest = m.substring(gap.end());
        int han = Text.hanCount(head);
        boolean plain = head.chars().allMatch(c -> Text.isHan((char) c) || "“”‘’\"".indexOf(c) >= 0);
        boolean prose = rest.chars().anyMatch(c -> Text.isTerminal((char) c));
        return plain && han >= MIN_INLINE_HEADLINE && han <= MAX_INLINE_HEADLINE && prose
                && (lexicon.opensWithDate(rest) || lexicon.isLead(rest)) ? gap.end() : 0;
    }

    private static boolean isTurn(String m, Set<String> voices) {
        String label = label(m);
        return label != null && voices.contains(label);
    }

    /** The speaker's label opening a line ("记者" of "记者：…", "问" of "问：…"): one to six Han characters and a colon, or null. */
    private static String label(String m) {
        int colon = m.indexOf(':');
        if (colon < 1 || colon > MAX_SPEAKER_LABEL || colon + 1 >= m.length()) {
            return null;
        }
        String label = m.substring(0, colon);
        return label.chars().allMatch(c -> Text.isHan((char) c)) ? label : null;
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
        while (end > start && start >= 0 && " \t|｜/【】[]".indexOf(m.charAt(end - 1)) >= 0) {
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
     * items open stories, as leads do, and so does any bulleted line in that run below an item signed at its end. A
     * run of bulleted captions or points of which one happens to open with a
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
            // "…重点开展了以下工作：" above the run announces it: the items are that paragraph's points, however dated.
            boolean announced = i > 0 && introducesList(out.get(i - 1).matching());
            if (end - i >= 2 && items.size() * 2 >= end - i && !announced) {
                items.forEach(k -> out.set(k, out.get(k).as(Kind.LEAD)));
                for (int k = i + 1; k < end; k++) {
                    // "● 连日来，…" below an item signed at its end ("…。（侯雪梅）"): the signature closed that item, so
                    // this one opens the next, whatever its first words.
                    if (out.get(k).kind() == Kind.BODY && bylines.gluedStart(out.get(k - 1).text()) > 0) {
                        out.set(k, out.get(k).as(Kind.LEAD));
                    }
                }
            }
            i = end;
        }
        return out;
    }

    /**
     * A paragraph of running text whose text ends on a colon ("会议对下一步工作提出三点要求：", "…，重点开展了以下工作：")
     * announces the list printed right below it. A column's label with a colon ("县域快讯：") is no running text: a
     * few characters without a comma or a sentence in them.
     */
    private static boolean introducesList(String m) {
        if (Text.lastSignificant(m) != ':') {
            return false;
        }
        String body = m.strip();
        body = body.substring(0, body.length() - 1);
        boolean clause = body.indexOf(',') >= 0 || body.chars().anyMatch(c -> Text.isTerminal((char) c));
        return clause || Text.hanCount(body) >= MIN_LIST_INTRO;
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

    /**
     * "聚焦“两会”——" right above a headline: a kicker (引题) that leads into the headline with a dash is part of it.
     * It stands apart from the text above it (page top, a finished sentence, a byline or a blank line), is short, has no
     * sentence end and at most one comma, and the headline follows on the very next line. A place or unit ending on a
     * colon ("某某村：" above "荒坡变果园 村民鼓了钱袋子") leads into its headline the same way; being the headline's
     * first half it is shorter still and has no comma.
     */
    /** Longest kicker ending on a colon: a place or unit with a short qualifier (某某镇某某村：). */
    private static final int MAX_COLON_KICKER = 12;

    private static List<PageLine> dashedKickers(List<PageLine> lines) {
        List<PageLine> out = new ArrayList<>(lines);
        for (int i = 0; i + 1 < out.size(); i++) {
            PageLine line = out.get(i);
            String m = line.matching().strip();
            boolean apart = i == 0 || line.gapBefore() > 0 || out.get(i - 1).kind() == Kind.BYLINE
                    || Text.isClosed(out.get(i - 1).matching());
            boolean colon = m.endsWith(":") && m.length() <= MAX_COLON_KICKER && m.indexOf(',') < 0;
            if (line.kind() == Kind.BODY && apart && (m.endsWith("—") || m.endsWith("--") || colon)
                    && m.length() <= MAX_HEADLINE_LENGTH
                    && Text.hanCount(m) >= 2 && m.chars().noneMatch(c -> Text.isTerminal((char) c))
                    && m.chars().filter(c -> c == ',').count() <= MAX_HEADLINE_COMMAS
                    && out.get(i + 1).kind() == Kind.HEADLINE && out.get(i + 1).gapBefore() == 0) {
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
            while (wrapped && widths[i] >= max - WRAP_SLACK && i + 1 < raw.length && widths[i + 1] > 0
                    && !headlineAfterWrap(raw[i], raw[i + 1], max)) {
                joined.append(raw[++i].strip());
            }
            out.put(number, joined.toString());
        }
        return out;
    }

    /**
     * A full line that ends a sentence, then a short line with no sentence end and no comma ("…确保年底前全部销号。" /
     * "溪口镇冬修水利全面铺开"): the paragraph ended there and the short line is a headline, not the rest of a wrapped
     * paragraph, whose last piece would end a sentence too.
     */
    private static boolean headlineAfterWrap(String full, String next, int max) {
        String n = Text.matching(next.strip());
        return Text.isClosed(Text.matching(full)) && Text.displayWidth(next.strip()) < max - WRAP_SLACK
                && n.chars().noneMatch(c -> c == ',' || Text.isTerminal((char) c)) && Text.hanCount(n) >= 3;
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
            if (line.kind() != Kind.BODY || isCaption(line)) {
                continue;
            }
            if (!opensDated(line.matching())) {
                if (!pageHasLeads && datedBelowSignalledHeadline(out, i, strong)) {
                    out.set(i, line.as(Kind.LEAD));
                }
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

    /**
     * On a page without lead markers, "值此…召开之际，3月12日上午，…" (a day named after an opening phrase) right below
     * a heading whose lines carry a headline cue and which stands apart from the text above it (page top, a finished
     * sentence, a byline or a strong gap): a lead that names its day in its first sentence rather than at its head.
     */
    private boolean datedBelowSignalledHeadline(List<PageLine> lines, int i, int strong) {
        int[] first = Sentences.spans(lines.get(i).matching()).getFirst();
        if (!MONTH_DAY.matcher(lines.get(i).matching().substring(first[0], first[1])).find()) {
            return false;
        }
        int k = i - 1;
        boolean cue = false;
        while (k >= 0 && lines.get(k).kind() == Kind.HEADLINE && i - k <= MAX_PARAGRAPHS_BEFORE_LEAD) {
            cue |= lexicon.headlineCueCount(lines.get(k).matching()) > 0;
            k--;
        }
        if (k == i - 1 || !cue || k >= 0 && lines.get(k).kind() == Kind.HEADLINE) {
            return false;
        }
        return k < 0 || lines.get(k + 1).gapBefore() >= strong || lines.get(k).kind() == Kind.BYLINE
                || Text.isClosed(lines.get(k).matching());
    }

    private Kind kindOf(String m, boolean first) {
        if (lexicon.isLead(m)) {
            return Kind.LEAD;
        }
        if (!bylines.names(m).isEmpty() || bylines.rolesOnly(m)) {
            return Kind.BYLINE;
        }
        if (isCaption(m)) {
            return Kind.BODY;
        }
        // "…增收两百万元。本报记者 黎晓东 摄": sentences signed at their end are prose, however the page opens. And "6月11日，
        // 某镇已收割小麦两万" (the rest on the next line) is a dated lead broken off: a headline never opens with its day
        // and a comma after it.
        boolean datedClause = lexicon.opensWithDate(m) && m.indexOf(',') >= 0 && m.indexOf(',') <= DATED_CLAUSE_COMMA;
        if (!datedClause && (first ? firstLineHeadlineShaped(m) && bylines.gluedStart(m) < 0 : headlineShaped(m))) {
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
     * Short, no sentence end, one comma at most; may end in one ！ or ？ ("项目建设再提速！") or an ellipsis, or carry
     * one ！ or ？ between two phrases in the comma's place ("你知道吗？这些政策红利正在落地").
     */
    private boolean headlineShaped(String m) {
        int lastMark = lastSignificantIndex(m);
        boolean exclaims = lastMark >= 0 && "!?…".indexOf(m.charAt(lastMark)) >= 0;
        // "稻花香里说丰年……": a headline trails off on an ellipsis, two marks wide, as it ends on ！ or ？.
        int trail = lastMark;
        while (trail > 0 && m.charAt(lastMark) == '…' && m.charAt(trail - 1) == '…') {
            trail--;
        }
        if (Text.isClosed(m) && !exclaims || Text.endsOpenPunctuation(m) || m.length() > MAX_HEADLINE_LENGTH
                || Text.hanCount(m) < 3) {
            return false;
        }
        int commas = 0;
        for (int i = 0; i < m.length(); i++) {
            char c = m.charAt(i);
            boolean innerMark = (c == '!' || c == '?') && i > 0 && i < lastMark && Text.isHan(m.charAt(i - 1))
                    && Text.isHan(m.charAt(i + 1)) && balancedQuotes(m);
            if (Text.isTerminal(c) && !(exclaims && i >= trail && i <= lastMark) && !innerMark) {
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

    /** A dated note under a speech's or report's headline: "（2024年1月18日）", "——2024年1月10日在县人代会上". */
    private static final java.util.regex.Pattern DATED_NOTE = java.util.regex.Pattern.compile(
            "^(\\([^()]{0,4}[0-9]{4}\\s*年\\s*[0-9]{1,2}\\s*月\\s*[0-9]{1,2}\\s*日[^()。!?]{0,40}\\)"
                    + "|[—-]{1,2}\\s*[0-9]{4}\\s*年\\s*[0-9]{1,2}\\s*月\\s*[0-9]{1,2}\\s*日[^()。!?]{0,40})$");
    /** Longest office printed before a speaker's name on the speaker's line (县人民政府县长, 市委常委、县委书记). */
    private static final int MAX_SPEAKER_OFFICE = 14;

    /**
     * A line printed under a speech's or report's headline that is not part of the headline: the day it was given,
     * bracketed or after a dash ("（2024年1月18日）"), or its speaker, an office ending on a title and the name set off by
     * a space ("县委书记 邝立群", "县人民政府县长 韦立新").
     */
    boolean isHeadingNote(PageLine line) {
        return isDatedNote(line) || isSpeakerLine(line.matching());
    }

    /** "（2024年1月18日）": the day a speech was given, which dates the story. */
    static boolean isDatedNote(PageLine line) {
        return DATED_NOTE.matcher(line.matching().strip()).matches();
    }

    private static boolean isSpeakerLine(String m) {
        String t = m.strip();
        int space = t.lastIndexOf(' ');
        if (space <= 0 || space > MAX_SPEAKER_OFFICE) {
            return false;
        }
        String name = t.substring(space + 1);
        String office = t.substring(0, space).strip();
        if (name.length() < 2 || name.length() > 4 || !name.chars().allMatch(c -> Text.isHan((char) c)) || !Surnames.opens(name)
                || office.chars().anyMatch(c -> c == ' ' || c == ',' || Text.isTerminal((char) c))) {
            return false;
        }
        List<Token> tokens = Segmenter.get().segment(office);
        return !tokens.isEmpty() && TITLE_TAG.equals(tokens.getLast().tag());
    }

    /** A photographer's credit: "（摄影 唐文斌）", "本报记者 许明 摄" (brackets and marks around it aside). */
    static boolean isPhotoCredit(String byline) {
        String m = Text.matching(byline).strip();
        int end = m.length();
        while (end > 0 && (Text.isCloser(m.charAt(end - 1)) || ")]】".indexOf(m.charAt(end - 1)) >= 0)) {
            end--;
        }
        return end > 0 && m.charAt(end - 1) == '摄' || m.contains("摄影");
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
            // A photo's caption signed by its photographer ("图为…。（摄影 唐文斌）", "…。本报记者 黎晓东 摄") ends the photo's
            // story wherever it stands: a photographer signs no paragraph in the middle of a report.
            boolean signedCaption = cut > 0 && isPhotoCredit(line.text().substring(cut));
            if (cut > 0 && !atBoundary && !signedCaption && !reporters.containsAll(bylines.names(line.text().substring(cut)))) {
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
