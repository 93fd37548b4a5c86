package guanxi.page;

import guanxi.model.NoiseLine;
import guanxi.page.PageLine.Kind;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Cuts a page's lines into stories. Reads the page text; produces, per story, its headline lines,
 * its paragraphs in reading order (lead first) and its byline lines, plus the lines set aside.
 *
 * <p>A story opens at a lead line (本报讯…, or a dated first sentence right below a headline) together
 * with the headline lines printed right above it, and ends at a byline. What falls outside that
 * pattern is repaired from the layout and the text, never from line numbers:
 * <ul>
 *   <li>a section label above a headline (县政协机关党支部) is set aside;</li>
 *   <li>a headline printed after a headless story's body goes back to that story;</li>
 *   <li>a headline whose body has no lead, followed by a lead without a headline, is one story, read
 *       lead first so that the sentence the lead block leaves open runs on;</li>
 *   <li>a block with neither headline nor lead joins the story whose last sentence it finishes, else
 *       the story it shares most words with;</li>
 *   <li>a paragraph that plainly starts mid-sentence moves to the one story left open.</li>
 * </ul>
 * A page without any lead is read as one story under its first line.
 */
final class PageLayout {
    /** One story's lines: headline lines, paragraphs in reading order, byline lines. */
    record Parts(List<PageLine> headlines, List<PageLine> paragraphs, boolean hasLead, List<PageLine> bylines) {
        Parts {
            headlines = List.copyOf(headlines);
            paragraphs = List.copyOf(paragraphs);
            bylines = List.copyOf(bylines);
        }
    }

    /** The layout of a page: its stories' parts and the lines set aside. */
    record Result(List<Parts> stories, List<NoiseLine> discarded) {
    }

    private static final int MAX_HEADLINE_LINES = 3;
    private static final int MAX_HEADLINE_LENGTH = 64;
    private static final int MAX_FIRST_HEADLINE_LENGTH = 80;
    private static final int MAX_SECTION_LENGTH = 15;
    private static final int SPEECH_PREFIX = 10;
    private static final int JOINABLE_LENGTH = 30;
    private static final int MAX_PARAGRAPHS_BEFORE_LEAD = 3;
    /** Characters that end a word or clause and so cannot open a sentence. */
    private static final String MID_SENTENCE_OPENERS = ",、。;:)”’》的了着及等之们";

    private final Lexicon lexicon;
    private final Bylines bylines;

    PageLayout(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.bylines = new Bylines(lexicon);
    }

    Result layout(String doc, String text) {
        List<NoiseLine> discarded = new ArrayList<>();
        List<PageLine> lines = classify(doc, text, discarded);
        List<Block> blocks = blocks(lines);
        dropSectionLabels(doc, blocks, discarded);
        claimHeadlinesAbove(blocks);
        returnLateHeadlines(blocks);
        List<Block> stories = mergeLeadlessHeadlines(blocks);
        attachStrays(doc, stories, discarded);
        relocateFragments(stories);
        List<Parts> parts = stories.stream().map(Block::parts).toList();
        discarded.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return new Result(parts, discarded);
    }

    /** Whether a paragraph ends in the middle of a sentence that the next paragraph continues. */
    boolean continuesInto(PageLine paragraph, PageLine next) {
        String m = paragraph.matching();
        return !Text.isClosed(m) && next.kind() != Kind.LEAD
                && (Text.endsOpenPunctuation(m) || m.contains(",") || m.contains("、")
                || m.length() >= JOINABLE_LENGTH);
    }

    // ---- line shapes -------------------------------------------------------------------------------

    private List<PageLine> classify(String doc, String text, List<NoiseLine> discarded) {
        List<PageLine> out = new ArrayList<>();
        String[] raw = text.split("\n", -1);
        for (int i = 0; i < raw.length; i++) {
            String t = raw[i].strip();
            if (t.isEmpty()) {
                continue;
            }
            String m = Text.matching(t);
            String reason = lexicon.noiseReason(m);
            if (reason != null) {
                discarded.add(new NoiseLine(doc, i + 1, t, reason));
            } else {
                out.add(new PageLine(i + 1, t, kindOf(m, out.isEmpty()), m));
            }
        }
        return cutGluedBylines(markDatedOpenings(out));
    }

    /**
     * "9月3日上午，…" right below a headline with a headline cue, or right after a byline, opens a
     * story as a lead does. The page's first headline needs no such help, and a caption or
     * subheading without a cue word ("仪式现场") does not qualify.
     */
    private List<PageLine> markDatedOpenings(List<PageLine> lines) {
        List<PageLine> out = new ArrayList<>(lines);
        for (int i = 2; i < out.size(); i++) {
            PageLine line = out.get(i);
            PageLine above = out.get(i - 1);
            boolean belowHeadline = above.kind() == Kind.HEADLINE && lexicon.headlineCueCount(above.matching()) > 0;
            if (line.kind() == Kind.BODY && (belowHeadline || above.kind() == Kind.BYLINE)
                    && lexicon.opensWithDate(line.matching())) {
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
        if (first ? firstLineHeadlineShaped(m) : headlineShaped(m)) {
            return Kind.HEADLINE;
        }
        return Kind.BODY;
    }

    /** The page's first line may be longer and carry commas (其他报纸: "西湖区…考察33复杂美，交流…"). */
    private boolean firstLineHeadlineShaped(String m) {
        return !Text.isClosed(m) && !Text.endsOpenPunctuation(m) && m.length() <= MAX_FIRST_HEADLINE_LENGTH
                && Text.hanCount(m) >= 2 && !opensReportedSpeech(m) && !startsMidSentence(m);
    }

    private boolean headlineShaped(String m) {
        if (Text.isClosed(m) || Text.endsOpenPunctuation(m) || m.length() > MAX_HEADLINE_LENGTH
                || Text.hanCount(m) < 3) {
            return false;
        }
        for (int i = 0; i < m.length(); i++) {
            if (Text.isTerminal(m.charAt(i))) {
                return false;
            }
        }
        return !opensReportedSpeech(m);
    }

    /** "夏祖义强调，开展…": a sentence broken off after a few words, not a headline. */
    private boolean opensReportedSpeech(String m) {
        int comma = m.indexOf(',');
        if (comma < 0 || comma > SPEECH_PREFIX) {
            return false;
        }
        String head = m.substring(0, comma);
        return lexicon.speechVerbs.stream().anyMatch(head::endsWith);
    }

    /** "会议还研究了其他事项。刘岚涛": the last paragraph before a story boundary may carry its byline. */
    private List<PageLine> cutGluedBylines(List<PageLine> lines) {
        List<PageLine> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            PageLine line = lines.get(i);
            boolean atBoundary = i + 1 == lines.size()
                    || lines.get(i + 1).kind() == Kind.HEADLINE || lines.get(i + 1).kind() == Kind.LEAD;
            boolean prose = line.kind() == Kind.BODY || line.kind() == Kind.LEAD;
            int cut = prose && atBoundary ? bylines.gluedStart(line.text()) : -1;
            if (cut > 0) {
                out.add(new PageLine(line.number(), line.text().substring(0, cut).strip(), line.kind()));
                out.add(new PageLine(line.number(), line.text().substring(cut).strip(), Kind.BYLINE));
            } else {
                out.add(line);
            }
        }
        return out;
    }

    // ---- blocks --------------------------------------------------------------------------------------

    /** A run of lines: headline lines, then an optional lead and body lines, with byline lines. */
    private static final class Block {
        final List<PageLine> headlines = new ArrayList<>();
        final List<PageLine> paragraphs = new ArrayList<>();
        final List<PageLine> bylineLines = new ArrayList<>();
        boolean hasLead;

        boolean isStory() {
            return !headlines.isEmpty() || hasLead;
        }

        Parts parts() {
            return new Parts(headlines, paragraphs, hasLead, bylineLines);
        }
    }

    private List<Block> blocks(List<PageLine> lines) {
        boolean pageHasLeads = lines.stream().anyMatch(l -> l.kind() == Kind.LEAD);
        Set<Integer> cuts = new TreeSet<>();
        cuts.add(0);
        Set<Integer> headlineStarts = new HashSet<>();
        Set<Integer> bylinesInHeadings = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).kind() == Kind.LEAD) {
                int j = headingStart(lines, i);
                cuts.add(j);
                headlineStarts.add(j);
                for (int b = j; b < i; b++) {
                    bylinesInHeadings.add(b);
                }
            }
        }
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (lines.get(i).kind() == Kind.BYLINE && !bylinesInHeadings.contains(i)) {
                cuts.add(i + 1);
            }
        }
        List<Integer> starts = new ArrayList<>(cuts);
        List<Block> blocks = new ArrayList<>();
        for (int b = 0; b < starts.size(); b++) {
            int from = starts.get(b);
            int to = b + 1 < starts.size() ? starts.get(b + 1) : lines.size();
            if (from < to) {
                blocks.add(block(lines.subList(from, to), pageHasLeads, pageHasLeads || from == 0 || headlineStarts.contains(from)));
            }
        }
        return blocks;
    }

    /**
     * Where the heading of the lead at {@code lead} starts: the headline lines right above it, with
     * a byline line between headline and lead ("标题 / 本报记者 张三 / 本报讯…"). A line that finishes
     * the open sentence above it is body, not a headline, unless it sits right on the lead.
     */
    private int headingStart(List<PageLine> lines, int lead) {
        int j = lead;
        if (j >= 2 && lines.get(j - 1).kind() == Kind.BYLINE && lines.get(j - 2).kind() == Kind.HEADLINE) {
            j--;
        }
        int headlines = 0;
        while (j > 0 && headlines < MAX_HEADLINE_LINES && lines.get(j - 1).kind() == Kind.HEADLINE) {
            boolean continuation = j - 2 >= 0 && lines.get(j - 2).kind() != Kind.HEADLINE
                    && lines.get(j - 2).kind() != Kind.BYLINE && continuesInto(lines.get(j - 2), lines.get(j - 1));
            if (continuation && headlines > 0) {
                break;
            }
            j--;
            headlines++;
        }
        return j;
    }

    private Block block(List<PageLine> lines, boolean pageHasLeads, boolean mayOpenWithHeadline) {
        Block block = new Block();
        int i = 0;
        if (mayOpenWithHeadline) {
            while (i < lines.size() && block.headlines.size() < MAX_HEADLINE_LINES
                    && lines.get(i).kind() == Kind.HEADLINE) {
                block.headlines.add(lines.get(i++));
            }
        }
        while (!block.headlines.isEmpty() && i + 1 < lines.size() && lines.get(i).kind() == Kind.BYLINE
                && lines.get(i + 1).kind() == Kind.LEAD) {
            block.bylineLines.add(lines.get(i++));
        }
        if (i < lines.size() && lines.get(i).kind() == Kind.LEAD) {
            block.hasLead = true;
        }
        for (; i < lines.size(); i++) {
            PageLine line = lines.get(i);
            if (line.kind() == Kind.BYLINE) {
                block.bylineLines.add(line);
            } else {
                block.paragraphs.add(line);
            }
        }
        if (pageHasLeads && !block.hasLead && !block.headlines.isEmpty()) {
            promoteDatedOpening(block);
        }
        return block;
    }

    /**
     * On a page whose stories open with leads, a headline without one: a paragraph among the first
     * few below it that opens with its date ("12月15日，…") is the lead, printed after some of its own
     * paragraphs. It goes first and the paragraphs printed before it follow the rest. (On pages
     * without leads a later dated paragraph is just a later event.)
     */
    private void promoteDatedOpening(Block block) {
        List<PageLine> ps = block.paragraphs;
        for (int p = 1; p < Math.min(ps.size(), MAX_PARAGRAPHS_BEFORE_LEAD + 1); p++) {
            if (ps.get(p).kind() == Kind.BODY && lexicon.opensWithDate(ps.get(p).matching())
                    && !lexicon.opensWithDate(ps.get(0).matching())) {
                List<PageLine> early = new ArrayList<>(ps.subList(0, p));
                ps.subList(0, p).clear();
                ps.addAll(early);
                block.hasLead = true;
                return;
            }
        }
    }

    // ---- repairs --------------------------------------------------------------------------------------

    /**
     * "县政协机关党支部" in a headline's place: a unit or column label, not part of the story, even
     * when the story's own headline was printed elsewhere.
     */
    private void dropSectionLabels(String doc, List<Block> blocks, List<NoiseLine> discarded) {
        for (Block b : blocks) {
            for (PageLine label : b.headlines.stream().filter(h -> isSectionLabel(h.matching())).toList()) {
                b.headlines.remove(label);
                discarded.add(new NoiseLine(doc, label.number(), label.text(), "section-label"));
            }
        }
    }

    private boolean isSectionLabel(String m) {
        return m.length() <= MAX_SECTION_LENGTH && lexicon.endsWithSectionSuffix(m)
                && lexicon.headlineCueCount(m) == 0;
    }

    /**
     * A lead without a headline, right after a story whose last lines are a headline and a few
     * paragraphs ("标题 / 座谈中，… / 本报讯…"): the headline is this story's, printed with some of its
     * paragraphs before the lead. Those paragraphs come along when they share more words with the
     * lead's story than with the story above; a headline that finishes an open sentence, or has no
     * headline cue, stays where it is.
     */
    private void claimHeadlinesAbove(List<Block> blocks) {
        for (int k = 1; k < blocks.size(); k++) {
            Block above = blocks.get(k - 1);
            Block headless = blocks.get(k);
            if (!headless.hasLead || !headless.headlines.isEmpty() || !above.bylineLines.isEmpty()) {
                continue;
            }
            List<PageLine> ps = above.paragraphs;
            int h = ps.size() - 1;
            while (h >= 1 && ps.size() - h <= MAX_PARAGRAPHS_BEFORE_LEAD && ps.get(h).kind() != Kind.HEADLINE) {
                h--;
            }
            if (h < 1 || ps.get(h).kind() != Kind.HEADLINE || continuesInto(ps.get(h - 1), ps.get(h))
                    || lexicon.headlineCueCount(ps.get(h).matching()) == 0) {
                continue;
            }
            List<PageLine> early = ps.subList(h + 1, ps.size());
            Set<String> earlyWords = bigrams(early);
            if (!early.isEmpty() && overlap(earlyWords, bigrams(headless.paragraphs))
                    < overlap(earlyWords, bigrams(ps.subList(0, h)))) {
                continue;
            }
            headless.headlines.add(ps.get(h));
            headless.paragraphs.addAll(early);
            ps.subList(h, ps.size()).clear();
        }
    }

    private static double overlap(Set<String> words, Set<String> other) {
        return words.isEmpty() ? 0 : (double) words.stream().filter(other::contains).count() / words.size();
    }

    /**
     * A story printed without a headline takes the headline printed after its body: its own last
     * line when that is headline-shaped and finishes no open sentence; else the headlines of the block
     * right after it that has no lead, as far as they share more words with this story than with that
     * block's lines (a block left without headline finds its story as a stray); else the first
     * of two headline lines above the next lead ("…其他事项。刘岚涛 / 县政府召开第43次常务会议 /
     * 全县…会召开 / 本报讯…").
     */
    private void returnLateHeadlines(List<Block> blocks) {
        for (int k = 0; k < blocks.size(); k++) {
            Block headless = blocks.get(k);
            if (!headless.hasLead || !headless.headlines.isEmpty()) {
                continue;
            }
            List<PageLine> ps = headless.paragraphs;
            int last = ps.size() - 1;
            Block next = k + 1 < blocks.size() ? blocks.get(k + 1) : null;
            if (last >= 1 && ps.get(last).kind() == Kind.HEADLINE && !continuesInto(ps.get(last - 1), ps.get(last))) {
                headless.headlines.add(ps.remove(last));
            } else if (next != null && !next.headlines.isEmpty() && !next.hasLead) {
                Block after = k + 2 < blocks.size() ? blocks.get(k + 2) : null;
                takeLateHeadlines(headless, next, after != null && after.hasLead && after.headlines.isEmpty() ? after : null);
            } else if (next != null && next.headlines.size() >= 2 && next.hasLead) {
                headless.headlines.add(next.headlines.remove(0));
            }
        }
    }

    /**
     * Moves the leading headlines of a block without lead to the headless story above while each
     * shares at least as many words with that story as with the block's own lines (and those of the
     * headless lead below it, which it may still head).
     */
    private static void takeLateHeadlines(Block headless, Block next, Block headlessBelow) {
        Set<String> own = bigrams(next.paragraphs);
        if (headlessBelow != null) {
            own.addAll(bigrams(headlessBelow.paragraphs));
        }
        Set<String> story = bigrams(headless.paragraphs);
        while (!next.headlines.isEmpty()) {
            Set<String> words = bigrams(List.of(next.headlines.get(0)));
            if (overlap(words, story) < overlap(words, own)) {
                return;
            }
            headless.headlines.add(next.headlines.remove(0));
        }
        if (next.paragraphs.isEmpty()) {
            headless.bylineLines.addAll(next.bylineLines);
            next.bylineLines.clear();
        }
    }

    /** A headline whose body has no lead, then a lead with no headline: one story, read lead first. */
    private List<Block> mergeLeadlessHeadlines(List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        for (int k = 0; k < blocks.size(); k++) {
            Block cur = blocks.get(k);
            Block next = k + 1 < blocks.size() ? blocks.get(k + 1) : null;
            if (next != null && !cur.headlines.isEmpty() && !cur.hasLead
                    && next.headlines.isEmpty() && next.hasLead) {
                Block merged = new Block();
                merged.headlines.addAll(cur.headlines);
                merged.hasLead = true;
                merged.paragraphs.addAll(next.paragraphs);
                merged.paragraphs.addAll(cur.paragraphs);
                merged.bylineLines.addAll(cur.bylineLines);
                merged.bylineLines.addAll(next.bylineLines);
                out.add(merged);
                k++;
            } else if (cur.isStory() || !cur.paragraphs.isEmpty() || !cur.bylineLines.isEmpty()) {
                out.add(cur);
            }
        }
        return out;
    }

    /**
     * Blocks with neither headline nor lead: the story whose last paragraph breaks off mid-sentence
     * takes them; otherwise the story sharing most words with them. On a page with no story at all,
     * a lone line is set aside and anything longer is read as one untitled story.
     */
    private void attachStrays(String doc, List<Block> blocks, List<NoiseLine> discarded) {
        List<Block> strays = blocks.stream().filter(b -> !b.isStory()).toList();
        blocks.removeIf(b -> !b.isStory());
        for (Block stray : strays) {
            if (blocks.isEmpty()) {
                if (!stray.paragraphs.isEmpty() && stray.bylineLines.isEmpty() && stray.paragraphs.size() == 1) {
                    PageLine l = stray.paragraphs.get(0);
                    discarded.add(new NoiseLine(doc, l.number(), l.text(), "no-story"));
                    continue;
                }
                // A page of body text without headline or lead is still one story.
                stray.hasLead = false;
                blocks.add(stray);
                continue;
            }
            Block home = continuedBy(blocks, stray);
            if (home == null) {
                home = mostSimilar(blocks, stray);
            }
            home.paragraphs.addAll(stray.paragraphs);
            home.bylineLines.addAll(stray.bylineLines);
        }
    }

    /**
     * A story whose last paragraph breaks off mid-sentence, and a paragraph elsewhere that plainly
     * starts mid-sentence ("进。在40公里…", "，…") after a finished one: the paragraph, with the lines
     * that continue it, moves to the end of that story. Only an unambiguous pair is moved.
     */
    private void relocateFragments(List<Block> stories) {
        for (int round = 0; round < stories.size(); round++) {
            Block dangling = stories.stream().filter(this::endsMidSentence).findFirst().orElse(null);
            if (dangling == null) {
                return;
            }
            List<int[]> fragments = new ArrayList<>();
            for (int s = 0; s < stories.size(); s++) {
                List<PageLine> ps = stories.get(s).paragraphs;
                for (int p = stories.get(s).hasLead ? 1 : 0; p < ps.size(); p++) {
                    boolean inPlace = p > 0 && continuesInto(ps.get(p - 1), ps.get(p));
                    if (!inPlace && startsMidSentence(ps.get(p).matching())) {
                        fragments.add(new int[]{s, p});
                    }
                }
            }
            if (fragments.size() != 1) {
                return;
            }
            Block from = stories.get(fragments.get(0)[0]);
            int start = fragments.get(0)[1];
            int end = start + 1;
            while (end < from.paragraphs.size() && continuesInto(from.paragraphs.get(end - 1), from.paragraphs.get(end))) {
                end++;
            }
            if (from == dangling && end == from.paragraphs.size()) {
                return;
            }
            List<PageLine> run = new ArrayList<>(from.paragraphs.subList(start, end));
            from.paragraphs.subList(start, end).clear();
            dangling.paragraphs.addAll(run);
        }
    }

    private boolean endsMidSentence(Block story) {
        if (story.paragraphs.isEmpty()) {
            return false;
        }
        PageLine last = story.paragraphs.get(story.paragraphs.size() - 1);
        return continuesInto(last, new PageLine(last.number(), "", Kind.BODY));
    }

    /**
     * Opens with punctuation, with a word-ending character (的, 了 …), or with a one- or two-character
     * piece that closes a sentence or list item ("进。", "剂、", "力，").
     */
    private boolean startsMidSentence(String m) {
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

    private Block continuedBy(List<Block> stories, Block stray) {
        if (stray.paragraphs.isEmpty()) {
            return null;
        }
        PageLine first = stray.paragraphs.get(0);
        for (Block s : stories) {
            if (!s.paragraphs.isEmpty() && continuesInto(s.paragraphs.get(s.paragraphs.size() - 1), first)) {
                return s;
            }
        }
        return null;
    }

    private static Block mostSimilar(List<Block> stories, Block stray) {
        Set<String> strayGrams = bigrams(stray.paragraphs);
        Block best = stories.get(0);
        double bestScore = -1;
        for (Block s : stories) {
            Set<String> grams = bigrams(s.paragraphs);
            grams.addAll(bigrams(s.headlines));
            double score = overlap(strayGrams, grams);
            if (score > bestScore) {
                bestScore = score;
                best = s;
            }
        }
        return best;
    }

    private static Set<String> bigrams(List<PageLine> lines) {
        Set<String> out = new HashSet<>();
        for (PageLine l : lines) {
            String t = l.matching();
            for (int i = 0; i + 2 <= t.length(); i++) {
                if (Text.isHan(t.charAt(i)) && Text.isHan(t.charAt(i + 1))) {
                    out.add(t.substring(i, i + 2));
                }
            }
        }
        return out;
    }
}
