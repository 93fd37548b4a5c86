package guanxi.page;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises bylines: a line of reporter names ("张倩倩 范红霞 张晓蓉"), names glued after a story's
 * last sentence ("会议还研究了其他事项。刘岚涛"), and a lead's credit ("本报讯（记者 裴庆力 实习生 张乐 报道）").
 * A name is two to four Han characters opening with a surname from the lexicon.
 */
final class Bylines {
    private static final Pattern SEPARATORS = Pattern.compile("[\\s、，,:：/|·]+");
    private static final Pattern LEAD_CREDIT = Pattern.compile("^[^()]{0,30}?\\(([^()]{2,48})\\)");
    private static final int MAX_LINE = 48;
    private static final int MAX_NAMES = 8;

    private final Lexicon lexicon;

    Bylines(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The names when the whole text is a byline (names, role words, brackets only); otherwise empty. */
    List<String> names(String text) {
        String m = Text.matching(text).strip();
        if (m.isEmpty() || m.length() > MAX_LINE) {
            return List.of();
        }
        m = m.replaceAll("^[(\\[【]+|[)\\]】]+$", "").strip();
        List<String> names = new ArrayList<>();
        for (String token : SEPARATORS.split(m)) {
            if (token.isEmpty() || lexicon.bylineRoles.contains(token)) {
                continue;
            }
            String name = withoutRoles(token);
            if (name.isEmpty()) {
                continue;
            }
            if (!isName(name)) {
                return List.of();
            }
            names.add(name);
        }
        return names.size() <= MAX_NAMES ? names : List.of();
    }

    /**
     * Where a byline glued after the paragraph's last sentence starts, or -1. The text after the last
     * 。！？ (and closing quotes) must be a byline on its own.
     */
    int gluedStart(String paragraph) {
        int cut = -1;
        for (int i = paragraph.length() - 1; i >= 0; i--) {
            if (Text.isTerminal(paragraph.charAt(i))) {
                cut = i + 1;
                break;
            }
        }
        if (cut <= 0) {
            return -1;
        }
        while (cut < paragraph.length() && Text.isCloser(paragraph.charAt(cut))) {
            cut++;
        }
        String tail = paragraph.substring(cut);
        if (tail.isBlank() || names(tail).isEmpty()) {
            return -1;
        }
        return cut;
    }

    /** Names credited in brackets right after a lead marker, e.g. 本报讯(记者刘健) → [刘健]. */
    List<String> leadCredit(String leadLine) {
        Matcher m = LEAD_CREDIT.matcher(Text.matching(leadLine));
        return m.find() ? names(m.group(1)) : List.of();
    }

    private String withoutRoles(String token) {
        String t = token;
        boolean changed = true;
        while (changed && !t.isEmpty()) {
            changed = false;
            for (String role : lexicon.bylineRoles) {
                // One-character roles (文, 图, 摄) are also surnames or name characters: only whole tokens.
                if (role.length() < 2) {
                    continue;
                }
                if (t.startsWith(role)) {
                    t = t.substring(role.length());
                    changed = true;
                } else if (t.endsWith(role)) {
                    t = t.substring(0, t.length() - role.length());
                    changed = true;
                }
            }
        }
        return t;
    }

    private boolean isName(String s) {
        int n = s.codePointCount(0, s.length());
        return n >= 2 && n <= 4 && s.codePoints().allMatch(Text::isHan) && lexicon.startsWithSurname(s);
    }
}
