package guanxi.page;

import guanxi.model.Page;
import guanxi.model.PageResult;
import guanxi.model.Sentence;
import guanxi.model.Story;
import guanxi.model.StoryCut;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a page into its stories. Reads a {@link Page} (verbatim text, optional year); produces a
 * {@link PageResult} whose stories carry headline, date, byline names, the body verbatim with broken
 * sentences rejoined, and its sentences; every other non-blank line is in the discarded list with a
 * reason. Pure and thread-safe: the same page always gives the same stories and ids.
 */
public final class PageReader {
    /** The title of a story printed without a headline, as the gold guidelines write it. */
    public static final String UNTITLED = "（无标题）";
    private static final int ID_HEX_CHARS = 16;
    /** Longer than any paragraph a paper prints on one line: such a line without 。！？ is not prose. */
    public static final int LONGEST_PROSE_LINE = 2000;

    private final PageWords lexicon = PageWords.get();
    private final PageLayout layout = new PageLayout(lexicon);
    private final LineShapes shapes = new LineShapes(lexicon);
    private final Bylines bylines = new Bylines(lexicon);
    private final StoryDates dates = new StoryDates(lexicon);

    public PageResult read(Page page) {
        PageLayout.Result result = layout.layout(page.doc(), page.text());
        List<Story> stories = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        StoryDates.PaperDay pageDay = pageDay(page, result.stories());
        List<StoryDates.PaperDay> issued = issueDates(result);
        for (int k = 0; k < result.stories().size(); k++) {
            PageLayout.Parts parts = result.stories().get(k);
            StoryDates.PaperDay own = dateline(parts);
            stories.add(story(page, parts, ids, own != null ? own : pageDay, issued.get(k)));
        }
        List<StoryCut> cuts = new ArrayList<>();
        for (int i = 0; i < stories.size(); i++) {
            PageLayout.Parts parts = result.stories().get(i);
            int first = java.util.stream.Stream.concat(parts.headlines().stream(), parts.paragraphs().stream())
                    .mapToInt(PageLine::number).min().orElse(0);
            cuts.add(new StoryCut(page.doc(), first, stories.get(i).title(), parts.cut()));
        }
        return new PageResult(page.doc(), stories, result.discarded(), cuts, page.paper());
    }

    /**
     * Why no story was read from a page, as the reason of a one-line rejection ("no story found: …"), or null when
     * {@code result} has stories. A line of more than {@value #LONGEST_PROSE_LINE} characters without a sentence end
     * is named as such: it is not newspaper text, whatever else the page holds.
     */
    public static String whyNoStory(Page page, PageResult result) {
        if (!result.stories().isEmpty()) {
            return null;
        }
        int longest = 0;
        boolean ends = false;
        for (String line : page.text().split("\n", -1)) {
            if (line.length() > longest) {
                longest = line.length();
                ends = line.chars().anyMatch(c -> Text.isTerminal((char) c));
            }
        }
        if (longest > LONGEST_PROSE_LINE && !ends) {
            return "no story found: a line of " + longest + " characters with no sentence end (。！？), not newspaper text";
        }
        java.util.Map<String, Long> reasons = new java.util.TreeMap<>(result.discarded().stream().collect(
                java.util.stream.Collectors.groupingBy(guanxi.model.NoiseLine::reason, java.util.stream.Collectors.counting())));
        return "no story found: all " + result.discarded().size() + " lines set aside (" + String.join(", ",
                reasons.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList()) + "; extract --explain lists them)";
    }

    /** The layout underneath {@link #read}: which lines went where (for accounting and --explain). */
    PageLayout.Result layout(Page page) {
        return layout.layout(page.doc(), page.text());
    }

    /**
     * The day the page is dated: the sidecar's date, else the dateline most of its stories print
     * (本报6月3日讯), else null.
     */
    private StoryDates.PaperDay pageDay(Page page, List<PageLayout.Parts> stories) {
        if (page.date() != null) {
            String[] ymd = page.date().split("-");
            return new StoryDates.PaperDay(Integer.valueOf(ymd[0]), Integer.parseInt(ymd[1]), Integer.parseInt(ymd[2]));
        }
        java.util.Map<StoryDates.PaperDay, Integer> seen = new java.util.LinkedHashMap<>();
        stories.stream().map(this::dateline).filter(java.util.Objects::nonNull).forEach(d -> seen.merge(d, 1, Integer::sum));
        return seen.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey).orElse(null);
    }

    /** The month and day in the story's lead marker (本报6月3日讯), or null. */
    private StoryDates.PaperDay dateline(PageLayout.Parts parts) {
        if (!parts.hasLead() || parts.paragraphs().isEmpty()) {
            return null;
        }
        String lead = parts.paragraphs().getFirst().matching();
        int end = lexicon.leadMarkerEnd(lead);
        return end < 0 ? null : StoryDates.dateline(lead.substring(0, end));
    }

    /**
     * Per story, the day the page prints as its publishing date (a line set aside as page furniture or a website's
     * publishing line, with its year: "2024-05-12 09:30", "2024年7月5日 星期五"), or null. Such a line inside a story,
     * or between the story above and this one, dates this story; one above every story that names its weekday or page number is
     * the page's own date line and dates them all.
     */
    private static List<StoryDates.PaperDay> issueDates(PageLayout.Result result) {
        List<int[]> spans = result.stories().stream().map(PageReader::lineSpan).toList();
        List<StoryDates.PaperDay> out = new ArrayList<>(java.util.Collections.nCopies(spans.size(), null));
        int firstStory = spans.stream().mapToInt(s -> s[0]).min().orElse(Integer.MAX_VALUE);
        StoryDates.PaperDay page = null;
        for (guanxi.model.NoiseLine n : result.discarded()) {
            if (!n.reason().equals("page-furniture") && !n.reason().equals(LineShapes.WEB_META)) {
                continue;
            }
            String m = Text.matching(n.text());
            java.util.regex.Matcher d = LineShapes.FULL_DATE.matcher(m);
            StoryDates.PaperDay day = d.find() ? StoryDates.day(d.group(1), d.group(2), d.group(3)) : null;
            if (day == null) {
                continue;
            }
            if (n.line() < firstStory && WEEKDAY.matcher(m).find()) {
                page = page == null ? day : page;
                continue;
            }
            int home = -1;
            for (int k = 0; k < spans.size(); k++) {
                int[] s = spans.get(k);
                boolean inside = s[0] <= n.line() && n.line() <= s[1];
                boolean below = s[0] > n.line() && (home < 0 || s[0] < spans.get(home)[0]);
                if (inside || below && (home < 0 || !(spans.get(home)[0] <= n.line()))) {
                    home = k;
                    if (inside) {
                        break;
                    }
                }
            }
            if (home >= 0 && out.get(home) == null) {
                out.set(home, day);
            }
        }
        for (int k = 0; k < out.size(); k++) {
            out.set(k, out.get(k) == null ? page : out.get(k));
        }
        return out;
    }

    /** What marks a date line as the page's own: its weekday, or the page number printed with it (第3版). */
    private static final java.util.regex.Pattern WEEKDAY = java.util.regex.Pattern.compile(
            "(星期|周)[一二三四五六日天]|第[0-9一二三四五六七八九十]{1,3}版");

    /** The first and last page line of a story's headline, paragraphs and bylines. */
    private static int[] lineSpan(PageLayout.Parts parts) {
        int[] span = {Integer.MAX_VALUE, Integer.MIN_VALUE};
        java.util.stream.Stream.of(parts.headlines(), parts.paragraphs(), parts.bylines()).flatMap(List::stream)
                .mapToInt(PageLine::number).forEach(n -> {
                    span[0] = Math.min(span[0], n);
                    span[1] = Math.max(span[1], n);
                });
        return span;
    }

    private Story story(Page page, PageLayout.Parts parts, Set<String> usedIds, StoryDates.PaperDay paperDay,
                        StoryDates.PaperDay issued) {
        String title = parts.headlines().isEmpty() ? UNTITLED : headline(parts.headlines());
        String text = body(parts.paragraphs());
        String lead = leadParagraph(parts.paragraphs());
        String date = dates.date(title, lead, text, page.year(), paperDay != null ? paperDay : issued, issued);
        List<String> reporters = reporters(parts);
        List<Sentence> sentences = Sentences.split(text);
        String id = id(page.doc(), title, text, 0);
        // A story printed twice on one page must still get two ids; the repeat count keeps them stable.
        for (int repeat = 1; !usedIds.add(id); repeat++) {
            id = id(page.doc(), title, text, repeat);
        }
        return new Story(id, page.doc(), title, date, reporters, text, sentences);
    }

    /**
     * The headline's lines joined by a space, as a two-line headline prints its two phrases; but a line that ends on a
     * colon (a kicker "某某村：") or inside open quotes or title marks (a hard-wrapped "开展“健康|进万家”义诊") runs on
     * into the next line without one.
     */
    static String headline(List<PageLine> lines) {
        StringBuilder b = new StringBuilder();
        for (PageLine line : lines) {
            if (!b.isEmpty()) {
                b.append(runsOn(b) ? "" : " ");
            }
            b.append(line.text());
        }
        return b.toString();
    }

    private static boolean runsOn(CharSequence sofar) {
        char last = sofar.charAt(sofar.length() - 1);
        if (last == '：' || last == ':') {
            return true;
        }
        int quotes = 0;
        int titles = 0;
        for (int i = 0; i < sofar.length(); i++) {
            char c = sofar.charAt(i);
            quotes += c == '“' ? 1 : c == '”' ? -1 : 0;
            titles += c == '《' ? 1 : c == '》' ? -1 : 0;
        }
        return quotes > 0 || titles > 0;
    }

    /**
     * Paragraphs joined by line ends, except where a sentence broke across lines or a narrow column was hard-wrapped:
     * those rejoin.
     */
    private String body(List<PageLine> paragraphs) {
        StringBuilder b = new StringBuilder();
        int width = LineShapes.wrapWidth(paragraphs);
        for (int i = 0; i < paragraphs.size(); i++) {
            if (i > 0 && !shapes.runsOnInText(paragraphs.get(i - 1), paragraphs.get(i), width)) {
                b.append('\n');
            }
            b.append(paragraphs.get(i).text());
        }
        return b.toString();
    }

    /**
     * The paragraph that opens the story's report: the first one that is not a subheading or caption. A lead marker
     * printed alone on its line ("本报讯（记者 韦思成）", the report below it) opens the report with the paragraph below.
     */
    private String leadParagraph(List<PageLine> paragraphs) {
        List<PageLine> text = paragraphs.stream().filter(p -> p.kind() != PageLine.Kind.HEADLINE).toList();
        if (text.isEmpty()) {
            return paragraphs.stream().findFirst().map(PageLine::text).orElse(null);
        }
        PageLine first = text.getFirst();
        if (text.size() > 1 && markerOnly(first.matching())) {
            return first.text() + text.get(1).text();
        }
        return first.text();
    }

    /** A lead marker and its bracketed credit, with no sentence after them. */
    private boolean markerOnly(String m) {
        String t = m.strip();
        int end = lexicon.leadMarkerEnd(t);
        if (end < 0 || t.chars().anyMatch(c -> Text.isTerminal((char) c))) {
            return false;
        }
        String rest = t.substring(end).strip();
        // "本报讯 ■记者 张三": the credit unbracketed, names and roles only, is the marker's too.
        return rest.isEmpty() || rest.charAt(rest.length() - 1) == ')' && rest.indexOf('(') <= 1
                || !bylines.names(rest).isEmpty();
    }

    /** The lead's credit first (本报讯(记者…)), then byline lines in printed order; no name twice. */
    private List<String> reporters(PageLayout.Parts parts) {
        Set<String> names = new LinkedHashSet<>();
        // Only a lead marker (本报讯, …讯, …电) carries a credit; a dated first sentence's brackets are its text.
        if (parts.hasLead() && lexicon.isLead(parts.paragraphs().get(0).matching())) {
            names.addAll(bylines.leadCredit(parts.paragraphs().get(0).text()));
        }
        for (PageLine line : parts.bylines()) {
            names.addAll(bylines.names(line.text()));
        }
        return new ArrayList<>(names);
    }

    /** First 16 hex digits of SHA-256 over doc, title and body (and the repeat number, if any). */
    private static String id(String doc, String title, String text, int repeat) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String key = doc + "\u0000" + (title == null ? "" : title) + "\u0000" + text
                    + (repeat == 0 ? "" : "\u0000" + repeat);
            byte[] digest = sha.digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, ID_HEX_CHARS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
