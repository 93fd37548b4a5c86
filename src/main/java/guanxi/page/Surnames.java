package guanxi.page;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The one list of Chinese surnames ({@code src/main/resources/page/surnames.txt}), read by the byline
 * reader here and by the extractor downstream, so a name is a name on both sides. Loaded once; immutable.
 */
public final class Surnames {
    private static final Set<String> SINGLE;
    private static final Set<String> COMPOUND;

    static {
        Set<String> single = new LinkedHashSet<>();
        Set<String> compound = new LinkedHashSet<>();
        for (String s : PageWords.lines("surnames.txt")) {
            if (s.codePointCount(0, s.length()) == 1) {
                single.add(s);
            } else {
                compound.add(s);
            }
        }
        SINGLE = Set.copyOf(single);
        COMPOUND = Set.copyOf(compound);
    }

    private Surnames() {
    }

    /** One-character surnames (王, 傅, 洪 …). */
    public static Set<String> single() {
        return SINGLE;
    }

    /** Two-character surnames (欧阳, 司马 …). */
    public static Set<String> compound() {
        return COMPOUND;
    }

    /** Whether a candidate name opens with a surname (a compound one only when a given name follows). */
    static boolean opens(String name) {
        return !name.isEmpty() && SINGLE.contains(name.substring(0, 1))
                || name.length() >= 3 && COMPOUND.contains(name.substring(0, 2));
    }
}
