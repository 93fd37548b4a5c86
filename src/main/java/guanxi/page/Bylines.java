package guanxi.page;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises bylines: a line of reporter names ("张倩倩 范红霞 张晓蓉"), names glued after a story's
 * last sentence ("会议还通报了其他工作。周敏华"), and a lead's credit ("本报讯（记者 孔德明 实习生 罗佳 报道）").
 * A name is two to four Han characters opening with a surname from the lexicon.
 */
final class Bylines {
    private static final Pattern SEPARATORS = Pattern.compile("[\\s、，,:：/|·]+");
    private static final int MAX_LINE = 48;
    private static final int MAX_NAMES = 8;
    private static final int MAX_OUTLET = 8;
    private static final int MAX_CREDIT_OFFSET = 3;
    /** Brackets around a byline, and the bullet marks some papers print before one (■本报记者 张三). */
    private static final String OPENERS = "([【" + LineShapes.BULLETS;
    private static final String CLOSERS = ")]】";

    private final PageWords lexicon;

    Bylines(PageWords lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The names when the whole text is a byline (names, role words, brackets only); otherwise empty. The text is read
     * in its matching form (traditional characters as simplified) and each name is returned as printed.
     */
    List<String> names(String text) {
        String m = Text.matching(text);
        int from = 0;
        int to = m.length();
        while (from < to && Character.isWhitespace(m.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(m.charAt(to - 1))) {
            to--;
        }
        if (from == to || to - from > MAX_LINE) {
            return List.of();
        }
        while (from < to && OPENERS.indexOf(m.charAt(from)) >= 0) {
            from++;
        }
        while (to > from && CLOSERS.indexOf(m.charAt(to - 1)) >= 0) {
            to--;
        }
        List<String> names = new ArrayList<>();
        Matcher sep = SEPARATORS.matcher(m).region(from, to);
        int start = from;
        while (start < to) {
            int end = sep.find() ? sep.start() : to;
            int next = end < to ? sep.end() : to;
            String token = m.substring(start, end);
            start = next;
            if (token.isEmpty() || lexicon.bylineRoles.contains(token)) {
                continue;
            }
            int[] span = withoutRoles(token);
            if (span[0] == span[1]) {
                continue;
            }
            if (!isName(token.substring(span[0], span[1]))) {
                return List.of();
            }
            int at = end - token.length();
            names.add(text.substring(at + span[0], at + span[1]));
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

    /**
     * A signature of role words alone ("本报评论员", "（本报记者 摄）"), in brackets or behind a bullet or not:
     * whitespace-parted, one role of three characters or more among them, no name and no field mark (a turn of an
     * interview, "记者：", is no signature).
     */
    boolean rolesOnly(String text) {
        String m = Text.matching(text).strip();
        int from = 0;
        int to = m.length();
        while (from < to && OPENERS.indexOf(m.charAt(from)) >= 0) {
            from++;
        }
        while (to > from && CLOSERS.indexOf(m.charAt(to - 1)) >= 0) {
            to--;
        }
        m = m.substring(from, to).strip();
        if (m.isEmpty() || m.length() > MAX_LINE || m.indexOf(':') >= 0) {
            return false;
        }
        String[] tokens = m.split("\\s+");
        return java.util.Arrays.stream(tokens).allMatch(lexicon.bylineRoles::contains)
                && java.util.Arrays.stream(tokens).anyMatch(t -> t.length() >= 3);
    }

    /** Names credited right after a lead marker, e.g. 本报讯(记者刘健) → [刘健] (patterns in lead-credits.txt). */
    List<String> leadCredit(String leadLine) {
        String lead = Text.matching(leadLine);
        int markerEnd = lexicon.leadMarkerEnd(lead);
        for (Pattern p : lexicon.leadCredits) {
            Matcher m = p.matcher(lead);
            // The credit follows the marker ("本报讯（记者…）"); brackets further on are the lead's text.
            if (m.find() && m.start(1) <= Math.max(markerEnd, 0) + MAX_CREDIT_OFFSET) {
                int from = m.start(1);
                int to = m.end(1);
                while (from < to && Character.isWhitespace(lead.charAt(from))) {
                    from++;
                }
                while (to > from && Character.isWhitespace(lead.charAt(to - 1))) {
                    to--;
                }
                from += afterOutletRole(lead.substring(from, to));
                // The names as printed: the matching form has the same offsets.
                String credit = leadLine.substring(from, to);
                List<String> names = names(credit);
                // "记者章 铮": an OCR space inside one name.
                return names.isEmpty() ? names(Text.withoutWhitespace(credit)) : names;
            }
        }
        return List.of();
    }

    /** Where the token's name lies once role words (记者, 摄影) are taken off either end: [start, end). */
    private int[] withoutRoles(String token) {
        int from = 0;
        int to = token.length();
        boolean changed = true;
        while (changed && from < to) {
            changed = false;
            for (String role : lexicon.bylineRoles) {
                // One-character roles (文, 图, 摄) are also surnames or name characters: only whole tokens.
                if (role.length() < 2) {
                    continue;
                }
                if (token.startsWith(role, from) && from + role.length() <= to) {
                    from += role.length();
                    changed = true;
                } else if (to - role.length() >= from && token.startsWith(role, to - role.length())) {
                    to -= role.length();
                    changed = true;
                }
            }
        }
        return new int[]{from, to};
    }

    /**
     * "(某某在线记者李华)": in a lead's credit, an outlet's name glued before the role word; what follows the role
     * (this offset into the token) is the byline.
     * Only a role of two or more characters counts, after at most {@value #MAX_OUTLET} characters.
     */
    private int afterOutletRole(String token) {
        for (String role : lexicon.bylineRoles) {
            int at = token.indexOf(role);
            if (role.length() >= 2 && at > 0 && at <= MAX_OUTLET && at + role.length() < token.length()
                    && token.substring(0, at).codePoints().allMatch(Text::isHan)) {
                return at + role.length();
            }
        }
        return 0;
    }

    private boolean isName(String s) {
        int n = s.codePointCount(0, s.length());
        return n >= 2 && n <= 4 && s.codePoints().allMatch(Text::isHan) && lexicon.startsWithSurname(s);
    }
}
