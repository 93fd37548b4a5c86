package guanxi.page;

import guanxi.model.NoiseLine;
import guanxi.model.Page;
import guanxi.model.PageResult;
import guanxi.model.Story;

import java.util.Map;
import java.util.TreeMap;

/**
 * Test helper: counts every non-whitespace character of a page and of what the reader made of it
 * (titles, bodies, byline lines, discarded lines). The two counts are equal exactly when every
 * character ended up in one place, none lost and none invented.
 */
final class Accounting {
    private Accounting() {
    }

    static Map<Integer, Integer> ofPage(Page page) {
        return count(page.text());
    }

    static Map<Integer, Integer> ofResult(PageReader reader, Page page, PageResult result) {
        StringBuilder all = new StringBuilder();
        for (Story s : result.stories()) {
            all.append(s.text());
        }
        for (NoiseLine n : result.discarded()) {
            all.append(n.text());
        }
        // Byline lines are not part of any story field verbatim (only their names are), so take them
        // from the layout the result was built from.
        // Titles come from the headline lines the layout found (a story without one is titled （无标题）, which the
        // page does not print).
        reader.layout(page).stories().forEach(p -> p.bylines().forEach(l -> all.append(l.text())));
        reader.layout(page).stories().forEach(p -> p.headlines().forEach(l -> all.append(l.text())));
        return count(all.toString());
    }

    private static Map<Integer, Integer> count(String s) {
        Map<Integer, Integer> counts = new TreeMap<>();
        Text.withoutWhitespace(s).codePoints().forEach(cp -> counts.merge(cp, 1, Integer::sum));
        return counts;
    }
}
