package guanxi.page;

/**
 * One non-blank line of a page (or the part of one, when a glued byline is cut off), verbatim and
 * stripped, with what it looks like on its own.
 *
 * @param number    1-based line number in the page
 * @param text      the line's text, verbatim without surrounding whitespace
 * @param kind      its shape
 * @param matching  {@link Text#matching} of the text, computed once
 * @param gapBefore how many blank lines the page prints right above it (0 for a byline cut off its line)
 */
record PageLine(int number, String text, Kind kind, String matching, int gapBefore) {
    enum Kind {
        /** Opens a story's body: 本报讯, …网讯(记者…), …电. */
        LEAD,
        /** Short, no sentence end: may be a headline, sub-headline or section label. */
        HEADLINE,
        /** Only reporter names and role words. */
        BYLINE,
        /** Anything else: body text. */
        BODY
    }

    PageLine(int number, String text, Kind kind) {
        this(number, text, kind, Text.matching(text), 0);
    }

    PageLine(int number, String text, Kind kind, int gapBefore) {
        this(number, text, kind, Text.matching(text), gapBefore);
    }

    PageLine as(Kind other) {
        return new PageLine(number, text, other, matching, gapBefore);
    }
}
