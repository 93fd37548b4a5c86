package guanxi.bench;

import guanxi.model.Lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Prints clean {@link StoryDraft}s as one OCR'd page with the layout faults of the seed pages: sentences
 * broken over blank lines mid-word, a paragraph printed before its own 本报讯 lead, a headline printed
 * after its body, a byline glued to the last sentence or on the very next line, a stray OCR rule between
 * stories (a dashed rule around misread characters), runs of blank lines, and half-width punctuation on some pages.
 *
 * <p>Every fault keeps the page readable by a careful reader: text only moves where the seeds show it
 * moving, and the story titles a reader should recover are returned with the text.
 */
final class PagePrinter {

    private static final int MIN_BREAKABLE = 40;
    private static final String FULL = "，：；（）！？";
    private static final String HALF = ",:;()!?";

    private final Lexicon noise = Lexicon.load("bench/ocr-noise.txt");
    private final Faults faults;

    /**
     * How often each fault is printed, as probabilities: per story for the first five and for a lead
     * printed without 本报讯 ({@code untagged}), per page for the stray rule and half-width punctuation,
     * per block for the blank-line runs.
     */
    record Faults(double brokenSentence, double outOfOrder, double headlineAfterBody, double gluedByline,
                  double tightByline, double strayOcrLine, double halfWidthPage, double wideGapAfterHeadline,
                  double wideGap, double untagged) {

        /** Rates chosen so that a few thousand pages show every fault of the five seed pages many times. */
        static final Faults SEED_LIKE = new Faults(0.5, 0.08, 0.06, 0.08, 0.08, 0.3, 0.6, 0.4, 0.15, 0.1);
        static final Faults NONE = new Faults(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    PagePrinter(Faults faults) {
        this.faults = faults;
    }

    /** A laid-out page: its text and the titles of its stories in print order of their bodies. */
    record Laid(String text, List<String> titles) {
    }

    Laid layout(List<StoryDraft> drafts, SplittableRandom rnd) {
        List<StoryDraft> stories = new ArrayList<>(drafts.size());
        for (StoryDraft d : drafts) {
            stories.add(d.tagged() && Slots.chance(rnd, faults.untagged()) ? d.untagged() : d);
        }
        boolean[] headlineAfter = new boolean[stories.size()];
        for (int i = 0; i + 1 < stories.size(); i++) {
            StoryDraft s = stories.get(i);
            boolean previous = i > 0 && headlineAfter[i - 1];
            // The orphan headline is only attributable when the next story opens with its own 本报讯 lead.
            boolean nextTagged = stories.get(i + 1).tagged();
            if (!previous && nextTagged && s.tagged() && s.section() == null && Slots.chance(rnd, faults.headlineAfterBody())) {
                headlineAfter[i] = true;
                stories.set(i, s.withoutSectionOrSub());
                // A section line or sub-headline on the next story would make the orphan headline ambiguous.
                stories.set(i + 1, stories.get(i + 1).withoutSectionOrSub());
            }
        }
        boolean halfWidth = Slots.chance(rnd, faults.halfWidthPage());
        int strayAfter = Slots.chance(rnd, faults.strayOcrLine()) && stories.size() > 1 ? rnd.nextInt(stories.size() - 1) : -1;

        StringBuilder page = new StringBuilder("\n\n");
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < stories.size(); i++) {
            StoryDraft s = stories.get(i);
            titles.add(punctuate(s.title(), halfWidth));
            List<String> body = body(s, !headlineAfter[i], rnd);
            if (!headlineAfter[i]) {
                if (s.section() != null) {
                    block(page, s.section(), rnd, faults.wideGap());
                }
                block(page, s.headline(), rnd, faults.wideGapAfterHeadline());
                if (s.sub() != null) {
                    block(page, s.sub(), rnd, faults.wideGapAfterHeadline());
                }
            }
            for (String b : body) {
                block(page, b, rnd, faults.wideGap());
            }
            if (headlineAfter[i]) {
                block(page, s.headline(), rnd, faults.wideGap());
            }
            if (i == strayAfter) {
                block(page, strayRule(rnd), rnd, faults.wideGap());
            }
        }
        String text = page.toString().stripTrailing();
        return new Laid(punctuate(text, halfWidth), List.copyOf(titles));
    }

    /** The body's printed blocks: paragraphs, possibly broken and reordered, and the byline. */
    private List<String> body(StoryDraft s, boolean mayReorder, SplittableRandom rnd) {
        List<String> blocks = new ArrayList<>(s.paragraphs());
        if (Slots.chance(rnd, faults.brokenSentence())) {
            breakOne(blocks, rnd);
        }
        if (mayReorder && s.tagged() && blocks.size() >= 4 && Slots.chance(rnd, faults.outOfOrder())) {
            // As on the seed page, the stray block is a whole sentence run (it ends a sentence), never a
            // fragment that would read as the headline's second line.
            List<Integer> movable = new ArrayList<>();
            for (int i = 2; i < blocks.size(); i++) {
                if (blocks.get(i).endsWith("。")) {
                    movable.add(i);
                }
            }
            if (!movable.isEmpty()) {
                blocks.addFirst(blocks.remove((int) movable.get(rnd.nextInt(movable.size()))));
            }
        }
        if (!s.reporters().isEmpty()) {
            String byline = String.join(" ", s.reporters());
            double r = rnd.nextDouble();
            if (r < faults.gluedByline()) {
                blocks.set(blocks.size() - 1, blocks.getLast() + byline);
            } else if (r < faults.gluedByline() + faults.tightByline()) {
                blocks.set(blocks.size() - 1, blocks.getLast() + "\n" + byline);
            } else {
                blocks.add(byline);
            }
        }
        return blocks;
    }

    /** Splits one long paragraph between two Chinese characters, as a word cut between its characters by a line end on a printed page. */
    private static void breakOne(List<String> blocks, SplittableRandom rnd) {
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).length() >= MIN_BREAKABLE) {
                candidates.add(i);
            }
        }
        if (candidates.isEmpty()) {
            return;
        }
        int i = candidates.get(rnd.nextInt(candidates.size()));
        String p = blocks.get(i);
        for (int tries = 0; tries < 20; tries++) {
            int at = 8 + rnd.nextInt(p.length() - 16);
            if (isHan(p.charAt(at - 1)) && isHan(p.charAt(at))) {
                blocks.set(i, p.substring(0, at));
                blocks.add(i + 1, p.substring(at));
                return;
            }
        }
    }

    private String strayRule(SplittableRandom rnd) {
        StringBuilder s = new StringBuilder("—— ");
        int n = 5 + rnd.nextInt(3);
        for (int i = 0; i < n; i++) {
            s.append(noise.pick(rnd));
        }
        return s.append(" ——").toString();
    }

    private static void block(StringBuilder page, String text, SplittableRandom rnd, double wideGap) {
        page.append(text).append(Slots.chance(rnd, wideGap) ? "\n\n\n\n" : "\n\n");
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static String punctuate(String s, boolean halfWidth) {
        if (!halfWidth) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int k = FULL.indexOf(c);
            out.append(k < 0 ? c : HALF.charAt(k));
        }
        return out.toString();
    }
}
