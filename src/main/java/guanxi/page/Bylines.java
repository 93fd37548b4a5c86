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

    /** Names credited right after a lead marker, e.g. 本报讯(记者刘健) → [刘健] (patterns in lead-credits.txt). */
    List<String> leadCredit(String leadLine) {
        String lead = Text.matching(leadLine);
        int markerEnd = lexicon.leadMarkerEnd(lead);
        for (Pattern p : lexicon.leadCredits) {
            Matcher m = p.matcher(lead);
            // The credit follows the marker ("本报讯（记者…）"); brackets further on are the lead's text.
            if (m.find() && m.start(1) <= Math.max(markerEnd, 0) + MAX_CREDIT_OFFSET) {
                String credit = afterOutletRole(m.group(1).strip());
                List<String> names = names(credit);
                // "记者章 铮": an OCR space inside one name.
                return names.isEmpty() ? names(Text.withoutWhitespace(credit)) : names;
            }
        }
        return List.of();
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

    /**
     * "(某某在线记者李华)": in a lead's credit, an outlet's name glued before the role word; what follows the role is the byline.
     * Only a role of two or more characters counts, after at most {@value #MAX_OUTLET} characters.
     */
    private String afterOutletRole(String token) {
        for (String role : lexicon.bylineRoles) {
            int at = token.indexOf(role);
            if (role.length() >= 2 && at > 0 && at <= MAX_OUTLET && at + role.length() < token.length()
                    && token.substring(0, at).codePoints().allMatch(Text::isHan)) {
                return token.substring(at + role.length());
            }
        }
        return token;
    }

    private boolean isName(String s) {
        int n = s.codePointCount(0, s.length());
        return n >= 2 && n <= 4 && s.codePoints().allMatch(Text::isHan) && lexicon.startsWithSurname(s);
    }
}
