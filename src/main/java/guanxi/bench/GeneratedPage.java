package guanxi.bench;

import guanxi.model.Page;

import java.util.List;

/**
 * A generated page and what a reader should find on it.
 *
 * @param page   the page, as {@link guanxi.page.PageFiles#read} would return it from disk
 * @param titles the title of each story on the page (headline, sub-headline after one space)
 */
public record GeneratedPage(Page page, List<String> titles) {

    public GeneratedPage {
        titles = List.copyOf(titles);
    }

    public int stories() {
        return titles.size();
    }
}
