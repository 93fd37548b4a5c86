package guanxi.page;

import guanxi.nlp.Script;

import java.text.Normalizer;

/**
 * Character-level helpers shared by the page reader. The matching form of a text is its simplified reading
 * ({@link Script#simplified}: 本報訊 matches the lexicon's 本报讯) with NFKC applied character by character, keeping a
 * character whose NFKC form is longer than one char, so offsets in the matching form equal offsets in the verbatim
 * text.
 */
final class Text {
    private static final String CLOSERS = "”’」』）)》\"'】";
    private static final String OPEN_ENDINGS = "，,、：:；;（(“‘「《【—-";
    /**
     * Each UTF-16 unit's matching form, worked out once: the reader folds every line several times, and NFKC per
     * character is far slower than a table look-up. ASCII, the common Han block and surrogates map to themselves.
     */
    private static final char[] FOLDED = folded();

    private Text() {
    }

    /**
     * Same length as {@code s}; traditional characters read as simplified, full-width digits, letters and punctuation
     * folded to their plain forms.
     */
    static String matching(String printed) {
        String s = Script.simplified(printed);
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            char c = s.charAt(i);
            // ASCII and the common Han block are their own form; not looking them up keeps the table out of the cache.
            out[i] = c < 0x80 || c >= 0x4E00 && c <= 0x9FFF ? c : FOLDED[c];
        }
        return new String(out);
    }

    private static char[] folded() {
        char[] table = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c < table.length; c++) {
            table[c] = (char) c;
            if (c >= 0x80 && !(c >= 0x4E00 && c <= 0x9FFF) && !Character.isSurrogate((char) c)) {
                String n = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFKC);
                if (n.length() == 1) {
                    table[c] = n.charAt(0);
                }
            }
        }
        return table;
    }

    static boolean isHan(int cp) {
        if (cp >= 0x4E00 && cp <= 0x9FFF) {
            return true;
        }
        return cp >= 0x2E80 && Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    /** Columns the text takes on a fixed-pitch page: ASCII and half-width forms one, the rest two. */
    static int displayWidth(String s) {
        int width = 0;
        for (int i = 0; i < s.length(); i++) {
            int cp = s.codePointAt(i);
            width += cp < 0x80 || cp >= 0xFF61 && cp <= 0xFFDC ? 1 : 2;
            i += Character.charCount(cp) - 1;
        }
        return width;
    }

    static int hanCount(String s) {
        return (int) s.codePoints().filter(Text::isHan).count();
    }

    /** A mark that ends a sentence: 。！？… (and their half-width forms). */
    static boolean isTerminal(char c) {
        return switch (c) {
            case '。', '！', '？', '!', '?', '…' -> true;
            default -> false;
        };
    }

    static boolean isCloser(char c) {
        return CLOSERS.indexOf(c) >= 0;
    }

    /** The last character that is not a closing quote or bracket, or 0 when there is none. */
    static char lastSignificant(String s) {
        String t = s.strip();
        for (int i = t.length() - 1; i >= 0; i--) {
            if (!isCloser(t.charAt(i))) {
                return t.charAt(i);
            }
        }
        return 0;
    }

    /** A paragraph is closed when it ends a sentence (。！？…, possibly inside closing quotes). */
    static boolean isClosed(String s) {
        char c = lastSignificant(s);
        return c != 0 && (isTerminal(c) || c == '；' || c == ';');
    }

    /** Ends with punctuation that can only be followed by more of the same sentence. */
    static boolean endsOpenPunctuation(String s) {
        String t = s.strip();
        return !t.isEmpty() && OPEN_ENDINGS.indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    static String withoutWhitespace(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(cp -> !Character.isWhitespace(cp) && cp != 0x3000 && cp != 0xFEFF)
                .forEach(b::appendCodePoint);
        return b.toString();
    }
}
