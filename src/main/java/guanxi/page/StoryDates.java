package guanxi.page;

import java.time.LocalDate;
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
 * plans the coming year in the last two months ("全区2025年重点工作部署会" in December); a year stated
 * with year-to-date figures anywhere in the body ("2021年…1-9月完成投资"); the page's year. A year
 * followed by 度 (a plan or accounting period), 以来, 底, 末 or 前, or preceded by a founding cue
 * (成立于), is skipped.
 */
final class StoryDates {
    private static final Pattern MONTH_DAY = Pattern.compile(
            "(?:([0-9]{4})\\s*年\\s*)?([0-9]{1,2})\\s*月\\s*([0-9]{1,2})\\s*[日号]");
    /** A year, unless it names a plan or accounting period (年度) or a time around it (以来, 底, 末, 前). */
    private static final Pattern YEAR = Pattern.compile("([0-9]{4})\\s*年(?!\\s*度)(?!以来|底|末|前)");
    private static final String CHINESE_DIGITS = "〇一二三四五六七八九";
    private static final Pattern CHINESE_NUMBER = Pattern.compile(
            "((?:[〇零一二三四五六七八九]{4})|(?:[一二三四五六七八九]?十[一二三四五六七八九]?)|[一二三四五六七八九])([年月日号])");
    private static final String DATE_UNITS = "年月日号";
    /** The characters a {@link #CHINESE_NUMBER} numeral can end with. */
    private static final String NUMERAL_ENDS = "〇零一二三四五六七八九十";
    private static final int LEAD_WINDOW = 160;
    private static final int LEAD_SENTENCES = 2;
    private static final int PLANNING_FROM_MONTH = 11;
    private static final int HISTORY_LOOKBACK = 3;
    /** Stands in for an unknown year in day arithmetic, so that 2月29日 exists. */
    private static final int LEAP_YEAR = 2000;
    /** A date more than this many months away from the issue date lies in the year before or after it. */
    private static final int MONTHS_TO_NEAREST_YEAR = 6;

    private final PageWords lexicon;

    StoryDates(PageWords lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * @param title    the headline (may be null)
     * @param lead     the first paragraph of the body (may be null)
     * @param body     the whole body text
     * @param pageYear the year the user or a sidecar gave for the page, or null
     */
    String date(String title, String lead, String body, Integer pageYear) {
        return date(title, lead, body, pageYear, null, null);
    }

    /**
     * A day the paper is dated: from a sidecar's date, or a story's dateline (本报6月3日讯); the year
     * may be unknown.
     */
    record PaperDay(Integer year, int month, int day) {
        /** {@code days} from this day; the year stays unknown when it was (a leap year stands in for the arithmetic). */
        String plus(int days) {
            LocalDate d = LocalDate.of(year == null ? LEAP_YEAR : year, month, day).plusDays(days);
            return year == null ? "%02d-%02d".formatted(d.getMonthValue(), d.getDayOfMonth()) : d.toString();
        }
    }

    /**
     * As {@link #date(String, String, String, Integer)}; a lead with no month and day of its own whose
     * first sentence says 昨天, 今日 … (relative-days.txt) is dated against {@code paperDay}, the story's
     * dateline or the page's date, and has no date when there is none. A date whose year nothing else states takes
     * it from {@code issued}, the day the page prints as its publishing date (2024-05-12 under a web story's
     * headline), last of all: the year that puts the date nearest the issue (12月30日 in a paper of 2024-01-05 is
     * 2023-12-30).
     */
    String date(String title, String lead, String body, Integer pageYear, PaperDay paperDay, PaperDay issued) {
        if (lead == null) {
            return null;
        }
        String m = arabicDates(Text.matching(lead));
        List<int[]> sentences = Sentences.spans(m);
        int windowEnd = Math.min(m.length(), Math.min(LEAD_WINDOW,
                sentences.get(Math.min(LEAD_SENTENCES, sentences.size()) - 1)[1]));
        Matcher md = MONTH_DAY.matcher(m);
        md.region(0, windowEnd);
        if (!md.find()) {
            return relativeDate(m.substring(0, Math.min(m.length(), Math.min(LEAD_WINDOW, sentences.getFirst()[1]))),
                    pageYear, paperDay);
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
            year = eventYear(title == null ? "" : arabicDates(Text.matching(title)), month);
            if (year == null) {
                year = eventYear(m.substring(0, dateSentenceEnd), month);
            }
        }
        if (year == null) {
            year = progressYear(arabicDates(Text.matching(body)));
        }
        if (year == null) {
            year = pageYear;
        }
        if (year == null && issued != null && issued.year() != null) {
            int months = month - issued.month();
            year = issued.year() + (months > MONTHS_TO_NEAREST_YEAR ? -1 : months < -MONTHS_TO_NEAREST_YEAR ? 1 : 0);
        }
        return year == null ? "%02d-%02d".formatted(month, day) : "%04d-%02d-%02d".formatted(year, month, day);
    }

    private String relativeDate(String firstSentence, Integer pageYear, PaperDay paperDay) {
        if (paperDay == null) {
            return null;
        }
        int at = Integer.MAX_VALUE;
        Integer offset = null;
        for (var e : lexicon.relativeDays.entrySet()) {
            int i = firstSentence.indexOf(e.getKey());
            if (i >= 0 && i < at) {
                at = i;
                offset = e.getValue();
            }
        }
        if (offset == null) {
            return null;
        }
        PaperDay day = paperDay.year() == null && pageYear != null
                ? new PaperDay(pageYear, paperDay.month(), paperDay.day()) : paperDay;
        try {
            return day.plus(offset);
        } catch (java.time.DateTimeException e) {
            return null; // a misprinted dateline (2月30日) dates nothing
        }
    }

    /** A day from its printed year, month and day, or null when there is no such day. */
    static PaperDay day(String year, String month, String day) {
        int y = Integer.parseInt(year);
        int m = Integer.parseInt(month);
        int d = Integer.parseInt(day);
        return m >= 1 && m <= 12 && d >= 1 && d <= 31 && y >= 1900 && y <= 2199 ? new PaperDay(y, m, d) : null;
    }

    /** The month and day printed in a dateline ("本报6月3日讯", "…频道2017年4月21日讯"), or null. */
    static PaperDay dateline(String markerText) {
        Matcher md = MONTH_DAY.matcher(arabicDates(markerText));
        if (!md.find()) {
            return null;
        }
        int month = Integer.parseInt(md.group(2));
        int day = Integer.parseInt(md.group(3));
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        return new PaperDay(md.group(1) == null ? null : Integer.valueOf(md.group(1)), month, day);
    }

    /** "二〇二三年十月二十九日" → "2023年10月29日": Chinese numerals before 年, 月, 日 or 号 become digits. */
    static String arabicDates(String s) {
        if (!hasChineseNumeralUnit(s)) {
            return s;
        }
        Matcher m = CHINESE_NUMBER.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, String.valueOf(chineseNumber(m.group(1), m.group(2).equals("年"))));
            out.append(m.group(2));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * Whether a Chinese numeral stands right before 年, 月, 日 or 号, which every {@link #CHINESE_NUMBER} match needs:
     * most texts have none, and this scan is far cheaper than the regex over a whole body.
     */
    private static boolean hasChineseNumeralUnit(String s) {
        for (int i = 1; i < s.length(); i++) {
            if (DATE_UNITS.indexOf(s.charAt(i)) >= 0 && NUMERAL_ENDS.indexOf(s.charAt(i - 1)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** A year is read digit by digit (二〇二三); a month or day as a count up to 99 (二十九, 十一). */
    private static int chineseNumber(String digits, boolean year) {
        if (year) {
            int v = 0;
            for (char c : digits.toCharArray()) {
                v = v * 10 + Math.max(0, CHINESE_DIGITS.indexOf(c));
            }
            return v;
        }
        int ten = digits.indexOf('十');
        if (ten < 0) {
            return CHINESE_DIGITS.indexOf(digits.charAt(0));
        }
        int tens = ten == 0 ? 1 : CHINESE_DIGITS.indexOf(digits.charAt(0));
        int ones = ten == digits.length() - 1 ? 0 : CHINESE_DIGITS.indexOf(digits.charAt(ten + 1));
        return tens * 10 + ones;
    }

    /** The first stated year of the text's sentences that is about the event, adjusted for planning. */
    private Integer eventYear(String text, int month) {
        for (int[] s : Sentences.spans(text)) {
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
        for (int[] s : Sentences.spans(body)) {
            String sentence = body.substring(s[0], s[1]);
            if (sentence.indexOf('年') >= 0 && lexicon.progressPatterns.stream().anyMatch(p -> p.matcher(sentence).find())) {
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
}
