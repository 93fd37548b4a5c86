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
 * <p>A story opens at a lead line (本报讯…) together with the headline lines printed right above it,
 * and ends at a byline. What falls outside that pattern is repaired by layout, not by position:
 * a section label above a headline is set aside; a headline printed after a headless story's body
 * goes back to it; a headline whose body runs on without a lead, followed by a lead without a headline,
 * is one story (the lead first, so the sentence the lead block leaves open continues); a stray block
 * joins the story whose open last sentence it continues, else the story it shares most words with.
 * A page without any lead is one story per headline that follows a byline (usually just one).
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
        returnLateHeadlines(blocks);
        List<Block> stories = mergeLeadlessHeadlines(blocks);
        attachStrays(doc, stories, discarded);
        List<Parts> parts = stories.stream().map(Block::parts).toList();
        discarded.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return new Result(parts, discarded);
    }

    /** Whether a paragraph ends in the middle of a sentence that the next paragraph continues. */
    boolean continuesInto(PageLine paragraph, PageLine next) {
        String m = Text.matching(paragraph.text());
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
                out.add(new PageLine(i + 1, t, kindOf(m, out.isEmpty())));
            }
        }
        return cutGluedBylines(out);
    }

    private Kind kindOf(String m, boolean first) {
        if (lexicon.isLead(m)) {
            return Kind.LEAD;
        }
        if (!bylines.names(m).isEmpty()) {
            return Kind.BYLINE;
        }
        if (first ? !Text.isClosed(m) && m.length() <= MAX_FIRST_HEADLINE_LENGTH && Text.hanCount(m) >= 2
                : headlineShaped(m)) {
            return Kind.HEADLINE;
        }
        return Kind.BODY;
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
        for (int i = 0; i < lines.size(); i++) {
            Kind k = lines.get(i).kind();
            if (k == Kind.LEAD) {
                int j = i;
                while (j > 0 && i - j < MAX_HEADLINE_LINES && lines.get(j - 1).kind() == Kind.HEADLINE) {
                    j--;
                }
                cuts.add(j);
                headlineStarts.add(j);
            } else if (k == Kind.BYLINE && i + 1 < lines.size()) {
                cuts.add(i + 1);
            }
        }
        List<Integer> starts = new ArrayList<>(cuts);
        List<Block> blocks = new ArrayList<>();
        for (int b = 0; b < starts.size(); b++) {
            int from = starts.get(b);
            int to = b + 1 < starts.size() ? starts.get(b + 1) : lines.size();
            if (from < to) {
                blocks.add(block(lines.subList(from, to), pageHasLeads || from == 0 || headlineStarts.contains(from)));
            }
        }
        return blocks;
    }

    private Block block(List<PageLine> lines, boolean mayOpenWithHeadline) {
        Block block = new Block();
        int i = 0;
        if (mayOpenWithHeadline) {
            while (i < lines.size() && block.headlines.size() < MAX_HEADLINE_LINES
                    && lines.get(i).kind() == Kind.HEADLINE) {
                block.headlines.add(lines.get(i++));
            }
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
        return block;
    }

    // ---- repairs --------------------------------------------------------------------------------------

    /** "县政协机关党支部" above a headline: a unit or column label, not part of the story. */
    private void dropSectionLabels(String doc, List<Block> blocks, List<NoiseLine> discarded) {
        for (Block b : blocks) {
            while (b.headlines.size() >= 2 && isSectionLabel(b.headlines.get(0).text())) {
                PageLine label = b.headlines.remove(0);
                discarded.add(new NoiseLine(doc, label.number(), label.text(), "section-label"));
            }
        }
    }

    private boolean isSectionLabel(String text) {
        String m = Text.matching(text);
        return m.length() <= MAX_SECTION_LENGTH && lexicon.endsWithSectionSuffix(m)
                && lexicon.headlineCueCount(m) == 0;
    }

    /**
     * A story printed without a headline right before a block that has two: the first headline was
     * printed after the body it belongs to ("…其他事项。刘岚涛 / 县政府召开第43次常务会议 / 全县…会召开 / 本报讯").
     */
    private void returnLateHeadlines(List<Block> blocks) {
        for (int k = 1; k < blocks.size(); k++) {
            Block prev = blocks.get(k - 1);
            Block cur = blocks.get(k);
            if (!prev.hasLead || !prev.headlines.isEmpty()) {
                continue;
            }
            if (cur.headlines.size() >= 2 && cur.hasLead) {
                prev.headlines.add(cur.headlines.remove(0));
            } else if (!cur.headlines.isEmpty() && !cur.hasLead && cur.paragraphs.isEmpty()) {
                prev.headlines.addAll(cur.headlines);
                prev.bylineLines.addAll(cur.bylineLines);
                cur.headlines.clear();
                cur.bylineLines.clear();
            }
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
     * takes them when their first line does not start a sentence of its own; otherwise the story
     * sharing most words with them; with no story on the page, they are set aside.
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
            long shared = strayGrams.stream().filter(grams::contains).count();
            double score = strayGrams.isEmpty() ? 0 : (double) shared / strayGrams.size();
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
            String t = Text.matching(l.text());
            for (int i = 0; i + 2 <= t.length(); i++) {
                if (Text.isHan(t.charAt(i)) && Text.isHan(t.charAt(i + 1))) {
                    out.add(t.substring(i, i + 2));
                }
            }
        }
        return out;
    }
}
