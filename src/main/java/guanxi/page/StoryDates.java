package guanxi.page;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a story's date: the first month-day in the opening of its lead paragraph, with the year only
 * when the story states it (or the page's year is given). Reads the title, the lead paragraph and the
 * body; produces {@code YYYY-MM-DD}, {@code MM-DD} or {@code null}. Never guesses a year.
 *
 * <p>Year rules, in order: a year printed with the date; a year printed in the title or the lead up
 * to the date's sentence about the event itself ("2023年全县…会议召开"), minus one when that sentence
 * plans the coming year in the last two months ("全县2023年重点项目谋划会" in December); a year stated
 * with year-to-date figures anywhere in the body ("2021年…1-9月完成投资"); the page's year. A year
 * followed by 度 (a plan or accounting period) or 以来, or preceded by a founding cue (成立于), is skipped.
 */
final class StoryDates {
    private static final Pattern MONTH_DAY = Pattern.compile(
            "(?:([0-9]{4})\\s*年\\s*)?([0-9]{1,2})\\s*月\\s*([0-9]{1,2})\\s*[日号]");
    private static final Pattern YEAR = Pattern.compile("([0-9]{4})\\s*年(?!\\s*度)(?!以来)");
    private static final int LEAD_WINDOW = 160;
    private static final int LEAD_SENTENCES = 2;
    private static final int PLANNING_FROM_MONTH = 11;
    private static final int HISTORY_LOOKBACK = 3;

    private final Lexicon lexicon;

    StoryDates(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * @param title    the headline (may be null)
     * @param lead     the first paragraph of the body (may be null)
     * @param body     the whole body text
     * @param pageYear the year the user or a sidecar gave for the page, or null
     */
    String date(String title, String lead, String body, Integer pageYear) {
        if (lead == null) {
            return null;
        }
        String m = Text.matching(lead);
        List<int[]> sentences = sentenceSpans(m);
        int windowEnd = Math.min(m.length(), Math.min(LEAD_WINDOW,
                sentences.get(Math.min(LEAD_SENTENCES, sentences.size()) - 1)[1]));
        Matcher md = MONTH_DAY.matcher(m);
        md.region(0, windowEnd);
        if (!md.find()) {
            return null;
        }
        int month = Integer.parseInt(md.group(2));
        int day = Integer.parseInt(md.group(3));
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        Integer year = md.group(1) != null ? Integer.valueOf(md.group(1)) : null;
        if (year == null) {
            int dateSentenceEnd = sentences.stream().filter(s -> s[1] > md.start()).findFirst()
                    .map(s -> s[1]).orElse(m.length());
            year = eventYear(title == null ? "" : Text.matching(title), month);
            if (year == null) {
                year = eventYear(m.substring(0, dateSentenceEnd), month);
            }
        }
        if (year == null) {
            year = progressYear(Text.matching(body));
        }
        if (year == null) {
            year = pageYear;
        }
        return year == null ? "%02d-%02d".formatted(month, day) : "%04d-%02d-%02d".formatted(year, month, day);
    }

    /** The first stated year of the text's sentences that is about the event, adjusted for planning. */
    private Integer eventYear(String text, int month) {
        for (int[] s : sentenceSpans(text)) {
            String sentence = text.substring(s[0], s[1]);
            Integer y = firstCurrentYear(sentence);
            if (y != null) {
                boolean planning = lexicon.planningCues.stream().anyMatch(sentence::contains);
                return planning && month >= PLANNING_FROM_MONTH ? y - 1 : y;
            }
        }
        return null;
    }

    private Integer progressYear(String body) {
        for (int[] s : sentenceSpans(body)) {
            String sentence = body.substring(s[0], s[1]);
            if (lexicon.progressPatterns.stream().anyMatch(p -> p.matcher(sentence).find())) {
                Integer y = firstCurrentYear(sentence);
                if (y != null) {
                    return y;
                }
            }
        }
        return null;
    }

    private Integer firstCurrentYear(String sentence) {
        Matcher y = YEAR.matcher(sentence);
        while (y.find()) {
            String before = sentence.substring(Math.max(0, y.start() - HISTORY_LOOKBACK), y.start());
            boolean history = lexicon.historyCues.stream().anyMatch(before::endsWith);
            int value = Integer.parseInt(y.group(1));
            if (!history && value >= 1900 && value <= 2199) {
                return value;
            }
        }
        return null;
    }

    /** Sentence spans [start, end) split after 。！？ and line ends; never empty. */
    static List<int[]> sentenceSpans(String s) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Text.isTerminal(c) || c == '\n') {
                int end = i + 1;
                while (end < s.length() && (Text.isTerminal(s.charAt(end)) || Text.isCloser(s.charAt(end)))) {
                    end++;
                }
                out.add(new int[]{start, end});
                start = end;
                i = end - 1;
            }
        }
        if (start < s.length() || out.isEmpty()) {
            out.add(new int[]{start, s.length()});
        }
        return out;
    }
}
