package guanxi.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * One generated story before page layout: what a clean page would print for it.
 *
 * @param section    a unit line printed above the headline, or {@code null}
 * @param headline   the headline
 * @param sub        a sub-headline, or {@code null}
 * @param paragraphs the body; the first is the lead
 * @param reporters  byline names, possibly none
 * @param tagged     whether the lead opens with 本报讯 (layout faults that move text need that anchor)
 */
record StoryDraft(String section, String headline, String sub, List<String> paragraphs, List<String> reporters,
                  boolean tagged) {

    static final String TAG = "本报讯 ";

    StoryDraft {
        paragraphs = List.copyOf(paragraphs);
        reporters = List.copyOf(reporters);
    }

    /** The title a reader should recover: the headline, and the sub-headline after one space. */
    String title() {
        return sub == null ? headline : headline + " " + sub;
    }

    /** The same story with its lead printed without 本报讯, as some papers print every story. */
    StoryDraft untagged() {
        List<String> body = new ArrayList<>(paragraphs);
        body.set(0, body.getFirst().replaceFirst("^" + TAG, ""));
        return new StoryDraft(section, headline, sub, body, reporters, false);
    }

    StoryDraft withoutSectionOrSub() {
        return new StoryDraft(null, headline, null, paragraphs, reporters, tagged);
    }
}
