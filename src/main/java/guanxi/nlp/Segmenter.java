package guanxi.nlp;

import guanxi.model.Lexicon;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The only door to HanLP: segments Chinese text into tagged {@link Token}s with character offsets.
 * <p>
 * HanLP's dictionaries load once, on first use, together with the word-class entries of
 * {@code nlp/custom-words.txt} (titles, organisation heads, departments whose names hold 和, and a few work nouns of
 * project names; never individual people).
 * Each thread gets its own HanLP segment object, so {@link #segment} is safe to call from any thread.
 * Before segmenting, ASCII punctuation is mapped to its full-width form ({@link #normalize}); the mapping
 * keeps the length, so token offsets are offsets into the caller's text. The few compounds of
 * {@code nlp/word-fixes.txt} that come out wrong (a head noun glued to the next clause's verb, a word tagged against its
 * siblings) come back as the parts or tag that file gives.
 */
public final class Segmenter {

    private static final String CUSTOM_WORDS = "nlp/custom-words.txt";
    private static final String WORD_FIXES = "nlp/word-fixes.txt";
    private static final String HALF = ",;:!?()";
    private static final String FULL = "，；：！？（）";

    private static final Segmenter INSTANCE = new Segmenter();

    /** Words replaced by their parts (word, tag), from {@code nlp/word-fixes.txt}. */
    private final Map<String, List<String[]>> fixes = wordFixes();

    private final ThreadLocal<Segment> segments = ThreadLocal.withInitial(() -> HanLP.newSegment()
            .enableNameRecognize(true)
            .enableOrganizationRecognize(true)
            .enablePlaceRecognize(true)
            .enableOffset(true));

    private Segmenter() {
        loadCustomWords();
    }

    /** The shared segmenter; the first call loads HanLP's dictionaries (about a second). */
    public static Segmenter get() {
        return INSTANCE;
    }

    /** Segments {@code text} (after {@link #normalize}); offsets index into {@code text}. */
    public List<Token> segment(String text) {
        String norm = normalize(text);
        List<Term> terms = segments.get().seg(norm);
        List<Token> out = new ArrayList<>(terms.size());
        int pos = 0;
        for (Term t : terms) {
            // Offsets from HanLP can drift on whitespace; recompute them by searching from the last end.
            int at = norm.indexOf(t.word, pos);
            if (at < 0) {
                at = pos;
            }
            int end = Math.min(norm.length(), at + t.word.length());
            List<String[]> parts = fixes.get(t.word);
            if (parts == null || end - at != t.word.length()) {
                out.add(new Token(t.word, t.nature == null ? "x" : t.nature.toString(), at, end));
            } else {
                int from = at;
                for (String[] p : parts) {
                    out.add(new Token(p[0], p[1], from, from + p[0].length()));
                    from += p[0].length();
                }
            }
            pos = end;
        }
        return out;
    }

    /** Maps ASCII punctuation to full-width, keeping the length (so offsets stay valid). */
    public static String normalize(String text) {
        char[] cs = text.toCharArray();
        for (int i = 0; i < cs.length; i++) {
            int k = HALF.indexOf(cs[i]);
            if (k >= 0) {
                cs[i] = FULL.charAt(k);
            } else if (cs[i] == '\u3000' || cs[i] == '\u00a0') {
                cs[i] = ' ';
            }
        }
        return new String(cs);
    }

    private static Map<String, List<String[]>> wordFixes() {
        Map<String, List<String[]>> fixes = new HashMap<>();
        for (String line : Lexicon.load(WORD_FIXES).entries()) {
            String[] fields = line.split("\\s+");
            List<String[]> parts = new ArrayList<>();
            for (int i = 1; i < fields.length; i++) {
                parts.add(fields[i].split("/", 2));
            }
            if (!String.join("", parts.stream().map(p -> p[0]).toList()).equals(fields[0])) {
                throw new IllegalStateException(WORD_FIXES + ": the parts of " + fields[0] + " do not spell it");
            }
            fixes.put(fields[0], List.copyOf(parts));
        }
        return Map.copyOf(fixes);
    }

    private static void loadCustomWords() {
        for (String line : Lexicon.load(CUSTOM_WORDS).entries()) {
            String[] parts = line.split("\\s+");
            CustomDictionary.insert(parts[0], parts.length > 1 ? parts[1] + " 1000" : "nnt 1000");
        }
    }
}
