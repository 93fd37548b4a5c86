package guanxi.model;

import java.util.List;

/**
 * A page after the whole pipeline: the reader's result and one extraction per story, in story order.
 * This is the unit the loader replaces atomically: reloading a page replaces all of its stories' facts.
 */
public record ExtractedPage(PageResult page, List<Extraction> extractions) {
    public ExtractedPage {
        extractions = List.copyOf(extractions);
    }

    public String doc() {
        return page.doc();
    }
}
