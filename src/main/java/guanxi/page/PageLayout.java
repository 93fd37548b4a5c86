package guanxi.page;

import guanxi.model.NoiseLine;
import guanxi.page.PageLine.Kind;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Cuts a page's lines into stories. Reads the page text (shaped line by line by {@link LineShapes});
 * produces, per story, its headline lines, its paragraphs in reading order (lead first) and its
 * byline lines, plus the lines set aside.
 *
 * <p>A story opens at a lead line (本报讯…, or a dated first sentence right below a headline) together
 * with the headline lines printed right above it, and ends at a byline. A run of blank lines longer
 * than the page's usual gap, after a finished sentence, opens a story too when the text agrees: the
 * block below opens as a lead does, or the page sets all its stories apart so and the block changes
 * topic; such a block without a headline is a story of its own, titled （无标题）. Headline lines printed
 * after a headless story's body, right above such a gap, go to that story when they share its words;
 * photo captions between a headline and its lead are set aside. Each story keeps the evidence that cut
 * it ({@link Parts#cut}). What falls outside these patterns is repaired from the layout and the text,
 * never from line numbers:
 * <ul>
 *   <li>a section label above a headline (县政协机关党支部) is set aside;</li>
 *   <li>a headline printed after a headless story's body goes back to that story;</li>
 *   <li>a headline printed with some of its paragraphs above its lead heads that lead;</li>
 *   <li>a headline whose body has no lead, followed by a lead without a headline, is one story, read
 *       lead first so that the sentence the lead block leaves open runs on;</li>
 *   <li>a block with neither headline nor lead joins the story whose last sentence it finishes, else
 *       the story it shares most words with;</li>
 *   <li>a paragraph that plainly starts mid-sentence moves to the one story left open.</li>
 * </ul>
 * A page without any lead is read as one story under its first line.
 */
final class PageLayout {
    /** One story's lines: headline lines, paragraphs in reading order, byline lines; and why it starts where it does. */
    record Parts(List<PageLine> headlines, List<PageLine> paragraphs, boolean hasLead, List<PageLine> bylines, String cut) {
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
    private static final int MAX_SECTION_LENGTH = 15;
    /** A block sharing more of its (weighted) words with the text above continues that text's topic. */
    private static final double MAX_SHARED_WITH_ANOTHER_STORY = 0.2;
    /** A paragraph opening at a place (在X，), matching form: group 1 is the place. */
    private static final java.util.regex.Pattern TAKEN_UP_PLACE =
            java.util.regex.Pattern.compile("^在([^,，。;；]{4,30})[,，]");

    private final PageWords lexicon;
    private final LineShapes shapes;

    PageLayout(PageWords lexicon) {
        this.lexicon = lexicon;
        this.shapes = new LineShapes(lexicon);
    }

    Result layout(String doc, String text) {
        List<NoiseLine> discarded = new ArrayList<>();
        List<PageLine> lines = shapes.classify(doc, text, discarded);
        // A byline cut off the end of its line has no gap of its own, and the lines of one heading (headline lines, the
        // byline printed right under them) say nothing of how paragraphs are parted: the page's gaps are those between
        // its printed lines of text.
        List<Integer> gaps = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            boolean inHeadline = lines.get(i - 1).kind() == Kind.HEADLINE
                    && (lines.get(i).kind() == Kind.HEADLINE || lines.get(i).kind() == Kind.BYLINE);
            if (lines.get(i).number() != lines.get(i - 1).number() && !inHeadline) {
                gaps.add(lines.get(i).gapBefore());
            }
        }
        int strong = LineShapes.strongGap(gaps);
        List<Block> blocks = blocks(lines, strong);
        blocks.forEach(b -> b.captions.forEach(c -> discarded.add(new NoiseLine(doc, c.number(), c.text(), "photo-caption"))));
        dropCaptionBlocks(doc, blocks, discarded);
        dropSectionLabels(doc, blocks, discarded);
        SharedWords words = new SharedWords(blocks.stream().map(Block::lines).toList());
        confirmStandingApart(blocks, words, strong);
        splitAtNewTopics(blocks, words);
        claimHeadlinesAbove(blocks, words);
        returnLateHeadlines(blocks, words);
        List<Block> stories = mergeLeadlessHeadlines(blocks);
        attachStrays(doc, stories, discarded, words);
        relocateFragments(stories, strong);
        List<Parts> parts = stories.stream().map(Block::parts).toList();
        discarded.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return new Result(parts, discarded);
    }

    // ---- blocks --------------------------------------------------------------------------------------

    /** A run of lines: headline lines, then an optional lead and body lines, with byline lines. */
    private static final class Block {
        final List<PageLine> headlines = new ArrayList<>();
        final List<PageLine> paragraphs = new ArrayList<>();
        final List<PageLine> bylineLines = new ArrayList<>();
        /** Photo captions printed between the headline and the lead: set aside. */
        final List<PageLine> captions = new ArrayList<>();
        boolean hasLead;
        /** Opens below a strong gap (or a late headline): a story of its own, with or without headline. */
        boolean standsApart;
        /** Cut from the block above only by a strong gap: if it does not stand apart after all, it rejoins. */
        boolean cutByGapOnly;
        /** Blank lines above the block's first printed line (a late headline's cut counts as strong). */
        int gapAbove;
        /** A strong gap between a headline and what follows it: the page's gaps are no layout. */
        boolean gapBelowHeadline;
        /** Printed right after another story's byline. */
        boolean afterByline;

        boolean isStory() {
            return !headlines.isEmpty() || hasLead || standsApart && !paragraphs.isEmpty();
        }

        /** Why the block starts where it does (for --explain). */
        String cut = "page-top";

        Parts parts() {
            return new Parts(headlines, paragraphs, hasLead, bylineLines, cut);
        }

        List<PageLine> lines() {
            List<PageLine> all = new ArrayList<>(headlines);
            all.addAll(paragraphs);
            return all;
        }
    }

    /**
     * A block that is nothing but photo captions (图为…, printed below a story or its byline, with no credit of its
     * own) is set aside: it restates its story for the picture and is no story itself.
     */
    private void dropCaptionBlocks(String doc, List<Block> blocks, List<NoiseLine> discarded) {
        blocks.removeIf(b -> {
            boolean captionsOnly = b.headlines.isEmpty() && !b.hasLead && b.bylineLines.isEmpty()
                    && !b.paragraphs.isEmpty() && b.paragraphs.stream().allMatch(shapes::isCaption);
            if (captionsOnly) {
                b.paragraphs.forEach(c -> discarded.add(new NoiseLine(doc, c.number(), c.text(), "photo-caption")));
            }
            return captionsOnly;
        });
    }

    private List<Block> blocks(List<PageLine> lines, int strong) {
        boolean pageHasLeads = lines.stream().anyMatch(l -> l.kind() == Kind.LEAD);
        Set<Integer> late = lateHeadlines(lines, strong);
        Set<Integer> apart = new HashSet<>();
        for (int i = 1; i < lines.size(); i++) {
            if (late.contains(i - 1) && !late.contains(i) || standsApart(lines, i, strong)) {
                apart.add(i);
            }
        }
        Set<Integer> cuts = new TreeSet<>();
        cuts.add(0);
        Set<Integer> headlineStarts = new HashSet<>();
        Set<Integer> bylinesInHeadings = new HashSet<>();
        Set<Integer> signedHeadings = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).kind() == Kind.LEAD) {
                int j = headingStart(lines, i, apart);
                cuts.add(j);
                headlineStarts.add(j);
                for (int b = j; b < i; b++) {
                    bylinesInHeadings.add(b);
                }
            }
        }
        for (int i = 1; i + 1 < lines.size(); i++) {
            // "标题 / 文/图 本报记者 潘海涛 / 走进城南工业园，…": a headline signed right below, over body text, heads a story as a
            // lead does, even where the story prints no lead (features, commentaries).
            if (lines.get(i).kind() == Kind.BYLINE && lines.get(i - 1).kind() == Kind.HEADLINE && !late.contains(i - 1)
                    && lines.get(i + 1).kind() == Kind.BODY && !bylinesInHeadings.contains(i)) {
                int j = headingStart(lines, i, apart);
                if (j < i) {
                    cuts.add(j);
                    headlineStarts.add(j);
                    signedHeadings.add(j);
                    bylinesInHeadings.add(i);
                }
            }
        }
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (lines.get(i).kind() == Kind.BYLINE && !bylinesInHeadings.contains(i) && !late.contains(i + 1)) {
                cuts.add(i + 1);
            }
        }
        Set<Integer> otherCuts = Set.copyOf(cuts);
        cuts.addAll(apart);
        List<Integer> starts = new ArrayList<>(cuts);
        List<Block> blocks = new ArrayList<>();
        for (int b = 0; b < starts.size(); b++) {
            int from = starts.get(b);
            int to = b + 1 < starts.size() ? starts.get(b + 1) : lines.size();
            if (from < to) {
                Block block = block(lines.subList(from, to), pageHasLeads,
                        pageHasLeads || from == 0 || headlineStarts.contains(from) || apart.contains(from));
                // The page's first block stands apart when the page breaks its stories with strong gaps, or when it
                // opens as a lead does above other stories: a story printed without headline at the top of the page.
                block.standsApart = apart.contains(from)
                        || from == 0 && (!apart.isEmpty() || shapes.opensAsLead(lines.get(0)));
                block.cutByGapOnly = apart.contains(from) && !otherCuts.contains(from);
                block.afterByline = from > 0 && lines.get(from - 1).kind() == Kind.BYLINE;
                block.cut = signedHeadings.contains(from) ? (from == 0 ? "page-top" : "headline+byline-below")
                        : cutReason(lines, from, late, apart, headlineStarts);
                for (int i = from + 1; i < to; i++) {
                    block.gapBelowHeadline |= lines.get(i - 1).kind() == Kind.HEADLINE && !late.contains(i - 1)
                            && lines.get(i).gapBefore() >= strong;
                }
                block.gapAbove = from == 0 ? 0 : apart.contains(from) ? Math.max(strong, lines.get(from).gapBefore())
                        : lines.get(from).gapBefore();
                int own = to;
                while (own > from && late.contains(own - 1)) {
                    own--;
                }
                if (own < to && block.headlines.isEmpty()) {
                    List<PageLine> lateLines = lines.subList(own, to);
                    block.paragraphs.removeAll(lateLines);
                    block.headlines.addAll(lateLines);
                }
                blocks.add(block);
            }
        }
        return blocks;
    }

    /**
     * Why a block starts at {@code from}: the evidence that cut it, joined by "+" (more is added when a
     * headless block is weighed): page-top, after-byline, after-late-headline, blank-lines:N, headline,
     * lead-marker (本报讯…), dated-opening (a first sentence with its date, below a headline or byline).
     */
    private String cutReason(List<PageLine> lines, int from, Set<Integer> late, Set<Integer> apart, Set<Integer> headlineStarts) {
        if (from == 0) {
            return "page-top";
        }
        List<String> why = new ArrayList<>();
        if (late.contains(from - 1)) {
            why.add("after-late-headline");
        } else if (lines.get(from - 1).kind() == Kind.BYLINE) {
            why.add("after-byline");
        }
        if (lines.get(from).gapBefore() > 0 && apart.contains(from)) {
            why.add("blank-lines:" + lines.get(from).gapBefore());
        }
        if (lines.get(from).kind() == Kind.HEADLINE) {
            why.add("headline");
        }
        if (headlineStarts.contains(from)) {
            int lead = from;
            while (lead < lines.size() && lines.get(lead).kind() != Kind.LEAD) {
                lead++;
            }
            why.add(lead < lines.size() && lexicon.isLead(lines.get(lead).matching()) ? "lead-marker" : "dated-opening");
        }
        return why.isEmpty() ? "headline" : String.join("+", why);
    }

    /**
     * A strong break before line {@code i}: a run of blank lines longer than the page's usual gap, after
     * a finished sentence or a byline, before a line that does not continue it. A gap after a headline
     * (headline, blank lines, its lead), after a byline right under a headline, or inside a sentence ("…现代农",
     * blank lines, "业园区…") is no break.
     */
    private boolean standsApart(List<PageLine> lines, int i, int strong) {
        PageLine line = lines.get(i);
        PageLine prev = lines.get(i - 1);
        // A byline printed right under a headline signs the text below it, across a gap ("本报评论员", blank line, text).
        boolean headingByline = prev.kind() == Kind.BYLINE && prev.gapBefore() == 0 && i >= 2
                && lines.get(i - 2).kind() == Kind.HEADLINE && line.kind() == Kind.BODY;
        return line.gapBefore() >= strong && line.kind() != Kind.BYLINE && !headingByline
                && (prev.kind() == Kind.BYLINE || prev.kind() != Kind.HEADLINE && Text.isClosed(prev.matching()))
                && !LineShapes.startsMidSentence(line.matching());
    }

    /**
     * Headlines printed after their story's body: headline lines right below a finished paragraph and
     * right above a strong gap, closing a story that has no headline of its own (no headline above its
     * text back to its lead, the page top or the previous late headline), and sharing at least as many
     * words with that text as with the text below the gap. (A headline above a gap and a 本报讯 lead
     * heads that lead, as OCR'd pages print it; the repairs below give a headless lead story above its share.)
     */
    private Set<Integer> lateHeadlines(List<PageLine> lines, int strong) {
        Set<Integer> late = new HashSet<>();
        SharedWords words = null;
        for (int h = 1; h + 1 < lines.size(); h++) {
            if (lines.get(h).kind() != Kind.HEADLINE || lines.get(h + 1).gapBefore() < strong
                    || lines.get(h + 1).kind() == Kind.BYLINE || lexicon.isLead(lines.get(h + 1).matching())
                    || !mayBeLateHeadline(lines.get(h))) {
                continue;
            }
            int top = h;
            while (top > 1 && h - top + 1 < MAX_HEADLINE_LINES && lines.get(top - 1).kind() == Kind.HEADLINE
                    && lines.get(top).gapBefore() < strong && !late.contains(top - 1)) {
                top--;
            }
            int from = storyStart(lines, top, late, strong);
            PageLine above = lines.get(top - 1);
            if (from < 0 || lines.get(top).gapBefore() >= strong
                    || !Text.isClosed(above.matching()) && above.kind() != Kind.BYLINE) {
                continue;
            }
            int end = h + 1;
            while (end + 1 < lines.size() && lines.get(end + 1).gapBefore() < strong) {
                end++;
            }
            if (words == null) {
                words = new SharedWords(lines.stream().map(List::of).toList());
            }
            Set<String> headline = SharedWords.of(lines.subList(top, h + 1));
            if (words.affinity(headline, SharedWords.of(lines.subList(from, top)))
                    >= words.affinity(headline, SharedWords.of(lines.subList(h + 1, end + 1)))) {
                for (int k = top; k <= h; k++) {
                    late.add(k);
                }
            }
        }
        return late;
    }

    /** Not a caption, nor a photo or writing credit ("图片均由记者…摄"). */
    private boolean mayBeLateHeadline(PageLine line) {
        return !shapes.isCaption(line) && lexicon.bylineRoles.stream().noneMatch(r -> r.length() > 1 && line.matching().contains(r))
                && !line.matching().endsWith("摄");
    }

    /**
     * Where the headless story that ends right above {@code top} starts: its lead, a lead-shaped line
     * below a strong gap, the page top or the line after the previous late headline; -1 when a headline stands
     * above its text (at the page top, below a strong gap, or right above its lead). A headline-shaped
     * line among the paragraphs (a caption, a subheading) does not count.
     */
    private int storyStart(List<PageLine> lines, int top, Set<Integer> late, int strong) {
        for (int i = top - 1; i >= 0; i--) {
            if (late.contains(i)) {
                return i + 1;
            }
            PageLine line = lines.get(i);
            if (line.kind() == Kind.BYLINE) {
                // The story's own byline, right above its late headline, or the end of the story before.
                if (i == top - 1) {
                    continue;
                }
                return i + 1;
            }
            boolean opens = i == 0 || line.gapBefore() >= strong && shapes.opensAsLead(line);
            if (line.kind() == Kind.HEADLINE && (opens || lines.get(i + 1).kind() == Kind.LEAD)) {
                return -1;
            }
            if (line.kind() == Kind.LEAD) {
                return i > 0 && lines.get(i - 1).kind() == Kind.HEADLINE && !late.contains(i - 1) ? -1 : i;
            }
            if (opens) {
                return i;
            }
        }
        return 0;
    }

    /**
     * Where the heading of the lead at {@code lead} starts: the headline lines right above it, with
     * a byline line between headline and lead ("标题 / 本报记者 张三 / 本报讯…"). A line that finishes
     * the open sentence above it is body, not a headline, unless it sits right on the lead.
     */
    private int headingStart(List<PageLine> lines, int lead, Set<Integer> apart) {
        int j = lead;
        while (j > 0 && !apart.contains(j) && shapes.isCaption(lines.get(j - 1))) {
            j--;
        }
        if (apart.contains(j)) {
            return lead;
        }
        if (j >= 2 && lines.get(j - 1).kind() == Kind.BYLINE && lines.get(j - 2).kind() == Kind.HEADLINE) {
            j--;
        }
        int headlines = 0;
        while (j > 0 && !apart.contains(j) && headlines < MAX_HEADLINE_LINES && lines.get(j - 1).kind() == Kind.HEADLINE) {
            boolean continuation = j - 2 >= 0 && lines.get(j - 2).kind() != Kind.HEADLINE
                    && lines.get(j - 2).kind() != Kind.BYLINE && shapes.continuesInto(lines.get(j - 2), lines.get(j - 1));
            if (continuation && headlines > 0) {
                break;
            }
            j--;
            headlines++;
        }
        return headlines == 0 ? lead : j;
    }

    private Block block(List<PageLine> lines, boolean pageHasLeads, boolean mayOpenWithHeadline) {
        Block block = new Block();
        int i = 0;
        if (mayOpenWithHeadline) {
            while (i < lines.size() && block.headlines.size() < MAX_HEADLINE_LINES
                    && lines.get(i).kind() == Kind.HEADLINE && !shapes.isCaption(lines.get(i))
                    && !isBracketedNote(block.headlines)) {
                block.headlines.add(lines.get(i++));
            }
        }
        // A speech's speaker and date under its headline are no part of the headline: they open the body, the date as the
        // lead, which it dates; the speaker as a heading of the text, as the reader of the speech sees it.
        List<PageLine> notes = new ArrayList<>();
        while (block.headlines.size() > 1 && shapes.isHeadingNote(block.headlines.getLast())) {
            notes.addFirst(block.headlines.removeLast());
        }
        int fromHeadlines = notes.size();
        while (!block.headlines.isEmpty() && i + 1 < lines.size() && lines.get(i).kind() != Kind.LEAD
                && shapes.isHeadingNote(lines.get(i))) {
            notes.add(lines.get(i++));
        }
        if (notes.stream().anyMatch(LineShapes::isDatedNote)) {
            notes.forEach(n -> block.paragraphs.add(LineShapes.isDatedNote(n) ? n.as(Kind.BODY) : n));
            // The day it was given is the speech's lead: no later paragraph is promoted before it.
            block.hasLead = true;
        } else {
            block.headlines.addAll(notes.subList(0, fromHeadlines));
            i -= notes.size() - fromHeadlines;
        }
        while (!block.headlines.isEmpty() && i + 1 < lines.size() && shapes.isCaption(lines.get(i))) {
            block.captions.add(lines.get(i++));
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

    /** "（无标题）" in the headline's place stands alone: what follows it is not a sub-headline. */
    private static boolean isBracketedNote(List<PageLine> headlines) {
        if (headlines.size() != 1) {
            return false;
        }
        String m = headlines.get(0).matching();
        return m.length() >= 2 && m.charAt(0) == '(' && m.charAt(m.length() - 1) == ')';
    }

    /**
     * On a page whose stories open with leads, a headline without one: a paragraph among the first
     * few below it that opens with its date ("12月15日，…") is the lead, printed after some of its own
     * paragraphs. It goes first and the paragraphs printed before it follow the rest. (On pages
     * without leads a later dated paragraph is just a later event.)
     */
    private void promoteDatedOpening(Block block) {
        List<PageLine> ps = block.paragraphs;
        for (int p = 1; p < Math.min(ps.size(), LineShapes.MAX_PARAGRAPHS_BEFORE_LEAD + 1); p++) {
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
     * A block below a strong gap with neither headline nor lead is a story of its own only when more
     * evidence says so: it opens as a lead does (with its date, 昨日, 今天 …); or the page sets its
     * stories apart with strong gaps (most blocks that open with a headline or lead have one above);
     * or, on a page that shows neither way, it changes the topic (it shares few of its words with the
     * text above it, or below it at the top of the page). A paragraph after a column break on a page
     * whose stories follow each other without one ("…。", blank lines, "在当天下午的汇报会上，…") stays
     * with its story. A block with a photographer's credit (…摄) printed right after another story's byline is photo
     * news, a story of its own.
     */
    private void confirmStandingApart(List<Block> blocks, SharedWords words, int strong) {
        List<Block> openers = blocks.stream().skip(1).filter(b -> !b.headlines.isEmpty() || b.hasLead).toList();
        List<Block> found = blocks.stream().filter(b -> !b.headlines.isEmpty() || b.hasLead).toList();
        boolean signedPage = found.size() >= 2
                && found.stream().filter(b -> !b.bylineLines.isEmpty()).count() * 2 >= found.size();
        boolean gapPage = !openers.isEmpty() && openers.stream().allMatch(b -> b.gapAbove >= strong)
                && blocks.stream().noneMatch(b -> b.gapBelowHeadline);
        // A page whose paragraphs run on without blank lines and which sets every headline off by one above and one
        // below (headline, blank line, text): there, too, the blank lines part stories, a headline's block with no lead
        // and no date included ("防溺水，这些知识要记牢！", blank line, "暑期将至，…").
        List<Block> headed = blocks.stream().filter(b -> !b.headlines.isEmpty()).toList();
        boolean setOffHeadlines = strong == 1 && headed.size() >= 2 && headed.stream().allMatch(b -> b.gapBelowHeadline)
                && headed.stream().skip(1).allMatch(b -> b.gapAbove >= strong);
        for (int k = 0; k < blocks.size(); k++) {
            Block b = blocks.get(k);
            boolean headlineOnly = !b.headlines.isEmpty() && !b.hasLead;
            boolean box = headlineOnly && k > 0 && b.headlines.size() == 1 && b.bylineLines.isEmpty()
                    && lexicon.sidebarLabels.contains(b.headlines.getFirst().matching().strip());
            if (headlineOnly && b.cutByGapOnly && k > 0 && (box || !gapPage && !setOffHeadlines)
                    && (b.paragraphs.isEmpty() || !shapes.opensAsLead(b.paragraphs.getFirst()))) {
                // A box printed with the story above ("人物名片", a few lines on the feature's subject) is that story's.
                // A headline-shaped line below a column break, with no lead below it, on a page whose gaps are no
                // layout: body text, as it was before the gap was weighed.
                Block above = blocks.get(k - 1);
                above.paragraphs.addAll(b.headlines);
                above.paragraphs.addAll(b.paragraphs);
                above.bylineLines.addAll(b.bylineLines);
                blocks.remove(k--);
                continue;
            }
            if (!b.headlines.isEmpty() || b.hasLead) {
                // A story found by its headline or lead keeps the repairs across a gap unless the page sets stories apart.
                b.standsApart &= gapPage || setOffHeadlines;
                continue;
            }
            if (b.afterByline && !b.paragraphs.isEmpty() && shapes.opensAsLead(b.paragraphs.getFirst())) {
                // A dated paragraph right after a byline opens a story, as it does after a byline line
                // (LineShapes.markDatedOpenings); here the byline was the end of a line, cut off it (…。（摄影 X）).
                b.standsApart = true;
                b.cut += "+lead-shape";
                continue;
            }
            if (b.afterByline && !b.paragraphs.isEmpty() && b.bylineLines.stream().anyMatch(PageLayout::isPhotoCredit)) {
                // Photo news: a caption with its sentences and the photographer's credit, after another signed story.
                b.standsApart = true;
                b.cut += "+photo-credit";
                continue;
            }
            if (!b.standsApart || b.paragraphs.isEmpty()) {
                continue;
            }
            Block neighbour = k > 0 ? blocks.get(k - 1) : k + 1 < blocks.size() ? blocks.get(k + 1) : null;
            boolean leadShaped = shapes.opensAsLead(b.paragraphs.getFirst());
            boolean newTopic = neighbour == null || words.affinity(SharedWords.of(b.paragraphs),
                    SharedWords.of(neighbour.lines())) < MAX_SHARED_WITH_ANOTHER_STORY;
            // Text after a gap, below a story that has not yet had its byline, is that story's when the page's
            // stories end with bylines or when this text ends with the byline the story above lacks.
            boolean aboveUnsigned = k > 0 && blocks.get(k - 1).bylineLines.isEmpty()
                    && (signedPage || signedBeforeNextOpener(blocks, k));
            b.standsApart = leadShaped || (gapPage || openers.isEmpty()) && newTopic && !aboveUnsigned
                    && !takesUp(b, k > 0 ? blocks.get(k - 1) : null);
            if (b.standsApart) {
                b.cut += leadShaped ? "+lead-shape" : (gapPage ? "+page-parts-stories-by-gaps" : "+no-other-story-on-page")
                        + "+new-topic";
            }
            if (!b.standsApart && b.cutByGapOnly && k > 0) {
                blocks.get(k - 1).paragraphs.addAll(b.paragraphs);
                blocks.get(k - 1).bylineLines.addAll(b.bylineLines);
                blocks.remove(k--);
            }
        }
    }

    /**
     * A block that opens by taking up the story above it: with a word pointing back or a connective of narration
     * (continuation-openings.txt: 该项目, 会上, 据了解), or at a place that story named (在X，… where X, of four characters
     * or more, opens with four characters of its text). No story's first sentence opens so, whatever words it shares
     * with the story above.
     */
    private boolean takesUp(Block b, Block above) {
        if (above == null || b.paragraphs.isEmpty()) {
            return false;
        }
        String m = b.paragraphs.getFirst().matching();
        if (lexicon.continuationOpenings.stream().anyMatch(o -> o.matcher(m).find())) {
            return true;
        }
        java.util.regex.Matcher at = TAKEN_UP_PLACE.matcher(m);
        if (!at.find()) {
            return false;
        }
        // 在横岭产业园项目现场: the place may be named more fully than above; its first four characters or more are.
        String aboveText = above.lines().stream().map(PageLine::matching)
                .collect(java.util.stream.Collectors.joining());
        return aboveText.contains(at.group(1).substring(0, 4));
    }

    /**
     * The byline the story above lacks closes this block or a later one before the next headline or lead: the
     * paragraphs between, parted by blank lines, are that story's ("…。", "在杭州，考察团…。", "…。（记者 王五）").
     */
    private static boolean signedBeforeNextOpener(List<Block> blocks, int k) {
        for (int j = k; j < blocks.size(); j++) {
            Block b = blocks.get(j);
            if (j > k && (!b.headlines.isEmpty() || b.hasLead)) {
                return false;
            }
            if (!b.bylineLines.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** A photographer's credit: a byline ending in 摄 ("本报记者 许明 摄", "（通讯员 冯佳 摄）"). */
    private static boolean isPhotoCredit(PageLine byline) {
        return Text.lastSignificant(byline.matching()) == '摄';
    }

    /**
     * On a page whose leads carry no marker (本报讯…), a story printed without headline and without a gap
     * above it: a paragraph that opens as a lead does ("9月8日，…", "昨日，…"), after a finished one, and
     * whose text to the story's end shares few words with the text above it (a change of topic: other
     * people, other places), starts a story of its own, titled （无标题）; only below a lead that opens as one too.
     */
    private void splitAtNewTopics(List<Block> blocks, SharedWords words) {
        List<Block> found = blocks.stream().filter(Block::isStory).toList();
        long marked = found.stream().filter(b -> b.hasLead && !b.paragraphs.isEmpty()
                && lexicon.isLead(b.paragraphs.getFirst().matching())).count();
        if (found.isEmpty() || marked == found.size()) {
            return;
        }
        for (int k = 0; k < blocks.size(); k++) {
            Block b = blocks.get(k);
            // A story whose lead states no day ("近年来，…") dates itself further down ("6月2日，记者走进…"): its first
            // dated paragraph is no new story's lead.
            PageLine lead = b.paragraphs.stream().filter(l -> l.kind() != Kind.HEADLINE).findFirst().orElse(null);
            if (!b.isStory() || lead == null || !shapes.opensAsLead(lead)) {
                continue;
            }
            List<PageLine> ps = b.paragraphs;
            for (int p = 1; p < ps.size(); p++) {
                PageLine line = ps.get(p);
                PageLine prev = ps.get(p - 1);
                boolean opens = line.kind() != Kind.HEADLINE && (lexicon.opensWithDate(line.matching())
                        || lexicon.leadOpenings.stream().anyMatch(x -> x.matcher(line.matching()).find()));
                if (!opens || prev.kind() == Kind.HEADLINE || !Text.isClosed(prev.matching())) {
                    continue;
                }
                Set<String> below = SharedWords.of(ps.subList(p, ps.size()));
                Set<String> above = SharedWords.of(List.copyOf(b.lines().subList(0, b.headlines.size() + p)));
                if (words.affinity(below, above) < MAX_SHARED_WITH_ANOTHER_STORY
                        && words.affinity(above, below) < MAX_SHARED_WITH_ANOTHER_STORY) {
                    Block split = new Block();
                    split.paragraphs.addAll(ps.subList(p, ps.size()));
                    split.bylineLines.addAll(b.bylineLines);
                    split.standsApart = true;
                    split.cut = "lead-shape+new-topic";
                    b.bylineLines.clear();
                    ps.subList(p, ps.size()).clear();
                    blocks.add(k + 1, split);
                    break;
                }
            }
        }
    }

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

    /**
     * Short, ending on a unit's or column's name (section-suffixes.txt), no headline cue, and not ending on a verb: a
     * headline that ends on what something does ("县两会特刊今日出版", 出版 ending in 版) reports an event.
     */
    private boolean isSectionLabel(String m) {
        if (m.length() > MAX_SECTION_LENGTH || !lexicon.endsWithSectionSuffix(m) || lexicon.headlineCueCount(m) > 0) {
            return false;
        }
        List<guanxi.nlp.Token> tokens = guanxi.nlp.Segmenter.get().segment(m);
        return tokens.isEmpty() || !tokens.getLast().tag().startsWith("v");
    }

    /**
     * A lead without a headline, right after a story whose last lines are a headline and a few
     * paragraphs ("标题 / 座谈中，… / 本报讯…"): the headline is this story's, printed with some of its
     * paragraphs before the lead. Those paragraphs come along when they share more words with the
     * lead's story than with the story above. A headline that finishes an open sentence, has no
     * headline cue, or (above a story without headline) fits that story better, stays where it is.
     */
    private void claimHeadlinesAbove(List<Block> blocks, SharedWords words) {
        for (int k = 1; k < blocks.size(); k++) {
            Block above = blocks.get(k - 1);
            Block headless = blocks.get(k);
            if (!headless.hasLead || !headless.headlines.isEmpty() || !above.bylineLines.isEmpty() || headless.standsApart) {
                continue;
            }
            List<PageLine> ps = above.paragraphs;
            int h = ps.size() - 1;
            while (h >= 1 && ps.size() - h <= LineShapes.MAX_PARAGRAPHS_BEFORE_LEAD && ps.get(h).kind() != Kind.HEADLINE) {
                h--;
            }
            if (h < 1 || ps.get(h).kind() != Kind.HEADLINE || shapes.continuesInto(ps.get(h - 1), ps.get(h))
                    || lexicon.headlineCueCount(ps.get(h).matching()) == 0) {
                continue;
            }
            Set<String> headline = SharedWords.of(List.of(ps.get(h)));
            Set<String> storyAbove = SharedWords.of(ps.subList(0, h));
            if (above.headlines.isEmpty()
                    && words.affinity(headline, storyAbove) >= words.affinity(headline, SharedWords.of(headless.paragraphs))) {
                continue;
            }
            headless.headlines.add(ps.get(h));
            List<PageLine> early = ps.subList(h + 1, ps.size());
            Set<String> earlyWords = SharedWords.of(early);
            if (words.affinity(earlyWords, SharedWords.of(headless.paragraphs)) >= words.affinity(earlyWords, storyAbove)) {
                headless.paragraphs.addAll(early);
                early.clear();
            }
            ps.remove(h);
        }
    }

    /**
     * A story printed without a headline takes the headline printed after its body: its own late
     * headline line (see {@link #ownLateHeadline}); else the headlines of the block
     * right after it that has no lead, as far as they share more words with this story than with that
     * block's lines (a block left without headline finds its story as a stray); else the first
     * of two headline lines above the next lead ("…其他工作。周敏华 / 区政府召开第12次常务会议 /
     * 全县…会召开 / 本报讯…").
     */
    private void returnLateHeadlines(List<Block> blocks, SharedWords words) {
        for (int k = 0; k < blocks.size(); k++) {
            Block headless = blocks.get(k);
            if (!headless.hasLead || !headless.headlines.isEmpty()) {
                continue;
            }
            int own = ownLateHeadline(headless.paragraphs);
            Block next = k + 1 < blocks.size() && !blocks.get(k + 1).standsApart ? blocks.get(k + 1) : null;
            if (own > 0) {
                headless.headlines.add(headless.paragraphs.remove(own));
            } else if (next != null && !next.headlines.isEmpty() && !next.hasLead) {
                Block after = k + 2 < blocks.size() ? blocks.get(k + 2) : null;
                takeLateHeadlines(headless, next,
                        after != null && after.hasLead && after.headlines.isEmpty() ? after : null, words);
            } else if (next != null && next.headlines.size() >= 2 && next.hasLead) {
                headless.headlines.add(next.headlines.remove(0));
            }
        }
    }

    /**
     * Where a headless story printed its own headline among its last lines: its last line when
     * headline-shaped, or a headline-shaped line with a headline cue a few lines from the end;
     * never a line that finishes the open sentence above it. -1 when there is none.
     */
    private int ownLateHeadline(List<PageLine> ps) {
        for (int i = ps.size() - 1; i >= 1 && i >= ps.size() - 1 - LineShapes.MAX_PARAGRAPHS_BEFORE_LEAD; i--) {
            PageLine line = ps.get(i);
            boolean last = i == ps.size() - 1;
            if (line.kind() == Kind.HEADLINE && !shapes.continuesInto(ps.get(i - 1), line) && mayBeLateHeadline(line)
                    && (last || lexicon.headlineCueCount(line.matching()) > 0)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Moves the leading headlines of a block without lead to the headless story above while each
     * shares at least as many words with that story as with the block's own lines (and those of the
     * headless lead below it, which it may still head).
     */
    private static void takeLateHeadlines(Block headless, Block next, Block headlessBelow, SharedWords words) {
        Set<String> own = SharedWords.of(next.paragraphs);
        if (headlessBelow != null) {
            own.addAll(SharedWords.of(headlessBelow.paragraphs));
        }
        Set<String> story = SharedWords.of(headless.paragraphs);
        while (!next.headlines.isEmpty()) {
            Set<String> headline = SharedWords.of(List.of(next.headlines.get(0)));
            if (words.affinity(headline, story) < words.affinity(headline, own)) {
                return;
            }
            headless.headlines.add(next.headlines.remove(0));
        }
        if (next.paragraphs.isEmpty()) {
            headless.bylineLines.addAll(next.bylineLines);
            next.bylineLines.clear();
        }
    }

    /**
     * A headline whose body has no lead, then a lead with no headline: one story, read lead first. Not
     * when the headline's first paragraph opens with its own date: that is a story of its own.
     */
    private List<Block> mergeLeadlessHeadlines(List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        for (int k = 0; k < blocks.size(); k++) {
            Block cur = blocks.get(k);
            Block next = k + 1 < blocks.size() ? blocks.get(k + 1) : null;
            boolean ownLead = !cur.paragraphs.isEmpty() && shapes.opensDated(cur.paragraphs.getFirst().matching());
            if (next != null && !cur.headlines.isEmpty() && !cur.hasLead && !ownLead
                    && next.headlines.isEmpty() && next.hasLead && !next.standsApart) {
                Block merged = new Block();
                merged.headlines.addAll(cur.headlines);
                merged.hasLead = true;
                merged.cut = cur.cut + "+lead-below-joined";
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
    private void attachStrays(String doc, List<Block> blocks, List<NoiseLine> discarded, SharedWords words) {
        List<Block> stories = blocks.stream().filter(Block::isStory).toList();
        if (stories.isEmpty()) {
            readAsOneStory(doc, blocks, discarded);
            return;
        }
        Block previous = null;
        for (Block b : blocks) {
            if (b.isStory()) {
                previous = b;
                continue;
            }
            Block home = continuedBy(stories, b);
            if (home == null) {
                home = mostSimilar(stories, b, previous == null ? stories.get(0) : previous, words);
            }
            // Printed above the whole of a story without lead (an editor's note over a feature), it is read first.
            boolean above = !home.hasLead && !b.paragraphs.isEmpty() && home.lines().stream()
                    .allMatch(l -> l.number() > b.paragraphs.getLast().number());
            home.paragraphs.addAll(above ? 0 : home.paragraphs.size(), b.paragraphs);
            home.bylineLines.addAll(b.bylineLines);
        }
        blocks.removeIf(b -> !b.isStory());
    }

    /** No headline and no lead anywhere: a lone line is set aside, anything more is one story. */
    private static void readAsOneStory(String doc, List<Block> blocks, List<NoiseLine> discarded) {
        Block story = new Block();
        story.cut = "no-headline-or-lead-on-page";
        blocks.forEach(b -> {
            story.paragraphs.addAll(b.paragraphs);
            story.bylineLines.addAll(b.bylineLines);
        });
        blocks.clear();
        if (story.paragraphs.size() == 1 && story.bylineLines.isEmpty()) {
            PageLine l = story.paragraphs.get(0);
            discarded.add(new NoiseLine(doc, l.number(), l.text(), "no-story"));
        } else if (!story.paragraphs.isEmpty() || !story.bylineLines.isEmpty()) {
            blocks.add(story);
        }
    }

    /**
     * A story whose last paragraph breaks off mid-sentence, and a paragraph elsewhere that plainly
     * starts mid-sentence ("进。在40公里…", "，…") after a finished one: the paragraph, with the lines
     * that continue it, moves to the end of that story. Failing such a paragraph, the text below the one column break
     * inside another story ({@link #columnBreaks}) moves so. Only an unambiguous pair is moved.
     */
    private void relocateFragments(List<Block> stories, int strong) {
        for (int round = 0; round < stories.size(); round++) {
            Block dangling = stories.stream().filter(this::endsMidSentence).findFirst().orElse(null);
            if (dangling == null) {
                return;
            }
            List<int[]> fragments = new ArrayList<>();
            for (int s = 0; s < stories.size(); s++) {
                List<PageLine> ps = stories.get(s).paragraphs;
                for (int p = stories.get(s).hasLead ? 1 : 0; p < ps.size(); p++) {
                    boolean inPlace = p > 0 && shapes.continuesInto(ps.get(p - 1), ps.get(p));
                    if (!inPlace && LineShapes.startsMidSentence(ps.get(p).matching())) {
                        fragments.add(new int[]{s, p});
                    }
                }
            }
            boolean columnBreak = fragments.isEmpty();
            if (columnBreak) {
                fragments = columnBreaks(stories, dangling, strong);
            }
            if (fragments.size() != 1) {
                return;
            }
            Block from = stories.get(fragments.get(0)[0]);
            int start = fragments.get(0)[1];
            int end = start + 1;
            while (end < from.paragraphs.size() && (columnBreak ? from.paragraphs.get(end).gapBefore() < strong
                    : shapes.continuesInto(from.paragraphs.get(end - 1), from.paragraphs.get(end)))) {
                end++;
            }
            if (from == dangling && end == from.paragraphs.size()) {
                return;
            }
            List<PageLine> run = new ArrayList<>(from.paragraphs.subList(start, end));
            from.paragraphs.subList(start, end).clear();
            dangling.paragraphs.addAll(run);
            if (from.paragraphs.isEmpty() && from.headlines.isEmpty()) {
                // A headless block that was only the rest of the open story: it is no story of its own.
                dangling.bylineLines.addAll(from.bylineLines);
                stories.remove(from);
            }
        }
    }

    /**
     * Where a story's text is broken by a column break: a body paragraph below a strong gap, after a finished sentence,
     * in a story whose own paragraphs above it are printed closer together, and not opening as a lead does. With one
     * story left open mid-sentence elsewhere on the page ("…目前已完成总工程量的百分之七十，预计"), the text from such
     * a break on is the rest of that story, printed below another one as columns are pasted out of order.
     */
    private List<int[]> columnBreaks(List<Block> stories, Block dangling, int strong) {
        List<int[]> out = new ArrayList<>();
        for (int s = 0; s < stories.size(); s++) {
            Block b = stories.get(s);
            if (b == dangling) {
                continue;
            }
            List<PageLine> ps = b.paragraphs;
            boolean closer = false;
            if (b.headlines.isEmpty() && !b.hasLead && !ps.isEmpty() && s > 0 && ps.getFirst().gapBefore() >= strong
                    && !shapes.opensAsLead(ps.getFirst()) && isClosedStory(stories.get(s - 1))
                    && shapes.continuesInto(dangling.paragraphs.getLast(), ps.getFirst())) {
                // Set apart by the gap as a headless story of its own, it opens with no day or source, as a lead would.
                out.add(new int[]{s, 0});
                continue;
            }
            for (int p = 1; p < ps.size(); p++) {
                PageLine line = ps.get(p);
                if (line.gapBefore() < strong) {
                    closer |= ps.get(p - 1).kind() != Kind.HEADLINE;
                    continue;
                }
                if (closer && line.kind() == Kind.BODY && Text.isClosed(ps.get(p - 1).matching()) && !shapes.opensAsLead(line)
                        && shapes.continuesInto(dangling.paragraphs.getLast(), line)) {
                    out.add(new int[]{s, p});
                }
            }
        }
        return out;
    }

    private static boolean isClosedStory(Block story) {
        return !story.paragraphs.isEmpty() && Text.isClosed(story.paragraphs.getLast().matching());
    }

    private boolean endsMidSentence(Block story) {
        if (story.paragraphs.isEmpty()) {
            return false;
        }
        PageLine last = story.paragraphs.get(story.paragraphs.size() - 1);
        return shapes.continuesInto(last, new PageLine(last.number(), "", Kind.BODY));
    }

    private Block continuedBy(List<Block> stories, Block stray) {
        if (stray.paragraphs.isEmpty()) {
            return null;
        }
        PageLine first = stray.paragraphs.get(0);
        for (Block s : stories) {
            if (!s.paragraphs.isEmpty() && shapes.continuesInto(s.paragraphs.get(s.paragraphs.size() - 1), first)) {
                return s;
            }
        }
        return null;
    }

    /** The story sharing most (weighted) words with the stray; on a tie the story printed before it. */
    private static Block mostSimilar(List<Block> stories, Block stray, Block before, SharedWords words) {
        Set<String> strayWords = SharedWords.of(stray.paragraphs);
        Block best = before;
        double bestScore = words.affinity(strayWords, SharedWords.of(before.lines()));
        for (Block s : stories) {
            double score = words.affinity(strayWords, SharedWords.of(s.lines()));
            if (score > bestScore) {
                bestScore = score;
                best = s;
            }
        }
        return best;
    }
}
