package guanxi.nlp;

import com.hankcs.hanlp.HanLP;

/**
 * Traditional characters read as simplified, through HanLP's traditional→simplified tables (the only other use of
 * HanLP besides {@link Segmenter}). The lexicons, surname list and rules are written in simplified characters; a page
 * from a Taiwan or Hong Kong paper (縣長陳志明率隊…) is matched against them in its simplified reading (县长陈志明率队…)
 * while its text stays as printed.
 * <p>
 * {@link #simplified} keeps the length, so an offset into the reading is the same offset into the printed text:
 * HanLP converts by phrase (乾燥 → 干燥 but 乾隆 stays), and where that would change the length (a character whose
 * simplified form lies outside the Basic Multilingual Plane) the text is converted one character at a time instead,
 * and a character whose simplified form is not one {@code char} stays as printed.
 * <p>
 * Which characters HanLP converts is worked out once, on first use (about a fifth of a second, HanLP's table
 * included); text without any of them is returned as it is, without calling HanLP, so simplified pages pay one
 * table look-up per character.
 */
public final class Script {

    /** Each UTF-16 unit's simplified form on its own, or itself; null until first needed. */
    private static volatile char[] single;

    private Script() {
    }

    /** Characters a printed or OCR-read middle dot may come out as inside a transliterated name (阿依古丽·买买提). */
    private static final String NAME_DOTS = "·•・‧∙⋅．﹒˙丶";

    /**
     * Whether {@code c} is a transliterated name's middle dot as printed or OCR-read: the page layer runs a line broken
     * at one on into the next, and the extractor reads the name across it.
     */
    public static boolean nameDot(char c) {
        return NAME_DOTS.indexOf(c) >= 0;
    }

    /**
     * {@code text} with traditional characters (and 「」) in their simplified forms, the same length as {@code text};
     * the same instance when nothing needs converting.
     */
    public static String simplified(String text) {
        char[] table = table();
        int first = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x3000 && table[c] != c) {
                first = i;
                break;
            }
        }
        if (first < 0) {
            return text;
        }
        String phrased = HanLP.convertToSimplifiedChinese(text);
        if (phrased.length() == text.length()) {
            return phrased;
        }
        char[] out = text.toCharArray();
        for (int i = first; i < out.length; i++) {
            out[i] = table[out[i]];
        }
        return new String(out);
    }

    /** True when {@link #simplified} would change {@code text}. */
    public static boolean hasTraditional(String text) {
        return simplified(text) != text;
    }

    private static char[] table() {
        char[] t = single;
        if (t == null) {
            synchronized (Script.class) {
                t = single;
                if (t == null) {
                    t = build();
                    single = t;
                }
            }
        }
        return t;
    }

    /**
     * One conversion per character of the ranges that hold CJK punctuation, Han characters and their compatibility
     * forms; everything else maps to itself.
     */
    private static char[] build() {
        char[] t = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c < t.length; c++) {
            t[c] = (char) c;
        }
        int[][] ranges = {{0x3000, 0x303F}, {0x3400, 0x9FFF}, {0xF900, 0xFAFF}, {0xFE30, 0xFE4F}};
        for (int[] r : ranges) {
            for (int c = r[0]; c <= r[1]; c++) {
                String s = HanLP.convertToSimplifiedChinese(String.valueOf((char) c));
                if (s.length() == 1) {
                    t[c] = s.charAt(0);
                }
            }
        }
        return t;
    }
}
